"""The commemoration and campaign calendar: what falls when, and what is due to be prepared."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from campaigns.models import CampaignPage
from registry.models import Commemoration


@dataclass
class Occurrence:
    commemoration: Commemoration
    date: datetime.date
    anniversary: int | None  # the n-th anniversary, or None when not counted

    @property
    def is_round(self):
        return bool(self.anniversary) and self.anniversary % 5 == 0

    @property
    def anniversary_label(self):
        if not self.anniversary:
            return ""
        return _("Anniversary: %(number)s years") % {"number": self.anniversary}

    @property
    def prepare_from(self):
        return self.date - datetime.timedelta(days=self.commemoration.lead_time(self.date.year))


def occurrences(start, end, locale=None):
    """Every commemoration day between start and end (inclusive), in date order."""
    commemorations = Commemoration.objects.all()
    if locale is not None:
        commemorations = commemorations.filter(locale=locale)
    found = []
    for commemoration in commemorations:
        for year in range(start.year, end.year + 1):
            day = commemoration.occurrence_in(year)
            if day and start <= day <= end:
                found.append(Occurrence(commemoration, day, commemoration.anniversary(year)))
    return sorted(found, key=lambda item: (item.date, item.commemoration.name))


def campaigns_between(start, end, locale=None):
    """Live campaigns whose period overlaps start..end, by start date."""
    campaigns = (
        CampaignPage.listing().filter(start_date__lte=end).filter(Q(end_date__isnull=True) | Q(end_date__gte=start))
    )
    if locale is not None:
        campaigns = campaigns.filter(locale=locale)
    return campaigns.order_by("start_date", "pk")


# Commemorations' lead times are at most a year (twice the largest a round anniversary gets).
HORIZON_DAYS = 2 * 366


def due(today=None, locale=None):
    """Commemorations whose lead time has begun and whose day has not passed, soonest first."""
    today = today or timezone.localdate()
    upcoming = occurrences(today, today + datetime.timedelta(days=HORIZON_DAYS), locale)
    return [item for item in upcoming if item.prepare_from <= today]
