"""``space-sdk drift``: recorded answers → findings, a suggested spec patch and its change report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import click

from ._errors import EXIT_CONFIG, EXIT_USAGE, CLIError


def _label(path: Path) -> str:
    """The spec's path as ``git apply`` wants it: relative to the repository that holds it (else its name)."""
    resolved = path.resolve()
    proc = subprocess.run(
        ["git", "-C", str(resolved.parent), "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode == 0 and proc.stdout.strip():
        try:
            return resolved.relative_to(Path(proc.stdout.strip()).resolve()).as_posix()
        except ValueError:
            pass
    return path.name


@click.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--api", help="The API whose spec (openapi/<api>.yaml) the recording is compared with.")
@click.option(
    "--spec",
    "spec_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compare with this spec file instead.",
)
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the patch (unified diff)."
)
@click.option("--apply", "apply_", is_flag=True, help="Write the patched spec in place.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Write the Markdown report.")
@click.option(
    "--sdk/--no-sdk",
    default=True,
    show_default=True,
    help="Change report: also generate both SDKs and compare them (griffe), about 10 s.",
)
@click.option(
    "--min-observations",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="An additive finding seen fewer times is reported, not patched.",
)
def drift(
    source: Path,
    api: str | None,
    spec_file: Path | None,
    output: Path | None,
    apply_: bool,
    report: Path | None,
    sdk: bool,
    min_observations: int,
) -> None:
    """Compare recorded answers (SOURCE: a .har file, or a directory such as `contract --record`'s) with the
    spec, operation by operation: print the findings; --output writes a spec patch (`git apply` takes it),
    --report a Markdown report with the patch and its change report."""
    if (api is None) == (spec_file is None):
        raise click.UsageError("give --api API or --spec FILE (one of them)")
    try:
        from space_sdk.contract.apis import api_specs
        from space_sdk.drift import RecordingError
        from space_sdk.drift import drift as run_drift
    except ImportError as exc:
        raise CLIError(f"'space-sdk drift' needs the drift extra (pip install 'space-sdk[drift]'): {exc}",
                       EXIT_CONFIG) from None  # fmt: skip
    if report is not None:
        from ._app import _repository_module  # the change report is the checkout's generator.diff

        _repository_module("generator.diff", "drift --report")
    if spec_file is None:
        specs = api_specs()
        if api not in specs:
            raise click.UsageError(f"unknown API {api}; known: {', '.join(specs)}")
        spec_file = specs[str(api)]
    try:
        result = run_drift(
            source,
            spec_file,
            label=_label(spec_file),
            api=api,
            sdk=sdk,
            with_report=report is not None,
            min_observations=min_observations,
        )
    except RecordingError as exc:
        raise CLIError(str(exc), EXIT_USAGE) from None
    except ImportError as exc:
        raise CLIError(f"the change report needs a space-sdk checkout with the dev toolchain: {exc}",
                       EXIT_CONFIG) from None  # fmt: skip
    from rich.console import Console
    from rich.table import Table

    analysis = result.analysis
    table = Table("kind", "operation", "status", "where", "answers", "outcome")
    for f in analysis.findings:
        outcome = "edit" if f.patched else (f.note or "reported")
        table.add_row(
            f.kind, f.operation, str(f.status or ""), f.where or "-", f"{f.count}/{f.total}", outcome
        )
    console = Console()
    if analysis.findings:
        console.print(table)
    edits = sum(1 for f in analysis.findings if f.patched)
    click.echo(
        f"drift: {analysis.exchanges} exchanges, {analysis.matched} matched to {len(analysis.operations)} "
        f"operations; {len(analysis.findings)} findings, {edits} patched; {result.seconds:.1f}s",
        err=True,
    )
    if output is not None:
        output.write_text(result.patched.diff, encoding="utf-8")
    if report is not None:
        report.write_text(result.report, encoding="utf-8")
    if apply_ and result.patched.diff:
        spec_file.write_text(result.patched.text, encoding="utf-8")
