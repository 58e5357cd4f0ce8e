# The two commands: `make run` serves the demo site on SQLite, `make test` runs everything
# against a real PostgreSQL. `make help` lists the rest.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install install-dev system-packages messages makemessages migrate demo admin run test check-catalogue es bench-search lint format clean \
	backup restore audit bench bench-load

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed ## Create the virtual environment and install the requirements

install-dev: $(VENV)/.installed-dev ## Install the requirements and the test tools

system-packages: ## Install gettext from Debian's packages when msgfmt is missing (needs root)
	@command -v msgfmt >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -q gettext \
		|| { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q gettext; }; }

messages: install system-packages ## Compile the translation catalogues (.po -> .mo)
	@$(MANAGE) compilemessages -v0 --ignore=$(VENV)

makemessages: install ## Extract our strings into locale/ and each app's own locale/ folder (vi, en, zh_Hans)
	$(MANAGE) makemessages -l vi -l en -l zh_Hans --ignore=$(VENV) --ignore=var \
		--ignore=tests --add-location=file
	$(MANAGE) makemessages -d djangojs -l vi -l en -l zh_Hans --ignore=$(VENV) --ignore=var --ignore=tests

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput -v0

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo_content

admin: migrate ## Create the admin account (password from DJANGO_ADMIN_PASSWORD or generated once)
	$(MANAGE) ensure_admin

run: messages demo admin ## Set up everything and serve the site on http://127.0.0.1:8000 (SQLite)
	$(MANAGE) run_scheduler & scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT; \
		$(MANAGE) runserver $(HOST):$(PORT)

test: install-dev messages ## Lint, check and run the whole suite on PostgreSQL and Elasticsearch (started here)
	scripts/test.sh

check-catalogue: install-dev system-packages ## Check the Vietnamese admin catalogue against the installed Wagtail
	$(PY) scripts/check_catalogue.py

es: ## Start the local Elasticsearch node (127.0.0.1:9201); then export the ELASTICSEARCH_URL it prints
	services/elasticsearch/es.sh start

bench: install-dev messages ## Speed table: pages in vi and en, uncached, cached, front cache, nginx from disk (wrk, gunicorn, PostgreSQL)
	$(PY) bench/speed.py

bench-load: install-dev messages ## Load test: 60 s at 32 connections, pages in 3 languages, search and 404; errors must be 0
	$(PY) bench/load.py

bench-search: install-dev ## Search benchmark: 10,000 pages, SQLite, PostgreSQL and Elasticsearch
	$(PY) bench/search.py

lint: install-dev ## Ruff lint and format check
	$(PY) -m ruff check . && $(PY) -m ruff format --check .

format: install-dev ## Format and fix the code with ruff
	$(PY) -m ruff check --fix . && $(PY) -m ruff format .

clean: ## Remove the SQLite database, media and compiled catalogues
	rm -rf var/db.sqlite3 var/media var/test-media
	find locale -name '*.mo' -delete

# Production and hardening (issue 7): backups and the advisory audit.
backup: install ## Dump the database and the media originals to var/backups/portal-DATE.tar.gz (needs PostgreSQL)
	$(MANAGE) backup

restore: install ## Restore FILE=var/backups/portal-….tar.gz into an empty database and empty media
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/portal-YYYYMMDD-HHMMSS.tar.gz" >&2; exit 2; }
	$(MANAGE) restore "$(FILE)"

audit: install-dev ## Check the installed, pinned requirements for known vulnerabilities (pip-audit; not in make test)
	$(VENV)/bin/pip-audit --strict --progress-spinner off --skip-editable
