"""The reporting admin views: a reporter's reports and form, the department's chasing, review and history.

Reporters reach rows only through `access`, so another body's ids answer 404; the department's
views require the review permission. Every change is a POST.
"""

from django.contrib import messages
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns.models import Body
from reporting import access, services
from reporting.forms import AttachmentForm, MarkForm, SendBackForm, SubmissionForm
from reporting.models import Attachment, Mark, ReportRequest, Submission


class ReportingView(WagtailAdminTemplateMixin, View):
    header_icon = "clipboard-list"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_header_title()}]

    def render(self, **context):
        return self.render_to_response(self.get_context_data(**context))


class MyReportsView(ReportingView):
    """The requests addressed to the user's bodies, with where each body's answer stands."""

    template_name = "reporting/my_reports.html"
    page_title = gettext_lazy("My reports")

    def get(self, request):
        bodies = Body.objects.filter(pk__in=access.body_ids(request.user)).order_by("name")
        submissions = {
            (submission.request_id, submission.body_id): submission
            for submission in Submission.objects.filter(body__in=bodies)
        }
        rows = []
        for report_request in access.requests_for(request.user):
            addressed = set(report_request.addressed_bodies().filter(pk__in=bodies).values_list("pk", flat=True))
            for body in bodies:
                if body.pk in addressed:
                    submission = submissions.get((report_request.pk, body.pk))
                    rows.append({"request": report_request, "body": body, "submission": submission})
        return self.render(rows=rows, today=timezone.localdate())


class SubmissionMixin:
    def get_submission(self, request, request_id, body_id, create=False):
        report_request, body = access.reporter_request_and_body(request.user, request_id, body_id)
        if create:
            submission, _created = Submission.objects.get_or_create(request=report_request, body=body)
            return submission
        return Submission.objects.filter(request=report_request, body=body).first() or Submission(
            request=report_request, body=body
        )


class SubmissionView(SubmissionMixin, ReportingView):
    """A body's report: the form while it is a draft or sent back, read-only once submitted."""

    template_name = "reporting/submission.html"
    page_title = gettext_lazy("Report")

    def get_page_subtitle(self):
        return str(self.submission.request)

    def get(self, request, request_id, body_id):
        self.submission = self.get_submission(request, request_id, body_id)
        return self.show(SubmissionForm(instance=self.submission))

    def show(self, form):
        submission = self.submission
        return self.render(
            submission=submission,
            form=form,
            attachment_form=AttachmentForm(submission=submission) if submission.pk else None,
        )

    def post(self, request, request_id, body_id):
        self.submission = submission = self.get_submission(request, request_id, body_id, create=True)
        submitting = request.POST.get("action") == "submit"
        if not submission.is_editable:
            if submission.status == Submission.Status.SUBMITTED:
                messages.info(request, _("This report is already submitted; nothing was changed."))
            else:
                messages.error(request, _("This request is closed; the department must reopen it first."))
            return redirect(request.path)
        form = SubmissionForm(request.POST, instance=submission, submitting=submitting)
        if not form.is_valid():
            save_fields(submission, form.valid_part(), request.user)
            messages.error(request, _("The report could not be saved as it is; see the marked fields."))
            return self.show(form)
        submission = form.save(commit=False)
        submission.updated_by = request.user
        submission.save()
        if submitting and services.submit(submission, request.user):
            messages.success(request, _("Report submitted; it is locked unless the department sends it back."))
        else:
            messages.success(request, _("Draft saved."))
        return redirect(request.path)


def save_fields(submission, values, user):
    """Save only these values onto the stored row (a failed form has already changed `submission` in memory)."""
    stored = Submission.objects.get(pk=submission.pk)
    for name, value in values.items():
        setattr(stored, name, value)
    stored.updated_by = user
    stored.save()


class AutosaveView(SubmissionMixin, View):
    """Saves a draft on every change (reporting/js/autosave.js); invalid fields wait, the rest is kept."""

    def post(self, request, request_id, body_id):
        with transaction.atomic():
            submission = self.get_submission(request, request_id, body_id, create=True)
            submission = Submission.objects.select_for_update().select_related("request").get(pk=submission.pk)
            if not submission.is_editable:
                return JsonResponse(
                    {"saved": False, "message": _("Not saved: this report is submitted or the request is closed.")},
                    status=409,
                )
            form = SubmissionForm(request.POST, instance=submission)
            save_fields(submission, form.valid_part(), request.user)
        errors = {name: [str(error) for error in errors] for name, errors in form.errors.items()}
        message = _("Draft saved at %(time)s.") % {"time": time_format(timezone.localtime(), "H:i")}
        if errors:
            message = _("Draft saved, except the fields marked in red.")
        return JsonResponse({"saved": True, "message": message, "errors": errors})


class AttachmentAddView(SubmissionMixin, View):
    def post(self, request, request_id, body_id):
        submission = self.get_submission(request, request_id, body_id, create=True)
        with transaction.atomic():
            # Locked, so two uploads at once cannot both pass the count limit.
            submission = Submission.objects.select_for_update().select_related("request").get(pk=submission.pk)
            if not submission.is_editable:
                messages.error(request, _("Files can be added only while the report is a draft."))
                return redirect("reporting:submission", request_id, body_id)
            form = AttachmentForm(request.POST, request.FILES, submission=submission)
            if form.is_valid():
                upload = form.cleaned_data["file"]
                Attachment.objects.create(submission=submission, file=upload, name=upload.name[:255], size=upload.size)
                messages.success(request, _("File added."))
            else:
                for error in form.errors.get("file", []):
                    messages.error(request, error)
        return redirect("reporting:submission", request_id, body_id)


class AttachmentDeleteView(View):
    def post(self, request, pk):
        attachment = get_object_or_404(
            Attachment.objects.select_related("submission__request"),
            pk=pk,
            submission__body_id__in=access.body_ids(request.user),
        )
        submission = attachment.submission
        if submission.is_editable:
            attachment.file.delete(save=False)
            attachment.delete()
            messages.success(request, _("File removed."))
        else:
            messages.error(request, _("Files can be removed only while the report is a draft."))
        return redirect("reporting:submission", submission.request_id, submission.body_id)


class AttachmentFileView(View):
    """Streams a private attachment to the department or the body's own reporters."""

    def get(self, request, pk):
        attachment = Attachment.objects.select_related("submission").filter(pk=pk).first()
        if attachment is None:
            raise Http404
        access.submission_for_reader(request.user, attachment.submission_id)
        try:
            handle = attachment.file.open("rb")
        except FileNotFoundError as missing:
            raise Http404 from missing
        return FileResponse(handle, as_attachment=True, filename=attachment.name)


class DepartmentView(ReportingView):
    def dispatch(self, request, *args, **kwargs):
        access.require_department(request.user)
        return super().dispatch(request, *args, **kwargs)


class ChaseView(DepartmentView):
    """Per request: who submitted, who is late and by how many days, and the reminder action."""

    template_name = "reporting/chase.html"
    page_title = gettext_lazy("Who has reported")

    def get_object(self, pk):
        return get_object_or_404(ReportRequest, pk=pk)

    def get(self, request, pk):
        report_request = self.get_object(pk)
        self.page_subtitle = str(report_request)
        rows = services.chase(report_request)
        return self.render(
            report_request=report_request,
            rows=rows,
            late=sum(row.is_late for row in rows),
            submitted=sum(row.submitted for row in rows),
            reminders=report_request.reminders.select_related("body", "sent_by")[:50],
        )

    def post(self, request, pk):
        report_request = self.get_object(pk)
        reminders = services.remind_late(report_request, request.user)
        if reminders:
            count = len(reminders)
            messages.success(
                request,
                ngettext("Reminded %(count)s late body.", "Reminded %(count)s late bodies.", count) % {"count": count},
            )
        else:
            messages.info(request, _("No body to remind: none is late, or all were reminded today."))
        return redirect("reporting:chase", pk)


class ReviewView(DepartmentView):
    """A submission as the department reads it, with send back and the mark."""

    template_name = "reporting/review.html"
    page_title = gettext_lazy("Review report")

    def get(self, request, pk):
        submission = access.submission_for_reader(request.user, pk)
        return self.show(
            submission, SendBackForm(), MarkForm(instance=Mark.objects.filter(submission=submission).first())
        )

    def show(self, submission, send_back_form, mark_form):
        self.page_subtitle = str(submission)
        return self.render(submission=submission, send_back_form=send_back_form, mark_form=mark_form)

    def post(self, request, pk):
        submission = access.submission_for_reader(request.user, pk)
        current_mark = Mark.objects.filter(submission=submission).first()
        if request.POST.get("action") == "send_back":
            form = SendBackForm(request.POST)
            if not form.is_valid():
                return self.show(submission, form, MarkForm(instance=current_mark))
            if services.send_back(submission, form.cleaned_data["comment"], request.user):
                messages.success(request, _("Report sent back to the body."))
            else:
                messages.info(request, _("Only a submitted report can be sent back."))
            return redirect("reporting:review", pk)
        form = MarkForm(request.POST, instance=current_mark)
        if submission.status != Submission.Status.SUBMITTED:
            messages.error(request, _("Only a submitted report can be marked."))
            return redirect("reporting:review", pk)
        if not form.is_valid():
            return self.show(submission, SendBackForm(), form)
        services.mark(submission, form.cleaned_data["grade"], form.cleaned_data["comment"], request.user)
        messages.success(request, _("Mark saved."))
        return redirect("reporting:review", pk)


class BodyHistoryView(DepartmentView):
    """A body's submissions and marks over one year."""

    template_name = "reporting/body_history.html"
    page_title = gettext_lazy("Reporting history")

    def get(self, request, pk):
        body = get_object_or_404(Body, pk=pk)
        try:
            year = int(request.GET.get("year", ""))
        except ValueError:
            year = timezone.localdate().year
        year = min(max(year, 2000), 2100)
        self.page_subtitle = f"{body} – {year}"
        requests = (
            ReportRequest.objects.filter(deadline__year=year)
            .filter(Q(all_bodies=True) | Q(bodies=body))
            .distinct()
            .order_by("deadline")
        )
        submissions = {
            submission.request_id: submission
            for submission in Submission.objects.filter(body=body, request__in=requests).select_related(
                "request", "mark"
            )
        }
        rows = []
        for report_request in requests:
            submission = submissions.get(report_request.pk)
            days = submission.days_late() if submission else report_request.days_late()
            rows.append({"request": report_request, "submission": submission, "days_late": days})
        return self.render(body=body, year=year, rows=rows, years=[year - 1, year + 1])
