"""The issue's "done when", through the command line and a drifted server on a real socket:
``contract --base-url <drifted> --record DIR`` → ``drift DIR --output fix.patch --report drift.md`` →
``git apply`` takes the patch → ``contract --spec patched.yaml`` passes against the same server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from space_sdk.cli._app import cli
from space_sdk.contract.runner import ServedMock
from tests.drift.conftest import CATALOGUE, ROOT

FAST = ["--max-examples", "5", "--phases", "examples,coverage,fuzzing", "--no-progress"]


def test_record_drift_patch_and_check_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACES_TOKEN", "mock-token")
    runner = CliRunner()
    with ServedMock(CATALOGUE["spaces-null-non-nullable"].app()) as root:
        url = root + "/api/v1"
        contract = ["contract", "--api", "spaces", "--base-url", url, *FAST]
        first = runner.invoke(
            cli, [*contract, "--record", str(tmp_path / "rec"), "--reports-dir", str(tmp_path)]
        )
        assert first.exit_code == 1, first.output  # the drifted server fails the check
        assert (tmp_path / "rec" / "spaces.har").is_file()

        patch, report = tmp_path / "fix.patch", tmp_path / "drift.md"
        found = runner.invoke(cli, ["drift", str(tmp_path / "rec"), "--api", "spaces", "--output", str(patch),
                                    "--report", str(report), "--no-sdk"])  # fmt: skip
        assert found.exit_code == 0, found.output
        assert "nullable" in found.output
        text = patch.read_text()
        assert "+        email: {type: [string, 'null']}" in text
        applied = subprocess.run(
            ["git", "apply", "--check", str(patch)], cwd=ROOT, capture_output=True, text=True
        )
        assert applied.returncode == 0, applied.stderr
        markdown = report.read_text()
        assert "# Drift report: spaces" in markdown
        assert "Suggested version bump: **major**" in markdown  # str → str | None breaks typed users

        work = tmp_path / "checkout"  # a copy of the committed spec, patched the way a reviewer would
        (work / "openapi").mkdir(parents=True)
        patched = work / "openapi" / "spaces.yaml"
        patched.write_text((ROOT / "openapi" / "spaces.yaml").read_text())
        applied = subprocess.run(["git", "apply", str(patch)], cwd=work, capture_output=True, text=True)
        assert applied.returncode == 0, applied.stderr
        assert "'null'" in patched.read_text()
        again = runner.invoke(
            cli, [*contract, "--spec", str(patched), "--reports-dir", str(tmp_path / "again")]
        )
        assert again.exit_code == 0, again.output


def test_drift_needs_an_api_or_a_spec(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["drift", str(tmp_path)])
    assert result.exit_code == 2
    assert "--api API or --spec FILE" in result.output


def test_drift_names_a_directory_without_recordings(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["drift", str(tmp_path), "--api", "spaces"])
    assert result.exit_code == 2
    assert "no .har file" in result.output


def test_apply_writes_the_patched_spec_in_place(tmp_path: Path) -> None:
    import json

    from space_sdk.recording import Exchange, HarWriter

    spec = tmp_path / "spaces.yaml"
    spec.write_text((ROOT / "openapi" / "spaces.yaml").read_text())
    before = spec.read_text()
    page = {"object": "list", "has_more": False, "data": [], "etag": "abc"}
    with HarWriter(tmp_path / "rec" / "spaces.har") as writer:
        for _ in range(2):
            writer.add(Exchange("GET", "https://spaces.pe/api/v1/customers", [], None, 200, "OK",
                                [("content-type", "application/json")], json.dumps(page)))  # fmt: skip
    result = CliRunner().invoke(cli, ["drift", str(tmp_path / "rec"), "--spec", str(spec), "--apply"])
    assert result.exit_code == 0, result.output
    after = spec.read_text()
    assert after != before
    assert "etag: {type: string" in after
    assert [line for line in after.splitlines() if line not in before.splitlines()] == [
        line for line in after.splitlines() if "etag" in line
    ]
