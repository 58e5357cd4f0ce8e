"""Recording the index updates a backend failed, and replaying them.

Elasticsearch being down must neither block a publish nor lose the change: the backend records
what failed (in the same transaction as the change) and `replay_search_updates` sends it again.
"""

import contextlib
import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from modelsearch.backends import get_search_backend
from modelsearch.index import get_indexed_instance

from search import result_cache
from search.models import PendingIndexUpdate

ADD = PendingIndexUpdate.ADD
DELETE = PendingIndexUpdate.DELETE

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def recorded(backend_alias, objects, action):
    """Runs the update; on failure records each object, then lets the error propagate."""
    try:
        yield
    except Exception as error:
        for obj in objects:
            key = {
                "backend": backend_alias,
                "content_type": ContentType.objects.get_for_model(obj),
                "object_id": str(obj.pk),
            }
            PendingIndexUpdate.objects.update_or_create(**key, defaults={"action": action, "error": str(error)[:2000]})
            PendingIndexUpdate.objects.filter(**key).update(attempts=F("attempts") + 1)
        raise


def pending_count():
    return PendingIndexUpdate.objects.count()


def replay(limit=None):
    """Sends every recorded update again; stops at the first failure (the node is still down).

    Returns (replayed, left).
    """
    replayed = 0
    backends = {}
    for update in PendingIndexUpdate.objects.select_related("content_type").order_by("failed_at", "pk")[:limit]:
        backend = backends.setdefault(update.backend, get_search_backend(update.backend))
        model = update.content_type.model_class()
        obj = model._default_manager.filter(pk=update.object_id).first() if model else None
        indexed = get_indexed_instance(obj) if obj is not None and update.action == ADD else None
        try:
            if indexed is not None:
                backend.add(indexed)
            elif model is not None:
                backend.delete(obj or model(pk=update.object_id))
        except Exception:
            logger.warning("Search index update still failing: %s", update, exc_info=True)
            break
        update.delete()
        replayed += 1
    if replayed:
        # Pages of results kept while the index missed these may lack them.
        result_cache.renew()
    return replayed, PendingIndexUpdate.objects.count()
