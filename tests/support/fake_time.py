"""The tests' one clock: it moves only when slept on (sync or async), so no test waits on a real clock.

``pytest`` puts this folder on ``sys.path`` (``pythonpath`` in pyproject.toml): ``from fake_time import FakeTime``.
"""

from __future__ import annotations

import datetime


class FakeTime:
    """``sleep``/``asleep`` record the seconds and move ``now()`` on by them; nothing waits."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def now(self) -> datetime.datetime:
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(seconds=self.t)
