"""Credentials, kept out of every repr, log line and exception.

An :class:`Auth` only produces request headers. The scheme is chosen from the spec's
``components.securitySchemes`` (:func:`auth_from_scheme`), so a new API needs no code here unless it needs
a new kind of credential. Schemes that obtain or renew a token (an ``X-Auth-Token`` from ``POST /tokens``,
a JWT that expires) are :class:`LoginAuth`, driven by the spec's ``x-auth-login``: the client logs in,
renews and revokes through its own attempt loop. A hand-written :class:`Auth` subclass may instead override
:meth:`Auth.refresh`: the client calls it once after an authentication error and retries if it is ``True``.
"""

from __future__ import annotations

import base64
import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ._exceptions import ConfigurationError

__all__ = [
    "CREDENTIALS",
    "ApiKeyHeaderAuth",
    "Auth",
    "BasicAuth",
    "BearerAuth",
    "LoginAuth",
    "LoginSpec",
    "auth_from_scheme",
    "json_pointer",
]


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


# -- login: a token obtained (and renewed, and revoked) by the SDK itself ------------------------------------


@dataclass(frozen=True, slots=True)
class LoginSpec:
    """A security scheme's ``x-auth-login``: how credentials become a token, and how long it lives.

    ``operation`` exchanges the credentials for a token: its JSON body maps each body field to a credential
    (``credentials: {username: email, password: password}``) plus constant ``fields``. ``token`` and the
    optional ``expires_at`` / ``issued_at`` are JSON pointers into its answer; ``lifetime`` (seconds) is
    used when the answer has no expiry. ``extend`` and ``revoke`` name operations whose path parameters all
    take the token (PATCH/DELETE ``/tokens/{token_id}``).
    """

    operation: str
    credentials: Mapping[str, str]
    fields: Mapping[str, Any]
    token: str
    expires_at: str | None = None
    issued_at: str | None = None
    lifetime: float | None = None
    renew_before: float = 60.0
    extend: str | None = None
    revoke: str | None = None
    #: the login fields that ask for a token that never expires (``{expires: false}``); documentation and
    #: the mock's, the SDK reads the expiry from the answer
    never_expires: Mapping[str, Any] | None = None
    #: a JSON pointer to the server's own description in a refused login's answer (Auth0:
    #: ``/error_description``), kept in the error that says the login failed
    error_message: str | None = None

    @classmethod
    def from_spec(cls, data: Mapping[str, Any]) -> LoginSpec:
        known = set(cls.__slots__)
        unknown = set(data) - known
        if unknown or "operation" not in data or "token" not in data:
            raise ConfigurationError(
                f"x-auth-login needs 'operation' and 'token' and allows only {sorted(known)}; "
                f"got {sorted(data)}"
            )
        credentials = dict(data.get("credentials") or {})
        bad = {v for v in credentials.values() if v not in CREDENTIALS}
        if bad:
            raise ConfigurationError(
                f"x-auth-login.credentials: {sorted(bad)} is not one of {list(CREDENTIALS)}"
            )
        lifetime = data.get("lifetime")
        return cls(
            operation=str(data["operation"]),
            credentials=credentials,
            fields=dict(data.get("fields") or {}),
            token=str(data["token"]),
            expires_at=data.get("expires_at"),
            issued_at=data.get("issued_at"),
            lifetime=None if lifetime is None else float(lifetime),
            renew_before=float(data.get("renew_before", 60.0)),
            extend=data.get("extend"),
            revoke=data.get("revoke"),
            never_expires=data.get("never_expires"),
            error_message=data.get("error_message"),
        )

    def operation_ids(self) -> list[str]:
        return [op for op in (self.operation, self.extend, self.revoke) if op]


#: the credential names a login can send (``email=``/``password=`` on every client whose spec has a login)
CREDENTIALS = ("email", "password")


class LoginAuth(Auth):
    """A token the SDK obtains by logging in with ``email``/``password`` (the spec's ``x-auth-login``).

    This object holds no I/O: it says what to send next (:meth:`plan`: log in, extend, or nothing, on the
    client's clock) and takes the answers in. The client sends those requests through its own attempt loop,
    so they are retried and their errors mapped like any other call. The token it created is revoked when
    the client closes (when the spec names a ``revoke`` operation); a token passed as ``token=`` never is.
    """

    __slots__ = (
        "_created",
        "_expires",
        "_extend_after",
        "_fields",
        "_header",
        "_login",
        "_scheme",
        "_secrets",
        "_skew",
        "_spares",
        "_token",
    )

    def __init__(
        self,
        scheme: Mapping[str, Any],
        login: LoginSpec,
        *,
        email: str | None,
        password: str | None,
        fields: Mapping[str, Any] | None = None,
    ) -> None:
        self._scheme = scheme
        self._login = login
        secrets = {"email": email, "password": password}
        for body_field, credential in login.credentials.items():
            value = secrets.get(credential)
            if not isinstance(value, str) or not value:
                raise ConfigurationError(f"logging in needs {credential}= (sent as {body_field!r})")
        self._secrets = secrets
        extra = dict(fields or {})
        unknown = set(extra) - set(login.fields)
        if unknown:
            allowed = ", ".join(sorted(login.fields)) or "none"
            raise ConfigurationError(f"login_fields: {sorted(unknown)} not allowed (allowed: {allowed})")
        self._fields = {**login.fields, **extra}
        self._token: str | None = None
        self._header: dict[str, str] = {}
        self._expires: datetime.datetime | None = None
        # after a failed extend, not before this instant (the token is still good meanwhile)
        self._extend_after: datetime.datetime | None = None
        self._skew = datetime.timedelta(0)
        self._created: str | None = None
        # tokens this object created that are still live but no longer used: two concurrent first calls of an
        # async client each log in, and only the newer token is kept; the older is revoked on close too
        self._spares: list[str] = []

    @property
    def spec(self) -> LoginSpec:
        return self._login

    @property
    def has_token(self) -> bool:
        return self._token is not None

    @property
    def expires_at(self) -> datetime.datetime | None:
        """When the current token runs out, on the client's clock (``None``: no token, or it never does)."""
        return self._expires

    def headers(self) -> dict[str, str]:
        return self._header

    def plan(self, now: datetime.datetime) -> str | None:
        """What to send before the next request: ``"login"``, ``"extend"`` or ``None`` (the token is good)."""
        if self._token is None:
            return "login"
        if self._expires is None:
            return None
        if now >= self._expires:
            return "login"  # extending a token that has run out is refused: start again
        if now >= self._expires - datetime.timedelta(seconds=self._login.renew_before):
            if not self._login.extend:
                return "login"
            if self._extend_after is not None and now < self._extend_after:
                return None  # an extend just failed: the token still works, try again a little later
            return "extend"
        return None

    def extend_failed(self, now: datetime.datetime) -> float:
        """An extend was refused or failed while the token is still valid: keep the token and try again
        later -- after a tenth of the renewal window, and at most halfway to the expiry. Returns the seconds."""
        left = (self._expires - now).total_seconds() if self._expires is not None else 0.0
        wait = max(0.0, min(self._login.renew_before / 10.0, left / 2.0))
        self._extend_after = now + datetime.timedelta(seconds=wait)
        return wait

    def login_body(self) -> dict[str, Any]:
        body = dict(self._fields)
        for body_field, credential in self._login.credentials.items():
            body[body_field] = self._secrets[credential]
        return body

    def token_path(self, template: str, token: str | None = None) -> str:
        """``template`` (an operation's path) with every path parameter set to ``token`` (default: the
        current one)."""
        value = token if token is not None else self._token
        assert value is not None
        return re.sub(r"\{[^}/]+\}", lambda _: quote(value, safe=""), template)

    def accept_login(self, body: Any, now: datetime.datetime) -> None:
        """Take a login answer in; raises ``ValueError`` when it holds no token."""
        token = json_pointer(body, self._login.token)
        if not isinstance(token, str) or not token.strip() or any(c in token for c in "\r\n"):
            raise ValueError(f"the login answer has no token at {self._login.token}")
        if self._token is not None and self._token != token and self._token == self._created:
            self._spares.append(self._token)
        self._token = token
        self._header = auth_from_scheme(self._scheme, token).headers()
        self._created = token
        issued = _instant(json_pointer(body, self._login.issued_at)) if self._login.issued_at else None
        # The server's expiry is on the server's clock: measure it from the server's own issue time when the
        # answer has one, so a client clock that is off by minutes still renews in time.
        self._skew = (now - issued) if issued is not None else datetime.timedelta(0)
        self._expires = self._expiry(body, now)

    def accept_extend(self, body: Any, now: datetime.datetime) -> None:
        self._expires = self._expiry(body, now)
        self._extend_after = None

    def forget(self) -> None:
        """Drop the token (refused by the server, or revoked): the next request logs in again."""
        self._extend_after = None
        self._token = None
        self._header = {}
        self._expires = None

    def take_created(self) -> list[str]:
        """The live tokens this object created and has not revoked yet (once: the caller revokes them)."""
        token, self._created = self._created, None
        spares, self._spares = self._spares, []
        if token is not None and token != self._token:
            token = None  # replaced after a refusal: the server no longer knows it
        return [*spares, *([token] if token is not None else [])]

    def _expiry(self, body: Any, now: datetime.datetime) -> datetime.datetime | None:
        if self._login.expires_at:
            found, value = _has_pointer(body, self._login.expires_at)
            if found and value is None:
                return None  # a token that does not expire (Scaleway's expires: false)
            when = _instant(value)
            if when is not None:
                return _shifted(when, self._skew)
        if self._login.lifetime is not None:
            return now + datetime.timedelta(seconds=self._login.lifetime)
        return None  # unknown: only a refusal (401) will tell, and then the client logs in again


def json_pointer(doc: Any, pointer: str | None) -> Any:
    """The value at an RFC 6901 JSON pointer (``/token/id``), ``None`` when absent."""
    return _has_pointer(doc, pointer)[1] if pointer is not None else None


def _has_pointer(doc: Any, pointer: str) -> tuple[bool, Any]:
    if pointer in ("", "/"):
        return True, doc
    for raw in pointer.lstrip("/").split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(doc, dict) and key in doc:
            doc = doc[key]
        elif isinstance(doc, list) and key.isdigit() and int(key) < len(doc):
            doc = doc[int(key)]
        else:
            return False, None
    return True, doc


_LATEST = datetime.datetime.max.replace(tzinfo=datetime.UTC)
_EARLIEST = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _shifted(when: datetime.datetime, skew: datetime.timedelta) -> datetime.datetime:
    """``when + skew``, held at the ends of the calendar: a token "expiring" on 9999-12-31 seen from a
    client clock ahead of the server's would otherwise overflow (it is simply a token that does not run out
    in practice)."""
    try:
        return when + skew
    except OverflowError:
        return _LATEST if skew > datetime.timedelta(0) else _EARLIEST


def _instant(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=datetime.UTC)
