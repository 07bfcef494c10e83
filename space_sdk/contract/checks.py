"""Contract checks derived from the specs' vendor data, registered with schemathesis.

Imported by the runner before a run; each check is a small named function, each failure its own
`AssertionError` subclass whose message reads "Received: … / Documented: …". No API is named here: the
envelope field names, success code and error table come from `x-envelope` / `x-errors`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import schemathesis
from jsonschema import Draft202012Validator
from schemathesis import CheckContext, Response
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import (
    is_unexpected_http_status_case,
    negative_data_rejection,
    positive_data_acceptance,
)

from space_sdk.contract.constraints import vendor_violations
from space_sdk.contract.schemas import FORMATS, success_schema
from space_sdk.spec import KIND_STATUS, ApiSpec, Operation, spec_from_document

JSON = Any

# The built-in checks these replace; the runner disables them and enables the envelope-aware versions.
REPLACED_BUILTINS = ("negative_data_rejection", "positive_data_acceptance")
CUSTOM_CHECKS = (
    "envelope_negative_data_rejection",
    "envelope_positive_data_acceptance",
    "success_data_conformance",
    "documented_error_code",
    "request_id_present",
)


class ContractFailure(AssertionError):
    """Base of this suite's failures: a title line, then what was received and what the spec documents."""

    title = "Contract violation"

    def __init__(self, received: str, documented: str) -> None:
        self.received = received
        self.documented = documented
        super().__init__(f"{self.title}\nReceived: {received}\nDocumented: {documented}")


class SuccessDataInvalid(ContractFailure):
    title = "Success body carries invalid `data`"


class UndocumentedErrorCode(ContractFailure):
    title = "Error code not in the spec's x-errors table"


class ErrorStatusMismatch(ContractFailure):
    title = "Error code sent with an HTTP status other than the documented one"


class MissingRequestId(ContractFailure):
    title = "Answer without a request id"


# -- spec access ---------------------------------------------------------------------------------------
_SPECS: dict[int, ApiSpec] = {}
_DATA_VALIDATORS: dict[tuple[int, str], Draft202012Validator | None] = {}


def spec_for(case: Case[Any]) -> ApiSpec:
    """Our view of the spec schemathesis loaded (cached per loaded document)."""
    document = case.operation.schema.raw_schema
    key = id(document)
    if key not in _SPECS:
        title = str(document.get("info", {}).get("title", "api"))
        _SPECS[key] = spec_from_document(document, name=title)
    return _SPECS[key]


def operation_for(spec: ApiSpec, case: Case[Any]) -> Operation | None:
    method, path = case.operation.method.lower(), case.operation.path
    return next((op for op in spec.operations if op.method == method and op.path == path), None)


def on_another_host(spec: ApiSpec, case: Case[Any]) -> bool:
    """An operation (or path) with ``servers`` of its own -- an auth host such as Auth0's ``/oauth/ro`` --
    answers in that host's own error format: the API's error table and request-id rule do not apply to it
    (its documented responses are still checked by the built-in schema checks)."""
    op = operation_for(spec, case)
    if op is None:
        return False
    item = (spec.document.get("paths") or {}).get(op.path) or {}
    return bool(op.raw.get("servers") or item.get("servers"))


def _json(response: Response) -> JSON:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


def _envelope_code(spec: ApiSpec, body: JSON) -> int | None:
    env = spec.envelope
    if not env or not isinstance(body, dict):
        return None
    code = body.get(str(env.get("code", "code")))
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def _error_code(spec: ApiSpec, body: JSON, status: int) -> int | str | None:
    """The API's own error code: the envelope's code, or (APIs without an envelope, e.g. Scaleway's
    ``{type, message}``) the x-errors ``body.code`` field of an error answer."""
    if spec.envelope:
        return _envelope_code(spec, body)
    field = spec.errors.body.get("code")
    if status < 400 or not field or not isinstance(body, dict):
        return None
    code = body.get(field)
    return code if isinstance(code, int | str) and not isinstance(code, bool) else None


def effective_status(spec: ApiSpec, response: Response) -> int:
    """The HTTP status the answer means: for an envelope error sent with HTTP 2xx, the usual status of
    its kind (e.g. a parameters error → 400), so rejection checks see a rejection."""
    if not 200 <= response.status_code < 300:
        return response.status_code
    code = _envelope_code(spec, _json(response))
    env = spec.envelope or {}
    if code is None or code == env.get("success_code", 0):
        return response.status_code
    entry = spec.errors.by_code(code)
    return KIND_STATUS.get(entry.kind, 400) if entry else 400


def _with_status(response: Response, status: int) -> Response:
    clone = copy.copy(response)
    clone.status_code = status
    return clone


# -- (a) rejection / acceptance, envelope-aware ------------------------------------------------------------
@schemathesis.check
def envelope_negative_data_rejection(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Invalid input must be rejected; an HTTP-200 envelope with an error code counts as a rejection."""
    spec = spec_for(case)
    return negative_data_rejection(ctx, _with_status(response, effective_status(spec, response)), case)


@schemathesis.check
def envelope_positive_data_acceptance(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Valid input must be accepted; an HTTP-200 envelope with an error code counts as a rejection.

    A request that satisfies the JSON Schemas but breaks a vendor rule (x-date-range, x-require-any-of,
    x-geojson on a body field) is not valid input, so its rejection is expected.
    """
    spec = spec_for(case)
    op = operation_for(spec, case)
    values = {**(case.body if isinstance(case.body, dict) else {}), **(case.query or {})}
    if op is not None and vendor_violations(spec, op, values):
        return None
    return positive_data_acceptance(ctx, _with_status(response, effective_status(spec, response)), case)


# -- (b) success data -------------------------------------------------------------------------------------
def _data_validator(spec: ApiSpec, op: Operation) -> Draft202012Validator | None:
    key = (id(spec), op.operation_id)
    if key not in _DATA_VALIDATORS:
        env = spec.envelope or {}
        schema = success_schema(spec, op).get("properties", {}).get(str(env.get("data", "data")))
        _DATA_VALIDATORS[key] = Draft202012Validator(schema, format_checker=FORMATS) if schema else None
    return _DATA_VALIDATORS[key]


@schemathesis.check
def success_data_conformance(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A success envelope (code = success code) must carry `data` valid against the operation's schema."""
    spec = spec_for(case)
    env = spec.envelope
    body = _json(response)
    if not env or response.status_code != 200 or not isinstance(body, dict):
        return None
    if _envelope_code(spec, body) != env.get("success_code", 0):
        return None
    op = operation_for(spec, case)
    validator = _data_validator(spec, op) if op else None
    data_field = str(env.get("data", "data"))
    if data_field not in body:
        raise SuccessDataInvalid(f"no `{data_field}` field", f"`{data_field}` required when code is 0")
    if validator is None:
        return None
    error = next(iter(validator.iter_errors(body[data_field])), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path)
        raise SuccessDataInvalid(
            f"`{data_field}/{where}`: {error.message}", "the 200 schema of " + case.operation.label
        )
    return None


# -- (c) error codes ---------------------------------------------------------------------------------------
@schemathesis.check
def documented_error_code(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every error code (or, for APIs without codes, every error status) is in x-errors.table, with its
    documented HTTP status."""
    if is_unexpected_http_status_case(case):
        return None  # method/shape probes: the 405 is judged by the built-in checks
    spec = spec_for(case)
    table = spec.errors
    if not table.entries or on_another_host(spec, case):
        return None
    body = _json(response)
    env = spec.envelope or {}
    code = _error_code(spec, body, response.status_code)
    documented = ", ".join(f"{e.code}→HTTP {e.http_status}" for e in table.entries if e.code is not None)
    if code is not None and (not env or code != env.get("success_code", 0)):
        entry = table.by_code(code)
        if entry is None:
            raise UndocumentedErrorCode(f"code {code} (HTTP {response.status_code})", documented)
        if entry.http_status != response.status_code:
            raise ErrorStatusMismatch(
                f"code {code} with HTTP {response.status_code}", f"code {code} → HTTP {entry.http_status}"
            )
        return None
    if response.status_code < 400 or code is not None:
        return None
    uses_codes = any(e.code is not None for e in table.entries)
    if uses_codes and isinstance(body, dict) and table.body.get("code"):
        raise UndocumentedErrorCode(f"HTTP {response.status_code} without a code", documented)
    if not uses_codes and table.by_status(response.status_code) is None:
        statuses = ", ".join(str(e.http_status) for e in table.entries)
        raise UndocumentedErrorCode(f"HTTP {response.status_code}", f"error statuses {statuses}")
    return None


# -- (d) request ids ---------------------------------------------------------------------------------------
@schemathesis.check
def request_id_present(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Envelope APIs put a request id in every JSON answer; others in the x-errors.request_id_header."""
    spec = spec_for(case)
    if on_another_host(spec, case):
        return None
    env = spec.envelope
    header = spec.errors.request_id_header
    if env:
        body = _json(response)
        if body is None:
            return None  # not JSON: judged by content_type_conformance / response_schema_conformance
        field = str(env.get("request_id", "request_id"))
        value = body.get(field) if isinstance(body, dict) else None
        if not isinstance(value, str) or not value:
            raise MissingRequestId(f"`{field}` = {value!r}", f"a non-empty `{field}` in every answer")
    elif header and not response.headers.get(header.lower()):
        raise MissingRequestId(f"no `{header}` header", f"`{header}` response header")
    return None
