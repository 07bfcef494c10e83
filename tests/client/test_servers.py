"""Where a call goes: the spec's servers with their {variables}, an operation's (or path's) own servers
(an auth host), and an explicit base_url that serves everything (a mock)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.facade import render_facade
from space_sdk import ConfigurationError
from space_sdk._async.client import AsyncAPIClient
from space_sdk._auth import BearerAuth
from space_sdk._setup import resolve_server
from space_sdk._sync.client import SyncAPIClient

SERVERS = [
    {
        "url": "https://cp-{region}.example.test",
        "variables": {"region": {"default": "par1", "enum": ["par1", "ams1"]}},
    }
]
API: dict[str, Any] = {"title": "t", "servers": SERVERS}
COMPUTE = {"operation_id": "list_servers", "method": "GET", "path": "/servers", "params": []}
ACCOUNT = {
    **COMPUTE,
    "operation_id": "list_tokens",
    "path": "/tokens",
    "servers": [{"url": "https://account.example.test"}],
}


def build(url: str) -> Any:
    return lambda **_: {"method": "get", "url": url}


def run(base_url: str | None = None, **variables: str) -> list[str]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={})

    client = SyncAPIClient(
        api=API,
        auth=BearerAuth("t"),
        base_url=base_url,
        server_variables=variables,
        transport=httpx.MockTransport(handler),
    )
    client.json(COMPUTE, build("/servers"), {})
    client.json(ACCOUNT, build("/tokens"), {})
    return seen


def test_default_server_variable_and_the_operations_own_host() -> None:
    assert run() == ["https://cp-par1.example.test/servers", "https://account.example.test/tokens"]


def test_a_server_variable_chooses_the_host() -> None:
    assert run(region="ams1")[0] == "https://cp-ams1.example.test/servers"


def test_a_server_variable_outside_its_enum_is_refused_naming_the_choices() -> None:
    with pytest.raises(ConfigurationError, match="region must be one of 'par1', 'ams1', got 'nyc1'"):
        run(region="nyc1")


def test_an_explicit_base_url_serves_every_operation() -> None:
    assert run("http://127.0.0.1:9") == ["http://127.0.0.1:9/servers", "http://127.0.0.1:9/tokens"]


async def test_async_client_routes_the_same_way() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={})

    client = AsyncAPIClient(
        api=API,
        auth=BearerAuth("t"),
        base_url=None,
        server_variables={"region": "ams1"},
        transport=httpx.MockTransport(handler),
    )
    await client.json(ACCOUNT, build("/tokens"), {})
    await client.json(COMPUTE, build("/servers"), {})
    await client.close()
    assert seen == ["https://account.example.test/tokens", "https://cp-ams1.example.test/servers"]


def test_resolve_server_accepts_plain_urls_and_needs_one() -> None:
    assert resolve_server(["https://a.example.test"], None, "x") == "https://a.example.test"
    with pytest.raises(ConfigurationError, match="no servers"):
        resolve_server([], None, "x")


def test_plain_http_to_a_remote_operation_host_is_refused() -> None:
    api: dict[str, Any] = {"title": "t", "servers": [{"url": "https://api.example.test"}]}
    client = SyncAPIClient(
        api=api,
        auth=BearerAuth("t"),
        base_url=None,
        transport=httpx.MockTransport(lambda r: httpx.Response(200)),
    )
    with pytest.raises(ConfigurationError, match="refusing plain http"):
        client.json({**ACCOUNT, "servers": [{"url": "http://account.example.test"}]}, build("/tokens"), {})


def test_the_facade_records_operation_and_path_level_servers() -> None:
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": SERVERS,
        "paths": {
            "/tokens": {
                "servers": [{"url": "https://account.example.test"}],
                "get": {
                    "operationId": "list_tokens",
                    "tags": ["tokens"],
                    "responses": {"200": {"description": "ok"}},
                },
            },
            "/servers": {
                "get": {
                    "operationId": "list_servers",
                    "tags": ["servers"],
                    "responses": {"200": {"description": "ok"}},
                },
                "post": {
                    "operationId": "create_server",
                    "tags": ["servers"],
                    "servers": [{"url": "https://other.example.test"}],
                    "responses": {"200": {"description": "ok"}},
                },
            },
        },
    }
    source = render_facade(spec, "demo_client")
    namespace: dict[str, Any] = {}
    start = source.index("API: dict[str, Any] = ")
    end = source.index("\n\n\nclass ")
    exec(
        source[start:end].replace(": dict[str, Any]", "").replace(": dict[str, dict[str, Any]]", ""),
        namespace,
    )
    assert namespace["API"]["servers"] == SERVERS
    ops = namespace["OPERATIONS"]
    assert ops["list_tokens"]["servers"] == [{"url": "https://account.example.test"}]
    assert ops["create_server"]["servers"] == [{"url": "https://other.example.test"}]
    assert "servers" not in ops["list_servers"]
