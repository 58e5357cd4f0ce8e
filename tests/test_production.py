"""Production settings pass Django's deployment checks; /health/ reports without revealing anything."""

import json
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from search.conf import search_backends

ROOT = Path(__file__).resolve().parent.parent


def sample_environment():
    """What .env.example asks an operator to fill in, with throwaway values."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "WAGTAIL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="thongtindoingoai.example.vn",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://thongtindoingoai.example.vn",
        WAGTAILADMIN_BASE_URL="https://thongtindoingoai.example.vn",
        DATABASE_URL=os.environ.get("DATABASE_URL", "postgres://portal@127.0.0.1/portal"),
    )
    return env


def test_production_settings_pass_check_deploy_without_a_warning():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=sample_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = sample_environment()
    del env["DJANGO_SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_health_reports_database_and_search_and_nothing_else(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "search": "ok"}
    assert response["Cache-Control"].startswith("max-age=0")
    text = response.content.decode() + "".join(f"{k}: {v}" for k, v in response.items())
    for leak in ("PostgreSQL", "Django", "Wagtail", "gunicorn", "elasticsearch", connection.settings_dict["NAME"]):
        assert leak.lower() not in text.lower()


@pytest.mark.django_db
def test_health_reports_search_down_but_keeps_serving(client, settings):
    """An Elasticsearch node nobody answers at: search is down, the site still serves (database failover)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    settings.WAGTAILSEARCH_BACKENDS = search_backends(f"http://127.0.0.1:{closed_port}")
    response = client.get("/health/")
    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "search": "down"}


@pytest.mark.django_db
def test_health_refuses_anything_but_reading(client):
    assert client.post("/health/").status_code == 405
