"""Fixtures: the spec-driven mock (space_sdk.contract.mock) in-process for async clients and served on
127.0.0.1 (space_sdk.contract.runner.ServedMock) for sync clients, behind a recorder that sees every request."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from space_sdk.contract.mock.__main__ import drop_connection_on_reset
from space_sdk.contract.mock.app import ASGIApp, MockApp, create_app
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import SPEC_DIR

TOKEN = "mock-token"
EXPIRED = "expired-token"
LOOPBACK = "http://127.0.0.1"
SPACES_PATH = "/api/v1"  # the Spaces spec's server path; the generated paths are relative to it


@dataclass(frozen=True)
class Seen:
    """One request as the mock received it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]


class Recorder:
    """ASGI middleware in front of a mock: records requests and the most requests in flight at once.

    ``delay`` (seconds) holds each request open, so concurrent requests overlap observably.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0

    def reset(self) -> None:
        self.requests.clear()
        self.in_flight = self.max_in_flight = 0
        self.delay = 0.0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = dict(parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True))
        self.requests.append(Seen(scope["method"], scope["path"], query, headers))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


def _app(name: str) -> MockApp:
    # test_mode only acts on requests carrying X-Mock-Fault, so one app serves normal and faulty calls.
    return create_app(SPEC_DIR / f"{name}.yaml", test_mode=True, tokens=[TOKEN], expired_tokens=[EXPIRED])


@pytest.fixture(scope="module")
def spaces_app() -> MockApp:
    return _app("spaces")


@pytest.fixture(scope="module")
def spacescope_app() -> MockApp:
    return _app("spacescope")


# -- in-process (async clients) ------------------------------------------------------------------------


@pytest.fixture
def spaces_rec(spaces_app: MockApp) -> Recorder:
    return Recorder(spaces_app)


@pytest.fixture
def spacescope_rec(spacescope_app: MockApp) -> Recorder:
    return Recorder(spacescope_app)


# -- served on 127.0.0.1 (sync clients) ----------------------------------------------------------------


@pytest.fixture(scope="module")
def _served_spaces(spaces_app: MockApp) -> Iterator[tuple[str, Recorder]]:
    rec = Recorder(spaces_app)
    with ServedMock(drop_connection_on_reset(rec)) as root:
        yield root, rec


@pytest.fixture(scope="module")
def _served_spacescope(spacescope_app: MockApp) -> Iterator[tuple[str, Recorder]]:
    rec = Recorder(spacescope_app)
    # as `python -m space_sdk.contract.mock` does: the `reset` fault drops the socket instead of a 500
    with ServedMock(drop_connection_on_reset(rec)) as root:
        yield root, rec


@pytest.fixture
def served_spaces(_served_spaces: tuple[str, Recorder]) -> tuple[str, Recorder]:
    """(base URL including the spec's server path, recorder), recorder emptied for this test."""
    root, rec = _served_spaces
    rec.reset()
    return root + SPACES_PATH, rec


@pytest.fixture
def served_spacescope(_served_spacescope: tuple[str, Recorder]) -> tuple[str, Recorder]:
    root, rec = _served_spacescope
    rec.reset()
    return root, rec


@pytest.fixture(scope="module")
def expected_customer_ids(_served_spaces: tuple[str, Recorder]) -> list[str]:
    """Every customer id, by paging the served mock with plain httpx (no SDK code involved)."""
    root, _ = _served_spaces
    ids: list[str] = []
    params: dict[str, Any] = {"limit": 100}
    with httpx.Client(base_url=root + SPACES_PATH, auth=(TOKEN, "")) as http:
        for _ in range(10):
            body = http.get("/customers", params=params).raise_for_status().json()
            ids.extend(item["id"] for item in body["data"])
            if not body["has_more"]:
                return ids
            params["starting_after"] = body["data"][-1]["id"]
    raise AssertionError("the mock's customer list did not end")
