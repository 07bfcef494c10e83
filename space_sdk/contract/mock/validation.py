"""Request validation against an operation's parameters and body, compiled once per spec.

Wire values are strings; each is coerced to the type its schema asks for before JSON-Schema validation, so
`page_size=abc` fails as "not of type integer" rather than passing as a string.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from jsonschema import Draft202012Validator

from space_sdk.contract.schemas import FORMATS
from space_sdk.spec import ApiSpec, Operation, Parameter


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return [str(t) for t in declared]
    if isinstance(declared, str):
        return [declared]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return [t for sub in schema[key] for t in _types(sub)]
    return []


def coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """Best-effort conversion of one wire string to the schema's type; left as-is when it does not parse."""
    for kind in _types(schema):
        if kind == "integer":
            try:
                return int(raw)
            except ValueError:
                continue
        elif kind == "number":
            try:
                return int(raw) if raw.lstrip("+-").isdigit() else float(raw)
            except ValueError:
                continue
        elif kind == "boolean" and raw.lower() in ("true", "false"):
            # `True`/`False` too: Python clients on requests (python-scaleway) send str(bool)
            return raw.lower() == "true"
        elif kind == "null" and raw in ("", "null"):
            return None
        elif kind == "string":
            return raw
    return raw


@dataclass(frozen=True)
class _CompiledParam:
    param: Parameter
    validator: Draft202012Validator
    is_array: bool


@dataclass(frozen=True)
class CompiledOperation:
    """Validators for one operation, built at startup."""

    op: Operation
    params: tuple[_CompiledParam, ...]
    body: Draft202012Validator | None

    def validate(
        self,
        path_params: Mapping[str, str],
        query_string: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """Return (typed values by parameter name, [(parameter, reason)])."""
        raw_query = parse_qs(query_string, keep_blank_values=True)
        values: dict[str, Any] = {}
        errors: list[tuple[str, str]] = []
        for compiled in self.params:
            param = compiled.param
            raw_values: list[str] | None
            if param.location == "path":
                raw_values = [path_params[param.name]] if param.name in path_params else None
            elif param.location == "query":
                raw_values = raw_query.get(param.name)
            elif param.location == "header":
                header = headers.get(param.name.lower())
                raw_values = [header] if header is not None else None
            else:
                continue  # cookies: none documented; ignored like unknown query parameters
            if raw_values is None:
                if param.required:
                    errors.append((param.name, "is required"))
                continue
            value: Any
            if compiled.is_array:
                items = param.schema.get("items", {})
                parts = raw_values
                if len(parts) == 1 and param.explode is False:
                    parts = parts[0].split(",")
                value = [coerce(part, items) for part in parts]
            else:
                value = coerce(raw_values[0], param.schema)
            error = next(iter(compiled.validator.iter_errors(value)), None)
            if error is not None:
                errors.append((param.name, error.message))
                continue
            values[param.name] = value
        if self.body is not None:
            parsed, body_errors = self._body(headers, body)
            errors.extend(body_errors)
            if parsed is not None:
                values.update(parsed)
        return values, errors

    def _body(
        self, headers: Mapping[str, str], body: bytes
    ) -> tuple[dict[str, Any] | None, list[tuple[str, str]]]:
        assert self.body is not None
        media = self.op.body_media_type or ""
        if not body:
            return None, ([("body", "a request body is required")] if self.op.body_required else [])
        sent_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if sent_type and sent_type != media:
            return None, [("body", f"content type must be {media}")]
        schema = self.op.body_schema or {}
        if media.startswith("text/"):
            raw_bytes = schema.get("format") == "binary"  # any bytes, length counted in bytes
            try:
                text = body.decode("latin-1" if raw_bytes else "utf-8")
            except UnicodeDecodeError:
                return None, [("body", "not UTF-8 text")]
            found = next(iter(self.body.iter_errors(text)), None)
            return None, ([("body", found.message)] if found is not None else [])
        if media == "application/x-www-form-urlencoded":
            try:
                fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
            except (UnicodeDecodeError, ValueError):
                return None, [("body", "not a form-encoded body")]
            props = schema.get("properties", {})
            data: Any = {name: coerce(vals[0], props.get(name, {})) for name, vals in fields.items()}
        else:
            import json

            try:
                data = json.loads(body)
            except ValueError:
                return None, [("body", "not valid JSON")]
        errors = [(_field_of(err), err.message) for err in self.body.iter_errors(data)]
        return (data if isinstance(data, dict) else None), errors[:1]


def _field_of(err: Any) -> str:
    """The body field an error is about: its path, or the missing property of a ``required`` error."""
    path = [str(p) for p in err.absolute_path]
    if err.validator == "required" and isinstance(err.validator_value, list):
        missing = [
            name
            for name in err.validator_value
            if isinstance(err.instance, dict) and name not in err.instance
        ]
        if missing:
            path.append(str(missing[0]))
    return ".".join(path) or "body"


def compile_operation(op: Operation) -> CompiledOperation:
    params = tuple(
        _CompiledParam(
            param=param,
            validator=Draft202012Validator(param.schema, format_checker=FORMATS),
            is_array="array" in _types(param.schema),
        )
        for param in op.parameters
    )
    body = (
        Draft202012Validator(op.body_schema, format_checker=FORMATS) if op.body_schema is not None else None
    )
    return CompiledOperation(op=op, params=params, body=body)


AuthResult = str  # "ok" | "missing" | "unknown" | "expired"


def make_authenticator(
    spec: ApiSpec,
    tokens: frozenset[str],
    expired: frozenset[str],
    issued: Callable[[str], str | None] | None = None,
) -> Callable[[Operation, Mapping[str, str], str], AuthResult]:
    """Build `authenticate(op, headers, query_string)` from the spec's securitySchemes.

    `issued(token)` answers for tokens the mock created itself (a login): "ok", "expired" or None (unknown).

    http/bearer → `Authorization: Bearer <token>`; http/basic → the user name is the token (password
    ignored); apiKey → header or query value. A request passes if any security requirement is met.
    """

    def credential(scheme: Mapping[str, Any], headers: Mapping[str, str], query_string: str) -> str | None:
        kind = scheme.get("type")
        if kind == "http":
            value = headers.get("authorization", "")
            prefix, _, rest = value.partition(" ")
            wanted = str(scheme.get("scheme", "")).lower()
            if prefix.lower() != wanted or not rest.strip():
                return None
            if wanted == "basic":
                try:
                    decoded = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
                except (binascii.Error, UnicodeDecodeError):
                    return None
                user, sep, _password = decoded.partition(":")
                return user if sep and user else None
            return rest.strip()
        if kind == "apiKey":
            name = str(scheme.get("name", ""))
            if scheme.get("in") == "query":
                found = parse_qs(query_string).get(name)
                return found[0] if found else None
            return headers.get(name.lower())
        return None

    schemes = spec.security_schemes

    def authenticate(op: Operation, headers: Mapping[str, str], query_string: str) -> AuthResult:
        if not op.security or any(len(req) == 0 for req in op.security):
            return "ok"
        outcome = "missing"
        for requirement in op.security:
            for name in requirement:
                token = credential(schemes.get(name, {}), headers, query_string)
                if token is None:
                    continue
                if token in tokens:
                    return "ok"
                made = issued(token) if issued is not None else None
                if made == "ok":
                    return "ok"
                if made == "expired":
                    outcome = "expired"
                    continue
                outcome = "expired" if token in expired else ("unknown" if outcome == "missing" else outcome)
        return outcome

    return authenticate
