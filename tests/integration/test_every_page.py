"""Every paginated operation of every API pages through the mock to the end: the typed client (sync over
loopback, async in-process) and the command line (``space-sdk call``), with the same rows each way.

The operations come from the generated ``OPERATIONS`` tables (an ``x-pagination`` in the spec); the arguments
are generated from each parameter's schema, a small page size is asked so that lists take several pages, and
a required path parameter naming an item (a security group's rules) takes the id of the first item its parent
list answers. The SDK refuses a page that repeats the one before (``ResponseValidationError``), so a mock
serving the same rows on every page fails here.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from click.testing import CliRunner

from space_sdk._registry import ApiEntry, api_names, get_api
from space_sdk.cli._app import cli
from space_sdk.cli._call import OperationCommand, _annotations, _model_of, resolve_method
from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.mock.data import generate, rng_for
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import SPEC_DIR, load_spec

TOKEN = "mock-token"
LOOPBACK = "http://127.0.0.1"


@dataclass(frozen=True)
class Case:
    api: str
    operation: dict[str, Any]

    @property
    def entry(self) -> ApiEntry:
        entry = get_api(self.api)
        assert entry is not None
        return entry

    @property
    def style(self) -> str:
        return str(self.operation["pagination"]["style"])


def _cases() -> list[Case]:
    return [
        Case(name, op)
        for name in api_names()
        for op in get_api(name).generated.OPERATIONS.values()  # type: ignore[union-attr]
        if op.get("pagination")
    ]


CASES = _cases()
IDS = [f"{c.api}:{c.operation['sdk_method']}" for c in CASES]


def test_every_paginated_operation_of_the_specs_is_covered() -> None:
    in_specs = sorted(
        f"{name}:{op.operation_id}"
        for name in api_names()
        for op in load_spec(SPEC_DIR / f"{name}.yaml").operations
        if op.pagination
    )
    assert sorted(f"{c.api}:{c.operation['operation_id']}" for c in CASES) == in_specs
    assert {c.style for c in CASES} == {"page", "cursor", "body_cursor", "link"}


# -- the mock, one per API, in-process and served -------------------------------------------------------------


APIS = sorted({c.api for c in CASES})


@pytest.fixture(scope="module")
def apps() -> dict[str, MockApp]:
    return {name: create_app(SPEC_DIR / f"{name}.yaml", tokens=[TOKEN]) for name in APIS}


@pytest.fixture(scope="module")
def served(apps: dict[str, MockApp]) -> Iterator[dict[str, str]]:
    with contextlib.ExitStack() as stack:
        yield {name: stack.enter_context(ServedMock(app)) for name, app in apps.items()}


def _with_path(entry: ApiEntry, root: str) -> str:
    """The mock's root plus the spec's server path (Spaces: /api/v1): base_url has one meaning."""
    return root.rstrip("/") + urlsplit(str(entry.generated.API["servers"][0]["url"])).path.rstrip("/")


def _client(entry: ApiEntry, base_url: str) -> Any:
    return entry.client_class(TOKEN, base_url=_with_path(entry, base_url))


def _async_client(entry: ApiEntry, app: MockApp) -> Any:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    return entry.async_client_class(TOKEN, base_url=_with_path(entry, LOOPBACK), http_client=http), http


# -- arguments from the spec --------------------------------------------------------------------------------


def _path_ids(case: Case) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(parameter, the paginated GET of the path before it) for each required path parameter: the id of a
    security group for its rules is the first item the security group list answers."""
    found = []
    for param in case.operation["params"]:
        if param["required"] and param["in"] == "path":
            prefix = case.operation["path"].split("{" + param["name"] + "}")[0].rstrip("/")
            parent = next(
                op
                for op in case.entry.generated.OPERATIONS.values()
                if op["path"] == prefix and op["method"] == "GET" and op.get("pagination")
            )
            found.append((param, parent))
    return found


def _first_id(parent: dict[str, Any], row: Any) -> str:
    return str(row.to_dict()[parent["pagination"].get("id_field", "id")])


def _arguments(case: Case, api: Any, ids: dict[str, str]) -> dict[str, Any]:
    """Keyword arguments for the first page: path ids, other required parameters from their schemas, the
    first of ``x-require-any-of``, a small page size, and a body (from its schema) without a cursor."""
    op, pg = case.operation, case.operation["pagination"]
    kwargs: dict[str, Any] = dict(ids)
    for param in op["params"]:
        name, wire = param["python_name"], param["name"]
        if wire == pg.get("size_param"):
            kwargs[name] = max(int(param["schema"].get("minimum", 1)), 1)  # one row a page: many pages
        elif wire == pg.get("limit_param"):
            kwargs[name] = int(param["schema"].get("maximum", 100))  # the cursor lists hold 250 rows
        elif param["required"] and name not in kwargs:
            kwargs[name] = generate(param["schema"], rng_for(op["operation_id"], wire))
    for wire in op.get("require_any_of") or []:
        param = next(p for p in op["params"] if p["name"] == wire)
        kwargs[param["python_name"]] = generate(param["schema"], rng_for(op["operation_id"], wire))
        break
    annotations = _annotations(resolve_method(api, op["sdk_method"]))
    if "body" in annotations:
        schema = load_spec(SPEC_DIR / f"{case.api}.yaml").operation(op["operation_id"]).body_schema or {}
        body = generate(schema, rng_for(op["operation_id"], "body"))
        body.pop(pg.get("cursor_field", "cursor"), None)  # the first page
        model = _model_of(annotations["body"][0])
        kwargs["body"] = model.from_dict(body) if model is not None else body  # type: ignore[attr-defined]
    return kwargs


def _sync_arguments(case: Case, api: Any) -> dict[str, Any]:
    ids = {
        param["python_name"]: _first_id(parent, next(iter(resolve_method(api, parent["sdk_method"])())))
        for param, parent in _path_ids(case)
    }
    return _arguments(case, api, ids)


async def _async_arguments(case: Case, api: Any) -> dict[str, Any]:
    ids = {}
    for param, parent in _path_ids(case):
        page = await resolve_method(api, parent["sdk_method"])()
        ids[param["python_name"]] = _first_id(parent, page.data[0])
    return _arguments(case, api, ids)


def _plain(row: Any) -> Any:
    return row.to_dict() if hasattr(row, "to_dict") else row


def _check(case: Case, pages: list[list[Any]], total: int | None) -> list[Any]:
    rows = [_plain(row) for page in pages for row in page]
    assert len({json.dumps(row, sort_keys=True, default=str) for row in rows}) == len(rows), (
        "a row came twice"
    )
    if total is not None:  # the Link style's X-Total-Count
        assert len(rows) == total
        size = case.operation["pagination"].get("size_param")
        per_page = next(
            int(p["schema"].get("minimum", 1)) for p in case.operation["params"] if p["name"] == size
        )
        assert len(pages) == max(1, math.ceil(total / per_page))
    elif case.style != "link":
        assert len(pages) >= 2, f"only {len(pages)} page(s): the test would not show paging"
    return rows


# -- the SDK, sync and async -----------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sync_client_pages_to_the_end(case: Case, served: dict[str, str]) -> None:
    with _client(case.entry, served[case.api]) as api:
        first = resolve_method(api, case.operation["sdk_method"])(**_sync_arguments(case, api))
        _check(case, [list(page.data) for page in first.iter_pages()], first.total)


@pytest.mark.parametrize("case", CASES, ids=IDS)
async def test_async_client_pages_to_the_end(case: Case, apps: dict[str, MockApp]) -> None:
    api, http = _async_client(case.entry, apps[case.api])
    async with http, api:
        first = await resolve_method(api, case.operation["sdk_method"])(**await _async_arguments(case, api))
        _check(case, [list(page.data) async for page in first.iter_pages()], first.total)


# -- the command line -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_command_line_pages_to_the_end(case: Case, served: dict[str, str]) -> None:
    with _client(case.entry, served[case.api]) as api:
        kwargs = _sync_arguments(case, api)
        expected = [_plain(row) for row in resolve_method(api, case.operation["sdk_method"])(**kwargs)]
    args = [
        "call",
        case.api,
        case.operation["sdk_method"],
        "--base-url",
        _with_path(case.entry, served[case.api]),
    ]
    args += ["--token", TOKEN]
    # the flags the command itself offers (a list's page size is --page-size, whatever the spec calls it)
    flags = {p.python_name: p.flag for p in OperationCommand(case.entry, case.operation).spec_params}
    for name, value in kwargs.items():
        if name == "body":
            args += ["--body", json.dumps(value.to_dict() if hasattr(value, "to_dict") else value)]
        else:
            args += [flags[name], str(value)]
    result = CliRunner().invoke(cli, [*args, "--format", "json", "--no-progress"], prog_name="space-sdk")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(expected, default=str))
    assert len(expected) > 0 or case.style == "link"
