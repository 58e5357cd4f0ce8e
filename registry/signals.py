"""Recording directive mentions whenever a page goes live."""

from django.dispatch import receiver
from wagtail.signals import page_published

from registry import mentions


@receiver(page_published)
def record_mentions(sender, instance, **kwargs):
    from campaigns.models import DirectiveSummaryPage

    mentions.record(instance)
    if isinstance(instance, DirectiveSummaryPage):
        mentions.resolve(instance)
