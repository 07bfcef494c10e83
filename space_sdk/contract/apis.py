"""Which APIs exist and in what order (ports and reports follow this order)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from space_sdk.spec import SPEC_DIR, discover_specs

REGISTRY = SPEC_DIR.parent / "generator" / "apis.toml"


def example_cap(name: str) -> int | None:
    """``contract_max_examples`` of the API's registry entry: a cap on generated cases per operation for APIs
    with many operations (and a stateful phase), so the whole contract run stays within its time budget."""
    if not REGISTRY.exists():
        return None
    for entry in tomllib.loads(REGISTRY.read_text(encoding="utf-8")).get("api", []):
        if entry.get("name") == name and isinstance(entry.get("contract_max_examples"), int):
            return int(entry["contract_max_examples"])
    return None


def api_specs(directory: Path = SPEC_DIR) -> dict[str, Path]:
    """API name → spec path: the SDK's registry order (generator/apis.toml) first, then any other spec."""
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
