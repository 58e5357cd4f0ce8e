"""Forms of the workflow actions: a rejection says why, a sensitive-content approval confirms a checklist."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class RejectionForm(TaskStateCommentForm):
    """Asking for changes without saying which ones leaves the author guessing."""

    comment = forms.CharField(
        label=_("What must change"),
        help_text=_("The author sees this comment and the email repeats it."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class SensitiveChecklistForm(TaskStateCommentForm):
    """The checks the sensitive-content reviewer confirms before the leader sees the page."""

    CHECKS = {
        "check_sovereignty": _("Maps, place names and borders match the official positions on sovereignty."),
        "check_sources": _(
            "Every figure and quotation on defence, foreign relations or human rights has an official source."
        ),
        "check_policy": _("Nothing contradicts the Party's and the State's foreign policy or current guidance."),
        "check_foreign_readers": _("The wording cannot be misread or exploited by foreign readers."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.CHECKS.items():
            self.fields[name] = forms.BooleanField(label=label, required=True)
        # The comment goes last, after the checklist.
        self.fields["comment"] = self.fields.pop("comment")
