"""Which APIs the SDK has, by name: the one list that ``space_sdk`` (its lazily imported client classes) and
the command line read. A new API adds one line to :data:`PROFILES`; everything else about it comes from its
profile class and the generated ``API`` / ``OPERATIONS`` tables beside its facade.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async.sdk import AsyncSDK
    from ._sync.sdk import SyncSDK

__all__ = ["PROFILES", "ApiEntry", "api_names", "get_api"]

#: API name → (profile module, blocking client class, asyncio client class). Imported only when used, so a
#: missing generated client breaks only its own API.
PROFILES: dict[str, tuple[str, str, str]] = {
    "spacescope": ("space_sdk.spacescope", "Spacescope", "AsyncSpacescope"),
    "spaces": ("space_sdk.spaces", "Spaces", "AsyncSpaces"),
    "scaleway": ("space_sdk.scaleway", "Scaleway", "AsyncScaleway"),
    "spaceknow": ("space_sdk.spaceknow", "SpaceKnow", "AsyncSpaceKnow"),
    "spacescope-v1": ("space_sdk.spacescope_v1", "SpacescopeV1", "AsyncSpacescopeV1"),
}


@dataclass(frozen=True)
class ApiEntry:
    """One registered API: its client classes and the generated tables they are built from."""

    name: str
    module: str
    sync_name: str
    async_name: str

    @cached_property
    def client_class(self) -> type[SyncSDK]:
        cls: type[SyncSDK] = getattr(importlib.import_module(self.module), self.sync_name)
        return cls

    @cached_property
    def async_client_class(self) -> type[AsyncSDK]:
        cls: type[AsyncSDK] = getattr(importlib.import_module(self.module), self.async_name)
        return cls

    @cached_property
    def generated(self) -> ModuleType:
        """The generated ``<package>._sdk`` module whose ``API`` the profile uses."""
        cls = self.client_class
        for base in cls.__mro__:
            module = sys.modules.get(base.__module__)
            if module is not None and getattr(module, "API", None) is cls._api:
                return module
        raise LookupError(f"{self.name}: no generated module with the profile's API table")

    @property
    def api(self) -> Mapping[str, Any]:
        """The spec's per-API data (title, version, servers, security, x-errors, ...)."""
        return self.client_class._api

    @property
    def operations(self) -> Mapping[str, Mapping[str, Any]]:
        """operationId → the generated ``OPERATIONS`` entry."""
        ops: Mapping[str, Mapping[str, Any]] = self.generated.OPERATIONS
        return ops

    @property
    def token_variable(self) -> str:
        """The environment variable the clients read the token from."""
        return self.client_class._env_token


def api_names() -> list[str]:
    """Every registered API, in registry order."""
    return list(PROFILES)


def get_api(name: str) -> ApiEntry | None:
    """The registered API called ``name``, or ``None``."""
    entry = PROFILES.get(name)
    return None if entry is None else ApiEntry(name, *entry)
