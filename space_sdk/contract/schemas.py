"""What a spec says a response looks like: the success schema and example of an operation, and the formats.

The spec layer under both the mock (which builds answers from these) and the contract checks (which judge
answers by them, also against live APIs): neither imports the other, both import this.
"""

from __future__ import annotations

import copy
from typing import Any

from jsonschema import FormatChecker

from space_sdk._refs import inline
from space_sdk.contract.constraints import parse_date, parse_datetime
from space_sdk.spec import ApiSpec, Operation

__all__ = ["FORMATS", "success_example", "success_schema"]

JSON = Any

FORMATS = FormatChecker(formats=())


def _is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_date(value) is not None


def _is_datetime(value: object) -> bool:
    return not isinstance(value, str) or parse_datetime(value) is not None


# Registered by call (the decorator form is untyped); strict RFC 3339, unlike the 3.11 stdlib parsers.
FORMATS.checks("date")(_is_date)
FORMATS.checks("date-time")(_is_datetime)


def success_schema(spec: ApiSpec, op: Operation) -> dict[str, JSON]:
    """The 2xx JSON schema for a success; for `oneOf [success, error]` the success branch."""
    responses = op.raw.get("responses", {})
    status = next((code for code in responses if str(code).startswith("2")), None)
    if status is None:
        return {}
    response = inline(spec.document, responses[status])
    schema: dict[str, JSON] = (response.get("content", {}).get("application/json") or {}).get("schema", {})
    envelope = spec.envelope
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        if envelope:
            code_field = str(envelope.get("code", "code"))
            for branch in branches:
                code = branch.get("properties", {}).get(code_field, {})
                if code.get("const") == envelope.get("success_code", 0):
                    return dict(branch)
        return dict(branches[0])
    return schema


def success_example(spec: ApiSpec, op: Operation) -> JSON | None:
    """The first documented example of the 2xx JSON body, if any."""
    for code, response in op.raw.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        media = (inline(spec.document, response).get("content") or {}).get("application/json") or {}
        if "example" in media:
            return copy.deepcopy(media["example"])
        for example in (media.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return copy.deepcopy(example["value"])
    return None
