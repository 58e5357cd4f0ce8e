"""Site chrome that every public page shares (the menu and the language links), and the cards
that list pages."""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model
from wagtail.models import Page

from home.chrome import chrome, language_versions
from home.renditions import CARD
from pagecache.store import entry_timeout

register = template.Library()


@register.simple_tag(takes_context=True)
def home_url(context):
    return chrome(context["request"]).home_url


@register.simple_tag(takes_context=True)
def page_language(context):
    """The language of the page shown (of the request for views that are not pages)."""
    page = context.get("page")
    codes = chrome(context["request"]).language_codes
    return codes.get(getattr(page, "locale_id", None)) or translation.get_language()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    current_path = getattr(context.get("page"), "path", None) or ""
    items = [
        {"title": item.title, "url": item.url, "active": current_path.startswith(item.path)}
        for item in chrome(context["request"]).menu
    ]
    return {"items": items}


OG_LOCALES = {"vi": "vi_VN", "en": "en_US", "zh-hans": "zh_CN"}


def og_locale(code):
    return OG_LOCALES.get(code, code.replace("-", "_"))


def _language_versions(context):
    """The page's language versions, kept on the request since the head and the switcher both
    need them; [] for views that are not pages."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return []
    cached = getattr(request, "_portal_versions", None)
    if cached is None or cached[0] != page.pk:
        request._portal_versions = cached = (page.pk, language_versions(request, page))
    return cached[1]


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context):
    """The switcher: links to published translations; a language without one says so. Views that
    are not pages (search, errors) link to the home page's translations."""
    request = context["request"]
    current = translation.get_language()
    if isinstance(context.get("page"), Page):
        urls = [
            (code, name, target.get_url(request) if target else None)
            for code, name, target in _language_versions(context)
        ]
    else:
        urls = chrome(request).home_links
    links = [{"code": code, "name": name, "url": url, "current": code == current} for code, name, url in urls]
    return {"links": links}


@register.inclusion_tag("includes/alternates.html", takes_context=True)
def language_alternates(context):
    """hreflang alternates, x-default (the source language) and Open Graph locales."""
    if not isinstance(context.get("page"), Page):
        return {}
    request = context["request"]
    current = translation.get_language()
    versions = [(code, target) for code, _name, target in _language_versions(context) if target]
    alternates = [{"code": code, "url": target.get_full_url(request)} for code, target in versions]
    default = next((a["url"] for a in alternates if a["code"] == settings.LANGUAGE_CODE), None)
    return {
        "alternates": alternates if len(alternates) > 1 or default else [],
        "x_default": default,
        "og_locale": og_locale(current),
        "og_alternates": [
            OG_LOCALES.get(code, code.replace("-", "_")) for code, _target in versions if code != current
        ],
    }


def card_key(request, item, meta, level):
    """What a card shows depends on: the page's published state and place in the tree, its image
    file, the words around it (meta, language) and the site-wide state (topic names, the site)."""
    image = item.hero_image  # selected with the page by every listing
    parts = [
        item.pk,
        item.last_published_at.isoformat() if item.last_published_at else "",
        item.url_path,
        (image.file_hash, image.focal_point_x, image.focal_point_y, image.focal_point_width) if image else "",
        meta,
        level,
        translation.get_language(),
        request.get_host(),
        chrome(request).version,
    ]
    return "portal:card:" + hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def load_card_relations(items):
    """What rendering a card reads beyond the page row (topics, the picture's renditions), for
    the cards not found in the cache, in two queries however many."""
    prefetch_related_objects(items, "topics")
    images = [item.hero_image for item in items if item.hero_image]
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD)
    prefetch_related_objects(images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))


@register.simple_tag(takes_context=True)
def cards(context, items, meta="", level=3):
    """The cards of a listing (components/card.html), each rendered once and kept until what it
    shows changes; `meta` names the method giving each card's line under its title.

    Rendering a card (its picture in two formats and two sizes, its link, its topics) was most of
    a listing's time, and a card appears in several listings. One cache read for all the cards;
    the missing ones are rendered together.
    """
    request = context["request"]
    items = list(items)
    metas = [getattr(item, meta)() if meta else "" for item in items]
    keys = [card_key(request, item, item_meta, level) for item, item_meta in zip(items, metas, strict=True)]
    found = cache.get_many(keys)
    missing = [
        (item, item_meta, key) for item, item_meta, key in zip(items, metas, keys, strict=True) if key not in found
    ]
    if missing:
        load_card_relations([item for item, _meta, _key in missing])
        template_ = context.template.engine.get_template("components/card.html")
        for item, item_meta, key in missing:
            values = {"request": request, "item": item, "meta": item_meta, "level": level}
            found[key] = template_.render(context.new(values))
        cache.set_many({key: found[key] for _item, _meta, key in missing}, entry_timeout())
    return mark_safe("".join(found[key] for key in keys))
