"""Production static files: hashed names, gzip and brotli copies, served by whitenoise with a
cache lifetime of at least a year and the compressed copy when the browser accepts it."""

import re

from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def test_collected_files_are_hashed_compressed_and_cached_for_a_year(tmp_path):
    middleware = [settings.MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *settings.MIDDLEWARE[1:]]
    with override_settings(STORAGES=PRODUCTION_STORAGES, STATIC_ROOT=tmp_path, MIDDLEWARE=middleware):
        call_command("collectstatic", "--noinput", verbosity=0)
        hashed = [
            path.name for path in (tmp_path / "css").iterdir() if re.fullmatch(r"site\.[0-9a-f]{12}\.css", path.name)
        ]
        assert len(hashed) == 1
        assert (tmp_path / "css" / f"{hashed[0]}.gz").exists()
        assert (tmp_path / "css" / f"{hashed[0]}.br").exists()
        response = Client().get(f"/static/css/{hashed[0]}", headers={"Accept-Encoding": "gzip, br"})
        assert response.status_code == 200
        assert response["Content-Encoding"] == "br"
        max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
        assert max_age >= 365 * 24 * 3600
        assert "immutable" in response["Cache-Control"]
