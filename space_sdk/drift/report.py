"""The Markdown report for a pull request: the findings with their evidence, the patch, and the change report
(``generator.diff``) between the spec and the patched spec."""

from __future__ import annotations

import json
from typing import Any

from space_sdk.drift.model import KINDS, Analysis, Finding
from space_sdk.drift.patch import Patched


def _cell(value: Any, width: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = text if len(text) <= width else text[: width - 1] + "…"
    return text.replace("|", "\\|").replace("\n", " ")


def _outcome(finding: Finding) -> str:
    if finding.patched:
        return "edit"
    return finding.note or "reported"


def by_kind(analysis: Analysis) -> dict[str, tuple[int, int]]:
    """kind → (findings, of which patched), in the order of :data:`KINDS`."""
    out: dict[str, tuple[int, int]] = {}
    for kind in KINDS:
        selected = [f for f in analysis.findings if f.kind == kind]
        if selected:
            out[kind] = (len(selected), sum(1 for f in selected if f.patched))
    return out


def to_markdown(analysis: Analysis, patched: Patched, change_report: str | None, *, spec_label: str) -> str:
    lines = [
        f"# Drift report: {analysis.api}",
        "",
        f"{analysis.exchanges} recorded exchanges, {analysis.matched} matched to "
        f"{len(analysis.operations)} operations of `{spec_label}`; {len(analysis.findings)} findings, "
        f"{sum(1 for f in analysis.findings if f.patched)} patched.",
        "",
    ]
    if not analysis.findings:
        lines += ["The recorded answers match the spec: nothing to change.", ""]
    else:
        lines += ["| kind | findings | patched |", "|---|---|---|"]
        lines += [f"| {KINDS[k].title} | {n} | {p} |" for k, (n, p) in by_kind(analysis).items()]
        lines += [
            "",
            "## Findings",
            "",
            "| kind | operation | status | where | answers | example | request | outcome |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for f in analysis.findings:
            lines.append(
                f"| {f.title} | `{f.operation}` | {f.status or ''} | `{f.where or '-'}` | {f.count} of {f.total} "
                f"| `{_cell(f.example, 40)}` | `{_cell(f.request, 70)}` | {_cell(_outcome(f), 80)} |"
            )
        lines.append("")
    lines += ["## Suggested patch", ""]
    if patched.diff:
        lines += [
            "Apply with `git apply` (or `space-sdk drift ... --apply`); `# drift:` lines are comments for the "
            "reviewer and change nothing.",
            "",
            "```diff",
            patched.diff.rstrip("\n"),
            "```",
            "",
        ]
    else:
        lines += ["Empty: nothing to change.", ""]
    lines += ["## What the patch means for SDK users", ""]
    if change_report is None:
        lines += ["(change report not computed)", ""]
    else:
        body = change_report.split("\n", 1)[1] if change_report.startswith("#") else change_report
        lines += [body.strip("\n").replace("\n## ", "\n### "), ""]
    return "\n".join(lines)
