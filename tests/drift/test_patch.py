"""The splicer on every spec: an edit for each place a finding can name, and each edit must mean what it says
once the patched text is read back (or be reported as not patched, with why)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from space_sdk.drift.analyse import _get
from space_sdk.drift.model import Finding
from space_sdk.drift.patch import flow, patch_spec
from space_sdk.spec import discover_specs, load_spec


def _allows_null(node: dict[str, Any]) -> bool:
    kinds = node.get("type")
    return (
        kinds == "null"
        or (isinstance(kinds, list) and "null" in kinds)
        or {"type": "null"} in node.get("oneOf", node.get("anyOf", []))
    )


@pytest.mark.parametrize("path", discover_specs(), ids=lambda p: p.stem)
def test_every_property_enum_and_nullable_edit_lands_where_it_says(path: Path) -> None:
    document = load_spec(path).document
    findings: list[Finding] = []
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            ptr = ("components", "schemas", name, "properties")
            findings.append(Finding("undocumented_field", "op", 200, "x", ptr, count=2,
                                    detail={"name": "zz_new", "schema": {"type": "string", "format": "date"}}))  # fmt: skip
            findings += [
                Finding("nullable", "op", 200, str(p), (*ptr, p), count=2)
                for p, sub in schema["properties"].items()
                if not _allows_null(sub)
            ]
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list):
            findings.append(Finding("enum_value", "op", 200, "x", ("components", "schemas", name, "enum"),
                                    count=2, detail={"value": "zz: new"}))  # fmt: skip
    patched = patch_spec(path.read_text(), document, findings, label=path.name)
    new = yaml.safe_load(patched.text)
    assert len(findings) > 100
    not_patched = [f for f in findings if not f.patched]
    assert len(not_patched) <= 3, [(f.pointer, f.note) for f in not_patched]
    assert all(f.note.startswith("not patched: ") for f in not_patched)
    for f in findings:
        if not f.patched:
            continue
        if f.kind == "undocumented_field":
            assert _get(new, f.pointer)["zz_new"]["format"] == "date"
        elif f.kind == "enum_value":
            assert "zz: new" in _get(new, f.pointer)
        else:
            assert _allows_null(_get(new, f.pointer)), f.pointer
    # a line the patch takes out is one it rewrites (a type widened, a $ref made nullable, an enum extended)
    removed = [
        line for line in patched.diff.splitlines() if line.startswith("-") and not line.startswith("---")
    ]
    added = {line[1:] for line in patched.diff.splitlines() if line.startswith("+")}
    rewritten = ("type", "$ref", "oneOf", "enum")  # other lines only move inside a hunk (difflib's grouping)
    bad = [line for line in removed if not any(w in line for w in rewritten) and line[1:] not in added]
    assert bad == []


def test_flow_values_read_back_as_written() -> None:
    value = {
        "type": ["string", "null"],
        "description": "It's: a # value",
        "enum": ["yes", "1", 2, None, True],
    }
    assert yaml.safe_load(flow(value)) == value
