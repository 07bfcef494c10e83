"""Spacescope v1 and v2 share the envelope, the error table and the error schemas: kept as two equal copies.

openapi-python-client 0.29.1 cannot follow a `$ref` into another file ("Remote references ... are not
supported yet": the response is dropped from the client), so the parts cannot live in one shared file. This
test is what keeps the copies from drifting apart.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
SHARED_SCHEMAS = ("RequestId", "ApiErrorEnvelope", "AuthErrorEnvelope", "ErrorEnvelope")


def shared_parts(spec: dict[str, Any]) -> dict[str, Any]:
    """Everything the two Spacescope versions must agree on."""
    components = spec["components"]
    return {
        "servers": spec["servers"],
        "security": spec["security"],
        "x-envelope": spec["x-envelope"],
        "x-errors": spec["x-errors"],
        "x-data-freshness": spec["x-data-freshness"],
        "securitySchemes": components["securitySchemes"],
        "responses": components["responses"],
        **{f"schemas/{name}": components["schemas"][name] for name in SHARED_SCHEMAS},
    }


def drift(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    a, b = shared_parts(old), shared_parts(new)
    return [key for key in a if a[key] != b[key]]


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((OPENAPI / name).read_text(encoding="utf-8"))
    return data


def test_v1_and_v2_share_envelope_error_table_and_error_schemas() -> None:
    assert drift(load("spacescope.yaml"), load("spacescope-v1.yaml")) == []


@pytest.mark.parametrize(
    ("path", "value", "part"),
    [
        (("x-errors", "table", 2, "retryable"), True, "x-errors"),
        (
            ("components", "schemas", "ErrorEnvelope", "properties", "code", "enum"),
            [30002],
            "schemas/ErrorEnvelope",
        ),
        (("components", "responses", "BadGateway", "description"), "changed", "responses"),
    ],
)
def test_a_change_to_one_copy_is_caught(path: tuple[Any, ...], value: Any, part: str) -> None:
    v2 = load("spacescope.yaml")
    v1 = copy.deepcopy(v2)
    node = v1
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert drift(v2, v1) == [part]
