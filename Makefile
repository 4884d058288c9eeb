# Cổng — every task has one entry point. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers for make test: the two cores of the reference machine.
JOBS ?= 2

.DEFAULT_GOAL := help
.PHONY: help demo test e2e guide-screenshots lint format bench bench-pages clean install install-dev messages

help: ## List the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/cong: requirements/base.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/base.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.dev: $(BIN)/cong requirements/dev.txt
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	@touch $@

install: $(BIN)/cong ## Create .venv with the locked runtime dependencies

install-dev: $(VENV)/.dev ## Create .venv with the dev dependencies too

# `make demo` runs the portal the way a province does — DEBUG off, static files collected and served by
# WhiteNoise, gunicorn, the task worker and the scheduler as separate processes — except that it speaks
# plain HTTP on HOST:PORT (CONG_HTTPS=0), serves uploaded media itself (CONG_SERVE_MEDIA=1; a province uses
# nginx) and keeps the e-mail it sends (workflow notices, receipts) as files under var/mail/.
# CONG_BASE_URL is the address every absolute link, mail and printed login names: `cong demo` writes it
# into the demo's Site records (member portals at <code>.localhost:PORT).
BASE_URL ?= http://$(if $(filter 0.0.0.0 ::,$(HOST)),localhost,$(HOST)):$(PORT)
DEMO_ENV := DEBUG=0 CONG_HTTPS=0 CONG_SERVE_MEDIA=1 CONG_BASE_URL=$(BASE_URL) \
	ALLOWED_HOSTS='$(HOST),localhost,127.0.0.1,[::1],.localhost' \
	EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend

demo: install ## Run the demo province on SQLite at http://$(HOST):$(PORT) (see README)
	$(DEMO_ENV) $(BIN)/cong migrate --noinput
	$(DEMO_ENV) $(BIN)/cong collectstatic --noinput -v 0
	$(DEMO_ENV) $(BIN)/cong demo
	$(DEMO_ENV) $(BIN)/cong db_worker --batch --no-startup-delay -v 0
	@# The task worker (search index, e-mail) and the scheduler (reminders, scheduled publishing, backups)
	@# run beside the web server and stop with it.
	$(DEMO_ENV) sh -c '$(BIN)/cong db_worker --no-reload -v 0 & worker=$$!; \
	  $(BIN)/cong scheduler -v 0 & scheduler=$$!; \
	  trap "kill $$worker $$scheduler 2>/dev/null" EXIT INT TERM; \
	  echo "Cổng mẫu: $(BASE_URL)/ — quản trị $(BASE_URL)/quan-tri/ (Ctrl+C để dừng)"; \
	  $(BIN)/gunicorn -c python:cong.gunicorn_conf cong.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile - --log-level warning'

# The unit and integration tests run on $(JOBS) cores. The end-to-end journeys share one demo server in one
# process (E2E_ARGS are their pytest options) and run beside them: much of their time is waiting on the
# demo (an article scheduled minutes ahead, mail through the task worker), which the other tests fill.
# Their output goes to var/e2e-test.log and is shown when both are done; either failing fails the target.
test: install-dev ## Run the whole test suite (and lint), the end-to-end journeys beside it
	$(BIN)/ruff check .
	CONG_TESTING=1 $(BIN)/cong makemigrations --check --dry-run
	@mkdir -p var
	@CONG_TESTING=1 $(BIN)/pytest -q -m e2e cong/e2e $(E2E_ARGS) > var/e2e-test.log 2>&1 & journeys=$$!; \
	echo "CONG_TESTING=1 $(BIN)/pytest -q -n $(JOBS) -m \"not e2e\" $(PYTEST_ARGS)"; \
	CONG_TESTING=1 $(BIN)/pytest -q -n $(JOBS) -m "not e2e" $(PYTEST_ARGS); suite=$$?; \
	wait $$journeys; journeys=$$?; \
	echo "CONG_TESTING=1 $(BIN)/pytest -q -m e2e cong/e2e $(E2E_ARGS) (var/e2e-test.log):"; \
	cat var/e2e-test.log; \
	test $$suite -eq 0 && test $$journeys -eq 0

e2e: install-dev ## Run only the end-to-end journeys (cong/e2e: `make demo` driven through Chromium)
	CONG_TESTING=1 $(BIN)/pytest -q -m e2e cong/e2e $(E2E_ARGS)

guide-screenshots: install-dev ## Retake the editors' guide pictures (docs/huong-dan/anh) through the journeys
	CONG_TESTING=1 CONG_GUIDE_SCREENSHOTS=1 $(BIN)/pytest -q -m e2e -p no:randomly cong/e2e/test_article_workflow.py \
	  cong/e2e/test_question_journey.py cong/e2e/test_editor_guide.py

# Cổng's texts are Vietnamese message ids (docs/features/messages.md). `make messages` gathers them from the
# code and templates into cong/locale/{vi,en} with Django's makemessages (GNU gettext's xgettext and msgmerge;
# what it reads and how: cong/core/management/commands/makemessages.py),
# gives each new Vietnamese entry its own id as translation (Vietnamese is the source), leaves the English
# to translate, and compiles both; the .mo files are committed so that installing needs no gettext.
messages: install-dev ## Gather Cổng's messages into cong/locale after changing a text (needs GNU gettext)
	cd cong && ../$(BIN)/cong makemessages -l vi -l en -v 0
	for lang in vi en; do msgfmt --check -o cong/locale/$$lang/LC_MESSAGES/django.mo cong/locale/$$lang/LC_MESSAGES/django.po; done

lint: install-dev ## ruff check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev ## ruff format and fix imports
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The speed anchors of issue 17 in one run: nginx static, Django hello-world, stock Wagtail with the same
# content, Cổng uncached and cached (wrk; needs Debian's wrk and nginx-light). BENCH_SECONDS per wrk run.
BENCH_SECONDS ?= 5
bench: install-dev ## Speed anchors: nginx, hello-world, stock Wagtail, Cổng (appends to benchmarks/RESULTS.md)
	$(BIN)/python benchmarks/speed.py --seconds $(BENCH_SECONDS)

bench-pages: install-dev ## Time each public page through Django's test client, 1000 articles (no server)
	CONG_TESTING=1 $(BIN)/python benchmarks/run.py

clean: ## Remove the virtual environment (var/ with the demo database is kept)
	rm -rf $(VENV)
