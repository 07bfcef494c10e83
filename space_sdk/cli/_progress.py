"""Progress of long work, on stderr only (stdout carries nothing but the data).

One :class:`Progress` per command; the SDK's hooks feed it: ``windows`` is a
:class:`~space_sdk.RequestOptions` ``on_progress`` (windows of a long date range), ``page`` is called by the
command for each page of a list, ``job`` is an ``on_progress`` for job polling (``wait_for_job``: status and
the job's own progress message). Shown only when stderr is a terminal, or when ``--progress`` forces it.
"""

from __future__ import annotations

from types import TracebackType
from typing import IO, Any

__all__ = ["Progress"]


class Progress:
    """A rich progress bar on ``stream`` (stderr), or nothing at all when disabled."""

    def __init__(self, label: str, *, enabled: bool, stream: IO[str] | None = None) -> None:
        self.label = label
        self.enabled = enabled
        self._stream = stream
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import Progress as RichProgress

            console = Console(file=self._stream, stderr=self._stream is None)
            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=None)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """End the progress line (it is cleared: transient), e.g. before a table is printed on the terminal."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _update(self, **fields: Any) -> None:
        if self._bar is not None:
            self._bar.update(self._task, **fields)

    def windows(self, done: int, total: int) -> None:
        """``RequestOptions.on_progress``: ``done`` of ``total`` windows of a date range fetched."""
        self._update(description=f"{self.label}: windows", completed=done, total=total)

    def page(self, pages: int, rows: int) -> None:
        """Another page of a list arrived (the number of pages is not known in advance)."""
        self._update(description=f"{self.label}: page {pages}, {rows} rows", completed=pages, total=None)

    def job(self, state: Any) -> None:
        """``wait_for_job(on_progress=...)``: a job's status (a :class:`~space_sdk.JobState`)."""
        message = f"{self.label}: job {state.status}"
        if state.progress not in (None, "", {}):
            message += f" ({state.progress})"
        self._update(description=message, completed=state.checks, total=None)

    @property
    def description(self) -> str:
        """The line shown now (for tests)."""
        if self._bar is None:
            return ""
        return str(self._bar.tasks[0].description)
