"""Fixtures for the command line: the spec-driven mock served on 127.0.0.1 (ephemeral ports) behind a
middleware that records requests and can add an ``X-Mock-Fault`` header to every request (so the CLI, which
sends no such header, meets documented errors); the in-process runner; a real-subprocess runner."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from space_sdk.cli._app import cli
from space_sdk.contract.mock.__main__ import drop_connection_on_reset
from space_sdk.contract.mock.app import ASGIApp, create_app
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import SPEC_DIR

TOKEN = "mock-token"
SPACES_PATH = "/api/v1"
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "space-sdk"  # the [project.scripts] entry point of this venv


@dataclass
class Faulty:
    """ASGI middleware: records request paths; ``fault`` (if set) is sent as X-Mock-Fault on each request."""

    app: ASGIApp
    fault: str | None = None
    paths: list[str] = field(default_factory=list)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.paths.append(scope["path"])
            if self.fault:
                scope = {**scope, "headers": [*scope["headers"], (b"x-mock-fault", self.fault.encode())]}
        await self.app(scope, receive, send)


@dataclass
class Served:
    base_url: str
    mock: Faulty


def _serve(name: str) -> Iterator[Served]:
    app = Faulty(create_app(SPEC_DIR / f"{name}.yaml", test_mode=True, tokens=[TOKEN]))
    with ServedMock(drop_connection_on_reset(app)) as root:  # type: ignore[arg-type]
        yield Served(root + (SPACES_PATH if name == "spaces" else ""), app)


@pytest.fixture(scope="session")
def _spacescope() -> Iterator[Served]:
    yield from _serve("spacescope")


@pytest.fixture(scope="session")
def _spaces() -> Iterator[Served]:
    yield from _serve("spaces")


@pytest.fixture
def spacescope(_spacescope: Served) -> Iterator[Served]:
    _spacescope.mock.paths.clear()
    _spacescope.mock.fault = None
    yield _spacescope
    _spacescope.mock.fault = None


@pytest.fixture
def spaces(_spaces: Served) -> Iterator[Served]:
    _spaces.mock.paths.clear()
    _spaces.mock.fault = None
    yield _spaces
    _spaces.mock.fault = None


@pytest.fixture(autouse=True)
def _no_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests say which token they use; none comes from the developer's environment.
    for name in ("SPACESCOPE_TOKEN", "SPACES_TOKEN", "SPACE_SDK_DEBUG"):
        monkeypatch.delenv(name, raising=False)


def invoke(args: Sequence[str], **kwargs: Any) -> Result:
    """Run the CLI in-process (click's runner: separate stdout and stderr, exit code)."""
    return CliRunner().invoke(cli, list(args), prog_name="space-sdk", **kwargs)


def run(
    args: Sequence[str], *, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``space-sdk`` script as a real process."""
    full_env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    full_env.update(env or {})
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, env=full_env, timeout=60, check=False, **kwargs
    )


@pytest.fixture
def unused_port() -> int:
    """A 127.0.0.1 port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
