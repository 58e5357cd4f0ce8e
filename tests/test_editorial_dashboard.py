"""The editorial dashboard and scheduling: a story approved with a go-live date waits, shows on the
dashboard, and goes live (then expires) when the scheduler runs after the clock has moved on. Each
dashboard panel runs one query whatever it lists.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from campaigns.models import StoryPage
from editorial import roles
from editorial.dashboard import StaleDraftsPanel, UpcomingPanel, WaitingForMePanel
from tests.test_editorial_roles import client_for, member, story_data, workflow_action


def submit(client, stories, slug, **extra):
    url = reverse("wagtailadmin_pages:add", args=("campaigns", "storypage", stories.pk))
    response = client.post(url, {**story_data(f"Câu chuyện {slug}", slug, **extra), "action-submit": "1"})
    assert response.status_code == 302
    return StoryPage.objects.get(slug=slug)


def typed(moment):
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")


@pytest.fixture
def clock(monkeypatch):
    """Moves Django's clock forward: scheduled publishing is tested without sleeping."""
    offset = {"delta": datetime.timedelta()}
    real_now = timezone.now

    def now():
        return real_now() + offset["delta"]

    monkeypatch.setattr(timezone, "now", now)

    def advance(**kwargs):
        offset["delta"] += datetime.timedelta(**kwargs)

    return advance


def panel_rows(panel_class, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return list(panel_class(request).rows())


@pytest.mark.django_db
def test_scheduled_story_goes_live_and_expires_when_the_scheduler_runs(site, clock):
    contributor, reviewer, leader = (member(key) for key in (roles.CONTRIBUTORS, roles.REVIEWERS, roles.LEADERS))
    now = timezone.now()
    story = submit(
        client_for(contributor),
        site["stories"],
        "le-hoi",
        go_live_at=typed(now + datetime.timedelta(days=2)),
        expire_at=typed(now + datetime.timedelta(days=4)),
    )
    workflow_action(client_for(reviewer), story, "approve")
    workflow_action(client_for(leader), story, "approve")
    story.refresh_from_db()
    assert not story.live

    # Approved and scheduled: the leader sees it coming on the dashboard.
    assert [row["title"] for row in panel_rows(UpcomingPanel, leader)] == [story.title]

    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert not Page.objects.get(pk=story.pk).live
    clock(days=2, hours=1)
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    story.refresh_from_db()
    assert story.live
    clock(days=2)
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    story.refresh_from_db()
    assert not story.live and story.expired


@pytest.mark.django_db
def test_waiting_for_me_shows_the_step_and_is_one_query(site, django_assert_num_queries):
    contributor, reviewer, leader = (member(key) for key in (roles.CONTRIBUTORS, roles.REVIEWERS, roles.LEADERS))
    for n in range(4):
        submit(client_for(contributor), site["stories"], f"cho-duyet-{n}")
    with django_assert_num_queries(1):
        rows = panel_rows(WaitingForMePanel, reviewer)
    assert len(rows) == 4 and {row["detail"] for row in rows} == {roles.REVIEW_TASK}
    assert panel_rows(WaitingForMePanel, leader) == []
    # The admin home shows the panel.
    home = client_for(reviewer).get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert "Câu chuyện cho-duyet-0" in home.content.decode()


@pytest.mark.django_db
def test_upcoming_and_stale_panels_are_one_query_each(site, clock, django_assert_num_queries):
    editor = member(roles.EDITORS)
    editor_client = client_for(editor)
    for n in range(3):
        url = reverse("wagtailadmin_pages:add", args=("campaigns", "storypage", site["stories"].pk))
        editor_client.post(url, story_data(f"Nháp {n}", f"nhap-{n}"))
    clock(days=31)
    with django_assert_num_queries(1):
        stale = panel_rows(StaleDraftsPanel, editor)
    assert sorted(row["title"] for row in stale) == ["Nháp 0", "Nháp 1", "Nháp 2"]
    assert all(row["days"] >= 30 for row in stale)
    with django_assert_num_queries(1):
        assert panel_rows(UpcomingPanel, editor) == []
