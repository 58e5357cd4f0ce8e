"""What keeps search fast on 10,000 pages (bench/search.py measures it): the database backend
ranks only the newest matches of a common word, Elasticsearch stops counting where paging stops,
the search-term hit costs one UPDATE, cached filter choices are forgotten when they change, and a
search page takes a bounded number of database round trips."""

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from campaigns.models import Topic
from search import conf, service, text, views
from search.backends import elasticsearch
from tests.factories import make_story
from tests.test_search_support import build_site, refresh


@pytest.fixture
def many(search_backend):
    """Seven stories that all match `bản làng`; the oldest has the words in its title twice."""
    site = build_site()
    pages = [make_story(site["site"]["stories"], "old", title="Bản làng bản làng", lead="Bản làng.")]
    pages += [
        make_story(site["site"]["stories"], f"new-{n}", title=f"Tin {n}", lead="Chuyện ở bản làng.") for n in range(6)
    ]
    refresh()
    return pages


def live():
    return Page.objects.live().public().filter(locale=Locale.get_default())


@pytest.mark.parametrize("search_backend", ["database"], indirect=True)
def test_the_database_backend_ranks_only_the_newest_matches(many, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": dict(conf.DATABASE, ALIAS="default", MAX_RANKED=3)}
    backend = service.backend("default")
    for method, terms in (("search", "bản làng"), ("autocomplete", text.fold("bản làng"))):
        results = getattr(backend, method)(terms, live(), operator="and")
        assert results.count() == 3
        assert sorted(page.pk for page in results) == sorted(page.pk for page in many[-3:])
    settings.WAGTAILSEARCH_BACKENDS = {"default": dict(conf.DATABASE, ALIAS="default", MAX_RANKED=100)}
    results = service.backend("default").search("bản làng", live(), operator="and")
    assert results.count() == 7
    assert results[0].pk == many[0].pk  # ranked among all: the title that says it twice wins


@pytest.mark.parametrize("search_backend", ["elasticsearch"], indirect=True)
def test_elasticsearch_counts_up_to_what_paging_shows(many, monkeypatch):
    backend = service.backend("default")
    assert backend.search("bản làng", live(), operator="and").count() == 7
    monkeypatch.setattr(elasticsearch, "MAX_RESULTS", 4)
    results = backend.search("bản làng", live(), operator="and")
    assert results.count() == 4
    assert len(list(results[:10])) == 7  # the hits themselves are not capped
    assert len(list(results)) == 7  # unsliced: a scroll, which must track the total


def test_the_merged_results_count_every_match_once(many):
    page = service.search_page("ban lang", live(), per_page=5)
    assert page.paginator.count == 7
    rest = service.search_page("ban lang", live(), number=2, per_page=5)
    assert {p.pk for p in page.object_list} | {p.pk for p in rest.object_list} == {p.pk for p in many}


@pytest.mark.django_db
def test_a_search_term_hit_is_one_update_once_the_term_was_searched_today(django_assert_num_queries):
    views.record_hit("Tam  Đường")
    with django_assert_num_queries(1):
        views.record_hit("tam đường")
    assert Query.get("tam đường").hits == 2


@pytest.mark.django_db
def test_cached_topics_are_forgotten_when_a_topic_changes(django_assert_num_queries):
    locale = Locale.get_default()
    assert views.topics(locale) == []
    with django_assert_num_queries(0):
        assert views.topics(locale) == []
    topic = Topic.objects.create(name="Biên giới", slug="bien-gioi", locale=locale)
    assert views.topics(locale) == [topic]
    topic.delete()
    assert views.topics(locale) == []


def test_a_search_page_takes_few_database_round_trips(client, many, django_assert_max_num_queries):
    client.get("/search/", {"q": "bản làng"})  # the first search of a term creates its report row
    with django_assert_max_num_queries(16):
        response = client.get("/search/", {"q": "bản làng"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_postgresql_connections_cost_reads_as_cached_so_the_gin_indexes_are_used():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == pytest.approx(1.1)
