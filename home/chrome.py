"""The site's chrome for a host and a language: the home link, the main menu and the unit profile.

Every public page shows the same header and footer, and building them cost a third of a page's
render (the menu's queries and URLs, the settings, the profile and its social links). They are
built once per host, language and pagecache's site-wide token, and kept in the default cache:
a change to a menu page, the profile, the settings, a site or a locale renews that token
(pagecache/invalidation.py), so the next request builds them afresh.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import PortalSettings, UnitProfile
from home.models.base import withdrawn_ids
from home.visibility import public
from pagecache.store import sitewide_token


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    path: str  # the page's tree path: the item is current for every page below it


@dataclass
class Chrome:
    version: str = ""  # the site-wide token it was built under
    home_url: str = "/"
    home_full_url: str = ""
    menu: list[MenuItem] = field(default_factory=list)
    profile: UnitProfile | None = None
    language_codes: dict[int, str] = field(default_factory=dict)  # by locale id
    # The language switcher of views that are not pages: (code, name, URL of the home page's
    # translation or None).
    home_links: list[tuple[str, str, str | None]] = field(default_factory=list)


def chrome(request):
    """The chrome of the request's host and language, from the cache or built (once a request)."""
    if not hasattr(request, "_portal_chrome"):
        token = sitewide_token()
        key = f"portal:chrome:{request.get_host()}:{translation.get_language()}:{token}"
        built = cache.get(key)
        if built is None:
            built = build(request, token)
            cache.set(key, built, settings.PAGE_CACHE_SECONDS)
        request._portal_chrome = built
    return request._portal_chrome


def build(request, version):
    language_codes = dict(Locale.objects.values_list("pk", "language_code"))
    site = Site.find_for_request(request)
    if site is None:
        return Chrome(version=version, language_codes=language_codes)
    home = site.root_page.localized
    children = public(home.get_children().live()).in_menu().exclude(pk__in=withdrawn_ids())
    profile = PortalSettings.for_site(site).unit_profile
    if profile is not None:
        profile = (
            UnitProfile.objects.select_related("logo").prefetch_related("social_links").get(pk=profile.localized.pk)
        )
    return Chrome(
        version=version,
        home_url=home.get_url(request) or "/",
        home_full_url=home.get_full_url(request) or "",
        menu=[MenuItem(child.title, child.get_url(request), child.path) for child in children],
        profile=profile,
        language_codes=language_codes,
        home_links=[
            (code, name, target.get_url(request) if target else None)
            for code, name, target in language_versions(request, home)
        ],
    )


def language_versions(request, page):
    """Each content language with the live translation of the page, or None (one query)."""
    translations = public(page.get_translations(inclusive=True).live()).select_related("locale")
    by_language = {p.locale.language_code: p for p in translations}
    return [(code, name, by_language.get(code)) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES]
