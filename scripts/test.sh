#!/usr/bin/env bash
# `make test`: lint, Django's checks and the whole suite against a real PostgreSQL.
# Uses DATABASE_URL when it is set; otherwise starts a throwaway cluster and always stops it.
# Likewise ELASTICSEARCH_URL: otherwise a throwaway Elasticsearch node, always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${VENV:-.venv}/bin/python
export DJANGO_SETTINGS_MODULE=portal.settings.test

cleanup() {
  if [ -n "${STARTED_ELASTICSEARCH:-}" ]; then
    services/elasticsearch/es.sh stop >/dev/null || true
    rm -rf "$ES_HOME"
  fi
  [ -n "${STARTED_POSTGRES:-}" ] && scripts/postgres.sh stop
  return 0
}
trap cleanup EXIT

if [ -z "${DATABASE_URL:-}" ]; then
  line=$(scripts/postgres.sh start)
  STARTED_POSTGRES=1
  export "${line?}"
  echo "Throwaway PostgreSQL: ${DATABASE_URL}"
fi

# A real Elasticsearch node for the search tests (tests/test_search_*.py), unless ELASTICSEARCH_URL
# names one. ES_HOME is under /tmp: as root the node runs as `nobody`, who must traverse it.
# ES_PORT and ES_HOME stay exported so the outage test can stop and start this node.
if [ -z "${ELASTICSEARCH_URL:-}" ]; then
  ES_HOME=$(mktemp -d /tmp/portal-test-es.XXXXXX)
  chmod 755 "$ES_HOME"
  ES_PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export ES_HOME ES_PORT
  if line=$(services/elasticsearch/es.sh start); then
    STARTED_ELASTICSEARCH=1
    export "${line?}"
    echo "Throwaway Elasticsearch: ${ELASTICSEARCH_URL}"
  elif [ -n "${CI:-}" ]; then
    echo "Elasticsearch did not start and CI is set: failing (the search tests need a real node)." >&2
    exit 1
  else
    rm -rf "$ES_HOME"
    unset ES_HOME ES_PORT
    echo "Elasticsearch did not start; the search tests will try to start one and fail without it." >&2
  fi
fi

echo "== ruff"
"$PY" -m ruff check .
"$PY" -m ruff format --check .
echo "== Dockerfile (hadolint) and docker-compose.yml (Compose specification schema)"
"${VENV:-.venv}/bin/hadolint" Dockerfile services/nginx/Dockerfile
"${VENV:-.venv}/bin/check-jsonschema" --builtin-schema vendor.compose-spec docker-compose.yml
echo "== manage.py check"
"$PY" manage.py check
"$PY" manage.py makemigrations --check --dry-run
echo "== Vietnamese admin catalogue"
"$PY" scripts/check_catalogue.py
# The admin walk-through (tests/test_admin_walkthrough.py) drives Debian's Chromium.
[ -x /usr/bin/chromium ] || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -q chromium \
  || { apt-get update -q && apt-get install -y -q chromium; }; }
echo "== pytest"
"$PY" -m pytest "$@"
