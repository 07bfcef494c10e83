"""The report as Markdown (for people, CI logs and pull requests), JSON (for tools) and a CHANGELOG entry."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from generator.diff.model import SEVERITIES, Change, Report

_CALL = re.compile(r"^`api\.[\w.]+\(\)`: ")
_TITLES = {"breaking": "Breaking", "non-breaking": "Non-breaking", "info": "Info"}


def to_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"


def _grouped(changes: list[Change]) -> list[tuple[Change, list[str]]]:
    """Identical findings in several operations (a shared schema's change) become one line listing them."""
    groups: dict[tuple[str, str, str, tuple[str, ...]], tuple[Change, list[str]]] = {}
    for change in changes:
        # "`api.x.y()`: <what>" -- the call is the only per-operation part; group on the rest
        text = _CALL.sub("", change.message)
        key = (change.severity, change.kind, text, tuple(change.sdk))
        if key in groups:
            groups[key][1].append(change.operation or "")
        else:
            groups[key] = (change, [change.operation or ""])
    return list(groups.values())


def _line(change: Change, operations: list[str]) -> list[str]:
    if len(operations) > 1:
        rest = _CALL.sub("", change.message)
        shown = ", ".join(f"`{o}`" for o in operations[:6])
        if len(operations) > 6:
            shown += f" and {len(operations) - 6} more"
        head = f"- **{change.kind}** ({len(operations)} operations: {shown}): {rest}"
    else:
        where = f"`{change.operation}` " if change.operation else ""
        head = f"- **{change.kind}** {where}— {change.message}"
    lines = [head]
    lines += [f"  - SDK: {finding}" for finding in change.sdk]
    return lines


def to_markdown(report: Report, *, heading: str = "#") -> str:
    counts = report.counts()
    versions = ""
    if report.old_version or report.new_version:
        versions = f" ({report.old_version or '?'} → {report.new_version or '?'})"
    lines = [
        f"{heading} Change report: {report.api}{versions}",
        "",
        f"`{report.old}` → `{report.new}`",
        "",
        f"Suggested version bump: **{report.bump}**. "
        + ", ".join(f"{counts[s]} {s}" for s in SEVERITIES)
        + (
            "; SDK compared with griffe (both versions generated)."
            if report.sdk_compared
            else "; SDK not compared (--no-sdk)."
        ),
    ]
    if not report.changes:
        lines += ["", "No changes."]
    for severity in SEVERITIES:
        selected = [c for c in report.changes if c.severity == severity]
        if not selected:
            continue
        lines += ["", f"{heading}# {_TITLES[severity]} ({len(selected)})", ""]
        for change, operations in _grouped(selected):
            lines += _line(change, operations)
    return "\n".join(lines) + "\n"


def changelog_entry(report: Report, today: date) -> str:
    """A CHANGELOG.md section: version, date, bump, then the changes by severity."""
    title = report.new_version or report.new
    body = to_markdown(report, heading="##").split("\n", 1)[1].lstrip("\n")
    return f"## {report.api} {title} — {today.isoformat()} ({report.bump} bump)\n\n{body}"


def write_changelog(path: Path, report: Report, today: date) -> None:
    """Prepend the entry below the file's ``# ...`` title (created with one when the file is new)."""
    entry = changelog_entry(report, today)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n"
    head, _, rest = text.partition("\n")
    # keep the title first, newest entry right below it
    titled = head.startswith("# ")
    new_text = f"{head}\n\n{entry}\n{rest.lstrip(chr(10))}" if titled else f"{entry}\n{text}"
    path.write_text(new_text.rstrip("\n") + "\n", encoding="utf-8")
