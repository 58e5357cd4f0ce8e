"""`make run`'s path, end to end on a fresh SQLite file: migrate, load the demo, create the
admin, render every page. Runs the real commands in a child process with the dev settings."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RENDER_EVERY_PAGE = """
import json, django
django.setup()
from django.test import Client
from wagtail.models import Page
client = Client(HTTP_HOST="127.0.0.1")
pages = Page.objects.live().filter(depth__gt=1).specific()
statuses = {page.url: client.get(page.url).status_code for page in pages}
statuses["/admin/login/"] = client.get("/admin/login/").status_code
print(json.dumps(statuses))
"""


def run(args, env):
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True)


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory):
    """One migrated SQLite file, copied by each test: migrating is the slow step."""
    path = tmp_path_factory.mktemp("sqlite") / "migrated.sqlite3"
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], base_env(path))
    return path


def base_env(database):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ADMIN_PASSWORD"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DJANGO_MEDIA_ROOT=str(database.parent / "media"),
        DJANGO_SECRET_KEY="smoke-test-only",
    )
    return env


def fresh_env(migrated_database, tmp_path, name="db"):
    database = tmp_path / f"{name}.sqlite3"
    shutil.copy(migrated_database, database)
    return base_env(database)


@pytest.fixture
def sqlite_env(migrated_database, tmp_path):
    return fresh_env(migrated_database, tmp_path)


def test_make_run_path_on_sqlite(sqlite_env):
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--noinput", "-v0"], sqlite_env)  # nothing left to do: must be quick
    first = run([*manage, "load_demo_content"], sqlite_env).stdout
    second = run([*manage, "load_demo_content"], sqlite_env).stdout
    assert "(0 objects created)" in second and "(0 objects created)" not in first

    created = run([*manage, "ensure_admin"], sqlite_env).stdout
    assert "shown only this once" in created
    again = run([*manage, "ensure_admin"], sqlite_env).stdout
    assert "already exists" in again and "shown only this once" not in again

    statuses = json.loads(run([sys.executable, "-c", RENDER_EVERY_PAGE], sqlite_env).stdout.strip().splitlines()[-1])
    assert len(statuses) >= 25
    assert {url: code for url, code in statuses.items() if code != 200} == {}


def test_generated_admin_passwords_differ_and_work(migrated_database, tmp_path):
    passwords = []
    for name in ("a", "b"):
        env = fresh_env(migrated_database, tmp_path, name)
        output = run([sys.executable, "manage.py", "ensure_admin"], env).stdout
        password = output.rsplit(":", 1)[1].strip()
        check = run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-v0",
                "-c",
                "from django.contrib.auth import authenticate; "
                f"print(bool(authenticate(username='admin', password={password!r})))",
            ],
            env,
        )
        assert check.stdout.strip().endswith("True")
        passwords.append(password)
    assert passwords[0] != passwords[1]
    assert len(passwords[0]) >= 12


def test_password_from_the_environment_is_used_and_not_printed(sqlite_env):
    env = sqlite_env | {"DJANGO_ADMIN_PASSWORD": "chosen-by-the-operator-42"}
    output = run([sys.executable, "manage.py", "ensure_admin"], env).stdout
    assert "chosen-by-the-operator-42" not in output
    assert "DJANGO_ADMIN_PASSWORD" in output
