"""Finding the directive numbers a page's text writes, and matching them to directive summaries."""

from django.db import transaction
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

from campaigns.models import DirectiveSummaryPage
from registry.models import DirectiveMention
from registry.numbers import compact, find_numbers

# The directive's own facts would make every summary "implement" itself.
_OWN_FIELDS = {"document_number", "number_key", "registry_key", "slug", "seo_title", "url_path", "draft_title"}


def page_text(page):
    """All the text a reader sees on the page: its text fields, rich text and StreamField content."""
    parts = []
    for field in page._meta.get_fields():
        if field.name in _OWN_FIELDS or not getattr(field, "concrete", False) or field.is_relation:
            continue
        value = getattr(page, field.attname, None)
        if isinstance(field, StreamField) and value is not None:
            parts.extend(str(text) for text in field.get_searchable_content(value))
        elif isinstance(field, RichTextField) or field.get_internal_type() in ("CharField", "TextField"):
            parts.append(strip_tags(value or ""))
    return "\n".join(parts)


def directives_by_key(locale_id=None):
    """{compact number: directive} for the directives of one language (all when None), source first."""
    directives = DirectiveSummaryPage.objects.order_by("-locale__language_code")
    if locale_id is not None:
        directives = directives.filter(locale_id=locale_id)
    return {compact(directive.number_key): directive for directive in directives.only("pk", "number_key", "locale")}


def _matcher(page):
    own, default = directives_by_key(page.locale_id), None

    def match(key):
        nonlocal default
        if key in own:
            return own[key]
        if default is None:
            default = directives_by_key()
        return default.get(key)

    return match


@transaction.atomic
def record(page):
    """Replace the page's mentions with the numbers its text writes now."""
    page = page.specific
    found = find_numbers(page_text(page))
    match = _matcher(page)
    mentions = []
    for written, key in found:
        directive = match(key)
        if directive is not None and directive.pk == page.pk:
            continue
        mentions.append(DirectiveMention(page_id=page.pk, written=written[:80], key=key[:80], directive=directive))
    DirectiveMention.objects.filter(page_id=page.pk).delete()
    DirectiveMention.objects.bulk_create(mentions)
    return mentions


def resolve(directive):
    """Attach the unmatched mentions of a directive's number once its summary exists."""
    key = compact(directive.number_key)
    same_language = DirectiveMention.objects.filter(key=key, page__locale_id=directive.locale_id)
    same_language.exclude(directive_id=directive.pk).update(directive=directive)
    DirectiveMention.objects.filter(key=key, directive__isnull=True).update(directive=directive)
