"""The one $ref implementation shared by the lint, the facade generator and the mock."""

from __future__ import annotations

from typing import Any

import pytest

from space_sdk._refs import deref, inline, strip_annotations

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Row": {
                "type": "object",
                "description": "a row",
                "properties": {
                    "description": {"type": "string"},
                    "next": {"$ref": "#/components/schemas/Row"},
                },
            },
            "Alias": {"$ref": "#/components/schemas/Row", "description": "an alias"},
            "A/B": {"type": "integer"},
        }
    }
}


def test_deref_follows_chains_and_lets_siblings_override() -> None:
    node = deref(DOC, {"$ref": "#/components/schemas/Alias"})
    assert node["type"] == "object"
    assert node["description"] == "an alias"
    assert deref(DOC, {"$ref": "#/components/schemas/A~1B"}) == {"type": "integer"}


def test_deref_refuses_remote_refs_and_cycles() -> None:
    with pytest.raises(ValueError, match="only local"):
        deref(DOC, {"$ref": "other.yaml#/x"})
    cyclic = {"a": {"$ref": "#/b"}, "b": {"$ref": "#/a"}}
    with pytest.raises(ValueError, match="cycle"):
        deref(cyclic, {"$ref": "#/a"})


def test_inline_expands_everything_and_cuts_recursion() -> None:
    row = inline(DOC, {"$ref": "#/components/schemas/Row"})
    assert row["properties"]["next"] == {}  # Row inside Row: cut at the first repeat
    assert "$ref" not in str(row)


def test_strip_annotations_keeps_properties_named_like_keywords() -> None:
    row = strip_annotations(inline(DOC, {"$ref": "#/components/schemas/Row"}))
    assert "description" not in row
    assert row["properties"]["description"] == {"type": "string"}
