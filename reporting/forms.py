"""The submission form, attachments bounded by size, count and type, and the department's forms."""

from pathlib import Path

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from reporting.models import MAX_COUNT, Mark, Submission

SUBMISSION_FIELDS = [
    "activities",
    *Submission.CHANNELS,
    "audiences",
    "audiences_note",
    "answers",
    "sensitive_matters",
    "proposals",
]


class SubmissionForm(forms.ModelForm):
    """What a reporter fills in; every field may stay empty in a draft, `activities` is needed to submit."""

    class Meta:
        model = Submission
        fields = SUBMISSION_FIELDS
        widgets = {
            name: forms.NumberInput(attrs={"min": 0, "max": MAX_COUNT, "step": 1})
            for name in [*Submission.CHANNELS, "audiences"]
        }

    def __init__(self, *args, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["activities"].required = submitting
        for name in [*Submission.CHANNELS, "audiences"]:
            field = self.fields[name]
            field.required = False
            field.error_messages["invalid"] = _("Enter a whole number.")

    def clean(self):
        cleaned = super().clean()
        for name in [*Submission.CHANNELS, "audiences"]:
            if name in cleaned and cleaned[name] is None:
                cleaned[name] = 0
        return cleaned

    def valid_part(self):
        """The fields that passed validation, so an autosave keeps them while the others wait for a fix."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if name not in self.errors}


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("File"), help_text=_("PDF, Word, Excel, OpenDocument or a photo."))

    def __init__(self, *args, submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.submission = submission
        self.fields["file"].help_text = _("%(types)s; up to %(size)s each, %(count)s files in all.") % {
            "types": ", ".join(settings.REPORTING_ATTACHMENT_EXTENSIONS),
            "size": filesizeformat(settings.REPORTING_ATTACHMENT_MAX_SIZE),
            "count": settings.REPORTING_MAX_ATTACHMENTS,
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = Path(upload.name).suffix.lower().lstrip(".")
        if extension not in settings.REPORTING_ATTACHMENT_EXTENSIONS:
            raise forms.ValidationError(
                _("Files of type .%(extension)s are not accepted; use one of: %(types)s."),
                params={"extension": extension, "types": ", ".join(settings.REPORTING_ATTACHMENT_EXTENSIONS)},
            )
        if upload.size > settings.REPORTING_ATTACHMENT_MAX_SIZE:
            raise forms.ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                params={
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.REPORTING_ATTACHMENT_MAX_SIZE),
                },
            )
        if self.submission.attachments.count() >= settings.REPORTING_MAX_ATTACHMENTS:
            raise forms.ValidationError(
                _("A report takes at most %(count)s files; remove one first."),
                params={"count": settings.REPORTING_MAX_ATTACHMENTS},
            )
        return upload


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What the body should correct; the reporters receive it by email."),
    )


class MarkForm(forms.ModelForm):
    class Meta:
        model = Mark
        fields = ["grade", "comment"]
        widgets = {"grade": forms.RadioSelect, "comment": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"].choices = Mark.Grade.choices  # no empty "---------" radio


class ReportRequestForm(WagtailAdminModelForm):
    """The department's request form: dates in order, and some body addressed."""

    def clean(self):
        cleaned = super().clean()
        start, end, deadline = (cleaned.get(name) for name in ("period_start", "period_end", "deadline"))
        if start and end and end < start:
            self.add_error("period_end", _("The period ends before it starts."))
        if start and deadline and deadline < start:
            self.add_error("deadline", _("The deadline comes before the period starts."))
        if not cleaned.get("all_bodies") and not cleaned.get("bodies"):
            self.add_error("bodies", _("Choose the bodies asked, or address the request to all bodies."))
        return cleaned
