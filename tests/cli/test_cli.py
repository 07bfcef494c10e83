"""The command line in-process (click's runner) against the mock served on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

from space_sdk._registry import api_names, get_api
from space_sdk.cli import _app

from .conftest import TOKEN, Served, invoke

YEAR = ["--start-date", "2022-01-01", "--end-date", "2022-12-31"]
CAPACITY = ["call", "spacescope", "power.network_storage_capacity"]


def _auth(served: Served) -> list[str]:
    return ["--base-url", served.base_url, "--token", TOKEN]


def _raw_rows(served: Served, start: str, end: str) -> list[dict[str, Any]]:
    """The mock's rows fetched with plain httpx (json keeps big integers exact), for comparison."""
    with httpx.Client(base_url=served.base_url, headers={"authorization": f"Bearer {TOKEN}"}) as http:
        body = http.get("/v2/power/network_storage_capacity", params={"start_date": start, "end_date": end})
    rows: list[dict[str, Any]] = body.json()["data"]
    return rows


# -- apis / ops ----------------------------------------------------------------------------------------------


def test_apis_lists_every_registered_api_with_its_operation_count() -> None:
    result = invoke(["apis", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["api"] for row in rows] == api_names()
    for row in rows:
        entry = get_api(row["api"])
        assert entry is not None
        assert row["operations"] == len(entry.operations) > 0
        assert row["token"] == f"${entry.token_variable}"
        assert row["base_url"].startswith("https://")


def test_ops_lists_every_operation_from_the_spec_as_csv() -> None:
    result = invoke(["ops", "spacescope", "-f", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    entry = get_api("spacescope")
    assert entry is not None
    assert len(rows) == len(entry.operations) == 47
    by_method = {row["method"]: row for row in rows}
    capacity = by_method["power.network_storage_capacity"]
    assert (capacity["http"], capacity["path"]) == ("GET", "/v2/power/network_storage_capacity")
    assert capacity["summary"] == "Network Storage Capacity"


def test_ops_refuses_an_unknown_api_with_exit_2() -> None:
    result = invoke(["ops", "nope"])
    assert result.exit_code == 2
    assert "'nope' is not one of 'spacescope', 'spaces'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- help ------------------------------------------------------------------------------------------------------


def test_operation_help_lists_spec_parameters_with_types_bounds_and_descriptions() -> None:
    result = invoke(["call", "spacescope", "deals.deal_snapshot", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "--page-size INTEGER RANGE" in text
    assert "1<=x<=1000; required" in text
    assert "Number of rows per page (required)" in text
    assert "At least one of --deal-id, --piece-cid, --client-id" in text
    capacity = " ".join(invoke([*CAPACITY, "--help"]).stdout.split())
    assert "--start-date YYYY-MM-DD" in capacity
    assert "longer than 31 days is fetched in windows" in capacity
    assert "$SPACESCOPE_TOKEN" in capacity


def test_api_help_lists_operations_with_their_summaries() -> None:
    result = invoke(["call", "spaces", "--help"])
    assert result.exit_code == 0
    assert "customers.list" in result.stdout
    assert "List all customers" in result.stdout


# -- call: formats ------------------------------------------------------------------------------------------------


def test_year_as_csv_has_365_rows_with_exact_big_integers(spacescope: Served) -> None:
    result = invoke([*CAPACITY, *YEAR, "--format", "csv", *_auth(spacescope)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 365
    days = [row["stat_date"][:10] for row in rows]
    assert days == sorted(set(days))
    assert days[0] == "2022-01-01"
    assert days[-1] == "2022-12-31"
    # 12 windows of at most 31 days, not one request per day and not one oversized request
    assert len(spacescope.mock.paths) == 12
    raw = {r["stat_date"][:10]: r for r in _raw_rows(spacescope, "2022-07-01", "2022-07-01")}
    july = next(row for row in rows if row["stat_date"].startswith("2022-07-01"))
    assert int(july["total_qa_bytes_power"]) == raw["2022-07-01"]["total_qa_bytes_power"] > 2**64
    assert result.stderr == ""  # no progress on a non-terminal stderr unless asked


def test_json_keeps_big_integers_exact(spacescope: Served) -> None:
    result = invoke([*CAPACITY, "--start-date", "2022-07-01", "--end-date", "2022-07-03", *_auth(spacescope)])
    assert result.exit_code == 0, result.stderr  # stdout is not a terminal: JSON by default
    rows = json.loads(result.stdout)
    raw = _raw_rows(spacescope, "2022-07-01", "2022-07-03")
    assert [r["total_raw_bytes_power"] for r in rows] == [r["total_raw_bytes_power"] for r in raw]
    assert all(isinstance(r["total_raw_bytes_power"], int) for r in rows)
    assert str(raw[0]["total_raw_bytes_power"]) in result.stdout  # every digit, no float rounding


def test_jsonl_streams_every_page_of_a_list(spaces: Served) -> None:
    result = invoke(["call", "spaces", "customers.list", "--page-size", "100", "-f", "jsonl", *_auth(spaces)])
    assert result.exit_code == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [f"cus_{i:04d}" for i in range(1, 251)]
    assert len(spaces.mock.paths) == 3  # pages of 100, 100, 50


def test_limit_is_the_number_of_rows_returned_and_page_size_is_separate(spaces: Served) -> None:
    # --limit N: N rows, and no page is fetched past them; the spec's own page-size parameter is --page-size
    result = invoke(["call", "spaces", "customers.list", "--limit", "5", "-f", "jsonl", *_auth(spaces)])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        f"cus_{i:04d}" for i in range(1, 6)
    ]
    assert len(spaces.mock.paths) == 1
    result = invoke(
        [
            "call",
            "spaces",
            "customers.list",
            "--limit",
            "150",
            "--page-size",
            "100",
            "-f",
            "jsonl",
            *_auth(spaces),
        ]
    )
    assert len(result.stdout.splitlines()) == 150
    assert len(spaces.mock.paths) == 3  # 1 earlier + pages of 100 and 100: the third page is never asked for
    helped = invoke(["call", "spaces", "customers.list", "--help"])
    assert "--page-size" in helped.stdout
    assert "Return at most N rows" in helped.stdout


def test_csv_flattens_nested_objects_into_dotted_columns(spaces: Served) -> None:
    result = invoke(["call", "spaces", "customers.list", "--page-size", "2", "-f", "csv", *_auth(spaces)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 250
    assert {"space.id", "space.object", "space.url"} <= set(rows[0])
    assert rows[0]["space.object"] == "space"
    assert int(rows[0]["space.id"]) >= 1


def test_one_object_is_a_json_object_and_a_table(spaces: Served) -> None:
    args = ["call", "spaces", "customers.retrieve", "--customer-id", "cus_0007", *_auth(spaces)]
    as_json = invoke(args)
    assert as_json.exit_code == 0, as_json.stderr
    assert json.loads(as_json.stdout)["id"] == "cus_0007"
    table = invoke([*args, "--format", "table"])
    assert table.exit_code == 0
    assert "cus_0007" in table.stdout
    assert "space.id" in table.stdout


def test_table_shows_every_digit(spacescope: Served) -> None:
    result = invoke(
        [
            *CAPACITY,
            "--start-date",
            "2022-07-01",
            "--end-date",
            "2022-07-01",
            "-f",
            "table",
            *_auth(spacescope),
        ]
    )
    assert result.exit_code == 0, result.stderr
    raw = _raw_rows(spacescope, "2022-07-01", "2022-07-01")[0]
    assert str(raw["baseline_power"]) in result.stdout
    assert "total_qa_bytes_power" in result.stdout


def test_output_file_format_follows_its_suffix(spacescope: Served, tmp_path: Path) -> None:
    target = tmp_path / "capacity.csv"
    result = invoke([*CAPACITY, *YEAR, "-o", str(target), *_auth(spacescope)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "365 rows written" in result.stderr
    assert len(list(csv.DictReader(target.open(encoding="utf-8")))) == 365
    assert sorted(p.name for p in tmp_path.iterdir()) == ["capacity.csv"]


def test_request_body_as_json_text_and_file(spaces: Served, tmp_path: Path) -> None:
    body = {"event": "customer.created", "target_url": "https://example.com/hook"}
    args = ["call", "spaces", "resource_subscriptions.create", *_auth(spaces)]
    inline = invoke([*args, "--body", json.dumps(body)])
    assert inline.exit_code == 0, inline.stderr
    assert json.loads(inline.stdout)["target_url"] == body["target_url"]
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    from_file = invoke([*args, "--body", f"@{path}"])
    assert from_file.exit_code == 0, from_file.stderr
    assert json.loads(from_file.stdout)["event"] == "customer.created"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"event": "nope", "target_url": "https://x"}', "does not match ResourceSubscriptionCreate"),
        ("[1, 2]", "must be a JSON object"),
        ("@/nonexistent/body.json", "cannot read /nonexistent/body.json"),
    ],
)
def test_bad_request_body_is_a_usage_error_before_sending(spaces: Served, body: str, message: str) -> None:
    result = invoke(["call", "spaces", "resource_subscriptions.create", "--body", body, *_auth(spaces)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert spaces.mock.paths == []


# -- call: errors -----------------------------------------------------------------------------------------------


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("space-sdk: error: ")
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--start-date", "2022-13-01"], "'--start-date': '2022-13-01' is not a date (YYYY-MM-DD)"),
        (["--start-date", "2022-02-01", "--end-date", "2022-01-01"], "--end-date: must be on or after"),
    ],
)
def test_bad_parameter_exits_2_naming_the_option_and_sends_nothing(
    spacescope: Served, args: list[str], expected: str
) -> None:
    result = invoke([*CAPACITY, *args, *_auth(spacescope)])
    assert result.exit_code == 2
    assert expected in _one_error_line(result.stderr)
    assert spacescope.mock.paths == []
    assert result.stdout == ""


def test_spec_rules_checked_by_the_sdk_name_the_option(spacescope: Served) -> None:
    pattern = invoke(["call", "spacescope", "storage_provider.power", "--miner-id", "x", *_auth(spacescope)])
    assert pattern.exit_code == 2
    assert "bad value for --miner-id: must match the pattern ^f0[0-9]+$, got 'x'" in pattern.stderr
    bounds = invoke(["call", "spacescope", "deals.deal_snapshot", "--page-size", "0", *_auth(spacescope)])
    assert bounds.exit_code == 2
    assert "0 is not in the range 1<=x<=1000" in _one_error_line(bounds.stderr)
    group = invoke(["call", "spacescope", "deals.deal_snapshot", "--page-size", "5", *_auth(spacescope)])
    assert group.exit_code == 2
    assert "--deal-id | --piece-cid" in group.stderr
    assert "at least one of these filters" in group.stderr
    assert spacescope.mock.paths == []


def test_missing_token_names_the_variable(spacescope: Served) -> None:
    result = invoke([*CAPACITY, "--base-url", spacescope.base_url])
    assert result.exit_code == 3
    assert "missing token: set SPACESCOPE_TOKEN or pass --token" in _one_error_line(result.stderr)
    with_env = invoke([*CAPACITY, "--base-url", spacescope.base_url], env={"SPACESCOPE_TOKEN": TOKEN})
    assert with_env.exit_code == 0, with_env.stderr


def test_api_error_is_one_line_with_code_and_request_id(spacescope: Served) -> None:
    spacescope.mock.fault = "code:30001"
    result = invoke([*CAPACITY, *_auth(spacescope)])
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert "PermissionDeniedError" in line
    assert "code=30001" in line
    assert "request_id=" in line
    assert result.stdout == ""


def test_rejected_token_never_shows_in_any_output(spacescope: Served) -> None:
    secret = "secret-token-4f1c"
    result = invoke([*CAPACITY, "--base-url", spacescope.base_url, "--token", secret])
    assert result.exit_code == 1
    assert "AuthenticationError" in _one_error_line(result.stderr)
    assert secret not in result.stderr + result.stdout
    debug = invoke(["--debug", *CAPACITY, "--base-url", spacescope.base_url, "--token", secret])
    assert "Traceback" in debug.stderr  # --debug: the traceback and the request log ...
    assert secret not in debug.stderr + debug.stdout  # ... still without the token


def test_plain_http_to_a_remote_host_is_a_configuration_error() -> None:
    result = invoke([*CAPACITY, "--base-url", "http://example.com", "--token", TOKEN])
    assert result.exit_code == 3
    assert "refusing plain http:// to example.com" in _one_error_line(result.stderr)


def test_connection_refused_is_exit_1(unused_port: int) -> None:
    result = invoke(
        [*CAPACITY, "--base-url", f"http://127.0.0.1:{unused_port}", "--token", TOKEN, "--max-retries", "0"]
    )
    assert result.exit_code == 1
    assert "APIConnectionError" in _one_error_line(result.stderr)


def test_unknown_api_and_operation_suggest_close_names() -> None:
    api = invoke(["call", "spacescop", "x"])
    assert api.exit_code == 2
    assert "unknown API 'spacescop'; did you mean spacescope" in _one_error_line(api.stderr)
    op = invoke(["call", "spaces", "customer.list"])
    assert op.exit_code == 2
    assert "did you mean customers.list" in _one_error_line(op.stderr)


def test_unknown_option_is_a_usage_error() -> None:
    result = invoke([*CAPACITY, "--start", "2022-01-01"])
    assert result.exit_code == 2
    assert "No such option '--start'. Did you mean '--start-date'?" in _one_error_line(result.stderr)


# -- atomic output -----------------------------------------------------------------------------------------------


def test_failed_call_leaves_no_output_file(spacescope: Served, tmp_path: Path) -> None:
    spacescope.mock.fault = "code:30002"
    target = tmp_path / "out.csv"
    result = invoke([*CAPACITY, *YEAR, "-o", str(target), *_auth(spacescope)])
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_interrupt_between_pages_keeps_the_old_file_and_removes_the_partial_one(
    spaces: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from space_sdk._sync import pages as _pagination

    target = tmp_path / "customers.jsonl"
    target.write_text("old\n", encoding="utf-8")
    original = _pagination.SyncPage.get_next_page
    seen: list[int] = []

    def interrupted(self: Any) -> Any:
        seen.append(1)
        if len(seen) == 2:  # the first page is already written to the temporary file by now
            raise KeyboardInterrupt
        return original(self)

    monkeypatch.setattr(_pagination.SyncPage, "get_next_page", interrupted)
    result = invoke(
        ["call", "spaces", "customers.list", "--page-size", "10", "-o", str(target), *_auth(spaces)]
    )
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["customers.jsonl"]


# -- progress ------------------------------------------------------------------------------------------------


def test_forced_progress_goes_to_stderr_and_stdout_stays_data(spaces: Served) -> None:
    result = invoke(
        ["call", "spaces", "customers.list", "--page-size", "100", "-f", "json", "--progress", *_auth(spaces)]
    )
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 250


# -- contract / mock / diff ----------------------------------------------------------------------------------


def test_contract_runs_the_suite_and_prints_a_summary_table(tmp_path: Path) -> None:
    junit = tmp_path / "all.xml"
    result = invoke(
        [
            "contract", "--api", "spaces", "--max-examples", "3", "--phases", "examples", "--jobs", "1",
            "--reports-dir", str(tmp_path / "reports"), "--junit", str(junit),
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "failures by check" in result.stdout
    assert "spaces" in result.stdout
    assert "14" in result.stdout  # operations
    assert (tmp_path / "reports" / "contract-spaces.xml").exists()
    assert '<testsuite name="contract-spaces"' in junit.read_text(encoding="utf-8")


def test_contract_exits_1_on_failures_and_counts_them_by_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from space_sdk.contract import runner

    def failing(specs: dict[str, Path], options: Any, **kwargs: Any) -> list[runner.ApiResult]:
        result = runner.ApiResult(api=next(iter(specs)))
        result.get("GET /x").failures += [
            "[documented_error_code] Undocumented\nx",
            "[request_id_present] No id\ny",
        ]
        result.get("GET /y").failures += ["[documented_error_code] Undocumented\nz"]
        return [result]

    monkeypatch.setattr(runner, "run_all", failing)
    result = invoke(["contract", "--api", "spaces"])
    assert result.exit_code == 1
    text = " ".join(result.stdout.split())
    assert "documented_error_code 2, request_id_present 1" in text
    assert "FAILED: spaces" in result.stderr


def test_contract_against_a_url_needs_one_api_and_its_token() -> None:
    usage = invoke(["contract", "--base-url", "https://api.spacescope.io"])
    assert usage.exit_code == 2
    assert "give exactly one --api" in usage.stderr
    token = invoke(["contract", "--api", "spacescope", "--base-url", "https://api.spacescope.io"])
    assert token.exit_code == 3
    assert "set SPACESCOPE_TOKEN" in _one_error_line(token.stderr)
    unknown = invoke(["contract", "--api", "nope"])
    assert unknown.exit_code == 2
    assert "unknown API nope" in unknown.stderr


def test_mock_refuses_an_unknown_api() -> None:
    result = invoke(["mock", "--api", "nope"])
    assert result.exit_code == 2
    assert "unknown API nope" in _one_error_line(result.stderr)


def test_diff_hands_over_to_the_change_report(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    calls: list[list[str]] = []

    def main(argv: list[str] | None = None) -> int:
        calls.append(list(argv or []))
        print("1 breaking change")
        return 1

    monkeypatch.setitem(sys.modules, "generator.diff", types.SimpleNamespace(main=main))
    result = invoke(["diff", "old.yaml", "new.yaml", "--format", "markdown"])
    assert result.exit_code == 1
    assert calls == [["old.yaml", "new.yaml", "--format", "markdown"]]
    assert "1 breaking change" in result.stdout


def test_diff_says_when_the_change_report_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "generator.diff", None)  # import fails
    result = invoke(["diff", "old.yaml", "new.yaml"])
    assert result.exit_code == 3
    assert "'space-sdk diff' runs in a space-sdk checkout" in _one_error_line(result.stderr)


# -- completion ------------------------------------------------------------------------------------------------


def test_shell_completion_offers_apis_and_operations() -> None:
    def complete(words: str, cword: int) -> str:
        env = {"_SPACE_SDK_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
        return invoke([], env=env).stdout

    assert "spacescope" in complete("space-sdk call spa", 2)
    assert "power.network_storage_capacity" in complete("space-sdk call spacescope power.net", 3)
    assert "--start-date" in complete("space-sdk call spacescope power.network_storage_capacity --st", 4)


def test_version_and_root_help() -> None:
    assert invoke(["--version"]).exit_code == 0
    result = invoke(["--help"])
    assert result.exit_code == 0
    for command in ("apis", "ops", "call", "contract", "mock", "diff"):
        assert command in result.stdout
    assert _app.PROG == "space-sdk"


# -- API-neutral: every operation of every registered API ---------------------------------------------------


def test_every_operation_of_every_api_has_a_command_with_one_option_per_parameter() -> None:
    from space_sdk.cli._call import OperationCommand

    count = 0
    for name in api_names():
        entry = get_api(name)
        assert entry is not None
        for op in entry.operations.values():
            command = OperationCommand(entry, op)
            flags = {opt for param in command.params for opt in getattr(param, "opts", [])}
            for p in op["params"]:
                assert command.option_for(p["python_name"]) in flags
            assert "--format" in flags
            assert "--token" in flags
            text = invoke(["call", name, command.sdk_method, "--help"])
            assert text.exit_code == 0, text.stderr
            assert (op.get("summary") or command.sdk_method) in " ".join(text.stdout.split())
            count += 1
    assert count == sum(len(e.operations) for e in (get_api(n) for n in api_names()) if e is not None)


def test_progress_hooks_are_fed_windows_and_pages(
    spacescope: Served, spaces: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    from space_sdk.cli import _call
    from space_sdk.cli._progress import Progress

    calls: list[tuple[str, int, int]] = []

    class Recording(Progress):
        def windows(self, done: int, total: int) -> None:
            calls.append(("windows", done, total))

        def page(self, pages: int, rows: int) -> None:
            calls.append(("page", pages, rows))

    monkeypatch.setattr(_call, "Progress", Recording)
    assert invoke([*CAPACITY, *YEAR, "-f", "csv", *_auth(spacescope)]).exit_code == 0
    assert calls == [("windows", n, 12) for n in range(1, 13)]
    calls.clear()
    assert invoke(["call", "spaces", "customers.list", "--page-size", "100", *_auth(spaces)]).exit_code == 0
    assert calls == [("page", 1, 100), ("page", 2, 200), ("page", 3, 250)]


def test_server_variables_become_choice_options() -> None:
    import click

    from space_sdk.cli._call import server_options

    api = {
        "servers": [
            {
                "url": "https://cp-{region}.example.com",
                "variables": {
                    "region": {"default": "par1", "enum": ["par1", "ams1"], "description": "Region."}
                },
            }
        ]
    }
    (option,) = server_options(api)
    assert option.opts == ["--server-region"]
    assert option.name == "server__region"
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == ["par1", "ams1"]
    assert "Default: par1" in (option.help or "")
    assert server_options({"servers": ["https://plain.example.com"]}) == []


def test_a_scaleway_action_waits_for_its_task_and_prints_it() -> None:
    """servers.run_action (the x-job's one-call node) waits for the task and prints the Task, like SpaceKnow's
    jobs; servers.action prints the handle to resume, like imagery.search.initiate."""
    from space_sdk.contract.mock.app import create_app as make_app
    from space_sdk.contract.runner import ServedMock as Served
    from space_sdk.spec import SPEC_DIR as SPECS

    app = make_app(SPECS / "scaleway.yaml", tokens=["mock-token"])
    with Served(app) as root:
        server = ["--server-id", "22a5c380-0a27-4a55-8f91-bedf427f6b6a", "--body", '{"action": "poweroff"}']
        options = ["--base-url", root, "--token", "mock-token", "--format", "json", "--no-progress"]
        result = invoke(["call", "scaleway", "servers.run_action", *server, *options])
        handle = invoke(
            ["call", "scaleway", "servers.action", *server[:2], '--body={"action": "poweron"}', *options]
        )
    assert handle.exit_code == 0, handle.stderr
    assert isinstance(json.loads(handle.stdout), str)
    assert result.exit_code == 0, result.stderr
    task = json.loads(result.stdout)
    assert (task["description"], task["status"]) == ("server_poweroff", "success")
