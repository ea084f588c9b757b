# Two commands for a newcomer: `make run` and `make test`. Both are safe to run again.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)

.PHONY: run test install lint format migrate demo clean-db browser gettext messages wagtail-th serve serve-stop

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py setup_site
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py check_site
	$(BIN)/python manage.py periodic_report draft

run: demo
	$(BIN)/python manage.py ensure_demo_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Browser tests use Debian's chromium and chromedriver; installed with apt when missing and possible.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
	      || echo "Could not install chromium: the browser tests will be skipped"; \
	  else echo "chromium/chromedriver missing (apt needs root): the browser tests will be skipped"; fi; \
	fi

# The Thai catalogues (docs/language.md) need GNU gettext (xgettext, msgmerge, msgfmt): installed with apt when
# missing and possible.
gettext:
	@if ! command -v xgettext >/dev/null || ! command -v msgfmt >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null \
	      || echo "Could not install gettext: the catalogue checks will be skipped"; \
	  else echo "GNU gettext missing (apt needs root): the catalogue checks will be skipped"; fi; \
	fi

# The project's Thai catalogue: collect the strings the code marks for translation, then compile. Fill every new
# empty msgstr in sso_site/locale/th/LC_MESSAGES/django.po in Thai and run it again.
messages: install gettext
	$(BIN)/python manage.py makemessages -l th --settings=sso_site.settings.dev
	$(BIN)/python manage.py compilemessages -l th --settings=sso_site.settings.dev -i .venv -i node_modules

# Thai for the Wagtail admin strings Wagtail's own catalogue lacks (sso_site/locale_wagtail), from the
# translations in scripts/wagtail_th/translations/. Run after upgrading Wagtail.
wagtail-th: install gettext
	$(BIN)/python scripts/wagtail_th/build.py

# axe-core (MPL-2.0) checks the pages against WCAG 2.1 AA in the browser tests; fetched from the npm registry.
AXE_VERSION := 4.14.1
AXE := .cache/axe-core-$(AXE_VERSION)/axe.min.js

$(AXE):
	@mkdir -p .cache/tmp && cd .cache/tmp && \
	  (npm pack --silent axe-core@$(AXE_VERSION) >/dev/null && tar xzf axe-core-$(AXE_VERSION).tgz && \
	   mkdir -p ../axe-core-$(AXE_VERSION) && cp package/axe.min.js ../axe-core-$(AXE_VERSION)/) \
	  || echo "Could not fetch axe-core with npm: the accessibility checks will be skipped"
	@rm -rf .cache/tmp

test: install lint browser gettext $(AXE)
	env -u DATABASE_URL $(BIN)/python manage.py makemigrations --check --dry-run --settings=sso_site.settings.test
	$(BIN)/pytest -n 2

clean-db:
	rm -f db.sqlite3
	rm -rf media

# The production serving path on this machine (nginx → Varnish → gunicorn ×APP_SERVERS, PostgreSQL, Redis);
# see "make serve" in README.md. Safe to run again; make serve-stop ends it.
serve: install
	scripts/serve.sh

serve-stop:
	scripts/serve.sh stop
