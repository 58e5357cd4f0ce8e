"""WAGTAILSEARCH_BACKENDS from the environment; imported by the settings, so it imports no models.

With ELASTICSEARCH_URL, Elasticsearch is the default backend and the database backend is kept
indexed beside it as "fallback": public search answers from it while Elasticsearch is down.
"""

# Paging stops here: nobody reads page 50, and deep pages cost every backend more.
MAX_RESULTS = 600

DATABASE = {
    "BACKEND": "search.backends.database",
    # `simple`: the `english` config drops folded syllables that are English stop words (Đỗ → do).
    "SEARCH_CONFIG": "simple",
    # PostgreSQL ranks (and counts) only the newest MAX_RESULTS matches of a query.
    "MAX_RANKED": MAX_RESULTS,
}


def search_backends(elasticsearch_url="", index_prefix="portal_"):
    if not elasticsearch_url:
        return {"default": dict(DATABASE, ALIAS="default")}
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "ALIAS": "default",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": index_prefix,
            # A publish must not hang on a dead node: fail fast, record the update, replay it later.
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
        },
        "fallback": dict(DATABASE, ALIAS="fallback"),
    }
