"""Each drift kind end to end: record a contract run against a mock with that one change (branch contract's
mutant catalogue), run drift, apply the patch, run the same check again with the patched spec."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from space_sdk.drift import drift
from space_sdk.spec import load_document
from tests.drift.conftest import ROOT, check, record

# mutant → (drift kind, the change report's severity and kind for its patch)
ADDITIVE = {
    "spaces-extra-field": ("undocumented_field", "non-breaking", "field-added"),
    "scaleway-enum-outside": ("enum_value", "breaking", "enum-changed"),
    "spaces-null-non-nullable": ("nullable", "breaking", "type-changed"),
    "spaces-204-for-body": ("new_status", "info", "response-added"),
    "scaleway-200-for-201": ("new_status", "info", "response-added"),
    "spaces-rate-limited": ("new_status", "non-breaking", "error-added"),
    "spacescope-error-undocumented-code": ("new_error_code", "non-breaking", "error-added"),
}
NOT_ADDITIVE = {
    "spaces-required-missing": "required_missing",
    "spaces-type-changed": "type_changed",
    "spacescope-datetime-no-offset": "datetime_no_offset",
}


def _git_apply_check(patch: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    file = tmp_path / "fix.patch"
    file.write_text(patch)
    return subprocess.run(
        ["git", "apply", "--check", str(file)], cwd=ROOT, capture_output=True, text=True, check=False
    )


def _failures(result: object) -> list[str]:
    return [f for op in result.operations.values() for f in [*op.failures, *op.errors]]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(ADDITIVE))
def test_additive_drift_is_patched_and_the_check_then_passes(name: str, tmp_path: Path) -> None:
    from generator.diff import build_report
    from generator.diff.load import _parse

    kind, severity, change_kind = ADDITIVE[name]
    recording = record(name, tmp_path / "rec")
    result = drift(recording.directory, recording.spec, label=recording.label, with_report=True)
    found = [f for f in result.analysis.findings if f.kind == kind]
    assert found, [(f.kind, f.where) for f in result.analysis.findings]
    assert any(f.patched for f in found)
    assert result.patched.diff.startswith(f"--- a/{recording.label}\n+++ b/{recording.label}\n")
    applied = _git_apply_check(result.patched.diff, tmp_path)
    assert applied.returncode == 0, applied.stderr
    patched = tmp_path / "patched.yaml"
    patched.write_text(result.patched.text)
    before = check(recording, recording.spec, tmp_path / "before")
    after = check(recording, patched, tmp_path / "after")
    assert not after.failed, _failures(after)
    if kind != "undocumented_field":  # an extra field is valid JSON Schema: only drift sees it
        assert before.failed
    report = build_report(_parse("old", recording.label, recording.spec.read_text()),
                          _parse("new", recording.label, result.patched.text), sdk=False)  # fmt: skip
    assert any(c.severity == severity and c.kind == change_kind for c in report.changes), report.changes
    assert "## What the patch means for SDK users" in result.report
    assert f"Suggested version bump: **{report.bump}**" in result.report


@pytest.mark.parametrize("name", list(NOT_ADDITIVE))
def test_breaking_drift_is_reported_and_commented_never_edited(name: str, tmp_path: Path) -> None:
    kind = NOT_ADDITIVE[name]
    recording = record(name, tmp_path / "rec")
    result = drift(recording.directory, recording.spec, label=recording.label, with_report=True)
    found = [f for f in result.analysis.findings if f.kind == kind]
    assert found, [(f.kind, f.where) for f in result.analysis.findings]
    assert not any(f.patched for f in result.analysis.findings)
    added = [line for line in result.patched.diff.splitlines() if line.startswith("+") and line[1:3] != "++"]
    assert added
    assert all(line[1:].lstrip().startswith("# drift:") for line in added)
    patched = tmp_path / "patched.yaml"
    patched.write_text(result.patched.text)
    assert load_document(patched) == load_document(recording.spec)  # comments only: the spec means the same
    assert _git_apply_check(result.patched.diff, tmp_path).returncode == 0
    assert found[0].title in result.report
    assert "not additive" in result.report


@pytest.mark.parametrize("name", ["spaces-unchanged", "spacescope-unchanged", "scaleway-unchanged"])
def test_an_unchanged_recording_gives_an_empty_patch(name: str, tmp_path: Path) -> None:
    recording = record(name, tmp_path / "rec")
    assert not recording.result.failed
    result = drift(recording.directory, recording.spec, label=recording.label, with_report=True)
    assert result.analysis.matched > 20
    assert result.analysis.findings == []
    assert result.patched.diff == ""
    assert "Empty: nothing to change." in result.report


def test_a_patched_spec_still_passes_speclint(tmp_path: Path) -> None:
    from generator.speclint import lint_spec

    for name in ["spaces-extra-field", "spaces-rate-limited", "scaleway-enum-outside", "spaces-204-for-body"]:
        recording = record(name, tmp_path / name)
        result = drift(recording.directory, recording.spec, label=recording.label, with_report=False)
        patched = tmp_path / name / recording.spec.name
        patched.write_text(result.patched.text)
        assert result.patched.diff
        assert lint_spec(patched) == [], name
