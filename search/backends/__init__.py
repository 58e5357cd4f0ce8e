"""Our subclasses of Wagtail's search backends, and the error a public search fails over on."""


class SearchUnavailable(Exception):
    """The backend cannot answer now (Elasticsearch down or its index missing); try the next one."""
