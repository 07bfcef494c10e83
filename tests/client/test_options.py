"""Per-call options on every method, with_options, timeouts, the log switch, one meaning of base_url, and
``async for`` straight on an async list call."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sdk_helpers import TOKEN
from test_pagination import cursor_server

from space_sdk import (
    AsyncSpaces,
    ConfigurationError,
    RequestOptions,
    ServerError,
    Spaces,
    Spacescope,
)
from space_sdk._logs import setup_logging

SPACES = "https://spaces.pe/api/v1"


def _recording(status: int = 200) -> tuple[list[httpx.Request], Callable[[httpx.Request], httpx.Response]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if status != 200:
            return httpx.Response(status, json={"message": "down"})
        return httpx.Response(200, json={"object": "list", "data": [], "has_more": False})

    return seen, handler


def test_per_call_options_reach_the_request(spaces: Callable[..., Spaces]) -> None:
    seen, handler = _recording()
    api = spaces(handler)
    api.customers.list(
        limit=5,
        timeout=7.5,
        extra_headers={"X-Trace": "t1", "Authorization": "Basic stolen"},
        extra_query={"expand": "space", "live": True},
    )
    request = seen[0]
    assert request.extensions["timeout"]["read"] == 7.5
    assert request.headers["X-Trace"] == "t1"
    assert request.headers["Authorization"] != "Basic stolen"  # never over the credentials
    assert (request.url.params["expand"], request.url.params["live"], request.url.params["limit"]) == (
        "space",
        "true",
        "5",
    )
    api.customers.list()
    assert "X-Trace" not in seen[1].headers  # one call only


def test_per_call_max_retries(spaces: Callable[..., Spaces], sleeps: list[float]) -> None:
    seen, handler = _recording(503)
    api = spaces(handler)
    with pytest.raises(ServerError):
        api.customers.list(max_retries=0)
    assert len(seen) == 1
    with pytest.raises(ServerError):
        api.customers.list()  # the client's default: 2 retries
    assert len(seen) == 4


@pytest.mark.parametrize("bad", [0, -1, "5", True, float("nan"), httpx.Timeout(5.0, connect=0)])
def test_an_invalid_timeout_is_a_configuration_error(bad: Any, spaces: Callable[..., Spaces]) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Spaces(TOKEN, timeout=bad)
    with pytest.raises(ConfigurationError, match="timeout"):
        RequestOptions(timeout=bad)
    seen, handler = _recording()
    with pytest.raises(ConfigurationError, match="timeout"):
        spaces(handler).customers.list(timeout=bad)
    assert seen == []


def test_a_custom_http_clients_timeout_is_kept() -> None:
    seen, handler = _recording()
    own = httpx.Client(transport=httpx.MockTransport(handler), timeout=httpx.Timeout(42.0))
    with Spaces(TOKEN, http_client=own) as api:
        api.customers.list()
    assert seen[0].extensions["timeout"]["read"] == 42.0
    with Spaces(TOKEN, http_client=own, timeout=3.0) as api:  # an explicit timeout still wins
        api.customers.list()
    assert seen[1].extensions["timeout"]["read"] == 3.0
    own.close()


def test_with_options_shares_the_pool_and_closes_nothing(spaces: Callable[..., Spaces]) -> None:
    seen, handler = _recording()
    api = spaces(handler)
    slow = api.with_options(timeout=120.0, max_retries=0)
    assert type(slow) is Spaces
    assert slow._client._http is api._client._http
    slow.customers.list()
    slow.close()
    api.customers.list()  # the parent's pool is still open
    assert [r.extensions["timeout"]["read"] for r in seen] == [120.0, 60.0]
    with pytest.raises(ConfigurationError):
        api.with_options(timeout=0)


async def test_async_for_straight_on_a_list_call(async_spaces: Callable[..., AsyncSpaces]) -> None:
    _, handler = cursor_server(5)
    async with async_spaces(handler) as api:
        ids = [c.id async for c in api.customers.list(limit=2)]  # no await first
        page = await api.customers.list(limit=2)  # still the first page when awaited
        async with api.with_options(timeout=9.0) as other:
            more = [c.id async for c in other.customers.list(limit=4)]
    assert ids == more == [f"cus_{i}" for i in range(5)]
    assert len(page.data) == 2


def test_base_url_has_one_meaning_and_the_other_form_is_refused() -> None:
    with pytest.raises(ConfigurationError) as info:
        Spaces(TOKEN, base_url="http://127.0.0.1:4011")  # what a lenient mock also answers
    assert "use 'http://127.0.0.1:4011/api/v1'" in str(info.value)
    with pytest.raises(ConfigurationError) as info:
        Spacescope(TOKEN, base_url="https://api.spacescope.io/v2")
    assert "use 'https://api.spacescope.io'" in str(info.value)
    with Spaces(TOKEN, base_url="http://127.0.0.1:4011/api/v1/") as ok, Spacescope(TOKEN) as default:
        assert ok._client.base_url == "http://127.0.0.1:4011/api/v1"
        assert default._client.base_url == "https://api.spacescope.io"


def test_space_sdk_log_turns_the_log_on(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("space_sdk")
    level = logger.level
    monkeypatch.setenv("SPACE_SDK_LOG", "debug")
    handler = setup_logging()
    try:
        assert handler is not None
        assert logger.level == logging.DEBUG
        assert handler in logger.handlers
    finally:
        if handler is not None:
            logger.removeHandler(handler)
        logger.setLevel(level)
    monkeypatch.setenv("SPACE_SDK_LOG", "loud")
    with pytest.warns(RuntimeWarning, match="use 'debug' or 'info'"):
        assert setup_logging() is None
    monkeypatch.delenv("SPACE_SDK_LOG")
    assert setup_logging() is None
