"""Recording directive mentions whenever a page goes live, and refreshing the directives' pages.

A directive's page lists every page that mentions its number ("all content that carries it
out", in every language), so a page that starts or stops mentioning it, or goes offline, changes
what the directive's pages show: their page-cache tokens are renewed (pagecache/invalidation.py
knows links through fields and rich text, not numbers written in the text).
"""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from registry import mentions
from registry.models import DirectiveMention


def mentioned(page):
    return set(
        DirectiveMention.objects.filter(page_id=page.pk, directive__isnull=False).values_list("directive_id", flat=True)
    )


def refresh_directive_pages(directive_ids):
    from pagecache.invalidation import invalidate, pages_showing

    page_ids = set()
    for directive in Page.objects.filter(pk__in=directive_ids):
        shown = pages_showing(directive)
        if shown is None:
            invalidate(sitewide=True)
            return
        page_ids |= shown
    if page_ids:
        invalidate(page_ids)


@receiver(page_published)
def record_mentions(sender, instance, **kwargs):
    from campaigns.models import DirectiveSummaryPage

    before = mentioned(instance)
    after = {mention.directive_id for mention in mentions.record(instance) if mention.directive_id}
    if isinstance(instance, DirectiveSummaryPage):
        mentions.resolve(instance)  # other pages' mentions: this directive's own publish refreshes it
    refresh_directive_pages(before | after)


@receiver(page_unpublished)
def unpublished(sender, instance, **kwargs):
    refresh_directive_pages(mentioned(instance))


@receiver(pre_delete)
def deleting(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        refresh_directive_pages(mentioned(instance))
