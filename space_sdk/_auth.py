"""Credentials, kept out of every repr, log line and exception.

An :class:`Auth` only produces request headers. The scheme is chosen from the spec's
``components.securitySchemes`` (:func:`auth_from_scheme`), so a new API needs no code here unless it needs
a new kind of credential. Schemes that obtain or renew a token (an ``X-Auth-Token`` from ``POST /tokens``,
a JWT that expires) subclass :class:`Auth` and override :meth:`Auth.refresh`: the client calls it once
after an authentication error and retries the call if it returns ``True``.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from ._exceptions import ConfigurationError

__all__ = ["ApiKeyHeaderAuth", "Auth", "BasicAuth", "BearerAuth", "auth_from_scheme"]


class Auth:
    """Base class: the headers that authenticate a request."""

    def headers(self) -> dict[str, str]:
        """Headers to add to every request."""
        raise NotImplementedError

    def refresh(self) -> bool:
        """Renew the credential after an authentication error; ``True`` means retry the call once."""
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"

    __str__ = __repr__


class BearerAuth(Auth):
    """``Authorization: Bearer <token>``. A token pasted with its ``Bearer `` prefix is accepted as is."""

    __slots__ = ("_header",)

    def __init__(self, token: str) -> None:
        token = _clean(token)
        if token[:7].lower() == "bearer ":
            token = token[7:].strip()
        self._header = {"Authorization": f"Bearer {token}"}

    def headers(self) -> dict[str, str]:
        return self._header


class BasicAuth(Auth):
    """HTTP basic; Spaces uses the access token as the user name and an empty password."""

    __slots__ = ("_header",)

    def __init__(self, username: str, password: str = "") -> None:
        raw = f"{_clean(username)}:{password}".encode()
        self._header = {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}

    def headers(self) -> dict[str, str]:
        return self._header


class ApiKeyHeaderAuth(Auth):
    """A token in a header of its own, e.g. ``X-Auth-Token`` (an ``apiKey`` scheme ``in: header``)."""

    __slots__ = ("_header",)

    def __init__(self, header: str, token: str) -> None:
        self._header = {header: _clean(token)}

    def headers(self) -> dict[str, str]:
        return self._header


def auth_from_scheme(scheme: Mapping[str, Any], token: str) -> Auth:
    """The :class:`Auth` for one OpenAPI security scheme and a token."""
    kind = scheme.get("type")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return BearerAuth(token)
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return BasicAuth(token, "")
    if kind == "apiKey" and scheme.get("in") == "header":
        return ApiKeyHeaderAuth(str(scheme["name"]), token)
    raise ConfigurationError(f"security scheme {kind!r}/{scheme.get('scheme')!r} is not supported")


def _clean(token: str) -> str:
    if not isinstance(token, str) or not token.strip():
        raise ConfigurationError("the token is empty")
    token = token.strip()
    if any(c in token for c in "\r\n"):
        raise ConfigurationError("the token contains a line break")
    return token
