"""The pages the benchmarks ask for, and what one request for each costs inside Django.

Run with the benchmark's environment (production settings): prints JSON with, for each page
kind and language, its path, the number of queries of a render without the page cache (with
the kept chrome, cards and page fragments, as on the "uncached" figures; and cold, every cache
empty) and its size.
"""

import gzip
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pick_paths():
    from wagtail.models import Locale

    from campaigns.models import CampaignPage, DirectiveSummaryPage, StoryIndexPage, StoryPage
    from home.models import HomePage

    paths = {}
    for code, prefix in (("vi", ""), ("en", "/en"), ("zh-hans", "/zh-hans")):
        locale = Locale.objects.get(language_code=code)

        def first(model, locale=locale):
            page = model.objects.live().filter(locale=locale).order_by("path").first()
            return page.get_url() if page else None

        paths[code] = {
            "home": first(HomePage),
            "listing": first(StoryIndexPage),
            "campaign": first(CampaignPage),
            "story": first(StoryPage),
            "directive": first(DirectiveSummaryPage),
            "search": f"{prefix}/search/?q=tam+duong",
            "404": f"{prefix}/khong-co-trang-nay/",
        }
    return paths


def measure(path):
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)  # renditions and settings exist after the first request
    with override_settings(PAGE_CACHE_ENABLED=False):
        for cache in caches.all():
            cache.clear()
        with CaptureQueriesContext(connection) as cold:
            client.get(path)
        with CaptureQueriesContext(connection) as kept:
            response = client.get(path)
    return {
        "status": response.status_code,
        "queries": len(kept),
        "queries_cold": len(cold),
        "bytes": len(response.content),
        "gzip_bytes": len(gzip.compress(response.content, 6)),
    }


def main():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    django.setup()
    result = {}
    for code, kinds in pick_paths().items():
        result[code] = {kind: {"path": path, **measure(path)} for kind, path in kinds.items() if path}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
