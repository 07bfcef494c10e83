"""A command-line session against the spec-driven mock (part of `make demo`).

Each API's mock is served on 127.0.0.1 on an ephemeral port; every step runs the installed ``space-sdk``
script as a user would, with only ``--base-url`` and the mock's token changed, and prints what it printed.
"""

from __future__ import annotations

import csv
import shlex
import subprocess
import sys
import time
from pathlib import Path

from space_sdk.contract.mock.app import create_app
from space_sdk.contract.runner import ServedMock

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "space-sdk"
TOKEN = "mock-token"  # the mock's documented default (MOCK_TOKENS)
OUTPUT = ROOT / "reports" / "network-storage-capacity-2022.csv"


def step(*args: str, shell_tail: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``space-sdk ARGS [| shell_tail]``, echoing the command and its output."""
    shown = "space-sdk " + shlex.join(args) + (f" | {shell_tail}" if shell_tail else "")
    print(f"$ {shown}", flush=True)
    command = shlex.join([str(SCRIPT), *args]) + (f" | {shell_tail}" if shell_tail else "")
    started = time.perf_counter()
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    for line in (result.stdout + result.stderr).splitlines():
        print(f"  {line}")
    print(f"  [exit {result.returncode}, {elapsed:.2f} s]", flush=True)
    return result


def main() -> None:
    spacescope_spec = ROOT / "openapi" / "spacescope.yaml"
    spaces_spec = ROOT / "openapi" / "spaces.yaml"
    with ServedMock(create_app(spacescope_spec)) as spacescope, ServedMock(create_app(spaces_spec)) as spaces:
        step("apis", "--format", "table")
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        year = step(
            "call", "spacescope", "power.network_storage_capacity",
            "--start-date", "2022-01-01", "--end-date", "2022-12-31",
            "--base-url", spacescope, "--token", TOKEN, "--output", str(OUTPUT),
        )  # fmt: skip
        if year.returncode != 0:
            raise SystemExit("the year-long CSV failed")
        with OUTPUT.open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        print(f"  {OUTPUT.relative_to(ROOT)}: header + {len(rows) - 1} rows; first: {rows[1]}")
        step(
            "call", "spaces", "customers.list", "--page-size", "100", "--format", "csv",
            "--base-url", spaces + "/api/v1", "--token", TOKEN, shell_tail="head -n 3",
        )  # fmt: skip
        refused = step(
            "call", "spacescope", "storage_provider.power", "--miner-id", "110804",
            "--base-url", spacescope, "--token", TOKEN,
        )  # fmt: skip
        if refused.returncode != 2:
            raise SystemExit("a bad parameter should exit 2")


if __name__ == "__main__":
    main()
