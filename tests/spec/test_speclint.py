"""Each speclint rule, shown failing on a spec broken in exactly that way, and passing on the real specs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.speclint import ROOT, iter_operations, lint_spec

SPECS = sorted((ROOT / "openapi").glob("*.yaml"))
SPACESCOPE = ROOT / "openapi" / "spacescope.yaml"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_real_specs_are_clean(path: Path) -> None:
    assert [str(p) for p in lint_spec(path)] == []


def _first_op(spec: dict[str, Any]) -> dict[str, Any]:
    return next(iter_operations(spec))[0].node


def _first_success_example(spec: dict[str, Any]) -> dict[str, Any]:
    for op, _ in iter_operations(spec):
        content = op.node["responses"]["200"]["content"]["application/json"]
        for example in (content.get("examples") or {}).values():
            if example["value"].get("data"):
                value: dict[str, Any] = example["value"]
                return value
    raise AssertionError("no success example in the spec")


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda spec: _first_op(spec).pop(key)


def _two_tags(spec: dict[str, Any]) -> None:
    _first_op(spec)["tags"] = ["power", "economics"]


def _undeclared_tag(spec: dict[str, Any]) -> None:
    _first_op(spec)["tags"] = ["no_such_tag"]


def _duplicate_operation_id(spec: dict[str, Any]) -> None:
    ops = [op.node for op, _ in iter_operations(spec)]
    ops[1]["operationId"] = ops[0]["operationId"]


def _no_security(spec: dict[str, Any]) -> None:
    spec.pop("security")
    _first_op(spec).pop("security", None)


def _no_401(spec: dict[str, Any]) -> None:
    _first_op(spec)["responses"].pop("401")


def _401_not_envelope(spec: dict[str, Any]) -> None:
    _first_op(spec)["responses"]["401"] = {
        "description": "plain",
        "content": {
            "application/json": {"schema": {"type": "object", "properties": {"error": {"type": "string"}}}}
        },
    }


def _bad_example(spec: dict[str, Any]) -> None:
    _first_success_example(spec)["code"] = "zero"


def _unreachable_code(spec: dict[str, Any]) -> None:
    spec["x-errors"]["table"].append(
        {"code": 39999, "http_status": 200, "kind": "server", "retryable": True, "message": "new"}
    )


def _bad_kind(spec: dict[str, Any]) -> None:
    spec["x-errors"]["table"][0]["kind"] = "oops"


def _date_range_unknown_param(spec: dict[str, Any]) -> None:
    for op, _ in iter_operations(spec):
        if "x-date-range" in op.node:
            op.node["x-date-range"]["start"] = "begin_date"
            return
    raise AssertionError("no x-date-range operation")


def _duplicate_sdk_method(spec: dict[str, Any]) -> None:
    ops = [op.node for op, _ in iter_operations(spec)]
    ops[0]["x-sdk-method"] = ops[1]["x-sdk-method"] = "power.same"


def _invalid_document(spec: dict[str, Any]) -> None:
    spec.pop("info")


BREAKS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("spec-valid", _invalid_document, "<document>"),
    ("operation-id", _drop("operationId"), "GET /v2/"),
    ("operation-id", _duplicate_operation_id, "is also used by"),
    ("one-tag", _two_tags, "exactly one"),
    ("one-tag", _undeclared_tag, "not declared"),
    ("summary", _drop("summary"), "no summary"),
    ("security", _no_security, "no security requirement"),
    ("responses", _no_401, "HTTP 401 is not documented"),
    ("envelope", _401_not_envelope, "401 body is not the error envelope"),
    ("example-valid", _bad_example, "'zero'"),
    ("error-code-reachable", _unreachable_code, "code 39999 with HTTP 200"),
    ("vendor-data", _bad_kind, "kind 'oops'"),
    ("vendor-data", _date_range_unknown_param, "'begin_date' is not a parameter"),
    ("vendor-data", _duplicate_sdk_method, "'power.same' is also used by"),
]


@pytest.mark.parametrize(
    ("rule", "breaker", "fragment"), BREAKS, ids=[f"{r}-{b.__name__}" for r, b, _ in BREAKS]
)
def test_each_rule_fails_on_a_broken_spec(
    rule: str, breaker: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    spec = copy.deepcopy(_load(SPACESCOPE))
    breaker(spec)
    problems = [p for p in lint_spec(SPACESCOPE, spec) if p.rule == rule]
    assert problems, f"rule {rule} did not fire"
    text = "\n".join(str(p) for p in problems)
    # The message names the file, the place and the rule.
    assert "openapi/spacescope.yaml: " in text
    assert f": {rule}: " in text
    assert fragment in text


SCALEWAY = ROOT / "openapi" / "scaleway.yaml"


def _login(spec: dict[str, Any]) -> dict[str, Any]:
    login: dict[str, Any] = spec["components"]["securitySchemes"]["authToken"]["x-auth-login"]
    return login


def _login_unknown_operation(spec: dict[str, Any]) -> None:
    _login(spec)["revoke"] = "drop_token"


def _login_bad_pointer(spec: dict[str, Any]) -> None:
    _login(spec)["token"] = "token.id"


def _login_bad_credential(spec: dict[str, Any]) -> None:
    _login(spec)["credentials"] = {"email": "username"}


def _no_success(spec: dict[str, Any]) -> None:
    responses = spec["paths"]["/servers/{server_id}"]["delete"]["responses"]
    responses.pop("204")


SCALEWAY_BREAKS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("vendor-data", _login_unknown_operation, "revoke 'drop_token' is not an operationId"),
    ("vendor-data", _login_bad_pointer, "token 'token.id' is not a JSON pointer"),
    ("vendor-data", _login_bad_credential, "'username' is not email/password"),
    ("responses", _no_success, "no success (2xx) answer is documented"),
]


@pytest.mark.parametrize(
    ("rule", "breaker", "fragment"), SCALEWAY_BREAKS, ids=[b.__name__ for _, b, _ in SCALEWAY_BREAKS]
)
def test_scaleway_rules_fail_on_a_broken_spec(
    rule: str, breaker: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    spec = copy.deepcopy(_load(SCALEWAY))
    breaker(spec)
    problems = [str(p) for p in lint_spec(SCALEWAY, spec) if p.rule == rule]
    assert any(fragment in p for p in problems), problems


SPACEKNOW = ROOT / "openapi" / "spaceknow.yaml"


def _spaceknow_rules(breaker: Callable[[dict[str, Any]], None], rule: str) -> list[str]:
    spec = copy.deepcopy(_load(SPACEKNOW))
    breaker(spec)
    return [str(p) for p in lint_spec(SPACEKNOW, spec) if p.rule == rule]


def test_string_codes_must_be_in_their_status_error_schema() -> None:
    def unreachable(spec: dict[str, Any]) -> None:
        spec["x-errors"]["table"].append(
            {
                "code": "NEW-CODE",
                "http_status": 400,
                "kind": "invalid_request",
                "retryable": False,
                "message": "m",
            }
        )

    def wrong_status(spec: dict[str, Any]) -> None:
        row = next(r for r in spec["x-errors"]["table"] if r["code"] == "PROCESSING-ERROR")
        row["http_status"] = 400

    assert any(
        "code NEW-CODE with HTTP 400" in p for p in _spaceknow_rules(unreachable, "error-code-reachable")
    )
    assert any(
        "PROCESSING-ERROR with HTTP 400" in p for p in _spaceknow_rules(wrong_status, "error-code-reachable")
    )


def test_security_may_be_empty_only_on_an_operation_with_its_own_servers() -> None:
    def login_on_the_api_host(spec: dict[str, Any]) -> None:
        spec["paths"]["/oauth/ro"].pop("servers")

    def user_info_without_auth(spec: dict[str, Any]) -> None:
        spec["paths"]["/user/info"]["post"]["security"] = []

    assert _spaceknow_rules(lambda spec: None, "security") == []
    assert any("auth_login" in p for p in _spaceknow_rules(login_on_the_api_host, "security"))
    assert any("user_info" in p for p in _spaceknow_rules(user_info_without_auth, "security"))
