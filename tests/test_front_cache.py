"""The nginx front cache (services/nginx/, Debian's nginx) in front of the app: it keeps anonymous
pages, never a signed-in user's, and a publish purges exactly what changed through
wagtail.contrib.frontend_cache."""

import subprocess
import urllib.request
from pathlib import Path

import pytest

from home.models import PortalSettings, UnitProfile
from tests.factories import make_site, make_story

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def front(live_server, tmp_path, settings):
    env = {
        "PATH": "/usr/sbin:/usr/bin:/bin",
        "NGINX_HOME": str(tmp_path / "nginx"),
        "NGINX_PORT": str(free_port()),
        "NGINX_UPSTREAM": live_server.url.removeprefix("http://"),
    }
    output = subprocess.run(
        [ROOT / "services/nginx/nginx.sh", "start"], env=env, check=True, capture_output=True, text=True
    ).stdout
    url = output.strip().rpartition("=")[2]
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    }
    yield url
    subprocess.run([ROOT / "services/nginx/nginx.sh", "stop"], env=env, check=False)


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(front, path, cookie=None):
    """Through nginx, as a visitor of the site's host (http://localhost)."""
    headers = {"Host": "localhost"}
    if cookie:
        headers["Cookie"] = cookie
    with urllib.request.urlopen(urllib.request.Request(front + path, headers=headers), timeout=30) as response:
        return response.headers.get("X-Front-Cache"), response.read().decode()


def test_front_cache_keeps_pages_and_purges_on_publish(front):
    site = make_site()
    story = make_story(site["stories"], "che", title="Đồi chè")
    other = make_story(site["stories"], "khac", title="Bản khác")
    for path in (story.url, site["stories"].url, other.url):
        get(front, path)
        assert get(front, path)[0] == "HIT", path
    story.title = "Đồi chè xanh"
    story.save_revision().publish()
    for path in (story.url, site["stories"].url):
        status, html = get(front, path)
        assert status == "MISS", path
        assert "Đồi chè xanh" in html
    assert get(front, other.url)[0] == "HIT"


def test_signed_in_users_and_query_strings_bypass_the_front_cache(front):
    site = make_site()
    url = site["stories"].url
    get(front, url)
    assert get(front, url, cookie="sessionid=abc")[0] == "BYPASS"
    assert get(front, url + "?page=2")[0] == "BYPASS"


def test_a_sitewide_change_purges_every_page(front):
    site = make_site()
    profile = UnitProfile.objects.create(name="Ban Tuyên giáo", locale=site["home"].locale)
    portal_settings = PortalSettings.for_site(site["home"].get_site())
    portal_settings.unit_profile = profile
    portal_settings.save()
    for path in ("/", site["stories"].url):
        get(front, path)
        assert get(front, path)[0] == "HIT"
    profile.name = "Ban Tuyên giáo và Dân vận"
    profile.save()
    for path in ("/", site["stories"].url):
        status, html = get(front, path)
        assert status == "MISS" and "Ban Tuyên giáo và Dân vận" in html
