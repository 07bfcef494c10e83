"""The tallies of a contract run, per API and per operation: what the runner fills and the reports read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ApiResult", "OperationResult", "check_name", "markdown_summary"]


def check_name(failure: str) -> str:
    """The ``[check]`` a failure text starts with."""
    return failure[1 : failure.index("]")] if failure.startswith("[") and "]" in failure else "?"


@dataclass
class OperationResult:
    """Per-operation tallies, merged over all phases."""

    label: str
    cases: int = 0
    checks: int = 0
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    #: answers to requests that carried the run's credentials, and how many of them refused those
    #: credentials (the API's authentication/permission error): see ``preflight.MOSTLY_REFUSED``
    answered: int = 0
    refused: int = 0
    #: how often each check ran here (the JUnit report has one test case per operation and check)
    checks_run: dict[str, int] = field(default_factory=dict)
    #: failure text → how to reproduce its first occurrence: the request as curl (token redacted), the answer
    details: dict[str, str] = field(default_factory=dict)

    def failing_checks(self) -> dict[str, list[str]]:
        """Check name → its failure texts here (each failure text starts with ``[check]``)."""
        out: dict[str, list[str]] = {}
        for failure in self.failures:
            out.setdefault(check_name(failure), []).append(failure)
        return out


@dataclass
class ApiResult:
    """One API's run: its operations and totals."""

    api: str
    operations: dict[str, OperationResult] = field(default_factory=dict)
    elapsed: float = 0.0
    stop_reason: str = ""
    #: the stateful phase (OpenAPI links): scenarios run, requests made, and requests built from a link
    stateful_scenarios: int = 0
    stateful_steps: int = 0
    stateful_linked: int = 0
    #: resources the run created (create → delete links, embedded items), deleted, and could not delete
    created: int = 0
    deleted: int = 0
    undeleted: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(op.failures or op.errors for op in self.operations.values())

    def absorb(self, part: ApiResult) -> None:
        """Add another run's tallies of the same API (a shard). The stateful shard reports operations the
        per-operation shards reported too, so tallies are added, never replaced."""
        for label, op in part.operations.items():
            into = self.get(label)
            into.cases += op.cases
            into.checks += op.checks
            into.elapsed += op.elapsed
            into.answered += op.answered
            into.refused += op.refused
            for name, count in op.checks_run.items():
                into.checks_run[name] = into.checks_run.get(name, 0) + count
            for text, detail in op.details.items():
                into.details.setdefault(text, detail)
            into.failures.extend(f for f in op.failures if f not in into.failures)
            into.errors.extend(e for e in op.errors if e not in into.errors)
        self.stop_reason = part.stop_reason
        self.stateful_scenarios += part.stateful_scenarios
        self.stateful_steps += part.stateful_steps
        self.stateful_linked += part.stateful_linked
        self.created += part.created
        self.deleted += part.deleted
        self.undeleted.extend(part.undeleted)

    def get(self, label: str) -> OperationResult:
        if label not in self.operations:
            self.operations[label] = OperationResult(label)
        return self.operations[label]

    def failures_by_check(self) -> dict[str, int]:
        """Operations failing each check, most frequent first (one failure = one operation and check, as in
        the JUnit report)."""
        counts: dict[str, int] = {}
        for op in self.operations.values():
            for name in op.failing_checks():
                counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    @property
    def failure_count(self) -> int:
        """Failing (operation, check) pairs: the terminal's and the JUnit report's count."""
        return sum(len(op.failing_checks()) for op in self.operations.values())

    def summary_row(self) -> dict[str, Any]:
        """The figures of :meth:`summary` as one record (the command line's summary table)."""
        ops = self.operations.values()
        by_check = self.failures_by_check()
        return {
            "api": self.api,
            "operations": len(self.operations),
            "cases": sum(op.cases for op in ops),
            "checks": sum(op.checks for op in ops),
            "failures": self.failure_count,
            "errors": sum(len(op.errors) for op in ops),
            "failures by check": ", ".join(f"{name} {count}" for name, count in by_check.items()) or "-",
            "created / deleted": f"{self.created} / {self.deleted}",
            "seconds": round(self.elapsed, 1),
        }

    def summary(self) -> str:
        ops = self.operations.values()
        cases = sum(op.cases for op in ops)
        checks = sum(op.checks for op in ops)
        failures = self.failure_count
        errors = sum(len(op.errors) for op in ops)
        per_op = cases / max(len(self.operations), 1)
        fewest = min(ops, key=lambda op: op.cases, default=None)
        # An operation with few or no parameters runs out of distinct inputs before the target; name it.
        least = f", fewest {fewest.cases} ({fewest.label})" if fewest is not None else ""
        stateful = (
            f", stateful {self.stateful_scenarios} scenarios / {self.stateful_steps} steps "
            f"({self.stateful_linked} via links)"
            if self.stateful_scenarios
            else ""
        )
        made = f", created {self.created} / deleted {self.deleted}" if self.created or self.deleted else ""
        left = (
            f" ({len(self.undeleted)} left behind: {'; '.join(self.undeleted[:5])})" if self.undeleted else ""
        )
        return (
            f"{self.api}: {len(self.operations)} operations, {cases} cases ({per_op:.0f}/operation{least}), "
            f"{checks} checks{stateful}{made}{left}, {failures} failures, {errors} errors, {self.elapsed:.1f}s"
        )


def markdown_summary(results: list[ApiResult]) -> str:
    """The run as Markdown, for ``$GITHUB_STEP_SUMMARY``: a table per API, then the failures by check."""
    lines = [
        "## Contract check",
        "",
        "| API | operations | cases | failures | errors | created / deleted | left behind | seconds |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        row = result.summary_row()
        lines.append(
            f"| {result.api} | {row['operations']} | {row['cases']} | {row['failures']} | {row['errors']} "
            f"| {result.created} / {result.deleted} | {len(result.undeleted)} | {row['seconds']} |"
        )
    for result in results:
        failing = [(op.label, name) for op in result.operations.values() for name in op.failing_checks()]
        if failing or result.undeleted:
            lines += ["", f"### {result.api}", ""]
            lines += [f"- `{label}`: **{name}**" for label, name in failing]
            lines += [f"- left behind: {item}" for item in result.undeleted]
    return "\n".join(lines) + "\n"
