# One set of entry points: the README, CI (.ci/run) and people all use these targets.
# Every target creates .venv and installs the pinned toolchain by itself (only Python 3.11 + make needed).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install generate check-generated lint test contract demo mock legacy bench diff drift clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $@

install: $(STAMP)  ## create .venv with the pinned toolchain

generate: $(STAMP)  ## rebuild generated_client/ from openapi/ and space_sdk/_sync/ from space_sdk/_async/ (deterministic)
	$(PY) -m generator.unasync
	$(PY) -m generator.generate

check-generated: $(STAMP)  ## fail if generated_client/ or space_sdk/_sync/ is stale or was edited by hand
	$(PY) -m generator.unasync --check
	$(PY) -m generator.generate --check

lint: $(STAMP)  ## spec rules + openapi-spec-validator, ruff, mypy --strict
	$(PY) -m generator.speclint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint check-generated  ## every test (includes lint and check-generated)
	$(PY) -m pytest -q

contract: lint check-generated  ## the main job: contract suite against the mock (or CONTRACT_BASE_URL)
	$(BIN)/space-sdk contract

demo: contract  ## contract check, typed-client sessions (SpaceKnow pipeline, Scaleway) and the command line against the mock, the v1 → v2 change report
	$(PY) -m examples.demo
	$(PY) -m examples.spaceknow_demo
	$(PY) -m examples.scaleway_demo
	$(PY) -m examples.cli_demo
	$(BIN)/space-sdk diff openapi/spacescope-v1.yaml openapi/spacescope.yaml --allow-breaking

mock: $(STAMP)  ## serve the mock on 127.0.0.1:$${MOCK_PORT:-4010}
	$(BIN)/space-sdk mock

legacy: $(STAMP)  ## the vendor's legacy client (scaleway-sdk 1.15.0) as shipped against the mock (LEGACY_SCALEWAY_URL: a running one)
	$(PY) -m pytest tests/legacy -q

diff: $(STAMP)  ## change report: make diff OLD=origin/main:openapi/spacescope.yaml NEW=openapi/spacescope.yaml
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make diff OLD=<path|REF:PATH> NEW=<path|REF:PATH> [DIFF_ARGS='--format json --allow-breaking']"; exit 2; }
	$(BIN)/space-sdk diff $(OLD) $(NEW) $(DIFF_ARGS)

DRIFT_DIR ?= reports/recordings
drift: $(STAMP)  ## recorded answers → spec patch + report per API: make drift [API=spaces] [DRIFT_DIR=reports/recordings]
	@ls $(DRIFT_DIR)/*.har >/dev/null 2>&1 || { echo "no recordings in $(DRIFT_DIR): run space-sdk contract --record $(DRIFT_DIR) (or CONTRACT_RECORD=$(DRIFT_DIR) make contract)"; exit 2; }
	@for har in $(if $(API),$(DRIFT_DIR)/$(API).har,$(DRIFT_DIR)/*.har); do \
	  api=$$(basename $$har .har); \
	  $(BIN)/space-sdk drift $$har --api $$api --output reports/drift-$$api.patch --report reports/drift-$$api.md \
	    $(DRIFT_ARGS) || exit $$?; \
	  echo "reports/drift-$$api.patch, reports/drift-$$api.md"; \
	done

bench: $(STAMP)  ## measured figures: client overhead, mock throughput, drift over 10,000 exchanges (not assertions)
	$(PY) benchmarks/client_overhead.py
	$(PY) benchmarks/mock_throughput.py
	$(PY) benchmarks/drift.py

clean:  ## remove the venv and caches
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis reports
