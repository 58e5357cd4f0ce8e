"""Creates the periodic report requests when their period ends (run by `run_scheduler`).

Each periodic kind in REPORTING_PERIODIC_KINDS asks about the period just ended, with a deadline
REPORTING_DEADLINE_DAYS after it, addressed to all bodies and with the questions of the previous
request of that kind. The unique (kind, period start) makes running it again a no-op. A period
whose deadline has already passed is skipped, so a fresh install (or a scheduler down for weeks)
does not open requests that every body is already late for.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from reporting import periods, services
from reporting.models import ReportRequest


def create_due_requests(today=None):
    """Create (and announce) the requests for the periods that have ended; returns the new ones."""
    today = today or timezone.localdate()
    created = []
    for kind in settings.REPORTING_PERIODIC_KINDS:
        start, end = periods.previous(kind, today)
        deadline = end + datetime.timedelta(days=settings.REPORTING_DEADLINE_DAYS)
        if deadline < today or ReportRequest.objects.filter(kind=kind, period_start=start).exists():
            continue
        previous = ReportRequest.objects.filter(kind=kind).order_by("-period_start").first()
        with translation.override(settings.LANGUAGE_CODE):
            title = periods.label(kind, start)
        try:
            with transaction.atomic():
                report_request = ReportRequest.objects.create(
                    kind=kind,
                    title=title,
                    period_start=start,
                    period_end=end,
                    deadline=deadline,
                    questions=previous.questions if previous else "",
                    all_bodies=True,
                )
        except IntegrityError:
            continue  # another scheduler made it a moment ago
        services.notify_reporters(report_request)
        created.append(report_request)
    return created
