"""The installed ``space-sdk`` script as a real process: against the mock on 127.0.0.1, through a real pipe,
interrupted by a signal, and without the ``cli`` extra."""

from __future__ import annotations

import csv
import io
import json
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from space_sdk._registry import api_names

from .conftest import ROOT, SCRIPT, TOKEN, Served, run

CAPACITY = ["call", "spacescope", "power.network_storage_capacity"]


def test_the_entry_point_is_installed() -> None:
    assert SCRIPT.exists(), "pip install -e '.[dev]' (make install) creates the space-sdk script"
    result = run(["--help"])
    assert result.returncode == 0
    assert "Usage: space-sdk" in result.stdout


def test_year_long_csv_from_the_issue(spacescope: Served) -> None:
    result = run(
        [
            *CAPACITY,
            "--start-date",
            "2022-01-01",
            "--end-date",
            "2022-12-31",
            "--format",
            "csv",
            "--base-url",
            spacescope.base_url,
            "--token",
            TOKEN,
        ]
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["stat_date", "total_qa_bytes_power", "total_raw_bytes_power", "baseline_power"]
    assert len(rows) == 366  # header + 365 days
    assert result.stderr == ""


def test_every_format_and_the_listing_commands(spacescope: Served) -> None:
    common = ["--start-date", "2022-07-01", "--end-date", "2022-07-02", "--base-url", spacescope.base_url]
    env = {"SPACESCOPE_TOKEN": TOKEN}  # the token from its variable this time
    outputs = {
        fmt: run([*CAPACITY, *common, "-f", fmt], env=env) for fmt in ("json", "jsonl", "csv", "table")
    }
    assert all(r.returncode == 0 for r in outputs.values()), {f: r.stderr for f, r in outputs.items()}
    as_json = json.loads(outputs["json"].stdout)
    as_jsonl = [json.loads(line) for line in outputs["jsonl"].stdout.splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(outputs["csv"].stdout)))
    assert as_json == as_jsonl
    assert [int(r["total_qa_bytes_power"]) for r in as_csv] == [r["total_qa_bytes_power"] for r in as_json]
    assert str(as_json[0]["baseline_power"]) in outputs["table"].stdout
    apis = run(["apis", "-f", "json"])
    assert [a["api"] for a in json.loads(apis.stdout)] == api_names()
    ops = run(["ops", "spaces", "-f", "jsonl"])
    assert len(ops.stdout.splitlines()) == 14


def test_errors_are_one_line_with_their_exit_codes(spacescope: Served) -> None:
    url = ["--base-url", spacescope.base_url]
    bad = run([*CAPACITY, "--start-date", "yesterday", *url, "--token", TOKEN])
    missing = run([*CAPACITY, *url])
    spacescope.mock.fault = "code:30003"
    api_error = run([*CAPACITY, *url, "--token", TOKEN, "--max-retries", "0"])
    for result, code, text in [
        (bad, 2, "'yesterday' is not a date"),
        (missing, 3, "set SPACESCOPE_TOKEN"),
        (api_error, 1, "ServerError: Spacescope API internal server error."),
    ]:
        assert result.returncode == code, result.stderr
        assert result.stderr.count("\n") == 1
        assert text in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""


def test_pipe_closed_early_stops_quietly(spacescope: Served) -> None:
    # 8 years of rows (~500 KB) outgrow the pipe's buffer, so writing fails once `head` has gone.
    script = (
        "set -o pipefail; "
        f"'{SCRIPT}' call spacescope power.network_storage_capacity --start-date 2015-01-01 "
        f"--end-date 2022-12-31 -f jsonl --base-url {spacescope.base_url} --token {TOKEN} | head -n 1"
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stat_date"].startswith("2015-01-01")
    assert result.stderr == ""  # no BrokenPipeError, no "Exception ignored"


@pytest.fixture
def silent_server() -> Iterator[tuple[str, threading.Event]]:
    """A server on 127.0.0.1 that accepts connections and never answers (a call stuck in flight)."""
    server = socket.create_server(("127.0.0.1", 0))
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)
            connected.set()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", connected
    server.close()
    for conn in held:
        conn.close()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_signal_stops_cleanly_without_a_partial_output_file(
    silent_server: tuple[str, threading.Event], tmp_path: Path, signum: int
) -> None:
    url, connected = silent_server
    target = tmp_path / "year.csv"
    process = subprocess.Popen(
        [str(SCRIPT), *CAPACITY, "--base-url", url, "--token", TOKEN, "-o", str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert connected.wait(20), "the CLI never connected"
        time.sleep(0.2)  # the request is now in flight and the temporary file exists
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []


def test_without_the_cli_extra_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['rich'] = None; sys.argv = ['space-sdk', '--help']; "
        "from space_sdk.cli import main; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 3
    assert result.stderr.strip() == (
        "space-sdk: error: the command line needs the 'cli' extra (rich is not installed): "
        "pip install 'space-sdk[cli]'"
    )


def test_mock_command_serves_what_call_reads(unused_port: int) -> None:
    mock = subprocess.Popen(
        [str(SCRIPT), "mock", "--api", "spacescope", "--port", str(unused_port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", unused_port), timeout=1).close()
                break
            except OSError:
                assert mock.poll() is None, "the mock exited"
                assert time.monotonic() < deadline, "the mock did not start"
                time.sleep(0.05)
        result = run(
            [
                *CAPACITY,
                "--start-date",
                "2022-07-01",
                "--end-date",
                "2022-07-03",
                "-f",
                "jsonl",
                "--base-url",
                f"http://127.0.0.1:{unused_port}",
                "--token",
                TOKEN,
            ]
        )
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 3
    finally:
        mock.send_signal(signal.SIGINT)
        _, stderr = mock.communicate(timeout=20)
    assert mock.returncode == 0
    assert f"mock: spacescope on http://127.0.0.1:{unused_port}" in stderr


def test_contract_command_as_a_process(tmp_path: Path) -> None:
    result = run(
        [
            "contract",
            "--api",
            "spaces",
            "--max-examples",
            "2",
            "--phases",
            "examples",
            "--jobs",
            "1",
            "--reports-dir",
            str(tmp_path),
        ]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "spaces" in result.stdout
    assert "failures by check" in result.stdout
    assert (tmp_path / "contract-spaces.xml").exists()


def test_diff_reports_a_removed_operation_as_breaking(tmp_path: Path) -> None:
    import yaml

    spec = ROOT / "openapi" / "spaces.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    del document["paths"]["/webhooks"]
    changed = tmp_path / "spaces.yaml"
    changed.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    same = run(["diff", str(spec), str(spec), "--no-sdk"])
    assert same.returncode == 0, same.stderr
    assert "No changes." in same.stdout
    removed = run(["diff", str(spec), str(changed), "--no-sdk", "--format", "json"])
    assert removed.returncode == 1, removed.stderr
    assert "/webhooks" in removed.stdout
