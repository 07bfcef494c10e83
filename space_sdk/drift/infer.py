"""A JSON Schema for an undocumented field, inferred from every value observed in it.

Types merge over observations (an integer and a float → ``number``; a null → the type list gains ``"null"``);
a string keeps a ``format`` only when every observed value has it (``date-time`` with an offset, ``date``,
``uuid``, ``uri``, ``email``); objects and arrays are inferred member by member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from space_sdk.spec import json_type

FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date-time", re.compile(r"^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$")),
    ("date", re.compile(r"^\d{4}-\d\d-\d\d$")),
    ("uuid", re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")),
    ("uri", re.compile(r"^[a-z][a-z0-9+.-]*://\S+$")),
    ("email", re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")),
)
NAIVE_DATETIME = re.compile(r"^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?$")


def string_format(value: str) -> str | None:
    return next((name for name, pattern in FORMATS if pattern.match(value)), None)


@dataclass
class Inferred:
    """Observations of one place; ``schema()`` is what they have in common."""

    count: int = 0
    types: set[str] = field(default_factory=set)
    formats: set[str | None] = field(default_factory=set)
    properties: dict[str, Inferred] = field(default_factory=dict)
    objects: int = 0
    items: Inferred | None = None

    def observe(self, value: Any) -> None:
        self.count += 1
        kind = json_type(value)
        self.types.add(kind)
        if kind == "string":
            self.formats.add(string_format(value))
        elif kind == "object":
            self.objects += 1
            for name, member in value.items():
                self.properties.setdefault(str(name), Inferred()).observe(member)
        elif kind == "array":
            self.items = self.items or Inferred()
            for item in value:
                self.items.observe(item)

    def schema(self) -> dict[str, Any]:
        types = set(self.types)
        if {"integer", "number"} <= types:
            types.discard("integer")
        nullable = "null" in types
        types.discard("null")
        out: dict[str, Any] = {}
        if len(types) == 1:
            out["type"] = [*types, "null"] if nullable else next(iter(types))
        elif types:
            out["type"] = [*sorted(types), *(["null"] if nullable else [])]
        elif nullable:
            out["type"] = "null"
        if types == {"string"} and len(self.formats) == 1 and None not in self.formats:
            out["format"] = next(iter(self.formats))
        if "object" in types and self.properties:
            out["properties"] = {name: member.schema() for name, member in self.properties.items()}
            always = [name for name, member in self.properties.items() if member.count == self.objects]
            if always and self.objects > 1:
                out["required"] = always
        if "array" in types and self.items is not None and self.items.count:
            out["items"] = self.items.schema()
        return out
