"""Fixtures the search tests share: each backend (database, and a real Elasticsearch node with an
index of its own per test), and a small bilingual site to search.

Elasticsearch comes from ELASTICSEARCH_URL (scripts/test.sh starts a node); without it, a node
is started here for the session. It is never skipped: when no node can be had, the tests fail.
"""

import datetime
import os
import shutil
import socket
import subprocess
import uuid
from pathlib import Path

import pytest
from modelsearch.index import get_indexed_models
from wagtail.models import Locale, Page

from search import service
from search.conf import search_backends
from tests.factories import make_directive, make_site, make_story, make_topic

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ["database", "elasticsearch"]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Node:
    """A local node run by services/elasticsearch/es.sh, which the tests may stop and start."""

    script = ROOT / "services" / "elasticsearch" / "es.sh"

    def __init__(self, port, home):
        self.env = dict(os.environ, ES_PORT=str(port), ES_HOME=str(home))
        self.url = f"http://127.0.0.1:{port}"

    def run(self, command):
        done = subprocess.run([self.script, command], env=self.env, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            pytest.fail(f"es.sh {command} failed (CI needs a real node; never skipped):\n{done.stderr[-3000:]}")

    def start(self):
        self.run("start")

    def stop(self):
        self.run("stop")

    @classmethod
    def fresh(cls):
        port = _free_port()
        node = cls(port, f"/tmp/es-pytest-{port}")
        node.start()
        return node


@pytest.fixture(scope="session")
def elasticsearch_node():
    """The node scripts/test.sh started (ELASTICSEARCH_URL with ES_PORT and ES_HOME), or one started
    here for the session; None when ELASTICSEARCH_URL names a node we do not run."""
    url = os.environ.get("ELASTICSEARCH_URL", "")
    if url:
        port, home = os.environ.get("ES_PORT", ""), os.environ.get("ES_HOME", "")
        yield Node(port, home) if home and url.rstrip("/").endswith(f":{port}") else None
        return
    node = Node.fresh()
    try:
        yield node
    finally:
        node.stop()
        shutil.rmtree(node.env["ES_HOME"], ignore_errors=True)  # 100 MB of unpacked distribution


@pytest.fixture(scope="session")
def elasticsearch_url(elasticsearch_node):
    return os.environ.get("ELASTICSEARCH_URL") or elasticsearch_node.url


def create_indexes(backend):
    """A fresh page index with our settings and every page model's mapping, as update_index makes it."""
    index = backend.get_index_for_model(Page)
    index.reset()
    for model in get_indexed_models():
        if issubclass(model, Page):
            index.add_model(model)


@pytest.fixture(params=BACKENDS)
def search_backend(request, settings, db):
    """The backend under test as the default; Elasticsearch gets a throwaway index prefix."""
    if request.param == "database":
        settings.WAGTAILSEARCH_BACKENDS = search_backends("")
        yield service.backend("default")
        return
    url = request.getfixturevalue("elasticsearch_url")
    prefix = f"test_{uuid.uuid4().hex[:10]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(url, prefix)
    backend = service.backend("default")
    create_indexes(backend)
    try:
        yield backend
    finally:
        backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def refresh():
    """Makes what was just indexed visible (Elasticsearch refreshes once a second on its own)."""
    for name in settings_backends():
        service.backend(name).get_index_for_model(Page).refresh()


def settings_backends():
    from django.conf import settings

    return list(settings.WAGTAILSEARCH_BACKENDS)


def translate(page, language_code):
    """Publishes a translation of the page (and of its parents) and returns it."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def build_site():
    """A Vietnamese site with a topic, stories, campaigns and two directives to search."""
    site = make_site()
    topic = make_topic("Du lịch", slug="du-lich")
    pages = {
        "site": site,
        "topic": topic,
        "kl57": make_directive(
            site["directives"],
            number="57-KL/TW",
            title="Kết luận số 57-KL/TW về công tác thông tin đối ngoại",
            lead="Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.",
        ),
        "qd2013": make_directive(
            site["directives"],
            number="2013/QĐ-TTg",
            kind="quyet-dinh",
            date=datetime.date(2013, 10, 21),
            title="Quyết định số 2013/QĐ-TTg về chiến lược thông tin đối ngoại",
            slug="2013-qd-ttg",
            lead="Phê duyệt Chiến lược thông tin đối ngoại giai đoạn 2013 - 2020.",
        ),
        "tam_duong": make_story(
            site["stories"],
            "tam-duong",
            title="Mùa lúa chín ở Tam Đường",
            lead="Ruộng bậc thang Tam Đường vào mùa vàng thu hút du khách.",
            topics=[topic],
            date=datetime.date(2024, 9, 1),
        ),
    }
    return pages
