"""What the thin profiles share: finding the token, choosing the auth scheme and base URL from ``API``."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from ._auth import Auth, auth_from_scheme
from ._exceptions import ConfigurationError

__all__ = ["USER_AGENT", "make_auth", "resolve_server", "server_url"]

try:
    USER_AGENT = f"space-sdk/{version('space-sdk')}"
except PackageNotFoundError:  # running from a checkout that was not installed
    USER_AGENT = "space-sdk"


def make_auth(api: Mapping[str, Any], token: str | Auth | None, env_var: str) -> Auth:
    """An :class:`Auth` from an explicit token (or ``Auth``), else ``$env_var``, using the spec's scheme."""
    if isinstance(token, Auth):
        return token
    if token is None:
        token = os.environ.get(env_var)
    if not token:
        raise ConfigurationError(f"no token: pass token=... or set the {env_var} environment variable")
    schemes: Mapping[str, Any] = api.get("security_schemes") or {}
    wanted = [name for req in api.get("security") or [] for name in req]
    name = next((n for n in wanted if n in schemes), next(iter(schemes), None))
    if name is None:
        raise ConfigurationError(f"{api.get('title')}: the spec declares no security scheme")
    return auth_from_scheme(schemes[name], token)


def server_url(
    api: Mapping[str, Any], base_url: str | None, variables: Mapping[str, str] | None = None
) -> str:
    """``base_url`` or the spec's first server, its ``{variables}`` filled in (see :func:`resolve_server`)."""
    if base_url:
        return base_url
    return resolve_server(api.get("servers") or [], variables, str(api.get("title")))


def resolve_server(servers: Sequence[Any], variables: Mapping[str, str] | None, where: str) -> str:
    """The URL of the first of ``servers`` (OpenAPI server objects, or plain URLs) with its variables set:
    each from ``variables`` when given there (checked against the variable's ``enum``), else its default."""
    if not servers:
        raise ConfigurationError(f"{where}: the spec has no servers; pass base_url=...")
    server = servers[0]
    if isinstance(server, str):
        server = {"url": server}
    url = str(server["url"])
    declared: Mapping[str, Any] = server.get("variables") or {}
    given = dict(variables or {})
    for name, spec in declared.items():
        value = given.pop(name, None)
        if value is None:
            value = spec.get("default")
        allowed = spec.get("enum")
        if allowed and value not in allowed:
            raise ConfigurationError(f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r}")
        url = url.replace("{" + name + "}", str(value))
    return url
