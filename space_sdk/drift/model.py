"""What ``space-sdk drift`` finds: one :class:`Finding` per kind and place, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Pointer = tuple[str | int, ...]


@dataclass(frozen=True)
class Kind:
    title: str
    additive: bool  # a safe spec edit (a new optional field, enum value, error row, nullable) can describe it
    meaning: str


KINDS: dict[str, Kind] = {
    "undocumented_field": Kind("undocumented field", True, "a field the schema does not list"),
    "enum_value": Kind("enum value outside the enum", True, "a value the enum does not list"),
    "nullable": Kind("null in a non-nullable field", True, "null where the schema does not allow it"),
    "new_status": Kind("new status code", True, "a status the operation does not document"),
    "new_error_code": Kind("new error code", True, "an error code that is not in x-errors.table"),
    "new_error_status": Kind("error status not in x-errors", True, "an error status x-errors.table lacks"),
    "required_missing": Kind("required field missing", False, "a required field absent from answers"),
    "type_changed": Kind("type wider than documented", False, "a value of another type than documented"),
    "format_mismatch": Kind("format mismatch", False, "a string that does not have the documented format"),
    "datetime_no_offset": Kind(
        "date-time without an offset", False, "an RFC 3339 date-time with no Z/offset"
    ),
    "error_status_mismatch": Kind("error code with another status", False, "a known code, another status"),
    "undocumented_header": Kind("undocumented pagination header", False, "a paging header not documented"),
    "undocumented_operation": Kind("undocumented operation", False, "a method and path the spec lacks"),
}
"""Every finding kind; additive ones become edits of the patch, the others comments and report lines."""


@dataclass
class Finding:
    """One drift, aggregated over every answer that showed it.

    ``pointer`` is where in the spec document the schema node lives (what the patch edits or comments);
    ``where`` is the place in the answer (``data[].email``); ``count`` answers showed it out of ``total``
    answers that reached that place; ``example`` and ``request`` are the first observation.
    """

    kind: str
    operation: str
    status: int | None
    where: str
    pointer: Pointer
    count: int = 0
    total: int = 0
    example: Any = None
    request: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    patched: bool = False
    note: str = ""

    @property
    def additive(self) -> bool:
        return KINDS[self.kind].additive

    @property
    def title(self) -> str:
        return KINDS[self.kind].title

    def key(self) -> tuple[Any, ...]:
        return (
            self.kind,
            self.operation,
            self.status,
            self.where,
            self.pointer,
            repr(self.detail.get("value")),
        )


@dataclass
class Analysis:
    """Everything one drift run saw: findings in first-seen order, and what was read."""

    api: str
    exchanges: int = 0
    matched: int = 0
    operations: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
