"""Roles are Wagtail groups made on install: every migrate leaves the same groups, permissions and
workflow, a new language's tree gets its grants when it appears, and demo users come only on request.

Also holds the helpers the other editorial test modules share (members of a role, story form data).
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial import roles
from editorial.demo_users import username_for
from home.models import HomePage

PASSWORD = "a-long-test-password"


def member(key, username=None):
    """A user in the role's group (and nothing else)."""
    user = get_user_model().objects.create_user(username or key, f"{username or key}@example.com", PASSWORD)
    user.groups.add(roles.group(key))
    return user


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def story_data(title, slug, topics=(), **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "category": "tourism",
            "date": "20/05/2025",
            "body": streamfield([("paragraph", rich_text("<p>Câu chuyện</p>"))]),
            "gallery_images": inline_formset([]),
            "comments": inline_formset([]),
            **extra,
        }
    )
    data["topics"] = [topic.pk for topic in topics]
    return data


def workflow_action(client, page, action, **data):
    state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, state.pk))
    return client.post(url, data)


def refused(response):
    """Wagtail's admin answers a refusal with 403, or (outside XHR) a redirect to the dashboard with a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def page_permissions(key, page):
    return set(
        GroupPagePermission.objects.filter(group=roles.group(key), page=page).values_list(
            "permission__codename", flat=True
        )
    )


@pytest.mark.django_db
def test_every_role_is_a_group_with_a_vietnamese_name():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.name for role in roles.ROLES} <= names
    assert "Biên dịch viên" in names and "Lãnh đạo duyệt đăng" in names


@pytest.mark.django_db
def test_setup_is_idempotent():
    before = (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count())
    call_command("setup_editorial", stdout=io.StringIO())
    call_command("setup_editorial", stdout=io.StringIO())
    assert (Group.objects.count(), GroupPagePermission.objects.count(), Workflow.objects.count()) == before


@pytest.mark.django_db
def test_workflow_has_three_steps_and_covers_every_tree():
    workflow = Workflow.objects.get(name=roles.WORKFLOW)
    assert [task.name for task in workflow.tasks] == [roles.REVIEW_TASK, roles.SENSITIVE_TASK, roles.APPROVAL_TASK]
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow


@pytest.mark.django_db
def test_section_grants(site):
    home, stories = site["home"], site["stories"]
    assert page_permissions(roles.EDITORS, home) == {"add_page", "change_page"}
    assert page_permissions(roles.LEADERS, home) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    assert page_permissions(roles.CONTRIBUTORS, stories) == {"add_page"}
    assert page_permissions(roles.CONTRIBUTORS, site["campaigns"]) == set()
    # The Vietnamese tree is not the translators'.
    assert page_permissions(roles.TRANSLATORS, home) == set()


@pytest.mark.django_db
def test_a_language_tree_created_after_install_is_the_translators(site):
    english = HomePage(title="Home", slug="home-en", locale=Locale.objects.get(language_code="en"), live=False)
    Page.get_first_root_node().add_child(instance=english)
    assert page_permissions(roles.TRANSLATORS, english) == {"add_page", "change_page"}
    assert page_permissions(roles.EDITORS, english) == {"add_page", "change_page"}
    translator = member(roles.TRANSLATORS)
    assert english.permissions_for_user(translator).can_edit()
    assert not site["home"].permissions_for_user(translator).can_edit()


@pytest.mark.django_db
def test_demo_users_only_on_request_with_passwords_printed_once():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert not get_user_model().objects.filter(username__startswith="demo-").exists()
    out = io.StringIO()
    call_command("load_demo_content", "--with-users", stdout=out)
    lines = {
        line.split(" ")[0]: line.rsplit(": ", 1)[1] for line in out.getvalue().splitlines() if line.startswith("demo-")
    }
    assert len(lines) == len(roles.ROLES)
    for role in roles.ROLES:
        user = get_user_model().objects.get(username=username_for(role))
        assert user.check_password(lines[user.username])
        assert list(user.groups.values_list("name", flat=True)) == [role.name]
    again = io.StringIO()
    call_command("load_demo_content", "--with-users", stdout=again)
    assert "demo-" not in again.getvalue()


@pytest.mark.django_db
def test_demo_sensitive_topics():
    from campaigns.models import Topic

    call_command("load_demo_content", stdout=io.StringIO())
    sensitive = set(Topic.objects.filter(is_sensitive=True, locale=Locale.get_default()).values_list("slug", flat=True))
    assert sensitive == {"bien-gioi-bien-dao", "quoc-phong-an-ninh", "quyen-con-nguoi", "doi-ngoai"}


@pytest.mark.django_db
def test_the_tasks_groups_are_chosen_in_the_admin(admin_client):
    from editorial.models import SensitiveContentTask

    task = SensitiveContentTask.objects.get(name=roles.SENSITIVE_TASK)
    url = reverse("wagtailadmin_workflows:edit_task", args=(task.pk,))
    response = admin_client.get(url)
    assert response.status_code == 200
    assert roles.ROLES_BY_KEY[roles.LEADERS].name in response.content.decode()
    leaders = roles.group(roles.LEADERS)
    assert admin_client.post(url, {"name": task.name, "groups": [leaders.pk]}).status_code == 302
    assert list(task.groups.all()) == [leaders]
    # Running the setup again keeps the administrator's choice.
    call_command("setup_editorial", stdout=io.StringIO())
    assert list(task.groups.all()) == [leaders]
