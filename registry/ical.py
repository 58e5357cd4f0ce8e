"""The calendar as an iCalendar feed (RFC 5545) in the page's language, through `icalendar`.

Commemorations from last year to two years ahead and the live campaigns of the language, as
all-day events; their UIDs stay the same between downloads so calendar apps update them.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone, translation
from icalendar import Calendar, Event

from registry import calendar

YEARS_BEFORE, YEARS_AFTER = 1, 2


def build(page, request):
    """The Calendar object of the page's language."""
    today = timezone.localdate()
    start = datetime.date(today.year - YEARS_BEFORE, 1, 1)
    end = datetime.date(today.year + YEARS_AFTER, 12, 31)
    host = request.get_host().split(":")[0] or "localhost"
    feed = Calendar()
    feed.add("prodid", f"-//{host}//registry calendar//{page.locale.language_code}")
    feed.add("version", "2.0")
    feed.add("x-wr-calname", page.title)
    stamp = timezone.now()
    with translation.override(page.locale.language_code):
        for item in calendar.occurrences(start, end, page.locale):
            event = Event()
            commemoration = item.commemoration
            event.add("uid", f"commemoration-{commemoration.translation_key}-{item.date.isoformat()}@{host}")
            summary = commemoration.name
            if item.anniversary:
                summary = f"{summary} ({item.anniversary_label})"
            event.add("summary", summary)
            if commemoration.description:
                event.add("description", commemoration.description)
            event.add("dtstart", item.date)
            event.add("dtend", item.date + datetime.timedelta(days=1))
            event.add("dtstamp", stamp)
            event.add("categories", ["commemoration"])
            feed.add_component(event)
        for campaign in calendar.campaigns_between(start, end, page.locale):
            event = Event()
            event.add("uid", f"campaign-{campaign.translation_key}@{host}")
            event.add("summary", campaign.title)
            if campaign.lead:
                event.add("description", campaign.lead)
            event.add("dtstart", campaign.start_date)
            event.add("dtend", (campaign.end_date or campaign.start_date) + datetime.timedelta(days=1))
            event.add("dtstamp", stamp)
            event.add("url", campaign.get_full_url(request))
            event.add("categories", ["campaign"])
            feed.add_component(event)
    return feed


def response(page, request):
    reply = HttpResponse(build(page, request).to_ical(), content_type="text/calendar; charset=utf-8")
    reply["Content-Disposition"] = f'inline; filename="calendar-{page.locale.language_code}.ics"'
    return reply
