"""Wagtail's Elasticsearch 8 backend with Vietnamese folding, failover and no lost updates.

Folding is done by the index's analyzers: `asciifolding` (which maps đ/Đ/Ð to d) after lower
case, `/` and `-` as separators. The default analyzer keeps the original token beside the folded
one, so `Dương` matches both Dương and Đường but scores a page with exactly Dương higher.
Every failed index update is recorded (search.models.PendingIndexUpdate) for
`manage.py replay_search_updates`; a failed search raises SearchUnavailable so the view can
answer from the database backend instead.
"""

from copy import deepcopy

from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchResults
from modelsearch.utils import deep_update
from wagtail.search.backends import elasticsearch8 as wagtail_es8

from search import pending
from search.backends import SearchUnavailable
from search.conf import MAX_RESULTS

UNAVAILABLE = (TransportError, ApiError)

_SEPARATORS = {"separators": {"type": "mapping", "mappings": ["/ => \\u0020", "- => \\u0020"]}}
ANALYSIS = {
    "settings": {
        "analysis": {
            "char_filter": _SEPARATORS,
            "filter": {"folding_keep": {"type": "asciifolding", "preserve_original": True}},
            "analyzer": {
                # Every text field without an analyzer of its own (title, _all_text, ...).
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "char_filter": ["separators"],
                    "filter": ["lowercase", "folding_keep"],
                },
                "folding": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "char_filter": ["separators"],
                    "filter": ["lowercase", "asciifolding"],
                },
                "edgengram_analyzer": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "char_filter": ["separators"],
                    "filter": ["lowercase", "asciifolding", "edgengram"],
                },
            },
        }
    }
}


class FoldingMapping(wagtail_es8.Elasticsearch8Mapping):
    # Stock searches the edge n-grams with `standard`, which does not fold the query.
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "folding"}


class SearchQueryCompiler(wagtail_es8.Elasticsearch8SearchQueryCompiler):
    mapping_class = FoldingMapping


class AutocompleteQueryCompiler(wagtail_es8.Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = FoldingMapping


class SearchResults(Elasticsearch8SearchResults):
    def _backend_do_search(self, body, **kwargs):
        # Pages of hits never read the total: not counting lets Elasticsearch skip hits that
        # cannot make the page (a common word matches most pages). A scroll must count.
        if "scroll" not in kwargs:
            kwargs.setdefault("track_total_hits", False)
        return super()._backend_do_search(body, **kwargs)

    def _do_search(self):
        try:
            yield from super()._do_search()
        except UNAVAILABLE as error:
            raise SearchUnavailable(str(error)) from error

    def _do_count(self):
        """Counts up to MAX_RESULTS (all the paging shows), which lets Elasticsearch stop there."""
        try:
            response = self.backend.es.search(
                index=self.backend.get_index_for_model(self.query_compiler.queryset.model).name,
                size=0,
                track_total_hits=MAX_RESULTS,
                **self._get_es_body(for_count=True),
            )
        except UNAVAILABLE as error:
            raise SearchUnavailable(str(error)) from error
        count = max(response["hits"]["total"]["value"] - self.start, 0)
        return count if self.stop is None else min(count, self.stop - self.start)


class ElasticsearchSearchBackend(wagtail_es8.Elasticsearch8SearchBackend):
    mapping_class = FoldingMapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
    settings = deep_update(deepcopy(wagtail_es8.Elasticsearch8SearchBackend.settings), ANALYSIS)

    def __init__(self, params):
        params = dict(params)
        self.alias = params.pop("ALIAS", "default")
        super().__init__(params)

    def add(self, obj):
        with pending.recorded(self.alias, [obj], pending.ADD):
            super().add(obj)

    def add_bulk(self, model, obj_list):
        obj_list = list(obj_list)
        with pending.recorded(self.alias, obj_list, pending.ADD):
            super().add_bulk(model, obj_list)

    def delete(self, obj):
        with pending.recorded(self.alias, [obj], pending.DELETE):
            super().delete(obj)


SearchBackend = ElasticsearchSearchBackend
