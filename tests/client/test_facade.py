"""The facade generator: every operation is reachable under its x-sdk-method, names never clash."""

from __future__ import annotations

import ast
import inspect
from typing import Any

import pytest
from sdk_helpers import TOKEN, load_spec

from generator.facade import FacadeError, render_facade
from space_sdk import AsyncSpaceKnow, AsyncSpaces, AsyncSpacescope, SpaceKnow, Spaces, Spacescope

CLIENTS = {
    "spacescope": (Spacescope, AsyncSpacescope, "spacescope_client"),
    "spaces": (Spaces, AsyncSpaces, "spaces_client"),
    "spaceknow": (SpaceKnow, AsyncSpaceKnow, "spaceknow_client"),
}
METHODS = ("get", "put", "post", "delete", "patch")


def _sdk_methods(spec: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in METHODS:
                tag = op["tags"][0]
                out.append((op["operationId"], op.get("x-sdk-method") or f"{tag}.{op['operationId']}"))
    return out


@pytest.mark.parametrize("name", sorted(CLIENTS))
def test_render_is_valid_python_and_deterministic(name: str) -> None:
    spec = load_spec(name)
    source = render_facade(spec, CLIENTS[name][2])
    ast.parse(source)
    assert source == render_facade(spec, CLIENTS[name][2])


@pytest.mark.parametrize("name", sorted(CLIENTS))
def test_every_operation_is_a_method(name: str) -> None:
    sync_cls, async_cls, _ = CLIENTS[name]
    spec = load_spec(name)
    api = sync_cls(TOKEN)
    aapi = async_cls(TOKEN)
    for op_id, dotted in _sdk_methods(spec):
        for root in (api, api.with_raw_response, aapi, aapi.with_raw_response):
            target: Any = root
            for part in dotted.split("."):
                target = getattr(target, part)
            assert callable(target), dotted
            assert f"``{op_id}``" in (target.__doc__ or "")
            params = inspect.signature(target).parameters
            assert {"options", "timeout", "max_retries", "extra_headers", "extra_query"} <= set(params)
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
        method = getattr(_walk(aapi, dotted), "__func__", None)
        if _returns_pager(method):  # a list: awaitable (first page) and async-iterable (every item)
            continue
        assert inspect.iscoroutinefunction(method)
    api.close()


def _returns_pager(method: Any) -> bool:
    return str(inspect.signature(method).return_annotation).startswith("AsyncPager[")


def _walk(root: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        root = getattr(root, part)
    return root


def test_the_operations_table_matches_the_spec() -> None:
    from spacescope_client._sdk import API, OPERATIONS

    spec = load_spec("spacescope")
    assert set(OPERATIONS) == {op_id for op_id, _ in _sdk_methods(spec)}
    assert API["x-errors"] == spec["x-errors"]
    assert [s["url"] for s in API["servers"]] == [s["url"] for s in spec["servers"]]
    op = OPERATIONS["network_storage_capacity"]
    assert op["date_range"] == spec["paths"]["/v2/power/network_storage_capacity"]["get"]["x-date-range"]
    assert op["shape"] == "rows"
    assert "$ref" not in repr(op["params"])


def test_clashing_sdk_methods_are_rejected() -> None:
    spec = load_spec("spacescope")
    paths = spec["paths"]
    first, second = list(paths)[:2]
    paths[first]["get"]["x-sdk-method"] = "power.same"
    paths[second]["get"]["x-sdk-method"] = "power.same"
    with pytest.raises(FacadeError, match="clash"):
        render_facade(spec, "spacescope_client")


def test_unusable_sdk_method_names_are_rejected() -> None:
    spec = load_spec("spacescope")
    first = next(iter(spec["paths"]))
    spec["paths"][first]["get"]["x-sdk-method"] = "power.class"
    with pytest.raises(FacadeError, match="not a usable Python name"):
        render_facade(spec, "spacescope_client")


def test_login_operations_are_carried_for_the_core() -> None:
    spec = load_spec("spaces")
    spec["components"]["securitySchemes"]["basicAuth"]["x-auth-login"] = {
        "operation": "retrieve_account",
        "token": "/id",
    }
    source = render_facade(spec, "spaces_client")
    assert "'auth_operations': {'retrieve_account': {'operation_id': 'retrieve_account'" in source
    spec["components"]["securitySchemes"]["basicAuth"]["x-auth-login"]["revoke"] = "no_such_op"
    with pytest.raises(FacadeError, match=r"x-auth-login\.revoke: no operation 'no_such_op'"):
        render_facade(spec, "spaces_client")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda job: job.update(status="nope"), "x-job.status 'nope' is not an operationId"),
        (lambda job: job.update(retrieve="nope"), "x-job.retrieve 'nope' is not an operationId"),
        (lambda job: job.update(retrieve="credits_transactions"), "must answer one model"),
        (lambda job: job.update(pages={"style": "body_cursor", "items": "nope"}), "is not a list of a model"),
        (lambda job: job.update(call="kraken.release"), "is also the call of"),
    ],
)
def test_broken_x_job_data_is_refused_by_the_generator(change: Any, message: str) -> None:
    spec = load_spec("spaceknow")
    change(spec["paths"]["/imagery/search/initiate"]["post"]["x-job"])
    with pytest.raises(FacadeError, match=message):
        render_facade(spec, "spaceknow_client")


def test_job_methods_one_call_and_resume_exist_sync_and_async() -> None:
    sk, ask = SpaceKnow(TOKEN), AsyncSpaceKnow(TOKEN)
    for client in (sk, ask):
        for call in (client.imagery.search, client.kraken.release):
            assert callable(call)
            assert callable(call.resume)
            assert callable(call.initiate)
    assert inspect.iscoroutinefunction(ask.kraken.release.__call__)
    assert not hasattr(sk.credits, "resume")
