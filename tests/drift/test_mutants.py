"""Each drift kind end to end: record a contract run against a mock with that one change, run drift, apply
the patch, check again with the patched spec."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from space_sdk.drift import drift
from space_sdk.spec import load_document
from tests.drift.conftest import ROOT, check, record

ADDITIVE = [
    ("spaces", "undocumented_field"),
    ("spaces", "enum_value"),
    ("spaces", "nullable"),
    ("spaces", "new_status"),
    ("spacescope", "new_error_code"),
]
NOT_ADDITIVE = [("spaces", "required_missing"), ("spaces", "type_changed")]
# What the change report calls the patch of each kind (generator.diff's kinds and severities)
CLASSIFIED = {
    "undocumented_field": ("non-breaking", "field-added"),
    "enum_value": ("breaking", "enum-changed"),
    "nullable": ("breaking", "type-changed"),
    "new_status": ("non-breaking", "error-added"),
    "new_error_code": ("non-breaking", "error-added"),
}


def _git_apply_check(patch: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    file = tmp_path / "fix.patch"
    file.write_text(patch)
    return subprocess.run(
        ["git", "apply", "--check", str(file)], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(("api", "kind"), ADDITIVE)
def test_additive_drift_is_patched_and_the_check_then_passes(api: str, kind: str, tmp_path: Path) -> None:
    from generator.diff import build_report
    from generator.diff.load import _parse

    recording = record(api, kind, tmp_path / "rec")
    result = drift(recording.directory, recording.spec, label=f"openapi/{api}.yaml", with_report=True)
    found = [f for f in result.analysis.findings if f.kind == kind]
    assert found, [f.kind for f in result.analysis.findings]
    assert any(f.patched for f in found)
    assert result.patched.diff.startswith(f"--- a/openapi/{api}.yaml\n+++ b/openapi/{api}.yaml\n")
    applied = _git_apply_check(result.patched.diff, tmp_path)
    assert applied.returncode == 0, applied.stderr
    patched = tmp_path / "patched.yaml"
    patched.write_text(result.patched.text)
    operations = tuple({f.operation for f in found}) if kind == "enum_value" else ()
    # EventType is also a request body's enum: the mutant's mock (the old spec) refuses the new value when
    # the check *sends* it, so the check runs on the operations that answered with it
    before = check(recording.spec, recording.app, api, tmp_path / "before", operations)
    after = check(patched, recording.app, api, tmp_path / "after", operations)
    assert not after.failed, [f for op in after.operations.values() for f in [*op.failures, *op.errors]]
    if kind != "undocumented_field":  # an extra field is valid JSON Schema: only drift sees it
        assert before.failed
    report = build_report(_parse("old", f"openapi/{api}.yaml", recording.spec.read_text()),
                          _parse("new", f"openapi/{api}.yaml", result.patched.text), sdk=False)  # fmt: skip
    severity, change_kind = CLASSIFIED[kind]
    assert any(c.severity == severity and c.kind == change_kind for c in report.changes), report.changes
    assert "## What the patch means for SDK users" in result.report
    assert f"Suggested version bump: **{report.bump}**" in result.report


@pytest.mark.parametrize(("api", "kind"), NOT_ADDITIVE)
def test_breaking_drift_is_reported_and_commented_never_edited(api: str, kind: str, tmp_path: Path) -> None:
    recording = record(api, kind, tmp_path / "rec")
    result = drift(recording.directory, recording.spec, label=f"openapi/{api}.yaml", with_report=True)
    found = [f for f in result.analysis.findings if f.kind == kind]
    assert found
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


def test_an_unchanged_recording_gives_an_empty_patch(tmp_path: Path) -> None:
    recording = record("spaces", "unchanged", tmp_path / "rec")
    assert not recording.result.failed
    result = drift(recording.directory, recording.spec, label="openapi/spaces.yaml", with_report=True)
    assert result.analysis.exchanges > 100
    assert result.analysis.findings == []
    assert result.patched.diff == ""
    assert "Empty: nothing to change." in result.report


def test_a_patched_spec_still_passes_speclint(tmp_path: Path) -> None:
    from generator.speclint import lint_spec

    for api, kind in [("spaces", "undocumented_field"), ("spaces", "new_status"), ("spaces", "nullable")]:
        recording = record(api, kind, tmp_path / kind)
        result = drift(recording.directory, recording.spec, label=f"openapi/{api}.yaml", with_report=False)
        patched = tmp_path / kind / f"{api}.yaml"
        patched.write_text(result.patched.text)
        assert result.patched.diff
        assert lint_spec(patched) == [], kind
