"""The actions of the reporting cycle: tell the reporters, submit, send back, mark, chase.

Each change runs in a transaction on a locked row, so a double click or two tabs repeat
nothing: submitting what is already submitted, or reminding twice in a day, is a no-op.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from reporting.models import Mark, Reminder, ReportRequest, Submission


def reporter_emails(body):
    return sorted(
        {link.user.email for link in body.reporters.select_related("user") if link.user.is_active and link.user.email}
    )


def _mail(template, context, recipients):
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"reporting/email/{template}_subject.txt", context).strip()
        text = render_to_string(f"reporting/email/{template}.txt", context)
    send_mail(subject, text, None, recipients)


def _announce(report_request, bodies):
    url = settings.WAGTAILADMIN_BASE_URL + reverse("reporting:my_reports")
    sent = 0
    for body in bodies:
        recipients = reporter_emails(body)
        if recipients:
            _mail("request", {"request": report_request, "body": body, "url": url}, recipients)
            sent += 1
    return sent


def notify_reporters(report_request):
    """Email each addressed body's reporters once; returns how many messages went out."""
    with transaction.atomic():
        locked = ReportRequest.objects.select_for_update().get(pk=report_request.pk)
        if locked.notified_at is not None:
            return 0
        sent = _announce(locked, locked.addressed_bodies())
        locked.notified_at = timezone.now()
        locked.save(update_fields=["notified_at"])
    report_request.notified_at = locked.notified_at
    return sent


def notify_added_bodies(report_request, before):
    """After an edit: tell the bodies the request now addresses that it did not before (ids in `before`)."""
    return _announce(report_request, report_request.addressed_bodies().exclude(pk__in=before))


def submit(submission, user):
    """Lock the submission as submitted; returns False when it was already submitted or is closed."""
    with transaction.atomic():
        locked = Submission.objects.select_for_update().select_related("request").get(pk=submission.pk)
        if locked.status == Submission.Status.SUBMITTED or locked.request.is_closed:
            return False
        locked.status = Submission.Status.SUBMITTED
        locked.submitted_at = timezone.now()
        locked.updated_by = user
        locked.save()
    return True


def send_back(submission, comment, user):
    """Return a submitted report to its body with the department's comment."""
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if locked.status != Submission.Status.SUBMITTED:
            return False
        locked.status = Submission.Status.RETURNED
        locked.return_comment = comment
        locked.updated_by = user
        locked.save()
    url = settings.WAGTAILADMIN_BASE_URL + reverse("reporting:submission", args=[locked.request_id, locked.body_id])
    recipients = reporter_emails(locked.body)
    if recipients:
        _mail("sent_back", {"submission": locked, "url": url}, recipients)
    return True


def mark(submission, grade, comment, user):
    return Mark.objects.update_or_create(
        submission=submission, defaults={"grade": grade, "comment": comment, "marked_by": user}
    )[0]


@dataclass
class ChaseRow:
    """One addressed body's standing for a request."""

    body: object
    submission: Submission | None
    days_late: int
    reminders: int
    last_reminded: object

    @property
    def submitted(self):
        return self.submission is not None and self.submission.status == Submission.Status.SUBMITTED

    @property
    def is_late(self):
        return not self.submitted and self.days_late > 0


def chase(report_request):
    """Per addressed body: its submission, how late it is (or was) and the reminders it got."""
    from django.db.models import Count, Max

    submissions = {
        submission.body_id: submission for submission in report_request.submissions.select_related("mark", "request")
    }
    reminders = {
        row["body_id"]: row
        for row in report_request.reminders.values("body_id").annotate(count=Count("pk"), last=Max("sent_at"))
    }
    rows = []
    for body in report_request.addressed_bodies():
        submission = submissions.get(body.pk)
        days = submission.days_late() if submission else report_request.days_late()
        reminded = reminders.get(body.pk, {})
        rows.append(ChaseRow(body, submission, days, reminded.get("count", 0), reminded.get("last")))
    return rows


def remind_late(report_request, user):
    """Email the reporters of every late body and record it; a body reminded today is not reminded again."""
    today = timezone.localdate()
    url = settings.WAGTAILADMIN_BASE_URL + reverse("reporting:my_reports")
    reminders = []
    for row in chase(report_request):
        if not row.is_late or (row.last_reminded and timezone.localdate(row.last_reminded) == today):
            continue
        recipients = reporter_emails(row.body)
        if recipients:
            _mail(
                "reminder", {"request": report_request, "body": row.body, "days": row.days_late, "url": url}, recipients
            )
        reminders.append(
            Reminder.objects.create(
                request=report_request,
                body=row.body,
                sent_by=user,
                sent_at=timezone.now(),
                recipients="\n".join(recipients),
                days_late=row.days_late,
            )
        )
    return reminders
