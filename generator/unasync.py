"""Generate ``space_sdk/_sync/`` from ``space_sdk/_async/``: every I/O loop of the SDK is written once.

``python -m generator.unasync`` rewrites the sync files; ``--check`` fails, listing each file that differs,
when a sync file is not what this script would write (a hand edit, or an async edit without ``make generate``)
-- and when one of the substitutions below is no longer used anywhere, so the list cannot rot.

The token rewriting is the ``unasync`` library's (python-trio/unasync: ``async``/``await`` dropped,
``__aenter__`` → ``__enter__``, ``AsyncIterator`` → ``Iterator``, ``Async<Name>`` → ``Sync<Name>``); the
substitutions below add this project's names. The result is formatted by ruff, as the generated client is.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
ASYNC_DIR = ROOT / "space_sdk" / "_async"
SYNC_DIR = ROOT / "space_sdk" / "_sync"

#: names whose sync form is not ``Sync<Name>`` (unasync's default for ``Async<Name>``)
SUBSTITUTIONS: dict[str, str] = {
    "AsyncJob": "Job",  # the public names are Job / AsyncJob
    "AsyncClient": "Client",  # httpx.AsyncClient
    "AsyncBaseTransport": "BaseTransport",  # httpx.AsyncBaseTransport
    "aclose": "close",
    "async_sleep": "sync_sleep",  # space_sdk._backends: the primitives written twice
    "async_run_bounded": "sync_run_bounded",
    "ASYNC_PAGES": "SYNC_PAGES",
}

HEADER = (
    "# Generated from space_sdk/_async/{name} by generator/unasync.py (make generate): edit that file,\n"
    "# never this one; make check-generated fails when the two disagree.\n"
)


class _CountingRule(unasync.Rule):  # type: ignore[misc]
    """unasync's rule, counting which of our substitutions it applied."""

    def __init__(self, used: Counter[str]) -> None:
        super().__init__("/_async/", "/_sync/", additional_replacements=SUBSTITUTIONS)
        self._used = used

    def _unasync_name(self, name: str) -> str:
        if name in SUBSTITUTIONS:
            self._used[name] += 1
        result: str = super()._unasync_name(name)
        return result


def _ruff(args: list[str], text: str, filename: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", filename, "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode not in (0, 1) or not done.stdout:
        raise SystemExit(f"ruff {' '.join(args)} failed on {filename}: {done.stderr.strip()}")
    return done.stdout


def render(source: Path, used: Counter[str]) -> str:
    """The sync twin of one async file, formatted."""
    rule = _CountingRule(used)
    tokens = tokenize_rt.src_to_tokens(source.read_text(encoding="utf-8"))
    text = tokenize_rt.tokens_to_src(list(rule._unasync_tokens(tokens)))
    filename = f"space_sdk/_sync/{source.name}"  # the name ruff applies the project's settings to
    text = _ruff(["check", "--fix", "--select", "I,F401", "--quiet", "--exit-zero"], text, filename)
    text = _ruff(["format", "--quiet"], text, filename)
    return HEADER.format(name=source.name) + text


def expected() -> tuple[dict[str, str], list[str]]:
    """File name → sync text, and the substitutions no file used."""
    used: Counter[str] = Counter()
    files = {path.name: render(path, used) for path in sorted(ASYNC_DIR.glob("*.py"))}
    return files, sorted(set(SUBSTITUTIONS) - set(used))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if space_sdk/_sync/ is not current")
    args = parser.parse_args(argv)
    files, unused = expected()
    if unused:
        print(f"unasync: substitutions no file uses any more (remove them): {unused}", file=sys.stderr)
        return 1
    if args.check:
        stale = [
            name
            for name, text in files.items()
            if not (SYNC_DIR / name).exists() or (SYNC_DIR / name).read_text(encoding="utf-8") != text
        ]
        extra = sorted(p.name for p in SYNC_DIR.glob("*.py") if p.name not in files)
        if stale or extra:
            for name in stale:
                print(
                    f"space_sdk/_sync/{name}: differs from what space_sdk/_async/{name} generates",
                    file=sys.stderr,
                )
            for name in extra:
                print(f"space_sdk/_sync/{name}: has no space_sdk/_async/ source", file=sys.stderr)
            print("run `make generate` (edit space_sdk/_async/, never space_sdk/_sync/)", file=sys.stderr)
            return 1
        print(f"space_sdk/_sync/ is current ({len(files)} files generated from space_sdk/_async/)")
        return 0
    SYNC_DIR.mkdir(exist_ok=True)
    for old in SYNC_DIR.glob("*.py"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (SYNC_DIR / name).write_text(text, encoding="utf-8")
    print(f"generated space_sdk/_sync/ ({len(files)} files) from space_sdk/_async/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
