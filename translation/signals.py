"""Record each save of a source-language translatable snippet (see `SnippetSourceChange`)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale, TranslatableMixin

from translation.models import SnippetSourceChange
from translation.status import snippet_models


@receiver(post_save, dispatch_uid="translation-snippet-source-change")
def record_source_change(sender, instance, raw=False, **kwargs):
    # Connected for every sender: snippets are registered after this app is ready.
    if raw or not isinstance(instance, TranslatableMixin) or sender not in snippet_models():
        return
    if instance.locale_id == Locale.get_default().pk:
        SnippetSourceChange.record(instance)
