"""Reports a person reads: JUnit per (operation, check) with curl and answer, counts equal to the terminal's,
the Markdown summary for $GITHUB_STEP_SUMMARY; --spec FILE and --token from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from space_sdk.cli._app import cli
from space_sdk.contract.junit import write_junit
from space_sdk.contract.results import markdown_summary
from space_sdk.spec import SPEC_DIR
from tests.contract.mutants import by_name, run_mutant


def test_junit_has_a_case_per_operation_and_check_with_curl_and_answer(tmp_path: Path) -> None:
    mutant = by_name(["spaces-type-changed"])[0]
    result = run_mutant(mutant, tmp_path)
    report = tmp_path / "junit.xml"
    write_junit(result, report, secrets=["mock-token"])
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    names = {case.get("name") for case in cases}
    assert "GET /customers [response_schema_conformance]" in names
    assert "GET /customers [not_a_server_error]" in names  # passing checks are test cases too
    failed = [case for case in cases if case.find("failure") is not None]
    assert int(suite.get("failures", "0")) == len(failed) == result.failure_count
    text = failed[0].findtext("failure") or ""
    assert "curl" in text
    assert "Answer:" in text
    assert "HTTP 200" in text
    assert "mock-token" not in report.read_text()
    assert f"{result.failure_count} failures" in result.summary()


def test_markdown_summary_names_each_failing_operation_and_check(tmp_path: Path) -> None:
    result = run_mutant(by_name(["spaces-type-changed"])[0], tmp_path)
    text = markdown_summary([result])
    assert "| spaces |" in text
    assert "`GET /customers`: **response_schema_conformance**" in text


def test_the_command_writes_the_step_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    args = ["contract", "--api", "spaces", "--operation", "retrieve_account", "--max-examples", "2"]
    args += ["--reports-dir", str(tmp_path), "--no-progress", "--jobs", "1", "--phases", "examples"]
    result = CliRunner().invoke(cli, args=args, prog_name="space-sdk")
    assert result.exit_code == 0, result.output
    assert "| spaces |" in summary.read_text()


def test_spec_file_and_token_on_the_command_line(tmp_path: Path) -> None:
    spec = tmp_path / "partner-api.yaml"
    shutil.copyfile(SPEC_DIR / "spaces.yaml", spec)
    args = ["contract", "--spec", str(spec), "--token", "mock-token", "--max-examples", "2"]
    args += ["--reports-dir", str(tmp_path), "--no-progress", "--jobs", "1", "--phases", "examples"]
    result = CliRunner().invoke(cli, args=args, prog_name="space-sdk")
    assert result.exit_code == 0, result.output
    assert "partner-api" in result.output
    refused = CliRunner().invoke(cli, args=[*args[:3], "--token", "wrong", *args[5:]], prog_name="space-sdk")
    assert refused.exit_code == 3
    assert "--token" in refused.output


def test_a_bad_rate_limit_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, args=["contract", "--rate-limit", "fast"], prog_name="space-sdk")
    assert result.exit_code == 2
    assert "N/s" in result.output
