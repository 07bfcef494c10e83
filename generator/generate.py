"""Rebuild generated_client/ from the specs, or prove the committed copy is current.

    python -m generator.generate                  # rewrite generated_client/<package>/ for every API
    python -m generator.generate --check          # regenerate into a temp dir, list what differs, exit 1
    python -m generator.generate --check --target DIR

Every API is one ``[[api]]`` entry in ``generator/apis.toml``. For each, openapi-python-client (pinned in
pyproject.toml) writes the package, the typed facade (``_sdk.py``, see ``generator.facade``) is added beside it,
and ruff formats the whole tree with its built-in defaults (``--isolated``) so the output does not depend on
where it is written or on the project's own ruff settings.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from space_sdk.spec import parse_document

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator" / "apis.toml"
GENERATED = ROOT / "generated_client"
TEMPLATES = ROOT / "generator" / "templates" / "openapi-python-client"
STATS_FILE = "generation.json"
#: where each generated package carries the spec it was generated from (held equal by --check)
SPEC_FOLDER = "openapi"


class GenerationError(RuntimeError):
    """Raised when openapi-python-client or ruff fails, with the tool's own output."""


@dataclass(frozen=True)
class ApiEntry:
    """One API to generate: its spec and the package name it becomes."""

    name: str
    spec: Path
    package: str
    #: the contract suite's cap on generated cases per operation (carried in generation.json for installs)
    contract_max_examples: int | None = None


def load_config(path: Path = CONFIG) -> list[ApiEntry]:
    """Read apis.toml; names and packages must be unique."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = [
        ApiEntry(
            name=item["name"],
            spec=ROOT / item["spec"],
            package=item["package"],
            contract_max_examples=item.get("contract_max_examples"),
        )
        for item in data.get("api", [])
    ]
    for attr in ("name", "package"):
        values = [getattr(e, attr) for e in entries]
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            raise GenerationError(f"{path}: duplicate {attr} in [[api]] entries: {', '.join(dupes)}")
    return entries


def _run(cmd: Sequence[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    # openapi-python-client reports skipped endpoints/models as warnings but exits 0: a silently
    # missing endpoint is exactly the drift this tool exists to prevent, so treat warnings as errors.
    # (0.29 prints them on stderr, earlier versions on stdout: both are read)
    if proc.returncode != 0 or "Warning(s) encountered" in proc.stdout + proc.stderr:
        raise GenerationError(f"{' '.join(cmd[:4])} failed:\n{proc.stdout}\n{proc.stderr}")


#: text request bodies (Scaleway's user data) are read as raw content, their Content-Type kept; the facade
#: parses the spec with the same setting so both see the same operations
CONTENT_TYPE_OVERRIDES = {"text/plain": "application/octet-stream"}


def _render_facade(spec: dict[str, Any], package: str) -> str | None:
    try:
        from openapi_python_client.config import ConfigFile

        from generator.facade import render_facade
    except ImportError:  # the facade generator is optional for a bare client
        return None
    source: str = render_facade(
        spec, package, config=ConfigFile(content_type_overrides=CONTENT_TYPE_OVERRIDES)
    )
    return source


_FORKED_FROM = re.compile(
    r"FORKED_FROM openapi-python-client (?P<version>\S+) sha256 (?P<sha256>[0-9a-f]{64})"
)


def check_forks(templates: Path = TEMPLATES) -> None:
    """Refuse to generate with a forked template whose upstream original has changed since the fork.

    Each template in ``templates`` names the upstream file it was forked from by its sha256
    (``FORKED_FROM openapi-python-client <version> sha256 <hex>``); after a generator upgrade the fork
    would silently drop upstream fixes, so the upgrade must come with a re-fork.
    """
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates"
    for fork in sorted(templates.rglob("*.jinja")):
        match = _FORKED_FROM.search(fork.read_text(encoding="utf-8"))
        if match is None:
            raise GenerationError(
                f"{fork}: no 'FORKED_FROM openapi-python-client <version> sha256 <hex>' line"
            )
        original = upstream / fork.relative_to(templates)
        actual = hashlib.sha256(original.read_bytes()).hexdigest() if original.is_file() else "missing"
        if actual != match["sha256"]:
            raise GenerationError(
                f"{fork}: forked from openapi-python-client {match['version']} {original.name} "
                f"(sha256 {match['sha256'][:12]}), but the installed one is {actual[:12]}: "
                "re-fork it from the installed template and re-apply the change its header describes"
            )


def generate_one(entry: ApiEntry, out_dir: Path) -> Path:
    """Write ``out_dir/<package>/`` for one API and return that folder."""
    check_forks()
    spec_text = entry.spec.read_text(encoding="utf-8")
    spec = parse_document(spec_text, str(entry.spec))
    target = out_dir / entry.package
    with tempfile.TemporaryDirectory(prefix="opc-") as tmp:
        opc_config = Path(tmp) / "config.json"
        opc_config.write_text(
            json.dumps(
                {
                    "package_name_override": entry.package,
                    "project_name_override": entry.package.replace("_", "-"),
                    "post_hooks": [],
                    "content_type_overrides": CONTENT_TYPE_OVERRIDES,
                }
            ),
            encoding="utf-8",
        )
        _run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(entry.spec),
                "--config",
                str(opc_config),
                "--meta",
                "none",
                "--custom-template-path",
                str(TEMPLATES),
                "--output-path",
                str(target),
                "--overwrite",
            ],
            cwd=Path(tmp),
        )
    facade = _render_facade(spec, entry.package)
    if facade is not None:
        (target / "_sdk.py").write_text(facade, encoding="utf-8")
    (target / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    # the spec travels with its client (package data): `space-sdk contract` / `mock` from an installed wheel
    (target / SPEC_FOLDER).mkdir(exist_ok=True)
    (target / SPEC_FOLDER / entry.spec.name).write_text(spec_text, encoding="utf-8")
    stats: dict[str, Any] = {
        "api": entry.name,
        "spec": _display_path(entry.spec),
        "spec_sha256": hashlib.sha256(spec_text.encode("utf-8")).hexdigest(),
        "generator": "openapi-python-client " + _opc_version(),
        "operations": sum(
            1 for item in spec.get("paths", {}).values() for method in item if method in _HTTP_METHODS
        ),
    }
    if entry.contract_max_examples is not None:
        stats["contract_max_examples"] = entry.contract_max_examples
    (target / STATS_FILE).write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    _run([*ruff, "check", "--isolated", "--fix-only", "--quiet", str(target)], cwd=out_dir)
    _run([*ruff, "format", "--isolated", "--quiet", str(target)], cwd=out_dir)
    return target


def _display_path(spec: Path) -> str:
    """The spec's path as recorded in generation.json: repo-relative, or its name for a spec outside the repo
    (the change report generates specs read from git into a temporary folder)."""
    try:
        return spec.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return spec.name


_HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _opc_version() -> str:
    from importlib.metadata import version

    return version("openapi-python-client")


def generate_all(entries: Sequence[ApiEntry], out_dir: Path) -> None:
    """Generate every API into ``out_dir`` (which must exist)."""
    for entry in entries:
        generate_one(entry, out_dir)


def _files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path.relative_to(root)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Compare two trees file by file (content, not stat); one line per difference."""
    want = set(_files(expected)) if expected.exists() else set()
    have = set(_files(actual)) if actual.exists() else set()
    lines = [f"missing:    {p}" for p in sorted(want - have)]
    lines += [f"unexpected: {p}" for p in sorted(have - want)]
    lines += [
        f"differs:    {p}"
        for p in sorted(want & have)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return lines


def check(entries: Sequence[ApiEntry], target: Path) -> list[str]:
    """Regenerate into a temp dir and list how ``target`` differs from it (empty = current)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="check-generated-") as tmp:
        fresh = Path(tmp)
        generate_all(entries, fresh)
        for entry in entries:
            for line in diff_trees(fresh / entry.package, target / entry.package):
                kind, _, rel = line.partition(" ")
                problems.append(f"{kind:<11} {entry.package}/{rel.strip()}")
    return problems


def write(entries: Sequence[ApiEntry], target: Path) -> None:
    """Regenerate everything first, then replace each package folder, so a failure leaves target untouched."""
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="generate-", dir=target) as tmp:
        fresh = Path(tmp)
        generate_all(entries, fresh)
        for entry in entries:
            dest = target / entry.package
            if dest.exists():
                shutil.rmtree(dest)
            shutil.move(str(fresh / entry.package), dest)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed client is not current")
    parser.add_argument("--target", type=Path, default=GENERATED, help="the generated_client folder")
    parser.add_argument("--config", type=Path, default=CONFIG)
    args = parser.parse_args(argv)
    try:
        entries = load_config(args.config)
        if args.check:
            problems = check(entries, args.target)
            if problems:
                print(
                    f"{args.target}: generated client is stale or was edited by hand; run `make generate`:",
                    file=sys.stderr,
                )
                for line in problems:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print(f"generated client is current ({', '.join(e.package for e in entries)})")
            return 0
        write(entries, args.target)
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"generated {', '.join(e.package for e in entries)} into {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
