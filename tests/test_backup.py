"""`make backup` then `make restore` into an empty database: the same pages, revisions, translations
and files, on real PostgreSQL (the restore runs as `manage.py restore`, the way `make restore` does)."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale

from tests.factories import make_document, make_image, make_story
from translation.machinery import translate_with_strings

ROOT = Path(__file__).resolve().parent.parent

# What must come back, row for row.
QUERIES = {
    "pages": "SELECT id, path, title, slug, live, locale_id, translation_key, latest_revision_id"
    " FROM wagtailcore_page ORDER BY id",
    "revisions": "SELECT id, object_id, content::text, created_at FROM wagtailcore_revision ORDER BY id",
    "translations": "SELECT s.object_id, t.target_locale_id, t.enabled FROM wagtail_localize_translation t"
    " JOIN wagtail_localize_translationsource s ON s.id = t.source_id ORDER BY 1, 2",
    "string translations": "SELECT translation_of_id, locale_id, data FROM wagtail_localize_stringtranslation"
    " ORDER BY 1, 2, 3",
    "images": "SELECT id, title, file, file_hash FROM wagtailimages_image ORDER BY id",
    "documents": "SELECT id, title, file, file_hash FROM wagtaildocs_document ORDER BY id",
}


def rows(conninfo):
    with psycopg.connect(conninfo) as db:
        return {name: db.execute(sql).fetchall() for name, sql in QUERIES.items()}


def checksums(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(folder).rglob("*"))
        if path.is_file() and path.relative_to(folder).parts[0] in ("original_images", "documents")
    }


def conninfo(name):
    db = connection.settings_dict
    return f"postgresql://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{name}"


@pytest.fixture
def empty_database():
    name = connection.settings_dict["NAME"] + "_restore"
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_then_restore_into_an_empty_database_gives_back_everything(site, media_root, tmp_path, empty_database):
    image = make_image("Đồi chè Tân Cương")
    document = make_document("Kết luận 57")
    story = make_story(site["stories"], "doi-che", hero_image=image, lead="Bản đầu.")
    story.lead = "Bản thứ hai."
    story.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    translate_with_strings(site["home"], english, {"Trang chủ": "Home"})
    translate_with_strings(site["stories"], english, {"Câu chuyện": "Stories"})
    translate_with_strings(story, english, {"Bản thứ hai.": "The second version."})
    before_rows = rows(conninfo(connection.settings_dict["NAME"]))
    before_files = checksums(media_root)
    assert before_rows["revisions"] and before_rows["translations"] and len(before_files) == 2
    assert image.file.name in before_files and document.file.name in before_files

    call_command("backup", directory=str(tmp_path / "backups"))
    (archive,) = (tmp_path / "backups").glob("portal-*.tar.gz")

    restored_media = tmp_path / "restored-media"
    env = dict(
        os.environ,
        DATABASE_URL=conninfo(empty_database),
        DJANGO_MEDIA_ROOT=str(restored_media),
        DJANGO_SETTINGS_MODULE="portal.settings.test",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(archive)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert rows(conninfo(empty_database)) == before_rows
    assert checksums(restored_media) == before_files

    # Restoring again over what is now there is refused, and changes nothing.
    again = subprocess.run(
        [sys.executable, "manage.py", "restore", str(archive)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert again.returncode != 0
    assert "not empty" in again.stderr
    assert rows(conninfo(empty_database)) == before_rows
