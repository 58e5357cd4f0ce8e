"""Pages of search results kept between identical searches (search/result_cache.py): a repeated
search runs no full-text query, and any change to what a search can show is seen at once."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search import pending, result_cache, service
from search.models import PendingIndexUpdate
from tests.factories import make_story
from tests.test_search_support import build_site, refresh
from tests.test_search_view import result_titles


@pytest.fixture
def settled(monkeypatch):
    """Changes count as settled at once (the tests search within the second after a publish)."""
    monkeypatch.setattr(result_cache, "SETTLE_SECONDS", 0)


@pytest.fixture
def content(search_backend, settled):
    pages = build_site()
    refresh()
    return pages


@pytest.fixture
def searches(monkeypatch):
    """The queries the view actually searched for (the service's search, wrapped, not replaced)."""
    searched = []
    real = service.search_page

    def counted(cleaned, *args, **kwargs):
        if cleaned:
            searched.append(cleaned)
        return real(cleaned, *args, **kwargs)

    monkeypatch.setattr(service, "search_page", counted)
    return searched


def test_a_repeated_search_is_answered_from_the_kept_page(client, content, searches):
    client.get("/search/")  # the site's chrome is built (and its settings made) once
    first = client.get("/search/", {"q": "tam duong"})
    with CaptureQueriesContext(connection) as again_sql:
        again = client.get("/search/", {"q": "tam duong"})
    assert result_titles(again) == result_titles(first) == ["Mùa lúa chín ở Tam Đường"]
    assert again.content == first.content
    assert searches == ["tam duong"]
    # What is left: the language, the search-terms hit and the filters' choices.
    assert len(again_sql.captured_queries) <= 4


def test_filters_pages_and_languages_are_kept_apart(client, content):
    client.get("/search/", {"q": "tam duong"})
    assert result_titles(client.get("/search/", {"q": "tam duong", "type": "directive"})) == []
    assert result_titles(client.get("/en/search/", {"q": "tam duong"})) == []
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Mùa lúa chín ở Tam Đường"]


def test_a_published_page_is_found_by_the_next_search(client, content):
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Mùa lúa chín ở Tam Đường"]
    make_story(content["site"]["stories"], "cho-phien", title="Chợ phiên Tam Đường")
    refresh()
    assert sorted(result_titles(client.get("/search/", {"q": "tam duong"}))) == [
        "Chợ phiên Tam Đường",
        "Mùa lúa chín ở Tam Đường",
    ]


def test_an_unpublished_or_private_page_leaves_the_next_search(client, content):
    story = content["tam_duong"]
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Mùa lúa chín ở Tam Đường"]
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == []
    PageViewRestriction.objects.filter(page=story).delete()
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Mùa lúa chín ở Tam Đường"]
    story.unpublish()
    refresh()
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == []


def test_a_renamed_page_shows_its_new_title(client, content):
    client.get("/search/", {"q": "tam duong"})
    story = content["tam_duong"]
    story.title = "Lúa chín vàng ở Tam Đường"
    story.save_revision().publish()
    refresh()
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Lúa chín vàng ở Tam Đường"]


def test_a_new_promotion_shows_and_every_search_is_counted(client, content):
    client.get("/search/", {"q": "tam duong"})
    query = Query.get("tam duong")
    SearchPromotion.objects.create(query=query, page=content["kl57"], sort_order=0, description="Văn bản gốc")
    html = client.get("/search/", {"q": "tam duong"}).content.decode()
    assert "search-promotions" in html and "Văn bản gốc" in html
    client.get("/search/", {"q": "tam duong"})
    assert sum(day.hits for day in Query.get("tam duong").daily_hits.all()) == 3


def test_nothing_is_kept_just_after_a_change(client, search_backend, searches):
    """Elasticsearch shows a change only after its refresh: right after one, results are not kept."""
    build_site()
    refresh()
    client.get("/search/", {"q": "tam duong"})
    client.get("/search/", {"q": "tam duong"})
    assert searches == ["tam duong", "tam duong"]


def test_results_are_not_kept_when_switched_off(client, content, settings, searches):
    settings.SEARCH_CACHE_SECONDS = 0
    client.get("/search/", {"q": "tam duong"})
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Mùa lúa chín ở Tam Đường"]
    assert searches == ["tam duong", "tam duong"]


def test_a_replayed_index_update_makes_kept_results_stale(client, content, searches):
    """Results kept while the index missed an update may lack the page: the replay renews them."""
    story = content["tam_duong"]
    client.get("/search/", {"q": "tam duong"})
    client.get("/search/", {"q": "tam duong"})
    assert searches == ["tam duong"]
    PendingIndexUpdate.objects.create(
        backend="default",
        content_type=ContentType.objects.get_for_model(story.specific_class),
        object_id=str(story.pk),
        action=PendingIndexUpdate.ADD,
    )
    assert pending.replay() == (1, 0)
    refresh()
    assert result_titles(client.get("/search/", {"q": "tam duong"})) == ["Mùa lúa chín ở Tam Đường"]
    assert searches == ["tam duong", "tam duong"]
