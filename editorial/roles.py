"""The editorial roles as Wagtail groups, their permissions and the approval workflow, set up idempotently.

Run after every migrate (and by `manage.py setup_editorial`): a group, task or workflow is created
only when missing, so renaming nothing and rerunning changes nothing. Page permissions follow the
page tree, so each language's home page gets its grants when it is created (by an editor, the demo
loader or wagtail-localize), which is how translation trees that appear after install are covered.

Withdrawal and change notes (home/models/base.py) are page fields: whoever may edit a page may
propose them, and only the workflow's last step makes them public. Reading contact messages
(contact/) is READ_SUBMISSIONS, given to the department's roles only.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

# Stable keys in code, Vietnamese names in the admin (a group's name is data, like a body's).
CONTRIBUTORS = "contributors"
EDITORS = "editors"
REVIEWERS = "reviewers"
SENSITIVE_REVIEWERS = "sensitive_reviewers"
LEADERS = "leaders"
TRANSLATORS = "translators"
ADMINISTRATORS = "administrators"

# Page permission scopes: the root (all trees), each language's home page, the translated trees'
# home pages only, and the source language's story lists.
ROOT, EVERY_HOME, TRANSLATED_HOME, SOURCE_STORIES = ("root", "every_home", "translated_home", "source_stories")

EDIT_SOURCE = "editorial.edit_source_locale"
SOURCE_SNIPPETS = ["campaigns.%s_topic", "campaigns.%s_body"]
PROFILE = "home.%s_unitprofile"
# The registry (issue 9): its reports, and the commemorations of the calendar.
REPORTS = "registry.view_reports"
COMMEMORATIONS = "registry.%s_commemoration"
# Contact messages (contact/): read by the department's roles, never by contributors or translators.
READ_SUBMISSIONS = "wagtailforms.view_formsubmission"


def _each(templates, *actions):
    return [template % action for template in templates for action in actions]


@dataclass
class Role:
    key: str
    name: str
    description: str
    permissions: list = field(default_factory=list)
    collection_permissions: list = field(default_factory=list)
    page_permissions: dict = field(default_factory=dict)


ROLES = [
    Role(
        CONTRIBUTORS,
        "Cộng tác viên",
        _("Write stories and send them for review; cannot publish."),
        ["wagtailadmin.access_admin", EDIT_SOURCE],
        ["add_image", "choose_image", "add_document", "choose_document"],
        {SOURCE_STORIES: ["add"]},
    ),
    Role(
        EDITORS,
        "Biên tập viên",
        _("Write and edit in every section and send for review; cannot publish."),
        [
            "wagtailadmin.access_admin",
            EDIT_SOURCE,
            READ_SUBMISSIONS,
            *_each(SOURCE_SNIPPETS, "add", "change"),
            REPORTS,
            *_each([COMMEMORATIONS], "add", "change"),
        ],
        ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
        {EVERY_HOME: ["add", "change"]},
    ),
    Role(
        REVIEWERS,
        "Người kiểm duyệt",
        _("First check of everything sent for review; may correct it; cannot publish."),
        ["wagtailadmin.access_admin", EDIT_SOURCE, READ_SUBMISSIONS, *_each(SOURCE_SNIPPETS, "add", "change"), REPORTS],
        ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
        {EVERY_HOME: ["change"]},
    ),
    Role(
        SENSITIVE_REVIEWERS,
        "Tổ thẩm định nội dung nhạy cảm",
        _("Confirm the checklist for pages with a sensitive topic; see pages only while they wait for them."),
        ["wagtailadmin.access_admin", EDIT_SOURCE],
        ["choose_image", "choose_document"],
        {},
    ),
    Role(
        LEADERS,
        "Lãnh đạo duyệt đăng",
        _("Final approval, which publishes; may take a page down."),
        [
            "wagtailadmin.access_admin",
            EDIT_SOURCE,
            "wagtail_localize.submit_translation",
            *_each(SOURCE_SNIPPETS, "add", "change", "delete"),
            *_each([PROFILE], "add", "change"),
            "home.change_portalsettings",
            REPORTS,
            *_each([COMMEMORATIONS], "add", "change", "delete"),
            READ_SUBMISSIONS,
        ],
        ["add_image", "change_image", "delete_image", "choose_image"]
        + ["add_document", "change_document", "delete_document", "choose_document"],
        {EVERY_HOME: ["add", "change", "publish", "lock", "unlock"]},
    ),
    Role(
        TRANSLATORS,
        "Biên dịch viên",
        _("Translate pages and topics into English and Chinese; never edit the Vietnamese source."),
        [
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            *_each([*SOURCE_SNIPPETS, PROFILE, COMMEMORATIONS], "change"),
        ],
        ["choose_image", "choose_document"],
        {TRANSLATED_HOME: ["add", "change"]},
    ),
    Role(
        ADMINISTRATORS,
        "Quản trị hệ thống",
        _("Users, groups, workflows, languages and settings; pages still go through the workflow."),
        [
            "wagtailadmin.access_admin",
            EDIT_SOURCE,
            "wagtail_localize.submit_translation",
            *_each([*SOURCE_SNIPPETS, PROFILE], "add", "change", "delete"),
            "home.change_portalsettings",
            *_each(["auth.%s_user", "auth.%s_group"], "add", "change", "delete"),
            *_each(["wagtailcore.%s_workflow", "wagtailcore.%s_task"], "add", "change", "delete"),
            *_each(["wagtailcore.%s_locale", "wagtailcore.%s_collection"], "add", "change", "delete"),
            *_each(["wagtailredirects.%s_redirect"], "add", "change", "delete"),
            REPORTS,
            *_each([COMMEMORATIONS], "add", "change", "delete"),
            READ_SUBMISSIONS,
        ],
        ["add_image", "change_image", "delete_image", "choose_image"]
        + ["add_document", "change_document", "delete_document", "choose_document"],
        {ROOT: ["add", "change", "publish", "bulk_delete", "lock", "unlock"]},
    ),
]

# Grassroots reporting (reporting/): each body's reporters fill in its reports (which bodies: the
# reporting.Reporter links); the department (editors, leaders) asks, reads, sends back and marks;
# administrators link accounts to bodies.
REPORTERS = "reporters"
ROLES.append(
    Role(
        REPORTERS,
        "Báo cáo viên cơ sở",
        _("Fill in and submit the reports of their own body or bodies; see no other body's reports."),
        ["wagtailadmin.access_admin"],
    )
)
REPORTING_GRANTS = {
    EDITORS: ["reporting.review_submission", *_each(["reporting.%s_reportrequest"], "add", "change")],
    LEADERS: ["reporting.review_submission", *_each(["reporting.%s_reportrequest"], "add", "change", "delete")],
    ADMINISTRATORS: _each(["reporting.%s_reporter"], "add", "change", "delete"),
}
for _role in ROLES:
    _role.permissions.extend(REPORTING_GRANTS.get(_role.key, []))

ROLES_BY_KEY = {role.key: role for role in ROLES}

REVIEW_TASK = "Kiểm duyệt"
SENSITIVE_TASK = "Thẩm định nội dung nhạy cảm"
APPROVAL_TASK = "Lãnh đạo duyệt đăng"
WORKFLOW = "Quy trình biên tập và duyệt đăng"


def group(key):
    return Group.objects.get(name=ROLES_BY_KEY[key].name)


def _permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _collection_permission(codename):
    return Permission.objects.get(
        content_type__app_label="wagtailimages" if codename.endswith("_image") else "wagtaildocs", codename=codename
    )


def setup_groups():
    """Create each role's group with its model and collection permissions (adds, never removes)."""
    from wagtail.models import Collection, GroupCollectionPermission

    root_collection = Collection.get_first_root_node()
    groups = {}
    for role in ROLES:
        role_group, _created = Group.objects.get_or_create(name=role.name)
        role_group.permissions.add(*[_permission(label) for label in role.permissions])
        for codename in role.collection_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=role_group, collection=root_collection, permission=_collection_permission(codename)
            )
        groups[role.key] = role_group
    return groups


def _scopes_for(page, default_locale_id):
    from campaigns.models import StoryIndexPage

    if page.depth == 1:
        return [ROOT]
    scopes = []
    if page.depth == 2:
        scopes = [EVERY_HOME] if page.locale_id == default_locale_id else [EVERY_HOME, TRANSLATED_HOME]
    if page.locale_id == default_locale_id and page.specific_class is StoryIndexPage:
        scopes.append(SOURCE_STORIES)
    return scopes


def grant_page_permissions(page, groups=None):
    """Give every role the page permissions its scopes call for on this page (idempotent)."""
    from wagtail.models import GroupPagePermission, Locale

    scopes = _scopes_for(page, Locale.get_default().pk)
    if not scopes:
        return
    for role in ROLES:
        actions = [action for scope in scopes for action in role.page_permissions.get(scope, [])]
        if not actions:
            continue
        role_group = groups[role.key] if groups else Group.objects.filter(name=role.name).first()
        if role_group is None:
            continue
        for action in actions:
            GroupPagePermission.objects.get_or_create(
                group=role_group, page_id=page.pk, permission=_permission(f"wagtailcore.{action}_page")
            )


def setup_workflow(groups):
    """The three-step workflow, assigned to the root so every language's tree, present or future, has it."""
    from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

    from editorial.models import EditorialApprovalTask, SensitiveContentTask

    steps = [
        (EditorialApprovalTask, REVIEW_TASK, REVIEWERS),
        (SensitiveContentTask, SENSITIVE_TASK, SENSITIVE_REVIEWERS),
        (EditorialApprovalTask, APPROVAL_TASK, LEADERS),
    ]
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW)
    for order, (model, name, key) in enumerate(steps):
        task, task_created = model.objects.get_or_create(name=name)
        if task_created:
            # Chosen in the admin afterwards; rerunning never overrides that choice.
            task.groups.set([groups[key]])
        if created:
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assignment is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif assignment.workflow.name == "Moderators approval":
        # Wagtail's own default, made on its first migrate: ours replaces it.
        assignment.workflow = workflow
        assignment.save()
    return workflow


@transaction.atomic
def setup():
    """Everything a fresh install needs; safe to run again."""
    from wagtail.models import Page

    groups = setup_groups()
    for page in Page.objects.filter(depth__lte=3):
        grant_page_permissions(page, groups)
    return groups, setup_workflow(groups)


def setup_after_migrate(sender, app_config=None, using="default", verbosity=1, **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.db import connections

    from editorial.models import SensitiveContentTask

    if SensitiveContentTask._meta.db_table not in connections[using].introspection.table_names():
        return  # migrating backwards or partially: nothing to set up yet
    # Other apps' permissions may come after ours in the post_migrate order: make them now.
    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    setup()


def grant_on_new_page(sender, instance, created=False, raw=False, **kwargs):
    from wagtail.models import Page

    if created and not raw and isinstance(instance, Page) and instance.depth <= 3:
        grant_page_permissions(instance)
