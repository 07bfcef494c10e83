"""The mock answers as the specs document: data, validation, auth, pagination, faults."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from space_sdk.contract.constraints import latest_available
from space_sdk.contract.mock import MockConnectionReset, create_app, create_combined_app
from space_sdk.contract.mock.validation import FORMATS
from space_sdk.contract.schemas import success_schema
from space_sdk.spec import SPEC_DIR, inline

SCOPE = SPEC_DIR / "spacescope.yaml"
SPACES = SPEC_DIR / "spaces.yaml"
BEARER = {"Authorization": "Bearer mock-token"}
BASIC = {"Authorization": "Basic " + base64.b64encode(b"mock-token:").decode()}


@pytest.fixture
async def scope_client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(SCOPE, test_mode=True, tokens=["mock-token"], expired_tokens=["expired-token"])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1"
    ) as client:
        yield client


@pytest.fixture
async def spaces_client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(SPACES, test_mode=True, tokens=["mock-token"])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1"
    ) as client:
        yield client


def _validates(spec_path: Path, operation_id: str, body: Any) -> None:
    from space_sdk.spec import load_spec

    spec = load_spec(spec_path)
    op = spec.operation(operation_id)
    schema = inline(spec.document, op.raw["responses"]["200"]["content"]["application/json"]["schema"])
    Draft202012Validator(schema, format_checker=FORMATS).validate(body)
    assert success_schema(spec, op)


async def test_range_rows_one_per_day_with_big_integers(scope_client: httpx.AsyncClient) -> None:
    query = {"start_date": "2023-01-01", "end_date": "2023-01-03"}
    resp = await scope_client.get("/v2/power/network_storage_capacity", params=query, headers=BEARER)
    body = resp.json()
    assert resp.status_code == 200
    assert body["code"] == 0
    assert body["request_id"]
    assert [row["stat_date"] for row in body["data"]] == [f"2023-01-0{d}T00:00:00Z" for d in (1, 2, 3)]
    assert body["data"][0]["total_qa_bytes_power"] == 20431876696867700000
    _validates(SCOPE, "network_storage_capacity", body)
    again = await scope_client.get("/v2/power/network_storage_capacity", params=query, headers=BEARER)
    assert again.content == resp.content  # same request, same body


async def test_default_range_is_latest_day(scope_client: httpx.AsyncClient) -> None:
    resp = await scope_client.get("/v2/power/network_storage_capacity", headers=BEARER)
    from space_sdk.spec import load_spec

    latest = latest_available(load_spec(SCOPE))
    assert [row["stat_date"] for row in resp.json()["data"]] == [f"{latest}T00:00:00Z"]


async def test_hourly_rows(scope_client: httpx.AsyncClient) -> None:
    query = {"start_hour": "2023-01-01T00:00:00Z", "end_hour": "2023-01-01T05:00:00Z"}
    resp = await scope_client.get("/v2/gas/network_base_fee", params=query, headers=BEARER)
    rows = resp.json()["data"]
    assert [row["hour_date"] for row in rows] == [f"2023-01-01T0{h}:00:00Z" for h in range(6)]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ({"start_date": "2023-13-01"}, "start_date"),
        ({"start_date": "2023-02-01", "end_date": "2023-01-01"}, "start_date"),
        ({"start_date": "2023-01-01", "end_date": "2023-02-01"}, "end_date"),
    ],
)
async def test_bad_parameter_is_http_200_code_30002(
    scope_client: httpx.AsyncClient, query: dict[str, str], param: str
) -> None:
    resp = await scope_client.get("/v2/power/network_storage_capacity", params=query, headers=BEARER)
    body = resp.json()
    assert resp.status_code == 200
    assert body["code"] == 30002
    assert param in body["message"]


async def test_31_days_is_allowed(scope_client: httpx.AsyncClient) -> None:
    query = {"start_date": "2023-01-01", "end_date": "2023-01-31"}
    resp = await scope_client.get("/v2/power/network_storage_capacity", params=query, headers=BEARER)
    assert len(resp.json()["data"]) == 31


async def test_future_date_is_data_not_ready(scope_client: httpx.AsyncClient) -> None:
    future = (date.today() + timedelta(days=3)).isoformat()
    resp = await scope_client.get(
        "/v2/power/network_storage_capacity", params={"start_date": future}, headers=BEARER
    )
    assert resp.json()["code"] == 30004


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, 10011),
        ({"Authorization": "mock-token"}, 10011),
        ({"Authorization": "Bearer nope"}, 10011),
        ({"Authorization": "Bearer expired-token"}, 10012),
    ],
)
async def test_auth_errors(scope_client: httpx.AsyncClient, headers: dict[str, str], code: int) -> None:
    resp = await scope_client.get("/v2/power/network_storage_capacity", headers=headers)
    assert resp.status_code == 401
    assert resp.json()["code"] == code


async def test_state_date_and_miner_id(scope_client: httpx.AsyncClient) -> None:
    query = {"state_date": "2023-01-05", "miner_id": "f01234"}
    resp = await scope_client.get("/v2/storage_provider/power", params=query, headers=BEARER)
    rows = resp.json()["data"]
    assert rows
    assert all(r["miner_id"] == "f01234" and r["stat_date"] == "2023-01-05T00:00:00Z" for r in rows)
    _validates(SCOPE, "storage_provider_power", resp.json())


async def test_deal_snapshot_requires_a_filter_and_pages(scope_client: httpx.AsyncClient) -> None:
    resp = await scope_client.get("/v2/deals/deal_snapshot", params={"page_size": 10}, headers=BEARER)
    assert resp.json()["code"] == 30002
    pages = []
    for page in range(10):
        params: dict[str, Any] = {"page_size": 10, "page": page, "provider_id": "f01234"}
        resp = await scope_client.get("/v2/deals/deal_snapshot", params=params, headers=BEARER)
        pages.append(resp.json()["data"])
    sizes = [len(p) for p in pages]
    assert sizes[0] == 10
    assert sizes[-1] == 0
    assert sizes == sorted(sizes, reverse=True)
    assert all(row["provider_id"] == "f01234" for p in pages for row in p)


async def test_cursor_pagination_walks_all_customers(spaces_client: httpx.AsyncClient) -> None:
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        resp = await spaces_client.get("/api/v1/customers", params=params, headers=BASIC)
        body = resp.json()
        seen += [c["id"] for c in body["data"]]
        if not body["has_more"]:
            break
        params = {"limit": 100, "starting_after": body["data"][-1]["id"]}
    assert seen[0] == "cus_0001"
    assert len(seen) == len(set(seen)) == 250
    back = await spaces_client.get(
        "/customers", params={"starting_before": "cus_0011", "limit": 5}, headers=BASIC
    )
    assert [c["id"] for c in back.json()["data"]] == [f"cus_{i:04d}" for i in range(6, 11)]
    _validates(SPACES, "list_customers", body)


async def test_spaces_errors(spaces_client: httpx.AsyncClient) -> None:
    assert (await spaces_client.get("/customers", params={"limit": 0}, headers=BASIC)).status_code == 400
    assert (await spaces_client.get("/customers", params={"limit": 101}, headers=BASIC)).status_code == 400
    missing = await spaces_client.get("/customers/cus_9999", headers=BASIC)
    assert missing.status_code == 404
    assert "message" in missing.json()
    assert (await spaces_client.get("/customers/cus_0007", headers=BASIC)).json()["id"] == "cus_0007"
    unauthorized = await spaces_client.get("/customers", auth=("wrong", ""))
    assert unauthorized.status_code == 401
    assert set(unauthorized.json()) == {"message"}


async def test_form_body(spaces_client: httpx.AsyncClient) -> None:
    form = {"event": "customer.created", "target_url": "https://example.com/hook"}
    resp = await spaces_client.post("/resource_subscriptions", data=form, headers=BASIC)
    assert resp.status_code == 200
    assert resp.json()["target_url"] == "https://example.com/hook"
    bad = await spaces_client.post(
        "/resource_subscriptions", data={"event": "customer.created"}, headers=BASIC
    )
    assert bad.status_code == 400


async def test_faults(scope_client: httpx.AsyncClient) -> None:
    url = "/v2/power/network_storage_capacity"
    resp = await scope_client.get(url, headers={**BEARER, "X-Mock-Fault": "code:30004"})
    assert resp.status_code == 200
    assert resp.json()["code"] == 30004
    resp = await scope_client.get(url, headers={**BEARER, "X-Mock-Fault": "code:10012"})
    assert resp.status_code == 401
    resp = await scope_client.get(url, headers={**BEARER, "X-Mock-Fault": "status:429;retry-after=2"})
    assert resp.status_code == 429
    assert resp.headers["retry-after"] == "2"
    resp = await scope_client.get(url, headers={**BEARER, "X-Mock-Fault": "html-502"})
    assert resp.status_code == 502
    assert resp.headers["content-type"].startswith("text/html")
    resp = await scope_client.get(url, headers={**BEARER, "X-Mock-Fault": "truncated"})
    with pytest.raises(json.JSONDecodeError):
        resp.json()
    with pytest.raises(MockConnectionReset):
        await scope_client.get(url, headers={**BEARER, "X-Mock-Fault": "reset"})
    statuses = []
    for _ in range(4):
        fault = {**BEARER, "X-Mock-Fault": "fail-times:2,status:503", "X-Mock-Fault-Key": "t1"}
        statuses.append((await scope_client.get(url, headers=fault)).status_code)
    assert statuses == [503, 503, 200, 200]


async def test_faults_off_outside_test_mode() -> None:
    app = create_app(SCOPE, tokens=["mock-token"])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1"
    ) as client:
        resp = await client.get(
            "/v2/power/network_storage_capacity", headers={**BEARER, "X-Mock-Fault": "status:503"}
        )
    assert resp.status_code == 200


async def test_combined_app_prefixes() -> None:
    app = create_combined_app([SCOPE, SPACES], tokens=["mock-token"])
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1"
    ) as client:
        assert (await client.get("/spacescope/v2/power/network_storage_capacity", headers=BEARER)).json()[
            "code"
        ] == 0
        assert (await client.get("/spaces/api/v1/account", headers=BASIC)).json()["object"] == "account"
        assert (await client.get("/nope")).status_code == 404


def test_served_reset_drops_the_connection() -> None:
    from space_sdk.contract.mock.__main__ import drop_connection_on_reset
    from space_sdk.contract.runner import ServedMock

    app = drop_connection_on_reset(create_app(SCOPE, test_mode=True, tokens=["mock-token"]))
    with ServedMock(app) as root:
        with pytest.raises(httpx.TransportError):
            httpx.get(
                root + "/v2/power/network_storage_capacity", headers={**BEARER, "X-Mock-Fault": "reset"}
            )
        assert httpx.get(root + "/v2/power/network_storage_capacity", headers=BEARER).status_code == 200


def _patterns(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.add(node["pattern"])
        for value in node.values():
            found |= _patterns(value)
    elif isinstance(node, list):
        for value in node:
            found |= _patterns(value)
    return found


def test_generated_strings_match_every_pattern_of_the_specs() -> None:
    # rows generated past a list's examples (later pages) must still validate: `pattern` is honoured
    import random
    import re

    from space_sdk.contract.mock.data import _string
    from space_sdk.spec import SPEC_DIR, load_document

    patterns = set().union(*(_patterns(load_document(p)) for p in sorted(SPEC_DIR.glob("*.yaml"))))
    assert patterns  # the specs do use patterns (deal_snapshot's decimal strings, miner ids)
    rnd = random.Random(7)
    for pattern in sorted(patterns):
        for _ in range(5):
            value = _string({"type": "string", "pattern": pattern}, rnd)
            assert re.search(pattern, value), (pattern, value)
