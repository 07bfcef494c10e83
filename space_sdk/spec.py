"""The spec-loading layer: load one hand-kept OpenAPI spec and expose its operations and vendor data.

Public and shared: the mock (``space_sdk.contract.mock``), the contract checks, the generator (speclint, facade)
and the drift tools read specs through this module, so a spec means the same thing to all of them. Reading
YAML needs PyYAML (the ``contract``, ``diff`` and ``dev`` extras); the plain SDK never imports this module.

Everything API-specific (envelope field names, error table, date ranges, pagination, auth scheme) is read
from the spec's standard sections and vendor extensions here, so no other module names an API.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from space_sdk._refs import deref, inline

JSON = Any
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_DIR = Path(__file__).resolve().parent.parent / "openapi"


@functools.cache
def _loader() -> Any:
    """A YAML loader that keeps `2022-07-01` a string, as JSON (and therefore the wire) would."""
    try:
        import yaml
    except ImportError:  # pragma: no cover - the extras bring it
        raise ImportError(
            "reading a YAML spec needs PyYAML: pip install 'space-sdk[contract]' (or [diff] / [dev])"
        ) from None
    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader: Any = type("NoDatesLoader", (base,), {})
    loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
    }
    return loader


def load_document(path: Path) -> dict[str, JSON]:
    """Parse a YAML/JSON spec file; dates stay strings and big integers stay Python ints."""
    return parse_document(path.read_text(encoding="utf-8"), str(path))


def parse_document(text: str, source: str = "<spec>") -> dict[str, JSON]:
    """Parse a spec's YAML/JSON text as :func:`load_document` does (the one way every part of the project reads
    a spec: the SDK, the mock, the checks, the generator, its linter and the change report). A YAML error is
    raised as PyYAML's ``yaml.YAMLError``; a document that is not a mapping as ``ValueError``."""
    import yaml

    data = yaml.load(text, Loader=_loader())
    if not isinstance(data, dict):
        raise ValueError(f"{source}: not an OpenAPI document")
    return data


@dataclass(frozen=True)
class ErrorEntry:
    """One row of `x-errors.table`."""

    http_status: int
    kind: str
    message: str
    code: int | str | None = (
        None  # Spacescope 30002; Scaleway "invalid_request_error"; SpaceKnow "PROCESSING-ERROR"
    )
    retryable: bool = False
    reason: str | None = None


@dataclass(frozen=True)
class ErrorTable:
    """`x-errors`: where error fields live, and every documented error."""

    entries: tuple[ErrorEntry, ...]
    body: dict[str, str]
    request_id_header: str | None

    def by_kind(self, kind: str) -> ErrorEntry | None:
        """First documented error of `kind` (the table order is the spec's order of preference)."""
        return next((entry for entry in self.entries if entry.kind == kind), None)

    def by_code(self, code: int | str) -> ErrorEntry | None:
        return next((entry for entry in self.entries if entry.code == code), None)

    def by_status(self, status: int) -> ErrorEntry | None:
        return next((entry for entry in self.entries if entry.http_status == status), None)

    def expired_auth(self) -> ErrorEntry | None:
        """The authentication error for an expired token: the row with ``reason: token_expired``,
        else the first authentication entry."""
        for entry in self.entries:
            if entry.kind == "authentication" and entry.reason == "token_expired":
                return entry
        return self.by_kind("authentication")


@dataclass(frozen=True)
class Parameter:
    """One resolved operation parameter; `schema` has all `$ref`s inlined."""

    name: str
    location: str
    required: bool
    schema: dict[str, JSON]
    style: str | None = None
    explode: bool | None = None


@dataclass(frozen=True)
class Operation:
    """One resolved API operation and its vendor extensions."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    raw: dict[str, JSON]
    security: tuple[dict[str, list[str]], ...]
    body_media_type: str | None = None
    body_schema: dict[str, JSON] | None = None
    body_required: bool = False

    @property
    def date_range(self) -> dict[str, JSON] | None:
        value = self.raw.get("x-date-range")
        return value if isinstance(value, dict) else None

    @property
    def require_any_of(self) -> list[str]:
        value = self.raw.get("x-require-any-of")
        return list(value) if isinstance(value, list) else []

    @property
    def pagination(self) -> dict[str, JSON] | None:
        value = self.raw.get("x-pagination")
        return value if isinstance(value, dict) else None

    @cached_property
    def path_regex(self) -> re.Pattern[str]:
        pattern = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        return re.compile(f"^{pattern}$")

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass
class ApiSpec:
    """A loaded spec: operations plus the per-API behaviour from vendor extensions."""

    name: str
    path: Path
    document: dict[str, JSON]
    operations: list[Operation] = field(default_factory=list)

    @property
    def envelope(self) -> dict[str, JSON] | None:
        value = self.document.get("x-envelope")
        return value if isinstance(value, dict) else None

    @property
    def freshness(self) -> dict[str, JSON] | None:
        value = self.document.get("x-data-freshness")
        return value if isinstance(value, dict) else None

    @cached_property
    def errors(self) -> ErrorTable:
        raw = self.document.get("x-errors") or {}
        entries = tuple(
            ErrorEntry(
                http_status=int(row["http_status"]),
                kind=str(row.get("kind", "server")),
                message=str(row.get("message", "")),
                code=row["code"] if isinstance(row.get("code"), int | str) else None,
                retryable=bool(row.get("retryable", False)),
                reason=str(row["reason"]) if row.get("reason") else None,
            )
            for row in raw.get("table", [])
        )
        body = dict(raw.get("body") or {"message": "message"})
        header = raw.get("request_id_header")
        return ErrorTable(entries=entries, body=body, request_id_header=str(header) if header else None)

    @cached_property
    def security_schemes(self) -> dict[str, dict[str, JSON]]:
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        return {name: deref(self.document, scheme) for name, scheme in schemes.items()}

    def find(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """Match a request to an operation: (operation, path params, allowed methods on that path)."""
        allowed: list[str] = []
        found: tuple[Operation, dict[str, str]] | None = None
        for op in self.operations:
            match = op.path_regex.match(path)
            if match is None:
                continue
            allowed.append(op.method.upper())
            if op.method == method.lower() and found is None:
                found = (op, match.groupdict())
        if found is None:
            return None, {}, allowed
        return found[0], found[1], allowed

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.operation_id == operation_id)


def _parameters(document: JSON, path_item: JSON, op: JSON) -> tuple[Parameter, ...]:
    merged: dict[tuple[str, str], Parameter] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(document, raw)
        merged[(param["name"], param["in"])] = Parameter(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required", param["in"] == "path")),
            schema=inline(document, param.get("schema", {})),
            style=param.get("style"),
            explode=param.get("explode"),
        )
    return tuple(merged.values())


KIND_STATUS = {
    "invalid_request": 400,
    "authentication": 401,
    "permission": 403,
    "not_found": 404,
    "rate_limit": 429,
    "server": 500,
    "data_not_ready": 503,
    "conflict": 409,
    "job_failed": 424,
}
"""The usual HTTP status of each error kind (for kinds an API reports with another status, e.g. 200)."""


def load_spec(path: Path | str) -> ApiSpec:
    """Load and resolve a spec file; the API name is the file stem (e.g. `spacescope`)."""
    path = Path(path)
    return spec_from_document(load_document(path), name=path.stem, path=path)


def spec_from_document(document: dict[str, JSON], *, name: str, path: Path | None = None) -> ApiSpec:
    """Resolve an already-parsed spec (e.g. the one schemathesis loaded)."""
    spec = ApiSpec(name=name, path=path or Path(f"{name}.yaml"), document=document)
    top_security = tuple(document.get("security", []))
    for route, raw_item in (document.get("paths") or {}).items():
        path_item = deref(document, raw_item)
        for method in HTTP_METHODS:
            raw_op = path_item.get(method)
            if not isinstance(raw_op, dict):
                continue
            body_media: str | None = None
            body_schema: dict[str, JSON] | None = None
            body_required = False
            if "requestBody" in raw_op:
                body = deref(document, raw_op["requestBody"])
                body_required = bool(body.get("required", False))
                content = body.get("content") or {}
                if content:
                    body_media = next(iter(content))
                    body_schema = inline(document, content[body_media].get("schema", {}))
            spec.operations.append(
                Operation(
                    operation_id=str(raw_op.get("operationId", f"{method}_{route}")),
                    method=method,
                    path=route,
                    parameters=_parameters(document, path_item, raw_op),
                    raw=raw_op,
                    security=tuple(raw_op.get("security", top_security)),
                    body_media_type=body_media,
                    body_schema=body_schema,
                    body_required=body_required,
                )
            )
    return spec


def json_type(value: Any) -> str:
    """The JSON Schema type of a decoded JSON value (``True`` is a boolean, not an integer)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def discover_specs(directory: Path = SPEC_DIR) -> list[Path]:
    """Every spec in `openapi/` (yaml, yml, json), sorted for a stable order."""
    found = [p for p in directory.iterdir() if p.suffix in {".yaml", ".yml", ".json"}]
    return sorted(found)
