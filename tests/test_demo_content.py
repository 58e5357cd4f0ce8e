"""The demo content: built from the guidance, idempotent, and every page renders in Vietnamese."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from campaigns.demo import data
from campaigns.models import (
    Body,
    CampaignIndexPage,
    CampaignPage,
    DirectiveIndexPage,
    DirectiveSummaryPage,
    StoryIndexPage,
    StoryPage,
    Topic,
)
from home.models import HomePage, PortalSettings, UnitProfile

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


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module and rolled back after it (loading takes a while)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def test_demo_holds_the_guidance_facts(demo):
    vietnamese = {"locale__language_code": "vi"}
    directives = DirectiveSummaryPage.objects.live().filter(**vietnamese)
    assert {(d.document_number, d.date_issued.isoformat()) for d in directives} == GUIDANCE_DIRECTIVES
    assert directives.get(document_number="85-KL/TW").issuer.name == "Ban Bí thư"
    assert directives.get(document_number="2013/QĐ-TTg").issuer.name == "Thủ tướng Chính phủ"
    assert CampaignPage.objects.live().filter(**vietnamese).count() >= 3
    assert StoryPage.objects.live().filter(**vietnamese).count() >= 8
    assert {s.category for s in StoryPage.objects.all()} >= {
        "land-people",
        "history",
        "culture",
        "tourism",
        "products",
        "investment",
        "border",
    }
    assert Topic.objects.filter(**vietnamese).count() == len(data.TOPICS)
    assert all(c.topics.exists() and c.directives.exists() for c in CampaignPage.objects.all())


def test_demo_is_translated_through_wagtail_localize(demo):
    from wagtail_localize.models import Translation

    for code in ("en", "zh-hans"):
        live = Page.objects.live().filter(locale__language_code=code)
        assert live.type(HomePage).count() == 1
        assert live.type(CampaignIndexPage, StoryIndexPage, DirectiveIndexPage).count() == 3
        assert live.type(CampaignPage).count() >= 2
        assert live.type(StoryPage).count() >= 4
        assert live.type(DirectiveSummaryPage).count() >= 4
        assert Translation.objects.filter(target_locale__language_code=code).count() >= len(data.TRANSLATED_PAGES)
    english_home = HomePage.objects.get(locale__language_code="en")
    assert english_home.title != data.HOME["title"]
    assert english_home.url == "/en/"


def test_profile_is_chosen_in_the_site_settings(demo):
    site = Site.objects.get(is_default_site=True)
    profile = PortalSettings.for_site(site).unit_profile
    assert profile.name == data.PROFILE["name"]
    assert site.root_page.specific.title == data.HOME["title"]


def test_running_it_twice_changes_nothing(demo):
    before = counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts() == before


def test_every_demo_page_renders_in_its_language(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").specific()
    assert len(pages.filter(locale__language_code="vi")) >= 1 + 3 + 9 + 3 + 8
    profiles = {profile.locale_id: profile.name for profile in UnitProfile.objects.all()}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{page.locale.language_code}">' in html
        assert profiles[page.locale_id] in html, page.url


def test_directive_listing_shows_all_nine(client, demo):
    html = client.get("/van-ban-chi-dao/").content.decode()
    for number, _date in GUIDANCE_DIRECTIVES:
        assert number in html


def test_the_contact_form_exists_in_each_language(client, demo):
    from contact.models import ContactPage

    forms = {page.locale.language_code: page for page in ContactPage.objects.live().select_related("locale")}
    assert set(forms) == {"vi", "en", "zh-hans"}
    labels = {code: [field.label for field in page.form_fields.all()] for code, page in forms.items()}
    assert labels["vi"][0] == "Họ và tên" and labels["en"][0] == "Full name" and labels["zh-hans"][0] == "姓名"
    names = {code: [field.clean_name for field in page.form_fields.all()] for code, page in forms.items()}
    assert names["en"] == names["zh-hans"] == names["vi"]
    # The translations keep the source's order, not an order of the database's choosing.
    orders = {code: [field.sort_order for field in page.form_fields.all()] for code, page in forms.items()}
    assert orders["en"] == orders["zh-hans"] == orders["vi"] == list(range(len(orders["vi"])))
    assert forms["vi"].to_address == data.PROFILE["email"]
    english = client.get(forms["en"].url).content.decode()
    assert 'name="noi_dung"' in english and ">Journalist</option>" in english
