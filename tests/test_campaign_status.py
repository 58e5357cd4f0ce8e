"""A campaign's status (upcoming, running, ended) comes from its dates and today's date."""

import datetime

import pytest
from django.utils import timezone

from campaigns.models import CampaignPage, CampaignStatus

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (TODAY + DAY, TODAY + 10 * DAY, CampaignStatus.UPCOMING),
        (TODAY, TODAY, CampaignStatus.RUNNING),
        (TODAY - 10 * DAY, TODAY + DAY, CampaignStatus.RUNNING),
        (TODAY - 10 * DAY, None, CampaignStatus.RUNNING),
        (TODAY - 10 * DAY, TODAY - DAY, CampaignStatus.ENDED),
    ],
)
def test_status_follows_the_dates(start, end, status):
    assert CampaignPage(start_date=start, end_date=end).status == status


@pytest.mark.django_db
def test_status_filter_lists_the_same_campaigns_as_the_status(client, site):
    from tests.factories import make_campaign

    make_campaign(site["campaigns"], "sap-toi", start=TODAY + DAY)
    make_campaign(site["campaigns"], "dang-chay", start=TODAY - DAY, end=TODAY + DAY)
    make_campaign(site["campaigns"], "mo", start=TODAY - 5 * DAY)
    make_campaign(site["campaigns"], "da-xong", start=TODAY - 9 * DAY, end=TODAY - DAY)
    for status in CampaignStatus:
        response = client.get(site["campaigns"].url, {"status": status.value})
        listed = {page.slug for page in response.context["items"]}
        expected = {page.slug for page in CampaignPage.objects.all() if page.status == status}
        assert listed == expected, status
