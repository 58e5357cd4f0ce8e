"""The admin's listings of our models run the same number of queries for few and for many items:
the page explorer of each section and the snippet listings (topics, bodies, unit profiles)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from home.models import UnitProfile
from tests.factories import make_body, make_campaign, make_directive, make_image, make_story, make_topic

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_items(site, numbers):
    issuer = make_body(f"Cơ quan {numbers[0]}")
    for n in numbers:
        topic = make_topic(f"Chủ đề {n}", f"chu-de-{n}")
        campaign = make_campaign(site["campaigns"], f"c{n}", hero_image=make_image(f"Ảnh {n}"), topics=[topic])
        make_story(site["stories"], f"s{n}", topics=[topic], campaign=campaign)
        make_directive(site["directives"], f"{n}-KL/TW", issuer=issuer)
        UnitProfile.objects.create(name=f"Đơn vị {n}", locale=Locale.get_default())


def listing_urls(site):
    return {
        **{
            section: reverse("wagtailadmin_explore", args=(site[section].pk,))
            for section in ("campaigns", "stories", "directives")
        },
        "topics": reverse("wagtailsnippets_campaigns_topic:list"),
        "bodies": reverse("wagtailsnippets_campaigns_body:list"),
        "profiles": reverse("wagtailsnippets_home_unitprofile:list"),
    }


def test_admin_listings_do_not_grow_with_items(admin_client, site):
    urls = listing_urls(site)
    add_items(site, range(1, 3))
    few = {name: count_queries(admin_client, url) for name, url in urls.items()}
    add_items(site, range(3, 21))
    many = {name: count_queries(admin_client, url) for name, url in urls.items()}
    assert many == few
