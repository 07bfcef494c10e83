"""Per-call options: ``options=RequestOptions(timeout=5, max_retries=0)`` on any method."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["ProgressCallback", "RequestOptions"]

#: called as ``on_progress(done, total)`` after each window of a split date range (and once for one window)
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Overrides for one call; ``None`` keeps the client's setting.

    ``timeout`` seconds or an ``httpx.Timeout``; ``max_retries`` retries after the first try;
    ``on_progress`` sees each finished window of a long date range; ``max_concurrency`` bounds how many
    windows the async clients fetch at once.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    on_progress: ProgressCallback | None = None
    max_concurrency: int | None = None

    def __post_init__(self) -> None:
        from ._exceptions import ParameterError

        if self.max_retries is not None and self.max_retries < 0:
            raise ParameterError("options.max_retries", "must be 0 or more", self.max_retries)
        if self.max_concurrency is not None and self.max_concurrency < 1:
            raise ParameterError("options.max_concurrency", "must be 1 or more", self.max_concurrency)
