"""Mutation tests: every mutant (the mock with one drift) is reported by the check meant for it; no control is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract.mutants import CONTROLS, MUTANTS, Mutant, reported_checks, run_mutant


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda m: m.name)
def test_mutant_is_reported_by_its_check(mutant: Mutant, tmp_path: Path) -> None:
    reported = reported_checks(run_mutant(mutant, tmp_path))
    assert mutant.check in reported, f"{mutant.drift}: expected [{mutant.check}], got {sorted(reported)}"


@pytest.mark.parametrize("control", CONTROLS, ids=lambda m: m.name)
def test_control_is_not_reported(control: Mutant, tmp_path: Path) -> None:
    result = run_mutant(control, tmp_path)
    assert reported_checks(result) == set(), "\n".join(
        f for op in result.operations.values() for f in [*op.failures, *op.errors]
    )


def test_catalogue_covers_every_api_and_kind() -> None:
    kinds = {m.drift for m in MUTANTS}
    assert {m.api for m in MUTANTS} >= {"spacescope", "spaces", "scaleway", "spaceknow"}
    assert len(kinds) >= 12
    assert all(m.check for m in MUTANTS)
    assert not any(c.check for c in CONTROLS)
