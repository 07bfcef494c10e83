"""Shapes no registered API has yet, on a fake API built like a generated one: an asynchronous job's
one-call node (``job.call`` in OPERATIONS: start, wait with progress, result), a started job's handle, and
a file answer (bytes). The command line reads only the tables and the typed methods' signatures, so a fake
with the same shape is what a real API will meet."""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import Any

import pytest

from space_sdk import JobState
from space_sdk.cli import _call
from space_sdk.cli._progress import Progress

from .conftest import invoke

BIG = 10**30
STATES = [JobState("NEW", 1.0, None, 0.0, 1, {}), JobState("PROCESSING", 2.0, "40 %", 1.0, 2, {})]

OPERATIONS: dict[str, dict[str, Any]] = {
    "search_initiate": {
        "operation_id": "search_initiate",
        "method": "POST",
        "path": "/search/initiate",
        "sdk_method": "search.initiate",
        "summary": "Start a search",
        "params": [],
        "shape": "job",
        "job": {"call": "search", "status": "get_status"},
    },
    "tile": {
        "operation_id": "tile",
        "method": "GET",
        "path": "/tile/{z}",
        "sdk_method": "tile",
        "summary": "One tile",
        "params": [
            {"name": "z", "python_name": "z", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "shape": "content",
    },
}


class Handle:
    """What a job's ``initiate`` returns: a handle whose text is the job id."""

    def __str__(self) -> str:
        return "JOB-7"


class SearchNode:
    def __init__(self, client: Any) -> None:
        self._client = client

    def __call__(
        self,
        *,
        body: dict[str, Any],
        max_wait: float | None = None,
        on_progress: Any = None,
        options: Any = None,
    ) -> list[dict[str, Any]]:
        self._client.calls.append(("search", body, max_wait))
        for state in STATES:
            if on_progress is not None:
                on_progress(state)
        return [{"scene": "a", "bytes": BIG}, {"scene": "b", "bytes": 1}]

    def initiate(self, *, body: dict[str, Any], options: Any = None) -> Handle:
        self._client.calls.append(("initiate", body, None))
        return Handle()


class Resources:
    def __init__(self, client: Any) -> None:
        self.search = SearchNode(client)

    def tile(self, *, z: int, options: Any = None) -> bytes:
        return b"\x89PNG\r\n" + bytes([z])


class FakeClient(Resources):
    def __init__(self, token: str, **settings: Any) -> None:
        self.calls: list[tuple[str, Any, Any]] = []
        super().__init__(self)

    def __enter__(self) -> FakeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        CLIENTS.append(self)


CLIENTS: list[FakeClient] = []


@pytest.fixture(autouse=True)
def fake_api(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = types.SimpleNamespace(
        name="fake",
        api={"title": "Fake API", "servers": ["https://fake.example.com"]},
        operations=OPERATIONS,
        token_variable="FAKE_TOKEN",
        generated=types.SimpleNamespace(Resources=Resources),
        client_class=FakeClient,
    )
    monkeypatch.setattr(_call, "api_names", lambda: ["fake"])
    monkeypatch.setattr(_call, "get_api", lambda name: entry if name == "fake" else None)
    CLIENTS.clear()


def test_a_job_call_node_is_a_command_that_waits_and_prints_the_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    class Recording(Progress):
        def job(self, state: Any) -> None:
            seen.append(state.status)

    monkeypatch.setattr(_call, "Progress", Recording)
    listing = " ".join(invoke(["call", "fake", "--help"]).stdout.split())
    assert "search Start a search, wait for it and print its result search.initiate Start a search" in listing
    assert "--max-wait SECONDS" in invoke(["call", "fake", "search", "--help"]).stdout
    result = invoke(
        ["call", "fake", "search", "--body", '{"q": 1}', "--max-wait", "30", "--token", "t", "-f", "jsonl"]
    )
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"scene": "a", "bytes": BIG},
        {"scene": "b", "bytes": 1},
    ]
    assert seen == ["NEW", "PROCESSING"]  # every status reached the progress line
    assert CLIENTS[-1].calls == [("search", {"q": 1}, 30.0)]


def test_starting_a_job_prints_its_handle() -> None:
    result = invoke(["call", "fake", "search.initiate", "--body", "{}", "--token", "t"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == "JOB-7"
    assert "--max-wait" not in invoke(["call", "fake", "search.initiate", "--help"]).stdout


def test_a_file_answer_is_written_as_bytes(tmp_path: Path) -> None:
    target = tmp_path / "tile.png"
    result = invoke(["call", "fake", "tile", "--z", "3", "--token", "t", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == b"\x89PNG\r\n\x03"
    assert "7 bytes written" in result.stderr
    piped = invoke(["call", "fake", "tile", "--z", "4", "--token", "t"])
    assert piped.exit_code == 0
    assert piped.stdout_bytes == b"\x89PNG\r\n\x04"


def test_a_file_answer_is_not_dumped_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_call, "is_terminal", lambda stream=None: True)
    result = invoke(["call", "fake", "tile", "--z", "4", "--token", "t", "--no-progress"])
    assert result.exit_code == 2
    assert "the answer is 7 bytes of binary data: give --output FILE" in result.stderr
    assert result.stdout_bytes == b""
