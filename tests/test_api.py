"""The read-only API v2: only live, public content; filterable by type and locale; files
kept for internal circulation never listed."""

import pytest

from campaigns.models import DirectiveSummaryPage
from tests.factories import make_directive, make_document, make_story

pytestmark = pytest.mark.django_db


def test_pages_endpoint_lists_live_pages_only(client, site):
    live = make_story(site["stories"], "cong-khai")
    draft = make_story(site["stories"], "ban-nhap")
    draft.unpublish()
    response = client.get("/api/v2/pages/", {"type": "campaigns.StoryPage"})
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert ids == {live.pk}
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_pages_filter_by_locale(client, site):
    make_story(site["stories"], "mot")
    vi = client.get("/api/v2/pages/", {"locale": "vi"}).json()["meta"]["total_count"]
    en = client.get("/api/v2/pages/", {"locale": "en"}).json()["meta"]["total_count"]
    assert vi > 0 and en == 0


def test_directive_fields_are_exposed_by_type(client, site):
    directive = make_directive(site["directives"], "57-KL/TW")
    response = client.get("/api/v2/pages/", {"type": "campaigns.DirectiveSummaryPage", "fields": "document_number"})
    items = response.json()["items"]
    assert [(item["id"], item["document_number"]) for item in items] == [(directive.pk, "57-KL/TW")]
    assert DirectiveSummaryPage.objects.count() == 1


def test_documents_in_restricted_collections_are_hidden(client, site):
    public = make_document("Công khai")
    internal = make_document("Nội bộ", restricted=True)
    ids = {item["id"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert public.pk in ids
    assert internal.pk not in ids
    assert client.get(f"/api/v2/documents/{internal.pk}/").status_code == 404


def test_api_is_read_only(client, site):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
