"""What a recording must not keep, read from the spec's security schemes and ``x-auth-login``.

A recording keeps bodies (drift needs them), so the secrets are removed field by field: the headers and query
parameters the security schemes name (and cookies), the login request's credential fields, the token in the
login answer, and the path parameters of the token's extend / revoke operations (their path is the token).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

REDACTED = "[Filtered]"
ALWAYS_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


@dataclass(frozen=True)
class _Route:
    method: str
    regex: re.Pattern[str]


def _route(method: str, path: str) -> _Route:
    pattern = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/?]+)", re.escape(path))
    return _Route(method.upper(), re.compile(f"{pattern}$"))


@dataclass(frozen=True)
class Redaction:
    """The secrets of one API: build it with :meth:`from_document` (a spec) or :meth:`from_api_table`
    (the generated ``API`` table, no YAML needed)."""

    headers: frozenset[str] = ALWAYS_HEADERS
    query: frozenset[str] = frozenset()
    login_routes: tuple[_Route, ...] = ()
    login_fields: frozenset[str] = frozenset()
    token_pointers: tuple[str, ...] = ()
    token_routes: tuple[_Route, ...] = field(default=())

    @classmethod
    def from_parts(cls, schemes: Mapping[str, Any], operations: Mapping[str, tuple[str, str]]) -> Redaction:
        """``schemes``: securitySchemes by name; ``operations``: operationId → (method, path)."""
        headers, query = set(ALWAYS_HEADERS), set()
        login_routes: list[_Route] = []
        fields: set[str] = set()
        pointers: list[str] = []
        token_routes: list[_Route] = []
        for scheme in schemes.values():
            if not isinstance(scheme, Mapping):
                continue
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                headers.add(str(scheme["name"]).lower())
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                query.add(str(scheme["name"]))
            login = scheme.get("x-auth-login")
            if not isinstance(login, Mapping):
                continue
            if login.get("operation") in operations:
                login_routes.append(_route(*operations[str(login["operation"])]))
            fields.update(str(name) for name in (login.get("credentials") or {}))
            if login.get("token"):
                pointers.append(str(login["token"]))
            for key in ("extend", "revoke"):
                if login.get(key) in operations:
                    token_routes.append(_route(*operations[str(login[key])]))
        return cls(
            frozenset(headers), frozenset(query), tuple(login_routes), frozenset(fields), tuple(pointers),
            tuple(token_routes),
        )  # fmt: skip

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> Redaction:
        """From a parsed spec."""
        operations: dict[str, tuple[str, str]] = {}
        for path, item in (document.get("paths") or {}).items():
            for method, op in (item or {}).items():
                if isinstance(op, Mapping) and "operationId" in op:
                    operations[str(op["operationId"])] = (method, str(path))
        schemes = (document.get("components") or {}).get("securitySchemes") or {}
        return cls.from_parts(schemes, operations)

    @classmethod
    def from_api_table(cls, api: Mapping[str, Any]) -> Redaction:
        """From a generated ``<package>._sdk.API`` table (what the typed clients are built from)."""
        ops = {
            str(op_id): (str(op["method"]), str(op["path"]))
            for op_id, op in (api.get("auth_operations") or {}).items()
        }
        return cls.from_parts(api.get("security_schemes") or {}, ops)

    def headers_out(self, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, REDACTED if k.lower() in self.headers else v) for k, v in headers]

    def query_out(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, REDACTED if k in self.query else v) for k, v in pairs]

    def path_out(self, method: str, path: str) -> str:
        """The path with a token that is part of it (extend / revoke) replaced."""
        for route in self.token_routes:
            match = route.regex.search(path) if route.method == method.upper() else None
            if match:
                for name in reversed(list(match.groupdict())):
                    start, end = match.span(name)
                    path = path[:start] + REDACTED + path[end:]
                return path
        return path

    def _is_login(self, method: str, path: str) -> bool:
        return any(r.method == method.upper() and r.regex.search(path) for r in self.login_routes)

    def request_body(self, method: str, path: str, text: str | None) -> str | None:
        if text is None or not self._is_login(method, path):
            return text
        try:
            data = json.loads(text)
        except ValueError:
            return REDACTED  # a login body we cannot read field by field is dropped whole
        if isinstance(data, dict):
            for name in self.login_fields & data.keys():
                data[name] = REDACTED
        return json.dumps(data)

    def response_body(self, method: str, path: str, text: str | None) -> str | None:
        if text is None or not (self._is_login(method, path) or self._token_route(method, path)):
            return text
        try:
            data = json.loads(text)
        except ValueError:
            return text
        for pointer in self.token_pointers:
            _replace_pointer(data, pointer)
        return json.dumps(data)

    def _token_route(self, method: str, path: str) -> bool:
        return any(r.method == method.upper() and r.regex.search(path) for r in self.token_routes)


def _replace_pointer(data: Any, pointer: str) -> None:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = data
    for part in parts[:-1]:
        if not isinstance(node, dict) or part not in node:
            return
        node = node[part]
    if isinstance(node, dict) and parts[-1] in node and node[parts[-1]] is not None:
        node[parts[-1]] = REDACTED
