"""The demo content: built from the guidance, idempotent, and every page renders in Vietnamese."""

import io

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from campaigns.demo import data
from campaigns.models import Body, CampaignPage, DirectiveSummaryPage, StoryPage, Topic
from home.models import PortalSettings, UnitProfile

pytestmark = pytest.mark.django_db

GUIDANCE_DIRECTIVES = {
    ("32-CT/TW", "2019-02-18"),
    ("12-KL/TW", "2021-08-12"),
    ("85-KL/TW", "2021-08-19"),
    ("34-NQ/TW", "2023-01-09"),
    ("2013/QĐ-TTg", "2021-11-30"),
    ("57-KL/TW", "2023-06-15"),
    ("47/NQ-CP", "2024-04-15"),
    ("71-KL/TW", "2024-02-16"),
    ("2049-CV/TU", "2024-07-26"),
}


def counts():
    models = [Page, Topic, Body, UnitProfile, get_image_model(), get_document_model()]
    return {model.__name__: model.objects.count() for model in models} | {
        "revisions": sum(page.revisions.count() for page in Page.objects.all())
    }


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_holds_the_guidance_facts(demo):
    directives = {(d.document_number, d.date_issued.isoformat()) for d in DirectiveSummaryPage.objects.live()}
    assert directives == GUIDANCE_DIRECTIVES
    assert DirectiveSummaryPage.objects.get(document_number="85-KL/TW").issuer.name == "Ban Bí thư"
    assert DirectiveSummaryPage.objects.get(document_number="2013/QĐ-TTg").issuer.name == "Thủ tướng Chính phủ"
    assert CampaignPage.objects.live().count() >= 3
    assert StoryPage.objects.live().count() >= 8
    assert {s.category for s in StoryPage.objects.all()} >= {
        "land-people",
        "history",
        "culture",
        "tourism",
        "products",
        "investment",
        "border",
    }
    assert Topic.objects.count() == len(data.TOPICS)
    assert all(c.topics.exists() and c.directives.exists() for c in CampaignPage.objects.all())


def test_profile_is_chosen_in_the_site_settings(demo):
    site = Site.objects.get(is_default_site=True)
    profile = PortalSettings.for_site(site).unit_profile
    assert profile.name == data.PROFILE["name"]
    assert site.root_page.specific.title == data.HOME["title"]


def test_running_it_twice_changes_nothing(demo):
    before = counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts() == before


def test_every_demo_page_renders_in_vietnamese(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert len(pages) >= 1 + 3 + 9 + 3 + 8
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert '<html lang="vi">' in html
        assert data.PROFILE["name"] in html, page.url


def test_directive_listing_shows_all_nine(client, demo):
    html = client.get("/van-ban-chi-dao/").content.decode()
    for number, _date in GUIDANCE_DIRECTIVES:
        assert number in html
