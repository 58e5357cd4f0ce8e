"""The test suite: the same apps and middleware as production, with faster hashing.

The database comes from DATABASE_URL (`make test` points it at a throwaway PostgreSQL).
"""

import secrets

from search.conf import search_backends

from .base import *  # noqa: F403
from .base import BASE_DIR, env

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="") or secrets.token_urlsafe(50)
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "var" / "test-media")
# wagtail-localize's own stand-in translator, so tests never call a real service.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
# Only the search tests (tests/test_search_*.py) index into Elasticsearch, on an index of their own;
# every other test uses the database backend and pays nothing for it.
WAGTAILSEARCH_BACKENDS = search_backends("")
# Tests sign users in with force_login, which verifies no one-time password; tests/test_logins.py
# turns the two-factor requirement back on to prove it.
LOGINS_TWO_FACTOR_ENFORCED = False
# Page cache (pagecache/): in memory, emptied before each test (tests/conftest.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
