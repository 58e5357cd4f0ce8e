"""Grassroots reporting: who reports for which body, what the department asks, what each body answers.

A request is addressed to bodies; each body answers it with one submission (a draft until
submitted, editable again when sent back). The department's marks and reminders are rows of
their own, so nothing a reporter loads ever carries them.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from reporting import periods

# Counts above this are typing mistakes, not a body's activity in one period.
MAX_COUNT = 1_000_000


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Attachments live outside MEDIA_ROOT, so no public URL reaches them; a view checks access.

    The folder is read from REPORTING_PRIVATE_ROOT on each use, so a deployment (or a test) may move it.
    """

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return str(settings.REPORTING_PRIVATE_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Reporting attachments have no public URL; use the reporting:attachment view.")


class Reporter(models.Model):
    """A user who reports for a body; one account may report for several bodies."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="reporting_links",
        help_text=_("The account that fills in the body's reports."),
    )
    body = models.ForeignKey(
        "campaigns.Body",
        verbose_name=_("body"),
        on_delete=models.CASCADE,
        related_name="reporters",
        help_text=_("The body this account reports for."),
    )

    panels = [FieldPanel("user"), FieldPanel("body")]

    class Meta:
        verbose_name = _("reporter")
        verbose_name_plural = _("reporters")
        constraints = [models.UniqueConstraint(fields=["user", "body"], name="reporting_reporter_unique")]

    def __str__(self):
        return f"{self.user} – {self.body}"


class ReportRequest(models.Model):
    """What the department asks the bodies to report, by when."""

    class Kind(models.TextChoices):
        MONTH = periods.MONTH, _("Monthly")
        QUARTER = periods.QUARTER, _("Quarterly")
        HALF = periods.HALF, _("Half-yearly")
        YEAR = periods.YEAR, _("Yearly")
        AD_HOC = "ad_hoc", _("Ad hoc")

    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.AD_HOC,
        help_text=_("Periodic requests are created by the scheduler; ad hoc ones by the department."),
    )
    title = models.CharField(_("title"), max_length=255, help_text=_("What the bodies see in their list."))
    subject = models.TextField(
        _("subject"), blank=True, help_text=_("For an ad hoc request: the event or matter to report on.")
    )
    period_start = models.DateField(_("period from"), help_text=_("First day of the period reported on."))
    period_end = models.DateField(_("period to"), help_text=_("Last day of the period reported on."))
    deadline = models.DateField(_("deadline"), help_text=_("Last day to submit; later submissions count as late."))
    questions = models.TextField(_("questions"), blank=True, help_text=_("The questions to answer, one per line."))
    all_bodies = models.BooleanField(
        _("all bodies"), default=True, help_text=_("Addressed to every body that has a reporter.")
    )
    bodies = models.ManyToManyField(
        "campaigns.Body",
        verbose_name=_("bodies"),
        blank=True,
        related_name="report_requests",
        help_text=_("When not addressed to all bodies: the bodies asked."),
    )
    is_closed = models.BooleanField(
        _("closed"), default=False, help_text=_("A closed request takes no more submissions until reopened.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, help_text=_("When it was created."))
    notified_at = models.DateTimeField(
        _("reporters notified at"), null=True, blank=True, help_text=_("When the reporters were emailed.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("subject"),
        FieldPanel("period_start"),
        FieldPanel("period_end"),
        FieldPanel("deadline"),
        FieldPanel("questions"),
        FieldPanel("all_bodies"),
        FieldPanel("bodies"),
        FieldPanel("is_closed"),
    ]

    class Meta:
        verbose_name = _("report request")
        verbose_name_plural = _("report requests")
        ordering = ["-deadline", "-pk"]
        constraints = [
            # The scheduler creates one request per periodic kind and period, however often it runs.
            models.UniqueConstraint(
                fields=["kind", "period_start"],
                condition=~models.Q(kind="ad_hoc"),
                name="reporting_one_request_per_period",
            )
        ]

    def __str__(self):
        return self.title

    def addressed_bodies(self):
        """The bodies asked: every body with a reporter, or the chosen ones."""
        from campaigns.models import Body

        if self.all_bodies:
            return Body.objects.filter(reporters__isnull=False).distinct().order_by("name")
        return self.bodies.order_by("name")

    def is_addressed_to(self, body):
        return self.addressed_bodies().filter(pk=body.pk).exists()

    def question_list(self):
        return [line.strip() for line in self.questions.splitlines() if line.strip()]

    def days_late(self, on=None):
        """Whole days past the deadline on a day (today by default); 0 when not late."""
        on = on or timezone.localdate()
        return max(0, (on - self.deadline).days)


class Submission(models.Model):
    """One body's answer to one request."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Sent back")

    # The counts by channel, in the order the form and the report show them.
    CHANNELS = ["press", "radio_tv", "portal", "social", "exchanges"]

    request = models.ForeignKey(
        ReportRequest,
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="submissions",
        help_text=_("The request answered."),
    )
    body = models.ForeignKey(
        "campaigns.Body",
        verbose_name=_("body"),
        on_delete=models.CASCADE,
        related_name="report_submissions",
        help_text=_("The body answering."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, help_text=_("Where it stands.")
    )
    activities = models.TextField(
        _("activities held"), blank=True, help_text=_("The external-information activities held in the period.")
    )
    press = models.PositiveIntegerField(
        _("press"),
        default=0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=_("Articles and news items in the press."),
    )
    radio_tv = models.PositiveIntegerField(
        _("radio and television"),
        default=0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=_("Radio and television items."),
    )
    portal = models.PositiveIntegerField(
        _("portal"),
        default=0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=_("Items published on the portal."),
    )
    social = models.PositiveIntegerField(
        _("social networks"),
        default=0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=_("Posts on social networks."),
    )
    exchanges = models.PositiveIntegerField(
        _("cultural, sports and tourism exchanges"),
        default=0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=_("Exchanges held with foreign partners or visitors."),
    )
    audiences = models.PositiveIntegerField(
        _("people reached"),
        default=0,
        validators=[MaxValueValidator(MAX_COUNT * 10)],
        help_text=_("An estimate of the people the activities reached."),
    )
    audiences_note = models.TextField(
        _("audiences reached"), blank=True, help_text=_("Which audiences: residents, visitors, foreigners, and so on.")
    )
    answers = models.TextField(
        _("answers to the questions"), blank=True, help_text=_("Answer the request's questions in turn.")
    )
    sensitive_matters = models.TextField(
        _("sensitive or complex matters"),
        blank=True,
        help_text=_("Matters noticed locally that the department should know; only the department reads this."),
    )
    proposals = models.TextField(
        _("proposals"), blank=True, help_text=_("Proposals and recommendations to the department.")
    )
    return_comment = models.TextField(
        _("comment when sent back"), blank=True, help_text=_("What the department asks to be corrected.")
    )
    updated_at = models.DateTimeField(_("last saved"), auto_now=True, help_text=_("When it was last saved."))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who saved it last."),
    )
    submitted_at = models.DateTimeField(
        _("submitted at"), null=True, blank=True, help_text=_("When it was last submitted.")
    )

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["request", "body__name"]
        constraints = [models.UniqueConstraint(fields=["request", "body"], name="reporting_one_submission_per_body")]
        permissions = [("review_submission", "Can read, send back and mark every body's submissions")]

    def __str__(self):
        return f"{self.request} – {self.body}"

    @property
    def is_editable(self):
        return self.status != self.Status.SUBMITTED and not self.request.is_closed

    def days_late(self):
        """Days past the deadline it came in (0 if on time); for one not in, days late so far."""
        if self.status == self.Status.SUBMITTED:
            return self.request.days_late(timezone.localdate(self.submitted_at))
        return self.request.days_late()

    def filled_in(self):
        """(label, value) of every answer field, in the form's order, to show it read-only."""
        from reporting.forms import SUBMISSION_FIELDS

        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in SUBMISSION_FIELDS]


def attachment_path(instance, filename):
    return f"{instance.submission.request_id}/{instance.submission.body_id}/{filename}"


class Attachment(models.Model):
    """A file sent with a submission, kept in private storage and read only through a checked view."""

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="attachments",
        help_text=_("The submission it came with."),
    )
    file = models.FileField(
        _("file"), upload_to=attachment_path, storage=PrivateStorage(), max_length=255, help_text=_("The file.")
    )
    name = models.CharField(_("name"), max_length=255, help_text=_("The file's name as uploaded."))
    size = models.PositiveIntegerField(_("size"), help_text=_("In bytes."))
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True, help_text=_("When it was uploaded."))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.name


class Mark(models.Model):
    """The department's evaluation of a submission; never shown to reporters."""

    class Grade(models.TextChoices):
        GOOD = "good", _("Good")
        NEEDS_WORK = "needs_work", _("Needs work")

    submission = models.OneToOneField(
        Submission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="mark",
        help_text=_("The submission marked."),
    )
    grade = models.CharField(_("mark"), max_length=12, choices=Grade.choices, help_text=_("Good or needs work."))
    comment = models.TextField(_("comment"), blank=True, help_text=_("Why, for the department's records."))
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who marked it."),
    )
    marked_at = models.DateTimeField(_("marked at"), auto_now=True, help_text=_("When it was last marked."))

    class Meta:
        verbose_name = _("mark")
        verbose_name_plural = _("marks")

    def __str__(self):
        return self.get_grade_display()


class Reminder(models.Model):
    """A record of each reminder sent to a late body."""

    request = models.ForeignKey(
        ReportRequest,
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="reminders",
        help_text=_("The request the body is late for."),
    )
    body = models.ForeignKey(
        "campaigns.Body",
        verbose_name=_("body"),
        on_delete=models.CASCADE,
        related_name="report_reminders",
        help_text=_("The body reminded."),
    )
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now, help_text=_("When it was sent."))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who sent it."),
    )
    recipients = models.TextField(_("recipients"), help_text=_("The addresses it went to, one per line."))
    days_late = models.PositiveIntegerField(_("days late"), help_text=_("How late the body was when reminded."))

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.body} – {self.sent_at:%d/%m/%Y}"
