"""What the thin profiles share: finding the token, choosing the auth scheme and base URL from ``API``."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from ._auth import Auth, LoginAuth, LoginSpec, auth_from_scheme
from ._exceptions import ConfigurationError

__all__ = ["USER_AGENT", "make_auth", "resolve_server", "server_url"]

try:
    USER_AGENT = f"space-sdk/{version('space-sdk')}"
except PackageNotFoundError:  # running from a checkout that was not installed
    USER_AGENT = "space-sdk"


def make_auth(
    api: Mapping[str, Any],
    token: str | Auth | None,
    env_var: str,
    *,
    email: str | None = None,
    password: str | None = None,
    login_fields: Mapping[str, Any] | None = None,
) -> Auth:
    """An :class:`Auth` for the spec's scheme: an explicit token (or ``Auth``), else ``email``/``password``
    (when the scheme has ``x-auth-login``), else ``$env_var``, else the ``_EMAIL``/``_PASSWORD`` variables
    beside it (``SCALEWAY_TOKEN`` -> ``SCALEWAY_EMAIL``, ``SCALEWAY_PASSWORD``)."""
    login_given = email is not None or password is not None
    if token is not None and login_given:
        raise ConfigurationError("pass token=... or email=/password=, not both")
    if isinstance(token, Auth):
        return token
    scheme = _scheme(api)
    login = scheme.get("x-auth-login")
    if login_given or login_fields:
        if not login:
            raise ConfigurationError(f"{api.get('title')} has no login (x-auth-login): pass token=...")
        return _login_auth(scheme, login, email, password, login_fields)
    if token is None:
        token = os.environ.get(env_var)
    if token:
        return auth_from_scheme(scheme, token)
    prefix = env_var.removesuffix("_TOKEN")
    env_email, env_password = os.environ.get(f"{prefix}_EMAIL"), os.environ.get(f"{prefix}_PASSWORD")
    if login and (env_email or env_password):
        return _login_auth(scheme, login, env_email, env_password, None)
    hint = f", or email= and password= (or {prefix}_EMAIL and {prefix}_PASSWORD)" if login else ""
    raise ConfigurationError(f"no token: pass token=... or set the {env_var} environment variable{hint}")


def _scheme(api: Mapping[str, Any]) -> Mapping[str, Any]:
    schemes: Mapping[str, Any] = api.get("security_schemes") or {}
    wanted = [name for req in api.get("security") or [] for name in req]
    name = next((n for n in wanted if n in schemes), next(iter(schemes), None))
    if name is None:
        raise ConfigurationError(f"{api.get('title')}: the spec declares no security scheme")
    scheme: Mapping[str, Any] = schemes[name]
    return scheme


def _login_auth(
    scheme: Mapping[str, Any],
    login: Mapping[str, Any],
    email: str | None,
    password: str | None,
    fields: Mapping[str, Any] | None,
) -> LoginAuth:
    spec = LoginSpec.from_spec(login)
    return LoginAuth(scheme, spec, email=email, password=password, fields=fields)


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
    found = server.get("variables") if isinstance(server, Mapping) else None
    declared: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
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
