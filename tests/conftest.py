"""Shared fixtures: media in a temporary folder, a site with its sections, an admin client."""

import pytest
from django.core.cache import caches

from tests.factories import make_site

# The search backends under test (database, a real Elasticsearch node), for tests/test_search_*.py.
from tests.test_search_support import elasticsearch_node, elasticsearch_url, search_backend  # noqa: F401


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_caches():
    """Ids repeat between tests: a page or a rendition cached by an earlier test must not answer."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def site(db):
    return make_site()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "a-long-test-password")
    client.force_login(user)
    return client
