# Pathways: `make run` brings the whole system up locally; `make test` runs every test
# against a real Kafka broker and a real MongoDB-protocol server (FerretDB).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: help venv run test test-unit test-integration lint format protos protos-check \
        bench bench-quick bench-soak bench-soak-quick eval infra-up infra-down clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ needed"'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(INSTALLED)  ## Create the virtualenv with every dependency

run: venv  ## Kafka, FerretDB and the three services, in the foreground (Ctrl-C stops all)
	$(PY) infra/local_stack.py run

test: venv  ## The whole suite against real Kafka and FerretDB (started and stopped here)
	$(PY) infra/local_stack.py test -- $(PYTEST_ARGS)

test-unit: venv  ## Unit tests only: no broker, no database; a third of the property examples, every core
	PATHWAYS_HYPOTHESIS_PROFILE=pathways-quick $(PY) -m pytest tests/unit -n auto --dist worksteal $(PYTEST_ARGS)

test-integration: venv  ## Integration and end-to-end tests (real Kafka and FerretDB)
	$(PY) infra/local_stack.py test -- tests/integration tests/e2e $(PYTEST_ARGS)

lint: venv  ## ruff (lint and format check) and mypy strict over services, tests, bench and infra
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: venv  ## Apply ruff's fixes and formatting
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

protos: venv  ## Regenerate the Python code of protos/pathways/v1
	$(PY) protos/generate.py

protos-check: venv  ## Fail if the generated code is stale
	$(PY) protos/generate.py --check

bench: venv  ## Benchmarks at full size; writes BENCHMARKS.md
	$(PY) bench/report.py

bench-quick: venv  ## Benchmarks at small sizes (a few minutes); figures never fail the build
	$(PY) bench/report.py --quick --strict --output .local/BENCHMARKS-quick.md

bench-soak: venv  ## Soak: cost at 1,000 and 100,000 survivors; growth takes hours, resumable
	$(PY) bench/soak.py --output .local/bench-soak/SOAK.md

bench-soak-quick: venv  ## The soak harness at 200 and 2,000 survivors (minutes)
	$(PY) bench/soak.py --quick --output .local/bench-soak/SOAK-quick.md

eval: venv  ## Matching quality: recall@10/nDCG@10 per kind beside BM25 and random, rule violations, concentration; precision@5 per language; job ads read per language
	$(PY) bench/eval_matching.py --markdown .local/EVAL.md
	$(PY) bench/eval_languages.py --markdown .local/EVAL-languages.md
	$(PY) bench/eval_job_ads.py --markdown .local/EVAL-job-ads.md

infra-up: venv  ## Provision and start only Kafka and FerretDB (default ports)
	bash infra/kafka.sh start
	bash infra/ferretdb.sh start
	PATHWAYS_FERRETDB_INSTANCE=keyvault bash infra/ferretdb.sh start

infra-down:  ## Stop Kafka and FerretDB started by infra-up
	-bash infra/kafka.sh stop
	-bash infra/ferretdb.sh stop
	-PATHWAYS_FERRETDB_INSTANCE=keyvault bash infra/ferretdb.sh stop

clean: infra-down  ## Remove the virtualenv and local run data (not the tool cache)
	rm -rf $(VENV) .local .pytest_cache .mypy_cache .ruff_cache *.egg-info
