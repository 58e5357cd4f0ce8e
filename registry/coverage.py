"""Which content carries out which directive: the explicit links and the numbers written in text.

A directive and its translations are one directive here (grouped by translation_key), so a story
linked to the Vietnamese summary and its English translation count for the same directive.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page

from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryPage
from home.visibility import public
from registry.models import DirectiveMention

# A directive with nothing published for this many months is flagged in the reports.
STALE_MONTHS = 3


def links():
    """{page id: {directive translation_key}} over every explicit link and every matched mention."""
    pairs = defaultdict(set)
    sources = [
        CampaignPage.directives.through.objects.values_list("campaignpage_id", "directivesummarypage__translation_key"),
        StoryPage.directives.through.objects.values_list("storypage_id", "directivesummarypage__translation_key"),
        StoryPage.objects.filter(campaign__directives__isnull=False).values_list(
            "pk", "campaign__directives__translation_key"
        ),
        DirectiveMention.objects.filter(directive__isnull=False).values_list("page_id", "directive__translation_key"),
    ]
    for source in sources:
        for page_id, translation_key in source:
            pairs[page_id].add(translation_key)
    return pairs


def implementing_pages(directive):
    """Live, public pages in every language that carry out the directive or one of its translations.

    Other directives' summaries that cite its number are related documents, not implementing content.
    """
    family = DirectiveSummaryPage.objects.filter(translation_key=directive.translation_key)
    stories = StoryPage.objects.filter(Q(directives__in=family) | Q(campaign__directives__in=family))
    return (
        public(Page.objects.live())
        .filter(
            Q(pk__in=CampaignPage.objects.filter(directives__in=family).values("pk"))
            | Q(pk__in=stories.values("pk"))
            | Q(pk__in=DirectiveMention.objects.filter(directive__in=family).values("page_id"))
        )
        .exclude(pk__in=DirectiveSummaryPage.objects.values("pk"))
        .select_related("locale", "content_type")
        .order_by("-first_published_at")
    )


def by_type_and_language(pages):
    """[(type name, [(language name, [page, …]), …]), …] in a stable order, for the directive page."""
    groups = defaultdict(lambda: defaultdict(list))
    for page in pages:
        model = page.content_type.model_class()
        groups[str(model._meta.verbose_name_plural).capitalize()][page.locale.get_display_name()].append(page)
    return [(kind, sorted(languages.items())) for kind, languages in sorted(groups.items())]


@dataclass
class DirectiveCoverage:
    directive: DirectiveSummaryPage
    campaigns: int = 0
    stories: int = 0
    translations: int = 0
    last_activity: datetime.datetime | None = None
    stale: bool = False


def coverage(start, end, stale_months=None, today=None):
    """Per directive (source language), what implemented it between start and end (inclusive dates),
    its last activity ever, and whether nothing happened in the last `stale_months` months."""
    today = today or timezone.localdate()
    stale_since = _months_before(today, stale_months or STALE_MONTHS)
    default_locale = Locale.get_default()
    directives = list(
        DirectiveSummaryPage.objects.filter(locale=default_locale).select_related("issuer").order_by("-date_issued")
    )
    rows = {directive.translation_key: DirectiveCoverage(directive) for directive in directives}
    pairs = links()
    pages = Page.objects.live().filter(pk__in=list(pairs))
    pages = pages.values_list("pk", "locale_id", "content_type_id", "first_published_at")
    campaign_type, story_type = _content_type_id(CampaignPage), _content_type_id(StoryPage)
    for page_id, locale_id, content_type_id, published in pages:
        if content_type_id not in (campaign_type, story_type):
            continue  # an about page or another directive citing the number is not activity
        day = timezone.localdate(published) if published else None
        for translation_key in pairs[page_id]:
            row = rows.get(translation_key)
            if row is None:
                continue
            if published and (row.last_activity is None or published > row.last_activity):
                row.last_activity = published
            if day is None or not start <= day <= end:
                continue
            if locale_id != default_locale.pk:
                row.translations += 1
            elif content_type_id == campaign_type:
                row.campaigns += 1
            else:
                row.stories += 1
    for row in rows.values():
        row.stale = row.last_activity is None or timezone.localdate(row.last_activity) < stale_since
    return list(rows.values())


def unmatched_numbers():
    """Numbers written in live pages that match no directive: [{key, written, pages}], most used first."""
    found = defaultdict(lambda: {"written": "", "pages": []})
    mentions = DirectiveMention.objects.filter(directive__isnull=True, page__live=True).select_related("page")
    for mention in mentions.order_by("key", "page__title"):
        entry = found[mention.key]
        entry["written"] = entry["written"] or mention.written
        entry["pages"].append(mention.page)
    return sorted(
        ({"key": key, **entry} for key, entry in found.items()), key=lambda entry: (-len(entry["pages"]), entry["key"])
    )


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def _months_before(day, months):
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return datetime.date(year, month + 1, min(day.day, 28))
