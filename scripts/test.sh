#!/usr/bin/env bash
# `make test`: lint, Django's checks and the whole suite against a real PostgreSQL.
# Uses DATABASE_URL when it is set; otherwise starts a throwaway cluster and always stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${VENV:-.venv}/bin/python
export DJANGO_SETTINGS_MODULE=portal.settings.test

cleanup() {
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

echo "== ruff"
"$PY" -m ruff check .
"$PY" -m ruff format --check .
echo "== manage.py check"
"$PY" manage.py check
"$PY" manage.py makemigrations --check --dry-run
echo "== pytest"
"$PY" -m pytest "$@"
