"""Property: whatever is typed, the search page and the autocomplete answer normally, on every
backend (at least 1,000 generated queries each, sent to both)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_search_support import build_site, refresh

SYNTAX = "\"'*~\\():-/^!?&|{}[]<>=+%_.,; \t\n\x00\x07\u200b\u200d\ufeffORANDNOTtitle57KLTWđĐÐdươngẵ旅游"
QUERIES = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=SYNTAX, max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=2_000),
)


@pytest.fixture
def searchable(search_backend):
    build_site()
    refresh()


@pytest.mark.django_db
def test_generated_queries_never_fail(client, searchable):
    @settings(max_examples=1_000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(query=QUERIES, language=st.sampled_from(["", "/en", "/zh-hans"]))
    def check(query, language):
        page = client.get(f"{language}/search/", {"q": query, "page": "2"})
        suggestions = client.get(f"{language}/search/autocomplete/", {"q": query})
        assert page.status_code == 200
        assert suggestions.status_code == 200
        assert isinstance(suggestions.json()["results"], list)

    check()
