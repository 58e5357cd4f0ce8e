"""The commemoration and campaign calendar: anniversaries, lead times, the admin home panel, the
public page per language and the iCalendar feed."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale

from registry import calendar
from registry.models import CalendarPage, Commemoration, Recurrence
from tests.factories import make_campaign, publish

pytestmark = pytest.mark.django_db


def commemoration(name="Quốc khánh", date=datetime.date(1945, 9, 2), **fields):
    return Commemoration.objects.create(name=name, date=date, locale=Locale.get_default(), **fields)


def test_anniversaries_are_counted_and_round_ones_get_twice_the_lead_time():
    national_day = Commemoration(name="Quốc khánh", date=datetime.date(1945, 9, 2), lead_days=30)
    assert national_day.occurrence_in(2026) == datetime.date(2026, 9, 2)
    assert national_day.anniversary(2026) == 81
    assert national_day.lead_time(2026) == 30
    assert national_day.anniversary(2025) == 80 and national_day.lead_time(2025) == 60
    assert national_day.occurrence_in(1944) is None
    leap = Commemoration(date=datetime.date(2004, 2, 29))
    assert leap.occurrence_in(2027) == datetime.date(2027, 2, 28)
    once = Commemoration(date=datetime.date(2026, 11, 20), recurrence=Recurrence.ONCE)
    assert (once.occurrence_in(2026), once.occurrence_in(2027), once.anniversary(2026)) == (once.date, None, None)


def test_due_lists_what_is_inside_its_lead_time():
    today = datetime.date(2026, 8, 20)
    commemoration("Quốc khánh", datetime.date(1945, 9, 2), lead_days=30)  # 13 days away: due
    commemoration("Giải phóng miền Nam", datetime.date(1975, 4, 30), lead_days=30)  # 8 months away
    commemoration("Ngày thành lập tỉnh", datetime.date(2004, 10, 1), lead_days=10)  # 42 days, not due
    commemoration("Chiến thắng", datetime.date(1951, 10, 1), lead_days=30)  # 75th: 60 days, due
    due = calendar.due(today)
    assert [(item.commemoration.name, item.anniversary, item.is_round) for item in due] == [
        ("Quốc khánh", 81, False),
        ("Chiến thắng", 75, True),
    ]


def test_the_admin_home_shows_the_commemoration_inside_its_lead_time(admin_client, site):
    today = timezone.localdate()
    soon = today + datetime.timedelta(days=5)
    commemoration("Ngày truyền thống ngành Tuyên giáo", soon.replace(year=soon.year - 41), lead_days=10)
    commemoration("Ngày xa", (today + datetime.timedelta(days=40)).replace(year=2000), lead_days=10)
    make_campaign(site["campaigns"], "sap-toi", start=today + datetime.timedelta(days=3), title="Chiến dịch sắp tới")
    html = admin_client.get("/admin/").content.decode()
    panel = html.split('id="registry_due"', 1)[1].split("</section>", 1)[0]
    assert "Ngày truyền thống ngành Tuyên giáo" in panel
    assert "Kỷ niệm 41 năm" in panel
    assert "Ngày xa" not in panel
    assert "Chiến dịch sắp tới" in panel


@pytest.fixture
def calendar_page(site):
    return publish(site["home"], CalendarPage(title="Lịch sự kiện", slug="lich-su-kien"))


def test_the_public_calendar_lists_the_year_by_month(client, site, calendar_page):
    commemoration("Quốc khánh", datetime.date(1945, 9, 2), description="Ngày Bác Hồ đọc Tuyên ngôn Độc lập.")
    make_campaign(site["campaigns"], "he", start=datetime.date(2026, 6, 1), end=datetime.date(2026, 9, 30))
    html = client.get(calendar_page.url, {"year": "2026"}).content.decode()
    september = html.split('id="month-9"', 1)[1].split("</section>", 1)[0]
    assert "Quốc khánh" in september and "Kỷ niệm 81 năm" in september
    assert "Chiến dịch he" in september  # it ends in September
    assert "Chiến dịch he" in html.split('id="month-6"', 1)[1].split("</section>", 1)[0]  # and begins in June
    august = html.split('id="month-8"', 1)[1].split("</section>", 1)[0]
    assert "Quốc khánh" not in august and "Chiến dịch he" not in august
    assert "Chiến dịch he" in html.split('id="campaigns-of-the-year"', 1)[1].split("</section>", 1)[0]
    for year in ("abc", "-1", "99999999999999"):
        assert client.get(calendar_page.url, {"year": year}).status_code == 200


def test_the_ical_feed_parses_and_holds_the_language_s_events(client, site, calendar_page):
    today = timezone.localdate()
    commemoration("Quốc khánh", datetime.date(1945, 9, 2))
    Commemoration.objects.create(
        name="National Day", date=datetime.date(1945, 9, 2), locale=Locale.objects.get(language_code="en")
    )
    campaign = make_campaign(site["campaigns"], "feed", start=today, end=today + datetime.timedelta(days=9))
    response = client.get(calendar_page.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    feed = Calendar.from_ical(response.content)
    events = feed.walk("VEVENT")
    summaries = [str(event["SUMMARY"]) for event in events]
    years = range(today.year - 1, today.year + 3)
    assert [s for s in summaries if s.startswith("Quốc khánh")] == [
        f"Quốc khánh (Kỷ niệm {year - 1945} năm)" for year in years
    ]
    assert not any("National Day" in summary for summary in summaries)
    [campaign_event] = [event for event in events if str(event["SUMMARY"]) == campaign.title]
    assert campaign_event.decoded("DTSTART") == today
    assert campaign_event.decoded("DTEND") == today + datetime.timedelta(days=10)
    assert str(campaign_event["URL"]).endswith(campaign.url)
    assert len({str(event["UID"]) for event in events}) == len(events)
