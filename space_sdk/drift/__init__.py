"""``space-sdk drift``: recorded answers (HAR) → findings → a suggested spec patch → the change report.

    analysis = analyse(spec, read_recordings(Path("recordings"), spec.name))
    patched = patch_spec(text, spec.document, analysis.findings, label="openapi/spaces.yaml")

Modules: ``har`` (read HAR 1.2), ``analyse`` (answers vs the spec's schemas, ``x-errors``, ``x-envelope``),
``infer`` (a schema from observed values), ``patch`` (edits spliced at ruamel.yaml's node positions, a unified
diff), ``report`` (Markdown). API-neutral: everything is read from the spec through ``space_sdk.spec``.
Needs the ``drift`` extra (ruamel.yaml, PyYAML); the change report needs a checkout's ``generator``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from space_sdk.drift.analyse import analyse
from space_sdk.drift.har import Recorded, RecordingError, har_files, read_har
from space_sdk.drift.model import KINDS, Analysis, Finding
from space_sdk.drift.patch import MIN_OBSERVATIONS, Patched, patch_spec
from space_sdk.drift.report import to_markdown
from space_sdk.spec import load_spec

__all__ = [
    "KINDS",
    "MIN_OBSERVATIONS",
    "Analysis",
    "DriftResult",
    "Finding",
    "Patched",
    "Recorded",
    "RecordingError",
    "analyse",
    "change_report",
    "drift",
    "patch_spec",
    "read_recordings",
]


def read_recordings(source: Path, api: str | None = None) -> Iterator[Recorded]:
    for path in har_files(source, api):
        yield from read_har(path)


@dataclass
class DriftResult:
    analysis: Analysis
    patched: Patched
    report: str
    seconds: float


def change_report(old_text: str, new_text: str, *, label: str, sdk: bool) -> str:
    """``generator.diff``'s Markdown report between the spec and the patched spec."""
    from generator.diff import build_report
    from generator.diff.load import _parse
    from generator.diff.render import to_markdown as report_markdown

    report = build_report(
        _parse(label, label, old_text), _parse(f"{label} (patched)", label, new_text), sdk=sdk
    )
    return report_markdown(report)


def drift(
    source: Path,
    spec_path: Path,
    *,
    label: str,
    api: str | None = None,
    sdk: bool = False,
    with_report: bool = True,
    min_observations: int = MIN_OBSERVATIONS,
) -> DriftResult:
    """Everything ``space-sdk drift`` does but writing files: analyse, patch, and (``with_report``) report."""
    started = time.perf_counter()
    spec = load_spec(spec_path)
    analysis = analyse(spec, read_recordings(source, api or spec.name))
    text = spec_path.read_text(encoding="utf-8")
    patched = patch_spec(
        text, spec.document, analysis.findings, label=label, min_observations=min_observations
    )
    report = ""
    if with_report:
        changes = change_report(text, patched.text, label=label, sdk=sdk) if patched.diff else None
        report = to_markdown(analysis, patched, changes, spec_label=label)
    return DriftResult(analysis, patched, report, time.perf_counter() - started)
