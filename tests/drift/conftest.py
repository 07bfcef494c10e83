"""Recordings of contract runs against drifted mocks: branch contract's mutant catalogue
(``tests/contract/mutants.py``), one mutant per drift kind, plus a rate-limited Spaces for a new error status."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from space_sdk.contract.results import ApiResult
from space_sdk.contract.runner import RunOptions, run_api
from space_sdk.spec import SPEC_DIR
from tests.contract.mutants import CONTROLS, MUTANTS, Exchange, Mutant, Reply, run_mutant

ROOT = SPEC_DIR.parent


def _rate_limited(exchange: Exchange, reply: Reply) -> Reply | None:
    """A 429 where the mock answers 404: a status neither the operation nor ``x-errors`` documents."""
    if reply.status == 404:
        return replace(reply, status=429).with_json({"message": "Rate limit exceeded"})
    return None


EXTRA = (
    Mutant("spaces-rate-limited", "spaces", "new error status", "status_code_conformance",
           ("retrieve_customer", "retrieve_invoice"), response=_rate_limited),
)  # fmt: skip
CATALOGUE = {m.name: m for m in (*MUTANTS, *CONTROLS, *EXTRA)}


@dataclass
class Recording:
    mutant: Mutant
    directory: Path
    result: ApiResult

    @property
    def spec(self) -> Path:
        return self.mutant.spec_path

    @property
    def label(self) -> str:
        return f"openapi/{self.mutant.api}.yaml"


def record(name: str, directory: Path) -> Recording:
    """Run the suite against mutant ``name`` with ``--record``; the recording is ``directory/<api>.har``."""
    mutant = CATALOGUE[name]
    return Recording(mutant, directory, run_mutant(mutant, directory, record_dir=directory))


def check(recording: Recording, spec: Path, reports: Path, operations: tuple[str, ...] = ()) -> ApiResult:
    """The same run (same seed, operations, phases) against the same mutant, judged by ``spec``."""
    mutant = recording.mutant
    run = RunOptions(
        max_examples=mutant.max_examples,
        include_operations=operations or mutant.operations,
        reports_dir=reports,
        phases=mutant.phases,
        quiet=True,
    )
    app: Any = mutant.app()
    return run_api(spec, run, app=app)
