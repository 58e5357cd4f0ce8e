"""One dated archive holding the database (pg_dump's custom format) and the media originals.

The originals are the uploaded images (`original_images/`) and documents (`documents/`); the
renditions are left out because Wagtail makes them again on demand. Files are read and written
through Django's default storage, so the same commands work with media on disk or in S3.
The PostgreSQL client tools come from Debian's packages (the newest installed major version, as
scripts/postgres.sh finds them).
"""

import glob
import io
import os
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connections
from django.utils import timezone

BACKUP_DIR = settings.BASE_DIR / "var" / "backups"
MEDIA_FOLDERS = ("original_images", "documents")
DUMP_NAME = "database.dump"


class BackupError(Exception):
    pass


def pg_tool(name):
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[4]))
    if not candidates:
        raise BackupError(f"{name} not found: install Debian's postgresql-client package.")
    return candidates[-1]


def pg_environment(alias="default"):
    """Connection settings as libpq's environment variables, so no password reaches a command line."""
    db = connections[alias].settings_dict
    if db["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError("Backups need PostgreSQL (DATABASE_URL=postgres://…).")
    env = dict(os.environ)
    for key, value in {
        "PGHOST": db.get("HOST"),
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGDATABASE": db.get("NAME"),
    }.items():
        if value:
            env[key] = value
    return env


def _media_files(storage, folder):
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}"
    for directory in sorted(directories):
        yield from _media_files(storage, f"{folder}/{directory}")


def backup(directory):
    """Write `portal-YYYYMMDD-HHMMSS.tar.gz` into `directory` and return its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"portal-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
    dump = subprocess.run(
        [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"],
        env=pg_environment(),
        capture_output=True,
        check=False,
    )
    if dump.returncode:
        raise BackupError(f"pg_dump failed: {dump.stderr.decode(errors='replace').strip()}")
    with tarfile.open(path, "w:gz") as archive:
        _add(archive, DUMP_NAME, dump.stdout)
        for folder in MEDIA_FOLDERS:
            for name in _media_files(default_storage, folder):
                with default_storage.open(name, "rb") as handle:
                    _add(archive, f"media/{name}", handle.read())
    path.chmod(0o600)
    return path


def _add(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def database_is_empty(alias="default"):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        return cursor.fetchone()[0] == 0


def restore(path):
    """Bring an archive back into an empty database and media storage; refuses to overwrite anything."""
    if not database_is_empty():
        raise BackupError("The database is not empty: restore only into a new, empty database.")
    connections["default"].close()
    with tarfile.open(path, "r:gz") as archive:
        members = {member.name: member for member in archive.getmembers() if member.isfile()}
        if DUMP_NAME not in members:
            raise BackupError(f"{path} holds no {DUMP_NAME}: not a backup made by `make backup`.")
        media = [name for name in members if _is_media(name)]
        for name in media:
            if default_storage.exists(name.removeprefix("media/")):
                raise BackupError(f"{name} already exists in the media storage: restore into empty media.")
        env = pg_environment()
        result = subprocess.run(
            [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", env["PGDATABASE"]],
            input=archive.extractfile(members[DUMP_NAME]).read(),
            env=env,
            capture_output=True,
            check=False,
        )
        if result.returncode:
            raise BackupError(f"pg_restore failed: {result.stderr.decode(errors='replace').strip()}")
        for name in media:
            target = name.removeprefix("media/")
            saved = default_storage.save(target, ContentFile(archive.extractfile(members[name]).read()))
            if saved != target:
                raise BackupError(f"{target} was stored as {saved}.")
    return len(media)


def _is_media(name):
    """Only files under the original folders, never a path that climbs out of them."""
    parts = Path(name).parts
    return len(parts) > 2 and parts[0] == "media" and parts[1] in MEDIA_FOLDERS and ".." not in parts
