"""Job handles and the polling loop: refresh, wait, retrieve (the I/O half of ``space_sdk._jobs``).

A handle talks to its client only through :class:`AsyncJobEngine` (the two result shapes it needs, the
injectable sleep and clock), so this module does not import the client and the client imports it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from .._backends import AsyncSleep
from .._exceptions import APIError, JobFailedError, JobTimeoutError
from .._jobs import JobBase, ProgressHook
from .._polling import DEFAULT_MAX_WAIT, JobPolicy, JobState, read_state, schedule
from .._response import RawResponse

if TYPE_CHECKING:
    from .._options import RequestOptions

__all__ = ["AsyncJob", "AsyncJobEngine", "poll"]

T = TypeVar("T")
Builder = Callable[..., dict[str, Any]]


class AsyncJobEngine(Protocol):
    """What a job handle needs of its client."""

    _sleep: AsyncSleep
    _clock: Callable[[], float]

    async def json(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]: ...

    async def one(
        self,
        operation: Mapping[str, Any],
        build: Builder,
        args: Mapping[str, Any],
        parse: Callable[[Mapping[str, Any]], T],
        options: RequestOptions | None = None,
    ) -> RawResponse[T]: ...


async def poll(
    check: Callable[[], Any],
    policy: JobPolicy,
    *,
    sleep: AsyncSleep,
    max_wait: float = DEFAULT_MAX_WAIT,
    clock: Callable[[], float] = time.monotonic,
    on_progress: ProgressHook | None = None,
) -> Mapping[str, Any]:
    """Call ``check()`` (one status request) until the job is done, on :func:`~space_sdk._polling.schedule`'s
    timetable; return that last answer."""
    steps = schedule(policy, max_wait, clock, on_progress)
    delay = next(steps)
    try:
        while True:
            if delay:
                await sleep(delay)
            delay = steps.send(await check())
    except StopIteration as stop:
        result: Mapping[str, Any] = stop.value
        return result


class AsyncJob(JobBase[T]):
    """A started job. ``str(job)`` is its id; ``wait()``, ``retrieve()``, ``result()`` talk to the API."""

    __slots__ = ()

    def _engine(self) -> AsyncJobEngine:
        engine: AsyncJobEngine = self._bound()
        return engine

    async def refresh(self, options: RequestOptions | None = None) -> JobState:
        """Ask for the job's status once; updates ``status``, ``next_try``, ``progress``."""
        op, build = self._status_call
        body = (await self._engine().json(op, build, self._status_args(), options)).parsed
        state = read_state(self._spec.policy, body, 0.0, 1)
        self._note(body)
        return state

    async def wait(
        self,
        *,
        max_wait: float | None = None,
        on_progress: ProgressHook | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncJob[T]:
        """Wait until the job is done (first check at once, then as the server says); returns the job.

        Raises :class:`~space_sdk.JobFailedError` (with the retrieve's error when the API has one) or
        :class:`~space_sdk.JobTimeoutError` before sleeping past ``max_wait`` seconds (default 15 min)."""
        engine = self._engine()
        op, build = self._status_call
        args = self._status_args()

        async def check() -> Any:
            body = (await engine.json(op, build, args, options)).parsed
            self._note(body)
            return body

        try:
            await poll(
                check,
                self._spec.policy,
                max_wait=DEFAULT_MAX_WAIT if max_wait is None else max_wait,
                sleep=engine._sleep,
                clock=engine._clock,
                on_progress=on_progress,
            )
        except JobTimeoutError as exc:
            raise self._timeout(exc) from None
        except JobFailedError as exc:
            cause: APIError | None = None
            if self._retrieve is not None:
                try:
                    await self.retrieve(options)
                except APIError as error:
                    cause = error
            raise self._failed(exc, cause) from None
        return self

    async def retrieve(self, options: RequestOptions | None = None) -> T:
        """The job's result (a retrieve call; without one, the last status answer). A job that failed
        raises :class:`~space_sdk.JobFailedError`; one not done yet, the API's own error."""
        raw = await self.retrieve_raw(options)
        result: T = raw.parsed
        return result

    async def retrieve_raw(self, options: RequestOptions | None = None) -> RawResponse[T]:
        """:meth:`retrieve` with the HTTP answer (:class:`~space_sdk.RawResponse`)."""
        engine = self._engine()
        if self._retrieve is None:
            if self.body is None:
                await self.refresh(options)
            # no retrieve call: the last status answer is the result (the facade types it as T)
            return RawResponse(cast("T", self.body), ())
        op, build, parse = self._retrieve
        raw: RawResponse[T] = await engine.one(op, build, self._retrieve_args(), parse, options)
        return raw

    async def result(
        self,
        *,
        max_wait: float | None = None,
        on_progress: ProgressHook | None = None,
        options: RequestOptions | None = None,
    ) -> T:
        """:meth:`wait`, then :meth:`retrieve`."""
        await self.wait(max_wait=max_wait, on_progress=on_progress, options=options)
        return await self.retrieve(options)
