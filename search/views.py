"""The public search page and the autocomplete endpoint, per language, for every backend alike."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F, Subquery
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage, Topic
from campaigns.models.listing import choice_param, filter_querystring, int_param
from home.models import ContentPage
from home.visibility import public
from search import excerpts, result_cache, service, text
from search.index import searched_text

PAGE_TYPES = {
    "story": (StoryPage, _("Stories")),
    "campaign": (CampaignPage, _("Campaigns")),
    "directive": (DirectiveSummaryPage, _("Directives")),
    "page": (ContentPage, _("Pages")),
}
AUTOCOMPLETE_SIZE = 8
DATE_FIELDS = ("date", "date_issued", "start_date")
# Filter choices rarely change: each worker keeps them this long (topics until one is saved).
FILTERS_CACHE_SECONDS = 600


def live_pages(locale):
    return public(Page.objects.live()).filter(locale=locale)


def record_hit(cleaned):
    """Counts the search for the search-terms report: one UPDATE when the query was already
    searched today (the usual case), Wagtail's own get-or-create otherwise."""
    query_string = normalise_query_string(cleaned)
    today = timezone.now().date()
    # The query's id as a scalar subquery: both lookups use their unique indexes, whatever the
    # planner's statistics say (a join here was planned as nested seq scans on fresh tables).
    query_id = Subquery(Query.objects.filter(query_string=query_string).values("pk")[:1])
    counted = QueryDailyHits.objects.filter(query_id=query_id, date=today).update(hits=F("hits") + 1)
    if not counted:
        Query.get(query_string).add_hit(today)


def promotions(request, cleaned, locale):
    """Editors' picks for the query, each through its translation in this language."""
    picks = []
    chosen = SearchPromotion.objects.filter(query__query_string=normalise_query_string(cleaned))
    for pick in chosen.select_related("page"):
        if pick.page_id is None:
            picks.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
            continue
        page = pick.page.get_translation_or_none(locale)
        if page is not None and page.live:
            picks.append({"title": page.title, "url": page.get_url(request), "description": pick.description})
    return picks


def describe(request, page, query):
    """What a result shows: title, link, type, date and the excerpt."""
    date = next((getattr(page, name) for name in DATE_FIELDS if getattr(page, name, None)), None)
    return {
        "title": page.title,
        "url": page.get_url(request),
        "type": str(page.specific_class._meta.verbose_name) if page.specific_class else "",
        "date": date or (timezone.localdate(page.first_published_at) if page.first_published_at else None),
        "excerpt": excerpts.excerpt(page.search_description or searched_text(page, include_title=False), query),
    }


def years(locale):
    """The years a result can be filtered by, newest first; kept a while, as they rarely change."""
    key = f"search-years-{locale.pk}"
    found = cache.get(key)
    if found is None:
        found = set()
        for model, field in ((StoryPage, "date"), (DirectiveSummaryPage, "date_issued"), (CampaignPage, "start_date")):
            found.update(day.year for day in model.objects.live().filter(locale=locale).dates(field, "year"))
        found = sorted(found, reverse=True)
        cache.set(key, found, FILTERS_CACHE_SECONDS)
    return found


def topics(locale):
    """The topics a result can be filtered by; kept a while, forgotten when a topic changes."""
    key = topics_cache_key(locale.pk)
    found = cache.get(key)
    if found is None:
        found = list(Topic.objects.filter(locale=locale))
        cache.set(key, found, FILTERS_CACHE_SECONDS)
    return found


def topics_cache_key(locale_pk):
    return f"search-topics-{locale_pk}"


@receiver([post_save, post_delete], sender=Topic)
def forget_topics(sender, instance, **kwargs):
    cache.delete(topics_cache_key(instance.locale_id))


def specific_pages(pages):
    """The pages as their own types, by pk: one query per page type (their content types are known)."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.content_type_id].append(page.pk)
    found = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        found.update(model.objects.in_bulk(pks))
    return found


def described_results(request, cleaned, queryset, locale):
    """One page of results as the template shows them, with the promotions (None without a
    query): what is kept."""
    items = service.search_page(cleaned, queryset, request.GET.get("page"))
    if items is None:
        return None
    specific = specific_pages(items.object_list)
    return {
        "count": items.paginator.count,
        "per_page": items.paginator.per_page,
        "number": items.number,
        "results": [describe(request, specific[page.pk], cleaned) for page in items.object_list if page.pk in specific],
        "promotions": promotions(request, cleaned, locale),
    }


@require_GET
def search(request):
    locale = Locale.get_active()
    cleaned = text.clean_query(request.GET.get("q", ""))
    page_type = choice_param(request, "type", [(key, label) for key, (_model, label) in PAGE_TYPES.items()])
    slug = request.GET.get("topic", "")[:100]
    topic = Topic.objects.filter(locale=locale, slug=slug).first() if slug else None
    year = int_param(request, "year")

    kept = result_cache.key(request, cleaned, page_type, topic.pk if topic else None, year, request.GET.get("page"))
    found = result_cache.get(kept)
    if found is None:
        queryset = service.filtered_pages(live_pages(locale), topic=topic, year=year)
        if page_type:
            queryset = queryset.type(PAGE_TYPES[page_type][0])
        found = described_results(request, cleaned, queryset, locale)
        if found is not None:  # no query: nothing was searched, nothing to keep
            result_cache.put(kept, found)
    items = None
    if found is not None:
        record_hit(cleaned)
        # The paginator needs only the count: the results shown are the described ones.
        items = Paginator(range(found["count"]), found["per_page"]).page(found["number"])

    return render(
        request,
        "search/search.html",
        {
            "query": cleaned,
            "items": items,
            "results": found["results"] if found else [],
            "promotions": found["promotions"] if found else [],
            "filters": {"type": page_type, "topic": topic, "year": year},
            "page_types": [(key, label) for key, (_model, label) in PAGE_TYPES.items()],
            "topics": topics(locale),
            "years": years(locale),
            "querystring": filter_querystring(request),
        },
    )


@require_GET
def autocomplete(request):
    """Titles of live pages in this language that match what is typed so far, folded."""
    folded = text.query_terms(text.fold(text.clean_query(request.GET.get("q", ""))))
    suggestions = []
    if folded:
        queryset = service.searchable(live_pages(Locale.get_active()))
        pages = service.failover(
            lambda backend: list(backend.autocomplete(folded, queryset, operator="and")[:AUTOCOMPLETE_SIZE])
        )
        suggestions = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    return JsonResponse({"query": folded, "results": suggestions})
