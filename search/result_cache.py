"""Pages of search results kept between identical searches until a page changes.

A search costs several full-text queries, the pages' own rows and an excerpt per result, and
visitors search the same words again and again (the search-terms report shows which). A page
of described results is kept in the shared "pages" cache under a token that every change to a
page renews (saved, published, unpublished, moved, deleted, its privacy or a topic changed), so
a kept page is never older than the content; it also expires after SEARCH_CACHE_SECONDS.
Editors' promotions are kept with the results (a change to one renews the token too); the
search-terms hit is counted on every request.

Elasticsearch shows a change only after its refresh interval, so for SETTLE_SECONDS after a
renewal nothing is kept: a search in that second could still miss the page just published.
"""

import hashlib
import json
import time
import uuid

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from campaigns.models import Topic
from pagecache.store import page_cache, read_tokens

TOKEN = "search:token"
SETTLE_SECONDS = 2


def _token():
    """(token, when it was renewed); a token the cache lost is made anew and counts as settled."""
    value = read_tokens([TOKEN]).get(TOKEN) or ""
    token, _sep, renewed = value.partition("@")
    return token, float(renewed or 0)


def key(request, *parts):
    """The entry for this site, language and search (query, filters, page number); None when
    results are not kept."""
    if settings.SEARCH_CACHE_SECONDS <= 0:
        return None
    token, _renewed = _token()
    described = json.dumps([token, request.get_host(), get_language(), *parts], default=str)
    return "search:results:" + hashlib.sha256(described.encode()).hexdigest()


def get(entry_key):
    return page_cache().get(entry_key) if entry_key else None


def put(entry_key, value):
    """Keeps a page of results, unless a page changed a moment ago (see SETTLE_SECONDS)."""
    if entry_key is None:
        return
    _token_value, renewed = _token()
    if time.time() - renewed < SETTLE_SECONDS:
        return
    page_cache().set(entry_key, value, timeout=settings.SEARCH_CACHE_SECONDS)


def renew():
    """Every kept page of results is stale from now (and again once the change commits, so a
    search run against the old rows in between is not kept)."""

    def write():
        page_cache().set(TOKEN, f"{uuid.uuid4().hex}@{time.time()}", timeout=None)

    write()
    transaction.on_commit(write)


def content_changed(sender, instance, **kwargs):
    if isinstance(instance, (Page, PageViewRestriction, Site, Topic, SearchPromotion)):
        renew()


def page_moved(sender, **kwargs):
    renew()


def connect():
    post_save.connect(content_changed, dispatch_uid="search_results_saved")
    post_delete.connect(content_changed, dispatch_uid="search_results_deleted")
    post_page_move.connect(page_moved, dispatch_uid="search_results_moved")
