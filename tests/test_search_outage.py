"""Elasticsearch goes down, on a real node: publishing still works, search answers from the
database backend kept indexed beside it, the admin says the index is behind, and once the node
is back `replay_search_updates` sends what was missed, so the new page is found there too."""

import shutil
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Page

from search import service
from search.conf import search_backends
from search.models import PendingIndexUpdate
from tests.factories import make_site, make_story
from tests.test_search_support import Node, create_indexes


@pytest.fixture
def node(elasticsearch_node):
    """A node this test may stop: the session's own, or a dedicated one when the session's is not ours."""
    if elasticsearch_node is not None:
        yield elasticsearch_node
        return
    dedicated = Node.fresh()
    try:
        yield dedicated
    finally:
        dedicated.stop()
        shutil.rmtree(dedicated.env["ES_HOME"], ignore_errors=True)


@pytest.fixture
def on_elasticsearch(node, settings, db):
    prefix = f"test_{uuid.uuid4().hex[:10]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(node.url, prefix)
    backend = service.backend("default")
    create_indexes(backend)
    yield backend
    node.start()  # whatever happened, leave the node running for the tests after this one
    backend.es.indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def titles(client, query, path="/search/"):
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    return [item["title"] for item in client.get(f"{path}autocomplete/", {"q": query}).json()["results"]], response


def test_publishing_while_elasticsearch_is_down_loses_nothing(client, admin_client, node, on_elasticsearch):
    site = make_site()
    node.stop()

    story = make_story(site["stories"], "mat-dien", title="Phiên chợ vùng cao Bình Lư")
    assert story.live
    assert PendingIndexUpdate.objects.filter(backend="default", object_id=str(story.pk), action="add").exists()
    found, page = titles(client, "binh lu")
    assert found == ["Phiên chợ vùng cao Bình Lư"]  # answered by the database backend
    assert "Phiên chợ vùng cao Bình Lư" in page.content.decode()
    dashboard = admin_client.get("/admin/").content.decode()
    assert "search_index_behind" in dashboard or "replay_search_updates" in dashboard

    node.start()
    call_command("replay_search_updates")
    assert not PendingIndexUpdate.objects.exists()
    on_elasticsearch.get_index_for_model(Page).refresh()
    results = on_elasticsearch.autocomplete("binh lu", story.__class__.objects.live(), operator="and")
    assert [page.pk for page in results] == [story.pk]
    assert "replay_search_updates" not in admin_client.get("/admin/").content.decode()
