"""Deterministic response data from schemas and documented examples.

Same seed → same value, so the same request always gets the same body. Examples in the spec win over
generated values (they are what the docs show); generation only fills what no example covers.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import random
import re
import string
import uuid
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

JSON = Any


def rng_for(*parts: object) -> random.Random:
    """A `Random` seeded by the parts' text (stable across processes, unlike `hash`)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def request_id(*parts: object) -> str:
    """A request id shaped like the documented ones (`<uuid>#<n>`), derived from the request."""
    rnd = rng_for("request-id", *parts)
    return f"{uuid.UUID(int=rnd.getrandbits(128), version=4)}#{rnd.randint(1, 9999)}"


def _first_type(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):
        non_null = [t for t in declared if t != "null"]
        return str(non_null[0]) if non_null else "null"
    return str(declared) if declared else None


def schema_example(schema: Mapping[str, Any]) -> tuple[bool, JSON]:
    """(True, value) when the schema itself documents an example."""
    if "example" in schema:
        return True, copy.deepcopy(schema["example"])
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return True, copy.deepcopy(examples[0])
    return False, None


def generate(schema: Mapping[str, Any], rnd: random.Random, depth: int = 0) -> JSON:
    """One value valid against `schema` (refs already inlined), drawn from `rnd`."""
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    if "enum" in schema:
        return copy.deepcopy(rnd.choice(schema["enum"]))
    found, example = schema_example(schema)
    if found:
        return example
    if "default" in schema:
        return copy.deepcopy(schema["default"])
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return generate(schema[key][0], rnd, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
            if "type" in part:
                merged["type"] = part["type"]
        return generate(merged, rnd, depth + 1)
    kind = _first_type(schema) or ("object" if "properties" in schema else "string")
    if kind == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", []))
        # Optional properties are filled too (richer data), except below a depth that risks blow-ups.
        names = [name for name in props if name in required or depth < 4]
        return {name: generate(props[name], rnd, depth + 1) for name in names}
    if kind == "array":
        items = schema.get("items", {})
        low = int(schema.get("minItems", 1 if depth < 3 else 0))
        high = max(low, min(int(schema.get("maxItems", 3)), 3))
        return [generate(items, rnd, depth + 1) for _ in range(rnd.randint(low, high))]
    if kind == "integer":
        low = int(schema.get("minimum", 0))
        high = int(schema.get("maximum", max(low, 0) + 1_000_000))
        if "exclusiveMinimum" in schema:
            low = int(schema["exclusiveMinimum"]) + 1
        if "exclusiveMaximum" in schema:
            high = int(schema["exclusiveMaximum"]) - 1
        return rnd.randint(low, max(low, high))
    if kind == "number":
        low_f = float(schema.get("minimum", 0))
        high_f = float(schema.get("maximum", low_f + 1000))
        return round(rnd.uniform(low_f, high_f), 6)
    if kind == "boolean":
        return rnd.random() < 0.5
    if kind == "null":
        return None
    return _string(schema, rnd)


def _string(schema: Mapping[str, Any], rnd: random.Random) -> str:
    fmt = schema.get("format")
    if fmt == "date":
        return f"2022-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
    if fmt == "date-time":
        return f"2022-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T00:00:00Z"
    if fmt == "uuid":
        return str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    if fmt == "email":
        return f"user{rnd.randint(1, 9999)}@example.com"
    if fmt in ("uri", "url"):
        return f"https://example.com/{rnd.randint(1, 9999)}"
    low = int(schema.get("minLength", 1))
    high = max(low, min(int(schema.get("maxLength", 12)), 12))
    size = rnd.randint(low, high)
    letters = "".join(rnd.choice(string.ascii_lowercase) for _ in range(size))
    pattern = schema.get("pattern")
    if not isinstance(pattern, str):
        return letters
    # JSON Schema's `pattern` is an unanchored search: try cheap varied candidates, then the shortest match
    digits = "".join(rnd.choice(string.digits) for _ in range(size))
    found = re.compile(pattern)
    for candidate in (digits, letters, f"f0{digits}", f"{letters}-{digits}"):
        if found.search(candidate):
            return candidate
    return _shortest_match(pattern)


@functools.cache
def _shortest_match(pattern: str) -> str:
    """The simplest string hypothesis finds for ``pattern`` (deterministic; cached per pattern)."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st

    quiet = settings(database=None, suppress_health_check=list(HealthCheck), max_examples=200)
    result: str = find(st.from_regex(pattern), lambda _: True, settings=quiet)
    return result


def overlay(row: JSON, values: Mapping[str, Any], schema: Mapping[str, Any]) -> JSON:
    """Copy request values onto same-named row properties (e.g. `miner_id`) when they fit the schema."""
    if not isinstance(row, dict):
        return row
    props = schema.get("properties", {})
    for name, value in values.items():
        if name in props and value is not None and Draft202012Validator(props[name]).is_valid(value):
            row[name] = value
    return row
