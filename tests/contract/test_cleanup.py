"""Leave nothing behind: what a run creates is deleted at its end (also when it is interrupted), destructive
calls never reach the spec's example ids, and --read-only runs only what cannot change anything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import space_sdk.contract.runner as runner_module
from space_sdk.contract.cleanup import MISSING, Janitor, delete_links, documented_values, evaluate
from space_sdk.contract.mock.app import MockApp, create_app
from space_sdk.contract.runner import RunOptions, ServedMock, read_only_ids, run_api
from space_sdk.spec import SPEC_DIR, load_spec

SCALEWAY = SPEC_DIR / "scaleway.yaml"
#: the collections the Done-when names
WATCHED = ("/servers", "/volumes", "/images", "/snapshots", "/ips")


def _stored(app: MockApp) -> dict[str, set[str]]:
    assert app.store is not None
    return {path: set(app.store.data.get(path, {})) for path in WATCHED}


def test_every_create_links_to_its_delete_and_every_delete_back_to_its_get() -> None:
    spec = load_spec(SCALEWAY)
    links = delete_links(spec)
    creates = [op for op in spec.operations if op.method == "post" and op.label in links]
    assert {link.delete.path for op in creates for link in links[op.label]} >= {
        "/servers/{server_id}",
        "/volumes/{volume_id}",
        "/images/{image_id}",
        "/snapshots/{snapshot_id}",
        "/ips/{ip_id}",
    }
    for op in spec.operations:
        if op.method == "delete":
            gets = [
                link.get("operationId")
                for link in ((op.raw.get("responses") or {}).get("204") or {}).get("links", {}).values()
            ]
            assert any(spec.operation(str(g)).path == op.path for g in gets), op.label


def test_a_run_against_a_base_url_leaves_the_mock_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCALEWAY_TOKEN", "mock-token")
    app = create_app(SCALEWAY)
    before = _stored(app)
    options = RunOptions(max_examples=3, stateful_examples=25, reports_dir=tmp_path, quiet=True)
    with ServedMock(app) as root:
        result = run_api(SCALEWAY, options, base_url=root)
    assert result.created > 0
    assert result.deleted == result.created
    assert result.undeleted == []
    assert _stored(app) == before  # the same ids: the seeded (documented) items were never deleted
    assert f"created {result.created} / deleted {result.deleted}" in result.summary()


def test_an_interrupted_run_still_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(SCALEWAY)
    before = _stored(app)
    seen = {"creates": 0}
    record = runner_module._record

    def interrupt_after_creates(result: Any, event: Any, *args: Any) -> None:
        record(result, event, *args)
        janitor = args[-1]
        if janitor is not None and janitor.created >= 3:
            seen["creates"] = janitor.created
            raise KeyboardInterrupt

    monkeypatch.setattr(runner_module, "_record", interrupt_after_creates)
    options = RunOptions(max_examples=10, reports_dir=tmp_path, quiet=True, phases=("examples", "fuzzing"))
    with pytest.raises(KeyboardInterrupt):
        run_api(SCALEWAY, options, app=app)
    assert seen["creates"] >= 3
    assert _stored(app) == before


def test_what_could_not_be_deleted_is_named() -> None:
    janitor = Janitor(load_spec(SCALEWAY))
    janitor.observe(
        label="POST /volumes",
        method="post",
        path={},
        query={},
        headers={},
        request_body={},
        status=201,
        content=b'{"volume": {"id": "v-1", "server": null}}',
        response_headers={},
    )
    assert janitor.created == 1
    janitor.clean(lambda op, params: 409)
    assert janitor.undeleted == ["DELETE /volumes/v-1 (made by POST /volumes): HTTP 409"]
    assert janitor.deleted == 0


def test_embedded_items_of_a_create_are_deleted_after_it() -> None:
    janitor = Janitor(load_spec(SCALEWAY))
    body = b'{"server": {"id": "s-1", "volumes": {"0": {"id": "v-0", "name": "root"}}}}'
    janitor.observe(
        label="POST /servers",
        method="post",
        path={},
        query={},
        headers={},
        request_body={},
        status=201,
        content=body,
        response_headers={},
    )
    sent: list[str] = []
    janitor.clean(lambda op, params: sent.append(op.path.format(**params)) or 204)  # type: ignore[func-returns-value]
    assert sent == ["/servers/s-1", "/volumes/v-0"]
    assert janitor.deleted == janitor.created == 2


def test_runtime_expressions() -> None:
    kwargs: dict[str, Any] = {
        "path": {"group_id": "g"},
        "query": {},
        "headers": {},
        "request_body": None,
        "response_body": {"rule": {"id": "r"}},
        "response_headers": {"location": "/x"},
    }
    assert evaluate("$response.body#/rule/id", **kwargs) == "r"
    assert evaluate("$request.path.group_id", **kwargs) == "g"
    assert evaluate("$response.header.Location", **kwargs) == "/x"
    assert evaluate("$response.body#/nope", **kwargs) is MISSING


def test_destructive_calls_never_reach_example_ids() -> None:
    spec = load_spec(SCALEWAY)
    janitor = Janitor(spec)
    example_id = next(v for v in documented_values(spec.document) if v.count("-") == 4)

    class Case:
        class operation:  # stands in for schemathesis APIOperation
            method = "DELETE"
            label = "DELETE /servers/{server_id}"

        id = "c1"
        path_parameters: dict[str, str] = {"server_id": example_id}  # noqa: RUF012

    case = Case()
    janitor.before_call(None, case, {})
    assert case.path_parameters["server_id"] != example_id
    assert janitor.redirected == 1


def test_read_only_runs_only_what_cannot_change_anything(tmp_path: Path) -> None:
    path = SPEC_DIR / "spaceknow.yaml"
    spec = load_spec(path)
    allowed = set(read_only_ids(spec))
    assert {op.operation_id for op in spec.operations if op.method == "post"} & allowed  # x-read-only POSTs
    options = RunOptions(max_examples=3, reports_dir=tmp_path, read_only=True, quiet=True)
    result = run_api(path, options, app=create_app(path))
    ran = {label for label, op in result.operations.items() if op.cases}
    labels = {op.label for op in spec.operations if op.operation_id in allowed}
    assert ran
    assert ran <= labels
    assert result.stateful_scenarios == 0


def test_rate_limit_goes_to_schemathesis() -> None:
    spec = load_spec(SCALEWAY)
    config = runner_module.build_config(spec, RunOptions(rate_limit="5/s"), {}, None)
    assert config.projects.get_default().rate_limit is not None


def test_a_refused_delete_is_retried_after_the_spec_s_action() -> None:
    # x-refuse-when (a server that is not stopped) → the x-state-transitions action reaching `stopped`,
    # followed through its x-job task, then the delete again
    janitor = Janitor(load_spec(SCALEWAY))
    janitor.observe(
        label="POST /servers",
        method="post",
        path={},
        query={},
        headers={},
        request_body={},
        status=201,
        content=b'{"server": {"id": "s-1", "volumes": {}}}',
        response_headers={},
    )
    state = {"stopped": False, "reads": 0}
    calls: list[str] = []

    def send(op: Any, params: dict[str, str]) -> int:
        calls.append(f"DELETE {params}")
        return 204 if state["stopped"] else 409

    def call(op: Any, params: dict[str, str], body: Any) -> tuple[int, Any]:
        calls.append(f"{op.operation_id} {body}")
        if op.operation_id == "run_server_action":
            return 202, {"task": {"id": "t-1", "status": "pending"}}
        state["reads"] += 1
        done = state["reads"] >= 2
        state["stopped"] = done
        return 200, {"task": {"id": "t-1", "status": "success" if done else "started"}}

    janitor.clean(send, call, sleep=lambda seconds: pytest.fail("waited on a real clock"))
    assert calls == [
        "DELETE {'server_id': 's-1'}",
        "run_server_action {'action': 'poweroff'}",
        "get_task None",
        "get_task None",
        "DELETE {'server_id': 's-1'}",
    ]
    assert janitor.undeleted == []
    assert janitor.deleted == 1
