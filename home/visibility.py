"""Which pages an anonymous visitor may see: Wagtail's `public()` without its query.

Wagtail's `PageQuerySet.public()` reads every view restriction from the database each time it
is called (four times for a home page). The restricted sections' paths are kept here per
pagecache's site-wide token instead, which any change to a view restriction renews
(`PAGE_CACHE_SITEWIDE_MODELS`), so every worker reads them again after a change.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from pagecache.store import sitewide_token

_restricted_paths = {}


def restricted_paths():
    """Tree paths of the pages with a view restriction (their subtrees are private)."""
    token = sitewide_token()
    paths = _restricted_paths.get(token)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        _restricted_paths.clear()
        _restricted_paths[token] = paths
    return paths


def public(pages):
    """The pages of this queryset outside every restricted section (as `pages.public()`)."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages
