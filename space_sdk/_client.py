"""The API-neutral core that every generated method calls: every decision of send, retry, read, raise -- no I/O.

A generated facade method hands over its entry of ``OPERATIONS``, the generated ``_get_kwargs`` of the
endpoint, the keyword arguments it was given and the generated ``from_dict`` of the result model. The
core checks the arguments against the spec, splits long date ranges, sends with retries, reads the
envelope (or bare resource) and builds the typed result. Nothing per endpoint lives here.

:class:`BaseAPIClient` holds all of it as plain methods and one generator (``_attempts``: what to send, how
long to wait, what the answer means); the clients in ``space_sdk/_async/client.py`` and its generated sync twin
only drive it with their httpx client and offer the result shapes (``rows``, ``one``, ``page``, ``json``,
``content``, ``job``...).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import gc
import ipaddress
import logging
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from ._auth import LoginAuth, json_pointer
from ._body import encode_checked
from ._constants import DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._errors import ErrorTable
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    DataNotReadyError,
    NotFoundError,
    ParameterError,
    ResponseValidationError,
)
from ._jobs import JobSpec, RetrieveCall, StatusCall, check_job_id, job_id_problem
from ._json import decode_json as _decode_json
from ._operation import Operation, Pagination, prune
from ._options import RequestOptions, check_timeout
from ._pagination import (
    PageRequest,
    PageStall,
    next_page,
    page_items,
    total_of,
)
from ._polling import lookup
from ._ranges import ready_at
from ._response import Exchange
from ._retry import retry_delay, should_retry
from ._setup import resolve_server, server_url
from ._typed_rows import WireBody, WireList, WireRows, is_wire, model_of, wire_rows_for

__all__ = ["BaseAPIClient", "Builder", "Parser", "as_is", "check_base_url"]

T = TypeVar("T")
Builder = Callable[..., dict[str, Any]]
Parser = Callable[[Mapping[str, Any]], T]

log = logging.getLogger("space_sdk")

_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while one answer's rows are built.

    Every row is a new container object, so a 10,000-row answer sets off dozens of collections, each walking
    objects that are all still referenced; they cost a third of the row-building time in
    benchmarks/client_overhead.py. Nothing built here can be cyclic garbage, and the collector is switched
    back on (if it was on) as soon as the rows exist, exception or not, so the next allocation collects
    as usual. Rows are built in plain synchronous code: no other coroutine runs meanwhile.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def check_base_url(base_url: str) -> str:
    """Return ``base_url`` without a trailing slash; refuse plain http:// unless the host is loopback."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an https:// URL, got {base_url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"refusing plain http:// to {parts.hostname}: the token would travel in clear text; "
            "use https:// (http:// is allowed for loopback hosts only)"
        )
    return base_url.rstrip("/")


def check_base_path(api: Mapping[str, Any], base_url: str) -> None:
    """One meaning of ``base_url`` for every API: the spec's server URL, with its base path, for another
    deployment (``https://api.spacescope.io``, ``https://spaces.pe/api/v1``, ``http://127.0.0.1:4011/api/v1``).
    The other form is refused with the right one, so a URL a lenient mock accepts cannot 404 in production."""
    servers = api.get("servers") or []
    if not servers or not isinstance(servers[0], Mapping):
        return
    spec_url = str(servers[0].get("url") or "")
    spec_path = urlsplit(spec_url).path.rstrip("/")
    given = urlsplit(base_url).path.rstrip("/")
    root = base_url.rstrip("/")
    if spec_path and not given.endswith(spec_path):
        raise ConfigurationError(
            f"base_url {base_url!r} lacks the API's base path {spec_path}: base_url is the server URL with its "
            f"path, as the spec's {spec_url}; use {root + spec_path!r}"
        )
    prefix = api.get("paths_prefix")
    if not spec_path and prefix and given.endswith(prefix):
        raise ConfigurationError(
            f"base_url {base_url!r} ends with {prefix}, which every operation path already starts with: base_url "
            f"is the server URL, as the spec's {spec_url}; use {root[: -len(prefix)]!r}"
        )


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class BaseAPIClient:
    """What the sync and async clients share: everything but the I/O."""

    _owns_http: bool  # set by the I/O client: close the pool on close (not a caller's http_client)

    def __init__(
        self,
        *,
        api: Mapping[str, Any],
        auth: Any,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        max_concurrency: int | None,
        now: Callable[[], datetime.datetime] | None,
        user_agent: str,
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        self._api = api
        self._auth = auth
        # An explicit base_url (a mock, a proxy, a staging host) serves every operation; otherwise each
        # operation goes to its own servers (e.g. an auth host) or the spec's, variables filled in.
        self._fixed_base = base_url is not None
        self._server_variables = dict(server_variables or {})
        if base_url is not None:
            check_base_path(api, base_url)
        self._base_url = check_base_url(server_url(api, base_url, self._server_variables))
        self._op_bases: dict[str, str] = {}
        self._timeout = DEFAULT_TIMEOUT if timeout is None else _as_timeout(timeout)
        self._max_retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        if isinstance(self._max_retries, bool) or not isinstance(self._max_retries, int):
            raise ConfigurationError(f"max_retries must be an integer, got {self._max_retries!r}")
        if self._max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        self._max_concurrency = max_concurrency or DEFAULT_MAX_CONCURRENCY
        #: made by with_options: shares its parent's connection pool and login, and closes neither
        self._derived = False
        self._now = now or (lambda: datetime.datetime.now(datetime.UTC))
        # job polling measures elapsed time on the injected clock when there is one (tests), else monotonic
        self._clock: Callable[[], float] = (lambda: now().timestamp()) if now is not None else time.monotonic
        self._errors = ErrorTable(api.get("x-errors"))
        envelope = api.get("x-envelope")
        self._envelope: Mapping[str, Any] | None = envelope
        self._freshness: Mapping[str, Any] | None = api.get("x-data-freshness")
        self._ops: dict[str, Operation] = {}
        self._user_agent = user_agent
        self._wire_cache: dict[type[Any], WireRows | None] = {}
        #: headers the connection pool sends by itself (set when the SDK made the pool): not merged per call
        self._pool_headers: dict[str, str] = {}
        # headers that carry a credential: redacted from every request an answer or an exception carries
        self._secret_headers = _credential_headers(api)
        self._max_body: Mapping[str, Any] | None = api.get("x-max-body-bytes")
        self._job_specs: dict[str, JobSpec] = {}
        self._session: LoginAuth | None = None
        if isinstance(auth, LoginAuth):
            self._session = auth
            known = api.get("auth_operations") or {}
            missing = [op for op in auth.spec.operation_ids() if op not in known]
            if missing:
                raise ConfigurationError(f"x-auth-login names operations the API does not have: {missing}")
            self._auth_ops: Mapping[str, Mapping[str, Any]] = known

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, auth={self._auth!r})"

    @property
    def base_url(self) -> str:
        return self._base_url

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool, login and caches."""
        clone = copy.copy(self)
        if timeout is not None:
            clone._timeout = _as_timeout(timeout)
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ConfigurationError(f"max_retries must be an integer, 0 or more, got {max_retries!r}")
            clone._max_retries = max_retries
        clone._owns_http = False
        clone._derived = True
        return clone

    # -- preparing ---------------------------------------------------------------------------------------

    def _operation(self, data: Mapping[str, Any]) -> Operation:
        op = self._ops.get(data["operation_id"])
        if op is None:
            op = self._ops[data["operation_id"]] = Operation(data)
        return op

    def _prepare(
        self, operation: Mapping[str, Any], args: Mapping[str, Any]
    ) -> tuple[Operation, dict[str, Any]]:
        """The operation and the arguments actually given, checked against the spec before anything is sent."""
        op = self._operation(operation)
        given = prune(args)
        op.validate(given)
        return op, given

    def _build(
        self, op: Operation, build: Builder, args: Mapping[str, Any], body: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """The request of the generated ``_get_kwargs``; ``body``: fields to set in its JSON body (a cursor)."""
        try:
            kwargs = build(**args)
        except (AttributeError, TypeError, ValueError) as exc:
            raise ParameterError(op.sdk_method, f"arguments could not be serialised ({exc})") from None
        content = kwargs.get("content")
        if content is not None and callable(getattr(content, "read", None)):
            # a File body (generated for text/binary uploads) holds a file object, which an async client cannot
            # send; the SDK reads it here, once, the same for both flavours
            kwargs["content"] = content.read()
        if body:
            sent = kwargs.get("json")
            if not isinstance(sent, dict):
                raise ConfigurationError(f"{op.operation_id}: a body cursor needs a JSON object request body")
            kwargs["json"] = {**sent, **body}
        if op.geojson or self._max_body:
            kwargs = encode_checked(kwargs, op.geojson, self._max_body)
        return kwargs

    def _base_for(self, op: Operation) -> str:
        """Where ``op`` is sent: its own ``servers`` (operation or path level) unless base_url was given."""
        if self._fixed_base or not op.servers:
            return self._base_url
        base = self._op_bases.get(op.operation_id)
        if base is None:
            variables = {k: v for k, v in self._server_variables.items() if k in _variables_of(op.servers)}
            base = self._op_bases[op.operation_id] = check_base_url(
                resolve_server(op.servers, variables, op.operation_id)
            )
        return base

    def _request_kwargs(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        options: RequestOptions | None,
        *,
        authenticate: bool = True,
    ) -> dict[str, Any]:
        out = dict(kwargs)
        method = str(out.pop("method")).upper()
        url = self._base_for(op) + str(out.pop("url"))
        pool = self._pool_headers
        headers = {} if pool.get("Accept") == op.accept else {"Accept": op.accept}
        if not pool:
            headers["User-Agent"] = self._user_agent
        timeout = self._timeout
        if options is not None:
            if options.timeout is not None:
                timeout = _as_timeout(options.timeout)
            if options.extra_headers:
                headers.update(options.extra_headers)
            if options.extra_query:
                out["params"] = {**(out.get("params") or {}), **_query(options.extra_query)}
        if authenticate:  # after extra_headers: a per-call header never replaces the credentials
            headers.update(self._auth.headers())
        extra = out.pop("headers", None)
        if extra:
            headers.update(extra)
        if not out.get("params", True):  # an empty dict still costs httpx a second URL parse
            del out["params"]
        return {"method": method, "url": url, "headers": headers, "timeout": timeout, **out}

    def _retries(self, options: RequestOptions | None) -> int:
        if options is not None and options.max_retries is not None:
            return options.max_retries
        return self._max_retries

    # -- reading -----------------------------------------------------------------------------------------

    def _interpret(
        self,
        op: Operation,
        response: httpx.Response,
        args: Mapping[str, Any],
        wire: WireRows | None = None,
    ) -> tuple[Any, str | None]:
        """The decoded body of a successful answer and its request id, or raise the mapped error.

        ``wire``: decode a list answer's rows straight into Structs (space_sdk/_typed_rows.py) when the answer is
        a success and has exactly the documented shape; anything else is decoded the usual way below."""
        status = response.status_code
        errors = self._errors
        request_id = response.headers.get(errors.request_id_header) if errors.request_id_header else None
        if wire is not None and 200 <= status < 300 and response.content:
            typed = wire.decode(response.content)
            if typed is not None and self._is_success(typed):
                return typed, self._request_id_in(typed, request_id)
        if op.raw_content and 200 <= status < 300:
            kind = response.headers.get("content-type", "")
            if status == 204 or not response.content:
                return None, request_id
            if "json" not in kind:
                return response.content, request_id
        try:
            body = _decode_json(response.content) if response.content else None
        except (ValueError, RecursionError):
            snippet = response.text[:200] if status >= 400 else ""
            if 400 <= status < 500:
                raise errors.exception_for(
                    status, code=None, message=snippet or None, request_id=request_id, response=response
                ) from None
            kind = response.headers.get("content-type", "?").split(";")[0]
            raise ResponseValidationError(
                f"the answer is not valid JSON (HTTP {status}, {kind}, {len(response.content)} bytes)",
                status_code=status,
                request_id=request_id,
                response=response,
            ) from None
        request_id = self._request_id_in(body, request_id)
        env = self._envelope
        if env is not None:
            code_field = env.get("code", "code")
            code = _envelope_code(body, code_field)
            if code is None:
                if status >= 400:
                    raise self._error(
                        op,
                        status,
                        None,
                        _message(body, errors.message_field),
                        request_id,
                        body,
                        response,
                        args,
                    )
                raise ResponseValidationError(
                    f"the envelope has no {code_field!r}",
                    status_code=status,
                    request_id=request_id,
                    body=body,
                    response=response,
                )
            if code != env.get("success_code", 0):
                message = _message(body, errors.message_field or env.get("message"))
                raise self._error(op, status, code, message, request_id, body, response, args)
            if status >= 400:
                raise self._error(
                    op, status, None, _message(body, errors.message_field), request_id, body, response, args
                )
            data_field = env.get("data", "data")
            if not isinstance(body, dict) or data_field not in body:
                raise ResponseValidationError(
                    f"the envelope has no {data_field!r}",
                    status_code=status,
                    code=code,
                    request_id=request_id,
                    body=body,
                    response=response,
                )
            return body, request_id
        if status >= 400:
            code = body.get(errors.code_field) if errors.code_field and isinstance(body, dict) else None
            raise self._error(
                op,
                status,
                code if isinstance(code, int | str) and not isinstance(code, bool) else None,
                _message(body, errors.message_field),
                request_id,
                body,
                response,
                args,
            )
        return body, request_id

    def _is_success(self, typed: WireBody | WireList) -> bool:
        """Whether a typed body is an envelope with the success code (a bare list has none to check); any
        other goes the usual way, which maps it to its error."""
        env = self._envelope
        if env is None or not isinstance(typed, WireBody):
            return env is None and isinstance(typed, WireList)
        code = _envelope_code(typed, env.get("code", "code"))
        return code is not None and code == env.get("success_code", 0)

    def _request_id_in(self, body: Any, request_id: str | None) -> str | None:
        """The request id a body carries (the error table's field, else the envelope's), else ``request_id``."""
        field = self._errors.request_id_field or (self._envelope or {}).get("request_id")
        if field and isinstance(body, dict) and isinstance(body.get(field), str):
            return str(body[field])
        return request_id

    def _error(
        self,
        op: Operation,
        status: int,
        code: int | str | None,
        message: str | None,
        request_id: str | None,
        body: Any,
        response: httpx.Response,
        args: Mapping[str, Any],
    ) -> APIError:
        errors = self._errors
        exc = errors.exception_for(
            status,
            code=code,
            message=message,
            request_id=request_id,
            body=body,
            response=response,
            fields=errors.fields_of(body),
        )
        if isinstance(exc, DataNotReadyError):
            exc.ready_at = ready_at(self._freshness, _requested_day(op, args), self._now())
        return exc

    def _wire_for(self, parse: Parser[Any]) -> WireRows | None:
        """The typed decoder of a list answer of ``parse``'s rows (one per model, made on first use)."""
        model = model_of(parse)
        if model is None:
            return None
        if model not in self._wire_cache:
            self._wire_cache[model] = wire_rows_for(model, self._envelope)
        return self._wire_cache[model]

    def _data(self, body: Any) -> Any:
        return body[self._envelope.get("data", "data")] if self._envelope is not None else body

    def _rows(self, exchange: Exchange, items: Any, parse: Parser[T]) -> list[T]:
        body = exchange.body
        if is_wire(body):
            try:
                with _gc_paused():
                    built: list[T] = body.build(items)
                return built
            except _PARSE_ERRORS:
                # the usual way gives the rows or the error it always gave, with the decoded JSON
                body = _decode_json(exchange.response.content)
                exchange = dataclasses.replace(exchange, body=body)
                items = self._data(body)
        if not isinstance(items, list):
            raise self._shape_error(exchange, f"expected a list of rows, got {type(items).__name__}")
        many = _many(parse)
        try:
            with _gc_paused():
                return many(items) if many is not None else [parse(row) for row in items]
        except _PARSE_ERRORS as exc:
            raise self._shape_error(
                exchange, f"a row does not match the spec ({type(exc).__name__}: {exc})"
            ) from None

    def _one(self, exchange: Exchange, item: Any, parse: Parser[T]) -> T:
        if not isinstance(item, dict):
            raise self._shape_error(exchange, f"expected an object, got {type(item).__name__}")
        try:
            return parse(item)
        except _PARSE_ERRORS as exc:
            raise self._shape_error(
                exchange, f"the object does not match the spec ({type(exc).__name__}: {exc})"
            ) from None

    def _make_page(
        self,
        cls: type[Any],
        pg: Pagination,
        request: PageRequest,
        exchange: Exchange,
        parse: Parser[T],
        fetch: Callable[[PageRequest], Any],
    ) -> Any:
        """One page of a list (any ``x-pagination`` style, or a paged job result, ``x-job.pages``, whose next
        page is a new job) and the request for the page after it."""
        data = self._data(exchange.body)
        if pg.items and not isinstance(data, dict):
            raise self._shape_error(exchange, f"expected a list object, got {type(data).__name__}")
        raw_items, container = page_items(pg, data)
        items = self._rows(exchange, raw_items, parse)
        try:
            nxt = next_page(pg, request, raw_items, container, exchange.response)
        except PageStall as exc:
            # this page's rows still reach the user; the error belongs to the next page (raised when asked for)
            stall = self._shape_error(exchange, f"the list does not move on: {exc}")
            return cls(items, exchange, None, fetch, total_of(pg, exchange.response), stall)
        return cls(items, exchange, nxt, fetch, total_of(pg, exchange.response))

    def _paged(
        self, operation: Mapping[str, Any], args: Mapping[str, Any]
    ) -> tuple[Operation, Pagination, PageRequest]:
        op, given = self._prepare(operation, args)
        if op.pagination is None:
            raise ConfigurationError(f"{op.operation_id} has no x-pagination")
        return op, op.pagination, PageRequest(given)

    # -- asynchronous jobs (x-job; the handles live in _jobs.py) ----------------------------------------------

    def _job_spec(self, operation: Mapping[str, Any]) -> JobSpec:
        spec = self._job_specs.get(operation["operation_id"])
        if spec is None:
            data = operation.get("job")
            if not data:
                raise ConfigurationError(f"{operation['operation_id']} has no x-job")
            spec = self._job_specs[operation["operation_id"]] = JobSpec.from_spec(data)
        return spec

    def _started(
        self,
        cls: type[Any],
        operation: Mapping[str, Any],
        exchange: Exchange,
        status: StatusCall,
        retrieve: RetrieveCall | None,
    ) -> Any:
        """The handle on the job a start answer names; :class:`ResponseValidationError` without an id."""
        spec = self._job_spec(operation)
        body = self._data(exchange.body)
        job_id = lookup(body, spec.id_pointer)
        if isinstance(job_id, int) and not isinstance(job_id, bool):
            job_id = str(job_id)
        if not isinstance(job_id, str) or not job_id:
            raise self._shape_error(exchange, f"the start answer has no job id at {spec.id_pointer}")
        problem = job_id_problem(job_id)
        if problem is not None:  # checked as resume() checks the user's: it goes into the status URL
            raise self._shape_error(
                exchange, f"the start answer's {spec.id_name} {job_id!r} (at {spec.id_pointer}) {problem}"
            )
        return cls(self, spec, status, retrieve, job_id, body)

    def _resumed(
        self,
        cls: type[Any],
        operation: Mapping[str, Any],
        job_id: str,
        status: StatusCall,
        retrieve: RetrieveCall | None,
    ) -> Any:
        spec = self._job_spec(operation)
        return cls(self, spec, status, retrieve, check_job_id(spec, job_id))

    @staticmethod
    def _shape_error(exchange: Exchange, message: str) -> ResponseValidationError:
        return ResponseValidationError(
            message,
            status_code=exchange.response.status_code,
            request_id=exchange.request_id,
            body=exchange.body,
            response=exchange.response,
        )

    # -- one failed attempt: what it was, and what happens next ---------------------------------------------

    @staticmethod
    def _as_api_error(exc: Exception) -> APIError:
        """A failed attempt as the SDK's own exception, the original kept as ``__cause__``."""
        if isinstance(exc, APIError):
            return exc
        if isinstance(exc, httpx.TimeoutException):
            error: APIError = APITimeoutError(f"request timed out ({type(exc).__name__})")
        else:
            # OSError too: a custom or in-process transport may let a socket-level error through unwrapped.
            error = APIConnectionError(f"connection failed ({type(exc).__name__}: {exc})")
        error.__cause__ = exc
        return error

    def _refresh_auth(self, error: APIError, request: dict[str, Any]) -> bool:
        """After an auth failure, let a refreshable credential renew itself once; True = send again."""
        if not isinstance(error, AuthenticationError) or not self._auth.refresh():
            return False
        request["headers"].update(self._auth.headers())
        return True

    def _retry_delay_or_raise(
        self,
        op: Operation,
        error: APIError,
        response: httpx.Response | None,
        attempt: int,
        max_retries: int,
    ) -> float:
        """Seconds to wait before the next try, or raise ``error`` when it must not be retried."""
        if attempt >= max_retries or not should_retry(error, op.method, read_only=op.read_only):
            raise error
        delay = retry_delay(attempt, response.headers if response is not None else None)
        self._log_retry(op, error, attempt, delay)
        return delay

    # -- the attempt loop ------------------------------------------------------------------------------------

    def _attempts(
        self,
        op: Operation,
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        args: Mapping[str, Any],
        *,
        session: bool = True,
        authenticate: bool = True,
        wire: WireRows | None = None,
    ) -> Generator[dict[str, Any] | float, httpx.Response | None, Exchange]:
        """Every decision of one call, without I/O: yields the request to send (the driver sends back the
        response, or throws the transport's exception in) or the seconds to sleep before the next attempt;
        returns the :class:`Exchange` or raises the SDK error. ``_send`` of each client only drives it.

        With a login session (``x-auth-login``), the login or extend request comes first when the token is
        missing or due for renewal, and one authentication error leads to one new login and one more try.
        ``session=False`` is for those requests themselves (no login inside a login);
        ``authenticate=False`` sends no credential header at all."""
        login = self._session if session else None
        if login is not None:
            yield from self._session_steps(login, options)
        request = self._request_kwargs(op, kwargs, options, authenticate=authenticate)
        # non-idempotent calls too: should_retry lets them go again only if they never left (connect errors)
        max_retries = self._retries(options)
        # a path that carries the token (extend/revoke) is logged as its template
        path = kwargs["url"] if session else op.path
        attempt = 0
        refreshed = False
        started = time.perf_counter()
        while True:
            t0 = time.perf_counter()
            response: httpx.Response | None = None
            try:
                response = yield request
                assert response is not None
                # what the caller gets back (pages, raw responses, exceptions) carries no credential
                for answer in (response, *response.history):  # and each redirect a caller's client followed
                    answer.request = self._redacted(answer.request, None if session else op.path, session)
                body, request_id = self._interpret(op, response, args, wire)
            except (httpx.HTTPError, OSError, APIError) as exc:
                if isinstance(exc, httpx.RequestError) and response is None:
                    exc.request = self._redacted(exc.request, None if session else op.path, session)
                error = self._as_api_error(exc)
            else:
                self._log_exchange(
                    op, path, response.status_code, time.perf_counter() - t0, request_id, attempt
                )
                return Exchange(response, body, request_id, time.perf_counter() - started, attempt)
            status = response.status_code if response is not None else type(error).__name__
            self._log_exchange(op, path, status, time.perf_counter() - t0, error.request_id, attempt)
            if not refreshed and login is not None and isinstance(error, AuthenticationError):
                # the token was revoked or ran out early: log in again, once (a refused login raises) --
                # unless a concurrent call has already replaced the token this request carried
                refreshed = True
                if all(request["headers"].get(k) == v for k, v in login.headers().items()):
                    login.forget()
                    yield from self._session_steps(login, options)
                request["headers"].update(login.headers())
                continue
            if not refreshed and self._refresh_auth(error, request):
                refreshed = True
                continue
            yield self._retry_delay_or_raise(op, error, response, attempt, max_retries)
            attempt += 1

    def _session_steps(
        self, login: LoginAuth, options: RequestOptions | None
    ) -> Generator[dict[str, Any] | float, httpx.Response | None, None]:
        """Log in or extend the token when :meth:`LoginAuth.plan` says so, through the attempt loop."""
        action = login.plan(self._now())
        if action is None:
            return
        spec = login.spec
        if action == "extend" and spec.extend:
            op = self._operation(self._auth_ops[spec.extend])
            extend = {"method": op.method, "url": login.token_path(op.path)}
            try:
                exchange = yield from self._attempts(op, extend, options, {}, session=False)
            except (AuthenticationError, NotFoundError):
                login.forget()  # deleted or run out meanwhile: a new login below
            except APIError as exc:
                # the token is still valid (plan() extends only before it runs out): go on with it, try later
                retry_in = login.extend_failed(self._now())
                log.warning(
                    "could not extend the session token (%s); going on with the current one, "
                    "trying again in %.0f s",
                    type(exc).__name__,
                    retry_in,
                )
                return
            else:
                login.accept_extend(exchange.body, self._now())
                return
        # a token that ran out (or, without extend, is about to) is replaced, not kept as a spare to revoke
        login.forget()
        op = self._operation(self._auth_ops[spec.operation])
        kwargs: dict[str, Any] = {"method": op.method, "url": op.path, "json": login.login_body()}
        failure: APIError | None = None
        try:
            exchange = yield from self._attempts(op, kwargs, options, {}, session=False, authenticate=False)
        except APIError as exc:
            failure = self._login_failed(op, login, exc)
        else:
            try:
                login.accept_login(exchange.body, self._now())
            except ValueError as exc:
                failure = self._login_failed(op, login, self._shape_error(exchange, str(exc)))
        if failure is not None:
            # raised outside the except blocks: no __context__ chain back to what carried the credentials
            raise failure

    def _login_failed(self, op: Operation, login: LoginAuth, error: APIError) -> APIError:
        """A failed login as an error of the same class that says the login step failed, with the server's
        own description (``x-auth-login.error_message``), and nothing of the request that carried the
        credentials: its response keeps the status, headers and (error) body, with a request that has no
        body and no headers; no cause or context is chained."""
        detail = error.message
        pointer = login.spec.error_message
        said = json_pointer(error.body, pointer) if pointer and (error.status_code or 0) >= 400 else None
        if isinstance(said, str) and said.strip() and said not in detail:
            detail = f"{detail}: {said}" if detail else said
        failed = f"logging in failed ({op.method} {op.path}): {detail}"
        response = error.response
        if response is not None:
            request = httpx.Request(response.request.method, response.request.url)
            keep = response.content if response.status_code >= 400 else b""
            response = httpx.Response(
                response.status_code, headers=response.headers, content=keep, request=request
            )
        body = error.body if (error.status_code or 0) >= 400 else None  # a 2xx login answer may hold tokens
        new = type(error).__new__(type(error))
        APIError.__init__(
            new,
            failed,
            status_code=error.status_code,
            code=error.code,
            request_id=error.request_id,
            body=body,
            response=response,
            retryable=error.retryable,
            fields=error.fields,
        )
        return new

    def _revoke_kwargs(self) -> list[tuple[Operation, dict[str, Any]]]:
        """The requests that delete the tokens this client created, if the spec has a revoke and they live."""
        login = self._session
        if login is None or not login.spec.revoke:
            return []
        tokens = login.take_created()
        if login.expires_at is not None and self._now() >= login.expires_at:
            return []  # already run out (spares are older still): the server has dropped them
        op = self._operation(self._auth_ops[login.spec.revoke])
        return [(op, {"method": op.method, "url": login.token_path(op.path, token)}) for token in tokens]

    @staticmethod
    def _revoke_failed(error: APIError) -> None:
        # closing must always release the connections; a token left behind runs out by itself
        log.warning("could not revoke the session token on close: %s", type(error).__name__)

    def _redacted(self, request: httpx.Request, template: str | None, keep_body: bool) -> httpx.Request:
        """``request`` without its credentials: auth headers (the spec's schemes) read ``[redacted]``; for a
        login, extend or revoke request (``template``: its path template) neither the token in the path nor
        the credentials in the body are kept."""
        headers = request.headers.copy()
        for name in self._secret_headers:
            if name in headers:
                headers[name] = "[redacted]"
        if template is None and keep_body:
            # the same body stream, not a copy: encoding the content again costs more than the rest of the
            # call's bookkeeping (benchmarks/client_overhead.py); a sent body in memory is read back at once
            copy = httpx.Request(request.method, request.url, headers=headers, stream=request.stream)
            if isinstance(request.stream, httpx.ByteStream):
                copy.read()
            return copy
        url = request.url if template is None else request.url.copy_with(path=template, query=None)
        content = b""
        if keep_body:
            try:
                content = request.content
            except httpx.RequestNotRead:  # a streamed upload: nothing to keep
                content = b""
        return httpx.Request(request.method, url, headers=headers, content=content)

    # -- logging -----------------------------------------------------------------------------------------

    @staticmethod
    def _log_exchange(
        op: Operation, url_path: str, status: int | str, elapsed: float, request_id: str | None, attempt: int
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s in %.1f ms request_id=%s retry=%d",
                op.method,
                url_path,
                status,
                elapsed * 1000.0,
                request_id,
                attempt,
                extra={"operation_id": op.operation_id},
            )

    @staticmethod
    def _log_retry(op: Operation, error: APIError, attempt: int, delay: float) -> None:
        log.info(
            "retrying %s %s in %.2f s (retry %d) after %s",
            op.method,
            op.path,
            delay,
            attempt + 1,
            type(error).__name__,
            extra={"operation_id": op.operation_id},
        )


def as_is(body: Any) -> Any:
    """A parse that keeps the decoded JSON as it is."""
    return body


def _envelope_code(body: Any, field: str) -> int | str | None:
    """The envelope's code when it is one (an integer or a string, not a boolean), else ``None``."""
    code = body.get(field) if isinstance(body, dict) else None
    return code if isinstance(code, int | str) and not isinstance(code, bool) else None


def _many(parse: Parser[T]) -> Callable[[list[Any]], list[T]] | None:
    """The model's ``from_dicts`` when ``parse`` is a generated model's ``from_dict``: the same rows, built in one
    loop instead of a call per row (generator/templates/openapi-python-client/model.py.jinja)."""
    many: Callable[[list[Any]], list[T]] | None = getattr(model_of(parse), "from_dicts", None)
    return many


def _credential_headers(api: Mapping[str, Any]) -> frozenset[str]:
    """Lower-case names of the headers that may carry a credential: the standard ones and every header an
    ``apiKey`` security scheme of the spec names (Scaleway's ``X-Auth-Token``)."""
    names = {"authorization", "proxy-authorization", "cookie"}
    for scheme in (api.get("security_schemes") or {}).values():
        if isinstance(scheme, Mapping) and scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme.get("name", "")).lower())
    return frozenset(names)


def _variables_of(servers: Any) -> set[str]:
    return {name for server in servers if isinstance(server, dict) for name in server.get("variables") or {}}


def _query(extra: Mapping[str, Any]) -> dict[str, Any]:
    return {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in extra.items()}


def _as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    value = check_timeout(value)
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value, connect=min(5.0, value))


def _message(body: Any, field: str | None) -> str | None:
    if isinstance(body, dict) and field and isinstance(body.get(field), str):
        return str(body[field])
    return None


def _requested_day(op: Operation, args: Mapping[str, Any]) -> datetime.date | None:
    """The last day a call asked for: the end of its date range, else its latest date argument."""
    candidates: list[Any] = []
    if op.date_range is not None:
        candidates.append(args.get(op.date_range.end))
        if args.get(op.date_range.end) is None:
            return None  # the server's default end is its latest day
    else:
        candidates.extend(v for v in args.values() if isinstance(v, datetime.date))
    days = [
        v.date() if isinstance(v, datetime.datetime) else v
        for v in candidates
        if isinstance(v, datetime.date)
    ]
    return max(days) if days else None
