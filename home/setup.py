"""What every database needs whatever its engine: the content locales and the collation."""

from django.conf import settings

import vntext

# A collation made from ICU on PostgreSQL (migration campaigns 0001), registered on SQLite.
VIETNAMESE_COLLATION = "vietnamese"


def register_sqlite_collation(sender, connection, **kwargs):
    """Give SQLite the collation PostgreSQL has from ICU, so one ordering works on both."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(VIETNAMESE_COLLATION, _compare_vietnamese)


def _compare_vietnamese(a, b):
    key_a, key_b = vntext.sort_key(a), vntext.sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


def create_content_locales(sender, using="default", **kwargs):
    """A locale for every configured content language, on every migrate (idempotent).

    Adding a language to the settings and migrating is all it takes to enable it.
    """
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
