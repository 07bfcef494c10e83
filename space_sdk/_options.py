"""Per-call options: ``timeout=``, ``max_retries=``, ``extra_headers=``, ``extra_query=`` on any method, or
``options=RequestOptions(...)`` (which also carries ``on_progress`` and ``max_concurrency``)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import httpx

__all__ = ["ProgressCallback", "QueryValue", "RequestOptions", "check_timeout", "merge_options"]

#: called as ``on_progress(done, total)`` after each window of a split date range (and once for one window)
ProgressCallback = Callable[[int, int], None]
#: a value of ``extra_query``: sent as given (``str()`` of a number; booleans as ``true``/``false``)
QueryValue = str | int | float | bool


def check_timeout(value: object, name: str = "timeout") -> float | httpx.Timeout:
    """``value`` if it is a usable timeout: seconds (a number > 0) or an ``httpx.Timeout`` whose set parts are
    all > 0. ``0``, a negative number, ``"5"`` or ``True`` raise :class:`~space_sdk.ConfigurationError`
    (``0`` would make every request fail at once as a connection error)."""
    from ._exceptions import ConfigurationError

    if isinstance(value, httpx.Timeout):
        parts = {"connect": value.connect, "read": value.read, "write": value.write, "pool": value.pool}
        for part, seconds in parts.items():
            if seconds is not None and not (seconds > 0 and math.isfinite(seconds)):
                raise ConfigurationError(
                    f"{name}: httpx.Timeout {part}={seconds!r} must be more than 0 seconds"
                )
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"{name} must be a number of seconds (more than 0) or an httpx.Timeout, got {value!r}"
        )
    if not (value > 0 and math.isfinite(value)):
        raise ConfigurationError(f"{name} must be more than 0 seconds, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Overrides for one call; ``None`` keeps the client's setting.

    ``timeout`` seconds or an ``httpx.Timeout``; ``max_retries`` retries after the first try;
    ``extra_headers`` / ``extra_query`` are added to every request of the call (they win over the SDK's own
    headers, never over authentication); ``on_progress`` sees each finished window of a long date range;
    ``max_concurrency`` bounds how many windows the async clients fetch at once.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    on_progress: ProgressCallback | None = None
    max_concurrency: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, QueryValue] | None = None

    def __post_init__(self) -> None:
        from ._exceptions import ConfigurationError, ParameterError

        if self.timeout is not None:
            check_timeout(self.timeout, "options.timeout")
        if self.max_retries is not None and (
            isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int)
        ):
            raise ConfigurationError(f"options.max_retries must be an integer, got {self.max_retries!r}")
        if self.max_retries is not None and self.max_retries < 0:
            raise ParameterError("options.max_retries", "must be 0 or more", self.max_retries)
        if self.max_concurrency is not None and self.max_concurrency < 1:
            raise ParameterError("options.max_concurrency", "must be 1 or more", self.max_concurrency)
        for name, extra in (("extra_headers", self.extra_headers), ("extra_query", self.extra_query)):
            if extra is not None and not isinstance(extra, Mapping):
                raise ConfigurationError(f"options.{name} must be a mapping, got {extra!r}")


def merge_options(
    options: RequestOptions | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, QueryValue] | None,
) -> RequestOptions:
    """``options`` with the per-call keyword arguments of a generated method applied over it."""
    given = {
        key: value
        for key, value in (
            ("timeout", timeout),
            ("max_retries", max_retries),
            ("extra_headers", extra_headers),
            ("extra_query", extra_query),
        )
        if value is not None
    }
    return RequestOptions(**given) if options is None else replace(options, **given)  # type: ignore[arg-type]
