"""Translating an object through wagtail-localize with known strings.

Used by the demo loader and the tests: the same path a translator's work takes (a
translation source, string translations, `save_target`), never rows copied by hand.
"""

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate_with_strings(instance, locale, strings, user=None, publish=True):
    """Create or update `instance`'s translation into `locale`.

    `strings` maps source text to its translation; segments it does not cover keep the
    source text (wagtail-localize's fallback). Returns the translated instance.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not isinstance(instance, Page):
        translation.save_target(user=user, publish=True)
        return instance.get_translation(locale)
    # wagtail-localize publishes pages when the transaction commits, with the page object
    # it held (a parent's child count then goes stale); save a draft and publish it now.
    translation.save_target(user=user, publish=False)
    page = instance.get_translation(locale).specific
    if publish:
        page.get_latest_revision().publish(user=user)
        page.refresh_from_db()
    return page
