"""The reporting periods (month, quarter, half-year, year): their dates and localised labels.

Periodic requests ask about the period that has just ended, so `previous(kind, day)` is the
period before the one `day` falls in.
"""

import calendar
import datetime

from django.utils.translation import gettext as _

MONTH, QUARTER, HALF, YEAR = "month", "quarter", "half", "year"
MONTHS_IN = {MONTH: 1, QUARTER: 3, HALF: 6, YEAR: 12}


def containing(kind, day):
    """The (start, end) of the period of this kind that contains `day`, both inclusive."""
    size = MONTHS_IN[kind]
    first_month = (day.month - 1) // size * size + 1
    last_month = first_month + size - 1
    start = datetime.date(day.year, first_month, 1)
    end = datetime.date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])
    return start, end


def previous(kind, day):
    """The period of this kind that ended before the one containing `day` began."""
    start, _end = containing(kind, day)
    return containing(kind, start - datetime.timedelta(days=1))


def label(kind, start):
    """E.g. "Quý IV năm 2026" in Vietnamese; the number is a Roman numeral for quarters and halves."""
    number = (start.month - 1) // MONTHS_IN[kind] + 1
    roman = ["I", "II", "III", "IV"][number - 1] if kind != MONTH else ""
    if kind == MONTH:
        return _("Month %(number)s of %(year)s") % {"number": number, "year": start.year}
    if kind == QUARTER:
        return _("Quarter %(number)s of %(year)s") % {"number": roman, "year": start.year}
    if kind == HALF:
        return _("Half %(number)s of %(year)s") % {"number": roman, "year": start.year}
    return _("Year %(year)s") % {"year": start.year}
