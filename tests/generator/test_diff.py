"""The change report, spec side: each kind of change on a tiny spec pair, judged with the right severity.

No generation here (fast): ``compare`` works on parsed documents; the CLI tests pass ``--no-sdk``.
The griffe side is tests/generator/test_diff_sdk.py.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from diff_specs import SPACESCOPE, op, param, row, spacescope, tiny, write

from generator.diff import main
from generator.diff.compare import compare, match_renames
from generator.diff.load import SpecInputError, load_spec
from generator.diff.model import Change, Report

Mutation = Callable[[dict[str, Any]], None]


def changes_for(mutate: Mutation, base: Callable[[], dict[str, Any]] = tiny) -> list[Change]:
    old, new = base(), base()
    mutate(new)
    return compare(old, new)


def kinds(changes: list[Change]) -> set[tuple[str, str]]:
    return {(c.severity, c.kind) for c in changes}


def _move_same_method(s: dict[str, Any]) -> None:
    s["paths"]["/v2/rows"] = s["paths"].pop("/v1/rows")


def _move_and_rename(s: dict[str, Any]) -> None:
    s["paths"]["/v2/rows"] = s["paths"].pop("/v1/rows")
    op(s, "/v2/rows")["x-sdk-method"] = "records.list"


def _add_operation(s: dict[str, Any]) -> None:
    s["paths"]["/v1/sizes"] = {"get": {**op(s), "operationId": "sizes", "x-sdk-method": "rows.sizes"}}


def _rename_param(s: dict[str, Any]) -> None:
    param(s, "limit")["name"] = "limits"


def _add_param(required: bool) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        op(s)["parameters"].append(
            {"name": "kind", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return mutate


def _set(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        target = getter(s)
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value

    return mutate


def _schema_of(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda s: param(s, name)["schema"]


def _field(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda s: row(s)["properties"][name]


def _error_row(code: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def get(s: dict[str, Any]) -> dict[str, Any]:
        found: dict[str, Any] = next(r for r in s["x-errors"]["table"] if r["code"] == code)
        return found

    return get


def _drop_field(name: str) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        del row(s)["properties"][name]
        row(s)["required"] = [r for r in row(s)["required"] if r != name]

    return mutate


def _rename_field(s: dict[str, Any]) -> None:
    row(s)["properties"]["baseline_power"] = row(s)["properties"].pop("new_baseline_power")


def _with_body(s: dict[str, Any]) -> None:
    op(s)["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
            }
        },
    }


# (id, mutation, expected (severity, kind)) -- each one fact changed on the tiny spec
CASES: list[tuple[str, Mutation, tuple[str, str]]] = [
    ("operation added", _add_operation, ("non-breaking", "operation-added")),
    ("operation removed", lambda s: s["paths"].pop("/v1/rows/{row_id}"), ("breaking", "operation-removed")),
    ("moved, same method", _move_same_method, ("non-breaking", "operation-moved")),
    ("moved, method renamed", _move_and_rename, ("breaking", "operation-moved")),
    ("method renamed", _set(op, "x-sdk-method", "rows.all"), ("breaking", "method-renamed")),
    ("operationId changed", _set(op, "operationId", "rows_list"), ("non-breaking", "operation-id-changed")),
    ("deprecated", _set(op, "deprecated", True), ("info", "operation-deprecated")),
    ("optional parameter added", _add_param(False), ("non-breaking", "parameter-added")),
    ("required parameter added", _add_param(True), ("breaking", "parameter-added")),
    (
        "parameter removed",
        lambda s: op(s).update(parameters=[p for p in op(s)["parameters"] if p["name"] != "state"]),
        ("breaking", "parameter-removed"),
    ),
    ("parameter renamed", _rename_param, ("breaking", "parameter-renamed")),
    (
        "parameter made required",
        _set(lambda s: param(s, "limit"), "required", True),
        ("breaking", "parameter-required"),
    ),
    ("request type narrowed", _set(_schema_of("limit"), "type", "string"), ("breaking", "type-changed")),
    (
        "request type widened",
        _set(_schema_of("limit"), "type", ["integer", "null"]),
        ("non-breaking", "type-changed"),
    ),
    (
        "format changes the Python type",
        _set(_schema_of("start_date"), "format", "date-time"),
        ("breaking", "format-changed"),
    ),
    (
        "request enum value dropped",
        _set(_schema_of("state"), "enum", ["active"]),
        ("breaking", "enum-changed"),
    ),
    (
        "request enum value added",
        _set(_schema_of("state"), "enum", ["active", "closed", "x"]),
        ("non-breaking", "enum-changed"),
    ),
    (
        "request default changed",
        _set(_schema_of("limit"), "default", 10),
        ("non-breaking", "default-changed"),
    ),
    ("request maximum lowered", _set(_schema_of("limit"), "maximum", 50), ("breaking", "bound-changed")),
    ("request maximum raised", _set(_schema_of("limit"), "maximum", 500), ("non-breaking", "bound-changed")),
    ("request pattern added", _set(_schema_of("state"), "pattern", "^a"), ("breaking", "bound-changed")),
    (
        "response enum value added",
        _set(_field("status"), "enum", ["ok", "late", "lost"]),
        ("breaking", "enum-changed"),
    ),
    ("response enum value dropped", _set(_field("status"), "enum", ["ok"]), ("info", "enum-changed")),
    ("response minimum dropped", _set(_field("size"), "minimum", None), ("breaking", "bound-changed")),
    ("response maximum added", _set(_field("size"), "maximum", 10), ("info", "bound-changed")),
    (
        "response field added",
        _set(lambda s: row(s)["properties"], "extra", {"type": "string"}),
        ("non-breaking", "field-added"),
    ),
    ("response field removed", _drop_field("note"), ("breaking", "field-removed")),
    ("response field renamed", _rename_field, ("breaking", "field-renamed")),
    ("response field retyped", _set(_field("size"), "type", "string"), ("breaking", "type-changed")),
    ("response type widened", _set(_field("size"), "type", "number"), ("breaking", "type-changed")),
    ("response type narrowed", _set(_field("note"), "type", "string"), ("non-breaking", "type-changed")),
    ("response field made optional", _set(row, "required", ["id", "status"]), ("breaking", "field-optional")),
    (
        "response field made required",
        _set(row, "required", ["id", "size", "status", "note"]),
        ("non-breaking", "field-required"),
    ),
    ("request body added, required", _with_body, ("breaking", "body-added")),
    (
        "security scheme changed",
        _set(lambda s: s["components"]["securitySchemes"], "bearerAuth", {"type": "http", "scheme": "basic"}),
        ("breaking", "security-scheme-changed"),
    ),
    ("operation needs no token", _set(op, "security", [{}]), ("non-breaking", "security-relaxed")),
    (
        "server removed",
        _set(lambda s: s, "servers", [{"url": "https://other.example"}]),
        ("breaking", "server-removed"),
    ),
    (
        "server added",
        _set(lambda s: s, "servers", [{"url": "https://tiny.example"}, {"url": "https://eu.tiny.example"}]),
        ("info", "server-added"),
    ),
    (
        "error code added",
        lambda s: s["x-errors"]["table"].append(
            {"code": 30004, "http_status": 200, "kind": "data_not_ready"}
        ),
        ("non-breaking", "error-added"),
    ),
    (
        "error code changes class",
        _set(_error_row(30001), "kind", "server"),
        ("breaking", "error-class-changed"),
    ),
    (
        "error code now retried",
        _set(_error_row(30001), "retryable", True),
        ("non-breaking", "error-retry-changed"),
    ),
    (
        "date range added",
        _set(op, "x-date-range", {"start": "start_date", "end": "start_date", "unit": "day", "max_days": 31}),
        ("non-breaking", "date-range-added"),
    ),
    (
        "pagination added",
        _set(op, "x-pagination", {"style": "page", "page_param": "limit", "size_param": "limit"}),
        ("breaking", "pagination-changed"),
    ),
    (
        "require-any-of added",
        _set(op, "x-require-any-of", ["state", "limit"]),
        ("breaking", "require-any-of-changed"),
    ),
    (
        "job added",
        _set(op, "x-job", {"status_field": "status", "done": ["ok"]}),
        ("non-breaking", "job-changed"),
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_kind_of_change_is_found_with_its_severity(mutate: Mutation, expected: tuple[str, str]) -> None:
    found = changes_for(mutate)
    assert expected in kinds(found), [c.message for c in found]
    # the change names the operation or nothing (global changes), and says something
    for change in found:
        assert change.message
        assert change.operation in {None, "list_rows", "get_row", "sizes", "rows_list"}


@pytest.mark.parametrize(("required", "severity"), [(True, "breaking"), (False, "non-breaking")])
def test_request_body_field_added(required: bool, severity: str) -> None:
    old, new = tiny(), tiny()
    _with_body(old)
    _with_body(new)
    body = op(new)["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["tag"] = {"type": "string"}
    if required:
        body["required"].append("tag")
    assert kinds(compare(old, new)) == {(severity, "field-added")}


def test_an_unchanged_spec_reports_nothing() -> None:
    assert compare(tiny(), tiny()) == []
    assert compare(spacescope(), spacescope()) == []


def test_a_purely_additive_change_is_not_breaking() -> None:
    def additive(s: dict[str, Any]) -> None:
        _add_param(False)(s)
        _add_operation(s)
        row(s)["properties"]["extra"] = {"type": "string"}

    found = changes_for(additive)
    assert kinds(found) == {
        ("non-breaking", "parameter-added"),
        ("non-breaking", "operation-added"),
        ("non-breaking", "field-added"),
    }
    report = Report("tiny", "a", "b", None, None, found, sdk_compared=False)
    assert report.bump == "minor"
    assert not report.breaking


def test_a_shared_schema_change_is_reported_per_operation_using_it() -> None:
    found = changes_for(_drop_field("note"))
    assert sorted(c.operation or "" for c in found if c.kind == "field-removed") == ["get_row", "list_rows"]


def test_a_rename_is_one_change_not_a_removal_and_an_addition() -> None:
    found = changes_for(_rename_field)
    assert [c.kind for c in found if c.operation == "list_rows"] == ["field-renamed"]
    assert "`new_baseline_power` of `Row` is renamed `baseline_power`" in found[0].message
    found = changes_for(_rename_param)
    assert [c.kind for c in found] == ["parameter-renamed"]


def test_rename_heuristic_needs_a_similar_name() -> None:
    same = lambda a, b: True  # noqa: E731 - schemas equal
    assert match_renames({"new_baseline_power": 1}, {"baseline_power": 1}, same) == [
        ("new_baseline_power", "baseline_power")
    ]
    assert match_renames({"size": 1}, {"owner": 1}, same) == []  # unrelated names: removed + added
    differ = lambda a, b: False  # noqa: E731
    assert match_renames({"start_date": 1}, {"start_hour": 1}, differ) == []  # 0.7 similar, other schema
    assert match_renames({"total_bytes": 1}, {"total_bytess": 1}, differ) == [("total_bytes", "total_bytess")]


def test_moves_match_the_sdk_method_before_the_operation_id() -> None:
    found = changes_for(_move_same_method)
    assert [c.kind for c in found] == ["operation-moved"]
    assert "GET /v2/rows (was GET /v1/rows)" in found[0].message
    found = changes_for(_move_and_rename)
    assert [(c.severity, c.kind) for c in found] == [("breaking", "operation-moved")]
    assert "`api.rows.list()` is now `api.records.list()`" in found[0].message


def test_all_of_parts_are_compared() -> None:
    old, new = tiny(), tiny()
    for spec in (old, new):
        spec["components"]["schemas"]["Row"] = {"allOf": [row(spec), {"type": "object"}]}
    new["components"]["schemas"]["Row"]["allOf"][0]["properties"].pop("note")
    assert ("breaking", "field-removed") in kinds(compare(old, new))


def test_removing_a_deprecated_operation_says_so() -> None:
    old, new = tiny(), tiny()
    op(old, "/v1/rows/{row_id}")["deprecated"] = True
    del new["paths"]["/v1/rows/{row_id}"]
    [change] = compare(old, new)
    assert (change.severity, change.kind) == ("breaking", "operation-removed")
    assert change.message.endswith("(it was deprecated)")


def test_error_class_change_names_both_classes() -> None:
    [change] = changes_for(_set(_error_row(30001), "kind", "server"))
    assert "`ServerError` instead of `PermissionDeniedError`" in change.message


def test_spacescope_90_to_31_days_counts_the_extra_requests() -> None:
    """Today's spec against a copy with the 2023 docs' 90-day windows: every range operation gets a change."""

    def to_90(s: dict[str, Any]) -> None:
        for item in s["paths"].values():
            for operation in item.values():
                if "x-date-range" in operation:
                    operation["x-date-range"]["max_days"] = 90

    old, new = spacescope(), spacescope()
    to_90(old)
    found = compare(old, new)
    ranged = [o for i in new["paths"].values() for o in i.values() if "x-date-range" in o]
    assert len(found) == len(ranged) > 20
    assert kinds(found) == {("non-breaking", "date-range-max-days")}
    network = next(c for c in found if c.operation == "network_storage_capacity")
    assert "at most 31 days per request (was 90)" in network.message
    assert "makes 12 requests instead of 5 (+7" in network.message
    # and back: fewer requests, still not breaking
    back = compare(new, old)
    assert (
        "makes 5 requests instead of 12 (-7"
        in next(c for c in back if c.operation == "network_storage_capacity").message
    )


# -- loading, CLI, exit codes ----------------------------------------------------------------------------
def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path / "old.yaml", tiny())
    changed = tiny()
    changed["paths"].pop("/v1/rows/{row_id}")
    new = write(tmp_path / "new.yaml", changed)
    assert main([str(old), str(old), "--no-sdk"]) == 0
    assert "No changes." in capsys.readouterr().out
    assert main([str(old), str(new), "--no-sdk"]) == 1
    out = capsys.readouterr().out
    assert "Suggested version bump: **major**" in out
    assert "operation-removed" in out
    assert main([str(old), str(new), "--no-sdk", "--allow-breaking"]) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("a: [unclosed", "not valid YAML/JSON"),
        ("just: text\n", "not an OpenAPI document"),
        ("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", "'version' is a required property"),
    ],
    ids=["missing", "not yaml", "not openapi", "invalid spec"],
)
def test_bad_input_exits_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    good = write(tmp_path / "good.yaml", tiny())
    assert main([str(good), str(bad), "--no-sdk"]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err
    assert message.replace("'", '"') in err.replace("'", '"')


def test_missing_griffe_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "griffe", None)  # import griffe now raises ImportError
    spec = write(tmp_path / "spec.yaml", tiny())
    assert main([str(spec), str(spec)]) == 2
    assert "pip install 'space-sdk[diff]'" in capsys.readouterr().err


def test_git_ref_sources() -> None:
    spec = load_spec("HEAD:openapi/spaces.yaml")
    assert spec.path == "openapi/spaces.yaml"
    assert spec.document["info"]["title"]
    with pytest.raises(SpecInputError, match="git show failed"):
        load_spec("no-such-ref-xyz:openapi/spaces.yaml")


def test_json_output_has_the_documented_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path / "old.yaml", tiny())
    new_spec = tiny()
    _add_param(True)(new_spec)
    new = write(tmp_path / "new.yaml", new_spec)
    assert main([str(old), str(new), "--no-sdk", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"api", "bump", "changes"}
    assert data["api"] == "tiny"
    assert data["bump"] == "major"
    [change] = data["changes"]
    assert set(change) == {"severity", "kind", "operation", "message", "sdk"}
    assert change["operation"] == "list_rows"
    assert change["severity"] == "breaking"
    assert change["sdk"] == []


def test_operation_without_id_is_named_by_method_and_path() -> None:
    old, new = tiny(), tiny()
    del op(old, "/v1/rows/{row_id}")["operationId"]
    del op(new, "/v1/rows/{row_id}")["operationId"]
    param(new, "row_id", "/v1/rows/{row_id}")["schema"]["type"] = "string"
    [change] = compare(old, new)
    assert change.operation == "GET /v1/rows/{row_id}"


def test_changelog_is_prepended_below_the_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path / "old.yaml", tiny())
    v2 = tiny()
    v2["info"]["version"] = "1.1.0"
    _add_operation(v2)
    new = write(tmp_path / "new.yaml", v2)
    log = tmp_path / "CHANGELOG.md"
    log.write_text(
        "# Changelog\n\n## tiny 1.0.0 — 2026-01-01 (major bump)\n\nolder entry\n", encoding="utf-8"
    )
    assert main([str(old), str(new), "--no-sdk", "--changelog", str(log)]) == 0
    capsys.readouterr()
    text = log.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n\n## tiny 1.1.0 — ")
    assert "(minor bump)" in text
    assert "`api.rows.sizes()`" in text
    assert text.index("1.1.0") < text.index("older entry")


def test_spacescope_path_maps_to_its_api_name() -> None:
    assert load_spec(str(SPACESCOPE)).path == "openapi/spacescope.yaml"
