"""What the registry stores: directive numbers found in pages' text, the commemorations and the
public calendar page."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.models.listing import int_param
from home.models.base import BasePage, LeadMixin


class DirectiveMention(models.Model):
    """A directive number written in a live page's text, linked to the directive when one exists.

    Recorded each time a page is published (registry/signals.py); a number that matches no
    directive keeps `directive` empty and is listed for an editor to create the summary.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="directive_mentions",
        help_text=_("The page whose text names the directive."),
    )
    written = models.CharField(
        _("as written"), max_length=80, help_text=_("The number as the page's text writes it, e.g. 57-kl/tw.")
    )
    key = models.CharField(
        _("number key"),
        max_length=80,
        db_index=True,
        help_text=_("The number folded to letters and digits, e.g. 57KLTW, to compare spellings."),
    )
    directive = models.ForeignKey(
        "campaigns.DirectiveSummaryPage",
        verbose_name=_("directive"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentions",
        help_text=_("The directive's summary with this number, when one exists."),
    )

    class Meta:
        verbose_name = _("directive mention")
        verbose_name_plural = _("directive mentions")
        constraints = [models.UniqueConstraint(fields=["page", "key"], name="registry_one_mention_per_number")]
        permissions = [("view_reports", _("Can see the registry's reports"))]

    def __str__(self):
        return self.written


class Recurrence(models.TextChoices):
    YEARLY = "yearly", _("Every year")
    ONCE = "once", _("Once")


class Commemoration(TranslatableMixin, models.Model):
    """A day the work prepares for: a national day, an anniversary, the unit's own founding day.

    The date carries the year of the event, so the n-th anniversary is computed from it; a
    round anniversary (every fifth year) gets more preparation and is flagged in the calendar.
    """

    name = models.CharField(_("name"), max_length=255, help_text=_("E.g. National Day of Viet Nam."))
    description = models.TextField(
        _("description"), blank=True, max_length=1000, help_text=_("What is commemorated, in a sentence or two.")
    )
    date = models.DateField(
        _("date"),
        help_text=_("The day of the event, with its year (dd/mm/yyyy), e.g. 02/09/1945; a one-off date for Once."),
    )
    recurrence = models.CharField(
        _("recurrence"),
        max_length=10,
        choices=Recurrence.choices,
        default=Recurrence.YEARLY,
        help_text=_("Every year on the same day, or once on the date given."),
    )
    count_anniversaries = models.BooleanField(
        _("count anniversaries"),
        default=True,
        help_text=_("Show the anniversary (e.g. the 80th) counted from the date's year; every fifth is a round one."),
    )
    lead_days = models.PositiveSmallIntegerField(
        _("lead time in days"),
        default=30,
        help_text=_(
            "How many days ahead the admin home lists it for preparation; a round anniversary gets twice as many."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("recurrence")]),
        FieldRowPanel([FieldPanel("count_anniversaries"), FieldPanel("lead_days")]),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("date"),
        SynchronizedField("recurrence"),
        SynchronizedField("count_anniversaries"),
        SynchronizedField("lead_days"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("commemoration")
        verbose_name_plural = _("commemorations")
        ordering = ["date"]

    def __str__(self):
        return self.name

    def occurrence_in(self, year):
        """The day it falls on in that year (29 February on the 28th), or None."""
        if self.recurrence == Recurrence.ONCE:
            return self.date if self.date.year == year else None
        if year < self.date.year:
            return None
        day = self.date.day
        if self.date.month == 2 and day == 29 and not _is_leap(year):
            day = 28
        return datetime.date(year, self.date.month, day)

    def anniversary(self, year):
        """The n-th anniversary in that year (0 in the year of the event), or None when not counted."""
        if not self.count_anniversaries or self.recurrence == Recurrence.ONCE:
            return None
        return year - self.date.year

    def lead_time(self, year):
        number = self.anniversary(year)
        return self.lead_days * 2 if number and number % 5 == 0 else self.lead_days


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class CalendarPage(RoutablePageMixin, LeadMixin, BasePage):
    """The public calendar of commemorations and campaigns in one language, with its iCalendar feed."""

    content_panels = Page.content_panels + LeadMixin.panels
    translatable_fields = BasePage.translatable_fields + LeadMixin.translatable_fields
    search_fields = BasePage.search_fields + [index.SearchField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta(BasePage.Meta):
        verbose_name = _("calendar")
        verbose_name_plural = _("calendars")

    def year_shown(self, request):
        year = int_param(request, "year")
        today = timezone.localdate()
        return year if year and 1900 <= year <= 2200 else today.year

    @path("")
    def month_by_month(self, request):
        from registry import calendar

        year = self.year_shown(request)
        start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        events = calendar.occurrences(start, end, self.locale)
        campaigns = list(calendar.campaigns_between(start, end, self.locale))
        months = [
            {
                "first": datetime.date(year, month, 1),
                "occurrences": [item for item in events if item.date.month == month],
                "starting": [c for c in campaigns if (c.start_date.year, c.start_date.month) == (year, month)],
                "ending": [c for c in campaigns if c.end_date and (c.end_date.year, c.end_date.month) == (year, month)],
            }
            for month in range(1, 13)
        ]
        context = {"months": months, "campaigns": campaigns, "year": year, "years": (year - 1, year + 1)}
        return self.render(request, context_overrides=context)

    @path("ical/", name="ical")
    def ical(self, request):
        from registry import ical

        return ical.response(self, request)
