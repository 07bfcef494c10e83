"""What a spec change means for users of the generated SDK: a change report.

    python -m generator.diff OLD NEW [--format markdown|json] [--allow-breaking] [--changelog FILE] [--no-sdk]
    make diff OLD=origin/main:openapi/spacescope.yaml NEW=openapi/spacescope.yaml

OLD and NEW are files or ``REF:PATH`` (read with ``git show``). Both are validated (openapi-spec-validator),
compared operation by operation (``generator.diff.compare``), and, unless ``--no-sdk``, generated with the
project's generator and compared as Python APIs with griffe (``generator.diff.sdk``); griffe's findings are
attached to the spec change that explains them (``sdk``) or reported as SDK-only changes.

Exit status: 0 nothing breaking (or ``--allow-breaking``), 1 something breaks, 2 bad input (unreadable file,
not a valid spec, a spec the generator cannot turn into an SDK, griffe missing).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from generator.diff.compare import compare, resource_nodes
from generator.diff.load import LoadedSpec, SpecInputError, api_identity, load_spec
from generator.diff.model import Change, Report
from generator.diff.render import to_json, to_markdown, write_changelog

__all__ = ["Change", "Report", "SpecInputError", "build_report", "diff_specs", "main"]


def build_report(old: LoadedSpec, new: LoadedSpec, *, sdk: bool = True) -> Report:
    """Compare two loaded specs (and, with ``sdk``, their generated SDKs) into a ``Report``."""
    from generator.diff.sdk import SdkUnavailableError, attach, compare_sdk

    started = time.perf_counter()
    api, package = api_identity(new)
    changes = compare(old.document, new.document)
    if sdk:
        from generator.generate import GenerationError

        try:
            findings = compare_sdk(old.text, new.text, package, api)
        except GenerationError as exc:
            raise SpecInputError(f"the generator cannot build an SDK from one of the specs: {exc}") from exc
        except SdkUnavailableError as exc:
            raise SpecInputError(str(exc)) from exc
        changes += attach(changes, findings, resource_nodes(old.document, new.document))
    info_old, info_new = old.document.get("info") or {}, new.document.get("info") or {}
    return Report(
        api=api,
        old=old.label,
        new=new.label,
        old_version=str(info_old["version"]) if info_old.get("version") else None,
        new_version=str(info_new["version"]) if info_new.get("version") else None,
        changes=changes,
        sdk_compared=sdk,
        seconds=time.perf_counter() - started,
    )


def diff_specs(old: str, new: str, *, sdk: bool = True) -> Report:
    """The report for two spec sources (paths or ``REF:PATH``); raises ``SpecInputError`` on bad input.

    ``seconds`` on the result covers everything: reading, validating, comparing and (with ``sdk``) both
    generations and the griffe comparison.
    """
    started = time.perf_counter()
    report = build_report(load_spec(old), load_spec(new), sdk=sdk)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """CLI: print the report to stdout; return 0 (nothing breaking), 1 (breaking) or 2 (bad input)."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", metavar="OLD", help="the old spec: a path or REF:PATH")
    parser.add_argument("new", metavar="NEW", help="the new spec: a path or REF:PATH")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even when something breaks")
    parser.add_argument(
        "--changelog", type=Path, metavar="FILE", help="prepend the entry to FILE (CHANGELOG.md)"
    )
    parser.add_argument(
        "--no-sdk", action="store_true", help="compare the specs only (skip generating and griffe)"
    )
    args = parser.parse_args(argv)
    try:
        report = diff_specs(args.old, args.new, sdk=not args.no_sdk)
    except SpecInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(to_json(report) if args.format == "json" else to_markdown(report))
    print(f"report took {report.seconds:.1f} s", file=sys.stderr)
    if args.changelog is not None:
        try:
            write_changelog(args.changelog, report, _today())
        except OSError as exc:
            print(f"error: cannot write {args.changelog}: {exc}", file=sys.stderr)
            return 2
    if report.breaking and not args.allow_breaking:
        return 1
    return 0


def _today() -> date:
    return datetime.now(UTC).date()
