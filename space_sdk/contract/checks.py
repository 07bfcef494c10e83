"""Contract checks derived from the specs' vendor data, registered with schemathesis.

Imported by the runner before a run; each check is a small named function, each failure its own
`AssertionError` subclass whose message reads "Received: … / Documented: …". No API is named here: the
envelope field names, success code and error table come from `x-envelope` / `x-errors`.
"""

from __future__ import annotations

import base64
import copy
import json
import re
from typing import Any

import schemathesis
from jsonschema import Draft202012Validator
from jsonschema import validators as jsonschema_validators
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
    "vendor_rule_rejection",
    "exact_integers",
    "negated_parameter_rejection",
    "auth_scheme_strictness",
    "pagination_conformance",
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
_SPECS: dict[int, tuple[Any, ApiSpec]] = {}  # id(document) → (document, spec): the document kept to compare
_DATA_VALIDATORS: dict[tuple[int, str], tuple[ApiSpec, Draft202012Validator | None]] = {}


def spec_for(case: Case[Any]) -> ApiSpec:
    """Our view of the spec schemathesis loaded (cached per loaded document)."""
    document = case.operation.schema.raw_schema
    key = id(document)
    cached = _SPECS.get(key)
    if cached is None or cached[0] is not document:  # a new document may reuse a freed one's id
        title = str(document.get("info", {}).get("title", "api"))
        cached = _SPECS[key] = (document, spec_from_document(document, name=title))
    return cached[1]


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
    cached = _DATA_VALIDATORS.get(key)
    if cached is None or cached[0] is not spec:
        env = spec.envelope or {}
        schema = success_schema(spec, op).get("properties", {}).get(str(env.get("data", "data")))
        cached = (spec, Draft202012Validator(schema, format_checker=FORMATS) if schema else None)
        _DATA_VALIDATORS[key] = cached
    return cached[1]


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


# -- drift checks driven by spec data --------------------------------------------------------------------
class VendorRuleAccepted(ContractFailure):
    title = "A request breaking a vendor rule was answered with data"


class InexactInteger(ContractFailure):
    title = "An integer field sent as a JSON number with a fraction or exponent"


class NegatedParameterAccepted(ContractFailure):
    title = "A parameter value outside its schema was answered with data"


class UndeclaredAuthSchemeAccepted(ContractFailure):
    title = "The token was accepted in a scheme the spec does not declare"


class PaginationDrift(ContractFailure):
    title = "Pagination does not work as x-pagination documents"


def _succeeded(spec: ApiSpec, response: Response) -> bool:
    """A success answer: HTTP 2xx and, for envelope APIs, the success code."""
    return 200 <= effective_status(spec, response) < 300


def _probed(case: Case[Any], key: str) -> bool:
    """Whether this run already sent the extra requests `key` for this operation (marks it if not): the
    probing checks confirm a property of an operation once per run, not once per case."""
    schema = case.operation.schema
    done: set[str] | None = getattr(schema, "_space_sdk_probed", None)
    if done is None:
        done = set()
        try:
            schema._space_sdk_probed = done
        except AttributeError:  # pragma: no cover - a schema class with slots
            return False
    marker = f"{key} {case.operation.label}"
    if marker in done:
        return True
    done.add(marker)
    return False


def _send(
    ctx: CheckContext, parent: Case[Any], probe: Case[Any], *, drop_headers: tuple[str, ...] = ()
) -> Response:
    """Send `probe` as a child of `parent` with the run's transport settings (and credentials, unless their
    header names are in `drop_headers`); recorded like schemathesis' own probes."""
    kwargs: dict[str, Any] = dict(ctx.internals.transport_kwargs or {})
    if drop_headers and isinstance(kwargs.get("headers"), dict):
        drop = {name.lower() for name in drop_headers}
        kwargs["headers"] = {k: v for k, v in kwargs["headers"].items() if k.lower() not in drop}
    kwargs.pop("session", None)
    if parent.operation.app is not None:
        kwargs.setdefault("app", parent.operation.app)
    ctx.internals.record_case(parent_id=parent.id, case=probe)
    response: Response = parent.operation.schema.transport.send(probe, **kwargs)
    ctx.internals.record_response(case_id=probe.id, response=response)
    return response


def _probe(
    case: Case[Any],
    *,
    query: dict[str, Any] | None = None,
    headers: dict[str, Any] | None = None,
    body: dict[str, Any] | None = None,
) -> Case[Any]:
    """`case` again (a new case, its own id), with `query`, `headers` or the JSON `body` replaced."""
    kwargs: dict[str, Any] = {
        "path_parameters": dict(case.path_parameters or {}),
        "headers": dict(case.headers or {}) if headers is None else headers,
        "query": dict(case.query or {}) if query is None else query,
    }
    if body is not None or not _body_unset(case):
        kwargs["body"] = copy.deepcopy(case.body if body is None else body)
        kwargs["media_type"] = case.media_type
    probe: Case[Any] = case.operation.Case(**kwargs)
    return probe


def _body_unset(case: Case[Any]) -> bool:
    from schemathesis.core import NOT_SET

    return case.body is NOT_SET


def _values(case: Case[Any]) -> dict[str, Any]:
    return {**(case.body if isinstance(case.body, dict) else {}), **(case.query or {})}


# -- vendor rules (x-date-range, x-require-any-of, x-geojson) --------------------------------------------
@schemathesis.check
def vendor_rule_rejection(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A request that breaks the operation's vendor rule (end before start, a range over ``max_days``, none
    of ``x-require-any-of``) must get the table's rejection, not data.

    Generated cases seldom break a rule with dates that have data, so once per operation, after a success,
    the check also sends the same request broken each way the spec's rules allow (:func:`rule_breakers`)."""
    if is_unexpected_http_status_case(case):
        return None
    spec = spec_for(case)
    op = operation_for(spec, case)
    if op is None or not (op.date_range or op.require_any_of):
        return None
    if case.meta is not None and case.meta.generation.mode.is_negative:
        return None  # an invalid value is the negative checks' business; this is about schema-valid input
    violations = vendor_violations(spec, op, _values(case))
    if violations and _succeeded(spec, response):
        name, reason = violations[0]
        raise VendorRuleAccepted(
            f"HTTP {response.status_code} with data for {name}={_values(case).get(name)!r}",
            f"the x-errors `invalid_request` rejection: {reason}",
        )
    if violations or not _succeeded(spec, response) or not case.query or _probed(case, "vendor-rules"):
        return None
    for described, query in rule_breakers(op, dict(case.query)):
        answer = _send(ctx, case, _probe(case, query=query))
        broken = vendor_violations(spec, op, query)
        if broken and _succeeded(spec, answer):
            raise VendorRuleAccepted(
                f"HTTP {answer.status_code} with data for {described}",
                f"the x-errors `invalid_request` rejection: {broken[0][1]}",
            )
    return None


def rule_breakers(op: Operation, query: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """A valid query broken each way the operation's vendor rules forbid: the date range reversed, the range
    one day over ``max_days`` (day ranges), none of the ``x-require-any-of`` filters."""
    from datetime import timedelta

    from space_sdk.contract.constraints import parse_date

    out: list[tuple[str, dict[str, Any]]] = []
    rng = op.date_range or {}
    start_name, end_name = str(rng.get("start", "")), str(rng.get("end", ""))
    start, end = parse_date(query.get(start_name)), parse_date(query.get(end_name))
    if rng and start is not None and end is not None:
        first = min(start, end) - timedelta(days=1) if start == end else min(start, end)
        last = max(start, end)
        out.append(
            (
                f"{start_name}={last.isoformat()} after {end_name}={first.isoformat()}",
                {**query, start_name: last.isoformat(), end_name: first.isoformat()},
            )
        )
        max_days = int(rng.get("max_days", 0))
        if max_days:
            early = last - timedelta(days=max_days)
            out.append(
                (
                    f"{start_name}={early.isoformat()}..{end_name}={last.isoformat()} ({max_days + 1} days)",
                    {**query, start_name: early.isoformat(), end_name: last.isoformat()},
                )
            )
    filters = op.require_any_of
    if filters and any(query.get(name) not in (None, "") for name in filters):
        out.append((f"none of {', '.join(filters)}", {k: v for k, v in query.items() if k not in filters}))
    return out


# -- exact integers ----------------------------------------------------------------------------------------
def _strict_types() -> Any:
    from decimal import Decimal

    from jsonschema import Draft202012Validator as Base

    def is_integer(checker: Any, value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    def is_number(checker: Any, value: object) -> bool:
        return isinstance(value, int | float | Decimal) and not isinstance(value, bool)

    checker = Base.TYPE_CHECKER.redefine("integer", is_integer).redefine("number", is_number)
    return jsonschema_validators.extend(Base, type_checker=checker)


_STRICT_VALIDATORS: dict[tuple[int, str, str], tuple[ApiSpec, Any]] = {}


def _response_schema(spec: ApiSpec, op: Operation, status: int) -> dict[str, Any] | None:
    from space_sdk._refs import inline

    responses = op.raw.get("responses") or {}
    raw = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    if raw is None:
        return None
    content = (inline(spec.document, raw).get("content") or {}).get("application/json") or {}
    schema = content.get("schema")
    return schema if isinstance(schema, dict) else None


def _inexact(error: Any) -> Any:
    """The deepest `type` error whose instance is a Decimal (a JSON number with a fraction or exponent)."""
    from decimal import Decimal

    for sub in [error, *error.context]:
        if sub is not error:
            found = _inexact(sub)
            if found is not None:
                return found
        elif error.validator == "type" and isinstance(error.instance, Decimal):
            return error
    return None


@schemathesis.check
def exact_integers(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An integer field must be a JSON integer: the body is parsed with ``Decimal``, so
    ``2.04318766968677e+19`` (which JSON Schema would count as an integer) is reported."""
    from decimal import Decimal

    if "json" not in (response.headers.get("content-type") or [""])[0]:
        return None
    integral: list[Decimal] = []

    def number(text: str) -> Decimal:
        value = Decimal(text)
        if value.is_finite() and value == value.to_integral_value():
            integral.append(value)
        return value

    try:
        body = json.loads(response.content, parse_float=number)
    except (ValueError, UnicodeDecodeError):
        return None
    if not integral:
        return (
            None  # no number with a fraction or exponent that an integer field could hold: nothing to judge
        )
    spec = spec_for(case)
    op = operation_for(spec, case)
    if op is None:
        return None
    key = (id(spec), op.operation_id, str(response.status_code))
    cached = _STRICT_VALIDATORS.get(key)
    if cached is None or cached[0] is not spec:
        schema = _response_schema(spec, op, response.status_code)
        cached = _STRICT_VALIDATORS[key] = (spec, _strict_types()(schema) if schema else None)
    validator = cached[1]
    if validator is None:
        return None
    for error in validator.iter_errors(body):
        found = _inexact(error)
        if found is not None:
            where = "/".join(str(p) for p in found.absolute_path)
            raise InexactInteger(
                f"`{where}` = {found.instance}", "a JSON integer (digits only), as the schema's `integer`"
            )
    return None


# -- the negated parameter of a coverage case --------------------------------------------------------------
def _wire_value(value: Any, schema: dict[str, Any]) -> Any:
    """A query/path/header value as the server reads it: text coerced to the schema's scalar type."""
    if not isinstance(value, str):
        return value
    types = schema.get("type")
    kinds = set(types) if isinstance(types, list) else {types}
    if "integer" in kinds and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "number" in kinds:
        try:
            return float(value)
        except ValueError:
            pass
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    return value


@schemathesis.check
def negated_parameter_rejection(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A coverage case that negates one parameter (``page_size=1001`` above its maximum) must be rejected
    when that parameter's value, as sent, is outside its schema -- whatever the other parameters are.

    schemathesis 4.32.5's ``negative_data_rejection`` exempts the whole query when any other parameter of it
    is valid (``deal_id=0``): its ``_single_element_array_becomes_valid_after_serialization`` marks each
    valid parameter "neutralized" and, with no mutation records (coverage cases have none), exempts the case.
    """
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative or is_unexpected_http_status_case(case):
        return None
    data = meta.phase.data
    name = getattr(data, "parameter", None)
    location = getattr(data, "parameter_location", None)
    if not name or location is None or getattr(location, "value", None) not in ("query", "path", "header"):
        return None
    container = case.get_container(location)
    if not isinstance(container, dict) or name not in container:
        return None
    value = container[name]
    if isinstance(value, list | dict):
        return None  # serialised as repeated keys or text: the built-in check's rules apply
    spec = spec_for(case)
    op = operation_for(spec, case)
    param = (
        next((p for p in op.parameters if p.name == name and p.location == location.value), None)
        if op
        else None
    )
    if param is None or not _succeeded(spec, response):
        return None
    validator = Draft202012Validator(param.schema, format_checker=FORMATS)
    sent = _wire_value(value, param.schema)
    error = next(iter(validator.iter_errors(sent)), None)
    if error is not None:
        raise NegatedParameterAccepted(
            f"HTTP {response.status_code} with data for {location.value} parameter {name}={value!r}",
            f"a rejection: {error.message}",
        )
    return None


# -- auth-scheme strictness --------------------------------------------------------------------------------
def _declared(spec: ApiSpec, op: Operation) -> list[dict[str, Any]]:
    names = {name for requirement in op.security for name in requirement}
    return [scheme for name, scheme in spec.security_schemes.items() if name in names]


def _token_of(scheme: dict[str, Any], headers: dict[str, str]) -> str | None:
    """The run's token, read back from the request it sent in the declared scheme."""
    sent = {k.lower(): v for k, v in headers.items()}
    kind = scheme.get("type")
    if kind == "apiKey" and scheme.get("in") == "header":
        return sent.get(str(scheme.get("name", "")).lower())
    value = sent.get("authorization", "")
    prefix, _, rest = value.partition(" ")
    http = str(scheme.get("scheme", "")).lower()
    if kind == "http" and http == "bearer" and prefix.lower() == "bearer":
        return rest.strip() or None
    if kind == "http" and http == "basic" and prefix.lower() == "basic":
        try:
            return base64.b64decode(rest).decode().partition(":")[0] or None
        except ValueError:
            return None
    return None


def _text(value: object) -> str:
    value = value[0] if isinstance(value, list) and value else value
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def undeclared_schemes(scheme: dict[str, Any], token: str) -> list[tuple[str, dict[str, str]]]:
    """The same token in schemes the spec does not declare: (description, headers) per variant."""
    basic = "Basic " + base64.b64encode(f"{token}:".encode()).decode()
    kind, http = scheme.get("type"), str(scheme.get("scheme", "")).lower()
    variants = {
        "Authorization: Token": {"Authorization": f"Token {token}"},
        "Authorization: Bearer": {"Authorization": f"Bearer {token}"},
        "Authorization: Basic base64(token:)": {"Authorization": basic},
    }
    if kind == "http" and http == "bearer":
        variants.pop("Authorization: Bearer")
    elif kind == "http" and http == "basic":
        variants.pop("Authorization: Basic base64(token:)")
    elif not (kind == "apiKey" and scheme.get("in") == "header"):
        return []
    return list(variants.items())


@schemathesis.check
def auth_scheme_strictness(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """The token must work only in the scheme the spec declares: once per read-only operation, after a
    success, the same request is sent with the token as ``Authorization: Token``, ``Bearer`` or ``Basic`` (those the spec
    does not declare) and must be refused."""
    spec = spec_for(case)
    op = operation_for(spec, case)
    if op is None or not 200 <= response.status_code < 300 or not _succeeded(spec, response):
        return None
    if not _read_only(op):
        return None  # the probe repeats the request: never one that could create or change something
    schemes = _declared(spec, op)
    if len(schemes) != 1 or on_another_host(spec, case):
        return None
    scheme = schemes[0]
    sent = {str(k): _text(v) for k, v in dict(response.request.headers).items()}
    token = _token_of(scheme, sent)
    if not token or _probed(case, "auth-scheme"):
        return None
    own = "authorization" if scheme.get("type") == "http" else str(scheme.get("name"))
    for described, extra in undeclared_schemes(scheme, token):
        headers = {
            k: v for k, v in (case.headers or {}).items() if k.lower() not in (own.lower(), "authorization")
        }
        probe = _probe(case, headers={**headers, **extra})
        answer = _send(ctx, case, probe, drop_headers=(own, "authorization"))
        if _succeeded(spec, answer):
            declared = (
                f"{scheme.get('scheme')} ({scheme.get('type')})"
                if scheme.get("type") == "http"
                else f"{scheme.get('name')} header ({scheme.get('type')})"
            )
            raise UndeclaredAuthSchemeAccepted(
                f"HTTP {answer.status_code} with data for the token sent as {described}",
                f"only {declared}; anything else refused",
            )
    return None


# -- pagination (x-pagination) -----------------------------------------------------------------------------
_LINK_VALUE = re.compile(
    r'\s*<([^<>\s]*)>((?:\s*;\s*[!#$%&\'*+.^_`|~0-9A-Za-z-]+\s*(?:=\s*(?:"[^"]*"|[^",;\s]+))?)*)\s*'
)
_LINK_PARAM = re.compile(r'\s*;\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*("[^"]*"|[^",;\s]+))?')


def parse_link_header(value: str) -> dict[str, str] | None:
    """RFC 8288 ``Link``: rel → URI reference; None when the header does not parse (no angle brackets, a
    space inside the URI, a value without ``rel``)."""
    links: dict[str, str] = {}
    position = 0
    while position < len(value):
        match = _LINK_VALUE.match(value, position)
        if match is None:
            return None
        params = {
            name.lower(): raw.strip('"') if raw else "" for name, raw in _LINK_PARAM.findall(match.group(2))
        }
        if "rel" not in params:
            return None
        for rel in params["rel"].split():
            links[rel.lower()] = match.group(1)
        position = match.end()
        if position < len(value):
            if value[position] != ",":
                return None
            position += 1
    return links


def _header(response: Response, name: str) -> str | None:
    values = response.headers.get(name.lower())
    return values[0] if values else None


def _items(body: JSON, field: str) -> list[Any] | None:
    value = body.get(field) if isinstance(body, dict) else None
    return value if isinstance(value, list) else None


@schemathesis.check
def pagination_conformance(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """What ``x-pagination`` documents, by style: ``link`` -- the documented total header is present and an
    integer, ``Link`` parses per RFC 8288 and its ``next`` leads to the next page; ``cursor`` -- a page with
    ``has_more`` and items, asked for what comes after its last item, answers other items; ``body_cursor``
    -- a page with items and a cursor, asked for again with that cursor in the body, answers another cursor
    and other items."""
    spec = spec_for(case)
    op = operation_for(spec, case)
    pagination = op.pagination if op is not None else None
    if not pagination or not 200 <= response.status_code < 300 or not _succeeded(spec, response):
        return None
    style = pagination.get("style")
    if style == "link":
        _check_link_pages(ctx, response, case, pagination)
    elif style == "cursor":
        _check_cursor_moves(ctx, response, case, spec, pagination)
    elif style == "body_cursor":
        _check_body_cursor_moves(ctx, response, case, pagination, read_only=_read_only(op))
    return None


def _check_link_pages(
    ctx: CheckContext, response: Response, case: Case[Any], pagination: dict[str, Any]
) -> None:
    from urllib.parse import parse_qs, urlsplit

    total_header = pagination.get("total_header")
    if total_header:
        total = _header(response, str(total_header))
        if total is None or not total.strip().isdigit():
            raise PaginationDrift(
                f"`{total_header}` = {total!r}", f"the `{total_header}` header: the total count"
            )
    link = _header(response, "link")
    if link is None:
        return
    links = parse_link_header(link)
    if links is None:
        raise PaginationDrift(f"`Link: {link}`", 'RFC 8288 link values: `<URI>; rel="next"`, comma-separated')
    nxt = links.get("next")
    if nxt is None:
        return
    page_param = str(pagination.get("page_param", "page"))
    sent = (case.query or {}).get(page_param)
    current = (
        int(sent)
        if isinstance(sent, int | str) and str(sent).isdigit()
        else int(pagination.get("first_page", 1))
    )
    target = parse_qs(urlsplit(nxt).query).get(page_param, [None])[0]
    if target != str(current + 1):
        raise PaginationDrift(
            f'`rel="next"` is {nxt} ({page_param}={target})',
            f"{page_param}={current + 1} after page {current}",
        )
    if _probed(case, "link-next"):
        return
    query = {**(case.query or {}), page_param: current + 1}
    answer = _send(ctx, case, _probe(case, query=query))
    if not 200 <= answer.status_code < 300:
        raise PaginationDrift(f'`rel="next"` page answered HTTP {answer.status_code}', "the next page (2xx)")


def _check_cursor_moves(
    ctx: CheckContext, response: Response, case: Case[Any], spec: ApiSpec, pagination: dict[str, Any]
) -> None:
    body = _json(response)
    items = _items(body, str(pagination.get("items", "data")))
    has_more = body.get(str(pagination.get("has_more", "has_more"))) if isinstance(body, dict) else None
    id_field = str(pagination.get("id_field", "id"))
    after = str(pagination.get("after_param", "starting_after"))
    if not items or has_more is not True or not isinstance(items[-1], dict) or id_field not in items[-1]:
        return
    if (case.query or {}).get(str(pagination.get("before_param", "starting_before"))) is not None:
        return  # paging backwards: "after" would cross the cursor it was given
    if _probed(case, "cursor-moves"):
        return
    last = items[-1][id_field]
    query = {k: v for k, v in (case.query or {}).items() if k != str(pagination.get("before_param"))}
    query[after] = str(last)
    answer = _send(ctx, case, _probe(case, query=query))
    following = _items(_json(answer), str(pagination.get("items", "data"))) or []
    seen = {str(item.get(id_field)) for item in items if isinstance(item, dict)}
    repeated = [
        str(item.get(id_field))
        for item in following
        if isinstance(item, dict) and str(item.get(id_field)) in seen
    ]
    if repeated:
        raise PaginationDrift(
            f"{after}={last} answered items of the page it follows ({', '.join(repeated[:3])})",
            f"the items after {last} (`{pagination.get('has_more', 'has_more')}` was true)",
        )


def _read_only(op: Operation | None) -> bool:
    """A request that may be sent again by a probe: one that cannot create or change anything."""
    return op is not None and (op.method in ("get", "head") or op.raw.get("x-read-only") is True)


def _check_body_cursor_moves(
    ctx: CheckContext, response: Response, case: Case[Any], pagination: dict[str, Any], *, read_only: bool
) -> None:
    """A page with items and a non-null cursor: the same request with that cursor in the JSON body must
    answer another cursor (the same one again is a cycle: the list never ends) and, when the spec names an
    `id_field`, none of this page's items. The probe repeats the request (a POST, as body cursors travel in
    a body), so only for a read-only operation; the cursor sent answered again is judged without one."""
    if _body_unset(case) or not isinstance(case.body, dict):
        return
    body = _json(response)
    items_field = str(pagination.get("items", "results"))
    name = str(pagination.get("cursor_field", "cursor"))
    items = _items(body, items_field)
    cursor = body.get(name) if isinstance(body, dict) else None
    if not items or cursor is None or cursor == "":
        return  # the last page (or nothing to page past)
    sent = case.body.get(name)
    if sent is not None and sent == cursor:
        raise PaginationDrift(
            f"`{name}` = {cursor!r} answered for the `{name}` {sent!r} it was sent",
            f"the next page's `{name}` (null on the last page)",
        )
    if not read_only or _probed(case, "body-cursor-moves"):
        return
    answer = _send(ctx, case, _probe(case, body={**case.body, name: cursor}))
    if not 200 <= answer.status_code < 300:
        return  # judged by the other checks (the probe is recorded with the run)
    following = _json(answer)
    again = following.get(name) if isinstance(following, dict) else None
    if again is not None and again == cursor:
        raise PaginationDrift(
            f"`{name}` = {cursor!r} sent in the body answered `{name}` = {again!r} again",
            f"the `{name}` of the page after it (null on the last page): the list ends",
        )
    id_field = pagination.get("id_field")
    if not id_field:
        return
    seen = {str(item.get(id_field)) for item in items if isinstance(item, dict) and id_field in item}
    repeated = [
        str(item.get(id_field))
        for item in _items(following, items_field) or []
        if isinstance(item, dict) and id_field in item and str(item.get(id_field)) in seen
    ]
    if repeated:
        raise PaginationDrift(
            f"`{name}` = {cursor!r} sent in the body answered items of the page it follows "
            f"({', '.join(repeated[:3])})",
            f"the items after that page (`{id_field}` not seen on it)",
        )
