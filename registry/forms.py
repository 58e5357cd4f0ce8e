"""The reports' choices: which period, which dates; bad input is explained, never a 500."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from registry.periodic import KINDS, Period

KIND_CHOICES = [
    ("month", _("Month")),
    ("quarter", _("Quarter")),
    ("half", _("Half-year")),
    ("year", _("Year")),
]


class PeriodForm(forms.Form):
    kind = forms.ChoiceField(
        label=pgettext_lazy("report", "Period"), choices=KIND_CHOICES, help_text=_("How long a period to report on.")
    )
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, help_text=_("E.g. 2026."))
    number = forms.IntegerField(
        label=_("Which one"),
        min_value=1,
        max_value=12,
        help_text=_("The month (1–12), quarter (1–4) or half (1–2); 1 for a year."),
    )

    @classmethod
    def initial_for(cls, today=None):
        period = Period.previous("quarter", today)
        return {"kind": "quarter", "year": period.start.year, "number": (period.start.month - 1) // 3 + 1}

    def clean(self):
        data = super().clean()
        kind, number = data.get("kind"), data.get("number")
        if kind and number and number > KINDS[kind]:
            self.add_error("number", _("A year has only %(count)s of these.") % {"count": KINDS[kind]})
        return data

    def period(self):
        data = self.cleaned_data
        return Period.of(data["kind"], data["year"], data["number"])


class CoverageForm(forms.Form):
    start = forms.DateField(label=pgettext_lazy("report", "From"), help_text=_("First day of the period (dd/mm/yyyy)."))
    end = forms.DateField(label=pgettext_lazy("report", "To"), help_text=_("Last day of the period (dd/mm/yyyy)."))
    stale_months = forms.IntegerField(
        label=_("Flag after months"),
        min_value=1,
        max_value=60,
        help_text=_("Flag a directive with nothing published for this many months."),
    )

    @classmethod
    def initial_for(cls, today=None):
        today = today or timezone.localdate()
        return {"start": today - datetime.timedelta(days=90), "end": today, "stale_months": 3}

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", _("The end must not be before the start."))
        return data
