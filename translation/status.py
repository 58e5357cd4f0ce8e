"""Where each source page stands in each target language, computed in the database.

A source page's status in a language is, in this order:
- missing: no translation page (an alias made by wagtail-localize's sync counts as none);
- awaiting review: its translation is in a workflow;
- in progress: the translation is not live, or has unpublished changes;
- out of date: the source was published after its translation source was last synced;
- up to date: otherwise.
Every status is one annotation, so a listing of any length costs one query.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, CharField, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Substr
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

# Pages at depth 3 (children of a home page) are the sections; their path is 12 characters.
SECTION_PATH_LENGTH = 12


class Status(models.TextChoices):
    # A context of their own: Wagtail uses "In progress" and "Up to date" in other senses.
    MISSING = "missing", pgettext_lazy("translation status", "Missing")
    IN_PROGRESS = "in-progress", pgettext_lazy("translation status", "In progress")
    AWAITING_REVIEW = "awaiting-review", pgettext_lazy("translation status", "Awaiting review")
    OUT_OF_DATE = "out-of-date", pgettext_lazy("translation status", "Out of date")
    UP_TO_DATE = "up-to-date", pgettext_lazy("translation status", "Up to date")


def status_field(code):
    """The annotation name holding a page's status in the language `code`."""
    return "status_" + code.replace("-", "_")


def target_locales():
    return list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))


def source_pages():
    """Pages of the source language below the root, with their section's path."""
    return (
        Page.objects.filter(locale=Locale.get_default(), depth__gte=2)
        .annotate(section_path=Substr("path", 1, SECTION_PATH_LENGTH))
        .select_related("content_type")
        .order_by("path")
    )


def with_statuses(pages, locales):
    """Annotate `status_<code>` for each locale, plus when the source was last synced."""
    synced = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
    pages = pages.annotate(source_synced_at=Subquery(synced.values("last_updated_at")[:1]))
    page_type = ContentType.objects.get_for_model(Page)
    for locale in locales:
        key = locale.language_code.replace("-", "_")
        targets = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=locale, alias_of__isnull=True)
        in_review = WorkflowState.objects.filter(
            base_content_type=page_type,
            object_id=Cast(OuterRef(f"target_{key}_id"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        pages = pages.annotate(
            **{
                f"target_{key}_id": Subquery(targets.values("pk")[:1]),
                f"target_{key}_live": Subquery(targets.values("live")[:1]),
                f"target_{key}_changed": Subquery(targets.values("has_unpublished_changes")[:1]),
            }
        ).annotate(
            **{
                f"target_{key}_in_review": Exists(in_review),
                status_field(locale.language_code): Case(
                    When(**{f"target_{key}_id__isnull": True}, then=Value(Status.MISSING)),
                    When(**{f"target_{key}_in_review": True}, then=Value(Status.AWAITING_REVIEW)),
                    When(
                        Q(**{f"target_{key}_live": False}) | Q(**{f"target_{key}_changed": True}),
                        then=Value(Status.IN_PROGRESS),
                    ),
                    When(source_synced_at__lt=F("last_published_at"), then=Value(Status.OUT_OF_DATE)),
                    default=Value(Status.UP_TO_DATE),
                    output_field=CharField(),
                ),
            }
        )
    return pages


def snippet_models():
    """The translatable snippets an editor sees (topics, bodies, the unit profile)."""
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def snippets_with_statuses(model, locales):
    """Source snippets of `model` with `status_<code>`: missing, in progress, out of date or up to date.

    Snippets have no drafts, so a translation is in progress while some segment of its synced
    source has no translation in that language (the translation shows the source's text
    there); out of date when the source was saved (`SnippetSourceChange`) after its last sync.
    """
    from translation.models import SnippetSourceChange

    synced = TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
    changed = SnippetSourceChange.objects.filter(
        content_type=ContentType.objects.get_for_model(model), translation_key=OuterRef("translation_key")
    )
    items = model.objects.filter(locale=Locale.get_default()).annotate(
        source_id=Subquery(synced.values("pk")[:1]),
        source_synced_at=Subquery(synced.values("last_updated_at")[:1]),
        source_changed_at=Subquery(changed.values("changed_at")[:1]),
    )
    for locale in locales:
        translated = model.objects.filter(translation_key=OuterRef("translation_key"), locale=locale)
        done = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=locale
        )
        untranslated = StringSegment.objects.filter(source_id=OuterRef("source_id")).filter(~Exists(done))
        items = items.annotate(
            **{
                status_field(locale.language_code): Case(
                    When(~Exists(translated), then=Value(Status.MISSING)),
                    When(Exists(untranslated), then=Value(Status.IN_PROGRESS)),
                    When(source_synced_at__lt=F("source_changed_at"), then=Value(Status.OUT_OF_DATE)),
                    default=Value(Status.UP_TO_DATE),
                    output_field=CharField(),
                )
            }
        )
    return items
