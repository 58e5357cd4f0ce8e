"""Site chrome that every public page shares: the menu and the language links."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

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
        for child in home.get_children().live().public().in_menu():
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "active": current is not None and current.path.startswith(child.path),
                }
            )
    return {"items": items}


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context):
    """Links to the page's published translations; a language without one is shown unlinked.

    Pages that are not Wagtail pages (errors, search) offer the home page of each language.
    """
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        page = _home_page(request)
    current = translation.get_language()
    by_language = {}
    if page is not None:
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        by_language = {p.locale.language_code: p for p in translations}
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = by_language.get(code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": target.get_url(request) if target else None,
                "current": code == current,
            }
        )
    return {"links": links}
