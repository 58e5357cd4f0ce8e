"""The anonymous page cache: a visitor without a session gets the stored copy of a page.

Only pages Wagtail serves are stored (``wagtail_hooks.note_page_tokens`` marks them), only
when the answer is a plain 200 with no cookie set, and only for requests without a session
cookie: editors and reviewers, who are signed in, and previews, which are served under the
admin, always get a fresh render. A stored page carries an ETag, so a browser revalidating it
gets a 304 from ``ConditionalGetMiddleware``, and ``X-Accel-Expires`` for the front cache.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from pagecache.store import current_tokens, entry_key, entry_timeout, page_cache

# Headers a stored copy keeps; per-request ones (cookies, CSRF, dates) are left out.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Cache-Control", "ETag", "Vary", "Link")


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(settings.PAGE_CACHE_EXCLUDED_PATHS)
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = entry_key(request)
        entry = page_cache().get(key)
        if entry is not None and current_tokens(entry["page"]) == entry["tokens"]:
            return self.replay(entry)
        response = self.get_response(request)
        self.store(request, response, key)
        return response

    def replay(self, entry):
        response = HttpResponse(entry["content"], status=200, headers=entry["headers"])
        response["X-Accel-Expires"] = str(entry_timeout())
        response["X-Page-Cache"] = "hit"
        return response

    def store(self, request, response, key):
        tokens = getattr(request, "page_cache_tokens", None)
        if (
            tokens is None
            or response.status_code != 200
            or response.streaming
            or response.cookies
            or any(word in response.get("Cache-Control", "") for word in ("private", "no-cache", "no-store"))
        ):
            return
        # Browsers check back every time (a 304 is cheap); the front cache keeps it until purged.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        timeout = entry_timeout()
        entry = {
            "page": tokens[0],
            "tokens": tokens[1],
            "content": response.content,
            "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
        }
        page_cache().set(key, entry, timeout=timeout)
        response["X-Accel-Expires"] = str(timeout)
        response["X-Page-Cache"] = "miss"
