"""A short typed-client session against the spec-driven mock (what `make demo` ends with).

The mock for each API is served on 127.0.0.1 on an ephemeral port; the clients are used exactly as against
the real APIs, with only ``base_url`` and the mock's token changed.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from urllib.parse import urlsplit

from space_sdk import ParameterError, RequestOptions, Spaces, Spacescope
from space_sdk.contract.mock.app import create_app
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import load_document

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "mock-token"  # the mock's documented default (MOCK_TOKENS)


def _server_path(spec: Path) -> str:
    servers = load_document(spec).get("servers") or [{}]
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def spacescope_session(base_url: str) -> None:
    windows: list[str] = []
    options = RequestOptions(on_progress=lambda done, total: windows.append(f"{done}/{total}"))
    with Spacescope(TOKEN, base_url=base_url) as api:
        print(f"{api!r}")
        rows = api.power.network_storage_capacity(
            start_date=datetime.date(2022, 7, 1), end_date=datetime.date(2022, 12, 31), options=options
        )
        print(
            f"power.network_storage_capacity 2022-07-01..2022-12-31: {len(rows)} rows "
            f"({type(rows[0]).__name__}), fetched in windows {', '.join(windows)}"
        )
        for row in rows[:3]:
            print(
                f"  {row.stat_date:%Y-%m-%d}  qa={row.total_qa_bytes_power!r}  raw={row.total_raw_bytes_power!r}"
            )
        power = api.storage_provider.power(miner_id="f0110804", state_date=datetime.date(2022, 7, 1))
        print(f"storage_provider.power f0110804: {power[0]!r}")
        try:
            api.power.network_storage_capacity(
                start_date=datetime.date(2022, 7, 2), end_date=datetime.date(2022, 7, 1)
            )
        except ParameterError as exc:
            print(f"refused before sending: {exc}")


def spaces_session(base_url: str) -> None:
    with Spaces(TOKEN, base_url=base_url) as api:
        print(f"{api!r}")
        customers = list(api.customers.list(limit=100))
        ids = [c.id for c in customers]
        print(
            f"customers.list: {len(customers)} customers over pages of 100, unique: {len(set(ids)) == len(ids)}"
        )
        first = api.customers.retrieve(customer_id=ids[0])
        print(f"customers.retrieve({ids[0]!r}): {type(first).__name__} email={first.email!r}")


def main() -> None:
    spacescope = ROOT / "openapi" / "spacescope.yaml"
    spaces = ROOT / "openapi" / "spaces.yaml"
    with ServedMock(create_app(spacescope)) as root:
        spacescope_session(root + _server_path(spacescope))
    with ServedMock(create_app(spaces)) as root:
        spaces_session(root + _server_path(spaces))


if __name__ == "__main__":
    main()
