# The portal's production image: gunicorn serving Django/Wagtail, static files by WhiteNoise.
# Build: docker build -t portal .   Run: docker compose up (see README, "Running with Docker").

# --- build: the virtual environment, compiled catalogues and collected static files ---------
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
# Requirements before the code: a code change does not reinstall them.
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
# Build-time settings only: nothing here reaches the runtime image's environment.
RUN DJANGO_SETTINGS_MODULE=portal.settings.production \
    DJANGO_SECRET_KEY=build-only-not-a-secret DJANGO_ALLOWED_HOSTS=localhost \
    WAGTAILADMIN_BASE_URL=http://localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    DJANGO_STATIC_ROOT=/app/static \
    sh -c 'python manage.py compilemessages -v0 --ignore=.venv && python manage.py collectstatic --noinput -v0' \
    && rm -rf var .venv tests bench /tmp/build.sqlite3

# --- runtime: no compilers, no build tools, a user without privileges --------------------------
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    DJANGO_STATIC_ROOT=/app/static DJANGO_MEDIA_ROOT=/app/media
# pg_dump/pg_restore for `manage.py backup` and `restore` (PostgreSQL 15, as the database).
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client-15 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal \
    && mkdir -p /app/media && chown portal:portal /app/media
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
WORKDIR /app
USER 10001:10001
EXPOSE 8000
VOLUME ["/app/media"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["python", "-m", "ops.healthcheck"]
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--threads", "2", \
     "--forwarded-allow-ips", "*", "--access-logfile", "-", "--max-requests", "2000", "--max-requests-jitter", "200"]
