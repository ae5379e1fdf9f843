# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := wsgi

.PHONY: run test setup lint types pytest assets translations extract-messages clean

run: setup
	$(BIN)/flask pes upgrade-db
	$(BIN)/flask pes demo --if-empty
	$(BIN)/flask run --host 127.0.0.1 --port $(PORT)

test: setup lint types pytest

setup: $(VENV)/.installed assets translations

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# htmx is pinned in package.json/package-lock.json and copied into pes/static (not committed).
assets: pes/static/vendor/htmx.min.js

pes/static/vendor/htmx.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p pes/static/vendor
	cp node_modules/htmx.org/dist/htmx.min.js $@

translations: $(VENV)/.installed
	$(BIN)/pybabel compile --statistics -d translations

extract-messages: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o translations/messages.pot --no-location --sort-output --project "Paris Elite Services" .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(VENV)/.installed
	$(BIN)/mypy

pytest: setup
	$(BIN)/pytest

clean:
	rm -rf $(VENV) node_modules pes/static/vendor .pytest_cache .mypy_cache .ruff_cache
