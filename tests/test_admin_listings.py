"""The admin's listings of our content cost the same number of queries for 2 items and for 20.

Each listing is read twice (the first read warms the per-process caches) by a superuser, who
sees every button, and by the roles that work in it, whose buttons depend on permissions; some
items have an English translation, so both of wagtail-localize's buttons ("translate", "sync")
show.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from campaigns.models import Body, Topic
from editorial import roles
from home.models import UnitProfile
from registry.models import Commemoration
from reporting.models import Reporter, ReportRequest
from tests.factories import make_campaign, make_directive, make_story
from translation.machinery import translate_with_strings

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(site):
    locale = Locale.objects.get(language_code="en")
    for key in ("home", "campaigns", "stories", "directives"):
        translate_with_strings(site[key], locale, {})
    return locale


def client_for(request, who):
    if who == "superuser":
        return request.getfixturevalue("admin_client")
    user = get_user_model().objects.create_user(who, f"{who}@example.com", "a-long-test-password")
    user.groups.add(roles.group(who))
    client = Client()
    client.force_login(user)
    return client


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def add_pages(site, english, kind, numbers):
    """Pages of one kind in their section; every other one translated into English."""
    for n in numbers:
        if kind == "stories":
            page = make_story(site["stories"], f"cau-chuyen-{n}")
        elif kind == "campaigns":
            page = make_campaign(site["campaigns"], f"chien-dich-{n}")
        else:
            page = make_directive(site["directives"], number=f"{n}-KL/TW")
        if n % 2:
            translate_with_strings(page, english, {})


def add_snippets(english, model, numbers):
    vi = Locale.get_default()
    for n in numbers:
        if model is Topic:
            item = Topic.objects.create(name=f"Chủ đề {n}", slug=f"chu-de-{n}", locale=vi)
        elif model is Body:
            item = Body.objects.create(name=f"Cơ quan {n}", locale=vi)
        elif model is UnitProfile:
            item = UnitProfile.objects.create(name=f"Đơn vị {n}", locale=vi)
        else:
            item = Commemoration.objects.create(name=f"Ngày kỷ niệm {n}", date=datetime.date(2000, 1, 1 + n), locale=vi)
        if n % 2:
            translate_with_strings(item, english, {})


def add_requests(numbers):
    today = datetime.date(2026, 1, 1)
    for n in numbers:
        body = Body.objects.create(name=f"Xã {n}", kind=Body.Kind.GRASSROOTS, locale=Locale.get_default())
        user = get_user_model().objects.create_user(f"xa{n}", f"xa{n}@example.com", "a-long-test-password")
        Reporter.objects.create(user=user, body=body)
        request = ReportRequest.objects.create(
            title=f"Báo cáo {n}", period_start=today, period_end=today, deadline=today, all_bodies=False
        )
        request.bodies.set([body])


def assert_constant(client, url, add, marker):
    add(range(1, 3))
    few, html = count_queries(client, url)
    assert html.count(marker) >= 2, (url, marker)
    add(range(3, 21))
    many, html = count_queries(client, url)
    assert html.count(marker) >= 20, (url, marker)
    print(f"{url}: {few} queries for 2 items, {many} for 20")
    assert many == few, url


@pytest.mark.parametrize("who", ["superuser", roles.EDITORS])
@pytest.mark.parametrize(
    "section,marker",
    [("stories", "Câu chuyện cau-chuyen-"), ("campaigns", "Chiến dịch chien-dich-"), ("directives", "-KL/TW")],
)
def test_a_section_in_the_page_explorer(request, site, english, who, section, marker):
    client = client_for(request, who)
    url = f"/admin/pages/{site[section].pk}/"
    assert_constant(client, url, lambda numbers: add_pages(site, english, section, numbers), marker)


@pytest.mark.parametrize("who", ["superuser", roles.TRANSLATORS])
@pytest.mark.parametrize(
    "model,marker",
    [(Topic, "Chủ đề "), (Body, "Cơ quan "), (UnitProfile, "Đơn vị "), (Commemoration, "Ngày kỷ niệm ")],
)
def test_a_snippet_listing(request, site, english, who, model, marker):
    client = client_for(request, who)
    url = f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/"
    assert_constant(client, url, lambda numbers: add_snippets(english, model, numbers), marker)


@pytest.mark.parametrize(
    "url,marker",
    [("/admin/reporting_requests/", "Báo cáo "), ("/admin/reporting_reporters/", "xa")],
)
def test_the_grassroots_listings(admin_client, site, url, marker):
    assert_constant(admin_client, url, add_requests, marker)


def button_summary(buttons):
    return sorted((str(button.label), button.url, button.priority) for button in buttons)


def test_the_translation_buttons_are_wagtail_localizes(site, english, admin_user):
    """Read from the annotations, the buttons are exactly those wagtail-localize's hooks give."""
    from wagtail.models import Page
    from wagtail_localize import wagtail_hooks as localize_hooks

    from translation import listing_buttons

    add_pages(site, english, "stories", range(1, 5))
    add_snippets(english, Topic, range(1, 5))
    english_story = Page.objects.filter(locale=english).last()
    english_story.create_alias(recursive=False, parent=site["stories"].get_translation(english), update_slug="bi-danh")
    pages = listing_buttons.annotate_translation_state(Page.objects.filter(depth__gt=1).specific())
    topics = listing_buttons.annotate_translation_state(Topic.objects.all())
    seen = set()
    for page in pages:
        ours = button_summary(listing_buttons.page_listing_more_buttons(page, admin_user, next_url="/admin/"))
        theirs = button_summary(localize_hooks.page_listing_more_buttons(page, admin_user, next_url="/admin/"))
        assert ours == theirs, page
        seen.update(label for label, _, _ in ours)
    for topic in topics:
        ours = button_summary(listing_buttons.snippet_listing_buttons(topic, admin_user, next_url="/admin/"))
        theirs = button_summary(localize_hooks.register_snippet_listing_buttons(topic, admin_user, next_url="/admin/"))
        assert ours == theirs, topic
        seen.update(label for label, _, _ in ours)
    assert len(seen) == 4  # translate and sync, for pages and for snippets


def test_the_explorer_shows_translate_for_untranslated_rows_and_sync_for_sources(admin_client, site, english):
    add_pages(site, english, "stories", range(1, 3))
    html = admin_client.get(f"/admin/pages/{site['stories'].pk}/").content.decode()
    untranslated, translated = (site["stories"].get_children().get(slug=f"cau-chuyen-{n}") for n in (2, 1))
    assert f"/admin/localize/submit/page/{untranslated.pk}/" in html
    assert f"/admin/localize/submit/page/{translated.pk}/" in html  # Chinese is still missing
    source = TranslationSource.objects.get_for_instance(translated)
    assert f"/admin/localize/update/{source.pk}/" in html
    assert not TranslationSource.objects.get_for_instance_or_none(untranslated)
