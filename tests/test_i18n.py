"""Languages: Vietnamese unprefixed, /en/ and /zh-hans/ prefixes, nothing chosen by the
browser's Accept-Language, the admin in Vietnamese, dates read day first."""

import datetime

import pytest
from django import forms
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def test_content_locales_exist_for_every_configured_language():
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    assert Locale.get_default().language_code == "vi"


def test_unprefixed_url_is_vietnamese_whatever_the_browser_asks(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    assert '<html lang="vi">' in response.content.decode()
    assert "Vary" not in response or "Accept-Language" not in response["Vary"]


def test_language_prefixes_activate_their_language(client, site):
    for prefix, code in (("/en/", "en"), ("/zh-hans/", "zh-hans")):
        response = client.get(prefix)
        assert response.status_code == 200
        assert response["Content-Language"] == code


@pytest.mark.parametrize("url", ["/fr/", "/xx/chien-dich/", "/zh-hant/", "/en-gb/"])
def test_unknown_language_prefix_is_a_404(client, site, url):
    assert client.get(url).status_code == 404


def test_admin_login_is_vietnamese_for_an_english_browser(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đăng nhập" in html
    assert "Mật khẩu" in html
    assert "Sign in" not in html


def test_admin_and_api_are_outside_the_prefixes(client, site):
    assert client.get("/en/admin/login/").status_code == 404
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/en/sitemap.xml").status_code == 404


def test_vietnamese_dates_are_read_day_first():
    with translation.override("vi"):
        field = forms.DateField()
        assert field.clean("05/06/2025") == datetime.date(2025, 6, 5)
        assert field.clean("31/12/2025") == datetime.date(2025, 12, 31)


def test_dates_are_shown_in_each_language_style():
    from django.utils.formats import date_format

    day = datetime.date(2026, 11, 26)
    with translation.override("vi"):
        assert date_format(day) == "26 tháng 11, 2026"
        assert date_format(day, "SHORT_DATE_FORMAT") == "26/11/2026"
    with translation.override("zh-hans"):
        assert date_format(day) == "2026年11月26日"
    with translation.override("en"):
        assert date_format(day) == "26 November 2026"


def test_time_zone_is_vietnam():
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
