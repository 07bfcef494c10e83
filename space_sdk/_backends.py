"""The few primitives whose sync and async forms are not one another with ``async``/``await`` removed.

Everything else is written once, in ``space_sdk/_async/``, and ``space_sdk/_sync/`` is generated from it
(``generator/unasync.py``: ``Async<Name>`` → ``Sync<Name>``, ``async_<name>`` → ``sync_<name>``). This module holds
both halves side by side, as httpcore's ``_synchronization.py`` does: sleeping, running several calls with a
bound on how many are in flight, and a lock (a login shared by concurrent first calls).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

__all__ = [
    "AsyncLock",
    "AsyncSleep",
    "SyncLock",
    "SyncSleep",
    "async_run_bounded",
    "async_sleep",
    "sync_run_bounded",
    "sync_sleep",
]

T = TypeVar("T")

#: the clients' injectable ``sleep=``
AsyncSleep = Callable[[float], Awaitable[Any]]
SyncSleep = Callable[[float], Any]

async_sleep: AsyncSleep = asyncio.sleep
sync_sleep: SyncSleep = time.sleep


async def async_run_bounded(
    calls: Sequence[Callable[[], Awaitable[T]]], limit: int, done: Callable[[int], object] | None = None
) -> list[T]:
    """Run ``calls`` concurrently, at most ``limit`` at once; results in the order of ``calls``.

    ``done(n)`` is told each time one finishes (n so far). The first failure cancels the others (and waits for
    them to end) before it propagates, so nothing is left running."""
    gate = asyncio.Semaphore(max(1, limit))
    finished = 0

    async def one(call: Callable[[], Awaitable[T]]) -> T:
        nonlocal finished
        async with gate:
            result = await call()
        finished += 1
        if done is not None:
            done(finished)
        return result

    tasks = [asyncio.ensure_future(one(call)) for call in calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


def sync_run_bounded(
    calls: Sequence[Callable[[], T]], limit: int, done: Callable[[int], object] | None = None
) -> list[T]:
    """Run ``calls`` one after the other (a blocking client has one request in flight)."""
    results: list[T] = []
    for call in calls:
        results.append(call())
        if done is not None:
            done(len(results))
    return results


class AsyncLock:
    """An ``asyncio.Lock`` made on first use, so a client may be built outside any running loop."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock: asyncio.Lock | None = None

    async def __aenter__(self) -> None:
        if self._lock is None:
            self._lock = asyncio.Lock()
        await self._lock.acquire()

    async def __aexit__(self, *exc: object) -> None:
        assert self._lock is not None
        self._lock.release()


class SyncLock:
    """A ``threading.Lock``: a blocking client may be shared by threads."""

    __slots__ = ("_lock",)

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
