"""A GIN index on exactly the expression PostgreSQL's search filters on: ("title" || "body").

modelsearch indexes the two columns apart, so `(title || body) @@ query` scanned the whole
index table on every search. The index changes no result. Other databases: nothing to do.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING gin (("title" || "body"))')


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
