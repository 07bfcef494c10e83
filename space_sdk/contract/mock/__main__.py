"""`python -m space_sdk.contract.mock`: serve every API's mock with uvicorn on 127.0.0.1.

One port per API, each API at the root so the docs' curl examples work with only the host changed:
MOCK_PORT (default 4010) for the first API in generator/apis.toml order, MOCK_PORT+1 for the next, ...
`--combined` instead serves all APIs on MOCK_PORT under `/<api>/` prefixes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys

import uvicorn

from space_sdk.contract.apis import api_specs
from space_sdk.contract.mock.app import ASGIApp, Receive, Scope, Send, create_app, create_combined_app
from space_sdk.contract.mock.faults import MockConnectionReset


def drop_connection_on_reset(app: ASGIApp) -> ASGIApp:
    """Turn `MockConnectionReset` into a dropped socket without any response (uvicorn's h11 protocol).

    uvicorn hides the transport, but `send` is a bound method of its request cycle, which holds it.
    """

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await app(scope, receive, send)
        except MockConnectionReset:
            cycle = getattr(send, "__self__", None)
            transport = getattr(cycle, "transport", None)
            if transport is None:
                raise
            transport.abort()
            cycle.disconnected = True  # type: ignore[union-attr]

    return wrapped


def _server(app: ASGIApp, port: int) -> uvicorn.Server:
    config = uvicorn.Config(
        drop_connection_on_reset(app),
        host="127.0.0.1",
        port=port,
        http="h11",
        lifespan="off",
        log_level="warning",
        access_log=False,
    )
    return uvicorn.Server(config)


async def _serve(servers: list[uvicorn.Server]) -> None:
    await asyncio.gather(*(server.serve() for server in servers))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m space_sdk.contract.mock", description=__doc__)
    parser.add_argument(
        "--combined", action="store_true", help="all APIs on MOCK_PORT under /<api>/ prefixes"
    )
    parser.add_argument("--api", action="append", help="serve only this API (repeatable)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("MOCK_PORT", "4010")))
    parser.add_argument(
        "--test-mode", action="store_true", help="enable X-Mock-Fault (also MOCK_TEST_MODE=1)"
    )
    args = parser.parse_args(argv)
    specs = api_specs()
    if args.api:
        specs = {name: specs[name] for name in args.api}
    servers: list[uvicorn.Server] = []
    if args.combined:
        servers.append(_server(create_combined_app(specs.values(), test_mode=args.test_mode), args.port))
        print(f"mock: {', '.join(specs)} on http://127.0.0.1:{args.port}/<api>/", file=sys.stderr)
    else:
        for offset, (name, path) in enumerate(specs.items()):
            app = create_app(path, test_mode=args.test_mode)
            port = args.port + offset
            servers.append(_server(app, port))
            print(f"mock: {name} on http://127.0.0.1:{port}{app.base_path}", file=sys.stderr)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(servers))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
