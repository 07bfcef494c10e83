# One set of entry points: the README, CI (.ci/run) and people all use these targets.
# Every target creates .venv and installs the pinned toolchain by itself (only Python 3.11, make and node 20 + npm
# needed: tools/package-lock.json pins Redocly, Spectral and Prism, installed into tools/node_modules by npm ci).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
# Third-party spec tools (Redocly, Spectral, Prism), pinned by tools/package-lock.json, installed with npm ci.
TOOLS  := tools/node_modules
NODE   := $(TOOLS)/.bin
NSTAMP := $(TOOLS)/.installed
SPECS  := $(wildcard openapi/*.yaml)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.DEFAULT_GOAL := help
.PHONY: help install generate check-generated lint test contract demo mock legacy bench diff drift clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $@

$(NSTAMP): tools/package.json tools/package-lock.json
	npm ci --prefix tools --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

install: $(STAMP) $(NSTAMP)  ## create .venv with the pinned toolchain, tools/node_modules with the npm tools

generate: $(STAMP)  ## rebuild generated_client/ from openapi/ and space_sdk/_sync/ from space_sdk/_async/ (deterministic)
	$(PY) -m generator.unasync
	$(PY) -m generator.generate

check-generated: $(STAMP)  ## fail if generated_client/ or space_sdk/_sync/ is stale or was edited by hand
	$(PY) -m generator.unasync --check
	$(PY) -m generator.generate --check

lint: $(STAMP) $(NSTAMP)  ## spec rules + openapi-spec-validator, Redocly, Spectral, ruff, mypy --strict, pyright strict (typed_usage.py)
	$(PY) -m generator.speclint
	$(NODE)/redocly lint --config tools/redocly.yaml --format=summary $(SPECS)
	$(NODE)/spectral lint --ruleset tools/spectral.yaml --fail-severity=warn $(SPECS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pyright -p pyproject.toml

test: lint check-generated  ## every test (includes lint and check-generated), on every core (pytest-xdist)
	$(PY) -m pytest -q -n auto

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
	@# make itself exits 2 whenever a command fails: the report's own code is named here (1 = breaking)
	@$(BIN)/space-sdk diff $(OLD) $(NEW) $(DIFF_ARGS) || { code=$$?; echo "space-sdk diff exited $$code: $$( \
		[ $$code = 1 ] && echo 'breaking changes (make exits 2 for any failed command; run space-sdk diff for the code)' \
		|| echo 'bad input')" >&2; exit $$code; }

DRIFT_DIR ?= reports/recordings
drift: $(STAMP)  ## recorded answers → spec patch + report per API: make drift [API=spaces] [DRIFT_DIR=reports/recordings]
	@ls $(DRIFT_DIR)/*.har >/dev/null 2>&1 || { echo "no recordings in $(DRIFT_DIR): run space-sdk contract --record $(DRIFT_DIR) (or CONTRACT_RECORD=$(DRIFT_DIR) make contract)"; exit 2; }
	@for har in $(if $(API),$(DRIFT_DIR)/$(API).har,$(DRIFT_DIR)/*.har); do \
	  api=$$(basename $$har .har); \
	  $(BIN)/space-sdk drift $$har --api $$api --output reports/drift-$$api.patch --report reports/drift-$$api.md \
	    $(DRIFT_ARGS) || exit $$?; \
	  echo "reports/drift-$$api.patch, reports/drift-$$api.md"; \
	done

bench: $(STAMP) $(NSTAMP)  ## measured figures: client overhead, mock throughput, drift over 10,000 exchanges (not assertions)
	$(PY) benchmarks/client_overhead.py
	$(PY) benchmarks/mock_throughput.py
	$(PY) benchmarks/drift.py

clean:  ## remove the venv and caches
	rm -rf $(VENV) $(TOOLS) .mypy_cache .ruff_cache .pytest_cache .hypothesis reports
