"""The ``space-sdk`` command line (the ``cli`` extra: ``pip install 'space-sdk[cli]'``).

``main`` is the ``[project.scripts]`` entry point; the commands are in :mod:`space_sdk.cli._app`. Importing
this package needs nothing beyond the SDK, so a missing extra is reported as one line, not a traceback.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

#: what the command line needs beyond the SDK (the ``cli`` extra in pyproject.toml)
REQUIRED = ("click", "rich")


def main() -> None:
    """Run ``space-sdk`` with ``sys.argv``; exits with the command's exit code."""
    import importlib

    for name in REQUIRED:
        try:
            importlib.import_module(name)
        except ImportError:
            sys.stderr.write(
                f"space-sdk: error: the command line needs the 'cli' extra ({name} is not installed): "
                "pip install 'space-sdk[cli]'\n"
            )
            raise SystemExit(3) from None
    from ._app import cli, install_signal_handlers

    install_signal_handlers()
    cli.main(prog_name="space-sdk")
