"""Exit codes and the one-line error the command line prints for each kind of failure.

| code | meaning |
|---|---|
| 0 | success (also when the reader of stdout closed it early, as ``| head`` does) |
| 1 | the API or the network failed (any :class:`~space_sdk.APIError`), the contract suite found failures |
| 2 | bad usage: unknown command or option, a parameter value the spec does not allow (nothing was sent) |
| 3 | configuration: no token, a refused base URL, a missing extra or toolchain |
| 130 | interrupted (Ctrl-C); no partial ``--output`` file is left |
"""

from __future__ import annotations

__all__ = [
    "EXIT_CONFIG",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CLIError",
    "StdoutClosed",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_INTERRUPTED = 130


class CLIError(Exception):
    """A failure the command line reports as one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class StdoutClosed(Exception):
    """The reader of stdout went away (``| head``): stop quietly. Not an ``OSError``, so click does not
    turn it into its own exit status."""
