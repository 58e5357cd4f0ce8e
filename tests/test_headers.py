"""Security headers on public pages, documents and the admin; no inline script or style on public pages."""

import re

import pytest
from django.urls import reverse

from tests.factories import make_document


def policy(header):
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def assert_common_headers(response):
    for name, value in COMMON.items():
        assert response[name] == value, name
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/en/", "/chien-dich/", "/search/?q=du+l%E1%BB%8Bch", "/khong-co/"])
def test_public_responses_carry_an_enforced_policy_without_unsafe_inline(client, site, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    directives = policy(response["Content-Security-Policy"])
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "Content-Security-Policy-Report-Only" not in response


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/chien-dich/", "/search/?q=x", "/khong-co/"])
def test_public_pages_have_no_inline_script_or_style(client, site, path):
    """So a cached copy needs no nonce: every script and stylesheet comes from a file."""
    html = client.get(path).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script>"
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"


@pytest.mark.django_db
def test_documents_carry_the_headers_and_their_own_strict_policy(client, site):
    document = make_document()
    response = client.get(document.url)
    assert response.status_code == 200
    assert_common_headers(response)
    assert response["Content-Security-Policy"].startswith("default-src 'none'")
    assert "unsafe-inline" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_admin_policy_is_report_only_and_preview_may_be_framed_by_the_admin(admin_client, site, settings):
    settings.LOGINS_TWO_FACTOR_ENFORCED = False
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert_common_headers(response)
    assert "Content-Security-Policy" not in response
    assert policy(response["Content-Security-Policy-Report-Only"])["frame-ancestors"] == "'self'"

    page = site["campaigns"]
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = {"title": page.title, "slug": page.slug}
    admin_client.post(preview_url, data)
    preview = admin_client.get(preview_url)
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
