"""Valid keyword arguments for any operation's typed method, from its spec alone: what the docs show first
(a parameter's or schema's example, a request body example), then the schema (enum, default, a generated
value); a date range of one day; the first of ``x-require-any-of``. Shared by the tests that call every
operation (every page, every documented example, Prism)."""

from __future__ import annotations

import datetime
import functools
import io
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from space_sdk._refs import inline
from space_sdk._registry import ApiEntry, get_api
from space_sdk.cli._call import _annotations, _members, _model_of, resolve_method
from space_sdk.contract.mock.data import generate, rng_for
from space_sdk.spec import SPEC_DIR, ApiSpec, load_spec

ROOT = Path(__file__).resolve().parents[2]
DAY = datetime.date(2022, 7, 1)
TOKEN = "mock-token"


def client(entry: ApiEntry, **kwargs: Any) -> Any:
    """The API's blocking client (Spacescope v1's deprecation warning is expected, not an error here)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return entry.client_class(TOKEN, **kwargs)


def entry_of(api: str) -> ApiEntry:
    entry = get_api(api)
    assert entry is not None
    return entry


@functools.cache
def spec_of(api: str) -> ApiSpec:
    return load_spec(SPEC_DIR / f"{api}.yaml")


def _documented_value(raw: Mapping[str, Any], op_id: str) -> Any:
    schema = raw.get("schema") or {}
    for source in (raw, schema):
        if "example" in source:
            return source["example"]
        examples = source.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
        if isinstance(examples, dict) and examples:
            return next(iter(examples.values())).get("value")
    if schema.get("enum"):
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    return generate(schema, rng_for(op_id, raw.get("name")))


def _raw_params(spec: ApiSpec, operation: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    item = spec.document["paths"][operation["path"]]
    op = item[operation["method"].lower()]
    params = [inline(spec.document, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return {p["name"]: p for p in params}


def request_body(spec: ApiSpec, operation: Mapping[str, Any]) -> Any:
    """The first request body example the spec documents, else one generated from the body schema."""
    raw = spec.document["paths"][operation["path"]][operation["method"].lower()].get("requestBody")
    content = (inline(spec.document, raw) if raw else {}).get("content") or {}
    for media in content.values():
        if "example" in media:
            return media["example"]
        if media.get("examples"):
            return next(iter(media["examples"].values())).get("value")
    schema = spec.operation(operation["operation_id"]).body_schema or {}
    return generate(schema, rng_for(operation["operation_id"], "body"))


def arguments(
    api_name: str, operation: Mapping[str, Any], api: Any, fixed: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Keyword arguments for ``operation``'s method on the client ``api``; ``fixed`` wins over all."""
    spec = spec_of(api_name)
    raw = _raw_params(spec, operation)
    kwargs: dict[str, Any] = {}
    date_range = operation.get("date_range") or {}
    hourly = date_range.get("unit") == "hour"
    for param in operation["params"]:
        name, wire = param["python_name"], param["name"]
        if wire in (date_range.get("start"), date_range.get("end")):
            start = datetime.datetime(2022, 7, 1, tzinfo=datetime.UTC)
            kwargs[name] = (
                (start if wire == date_range.get("start") else start.replace(hour=3)) if hourly else DAY
            )
        elif param["required"]:
            value = _documented_value(raw.get(wire, param), operation["operation_id"])
            fmt = param["schema"].get("format")
            if fmt == "date" and isinstance(value, str):
                value = datetime.date.fromisoformat(value)
            elif fmt == "date-time" and isinstance(value, str):
                value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            kwargs[name] = value
    for wire in operation.get("require_any_of") or []:
        param = next(p for p in operation["params"] if p["name"] == wire)
        kwargs[param["python_name"]] = _documented_value(raw.get(wire, param), operation["operation_id"])
        break
    annotations = _annotations(resolve_method(api, operation["sdk_method"]))
    if "body" in annotations:
        annotation, required = annotations["body"]
        body = request_body(spec, operation)
        model = _model_of(annotation)
        if model is not None and isinstance(body, dict):
            kwargs["body"] = model.from_dict(body)  # type: ignore[attr-defined]
        else:  # a text body (Scaleway's user data): the generated client's File
            file_class = next((a for a in _members(annotation) if getattr(a, "__name__", "") == "File"), None)
            if file_class is not None and (required or body is not None):
                kwargs["body"] = file_class(payload=io.BytesIO(str(body).encode()))
    kwargs.update(fixed or {})
    return kwargs
