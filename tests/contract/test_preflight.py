"""Credentials first: a refused token stops the run before any case; mostly-refused operations fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from space_sdk.cli._app import cli
from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.preflight import CredentialsRefused, preflight_operation, refusal
from space_sdk.contract.runner import RunOptions, run_api
from space_sdk.spec import SPEC_DIR, load_spec
from tests.contract.mutants import Exchange, Mutated, Reply

APIS = ("spacescope", "spaces", "scaleway", "spaceknow", "spacescope-v1")


@pytest.mark.parametrize("api", APIS)
def test_every_api_has_a_preflight_call_that_changes_nothing(api: str) -> None:
    spec = load_spec(SPEC_DIR / f"{api}.yaml")
    op = preflight_operation(spec)
    assert op is not None
    assert op.method == "get" or op.raw.get("x-read-only") is True
    assert not any(p.required for p in op.parameters)


@pytest.mark.parametrize("api", APIS)
def test_a_wrong_token_stops_the_run_naming_the_variable(
    api: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    variable = api.upper().replace("-", "_") + "_TOKEN"
    monkeypatch.setenv(variable, "wrong")
    path = SPEC_DIR / f"{api}.yaml"
    sent: list[str] = []
    app = Mutated(create_app(path), request=lambda ex: sent.append(ex.path) and None)
    with pytest.raises(CredentialsRefused) as info:
        run_api(path, RunOptions(max_examples=2, reports_dir=tmp_path), app=app)
    assert variable in str(info.value)
    assert "wrong" not in str(info.value)
    assert len(sent) == 1  # the preflight call, nothing else


def test_the_command_exits_3_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACES_TOKEN", "wrong")
    result = CliRunner().invoke(
        cli,
        prog_name="space-sdk",
        args=["contract", "--api", "spaces", "--reports-dir", str(tmp_path), "--no-progress", "--jobs", "1"],
    )
    assert result.exit_code == 3
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "SPACES_TOKEN" in lines[0]


def test_refusal_reads_the_error_table() -> None:
    scope = load_spec(SPEC_DIR / "spacescope.yaml")
    assert refusal(scope, 200, b'{"code": 30001, "message": "", "request_id": "r"}') is not None  # permission
    assert (
        refusal(scope, 200, b'{"code": 30002, "message": "", "request_id": "r"}') is None
    )  # a bad parameter
    assert refusal(scope, 200, b'{"code": 0, "data": [], "message": "", "request_id": "r"}') is None
    spaces = load_spec(SPEC_DIR / "spaces.yaml")
    assert refusal(spaces, 401, b'{"message": "No valid API key used"}') is not None
    assert refusal(spaces, 400, b'{"message": "bad"}') is None


def test_an_operation_answering_mostly_refusals_fails(tmp_path: Path) -> None:
    # The token may check its credits (the preflight call) but nothing else: every other answer is 403.
    path = SPEC_DIR / "spaceknow.yaml"
    app = MockApp(load_spec(path), permissions={"mock-token": ("credits.get-remaining",)})
    options = RunOptions(
        max_examples=5,
        reports_dir=tmp_path,
        phases=("examples", "fuzzing"),
        include_operations=("credits_remaining", "imagery_search_initiate"),
    )
    result = run_api(path, options, app=app)
    failing = {
        op.label
        for op in result.operations.values()
        if any("[credentials_accepted]" in f for f in op.failures)
    }
    assert failing == {"POST /imagery/search/initiate"}


def test_a_valid_token_is_not_reported(tmp_path: Path) -> None:
    path = SPEC_DIR / "spaces.yaml"
    result = run_api(
        path,
        RunOptions(max_examples=5, reports_dir=tmp_path, phases=("examples", "fuzzing")),
        app=create_app(path),
    )
    assert all(op.refused == 0 for op in result.operations.values())
    assert sum(op.answered for op in result.operations.values()) > 0
    assert not any("[credentials_accepted]" in f for op in result.operations.values() for f in op.failures)


def test_reply_helpers_round_trip() -> None:
    reply = Reply(200, [(b"content-type", b"application/json")], b'{"a": 1}').with_header("x-b", "2")
    assert reply.header("X-B") == "2"
    assert reply.json() == {"a": 1}
    assert Exchange("GET", "/x", "a=1&b=2", {}).params == {"a": "1", "b": "2"}
