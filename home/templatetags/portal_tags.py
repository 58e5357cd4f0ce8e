"""Site chrome that every public page shares: the menu and the language links."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from home.models.base import withdrawn_q

register = template.Library()


def _home_page(request):
    """The home page in the request's language, or the default one when not translated."""
    if not hasattr(request, "_portal_home"):
        site = Site.find_for_request(request)
        request._portal_home = site.root_page.localized if site else None
    return request._portal_home


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context["request"]
    home = _home_page(request)
    return home.get_url(request) if home else "/"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    home = _home_page(request)
    items = []
    if home is not None:
        for child in home.get_children().live().public().in_menu().exclude(withdrawn_q()):
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "active": current is not None and current.path.startswith(child.path),
                }
            )
    return {"items": items}


OG_LOCALES = {"vi": "vi_VN", "en": "en_US", "zh-hans": "zh_CN"}


def og_locale(code):
    return OG_LOCALES.get(code, code.replace("-", "_"))


def _language_versions(context):
    """Each content language with the live translation of the page, or None.

    Pages that are not Wagtail pages (errors, search) use the home page. One query, kept on
    the request since the head and the switcher both need it.
    """
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        page = _home_page(request)
    if page is None:
        return []
    cached = getattr(request, "_portal_versions", None)
    if cached is None or cached[0] != page.pk:
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        by_language = {p.locale.language_code: p for p in translations}
        versions = [(code, name, by_language.get(code)) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES]
        request._portal_versions = cached = (page.pk, versions)
    return cached[1]


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context):
    """The switcher: links to published translations; a language without one says so."""
    request = context["request"]
    current = translation.get_language()
    links = [
        {
            "code": code,
            "name": name,
            "url": target.get_url(request) if target else None,
            "current": code == current,
        }
        for code, name, target in _language_versions(context)
    ]
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
