"""The response-field rules of openapi/README.md, checked on every spec: what the docs always show is required,
optional fields say why, quantities that cannot be negative say so, and 400/500 codes are the documented ones."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from space_sdk._refs import deref, inline

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
SPECS = ("spacescope.yaml", "spacescope-v1.yaml", "spaces.yaml")
SPACESCOPE = ("spacescope.yaml", "spacescope-v1.yaml")
# Quantities that cannot be negative, by name; deltas and differences are exempt.
NON_NEGATIVE = re.compile(
    r"(_bytes|_bytes_qap|_power|_rbp|_count|_count_\d+|_count_(daily|weekly|monthly)|_deal_size|piece_size|^sector_size|_gas_used|^total_num_sector|^blocks_mined|^win_count|^total_fault_num|^halfsizebyte|^sizebyte|_size_byte_qap)$"
)
DELTA = re.compile(r"(_increase|_change)$|^potential_")
RATIO = re.compile(r"_per_")  # FIL per byte and the like: not a byte count


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((OPENAPI / name).read_text(encoding="utf-8"))
    return data


def documented_rows(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Schema name → every object the success examples show for it (rows of `data`, or the body itself)."""
    found: dict[str, list[dict[str, Any]]] = {}

    def visit(schema: Any, value: Any) -> None:
        schema = deref(spec, schema) if isinstance(schema, dict) else schema
        if not isinstance(schema, dict):
            return
        if isinstance(value, dict):
            for branch in schema.get("oneOf", []):
                target = branch.get("$ref", "").rsplit("/", 1)[-1]
                if target and all(k in value for k in deref(spec, branch).get("required", [])):
                    visit(branch, value)
            props = schema.get("properties") or {}
            for key, sub in props.items():
                if key in value:
                    visit(sub, value[key])
        if isinstance(value, list) and "items" in schema:
            item = schema["items"]
            name = item.get("$ref", "").rsplit("/", 1)[-1]
            for element in value:
                if name and isinstance(element, dict):
                    found.setdefault(name, []).append(element)
                visit(item, element)

    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, response in op["responses"].items():
                if not str(status).startswith("2"):
                    continue
                media = (deref(spec, response).get("content") or {}).get("application/json") or {}
                for example in (media.get("examples") or {}).values():
                    visit(media.get("schema", {}), deref(spec, example).get("value"))
    return found


def rule_breaks(spec: dict[str, Any]) -> list[str]:
    """Fields shown in every documented example row yet optional without a reason in their description."""
    problems = []
    for name, rows in documented_rows(spec).items():
        schema = spec["components"]["schemas"][name]
        required = set(schema.get("required", []))
        for field, prop in (schema.get("properties") or {}).items():
            description = str(deref(spec, prop).get("description", "")) + str(prop.get("description", ""))
            always_shown = all(field in row for row in rows)
            if always_shown and field not in required and "Optional" not in description:
                problems.append(f"{name}.{field}")
    return problems


@pytest.mark.parametrize("name", SPECS)
def test_fields_every_example_shows_are_required_or_say_why_not(name: str) -> None:
    spec = load(name)
    assert documented_rows(spec), "no example rows found: the walk is broken"
    assert rule_breaks(spec) == []


def test_an_optional_field_without_a_reason_is_caught() -> None:
    spec = copy.deepcopy(load("spacescope.yaml"))
    spec["components"]["schemas"]["NetworkStorageCapacity"]["required"].remove("baseline_power")
    assert rule_breaks(spec) == ["NetworkStorageCapacity.baseline_power"]


def bound_breaks(spec: dict[str, Any]) -> list[str]:
    problems = []
    for name, schema in spec["components"]["schemas"].items():
        for field, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or prop.get("type") not in ("integer", "number"):
                continue
            has_min = prop.get("minimum") == 0
            if DELTA.search(field) and "minimum" in prop:
                problems.append(f"{name}.{field}: a delta cannot have a lower bound")
            elif (
                NON_NEGATIVE.search(field)
                and not (DELTA.search(field) or RATIO.search(field))
                and not has_min
            ):
                problems.append(f"{name}.{field}: no minimum: 0")
    return problems


@pytest.mark.parametrize("name", SPACESCOPE)
def test_bytes_power_and_counts_are_non_negative_and_deltas_unbounded(name: str) -> None:
    assert bound_breaks(load(name)) == []


def test_a_missing_or_misplaced_bound_is_caught() -> None:
    spec = copy.deepcopy(load("spacescope-v1.yaml"))
    props = spec["components"]["schemas"]["NetworkStorageCapacity"]["properties"]
    del props["total_raw_bytes_power"]["minimum"]
    props["total_qa_bytes_power_increase"]["minimum"] = 0
    assert sorted(bound_breaks(spec)) == [
        "NetworkStorageCapacity.total_qa_bytes_power_increase: a delta cannot have a lower bound",
        "NetworkStorageCapacity.total_raw_bytes_power: no minimum: 0",
    ]


@pytest.mark.parametrize("name", SPACESCOPE)
def test_a_negative_byte_count_fails_the_row_schema_and_a_negative_delta_passes(name: str) -> None:
    spec = load(name)
    row = inline(spec, spec["components"]["schemas"]["NetworkStorageCapacity"])
    valid = {field: 1 for field in row["properties"]} | {"stat_date": "2022-07-01T00:00:00Z"}
    validator = Draft202012Validator(row)
    assert list(validator.iter_errors(valid)) == []
    assert list(validator.iter_errors({**valid, "total_qa_bytes_power": -1}))
    if "total_qa_bytes_power_increase" in row["properties"]:
        assert list(validator.iter_errors({**valid, "total_qa_bytes_power_increase": -1})) == []


@pytest.mark.parametrize("name", SPACESCOPE)
def test_a_400_or_500_envelope_carries_a_documented_code(name: str) -> None:
    spec = load(name)
    validator = Draft202012Validator(inline(spec, spec["components"]["schemas"]["ErrorEnvelope"]))
    table = {row["code"] for row in spec["x-errors"]["table"]}
    assert set(spec["components"]["schemas"]["ErrorEnvelope"]["properties"]["code"]["enum"]) == table
    assert list(validator.iter_errors({"code": 30003, "message": "internal"})) == []
    assert list(validator.iter_errors({"code": -12316767, "message": "drawn by a schema-driven mock"}))
