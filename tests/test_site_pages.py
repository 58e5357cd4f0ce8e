"""Site-wide pages: errors, robots.txt, sitemap, and the header and footer from the profile."""

import pytest
from django.test import override_settings
from django.urls import path
from django.utils import translation

from home.models import PortalSettings, UnitProfile

pytestmark = pytest.mark.django_db


def test_404_is_a_page_of_the_site(client, site):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html


def test_404_in_english_is_english(client, site):
    response = client.get("/en/missing/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view)]


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_500_page_needs_nothing_but_a_template(client):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    with translation.override("vi"):
        heading = translation.gettext("Something went wrong")
    assert heading != "Something went wrong"
    assert heading in response.content.decode()


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_sitemap_lists_live_pages(client, site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert site["stories"].slug in response.content.decode()


def test_header_and_footer_come_from_the_profile(client, site):
    profile = UnitProfile.objects.create(
        name="Ban Tuyên giáo và Dân vận",
        superior_body="Đảng ủy xã",
        person_in_charge="Nguyễn Văn A",
        email="lienhe@example.org",
        locale=site["home"].locale,
    )
    settings = PortalSettings.for_site(site["home"].get_site())
    settings.unit_profile = profile
    settings.save()
    html = client.get("/").content.decode()
    assert "Ban Tuyên giáo và Dân vận" in html
    assert "Đảng ủy xã" in html
    assert "Nguyễn Văn A" in html
    assert "mailto:lienhe@example.org" in html


def test_page_without_a_profile_still_renders(client, site):
    assert client.get("/").status_code == 200
