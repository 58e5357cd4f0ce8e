"""Listing pages filter and paginate, never fail on bad input, and run the same number of
queries whatever the number of items they list."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_body, make_campaign, make_directive, make_image, make_story, make_topic

pytestmark = pytest.mark.django_db


def count_queries(client, url, params=None):
    """Queries of a render with every cache empty (each card rendered), and of a render with the
    page cache empty but the cards and the site chrome kept. A first view makes what is made
    once (the site's settings row)."""
    client.get(url, params)
    counts = []
    for keep_fragments in (False, True):
        caches["pages"].clear()  # a render, not the page cache's copy
        if not keep_fragments:
            caches["default"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        assert response.status_code == 200
        counts.append(len(queries))
    return counts


def add_items(site, numbers):
    """A campaign, a story and a directive for each number, each with its own image and topic."""
    issuer = make_body(f"Cơ quan {numbers[0]}")
    for n in numbers:
        image = make_image(f"Ảnh {n}")
        topic = make_topic(f"Chủ đề {n}", f"chu-de-{n}")
        campaign = make_campaign(site["campaigns"], f"c{n}", hero_image=image, topics=[topic])
        make_story(site["stories"], f"s{n}", hero_image=image, topics=[topic], campaign=campaign)
        make_directive(site["directives"], f"{n}-KL/TW", issuer=issuer, date=datetime.date(2020 + n % 5, 1, 1))


@pytest.mark.parametrize("section", ["home", "campaigns", "stories", "directives"])
def test_query_count_does_not_grow_with_items(client, site, settings, section):
    settings.PORTAL_PAGE_SIZE = 50
    add_items(site, range(1, 3))
    few = count_queries(client, site[section].url)
    add_items(site, range(3, 31))
    many = count_queries(client, site[section].url)
    assert many == few, f"{section}: {few} queries with 2 items, {many} with 30"


def test_filters_narrow_the_story_list(client, site):
    culture = make_topic("Văn hóa", "van-hoa")
    make_story(site["stories"], "le-hoi", category="culture", topics=[culture], date=datetime.date(2024, 2, 1))
    make_story(site["stories"], "doi-che", category="products", date=datetime.date(2025, 4, 2))
    url = site["stories"].url

    def listed(**params):
        return {page.slug for page in client.get(url, params).context["items"]}

    assert listed() == {"le-hoi", "doi-che"}
    assert listed(category="culture") == {"le-hoi"}
    assert listed(topic="van-hoa") == {"le-hoi"}
    assert listed(year="2025") == {"doi-che"}
    assert listed(category="products", year="2024") == set()


def test_directive_register_filters_and_orders_newest_first(client, site):
    politburo, government = make_body("Bộ Chính trị"), make_body("Chính phủ")
    make_directive(site["directives"], "57-KL/TW", issuer=politburo, date=datetime.date(2023, 6, 15))
    make_directive(
        site["directives"], "47/NQ-CP", kind="nghi-quyet", issuer=government, date=datetime.date(2024, 4, 15)
    )
    make_directive(site["directives"], "71-KL/TW", issuer=politburo, date=datetime.date(2024, 2, 16))
    url = site["directives"].url

    def listed(**params):
        return [page.document_number for page in client.get(url, params).context["items"]]

    assert listed() == ["47/NQ-CP", "71-KL/TW", "57-KL/TW"]
    assert listed(kind="ket-luan") == ["71-KL/TW", "57-KL/TW"]
    assert listed(issuer=str(government.pk)) == ["47/NQ-CP"]
    assert listed(year="2024") == ["47/NQ-CP", "71-KL/TW"]


def test_pagination(client, site, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for n in range(5):
        make_story(site["stories"], f"s{n}", date=datetime.date(2025, 1, n + 1))
    url = site["stories"].url
    first = client.get(url)
    assert [p.slug for p in first.context["items"]] == ["s4", "s3"]
    assert 'rel="next"' in first.content.decode()
    assert [p.slug for p in client.get(url, {"page": 3}).context["items"]] == ["s0"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "0"},
        {"page": "-1"},
        {"page": "99999"},
        {"page": "9" * 40},
        {"category": "khong-co"},
        {"topic": "khong-co"},
        {"year": "hai-nghin"},
        {"year": "9" * 40},
        {"status": "<script>"},
        {"kind": "x", "issuer": "abc"},
        {"issuer": "99999999"},
    ],
)
def test_bad_filter_values_give_a_normal_page(client, site, params):
    make_story(site["stories"], "mot")
    make_campaign(site["campaigns"], "mot")
    make_directive(site["directives"], "57-KL/TW")
    for section in ("stories", "campaigns", "directives"):
        response = client.get(site[section].url, params)
        assert response.status_code == 200, (section, params)
        assert "<script>" not in response.content.decode().split("</header>", 1)[1]
