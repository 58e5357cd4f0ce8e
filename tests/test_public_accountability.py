"""Public accountability of changes, on PostgreSQL: an editor withdraws a story with a notice and
the leader's approval makes it live; the story keeps its address and shows the notice and date, but
leaves the listing, the home page, the menu, the sitemap and search on every backend. A change
note for a major update is shown with its date, also only after approval. Half-filled notices are
refused with a message and nothing is saved."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page

from editorial import roles
from search import service, text
from tests.factories import make_campaign, make_story
from tests.test_editorial_roles import client_for, member, story_data, workflow_action
from tests.test_search_support import build_site, refresh
from tests.test_search_view import result_titles


@pytest.fixture
def team(site):
    return {key: member(key) for key in (roles.EDITORS, roles.REVIEWERS, roles.LEADERS)}


def edit_and_submit(client, story, **extra):
    data = {**story_data(story.title, story.slug), **extra, "action-submit": "1"}
    return client.post(reverse("wagtailadmin_pages:edit", args=(story.pk,)), data)


def approve(team, story):
    assert workflow_action(client_for(team[roles.REVIEWERS]), story, "approve").status_code == 302
    assert workflow_action(client_for(team[roles.LEADERS]), story, "approve").status_code == 302


def test_withdrawal_goes_live_only_by_approval_and_keeps_the_address(client, site, team):
    story = make_story(site["stories"], "le-hoi-cu", title="Lễ hội cũ ở Tam Đường")
    kept = make_story(site["stories"], "le-hoi-moi", title="Lễ hội mới ở Tam Đường")
    url = story.url
    notice = "Thông tin về lịch lễ hội đã được điều chỉnh; xem bài mới."
    response = edit_and_submit(
        client_for(team[roles.EDITORS]), story, withdrawn_on="20/06/2025", withdrawal_notice=notice
    )
    assert response.status_code == 302

    # Waiting for approval: the public still sees the page as it was, listed.
    assert notice not in client.get(url).content.decode()
    assert url in client.get(site["stories"].url).content.decode()

    approve(team, story)
    story.refresh_from_db()
    assert story.live and story.withdrawn_on == datetime.date(2025, 6, 20)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert notice in html and 'datetime="2025-06-20"' in html and "Lễ hội cũ ở Tam Đường" in html

    listing = client.get(site["stories"].url).content.decode()
    assert url not in listing and kept.url in listing
    home = client.get(site["home"].url).content.decode()
    assert url not in home and kept.url in home
    sitemap = client.get("/sitemap.xml").content.decode()
    assert story.full_url not in sitemap and kept.full_url in sitemap


def test_change_note_is_shown_with_its_date_after_approval(client, site, team):
    story = make_story(site["stories"], "so-lieu-du-lich", title="Số liệu du lịch")
    note = "Cập nhật số lượt khách theo báo cáo chính thức."
    edit_and_submit(client_for(team[roles.EDITORS]), story, changed_on="02/07/2025", change_note=note)
    assert note not in client.get(story.url).content.decode()
    approve(team, story)
    html = client.get(story.url).content.decode()
    assert note in html and 'datetime="2025-07-02"' in html
    # A change note is not a withdrawal: the story stays listed.
    assert story.url in client.get(site["stories"].url).content.decode()


@pytest.mark.parametrize(
    "extra, field",
    [
        ({"withdrawn_on": "20/06/2025"}, "withdrawal_notice"),
        ({"withdrawal_notice": "Gỡ bỏ."}, "withdrawn_on"),
        ({"change_note": "Sửa số liệu."}, "changed_on"),
        ({"changed_on": "20/06/2025"}, "change_note"),
    ],
)
def test_half_filled_notices_are_refused_with_a_message(site, team, extra, field):
    story = make_story(site["stories"], "ban-nhap", title="Bản nháp")
    response = edit_and_submit(client_for(team[roles.EDITORS]), story, **extra)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert Page.objects.get(pk=story.pk).get_latest_revision().content.get(field) in (None, "")


def test_a_withdrawn_campaign_is_no_longer_featured(client, site):
    featured = make_campaign(site["campaigns"], "chien-dich-cu", title="Chiến dịch cũ")
    home = site["home"]
    home.featured_campaign = featured
    home.save_revision().publish()
    assert featured.url in client.get(home.url).content.decode()
    featured.withdrawn_on = datetime.date(2025, 6, 1)
    featured.withdrawal_notice = "Chiến dịch đã dừng."
    featured.save_revision().publish()
    html = client.get(home.url).content.decode()
    assert featured.url not in html and "Chiến dịch cũ" not in html


def test_a_menu_section_withdrawn_leaves_the_menu(client, site):
    section = site["directives"]
    section.withdrawn_on = datetime.date(2025, 6, 1)
    section.withdrawal_notice = "Chuyên mục đã ngừng cập nhật."
    section.save_revision().publish()
    html = client.get(site["home"].url).content.decode()
    assert f'href="{section.url}"' not in html
    assert f'href="{site["stories"].url}"' in html
    assert "Chuyên mục đã ngừng cập nhật." in client.get(section.url).content.decode()


def test_withdrawn_pages_are_not_found_by_any_backend(search_backend, client):
    pages = build_site()
    story = pages["tam_duong"]
    live = Page.objects.live().filter(locale=story.locale)
    refresh()
    found = service.search_page(text.clean_query("Tam Đường"), live)
    assert story.pk in [page.pk for page in found.object_list]

    story.withdrawn_on = datetime.date(2025, 6, 1)
    story.withdrawal_notice = "Đã gỡ."
    story.save_revision().publish()
    refresh()
    found = service.search_page(text.clean_query("Tam Đường"), live)
    assert found is not None and story.pk not in [page.pk for page in found.object_list]
    assert live.filter(pk=story.pk).exists()
    assert story.title not in result_titles(client.get("/search/", {"q": story.title}))
    suggestions = client.get("/search/autocomplete/", {"q": "tam duong"}).json()["results"]
    assert story.title not in [item["title"] for item in suggestions]
