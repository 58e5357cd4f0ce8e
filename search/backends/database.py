"""The database backend for whichever database is in use, with the slow query shapes replaced.

Stock modelsearch (pinned with Wagtail 7.4.4) is slow on 10,000 pages: on SQLite the score is a
correlated subquery that reruns the FTS match for every hit (a common word took 35 s); on
PostgreSQL the `(title || body)` vector is annotated, so it is selected for every row and the
GIN expression index of search/migrations/0002 goes unused, and every match is ranked (a common
word matches most pages). The subclasses below change only those shapes; results, counts, order
and scores are the stock ones, except that PostgreSQL ranks and counts only the newest MAX_RANKED
matches (docs/decisions/0006). They lean on modelsearch internals: test them on every upgrade
(tests/test_search_backends.py).
"""

from functools import cache

from django.db import connection
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Cast
from modelsearch.backends import database as stock
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


def concrete_pk(model):
    """The primary key column a child model's pk finally points at (Page's id for a page type)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


@cache
def _postgres():
    from modelsearch.backends.database.postgres import postgres

    class PostgresSearchQueryCompiler(postgres.PostgresSearchQueryCompiler):
        # The index entry's own columns the page's vectors come from (the GIN indexes cover them).
        ENTRY_VECTORS = ("title", "body")

        def search(self, config, start, stop, score_field=None, backend=None):
            query = self.query
            if isinstance(query, (MatchAll, Fuzzy)) or (
                isinstance(query, Not) and isinstance(query.subquery, MatchAll)
            ):
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            search_query = self.build_tsquery(query, config=config)
            vectors = self.get_search_vectors(search_query)
            rank_expression = self._build_rank_expression(vectors, config)
            limit = backend.max_ranked if backend is not None else None
            if limit and self.order_by_relevance and self.fields is None:
                # Ranking reads every matching page's vectors, and a common word matches most
                # pages: only the newest `limit` matches are ranked (and counted), found through
                # the GIN index alone, so no vector is read before ranking.
                newest = self.queryset.filter(pk__in=self._matching_pks(search_query)).order_by("-pk")
                queryset = self.queryset.filter(pk__in=newest.values("pk")[:limit])
            else:
                combined_vector = vectors[0][0]
                for vector, _boost in vectors[1:]:
                    combined_vector = combined_vector._combine(vector, "||", False)
                # alias(), not annotate(): the vector is only matched, never fetched.
                queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
            return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

        def _matching_pks(self, search_query):
            """The pks of the queryset's model whose index entry matches, as one index scan."""
            pk = concrete_pk(self.queryset.model)
            combined = F(self.ENTRY_VECTORS[0])
            for column in self.ENTRY_VECTORS[1:]:
                combined = combined._combine(F(column), "||", False)
            return (
                postgres.IndexEntry.objects.filter(
                    content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
                )
                .alias(_vector_=combined)
                .filter(_vector_=search_query)
                .values_list(Cast("object_id", output_field=type(pk)()))
            )

    class PostgresAutocompleteQueryCompiler(PostgresSearchQueryCompiler, postgres.PostgresAutocompleteQueryCompiler):
        ENTRY_VECTORS = ("autocomplete",)

    class PostgresSearchBackend(postgres.PostgresSearchBackend):
        query_compiler_class = PostgresSearchQueryCompiler
        autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            self.max_ranked = params.get("MAX_RANKED")

    return PostgresSearchBackend


@cache
def _sqlite():
    from modelsearch.backends.database.sqlite import sqlite
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize

    class RankedMatchMixin:
        def ranked_entries(self, config):
            """(FTS rows that match and belong to the queryset, rank), or None for the stock path.

            The queryset is pushed into the FTS query as an EXISTS, so ranking, ordering and
            slicing happen in one query instead of a subquery per hit.
            """
            query = normalize(self.query)
            if not self.order_by_relevance or isinstance(query, (MatchAll, Not)):
                return None
            match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config))
            pk = concrete_pk(self.queryset.model)
            object_pk = Cast(OuterRef("index_entry__object_id"), output_field=type(pk)())
            entries = (
                sqlite.SQLiteFTSIndexEntry.objects.filter(match)
                .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
                .filter(Exists(self.queryset.order_by().filter(pk=object_pk)))
            )
            return entries, self._build_rank_expression(self.get_search_vectors(), config)

    class SQLiteSearchQueryCompiler(RankedMatchMixin, sqlite.SQLiteSearchQueryCompiler):
        pass

    class SQLiteAutocompleteQueryCompiler(RankedMatchMixin, sqlite.SQLiteAutocompleteQueryCompiler):
        pass

    class SQLiteSearchResults(sqlite.SQLiteSearchResults):
        def _ranked(self):
            return self.query_compiler.ranked_entries(self.query_compiler.get_config(self.backend))

        def _do_search(self):
            ranked = self._ranked()
            if ranked is None:
                return super()._do_search()
            entries, rank = ranked
            pk = concrete_pk(self.query_compiler.queryset.model)
            rows = (
                entries.annotate(score=rank)
                .order_by("score", Cast("index_entry__object_id", output_field=type(pk)()).desc())
                .values_list("index_entry__object_id", "score")[self.start : self.stop]
            )
            scores = {pk.to_python(object_id): score for object_id, score in rows}
            objects = self.query_compiler.queryset.in_bulk(list(scores)) if scores else {}
            results = []
            for object_pk, score in scores.items():
                obj = objects.get(object_pk)
                if obj is not None:
                    if self._score_field:
                        setattr(obj, self._score_field, score)
                    results.append(obj)
            return results

        def _do_count(self):
            ranked = self._ranked()
            if ranked is None:
                return super()._do_count()
            count = max(ranked[0].count() - self.start, 0)
            return count if self.stop is None else min(count, self.stop - self.start)

    class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
        query_compiler_class = SQLiteSearchQueryCompiler
        autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
        results_class = SQLiteSearchResults

    return SQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 - modelsearch looks the backend up by this name
    """The database backend for the default connection, as modelsearch picks it."""
    if connection.vendor == "postgresql":
        return _postgres()(params)
    backend = stock.SearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):  # FTS5 present; else modelsearch's fallback
            return _sqlite()(params)
    return backend
