"""The report's data: one ``Change`` per finding, and the ``Report`` that holds them with the suggested bump."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["breaking", "non-breaking", "info"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "non-breaking", "info")
Bump = Literal["major", "minor", "patch", "none"]


@dataclass
class Change:
    """One difference between the two specs, judged for code written against the SDK generated from the old one.

    ``anchors`` are internal keys (``op:<id>``, ``method:<Class>.<name>``, ``model:<Class>.<attr>``,
    ``module:<dotted>``) used to attach the griffe findings about the generated SDK to the change that
    explains them; they are not part of the output.
    """

    severity: Severity
    kind: str
    operation: str | None
    message: str
    sdk: list[str] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "kind": self.kind,
            "operation": self.operation,
            "message": self.message,
            "sdk": list(self.sdk),
        }


@dataclass
class Report:
    """Everything ``python -m generator.diff`` prints: the API, the suggested bump and the changes in order."""

    api: str
    old: str
    new: str
    old_version: str | None
    new_version: str | None
    changes: list[Change]
    sdk_compared: bool
    seconds: float = 0.0

    @property
    def bump(self) -> Bump:
        """major if anything breaks, minor for any other change a user can use, patch for notes only."""
        severities = {c.severity for c in self.changes}
        if "breaking" in severities:
            return "major"
        if "non-breaking" in severities:
            return "minor"
        return "patch" if severities else "none"

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity == "breaking"]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for c in self.changes if c.severity == s) for s in SEVERITIES}

    def as_dict(self) -> dict[str, Any]:
        return {"api": self.api, "bump": self.bump, "changes": [c.as_dict() for c in self.changes]}
