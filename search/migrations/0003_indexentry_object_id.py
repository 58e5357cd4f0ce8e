"""An index on the search entry's object id alone, for PostgreSQL's ranking join.

modelsearch joins each ranked page to its entry on `content_type_id IN (every page type) AND
object_id = page id`: the unique (content_type_id, object_id) index answers that with one probe
per page type, eleven per page; on object_id alone it is one. Nothing else changes, and on
SQLite (whose ranking does not join) the index only costs its upkeep.
"""

from django.db import migrations

INDEX = "search_indexentry_object_id"


class Migration(migrations.Migration):
    dependencies = [("search", "0002_indexentry_title_body_gin")]

    operations = [
        migrations.RunSQL(
            f'CREATE INDEX IF NOT EXISTS {INDEX} ON "wagtailsearch_indexentry" ("object_id")',
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
