"""Mutation testing of the contract suite: each mutant is the project's mock with exactly one change.

A mutant is a server that drifts from its spec in one known way, as a real API would. The suite must report
it by the check meant for that drift, and must report nothing for the controls (the mock unchanged, or changed
in a way the spec allows). ``tests/contract/test_mutants.py`` runs them all; other tests (the recorded-drift
tests of the ``drift`` command) import the building blocks:

* :class:`Mutated` -- an ASGI wrapper around any app that rewrites requests (:data:`RequestRewrite`: change
  the request before the app sees it, or answer it without the app) and responses (:data:`ResponseRewrite`);
* :class:`Exchange` / :class:`Reply` -- the request and the answer as plain values, with JSON helpers;
* :class:`Mutant` and :data:`MUTANTS` -- the catalogue: API, drift kind, the check expected to catch it, the
  operations (and phases) enough to show it, and :meth:`Mutant.app` building the mutated mock;
* :func:`run_mutant` / :func:`reported_checks` -- run the suite against a mutant and read which checks fired.

Mutants are test fixtures: they may name a field or an operation (the suite itself never does).
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.results import ApiResult
from space_sdk.contract.runner import STATEFUL_EXAMPLES, RunOptions, run_api
from space_sdk.spec import SPEC_DIR

Scope = dict[str, Any]
Message = dict[str, Any]
ASGIApp = Callable[[Any, Any, Any], Awaitable[None]]

__all__ = [
    "CONTROLS",
    "MUTANTS",
    "Exchange",
    "Mutant",
    "Mutated",
    "Reply",
    "reported_checks",
    "run_mutant",
]


# -- the request and the answer as values ------------------------------------------------------------------
@dataclass
class Exchange:
    """One request as the app receives it (headers lower-cased, the query as sent)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes = b""

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))

    def with_params(self, params: dict[str, str]) -> Exchange:
        return replace(self, query=urlencode(params))

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            return None


@dataclass
class Reply:
    """One answer: status, headers (lower-case names, as bytes) and body."""

    status: int
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        key = name.lower().encode()
        return next((v.decode("latin-1") for k, v in self.headers if k.lower() == key), None)

    def with_header(self, name: str, value: str | None) -> Reply:
        """This answer with header `name` set to `value` (None: removed)."""
        key = name.lower().encode()
        headers = [(k, v) for k, v in self.headers if k.lower() != key]
        if value is not None:
            headers.append((key, value.encode("latin-1")))
        return replace(self, headers=headers)

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            return None

    def with_json(self, value: Any, *, raw: str | None = None) -> Reply:
        """This answer with a new JSON body (``raw``: the exact text to send, e.g. a float's spelling)."""
        text = raw if raw is not None else json.dumps(value)
        return replace(self, body=text.encode())

    @property
    def is_json_success(self) -> bool:
        return 200 <= self.status < 300 and "json" in (self.header("content-type") or "")


RequestRewrite = Callable[[Exchange], "Exchange | Reply | None"]
"""Change a request before the app sees it (return the new one), answer it here (return a Reply), or leave it
(None)."""
ResponseRewrite = Callable[[Exchange, Reply], "Reply | None"]
"""Change the app's answer (return the new one) or leave it (None)."""


class Mutated:
    """An ASGI app: `app` with its requests and/or answers rewritten. The Content-Length is recomputed."""

    def __init__(
        self, app: Any, *, request: RequestRewrite | None = None, response: ResponseRewrite | None = None
    ) -> None:
        self.app = app
        self.request = request
        self.response = response

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = bool(message.get("more_body", False))
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        exchange = Exchange(
            scope["method"], scope["path"], scope.get("query_string", b"").decode(), headers, body
        )
        if self.request is not None:
            changed = self.request(exchange)
            if isinstance(changed, Reply):
                await _send(send, changed, head=scope["method"] == "HEAD")
                return
            if changed is not None:
                exchange = changed
        reply = await self._call_app(scope, exchange)
        if self.response is not None:
            reply = self.response(exchange, reply) or reply
        await _send(send, reply, head=scope["method"] == "HEAD")

    async def _call_app(self, scope: Any, exchange: Exchange) -> Reply:
        inner = dict(scope)
        inner["query_string"] = exchange.query.encode()
        inner["headers"] = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in exchange.headers.items()]
        sent = False
        reply = Reply(500)

        async def receive() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": exchange.body, "more_body": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                reply.status = int(message["status"])
                reply.headers = [
                    (bytes(k).lower(), bytes(v))
                    for k, v in message.get("headers", [])
                    if bytes(k).lower() != b"content-length"
                ]
            elif message["type"] == "http.response.body":
                reply.body += message.get("body", b"")

        await self.app(inner, receive, capture)
        return reply


async def _send(send: Any, reply: Reply, *, head: bool) -> None:
    headers = [*reply.headers, (b"content-length", str(len(reply.body)).encode())]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else reply.body})


# -- small rewrites the catalogue is made of --------------------------------------------------------------
def on_success_json(change: Callable[[Any], Any]) -> ResponseRewrite:
    """Apply `change` to a copy of every 2xx JSON body (it edits in place or returns a new body)."""

    def rewrite(exchange: Exchange, reply: Reply) -> Reply | None:
        if not reply.is_json_success:
            return None
        body = copy.deepcopy(reply.json())
        new = change(body)
        return reply.with_json(body if new is None else new)

    return rewrite


def rows(body: Any, *keys: str) -> list[dict[str, Any]]:
    """The objects of a body: ``body[key]`` lists (or single objects) for the first key present, else the
    body itself when it is an object."""
    if isinstance(body, dict):
        for key in keys:
            value = body.get(key)
            if isinstance(value, list):
                return [row for row in value if isinstance(row, dict)]
            if isinstance(value, dict):
                return [value]
        return [body]
    return []


def set_field(name: str, value: Any, *keys: str) -> ResponseRewrite:
    def change(body: Any) -> None:
        for row in rows(body, *keys):
            if name in row:
                row[name] = copy.deepcopy(value)

    return on_success_json(change)


def drop_field(name: str, *keys: str) -> ResponseRewrite:
    def change(body: Any) -> None:
        for row in rows(body, *keys):
            row.pop(name, None)

    return on_success_json(change)


def on_error_json(change: Callable[[Exchange, Reply, Any], Reply | None]) -> ResponseRewrite:
    """Rewrite error answers: HTTP >= 400, or an envelope (``code`` not 0) sent with HTTP 200."""

    def rewrite(exchange: Exchange, reply: Reply) -> Reply | None:
        body = reply.json()
        enveloped = isinstance(body, dict) and isinstance(body.get("code"), int) and body["code"] != 0
        if reply.status >= 400 or enveloped:
            return change(exchange, reply, body)
        return None

    return rewrite


def bearer_token(headers: dict[str, str]) -> str | None:
    scheme, _, value = headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def basic_user(headers: dict[str, str]) -> str | None:
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        return base64.b64decode(value).decode().partition(":")[0]
    except ValueError:
        return None


# -- rewrites for the drift kinds the spec-data checks catch -----------------------------------------------
def _dates(exchange: Exchange) -> tuple[dict[str, str], date, date] | None:
    params = exchange.params
    try:
        return params, date.fromisoformat(params["start_date"]), date.fromisoformat(params["end_date"])
    except (KeyError, ValueError):
        return None


def _range_reversed_accepted(exchange: Exchange) -> Exchange | None:
    """`end_date` before `start_date` is answered as if the dates were the other way round."""
    found = _dates(exchange)
    if found is None or found[1] <= found[2]:
        return None
    params, start, end = found
    return exchange.with_params({**params, "start_date": end.isoformat(), "end_date": start.isoformat()})


def _range_too_long_accepted(exchange: Exchange) -> Exchange | None:
    """A range over `max_days` (31) is answered with its first 31 days."""
    found = _dates(exchange)
    if found is None or (found[2] - found[1]).days < 31:
        return None
    params, start, _end = found
    return exchange.with_params({**params, "end_date": (start + timedelta(days=30)).isoformat()})


FILTERS = ("deal_id", "piece_cid", "client_id", "client_address", "provider_id", "provider_address")


def _no_filter_accepted(exchange: Exchange) -> Exchange | None:
    """A request with none of `x-require-any-of` is answered as if it had asked for one deal."""
    params = exchange.params
    if any(params.get(name) for name in FILTERS):
        return None
    return exchange.with_params({**params, "deal_id": "1"})


def _page_size_clamped(exchange: Exchange) -> Exchange | None:
    """`page_size` above its maximum (1000) is answered as if it were 1000."""
    params = exchange.params
    if params.get("page_size", "").isdigit() and int(params["page_size"]) > 1000:
        return exchange.with_params({**params, "page_size": "1000"})
    return None


def _integers_as_floats(*names: str) -> ResponseRewrite:
    """Big integer fields spelled as JSON floats (`2.04318766968677e+19`), as some serialisers do."""

    def rewrite(exchange: Exchange, reply: Reply) -> Reply | None:
        if not reply.is_json_success:
            return None
        text = reply.body.decode()
        for name in names:
            text = re.sub(
                rf'("{name}":\s*)(-?\d+)(?=[,}}\s])', lambda m: m.group(1) + repr(float(m.group(2))), text
            )
        return replace(reply, body=text.encode())

    return rewrite


def _accept_scheme(prefix: str, to_header: str, to_value: Callable[[str], str]) -> RequestRewrite:
    """The token also accepted as `Authorization: <prefix> <token>` (rewritten into the declared scheme)."""

    def rewrite(exchange: Exchange) -> Exchange | None:
        scheme, _, value = exchange.headers.get("authorization", "").partition(" ")
        if scheme.lower() != prefix.lower() or not value:
            return None
        token = value.strip()
        if prefix.lower() == "basic":
            token = base64.b64decode(token).decode().partition(":")[0]
        headers = {k: v for k, v in exchange.headers.items() if k != "authorization"}
        return replace(exchange, headers={**headers, to_header: to_value(token)})

    return rewrite


def _cursor_ignored(exchange: Exchange) -> Exchange | None:
    """`starting_after` ignored: every page is the first (with `has_more` still true)."""
    params = exchange.params
    if "starting_after" not in params:
        return None
    return exchange.with_params({k: v for k, v in params.items() if k != "starting_after"})


def _body_cursor_ignored(exchange: Exchange) -> Exchange | None:
    """The `cursor` of the JSON body ignored: every page is the first, with the first page's cursor again."""
    body = exchange.json()
    if not isinstance(body, dict) or not isinstance(body.get("cursor"), str):
        return None  # a cursor of another type is still refused: only the paging drifts
    return replace(exchange, body=json.dumps({k: v for k, v in body.items() if k != "cursor"}).encode())


def _body_cursor_rows_repeated(mock: MockApp) -> Mutated:
    """The body cursor moves on (the next page's cursor is answered), but the rows are the first page's
    again: the server pages its cursor, not its rows."""
    first: list[Any] = []

    def response(exchange: Exchange, reply: Reply) -> Reply | None:
        request, answer = exchange.json(), reply.json()
        if not reply.is_json_success or not isinstance(request, dict) or not isinstance(answer, dict):
            return None
        if request.get("cursor") is None:
            first[:] = copy.deepcopy(answer.get("results") or [])
            return None
        if not first or not answer.get("results"):
            return None
        return reply.with_json({**answer, "results": copy.deepcopy(first)})

    return Mutated(mock, response=response)


def _link_not_rfc8288(exchange: Exchange, reply: Reply) -> Reply | None:
    """`Link` without angle brackets and with a space in the URI."""
    link = reply.header("link")
    if not link:
        return None
    broken = re.sub(r"<([^>]*)>", lambda m: m.group(1).replace("&", " &", 1), link)
    return reply.with_header("link", broken)


def _total_missing(exchange: Exchange, reply: Reply) -> Reply | None:
    return reply.with_header("x-total-count", None) if reply.header("x-total-count") else None


def _next_is_same_page(exchange: Exchange, reply: Reply) -> Reply | None:
    """`rel="next"` pointing at the page it is on."""
    link = reply.header("link")
    page = exchange.params.get("page", "1")
    if not link or 'rel="next"' not in link:
        return None
    fixed = re.sub(
        r'<([^>]*)>; rel="next"',
        lambda m: "<" + re.sub(r"page=\d+", f"page={page}", m.group(1)) + '>; rel="next"',
        link,
    )
    return reply.with_header("link", fixed)


def _created_then_missing(mock: MockApp) -> Mutated:
    """A POST answers 201 with the new item, but a GET of that item answers 404 (consistency gone wrong)."""
    created: set[str] = set()

    def response(exchange: Exchange, reply: Reply) -> Reply | None:
        if exchange.method == "POST" and reply.status == 201:
            body = reply.json()
            item = next(iter(body.values()), None) if isinstance(body, dict) and len(body) == 1 else None
            if isinstance(item, dict) and item.get("id") is not None:
                created.add(str(item["id"]))
            return None
        last = exchange.path.rstrip("/").rsplit("/", 1)[-1]
        if exchange.method == "GET" and last in created:
            return Reply(
                404,
                [(b"content-type", b"application/json")],
                json.dumps({"type": "unknown_resource", "message": "The resource does not exist"}).encode(),
            )
        return None

    return Mutated(mock, response=response)


def _delete_ignored(exchange: Exchange) -> Reply | None:
    """A DELETE of an item answers 204 but deletes nothing: GET still finds it."""
    if exchange.method == "DELETE" and exchange.path.count("/") >= 2:
        return Reply(204, [], b"")
    return None


# -- the catalogue -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mutant:
    """One drift (or a control when `check` is None): the mock of `api` with `request`/`response` rewrites."""

    name: str
    api: str
    drift: str
    check: str | None
    operations: tuple[str, ...]
    response: ResponseRewrite | None = None
    request: RequestRewrite | None = None
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing")
    max_examples: int = 10
    #: changes to the mock itself (e.g. a validator switched off), applied before wrapping
    patch: Callable[[MockApp], None] | None = None
    #: builds the mutated app from the mock, for mutants that keep state within one run
    factory: Callable[[MockApp], Any] | None = None

    @property
    def spec_path(self) -> Path:
        return SPEC_DIR / f"{self.api}.yaml"

    def app(self) -> Any:
        mock = create_app(self.spec_path)
        if self.patch is not None:
            self.patch(mock)
        if self.factory is not None:
            return self.factory(mock)
        if self.request is None and self.response is None:
            return mock
        return Mutated(mock, request=self.request, response=self.response)


def run_mutant(mutant: Mutant, reports_dir: Path, **overrides: Any) -> ApiResult:
    """Run the contract suite against `mutant` (only its operations and phases)."""
    options = RunOptions(
        max_examples=mutant.max_examples,
        stateful_examples=mutant.max_examples,
        include_operations=mutant.operations,
        reports_dir=reports_dir,
        phases=mutant.phases,
        quiet=True,
    )
    options = replace(options, **overrides)
    return run_api(mutant.spec_path, options, app=mutant.app())


def reported_checks(result: ApiResult) -> set[str]:
    """The checks that reported something (the ``[check]`` each failure text starts with)."""
    return set(result.failures_by_check()) | (
        {"<error>"} if any(op.errors for op in result.operations.values()) else set()
    )


def _html(exchange: Exchange, reply: Reply) -> Reply | None:
    return reply.with_header("content-type", "text/html; charset=utf-8") if reply.is_json_success else None


def _no_content(exchange: Exchange, reply: Reply) -> Reply | None:
    if reply.is_json_success:
        return Reply(204, [(k, v) for k, v in reply.headers if k != b"content-type"], b"")
    return None


def _created_as_ok(exchange: Exchange, reply: Reply) -> Reply | None:
    return replace(reply, status=200) if reply.status == 201 else None


def _envelope_error_status(exchange: Exchange, reply: Reply, body: Any) -> Reply | None:
    # Spacescope documents its parameter error (30002) with HTTP 200; this server sends it with HTTP 400
    if isinstance(body, dict) and body.get("code") == 30002:
        return replace(reply, status=400)
    return None


def _undocumented_code(exchange: Exchange, reply: Reply, body: Any) -> Reply | None:
    if isinstance(body, dict) and body.get("code") == 30002:
        return reply.with_json({**body, "code": 30099})
    return None


def _error_type_outside_enum(exchange: Exchange, reply: Reply, body: Any) -> Reply | None:
    if reply.status == 401 and isinstance(body, dict):
        return reply.with_json({**body, "type": "not_authenticated"})
    return None


def _wrong_error_shape(exchange: Exchange, reply: Reply, body: Any) -> Reply | None:
    if reply.status == 400:
        return reply.with_json({"error": {"reason": "bad request"}})
    return None


def _inject_token(token: str, scheme: str) -> RequestRewrite:
    """Auth not enforced: a request without credentials is answered as if it carried `token`."""

    def rewrite(exchange: Exchange) -> Exchange | None:
        if exchange.headers.get("authorization"):
            return None
        value = (
            f"Bearer {token}"
            if scheme == "bearer"
            else "Basic " + base64.b64encode(f"{token}:".encode()).decode()
        )
        return replace(exchange, headers={**exchange.headers, "authorization": value})

    return rewrite


def _extra_field(*keys: str) -> ResponseRewrite:
    def change(body: Any) -> None:
        for row in rows(body, *keys):
            row["x_undocumented_extra"] = "allowed: the schema has no additionalProperties: false"

    return on_success_json(change)


SCOPE_OP = "network_storage_capacity"
SPACES_LIST = "list_customers"
SCALEWAY_LIST = "list_servers"
SPACEKNOW_LIST = "credits_transactions"

MUTANTS: tuple[Mutant, ...] = (
    # -- kinds caught before this catalogue existed ------------------------------------------------------
    Mutant(
        "spacescope-required-missing",
        "spacescope",
        "required field missing",
        "success_data_conformance",
        (SCOPE_OP,),
        response=drop_field("stat_date", "data"),
    ),
    Mutant(
        "spaces-required-missing",
        "spaces",
        "required field missing",
        "response_schema_conformance",
        (SPACES_LIST,),
        response=drop_field("email", "data"),
    ),
    Mutant(
        "scaleway-required-missing",
        "scaleway",
        "required field missing",
        "response_schema_conformance",
        (SCALEWAY_LIST,),
        response=drop_field("state", "servers"),
    ),
    Mutant(
        "spacescope-type-changed",
        "spacescope",
        "type changed",
        "success_data_conformance",
        (SCOPE_OP,),
        response=set_field("total_qa_bytes_power", "lots", "data"),
    ),
    Mutant(
        "spaces-type-changed",
        "spaces",
        "type changed",
        "response_schema_conformance",
        (SPACES_LIST,),
        response=set_field("created", "yesterday", "data"),
    ),
    Mutant(
        "scaleway-type-changed",
        "scaleway",
        "type changed",
        "response_schema_conformance",
        (SCALEWAY_LIST,),
        response=set_field("name", 42, "servers"),
    ),
    Mutant(
        "spacescope-datetime-no-offset",
        "spacescope",
        "date-time without offset",
        "success_data_conformance",
        (SCOPE_OP,),
        response=set_field("stat_date", "2022-07-01T00:00:00", "data"),
    ),
    Mutant(
        "scaleway-datetime-no-offset",
        "scaleway",
        "date-time without offset",
        "response_schema_conformance",
        (SCALEWAY_LIST,),
        response=set_field("creation_date", "2014-05-22T08:05:57.556385", "servers"),
    ),
    Mutant(
        "spaces-enum-outside",
        "spaces",
        "enum value outside the enum",
        "response_schema_conformance",
        (SPACES_LIST,),
        response=set_field("object", "client", "data"),
    ),
    Mutant(
        "scaleway-enum-outside",
        "scaleway",
        "enum value outside the enum",
        "response_schema_conformance",
        (SCALEWAY_LIST,),
        # Scaleway's response schemas have no enum but the error types (`type: {enum: [invalid_auth]}`)
        response=on_error_json(_error_type_outside_enum),
    ),
    Mutant(
        "spacescope-null-non-nullable",
        "spacescope",
        "null in a non-nullable field",
        "success_data_conformance",
        (SCOPE_OP,),
        response=set_field("total_qa_bytes_power", None, "data"),
    ),
    Mutant(
        "spaces-null-non-nullable",
        "spaces",
        "null in a non-nullable field",
        "response_schema_conformance",
        (SPACES_LIST,),
        response=set_field("email", None, "data"),
    ),
    Mutant(
        "scaleway-null-non-nullable",
        "scaleway",
        "null in a non-nullable field",
        "response_schema_conformance",
        (SCALEWAY_LIST,),
        response=set_field("name", None, "servers"),
    ),
    Mutant(
        "spacescope-error-wrong-status",
        "spacescope",
        "error with a wrong status",
        "documented_error_code",
        (SCOPE_OP,),
        response=on_error_json(_envelope_error_status),
    ),
    Mutant(
        "spacescope-error-undocumented-code",
        "spacescope",
        "error with an undocumented code",
        "documented_error_code",
        (SCOPE_OP,),
        response=on_error_json(_undocumented_code),
    ),
    Mutant(
        "spaces-error-wrong-shape",
        "spaces",
        "error with a wrong shape",
        "response_schema_conformance",
        (SPACES_LIST,),
        response=on_error_json(_wrong_error_shape),
    ),
    Mutant(
        "scaleway-error-wrong-shape",
        "scaleway",
        "error with a wrong shape",
        "response_schema_conformance",
        (SCALEWAY_LIST,),
        response=on_error_json(_wrong_error_shape),
    ),
    Mutant(
        "spacescope-request-id-empty",
        "spacescope",
        "request id missing or empty",
        "request_id_present",
        (SCOPE_OP,),
        response=set_field("request_id", ""),
    ),
    Mutant(
        "spacescope-request-id-missing",
        "spacescope",
        "request id missing or empty",
        "request_id_present",
        (SCOPE_OP,),
        response=drop_field("request_id"),
    ),
    Mutant(
        "spacescope-auth-not-enforced",
        "spacescope",
        "auth not enforced",
        "ignored_auth",
        (SCOPE_OP,),
        request=_inject_token("mock-token", "bearer"),
    ),
    Mutant(
        "spaces-auth-not-enforced",
        "spaces",
        "auth not enforced",
        "ignored_auth",
        (SPACES_LIST,),
        request=_inject_token("mock-token", "basic"),
    ),
    Mutant(
        "scaleway-auth-not-enforced",
        "scaleway",
        "auth not enforced",
        "ignored_auth",
        (SCALEWAY_LIST,),
        request=lambda ex: (
            None
            if ex.headers.get("x-auth-token")
            else replace(ex, headers={**ex.headers, "x-auth-token": "mock-token"})
        ),
    ),
    Mutant(
        "spacescope-html-for-json",
        "spacescope",
        "text/html for JSON",
        "content_type_conformance",
        (SCOPE_OP,),
        response=_html,
    ),
    Mutant(
        "spaces-html-for-json",
        "spaces",
        "text/html for JSON",
        "content_type_conformance",
        (SPACES_LIST,),
        response=_html,
    ),
    Mutant(
        "scaleway-html-for-json",
        "scaleway",
        "text/html for JSON",
        "content_type_conformance",
        (SCALEWAY_LIST,),
        response=_html,
    ),
    Mutant(
        "spaces-204-for-body",
        "spaces",
        "204 for a documented body",
        "status_code_conformance",
        (SPACES_LIST,),
        response=_no_content,
    ),
    Mutant(
        "scaleway-204-for-body",
        "scaleway",
        "204 for a documented body",
        "status_code_conformance",
        (SCALEWAY_LIST,),
        response=_no_content,
    ),
    Mutant(
        "scaleway-200-for-201",
        "scaleway",
        "200 for a documented 201",
        "status_code_conformance",
        ("create_volume",),
        response=_created_as_ok,
    ),
    Mutant(
        "scaleway-created-then-404",
        "scaleway",
        "stateful: POST answers 201, then the new item is 404",
        "ensure_resource_availability",
        (),
        phases=("stateful",),
        max_examples=STATEFUL_EXAMPLES,  # as make contract runs it
        factory=_created_then_missing,
    ),
    Mutant(
        "scaleway-delete-ignored",
        "scaleway",
        "stateful: DELETE answers 204 but GET still returns the item",
        "use_after_free",
        (),
        phases=("stateful",),
        max_examples=STATEFUL_EXAMPLES,  # as make contract runs it
        request=_delete_ignored,
    ),
    # -- drift the spec-data checks catch ------------------------------------------------------------------
    Mutant(
        "spacescope-range-reversed-accepted",
        "spacescope",
        "vendor rule: end_date before start_date answered with data",
        "vendor_rule_rejection",
        (SCOPE_OP,),
        request=_range_reversed_accepted,
        max_examples=25,
    ),
    Mutant(
        "spacescope-range-too-long-accepted",
        "spacescope",
        "vendor rule: a range over max_days answered with data",
        "vendor_rule_rejection",
        (SCOPE_OP,),
        request=_range_too_long_accepted,
        max_examples=25,
    ),
    Mutant(
        "spacescope-no-filter-accepted",
        "spacescope",
        "vendor rule: none of x-require-any-of answered with data",
        "vendor_rule_rejection",
        ("deal_snapshot",),
        request=_no_filter_accepted,
        max_examples=25,
    ),
    Mutant(
        "spacescope-integer-as-float",
        "spacescope",
        "exact integers: an integer sent as 2.04318766968677e+19",
        "exact_integers",
        (SCOPE_OP,),
        response=_integers_as_floats("total_qa_bytes_power"),
    ),
    Mutant(
        "scaleway-integer-as-float",
        "scaleway",
        "exact integers: an integer sent as 2.04318766968677e+19",
        "exact_integers",
        ("list_volumes",),
        response=_integers_as_floats("size"),
    ),
    Mutant(
        "spacescope-negated-parameter-accepted",
        "spacescope",
        "a negated parameter (page_size=1001 above its maximum) answered with data",
        "negated_parameter_rejection",
        ("deal_snapshot",),
        request=_page_size_clamped,
        phases=("coverage",),
    ),
    Mutant(
        "spacescope-token-scheme-accepted",
        "spacescope",
        "auth scheme: bearer declared, `Authorization: Token t` accepted",
        "auth_scheme_strictness",
        (SCOPE_OP,),
        request=_accept_scheme("token", "authorization", lambda t: f"Bearer {t}"),
    ),
    Mutant(
        "spacescope-basic-scheme-accepted",
        "spacescope",
        "auth scheme: bearer declared, `Basic base64(t:)` accepted",
        "auth_scheme_strictness",
        (SCOPE_OP,),
        request=_accept_scheme("basic", "authorization", lambda t: f"Bearer {t}"),
    ),
    Mutant(
        "spaces-bearer-scheme-accepted",
        "spaces",
        "auth scheme: basic declared, `Bearer t` accepted",
        "auth_scheme_strictness",
        (SPACES_LIST,),
        request=_accept_scheme(
            "bearer", "authorization", lambda t: "Basic " + base64.b64encode(f"{t}:".encode()).decode()
        ),
    ),
    Mutant(
        "scaleway-bearer-scheme-accepted",
        "scaleway",
        "auth scheme: X-Auth-Token declared, `Bearer t` accepted",
        "auth_scheme_strictness",
        (SCALEWAY_LIST,),
        request=_accept_scheme("bearer", "x-auth-token", lambda t: t),
    ),
    Mutant(
        "spaces-cursor-ignored",
        "spaces",
        "pagination: starting_after ignored, has_more stays true",
        "pagination_conformance",
        (SPACES_LIST,),
        request=_cursor_ignored,
    ),
    Mutant(
        "spaceknow-body-cursor-ignored",
        "spaceknow",
        "pagination: the body cursor ignored, the same page and cursor again",
        "pagination_conformance",
        (SPACEKNOW_LIST,),
        request=_body_cursor_ignored,
    ),
    Mutant(
        "spaceknow-body-cursor-rows-repeated",
        "spaceknow",
        "pagination: the body cursor moves on, the rows are the first page's again",
        "pagination_conformance",
        (SPACEKNOW_LIST,),
        factory=_body_cursor_rows_repeated,
    ),
    Mutant(
        "scaleway-link-not-rfc8288",
        "scaleway",
        "pagination: a Link header that is not RFC 8288",
        "pagination_conformance",
        ("list_volumes",),
        response=_link_not_rfc8288,
    ),
    Mutant(
        "scaleway-link-next-same-page",
        "scaleway",
        "pagination: rel=next does not lead to the next page",
        "pagination_conformance",
        ("list_volumes",),
        response=_next_is_same_page,
    ),
    Mutant(
        "scaleway-total-missing",
        "scaleway",
        "pagination: the documented X-Total-Count missing",
        "pagination_conformance",
        ("list_volumes",),
        response=_total_missing,
    ),
)

CONTROLS: tuple[Mutant, ...] = (
    Mutant(
        "scaleway-unchanged-stateful",
        "scaleway",
        "control: the mock unchanged (stateful phase)",
        None,
        (),
        phases=("stateful",),
        max_examples=STATEFUL_EXAMPLES,  # as make contract runs it
    ),
    Mutant("spacescope-unchanged", "spacescope", "control: the mock unchanged", None, (SCOPE_OP,)),
    Mutant("spaces-unchanged", "spaces", "control: the mock unchanged", None, (SPACES_LIST,)),
    Mutant("spaceknow-unchanged", "spaceknow", "control: the mock unchanged", None, (SPACEKNOW_LIST,)),
    Mutant(
        "scaleway-unchanged",
        "scaleway",
        "control: the mock unchanged",
        None,
        (SCALEWAY_LIST, "create_volume", "list_volumes"),
    ),
    Mutant(
        "spacescope-unchanged-vendor-rules",
        "spacescope",
        "control: the mock unchanged (vendor rules, negated parameters)",
        None,
        ("deal_snapshot",),
        max_examples=25,
    ),
    Mutant(
        "spacescope-extra-field",
        "spacescope",
        "control: an undocumented extra field the schema allows",
        None,
        (SCOPE_OP,),
        response=_extra_field("data"),
    ),
    Mutant(
        "spaces-extra-field",
        "spaces",
        "control: an undocumented extra field the schema allows",
        None,
        (SPACES_LIST,),
        response=_extra_field("data"),
    ),
    Mutant(
        "scaleway-extra-field",
        "scaleway",
        "control: an undocumented extra field the schema allows",
        None,
        (SCALEWAY_LIST,),
        response=_extra_field("servers"),
    ),
)


def by_name(names: Iterable[str]) -> list[Mutant]:
    index = {m.name: m for m in (*MUTANTS, *CONTROLS)}
    return [index[n] for n in names]
