"""The whole editorial journey through the admin, on PostgreSQL: a contributor drafts and submits a
story, a reviewer approves, a leader approves and it is live; rejections need a comment and reach the
author; an edit during review restarts the approvals; a sensitive story waits for the third step; a
translator's translation is reviewed before it is live; whoever must act next is told by email.
"""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Page, TaskState, WorkflowState

from campaigns.models import StoryPage
from editorial import roles
from tests.factories import make_topic
from tests.test_editorial_roles import client_for, member, refused, story_data, workflow_action


@pytest.fixture
def team(site):
    return {key: member(key) for key in (roles.CONTRIBUTORS, roles.REVIEWERS, roles.SENSITIVE_REVIEWERS, roles.LEADERS)}


def submit_story(client, stories, slug, topics=()):
    url = reverse("wagtailadmin_pages:add", args=("campaigns", "storypage", stories.pk))
    response = client.post(url, {**story_data(f"Câu chuyện {slug}", slug, topics), "action-submit": "1"})
    assert response.status_code == 302, response.content[:2000]
    return StoryPage.objects.get(slug=slug)


def current_task(page):
    return Page.objects.get(pk=page.pk).current_workflow_task


def test_contributor_reviewer_leader_journey(site, team):
    contributor = client_for(team[roles.CONTRIBUTORS])
    story = submit_story(contributor, site["stories"], "ban-sang")
    assert not story.live
    assert current_task(story).name == roles.REVIEW_TASK
    # The reviewers are told; the contributor is not asked to act.
    assert [m.to for m in mail.outbox] == [[team[roles.REVIEWERS].email]]

    mail.outbox.clear()
    assert workflow_action(client_for(team[roles.REVIEWERS]), story, "approve").status_code == 302
    # Not sensitive: the sensitive-content step passed by itself, straight to the leaders.
    assert current_task(story).name == roles.APPROVAL_TASK
    skipped = TaskState.objects.get(workflow_state__object_id=str(story.pk), task__name=roles.SENSITIVE_TASK)
    assert skipped.status == TaskState.STATUS_SKIPPED
    assert [m.to for m in mail.outbox] == [[team[roles.LEADERS].email]]

    mail.outbox.clear()
    assert workflow_action(client_for(team[roles.LEADERS]), story, "approve").status_code == 302
    story.refresh_from_db()
    assert story.live
    # The author is told it was approved.
    assert [m.to for m in mail.outbox] == [[team[roles.CONTRIBUTORS].email]]


def test_rejection_needs_a_comment_and_resubmission_goes_through(site, team):
    story = submit_story(client_for(team[roles.CONTRIBUTORS]), site["stories"], "ban-hon")
    reviewer = client_for(team[roles.REVIEWERS])
    mail.outbox.clear()

    workflow_action(reviewer, story, "reject", comment="")
    assert current_task(story).name == roles.REVIEW_TASK
    assert Page.objects.get(pk=story.pk).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert mail.outbox == []

    workflow_action(reviewer, story, "reject", comment="Thiếu nguồn ảnh.")
    state = Page.objects.get(pk=story.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert [m.to for m in mail.outbox] == [[team[roles.CONTRIBUTORS].email]]
    assert "Thiếu nguồn ảnh." in mail.outbox[0].body

    # The author fixes it and resubmits: review starts again.
    contributor = client_for(team[roles.CONTRIBUTORS])
    url = reverse("wagtailadmin_pages:edit", args=(story.pk,))
    data = {**story_data("Câu chuyện bản Hon", "ban-hon", photo_credits="Ảnh: Ban Tuyên giáo"), "action-submit": "1"}
    assert contributor.post(url, data).status_code == 302
    assert current_task(story).name == roles.REVIEW_TASK
    workflow_action(reviewer, story, "approve")
    workflow_action(client_for(team[roles.LEADERS]), story, "approve")
    story.refresh_from_db()
    assert story.live and story.photo_credits == "Ảnh: Ban Tuyên giáo"


def test_an_edit_during_review_restarts_the_approvals(site, team):
    story = submit_story(client_for(team[roles.CONTRIBUTORS]), site["stories"], "ban-ho-thau")
    reviewer = client_for(team[roles.REVIEWERS])
    workflow_action(reviewer, story, "approve")
    assert current_task(story).name == roles.APPROVAL_TASK

    # The leader changes the text at the last step: the reviewer's approval no longer counts.
    leader = client_for(team[roles.LEADERS])
    url = reverse("wagtailadmin_pages:edit", args=(story.pk,))
    assert leader.post(url, story_data("Câu chuyện bản Hồ Thầu (sửa)", "ban-ho-thau")).status_code == 302
    workflow_action(leader, story, "approve")
    story.refresh_from_db()
    assert not story.live
    assert current_task(story).name == roles.REVIEW_TASK
    workflow_action(reviewer, story, "approve")
    workflow_action(leader, story, "approve")
    story.refresh_from_db()
    assert story.live and story.title == "Câu chuyện bản Hồ Thầu (sửa)"


def test_the_author_cannot_approve_their_own_submission(site, team):
    # Someone who both writes and reviews cannot pass what they sent.
    writer = member(roles.EDITORS, "editor-reviewer")
    writer.groups.add(roles.group(roles.REVIEWERS))
    writer_client = client_for(writer)
    story = submit_story(writer_client, site["stories"], "ban-giang")
    revisions = story.revisions.count()
    assert refused(workflow_action(writer_client, story, "approve"))
    assert current_task(story).name == roles.REVIEW_TASK
    assert story.revisions.count() == revisions
    # Another reviewer can.
    workflow_action(client_for(team[roles.REVIEWERS]), story, "approve")
    assert current_task(story).name == roles.APPROVAL_TASK


def test_bad_workflow_actions_change_nothing(site, team):
    story = submit_story(client_for(team[roles.CONTRIBUTORS]), site["stories"], "ban-tac-tinh")
    reviewer = client_for(team[roles.REVIEWERS])
    stale = Page.objects.get(pk=story.pk).current_workflow_task_state
    workflow_action(reviewer, story, "approve")
    # Approving the finished review step again (a double submit, a stale task state) is refused.
    url = reverse("wagtailadmin_pages:workflow_action", args=(story.pk, "approve", stale.pk))
    before = TaskState.objects.count()
    assert refused(reviewer.post(url))
    assert TaskState.objects.count() == before
    assert current_task(story).name == roles.APPROVAL_TASK
    # A page that is not in the workflow: a message, nothing changed.
    directive_list = site["directives"]
    url = reverse("wagtailadmin_pages:workflow_action", args=(directive_list.pk, "approve", stale.pk))
    response = reviewer.post(url, follow=True)
    assert response.status_code == 200
    assert "không" in response.content.decode() or "not currently awaiting" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(directive_list.pk)).exists()


def test_a_sensitive_story_waits_for_the_checklist(site, team):
    border = make_topic("Biên giới - biển đảo", "bien-gioi-bien-dao")
    border.is_sensitive = True
    border.save()
    story = submit_story(client_for(team[roles.CONTRIBUTORS]), site["stories"], "cot-moc", topics=[border])
    workflow_action(client_for(team[roles.REVIEWERS]), story, "approve")
    assert current_task(story).name == roles.SENSITIVE_TASK

    checker = client_for(team[roles.SENSITIVE_REVIEWERS])
    # The approval form is the checklist.
    state = Page.objects.get(pk=story.pk).current_workflow_task_state
    modal = checker.get(reverse("wagtailadmin_pages:workflow_action", args=(story.pk, "approve", state.pk)))
    assert modal.status_code == 200 and "check_sovereignty" in modal.content.decode()
    # Approving without ticking the checklist does nothing.
    workflow_action(checker, story, "approve", comment="Đạt")
    assert current_task(story).name == roles.SENSITIVE_TASK
    checklist = dict.fromkeys(["check_sovereignty", "check_sources", "check_policy", "check_foreign_readers"], "on")
    workflow_action(checker, story, "approve", comment="Đạt", **checklist)
    assert current_task(story).name == roles.APPROVAL_TASK
    state = TaskState.objects.get(workflow_state__object_id=str(story.pk), task__name=roles.SENSITIVE_TASK)
    assert state.status == TaskState.STATUS_APPROVED and state.comment.startswith("✓")
    # The sensitive-content group cannot publish: the leader stays the one who does.
    assert not story.permissions_for_user(team[roles.SENSITIVE_REVIEWERS]).can_publish()
    workflow_action(client_for(team[roles.LEADERS]), story, "approve")
    story.refresh_from_db()
    assert story.live


def test_a_translators_translation_is_reviewed_before_it_is_live(site, team):
    from wagtail_localize.models import Translation, TranslationSource

    story = submit_story(client_for(team[roles.CONTRIBUTORS]), site["stories"], "ban-lang")
    workflow_action(client_for(team[roles.REVIEWERS]), story, "approve")
    workflow_action(client_for(team[roles.LEADERS]), story, "approve")
    english = Locale.objects.get(language_code="en")
    # Translated parents first, as wagtail-localize does for a tree.
    for page in (site["home"], site["stories"], StoryPage.objects.get(pk=story.pk)):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        Translation.objects.create(source=source, target_locale=english).save_target(publish=False)
    target = StoryPage.objects.get(translation_key=story.translation_key, locale=english)
    # The English tree came from translating; its home page made the grants.
    translator = member(roles.TRANSLATORS)
    assert target.permissions_for_user(translator).can_edit()
    assert not target.permissions_for_user(translator).can_publish()

    mail.outbox.clear()
    response = client_for(translator).post(reverse("wagtailadmin_pages:edit", args=(target.pk,)), {"action": "publish"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.live
    assert current_task(target).name == roles.REVIEW_TASK
    assert [m.to for m in mail.outbox] == [[team[roles.REVIEWERS].email]]
    workflow_action(client_for(team[roles.REVIEWERS]), target, "approve")
    workflow_action(client_for(team[roles.LEADERS]), target, "approve")
    target.refresh_from_db()
    assert target.live
