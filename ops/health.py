"""`/health/`: is the database answering, is the search backend answering.

Used by the image's health check and a load balancer. It names no versions, hosts or errors:
only "ok" or "down" per dependency, and 503 when the database is down (the site cannot serve
anything). Search being down is reported but keeps 200: public search fails over to the
database backend (search/service.py), so the container is still worth sending traffic to.
"""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.search.backends import get_search_backend


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


def search_ok():
    """The default backend's own ping for Elasticsearch; the database backend lives in the database."""
    try:
        backend = get_search_backend("default")
        client = getattr(backend, "es", None)
        return database_ok() if client is None else bool(client.ping())
    except Exception:
        return False


@require_safe
@never_cache
def health(request):
    checks = {"database": database_ok(), "search": search_ok()}
    body = {name: "ok" if ok else "down" for name, ok in checks.items()}
    return JsonResponse(body, status=200 if checks["database"] else 503)
