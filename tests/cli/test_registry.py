"""The one list of APIs (space_sdk/_registry.py) covers every generated client and feeds ``space_sdk``."""

from __future__ import annotations

import tomllib

import space_sdk
from space_sdk._registry import PROFILES, api_names, get_api

from .conftest import ROOT


def test_every_api_in_the_generator_registry_has_a_profile_line() -> None:
    generated = [
        entry["name"] for entry in tomllib.loads((ROOT / "generator" / "apis.toml").read_text())["api"]
    ]
    missing = [name for name in generated if name not in PROFILES]
    assert missing == [], f"add a line per API to space_sdk/_registry.py PROFILES: {missing}"


def test_each_entry_reaches_its_generated_tables() -> None:
    for name in api_names():
        entry = get_api(name)
        assert entry is not None
        assert entry.generated.API is entry.api
        assert entry.operations is entry.generated.OPERATIONS
        assert entry.token_variable.endswith("_TOKEN")
        assert entry.async_client_class._api is entry.api
    assert get_api("nope") is None


def test_the_package_exports_every_registered_client_class() -> None:
    for module, *classes in PROFILES.values():
        for name in classes:
            cls = getattr(space_sdk, name)
            assert cls.__module__ == "space_sdk"
            assert module.startswith("space_sdk.")
