"""An index on the index entry's object id alone, for PostgreSQL's ranking join.

modelsearch joins each ranked page to its entry on `content_type_id IN (every page type) AND
object_id = page id`: the unique (content_type_id, object_id) index answers that with one probe
per page type, eleven per page. On object_id alone it is one probe. Nothing else changes; on
other databases the ranking does not take this path.
"""

from django.db import migrations

INDEX = "search_indexentry_object_id"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" ("object_id")')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_indexentry_title_body_gin")]

    operations = [migrations.RunPython(create, drop)]
