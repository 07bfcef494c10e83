"""The suite catches a deliberately broken mock: each break is reported by the check meant for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from space_sdk.contract.mock.app import MockApp, Receive, Scope, Send, create_app
from space_sdk.contract.results import ApiResult
from space_sdk.contract.runner import RunOptions, run_api
from space_sdk.spec import SPEC_DIR

SCOPE = SPEC_DIR / "spacescope.yaml"
OPERATION = "network_storage_capacity"


class WrongFieldType:
    """Sends a string where the spec says integer in every success row."""

    def __init__(self, app: MockApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def patched(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [(k, v) for k, v in message["headers"] if k != b"content-length"]
            if message["type"] == "http.response.body" and message.get("body"):
                body = json.loads(message["body"])
                for row in body.get("data") or []:
                    row["total_qa_bytes_power"] = "lots"
                message["body"] = json.dumps(body).encode()
            await send(message)

        await self.app(scope, receive, patched)


class ServerErrorOnEndDate:
    """Answers 500 whenever `end_date` is sent."""

    def __init__(self, app: MockApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and b"end_date" in scope.get("query_string", b""):
            await send(
                {"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"text/plain")]}
            )
            await send({"type": "http.response.body", "body": b"boom"})
            return
        await self.app(scope, receive, send)


def _run(
    app: Any, tmp_path: Path, phases: tuple[str, ...] = ("examples", "coverage", "fuzzing")
) -> ApiResult:
    options = RunOptions(
        max_examples=15, include_operations=(OPERATION,), reports_dir=tmp_path, phases=phases
    )
    return run_api(SCOPE, options, app=app)


def _failures(result: ApiResult) -> str:
    return "\n".join(f for op in result.operations.values() for f in op.failures)


def test_correct_mock_passes(tmp_path: Path) -> None:
    result = _run(create_app(SCOPE), tmp_path)
    assert not result.failed, _failures(result)
    report = (tmp_path / "contract-spacescope.xml").read_text()
    assert "testcase" in report
    assert "mock-token" not in report


def test_wrong_field_type_is_reported(tmp_path: Path) -> None:
    result = _run(WrongFieldType(create_app(SCOPE)), tmp_path)
    text = _failures(result)
    assert "[response_schema_conformance]" in text or "[success_data_conformance]" in text
    assert "failure" in (tmp_path / "contract-spacescope.xml").read_text()


def test_missing_auth_check_is_reported(tmp_path: Path) -> None:
    app = create_app(SCOPE)
    app.authenticate = lambda op, headers, query: "ok"
    assert "[ignored_auth]" in _failures(_run(app, tmp_path))


def test_server_error_is_reported(tmp_path: Path) -> None:
    assert "[not_a_server_error]" in _failures(_run(ServerErrorOnEndDate(create_app(SCOPE)), tmp_path))


def test_accepting_invalid_input_is_reported(tmp_path: Path) -> None:
    app = create_app(SCOPE)
    compiled = app.compiled[OPERATION]

    def no_validation(*args: Any, **kwargs: Any) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        values, _errors = compiled.__class__.validate(compiled, *args, **kwargs)
        return values, []

    object.__setattr__(compiled, "validate", no_validation)
    assert "[envelope_negative_data_rejection]" in _failures(_run(app, tmp_path))


@pytest.mark.parametrize("code", [30002])
def test_rejecting_valid_input_is_reported(tmp_path: Path, code: int) -> None:
    app = create_app(SCOPE, test_mode=True)
    original = app.handle

    async def always_reject(method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> Any:
        return await original(method, path, query, {**headers, "x-mock-fault": f"code:{code}"}, body)

    app.handle = always_reject  # type: ignore[method-assign]
    assert "[envelope_positive_data_acceptance]" in _failures(_run(app, tmp_path))
