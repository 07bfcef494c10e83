"""Which APIs exist and in what order (ports and reports follow this order), and where their specs are.

In a checkout: ``openapi/`` and ``generator/apis.toml``. From an installed wheel (no checkout): the spec each
generated client package carries (``<package>/openapi/<name>.yaml``, written by ``make generate`` and held
equal to ``openapi/`` by ``make check-generated``), in the SDK's registry order, and the settings its
``generation.json`` carries.
"""

from __future__ import annotations

import json
import tomllib
from importlib import metadata
from pathlib import Path

from space_sdk.spec import SPEC_DIR, discover_specs

REGISTRY = SPEC_DIR.parent / "generator" / "apis.toml"
DISTRIBUTION = "space-sdk"
SPEC_SUFFIXES = {".yaml", ".yml", ".json"}


def installed_specs() -> dict[str, Path]:
    """API name → the spec a generated package of the installed distribution carries (empty if none)."""
    try:
        files = metadata.files(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return {}
    found: dict[str, Path] = {}
    for file in files:
        if file.parent.name == "openapi" and file.suffix in SPEC_SUFFIXES and len(file.parts) == 3:
            found[Path(str(file)).stem] = Path(str(file.locate()))
    return found


def example_cap(name: str, spec: Path | None = None) -> int | None:
    """``contract_max_examples`` of the API's registry entry: a cap on generated cases per operation for APIs
    with many operations (and a stateful phase), so the whole contract run stays within its time budget.
    Without a checkout, read from the ``generation.json`` beside an installed spec."""
    if REGISTRY.exists():
        for entry in tomllib.loads(REGISTRY.read_text(encoding="utf-8")).get("api", []):
            if entry.get("name") == name and isinstance(entry.get("contract_max_examples"), int):
                return int(entry["contract_max_examples"])
        return None
    path = spec or installed_specs().get(name)
    stats = path.parent.parent / "generation.json" if path is not None else None
    if stats is not None and stats.is_file():
        value = json.loads(stats.read_text(encoding="utf-8")).get("contract_max_examples")
        return int(value) if isinstance(value, int) else None
    return None


def api_specs(directory: Path = SPEC_DIR) -> dict[str, Path]:
    """API name → spec path: the SDK's registry order (generator/apis.toml) first, then any other spec."""
    if not directory.is_dir() and directory == SPEC_DIR:
        return _ordered(installed_specs())
    found = {path.stem: path for path in discover_specs(directory)}
    ordered: dict[str, Path] = {}
    if REGISTRY.exists() and directory == SPEC_DIR:
        for entry in tomllib.loads(REGISTRY.read_text(encoding="utf-8")).get("api", []):
            name = str(entry.get("name", ""))
            if name in found:
                ordered[name] = found[name]
    for name in sorted(found):
        ordered.setdefault(name, found[name])
    return ordered


def _ordered(found: dict[str, Path]) -> dict[str, Path]:
    from space_sdk._registry import PROFILES

    ordered = {name: found[name] for name in PROFILES if name in found}
    for name in sorted(found):
        ordered.setdefault(name, found[name])
    return ordered
