"""A campaign's status (upcoming, running, ended) comes from its dates and today's date."""

import datetime

import pytest
from django.utils import timezone

from campaigns.models import CampaignPage, CampaignStatus

DAY = datetime.timedelta(days=1)


def days_from_today(offset):
    # Read at run time: a date taken when the module is collected goes stale at midnight.
    return None if offset is None else timezone.localdate() + offset * DAY


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (1, 10, CampaignStatus.UPCOMING),
        (0, 0, CampaignStatus.RUNNING),
        (-10, 1, CampaignStatus.RUNNING),
        (-10, None, CampaignStatus.RUNNING),
        (-10, -1, CampaignStatus.ENDED),
    ],
)
def test_status_follows_the_dates(start, end, status):
    assert CampaignPage(start_date=days_from_today(start), end_date=days_from_today(end)).status == status


@pytest.mark.django_db
def test_status_filter_lists_the_same_campaigns_as_the_status(client, site):
    from tests.factories import make_campaign

    make_campaign(site["campaigns"], "sap-toi", start=days_from_today(1))
    make_campaign(site["campaigns"], "dang-chay", start=days_from_today(-1), end=days_from_today(1))
    make_campaign(site["campaigns"], "mo", start=days_from_today(-5))
    make_campaign(site["campaigns"], "da-xong", start=days_from_today(-9), end=days_from_today(-1))
    for status in CampaignStatus:
        response = client.get(site["campaigns"].url, {"status": status.value})
        listed = {page.slug for page in response.context["items"]}
        expected = {page.slug for page in CampaignPage.objects.all() if page.status == status}
        assert listed == expected, status
