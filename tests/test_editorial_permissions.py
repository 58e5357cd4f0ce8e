"""The permission matrix: every role tries every action on a page of every section through a crafted
POST to the admin, and the database shows whether it happened. Refused attempts must leave the
content exactly as it was; only the leader's approval (or a superuser) makes anything live. A
withdrawal with its public notice is tried as one more action: it can only be sent for review.

Outcomes: "allowed" (the content changed), "refused" (nothing changed: Wagtail answered 403,
redirected to the dashboard with a message, or left the item out of a bulk action), "login"
(anonymous: sent to the login page, nothing changed), "review" (sent into the workflow by the
translation editor's publish button; nothing went live).
"""

import datetime
from urllib.parse import urlencode

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from campaigns.models import StoryPage, Topic
from editorial import roles
from home.models import ContentPage
from tests.factories import make_campaign, make_directive, make_story, make_topic, publish
from tests.test_editorial_roles import client_for, member, refused

ANONYMOUS, SUPERUSER = "anonymous", "superuser"
ROLES = [ANONYMOUS, *[role.key for role in roles.ROLES], SUPERUSER]
SECTIONS = ["home", "campaigns", "stories", "directives", "translation"]
ACTIONS = [
    "edit",
    "withdraw",
    "publish",
    "schedule",
    "unpublish",
    "revert",
    "move",
    "copy",
    "delete",
    "bulk_publish",
    "bulk_delete",
    "lock",
    "approve",
    "translation_publish",
]

EDIT_SOURCE = {roles.EDITORS, roles.REVIEWERS, roles.LEADERS, roles.ADMINISTRATORS, SUPERUSER}
TAKE_DOWN = {roles.LEADERS, roles.ADMINISTRATORS, SUPERUSER}


def expected(role, section, action):
    if section == "translation" and action in {"publish", "schedule", "revert"}:
        return None  # wagtail-localize's editor replaces these forms: "translation_publish" covers it
    if (role, action) == (SUPERUSER, "copy"):
        return None  # the only role allowed to publish copies; copying itself is tested with the page types
    if action == "translation_publish" and section != "translation":
        return None
    if action == "withdraw" and section == "translation":
        return None  # the withdrawal date follows the source; the notice is translated like any string
    if role == ANONYMOUS:
        return "login"
    if action == "withdraw":
        # A withdrawal (or a change note) is an edit: it waits for the workflow, never live at once.
        return "review" if role in EDIT_SOURCE else "refused"
    if action in {"publish", "schedule", "revert", "copy", "bulk_publish"}:
        # Going live happens by the workflow; only a superuser may bypass it.
        return "allowed" if role == SUPERUSER else "refused"
    if action == "edit":
        editors = EDIT_SOURCE | ({roles.TRANSLATORS} if section == "translation" else set())
        return "allowed" if role in editors else "refused"
    if action in {"unpublish", "delete", "bulk_delete", "move", "lock"}:
        return "allowed" if role in TAKE_DOWN else "refused"
    if action == "approve":
        return "allowed" if role in {roles.REVIEWERS, SUPERUSER} else "refused"
    if action == "translation_publish":
        if role == SUPERUSER:
            return "allowed"
        return "review" if role in EDIT_SOURCE | {roles.TRANSLATORS} else "refused"
    raise AssertionError(action)


def snapshot():
    """Everything an editorial action could change, in a comparable form."""
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "path",
                "live",
                "title",
                "draft_title",
                "slug",
                "latest_revision_id",
                "live_revision_id",
                "has_unpublished_changes",
                "go_live_at",
                "expire_at",
                "locked",
            )
        ),
        list(Revision.objects.order_by("pk").values_list("pk", "approved_go_live_at")),
        list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        list(StringTranslation.objects.order_by("pk").values_list("pk", "data")),
    )


def form_data(page):
    """A valid edit form for each section's page, with a changed title."""
    common = {"title": f"{page.title} (sửa)", "slug": page.slug, "comments": inline_formset([])}
    if isinstance(page, ContentPage):
        return nested_form_data({**common, "body": streamfield([])})
    if isinstance(page, StoryPage):
        return nested_form_data(
            {
                **common,
                "category": page.category,
                "date": page.date.strftime("%d/%m/%Y"),
                "body": streamfield([]),
                "gallery_images": inline_formset([]),
            }
        )
    if page.specific_class.__name__ == "CampaignPage":
        return nested_form_data(
            {**common, "start_date": "01/01/2025", "objectives": rich_text("<p>Mục tiêu</p>"), "body": streamfield([])}
        )
    return nested_form_data(
        {
            **common,
            "document_number": page.document_number,
            "kind": page.kind,
            "issuer": page.issuer_id,
            "date_issued": page.date_issued.strftime("%d/%m/%Y"),
            "subject": page.subject,
            "summary": rich_text("<p>Tóm tắt</p>"),
            "key_points": streamfield([]),
            "local_tasks": rich_text(""),
            "status": "in-force",
            "circulation": "public",
        }
    )


@pytest.fixture
def pages(site):
    stories = site["stories"]
    story = make_story(stories, "ban-sang")
    targets = {
        "home": publish(site["home"], ContentPage(title="Giới thiệu", slug="gioi-thieu")),
        "campaigns": make_campaign(site["campaigns"], "quang-ba"),
        "stories": story,
        "directives": make_directive(site["directives"]),
    }
    english = Locale.objects.get(language_code="en")
    for page in (site["home"], stories, story):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        Translation.objects.create(source=source, target_locale=english).save_target(publish=True)
    targets["translation"] = StoryPage.objects.get(translation_key=story.translation_key, locale=english)
    for key, page in targets.items():
        # A second revision, so there is an earlier one to revert to, and a pending draft to publish.
        page = page.specific_class.objects.get(pk=page.pk)
        page.title = f"{page.title} v2"
        page.save_revision().publish()
        page.title = f"{page.title} (nháp)"
        page.save_revision()
        targets[key] = page.specific_class.objects.get(pk=page.pk)
    return targets


def attempt(client, action, page):
    """The crafted POST for each action, straight to the admin endpoint."""
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    parent = page.get_parent()
    if action == "edit" and page.locale_id != Locale.get_default().pk:
        # A translation is edited string by string in wagtail-localize's editor.
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
        segment = translation.source.stringsegment_set.first()
        url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
        return client.put(url, urlencode({"value": "Edited"}), content_type="application/x-www-form-urlencoded")
    if action == "edit":
        return client.post(edit, form_data(page))
    if action == "publish":
        return client.post(edit, {**form_data(page), "action-publish": "1"})
    if action == "withdraw":
        notice = {"withdrawn_on": "01/06/2025", "withdrawal_notice": "Gỡ bỏ.", "action-submit": "1"}
        return client.post(edit, {**form_data(page), **notice})
    if action == "schedule":
        go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%d/%m/%Y %H:%M")
        return client.post(edit, {**form_data(page), "go_live_at": go_live, "action-publish": "1"})
    if action == "unpublish":
        return client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))
    if action == "revert":
        first = page.revisions.order_by("created_at", "pk").first()
        url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, first.pk))
        return client.post(url, {**form_data(page), "action-publish": "1"})
    if action == "move":
        # Moving within the same parent: the destination rules pass, so only permissions decide.
        return client.post(reverse("wagtailadmin_pages:move_confirm", args=(page.pk, parent.pk)))
    if action == "copy":
        data = {
            "new_title": "Bản sao",
            "new_slug": f"{page.slug}-ban-sao",
            "new_parent_page": parent.pk,
            "publish_copies": "on",
            "alias": "",
        }
        return client.post(reverse("wagtailadmin_pages:copy", args=(page.pk,)), data)
    if action == "delete":
        return client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))
    if action in {"bulk_publish", "bulk_delete"}:
        name = action.split("_")[1]
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", name)) + f"?id={page.pk}"
        return client.post(url, {"include_descendants": ""})
    if action == "lock":
        return client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,)))
    if action == "approve":
        state = Page.objects.get(pk=page.pk).current_workflow_task_state
        return client.post(reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.pk)))
    if action == "translation_publish":
        return client.post(edit, {"action": "publish"})
    raise AssertionError(action)


def outcome(response, before, page):
    after = snapshot()
    if response.status_code == 302 and "/login/" in response.url:
        return "login" if after == before else "login, but the database changed"
    if after == before:
        # Wagtail answers 403, redirects to the dashboard with a message, or (bulk actions) leaves the item out.
        return "refused"
    current = Page.objects.filter(pk=page.pk).first()
    moved_on = TaskState.objects.filter(status=TaskState.STATUS_APPROVED).count() > before_approved(before)
    if current and current.live_revision_id == page.live_revision_id and current.workflow_in_progress and not moved_on:
        return "review"  # sent into the workflow, nothing went live
    return "allowed"


def before_approved(before):
    return sum(1 for _pk, status in before[2] if status == TaskState.STATUS_APPROVED)


class Rollback(Exception):
    pass


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_matrix(role, pages, django_user_model):
    """One role against every action and section; each attempt is rolled back before the next."""
    if role == SUPERUSER:
        user = django_user_model.objects.create_superuser("root", "root@example.com", "a-long-test-password")
    else:
        user = None if role == ANONYMOUS else member(role)
    submitter = member(roles.EDITORS, "submitter")
    client = client_for(user)
    wanted, got = {}, {}
    for action in ACTIONS:
        for section in SECTIONS:
            want = expected(role, section, action)
            if want is None:
                continue
            try:
                with transaction.atomic():
                    page = Page.objects.get(pk=pages[section].pk).specific
                    if action == "approve":
                        page.get_workflow().start(page, submitter)
                    before = snapshot()
                    response = attempt(client, action, page)
                    wanted[action, section], got[action, section] = want, outcome(response, before, page)
                    raise Rollback
            except Rollback:
                pass
    assert got == wanted


def test_matrix_size():
    cases = [
        (role, section, action)
        for role in ROLES
        for section in SECTIONS
        for action in ACTIONS
        if expected(role, section, action) is not None
    ]
    refused = [case for case in cases if expected(*case) in {"refused", "login"}]
    assert (len(ROLES), len(SECTIONS), len(ACTIONS), len(cases), len(refused)) == (10, 5, 14, 615, 461)


@pytest.mark.django_db
def test_translators_never_edit_vietnamese_snippets(site):
    vietnamese = make_topic("Du lịch", "du-lich")
    english = vietnamese.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    translator = client_for(member(roles.TRANSLATORS))
    snapshot_of = lambda: list(Topic.objects.order_by("pk").values_list("pk", "name", "locale_id"))  # noqa: E731
    before = snapshot_of()

    edit = reverse("wagtailsnippets_campaigns_topic:edit", args=(vietnamese.pk,))
    assert refused(translator.post(edit, {"name": "Tourism", "slug": "du-lich", "description": ""}))
    delete = reverse("wagtailsnippets_campaigns_topic:delete", args=(vietnamese.pk,))
    assert refused(translator.post(delete))
    add = reverse("wagtailsnippets_campaigns_topic:add")
    assert refused(translator.post(add, {"name": "Mới", "slug": "moi", "description": ""}))
    assert snapshot_of() == before

    # Their own language is theirs to edit (wagtail-localize's editor opens for a translation).
    assert translator.get(reverse("wagtailsnippets_campaigns_topic:edit", args=(english.pk,))).status_code == 200
    # An editor edits the Vietnamese source.
    editor = client_for(member(roles.EDITORS))
    response = editor.post(edit, {"name": "Du lịch sinh thái", "slug": "du-lich", "description": ""})
    assert response.status_code == 302
    vietnamese.refresh_from_db()
    assert vietnamese.name == "Du lịch sinh thái"


@pytest.mark.django_db
def test_translating_a_page_makes_a_draft_and_update_cannot_publish(pages):
    story = make_story(pages["stories"].get_parent(), "ban-moi")
    english = Locale.objects.get(language_code="en")
    leader = client_for(member(roles.LEADERS))
    url = reverse("wagtail_localize:submit_page_translation", args=(story.pk,))
    response = leader.post(url, {"locales": [english.pk], "include_subtree": ""})
    assert response.status_code == 302
    translated = Page.objects.get(translation_key=story.translation_key, locale=english)
    assert not translated.live

    translator = client_for(member(roles.TRANSLATORS))
    source = TranslationSource.objects.get(object_id=story.translation_key)
    before = snapshot()
    update = reverse("wagtail_localize:update_translations", args=(source.pk,))
    assert refused(translator.post(update, {"publish_translations": "on"}))
    assert snapshot() == before


@pytest.mark.django_db
def test_the_api_never_shows_drafts(client, pages):
    story = pages["stories"]
    # The live version is listed, the pending draft's title is not.
    item = client.get(f"/api/v2/pages/{story.pk}/").json()
    assert item["title"] == story.live_revision.as_object().title
    assert "(nháp)" not in client.get("/api/v2/pages/", {"search": "nháp"}).content.decode()
    # A page that was never published is not there at all, nor is its preview.
    draft = StoryPage(title="Bản thảo", slug="ban-thao", date=datetime.date(2025, 1, 1), category="tourism", live=False)
    pages["stories"].get_parent().specific.add_child(instance=draft)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    ids = {entry["id"] for entry in client.get("/api/v2/pages/", {"limit": 50}).json()["items"]}
    assert draft.pk not in ids
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(draft.pk,)))
    assert preview.status_code == 302 and "/login/" in preview.url


@pytest.mark.django_db
def test_a_translation_cannot_be_turned_back_into_a_live_alias_of_a_draft(pages):
    english_story = pages["translation"]
    translator = client_for(member(roles.TRANSLATORS))
    before = snapshot()
    url = reverse("wagtail_localize:convert_to_alias", args=(english_story.pk,))
    assert refused(translator.post(url))
    assert snapshot() == before
