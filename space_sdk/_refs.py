"""Local ``$ref`` handling for the specs: one implementation for the lint, the facade generator and the mock.

Only local references (``#/...``) are used in openapi/; anything else is refused rather than half-followed.
"""

from __future__ import annotations

from typing import Any

__all__ = ["deref", "inline", "pointer", "strip_annotations"]

_ANNOTATIONS = frozenset({"description", "example", "examples", "title"})
# Keywords whose value maps *names* to schemas: their keys are property names, never keywords.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


def pointer(document: Any, ref: str) -> Any:
    """The node a local JSON pointer reference names."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local $ref is supported: {ref!r}")
    node = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(document: Any, node: Any) -> Any:
    """``node``, or the target of its ``$ref`` chain (shallow). Siblings of ``$ref`` override the target's
    keys, as OpenAPI 3.1 allows for ``description`` and ``summary``."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"$ref cycle at {ref}")
        seen.add(ref)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        target = pointer(document, ref)
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
    return node


def inline(document: Any, node: Any, _stack: tuple[str, ...] = ()) -> Any:
    """``node`` with every local ``$ref`` replaced by its target, so it validates standalone.

    A recursive reference becomes ``{}`` (accept anything): the specs have none today, and a permissive leaf
    is safer than an endless expansion.
    """
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            if ref in _stack:
                return {}
            target = inline(document, pointer(document, ref), (*_stack, ref))
            siblings = {k: inline(document, v, _stack) for k, v in node.items() if k != "$ref"}
            if siblings and isinstance(target, dict):
                return {**target, **siblings}
            return target
        return {key: inline(document, value, _stack) for key, value in node.items()}
    if isinstance(node, list):
        return [inline(document, item, _stack) for item in node]
    return node


def strip_annotations(schema: Any) -> Any:
    """An inlined schema without the keywords that only document it (description, examples, title)."""
    if isinstance(schema, list):
        return [strip_annotations(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key in _NAME_MAPS and isinstance(value, dict):
            out[key] = {name: strip_annotations(sub) for name, sub in value.items()}
        else:
            out[key] = strip_annotations(value)
    return out
