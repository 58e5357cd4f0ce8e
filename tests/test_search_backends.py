"""Our database backend subclasses (the speed fixes) give stock modelsearch's results, and the
PostgreSQL search filter can use the GIN expression index of search/migrations/0002."""

import pytest
from django.db import connection
from modelsearch.backends.database import SearchBackend as stock_backend
from wagtail.models import Page

from search import service, text
from search.conf import search_backends
from tests.factories import make_story
from tests.test_search_folding import STORIES
from tests.test_search_support import build_site

QUERIES = ["tam duong", "Tam Đường", "của", "thông tin đối ngoại", "du lich", "57 KL TW", "xyzzy", "ban giang"]


@pytest.fixture
def pages(settings, db):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("")
    site = build_site()
    for key, (title, lead) in STORIES.items():
        make_story(site["site"]["stories"], key, title=title, lead=lead)
    return Page.objects.live()


def test_our_database_backend_matches_stock(pages):
    ours = service.backend("default")
    stock = stock_backend({"SEARCH_CONFIG": "simple"})
    assert type(ours) is not type(stock)
    for query in QUERIES:
        for method, terms in (("search", text.query_terms(query)), ("autocomplete", text.fold(query))):
            mine = getattr(ours, method)(terms, pages, operator="and").annotate_score("score")
            theirs = getattr(stock, method)(terms, pages, operator="and").annotate_score("score")
            assert [(p.pk, round(p.score, 6)) for p in mine] == [(p.pk, round(p.score, 6)) for p in theirs]
            assert mine.count() == theirs.count()
            assert [p.pk for p in mine[1:3]] == [p.pk for p in theirs[1:3]]


def test_postgres_search_can_use_the_expression_index(pages):
    results = service.backend("default").search("tam", pages, operator="and")
    sql, params = results.query_compiler.search("simple", 0, 10).query.sql_with_params()
    matched = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert matched in sql
    assert "_vector_" not in sql.split(" FROM ")[0]  # aliased, not fetched with every row
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (\"title\" || \"body\") @@ to_tsquery('simple', 'tam')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_title_body_gin" in plan
