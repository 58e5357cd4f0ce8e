"""Where anonymous pages are kept and how an entry is known to be stale.

An entry is stored under its URL with two tokens read before the page was rendered: the
page's own token and the site-wide one. Invalidating sets a new random token, so every entry
stored with an older one is ignored on its next read (random rather than a counter: two
concurrent invalidations can never leave the same value behind). Nothing is scanned or
deleted, so a change costs a few cache writes however many URLs were cached.

The cache is the one named ``pages`` in ``CACHES``: it must be shared by every worker (Redis or
files), or one worker would keep serving what another one invalidated.
"""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

SITEWIDE = "pagecache:token:site"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def page_token_key(page_id):
    return f"pagecache:token:page:{page_id}"


def entry_key(request):
    """One entry per host, path and query string (languages have their own paths)."""
    url = f"{request.get_host()}{request.get_full_path()}"
    return "pagecache:entry:" + hashlib.sha256(url.encode()).hexdigest()


def read_tokens(keys):
    """The tokens under these keys, creating those missing (the first writer wins)."""
    cache = page_cache()
    tokens = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in tokens}
    if missing:
        for key, token in missing.items():
            cache.add(key, token, timeout=None)
        tokens = cache.get_many(keys)
    return tokens


def current_tokens(page_id):
    """The site-wide token and the page's token."""
    tokens = read_tokens([SITEWIDE, page_token_key(page_id)])
    return tokens.get(SITEWIDE), tokens.get(page_token_key(page_id))


def sitewide_token():
    """The site-wide token alone: what everything shared by all pages is kept under (home/chrome.py)."""
    return read_tokens([SITEWIDE]).get(SITEWIDE)


def renew_tokens(page_ids=(), sitewide=False):
    """Make every entry of these pages (or of the whole site) stale."""
    values = {page_token_key(page_id): uuid.uuid4().hex for page_id in page_ids}
    if sitewide:
        values[SITEWIDE] = uuid.uuid4().hex
    if values:
        page_cache().set_many(values, timeout=None)


def entry_timeout():
    """Seconds an entry may live: the configured maximum, and never past local midnight, when
    campaigns start and end by date."""
    now = timezone.localtime()
    midnight = (now + datetime.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(1, min(settings.PAGE_CACHE_SECONDS, int((midnight - now).total_seconds())))
