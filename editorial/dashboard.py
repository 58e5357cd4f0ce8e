"""The editorial panels of the admin home page; each runs exactly one query, whatever it lists."""

import datetime

from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState

LIMIT = 20
UPCOMING_DAYS = 7
STALE_DAYS = 30


class EditorialPanel(Component):
    template_name = "editorial/dashboard_panel.html"
    title = ""
    empty = ""

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        return {"title": self.title, "empty": self.empty, "rows": list(self.rows()), "panel": self.name}


class WaitingForMePanel(EditorialPanel):
    """What waits for me: task states of the groups I belong to, oldest first, with step and age."""

    name = "editorial_waiting"
    order = 90
    title = _("Waiting for me")
    empty = _("Nothing waits for you.")

    def queryset(self):
        states = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
        user = self.request.user
        if not user.is_superuser:
            states = states.filter(task__editorialapprovaltask__groups__in=user.groups.all())
        return (
            states.select_related("task", "revision", "workflow_state__requested_by").order_by("started_at").distinct()
        )

    def rows(self):
        now = timezone.now()
        for state in self.queryset()[:LIMIT]:
            yield {
                "title": state.revision.object_str,
                "url": reverse("wagtailadmin_pages:edit", args=[state.revision.object_id]),
                "detail": state.task.name,
                "days": (now - state.started_at).days,
            }


class UpcomingPanel(EditorialPanel):
    """What goes live (an approved, scheduled revision) or expires in the next seven days."""

    name = "editorial_upcoming"
    order = 91
    title = _("Going live or expiring in the next 7 days")
    empty = _("Nothing is scheduled for the next 7 days.")

    def queryset(self):
        now = timezone.now()
        window = (now, now + datetime.timedelta(days=UPCOMING_DAYS))
        scheduled = Revision.page_revisions.filter(
            object_id=Cast(OuterRef("pk"), output_field=CharField()), approved_go_live_at__range=window
        ).values("approved_go_live_at")[:1]
        return (
            Page.objects.annotate(scheduled_at=Subquery(scheduled))
            .filter(Q(scheduled_at__isnull=False) | Q(live=True, expire_at__range=window))
            .order_by(Coalesce("scheduled_at", "expire_at"))
        )

    def rows(self):
        for page in self.queryset()[:LIMIT]:
            goes_live = page.scheduled_at is not None
            yield {
                "title": page.title,
                "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "detail": _("goes live") if goes_live else _("expires"),
                "at": page.scheduled_at if goes_live else page.expire_at,
            }


class StaleDraftsPanel(EditorialPanel):
    """My drafts (I own them or wrote their last version) that nobody has touched for 30 days."""

    name = "editorial_stale"
    order = 92
    title = _("Drafts not touched for 30 days")
    empty = _("No forgotten drafts.")

    def queryset(self):
        cutoff = timezone.now() - datetime.timedelta(days=STALE_DAYS)
        pages = Page.objects.filter(has_unpublished_changes=True, latest_revision_created_at__lt=cutoff)
        user = self.request.user
        if not user.is_superuser:
            pages = pages.filter(Q(owner=user) | Q(latest_revision__user=user))
        return pages.order_by("latest_revision_created_at")

    def rows(self):
        now = timezone.now()
        for page in self.queryset()[:LIMIT]:
            yield {
                "title": page.title,
                "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "days": (now - page.latest_revision_created_at).days,
            }


PANELS = [WaitingForMePanel, UpcomingPanel, StaleDraftsPanel]
