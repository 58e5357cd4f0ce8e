"""The admin home's reporting panels: a reporter's open requests, the department's deadlines ahead."""

import datetime

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from reporting import access
from reporting.models import ReportRequest, Submission

LIMIT = 20
UPCOMING_DAYS = 45


class MyRequestsPanel(Component):
    """For a reporter: the open requests addressed to their bodies, with each body's standing."""

    name = "reporting_mine"
    order = 80
    template_name = "reporting/dashboard_mine.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        bodies = access.body_ids(user)
        submissions = {
            (row.request_id, row.body_id): row
            for row in Submission.objects.filter(body_id__in=bodies, request__is_closed=False).select_related("body")
        }
        rows = []
        today = timezone.localdate()
        for report_request in access.requests_for(user).filter(is_closed=False)[:LIMIT]:
            for body in report_request.addressed_bodies().filter(pk__in=bodies):
                submission = submissions.get((report_request.pk, body.pk))
                if submission is not None and submission.status == Submission.Status.SUBMITTED:
                    continue
                rows.append(
                    {
                        "request": report_request,
                        "body": body,
                        "status": submission.get_status_display() if submission else _("Not started"),
                        "days_late": report_request.days_late(today),
                        "url": reverse("reporting:submission", args=[report_request.pk, body.pk]),
                    }
                )
        return {"rows": rows, "panel": self.name}


class DeadlinesPanel(Component):
    """For the department: deadlines of the coming weeks and the late requests, with counts submitted."""

    name = "reporting_deadlines"
    order = 81
    template_name = "reporting/dashboard_deadlines.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        requests = (
            ReportRequest.objects.filter(is_closed=False, deadline__lte=today + datetime.timedelta(days=UPCOMING_DAYS))
            .annotate(submitted=Count("submissions", filter=Q(submissions__status=Submission.Status.SUBMITTED)))
            .order_by("deadline")[:LIMIT]
        )
        rows = [
            {
                "request": report_request,
                "days_late": report_request.days_late(today),
                "days_left": max(0, (report_request.deadline - today).days),
                "asked": report_request.addressed_bodies().count(),
                "url": reverse("reporting:chase", args=[report_request.pk]),
            }
            for report_request in requests
        ]
        return {"rows": rows, "panel": self.name}


def panels_for(request):
    panels = []
    if access.is_reporter(request.user):
        panels.append(MyRequestsPanel(request))
    if access.is_department(request.user):
        panels.append(DeadlinesPanel(request))
    return panels
