"""Read a spec from a file or from git (``REF:PATH``), and validate it, with errors a person can act on."""

from __future__ import annotations

import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.generate import CONFIG, ROOT
from space_sdk.spec import parse_document  # dates stay strings, as on the wire; libyaml's loader when there


class SpecInputError(ValueError):
    """The input is not a readable, valid OpenAPI document (exit code 2)."""


@dataclass(frozen=True)
class LoadedSpec:
    """A parsed spec and where it came from (``label`` as the user wrote it, ``path`` inside the repo)."""

    label: str
    path: str
    text: str
    document: dict[str, Any]


def load_spec(source: str, *, cwd: Path = ROOT) -> LoadedSpec:
    """Load ``source``: an existing file, else ``gitref:path`` read with ``git show`` in ``cwd``'s repository.

    A file that exists wins over the git reading, so a path containing ``:`` still works.
    """
    candidate = Path(source)
    if not candidate.is_absolute():
        candidate = Path.cwd() / candidate
    if candidate.is_file():
        try:
            text = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecInputError(f"{source}: cannot read: {exc}") from exc
        try:
            rel = candidate.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            rel = candidate.name
        return _parse(source, rel, text)
    ref, sep, path = source.partition(":")
    if not sep or not ref or not path or re.match(r"^[A-Za-z]$", ref):  # C:\... is a Windows path, not a ref
        raise SpecInputError(
            f"{source}: no such file (give a path, or REF:PATH such as origin/main:openapi/x.yaml)"
        )
    proc = subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SpecInputError(f"{source}: git show failed: {proc.stderr.strip() or 'no output'}")
    return _parse(source, path, proc.stdout)


def _parse(label: str, path: str, text: str) -> LoadedSpec:
    try:
        document: Any = parse_document(text, label)  # the project's one spec reader (space_sdk.spec)
    except yaml.YAMLError as exc:
        raise SpecInputError(f"{label}: not valid YAML/JSON: {exc}") from exc
    except ValueError:
        document = None
    if not isinstance(document, dict) or "openapi" not in document:
        raise SpecInputError(f"{label}: not an OpenAPI document (no top-level 'openapi' field)")
    _validate(label, document)
    return LoadedSpec(label=label, path=path, text=text, document=document)


def _validate(label: str, document: dict[str, Any]) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(p) for p in getattr(exc, "path", ()) or ())
        raise SpecInputError(
            f"{label}: not a valid OpenAPI document: {getattr(exc, 'message', exc)}"
            + (f" (at {where})" if where else "")
        ) from exc
    except Exception as exc:  # the validator raises ref-resolution errors of several kinds
        raise SpecInputError(f"{label}: not a valid OpenAPI document: {exc}") from exc


def api_identity(spec: LoadedSpec) -> tuple[str, str]:
    """(API name, package name) from ``generator/apis.toml`` when the spec's path is listed there, else derived
    from ``info.title``. Both versions are generated under one package name so their public APIs line up."""
    data = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    for item in data.get("api", []):
        if item.get("spec") == spec.path:
            return str(item["name"]), str(item["package"])
    title = str(spec.document.get("info", {}).get("title") or "api")
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") or "api"
    if slug[0].isdigit():
        slug = "api_" + slug
    return slug, f"{slug}_client"
