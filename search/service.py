"""One search path for every backend: pinned directives, exact matches, then folded matches.

Ranking as design.md found it works on every backend: the raw `search()` results come first (so
a query typed with diacritics finds exactly those letters first), then the `autocomplete()`
results on the folded text not already shown (so `tam duong` finds Tam Đường), both with the
AND operator. A directive whose number is typed (`57-KL/TW`, `57 kl tw`, `kết luận 57`) is
pinned above them (registry.numbers recognises numbers, as it does in pages' text). Backends
are tried in the order of WAGTAILSEARCH_BACKENDS: when one cannot answer (SearchUnavailable),
the next one does, so public search never fails with Elasticsearch.
"""

import json
import re

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from modelsearch.backends import get_search_backend

from campaigns.models import CampaignPage, DirectiveKind, DirectiveSummaryPage, StoryPage
from home.models.base import withdrawn_ids
from registry.numbers import compact, find_numbers
from search import text
from search.backends import SearchUnavailable
from search.conf import MAX_RESULTS

_backends = {}


def backend(name):
    """A backend instance, reused while its configuration is unchanged (an ES client per call is slow)."""
    config = settings.WAGTAILSEARCH_BACKENDS[name]
    key = (name, json.dumps(config, sort_keys=True, default=str))
    if key not in _backends:
        if len(_backends) > 16:  # settings overridden over and over (tests)
            _backends.clear()
        _backends[key] = get_search_backend(name)
    return _backends[key]


def backend_names():
    """Backends in the order they are tried: the default first, then the database fallback."""
    names = list(settings.WAGTAILSEARCH_BACKENDS)
    return sorted(names, key=lambda name: name != "default")


def failover(run):
    """Calls run(backend) on each backend in turn until one answers."""
    error = None
    for name in backend_names():
        try:
            return run(backend(name))
        except SearchUnavailable as unavailable:
            error = unavailable
    raise error


def pinned_directives(cleaned, queryset):
    """Directives whose number the query types, exact numbers first (`57 kl tw` = `57-KL/TW`)."""
    numbers = re.findall(r"\d+", cleaned)
    if not numbers:
        return []
    wanted = {compact(cleaned)} | {key for _written, key in find_numbers(cleaned)}
    others = set(text.fold(re.sub(r"\d+", " ", cleaned)).split()) - {"so", "no"}
    exact, by_kind = [], []
    candidates = DirectiveSummaryPage.objects.filter(number_key__contains=numbers[0]).values_list(
        "pk", "number_key", "kind"
    )
    for pk, number_key, kind in candidates[:200]:
        key = compact(number_key)
        if key in wanted:
            exact.append(pk)
        elif others and re.match(rf"{numbers[0]}\D", key + "-") and others in _kind_words(kind):
            by_kind.append(pk)
    pks = exact + by_kind
    pages = queryset.filter(pk__in=pks).in_bulk(pks) if pks else {}
    return [pages[pk] for pk in pks if pk in pages]


def _kind_words(kind):
    """The words a kind is typed with: Vietnamese (`ket luan`), or its name in the current language."""
    names = [kind]
    if kind in DirectiveKind.values:
        names.append(str(DirectiveKind(kind).label))
    return [set(text.fold(name).split()) for name in names]


class MergedResults:
    """Pinned, then raw, then folded results, as a sequence a Paginator can slice and count."""

    def __init__(self, search_backend, queryset, cleaned, pinned=()):
        self.backend = search_backend
        self.pinned = list(pinned)
        excluded = [page.pk for page in self.pinned]
        self.queryset = queryset.exclude(pk__in=excluded) if excluded else queryset
        terms = text.query_terms(cleaned)
        self.folded = text.query_terms(text.fold(cleaned))
        self.raw = search_backend.search(terms, self.queryset, operator="and") if terms else None
        self._raw_count = None
        self._count = None

    def _folded(self, queryset):
        return self.backend.autocomplete(self.folded, queryset, operator="and")

    def raw_count(self):
        if self._raw_count is None:
            self._raw_count = self.raw.count() if self.raw is not None else 0
        return self._raw_count

    def count(self):
        """Pinned plus folded matches: the folded pass finds every exact match too, so the exact
        pass is not counted apart (a round trip saved; its count comes free with its first page)."""
        if self._count is None:
            folded = self._folded(self.queryset).count() if self.folded else 0
            self._count = min(len(self.pinned) + max(self._raw_count or 0, folded), MAX_RESULTS)
        return self._count

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop = key.start or 0, min(key.stop if key.stop is not None else self.count(), self.count())
        items = self.pinned[start:stop]
        start, stop = max(start - len(self.pinned), 0), stop - len(self.pinned)
        if stop <= 0:
            return items
        raw = []
        if self.raw is not None and (self._raw_count is None or start < self._raw_count):
            raw = list(self.raw[start:stop])
            if len(raw) < stop - start and (raw or start == 0):
                self._raw_count = start + len(raw)  # the exact matches end on this page
        items += raw
        if len(raw) < stop - start and self.folded:
            raw_count = self.raw_count()
            shown = [page.pk for page in (raw if start == 0 else self.raw[:raw_count])]
            rest = self.queryset.exclude(pk__in=shown) if shown else self.queryset
            items += list(self._folded(rest)[max(start - raw_count, 0) : stop - raw_count])
        return items


def searchable(queryset):
    """Leaves out withdrawn pages: they stay readable at their address but are never found.
    Their ids are read once, in one query, and every backend filters on the list (Elasticsearch
    through a terms filter)."""
    return queryset.exclude(pk__in=withdrawn_ids())


def search_page(cleaned, queryset, number=1, per_page=None):
    """One page of results for the cleaned query (None when it has no words), from the first
    backend that answers."""
    if not text.query_terms(cleaned):
        return None
    queryset = searchable(queryset)
    pinned = pinned_directives(cleaned, queryset)

    def run(search_backend):
        paginator = Paginator(
            MergedResults(search_backend, queryset, cleaned, pinned), per_page or settings.PORTAL_PAGE_SIZE
        )
        page = paginator.get_page(number)
        page.object_list = list(page.object_list)
        return page

    return failover(run)


def filtered_pages(queryset, topic=None, year=None):
    """Narrows a page queryset by topic and year through the pages that carry them."""
    if topic is not None:
        queryset = queryset.filter(
            Q(pk__in=CampaignPage.objects.filter(topics=topic).values("pk"))
            | Q(pk__in=StoryPage.objects.filter(topics=topic).values("pk"))
        )
    if year is not None:
        campaigns = CampaignPage.objects.filter(start_date__year__lte=year).filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=year)
        )
        queryset = queryset.filter(
            Q(pk__in=campaigns.values("pk"))
            | Q(pk__in=StoryPage.objects.filter(date__year=year).values("pk"))
            | Q(pk__in=DirectiveSummaryPage.objects.filter(year_issued=year).values("pk"))
        )
    return queryset
