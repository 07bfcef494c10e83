"""Record contract runs against drifted mocks once per kind (module-scoped), for the drift tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from space_sdk.contract.mock.app import create_app
from space_sdk.contract.results import ApiResult
from space_sdk.contract.runner import RunOptions, run_api
from space_sdk.spec import SPEC_DIR
from tests.drift.mutants import SPACES_MUTANTS, SPACESCOPE_MUTANTS, Mutant

ROOT = SPEC_DIR.parent
# Small and fixed: the recording and the check after the patch send the same requests (same seed), so what
# the recording saw at least twice is what the check meets.
OPTIONS = RunOptions(max_examples=5, phases=("examples", "coverage", "fuzzing"))
# Spacescope has 47 operations that share its error table: one of them shows a new code as well as all.
OPERATIONS: dict[str, tuple[str, ...]] = {"spacescope": ("network_storage_capacity",), "spaces": ()}


@dataclass
class Recording:
    api: str
    kind: str
    spec: Path
    directory: Path
    app: Any
    result: ApiResult


def mutant(api: str, kind: str) -> Any:
    spec = SPEC_DIR / f"{api}.yaml"
    table = SPACES_MUTANTS if api == "spaces" else SPACESCOPE_MUTANTS
    return Mutant(create_app(spec), **table[kind])


def check(spec: Path, app: Any, api: str, reports: Path, operations: tuple[str, ...] = ()) -> ApiResult:
    from dataclasses import replace

    ops = operations or OPERATIONS[api]
    return run_api(spec, replace(OPTIONS, reports_dir=reports, include_operations=ops), app=app)


def record(api: str, kind: str, directory: Path) -> Recording:
    from dataclasses import replace

    spec = SPEC_DIR / f"{api}.yaml"
    app = mutant(api, kind) if kind != "unchanged" else create_app(spec)
    options = replace(
        OPTIONS, reports_dir=directory, record_dir=directory, include_operations=OPERATIONS[api]
    )
    result = run_api(spec, options, app=app)
    return Recording(api, kind, spec, directory, app, result)
