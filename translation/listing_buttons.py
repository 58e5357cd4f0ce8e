"""wagtail-localize's "translate" and "sync" listing buttons, answered from the listing's query.

wagtail-localize decides both buttons with two or three queries for every row of a page or
snippet listing (is a language still untranslated? is this row the source of enabled
translations?), so a listing of 20 items cost some 50 queries more than a listing of 2. Our
listings annotate both answers on their one query (`annotate_translation_state`), and the hooks
here read them; a page or snippet that comes without them (a page's header, another view) goes
to wagtail-localize's own hook, unchanged. Decision 0033.
"""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as localize_message  # wagtail-localize's catalogue has these
from wagtail import hooks
from wagtail.admin.admin_url_finder import quote
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

UNTRANSLATED = "_portal_has_untranslated_locale"
SYNC_SOURCE = "_portal_sync_source_id"


def annotate_translation_state(queryset):
    """Add to each row whether a language lacks a translation, and its source of enabled translations."""
    translation_model = queryset.model.get_translation_model()
    translations = translation_model._default_manager.filter(translation_key=OuterRef(OuterRef("translation_key")))
    if issubclass(translation_model, Page):
        translations = translations.filter(alias_of__isnull=True)  # an alias is not a translation
    source = TranslationSource.objects.filter(
        object__translation_key=OuterRef("translation_key"),
        object__content_type=ContentType.objects.get_for_model(translation_model),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    return queryset.annotate(
        **{
            UNTRANSLATED: Exists(Locale.objects.exclude(id__in=translations.values("locale_id"))),
            SYNC_SOURCE: Subquery(source),
        }
    )


def sync_url(source_id, next_url):
    url = reverse("wagtail_localize:update_translations", args=[source_id])
    return f"{url}?{urlencode({'next': next_url})}" if next_url is not None else url


def page_listing_more_buttons(page, user, view_name=None, next_url=None):
    if not hasattr(page, UNTRANSLATED):
        from wagtail_localize import wagtail_hooks as localize_hooks

        yield from localize_hooks.page_listing_more_buttons(page, user, view_name, next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if getattr(page, UNTRANSLATED):
        yield ListingButton(
            localize_message("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if getattr(page, SYNC_SOURCE):
        yield ListingButton(
            localize_message("Sync translated pages"),
            sync_url(getattr(page, SYNC_SOURCE), next_url),
            priority=60,
            icon_name="resubmit",
        )


def snippet_listing_buttons(snippet, user, next_url=None):
    if not hasattr(snippet, UNTRANSLATED):
        from wagtail_localize import wagtail_hooks as localize_hooks

        yield from localize_hooks.register_snippet_listing_buttons(snippet, user, next_url)
        return
    if not user.has_perm("wagtail_localize.submit_translation"):
        return
    meta = type(snippet)._meta
    if getattr(snippet, UNTRANSLATED):
        args = [meta.app_label, meta.model_name, quote(snippet.pk)]
        yield ListingButton(
            localize_message("Translate"),
            reverse("wagtail_localize:submit_snippet_translation", args=args),
            attrs={"aria-label": localize_message("Translate '%(title)s'") % {"title": str(snippet)}},
            icon_name="wagtail-localize-language",
            priority=100,
        )
    if getattr(snippet, SYNC_SOURCE):
        yield ListingButton(
            localize_message("Sync translated snippets"),
            sync_url(getattr(snippet, SYNC_SOURCE), next_url),
            attrs={"aria-label": localize_message("Sync translations of '%(title)s'") % {"title": str(snippet)}},
            icon_name="resubmit",
            priority=106,
        )


def replace_localize_listing_hooks():
    """Put ours in wagtail-localize's place in the two listing hooks (its header hook stays).

    Called at the end of our wagtail_hooks, so that importing wagtail-localize's hooks here
    registers them after ours (our admin URLs must come first).
    """
    from wagtail_localize import wagtail_hooks as localize_hooks

    replacements = {
        "register_page_listing_more_buttons": (localize_hooks.page_listing_more_buttons, page_listing_more_buttons),
        "register_snippet_listing_buttons": (localize_hooks.register_snippet_listing_buttons, snippet_listing_buttons),
    }
    for hook_name, (theirs, ours) in replacements.items():
        registered = hooks._hooks.setdefault(hook_name, [])
        registered[:] = [(fn, order) for fn, order in registered if fn is not theirs]
        registered.append((ours, 0))
