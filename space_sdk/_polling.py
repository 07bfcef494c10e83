"""Waiting for an asynchronous job: ask for its status until it is done, failed, or out of time.

API-neutral: what a status answer looks like is a :class:`JobPolicy`, built from an operation's ``x-job``
data (``openapi/README.md``). SpaceKnow's pipelines are the first user::

    x-job: {status_field: status, done: [RESOLVED], failed: [FAILED], next_try_field: nextTry,
            progress_field: progress}

The schedule is one I/O-free generator (:func:`schedule`) driven by one loop, ``poll`` in
``space_sdk/_async/jobs.py`` (and its generated sync twin), so both flavours wait the same way: the first check at once, then the server's ``nextTry``
seconds when it gives one (kept within ``MIN_POLL_DELAY``..``MAX_POLL_DELAY``), else backoff from 1 s
doubling to 30 s. A status in ``failed`` raises :class:`~space_sdk.JobFailedError`; a wait that would go past
``max_wait`` raises :class:`~space_sdk.JobTimeoutError` instead of sleeping. Errors of the status call itself
(network, 5xx after retries, auth) propagate unchanged: they are already the SDK's own. The clients' ``_send``
uses the same pattern (one decision generator, one driver written once) for the attempt/retry loop.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from ._exceptions import JobFailedError, JobTimeoutError, ParameterError, ResponseValidationError

__all__ = [
    "DEFAULT_MAX_WAIT",
    "MAX_POLL_DELAY",
    "MIN_POLL_DELAY",
    "JobPolicy",
    "JobState",
    "check_max_wait",
    "hint_seconds",
    "lookup",
    "read_state",
    "schedule",
]

#: how long :func:`poll` waits in all unless told otherwise (``max_wait``) (imagery pipelines take minutes)
DEFAULT_MAX_WAIT = 15 * 60.0
#: bounds on a server-suggested wait: never hammer, never sleep longer than this between checks
MIN_POLL_DELAY = 1.0
MAX_POLL_DELAY = 60.0
_BACKOFF_FIRST, _BACKOFF_MAX = 1.0, 30.0


@dataclass(frozen=True, slots=True)
class JobPolicy:
    """How to read a status answer (an operation's ``x-job``)."""

    done: frozenset[str]
    failed: frozenset[str]
    status_field: str = "status"
    #: the statuses that mean "not yet" (``x-job.pending``); empty = any status that is neither done nor failed
    pending: frozenset[str] = frozenset()
    next_try_field: str | None = None
    progress_field: str | None = None

    @classmethod
    def from_spec(cls, data: Mapping[str, Any]) -> JobPolicy:
        """From ``x-job``: field names (``status_field``...) or JSON pointers into the answer
        (``status_pointer: /task/status``, ``next_try: /nextTry``, ``progress: /progress``)."""
        done, failed = frozenset(data.get("done", ())), frozenset(data.get("failed", ()))
        pending = frozenset(data.get("pending", ()))
        if not done:
            raise ValueError("x-job: 'done' must list at least one status")
        if done & failed:
            raise ValueError(f"x-job: statuses both done and failed: {sorted(done & failed)}")
        if pending & (done | failed):
            raise ValueError(f"x-job: statuses both pending and final: {sorted(pending & (done | failed))}")
        return cls(
            done=done,
            failed=failed,
            pending=pending,
            status_field=data.get("status_pointer") or data.get("status_field", "status"),
            next_try_field=data.get("next_try") or data.get("next_try_field"),
            progress_field=data.get("progress") or data.get("progress_field"),
        )


class JobState(NamedTuple):
    """One status answer, read through the policy; passed to ``on_progress`` after every check."""

    status: str
    next_try: float | None  # seconds the server suggests waiting, if it said
    progress: Any  # the answer's progress field as sent (SpaceKnow: an object, formerly a string)
    elapsed: float  # seconds since the first check
    checks: int  # status answers read so far, this one included
    body: Mapping[str, Any]


def lookup(body: Any, where: str | None) -> Any:
    """``body[where]``, or the value at a JSON pointer (``/task/status``); ``None`` when absent."""
    if where is None:
        return None
    if not where.startswith("/"):
        return body.get(where) if isinstance(body, Mapping) else None
    node = body
    for part in where[1:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def read_state(policy: JobPolicy, body: Any, elapsed: float, checks: int) -> JobState:
    """The state in a status answer; :class:`ResponseValidationError` if it has no readable status."""
    status = lookup(body, policy.status_field)
    if not isinstance(status, str):
        raise ResponseValidationError(
            f"a job status answer has no string {policy.status_field!r}",
            body=body,
        )
    if policy.pending and status not in policy.pending | policy.done | policy.failed:
        known = sorted(policy.pending | policy.done | policy.failed)
        raise ResponseValidationError(
            f"the job status {status!r} is none of the documented ones ({', '.join(known)})",
            body=body,
        )
    next_try = hint_seconds(lookup(body, policy.next_try_field))
    progress = lookup(body, policy.progress_field)
    return JobState(status, next_try, progress, elapsed, checks, body)


def hint_seconds(raw: Any) -> float | None:
    """A server's wait hint (``nextTry``) as seconds, or ``None`` when it is not a usable number.

    Valid JSON can hold numbers no float can (``1e999`` decodes to infinity, a 400-digit integer does not
    convert at all) or a wait no one would sleep (negative); those are treated as absent, so the wait
    falls back to its own backoff. A large finite hint is kept here and bounded by :func:`next_delay`."""
    if not isinstance(raw, int | float) or isinstance(raw, bool):
        return None
    try:
        seconds = float(raw)
    except OverflowError:  # an int past the float range
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def check_max_wait(max_wait: object) -> float:
    """``max_wait`` as given by the user: a positive number of seconds, else :class:`ParameterError`."""
    if (
        isinstance(max_wait, bool) or not isinstance(max_wait, int | float) or not max_wait > 0  # NaN too
    ):
        raise ParameterError("max_wait", "must be a positive number of seconds", max_wait)
    try:
        return float(max_wait)
    except OverflowError:  # a whole number past the float range: no limit in practice
        return math.inf


def next_delay(state: JobState) -> float:
    """Seconds to wait before the next check."""
    if state.next_try is not None:
        return min(max(state.next_try, MIN_POLL_DELAY), MAX_POLL_DELAY)
    return min(_BACKOFF_FIRST * 2.0 ** (state.checks - 1), _BACKOFF_MAX)


def schedule(
    policy: JobPolicy,
    max_wait: float,
    clock: Callable[[], float],
    on_progress: Callable[[JobState], object] | None,
) -> Generator[float, Any, Mapping[str, Any]]:
    """Yields how long to sleep before each check and is sent each answer; returns the final answer."""
    max_wait = check_max_wait(max_wait)
    started = clock()
    checks = 0
    body = yield 0.0
    while True:
        checks += 1
        state = read_state(policy, body, clock() - started, checks)
        if on_progress is not None:
            on_progress(state)
        if state.status in policy.done:
            return state.body
        if state.status in policy.failed:
            raise JobFailedError(
                f"the job ended as {state.status!r} after {checks} status check(s)",
                status=state.status,
                body=state.body,
            )
        delay = next_delay(state)
        if state.elapsed + delay > max_wait:
            raise JobTimeoutError(
                f"the job is still {state.status!r} after {state.elapsed:.0f} s and {checks} status check(s); "
                f"the next check would pass max_wait={max_wait:g} s",
                status=state.status,
                body=state.body,
            )
        body = yield delay
