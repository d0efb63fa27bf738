# actornet — `make run` sets everything up and serves the API with the seeds loaded;
# `make test` runs the whole suite (lint, types, unit, integration on a real Neo4j, e2e in
# headless Chromium), installing what it needs.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export ACTORNET_API_HOST ?= 127.0.0.1
export ACTORNET_API_PORT ?= 8000

.PHONY: help setup run serve neo4j stop seed test quick lint format unit integration e2e bench eval system-deps clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is required"; exit 1; }
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	@pkg-config --exists icu-uc 2>/dev/null || { echo "installing ICU (followthemoney's PyICU builds against it)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libicu-dev g++ >/dev/null; }
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## Create the venv and install the Python packages
	@$(BIN)/actornet neo4j install

system-deps: ## Debian packages the tests need (Chromium, docker-compose, Java/Maven, ICU for followthemoney)
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium chromium-driver"; \
	command -v docker-compose >/dev/null || missing="$$missing docker-compose"; \
	command -v java >/dev/null || missing="$$missing openjdk-17-jre-headless"; \
	command -v mvn >/dev/null || missing="$$missing maven"; \
	pkg-config --exists icu-uc 2>/dev/null || missing="$$missing pkg-config libicu-dev g++"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

neo4j: $(STAMP) ## Start the local Neo4j (first time: fetched from Maven Central)
	@$(BIN)/actornet neo4j start

stop: ## Stop the local Neo4j
	@$(BIN)/actornet neo4j stop

seed: neo4j ## Apply the schema and load the seed facts
	@$(BIN)/actornet db init
	@$(BIN)/actornet load seeds/facts

run: seed ## Set up everything and serve the API with the seeds loaded
	@echo ""
	@echo "  API docs:      http://$(ACTORNET_API_HOST):$(ACTORNET_API_PORT)/docs"
	@echo "  Network views: http://$(ACTORNET_API_HOST):$(ACTORNET_API_PORT)/"
	@echo "  Browser guide: http://$(ACTORNET_API_HOST):$(ACTORNET_API_PORT)/guide"
	@$(BIN)/actornet neo4j status | sed -n 's/^Neo4j Browser: /  Neo4j Browser: /p'
	@echo ""
	@$(BIN)/actornet serve

serve: $(STAMP) ## Serve the API (Neo4j must be running)
	@$(BIN)/actornet serve

lint: $(STAMP) ## ruff (lint + format check), mypy --strict and the import contract
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: system-deps $(STAMP) lint ## Run the whole suite (installs what it needs)
	@$(BIN)/actornet neo4j install
	$(BIN)/python -m pytest tests

quick: $(STAMP) ## Every test but the slow ones (-m 'not slow')
	$(BIN)/python -m pytest tests -m 'not slow'

unit: $(STAMP) ## Unit tests only (no Neo4j)
	$(BIN)/python -m pytest tests/unit

integration: $(STAMP) ## Integration tests on a real Neo4j
	$(BIN)/python -m pytest tests/integration

e2e: system-deps $(STAMP) ## Browser tests in headless Chromium
	$(BIN)/python -m pytest tests/e2e

bench: system-deps $(STAMP) ## Benchmarks; results go to bench/RESULTS.md
	$(BIN)/python bench/bench_load.py
	$(BIN)/python bench/bench_views.py
	$(BIN)/python bench/bench_extract.py

eval: $(STAMP) ## Score extraction: seeds, own set (seeds/eval) and the newsdev set of real news
	$(BIN)/actornet eval seeds/facts seeds/facts --extract --baseline
	$(BIN)/actornet eval seeds/eval/facts seeds/eval/facts --extract --baseline
	@nd=$${ACTORNET_NEWSDEV:-../shared/newsdev}; \
	if [ -f "$$nd/gold.yaml" ]; then $(BIN)/actornet newsdev "$$nd"; \
	else echo "newsdev: skipped ($$nd not found; set ACTORNET_NEWSDEV)"; fi

clean: ## Remove the venv and caches (the Neo4j data in .neo4j stays)
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache test-artifacts
