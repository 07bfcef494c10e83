"""The client every generated method calls: send, retry, read, raise -- the I/O loops, written once.

A generated facade method hands over its entry of ``OPERATIONS``, the generated ``_get_kwargs`` of the
endpoint, the keyword arguments it was given and the generated ``from_dict`` of the result model. Every
decision (checking the arguments, what to send, whether to retry, what the answer means, which page comes
next) is I/O-free in :class:`~space_sdk._client.BaseAPIClient`; this class only drives them.

Result shapes: ``rows`` (a list of models: the envelope's ``data`` or a bare JSON array), ``one`` (one
model), ``page`` (a :mod:`~space_sdk._pagination` page), ``json`` (the decoded body, for operations whose
result the facade cannot type), ``content`` (bytes / JSON / None), ``job`` / ``run_job`` / ``job_pages``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Generator, Mapping
from typing import Any, TypeVar

import httpx

from .._backends import AsyncLock, AsyncSleep, async_run_bounded, async_sleep
from .._client import BaseAPIClient, Builder, Parser, as_is
from .._exceptions import APIError, ConfigurationError
from .._jobs import StatusCall
from .._operation import Operation
from .._options import RequestOptions
from .._pagination import PageRequest
from .._polling import DEFAULT_MAX_WAIT, JobPolicy, JobState, check_max_wait
from .._ranges import keep_in_window, merge_windows
from .._response import Exchange, RawResponse
from .._typed_rows import WireRows
from .jobs import AsyncJob, poll
from .pages import ASYNC_PAGES, AsyncPage

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")
R = TypeVar("R")
#: a decision generator of BaseAPIClient: yields requests or delays, is sent responses, returns R
Steps = Generator[dict[str, Any] | float, httpx.Response | None, R]


class AsyncAPIClient(BaseAPIClient):
    """The core over an httpx client; the windows of a long date range are fetched ``max_concurrency`` at a
    time (the blocking client fetches them in order)."""

    def __init__(
        self,
        *,
        api: Mapping[str, Any],
        auth: Any,
        base_url: str | None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_concurrency: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: AsyncSleep | None = None,
        now: Callable[[], datetime.datetime] | None = None,
        user_agent: str = "space-sdk",
        server_variables: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            api=api,
            auth=auth,
            base_url=base_url,
            server_variables=server_variables,
            timeout=timeout,
            max_retries=max_retries,
            max_concurrency=max_concurrency,
            now=now,
            user_agent=user_agent,
        )
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        self._owns_http = http_client is None
        if http_client is not None and timeout is None:
            self._timeout = http_client.timeout  # your client's own timeout, not the SDK's default
        if http_client is None:
            # the headers every call sends, once on the pool: httpx merges per-call headers on each request
            self._pool_headers = {"User-Agent": self._user_agent, "Accept": "application/json"}
        self._http = http_client or httpx.AsyncClient(
            transport=transport, follow_redirects=False, headers=self._pool_headers
        )
        self._sleep: AsyncSleep = sleep or async_sleep
        self._login_lock = AsyncLock()

    async def close(self) -> None:
        """Revoke the token this client logged in for (if the spec can), then close the connection pool
        (not an ``http_client`` the caller passed in). A client made by ``with_options`` closes nothing: the
        pool and the login are its parent's."""
        if self._derived:
            return
        try:
            try:
                for op, kwargs in self._revoke_kwargs():
                    try:
                        await self._send(op, kwargs, None, {}, session=False)
                    except APIError as exc:
                        self._revoke_failed(exc)
            finally:
                if self._session is not None:
                    self._session.forget()
        finally:
            if self._owns_http:
                await self._http.aclose()

    async def _send(
        self,
        op: Operation,
        kwargs: dict[str, Any],
        options: RequestOptions | None,
        args: Mapping[str, Any],
        *,
        session: bool = True,
        wire: WireRows | None = None,
    ) -> Exchange:
        login = self._session if session else None
        if login is not None and login.plan(self._now()) is not None:
            # one login (or extend) for every call that finds the token missing or due: the others wait for
            # it here and then find nothing left to do (the steps ask LoginAuth.plan again)
            async with self._login_lock:
                await self._drive(self._session_steps(login, options))
        exchange: Exchange = await self._drive(
            self._attempts(op, kwargs, options, args, session=session, wire=wire)
        )
        return exchange

    async def _drive(self, steps: Steps[R]) -> R:
        """Run one decision generator (``BaseAPIClient._attempts`` / ``_session_steps``): send each request
        it yields, sleep each delay, hand back each response or transport error; return what it returns."""
        try:
            step = next(steps)
            while True:
                if not isinstance(step, dict):  # seconds to wait before the next attempt
                    await self._sleep(step)
                    step = steps.send(None)
                    continue
                failure: Exception | None = None
                response: httpx.Response | None = None
                try:
                    response = await self._http.request(**step)
                except (httpx.HTTPError, OSError) as exc:
                    failure = exc
                # thrown in outside the except block, so an error raised from it does not chain this one as
                # its __context__ (a login's transport error carries the request with the credentials)
                step = steps.send(response) if failure is None else steps.throw(failure)
        except StopIteration as stop:
            result: R = stop.value
            return result

    async def _fetch(
        self,
        op: Operation,
        build: Builder,
        args: Mapping[str, Any],
        options: RequestOptions | None,
        body: Mapping[str, Any] | None = None,
        wire: WireRows | None = None,
    ) -> Exchange:
        return await self._send(op, self._build(op, build, args, body), options, args, wire=wire)

    async def rows(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        parse: Parser[T],
        options: RequestOptions | None = None,
    ) -> RawResponse[list[T]]:
        op, args = self._prepare(operation, args)
        dr = op.date_range
        windows = dr.windows(args) if dr is not None else None
        progress = options.on_progress if options is not None else None
        if dr is None or windows is None or len(windows) <= 1:
            # rows no window filters (a window reads the decoded dicts) are decoded straight into Structs
            wire = self._wire_for(parse) if not windows else None
            exchange = await self._fetch(op, build, args, options, wire=wire)
            if progress is not None:
                progress(1, 1)
            data = (
                self._data(exchange.body)
                if dr is None
                else keep_in_window(dr, windows, self._data(exchange.body))
            )
            return RawResponse(self._rows(exchange, data, parse), (exchange,))
        limit = (options.max_concurrency if options is not None else None) or self._max_concurrency

        def window(lo: Any, hi: Any) -> Callable[[], Any]:
            async def fetch() -> Exchange:
                exchange = await self._fetch(op, build, {**args, dr.start: lo, dr.end: hi}, options)
                if not isinstance(self._data(exchange.body), list):
                    raise self._shape_error(exchange, "expected a list of rows")
                return exchange

            return fetch

        exchanges = await async_run_bounded(
            [window(lo, hi) for lo, hi in windows],
            limit,
            None if progress is None else lambda n: progress(n, len(windows)),
        )
        merged = merge_windows(dr, windows, [self._data(e.body) for e in exchanges])
        return RawResponse(self._rows(exchanges[-1], merged, parse), tuple(exchanges))

    async def one(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        parse: Parser[T],
        options: RequestOptions | None = None,
    ) -> RawResponse[T]:
        op, args = self._prepare(operation, args)
        exchange = await self._fetch(op, build, args, options)
        return RawResponse(self._one(exchange, self._data(exchange.body), parse), (exchange,))

    async def json(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]:
        op, args = self._prepare(operation, args)
        exchange = await self._fetch(op, build, args, options)
        return RawResponse(self._data(exchange.body), (exchange,))

    async def wait_for_job(
        self,
        status_operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        policy: JobPolicy,
        *,
        max_wait: float = DEFAULT_MAX_WAIT,
        on_progress: Callable[[JobState], object] | None = None,
        options: RequestOptions | None = None,
    ) -> Mapping[str, Any]:
        """Ask ``status_operation`` (with ``args``, e.g. the pipeline id) until ``policy`` says done."""

        async def check() -> Any:
            return (await self.json(status_operation, build, args, options)).parsed

        return await poll(
            check, policy, max_wait=max_wait, sleep=self._sleep, clock=self._clock, on_progress=on_progress
        )

    async def page(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        parse: Parser[T],
        options: RequestOptions | None = None,
    ) -> RawResponse[AsyncPage[T]]:
        """The first page of a list; its class follows the operation's ``x-pagination`` style."""
        op, pg, first = self._paged(operation, args)
        cls = ASYNC_PAGES[pg.style]

        async def fetch(request: PageRequest) -> AsyncPage[T]:
            exchange = await self._fetch(op, build, request.args, options, request.body)
            page: AsyncPage[T] = self._make_page(cls, pg, request, exchange, parse, fetch)
            return page

        page = await fetch(first)
        return RawResponse(page, (page._exchange,))

    async def content(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]:
        """A success answer as it came: ``bytes`` (an image), decoded JSON, or ``None`` (204 / empty)."""
        op, args = self._prepare(operation, args)
        exchange = await self._fetch(op, build, args, options)
        return RawResponse(exchange.body, (exchange,))

    async def job(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        status: StatusCall,
        retrieve: tuple[Mapping[str, Any], Builder, Parser[T]] | None,
        options: RequestOptions | None = None,
    ) -> RawResponse[AsyncJob[T]]:
        """Start a job (an ``x-job`` operation); the handle waits and retrieves (``AsyncJob``)."""
        op, args = self._prepare(operation, args)
        exchange = await self._fetch(op, build, args, options)
        job: AsyncJob[T] = self._started(AsyncJob, operation, exchange, status, retrieve)
        return RawResponse(job, (exchange,))

    def resume_job(
        self,
        operation: Mapping[str, Any],
        job_id: str,
        status: StatusCall,
        retrieve: tuple[Mapping[str, Any], Builder, Parser[T]] | None,
    ) -> AsyncJob[T]:
        """A handle on a job started elsewhere; nothing is sent until it is used."""
        job: AsyncJob[T] = self._resumed(AsyncJob, operation, job_id, status, retrieve)
        return job

    async def run_job(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        status: StatusCall,
        retrieve: tuple[Mapping[str, Any], Builder, Parser[T]] | None,
        *,
        max_wait: float | None = None,
        on_progress: Callable[[JobState], object] | None = None,
        options: RequestOptions | None = None,
    ) -> RawResponse[T]:
        """Start a job, wait for it, retrieve its result (the retrieve's HTTP answer is the raw one)."""
        if max_wait is not None:
            check_max_wait(max_wait)  # refused before the job is started
        job = (await self.job(operation, build, args, status, retrieve, options)).parsed
        await job.wait(max_wait=max_wait, on_progress=on_progress, options=options)
        raw: RawResponse[T] = await job.retrieve_raw(options)
        return raw

    async def job_pages(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        status: StatusCall,
        retrieve: tuple[Mapping[str, Any], Builder, Parser[T]],
        *,
        max_wait: float | None = None,
        on_progress: Callable[[JobState], object] | None = None,
        options: RequestOptions | None = None,
    ) -> RawResponse[AsyncPage[T]]:
        """Pages of a paged job result (``x-job.pages``): each page is a job started with the cursor of the
        page before, only when that page is asked for; ``parse`` reads one item."""
        if max_wait is not None:
            check_max_wait(max_wait)
        op, given = self._prepare(operation, args)
        pg = self._job_spec(operation).pages
        if pg is None:
            raise ConfigurationError(f"{op.operation_id}: x-job has no pages")
        cls = ASYNC_PAGES[pg.style]
        r_op, r_build, parse = retrieve
        spec = self._job_spec(operation)

        async def fetch(request: PageRequest) -> AsyncPage[T]:
            started = await self._fetch(op, build, request.args, options, request.body)
            job: AsyncJob[Any] = self._started(AsyncJob, operation, started, status, (r_op, r_build, as_is))
            await job.wait(max_wait=max_wait, on_progress=on_progress, options=options)
            exchange = (await self.json(r_op, r_build, spec.id_args(r_op, job.id, {}), options)).exchanges[-1]
            page: AsyncPage[T] = self._make_page(cls, pg, request, exchange, parse, fetch)
            return page

        page = await fetch(PageRequest(given))
        return RawResponse(page, (page._exchange,))
