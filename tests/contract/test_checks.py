"""Each custom check: bodies that must pass and bodies that must fail."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis import Case, Response

from space_sdk.contract import checks
from space_sdk.spec import spec_from_document


def _case(spec: dict[str, Any], operation_id: str, **kwargs: Any) -> Case[Any]:
    schema = schemathesis.openapi.from_dict(spec)
    return schema.find_operation_by_id(operation_id).Case(**kwargs)


def _response(
    status: int, body: Any = None, headers: dict[str, str] | None = None, raw: bytes | None = None
) -> Response:
    request = httpx.Request("GET", "http://127.0.0.1/v2/things")
    if raw is not None:
        resp = httpx.Response(status, content=raw, headers=headers, request=request)
    else:
        resp = httpx.Response(status, json=body, headers=headers, request=request)
    resp.read()
    resp.elapsed = timedelta(0)
    return Response.from_httpx(resp, verify=True)


OK_BODY = {
    "request_id": "r#1",
    "code": 0,
    "message": "success.",
    "data": [{"stat_date": "2022-07-01T00:00:00Z", "total_bytes": 20431876696867700000}],
}


# -- (a) effective status used by the envelope-aware rejection / acceptance checks -----------------------
@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (200, OK_BODY, 200),
        (200, {"request_id": "r", "code": 30002, "message": "parameters error."}, 400),
        (200, {"request_id": "r", "code": 30004, "message": "not ready"}, 503),
        (200, {"request_id": "r", "code": 99999, "message": "??"}, 400),
        (401, {"request_id": "r", "code": 10011, "message": "bad token"}, 401),
    ],
)
def test_effective_status(envelope_spec: dict[str, Any], status: int, body: Any, expected: int) -> None:
    spec = spec_from_document(envelope_spec, name="env")
    assert checks.effective_status(spec, _response(status, body)) == expected


def test_effective_status_plain_api_is_the_http_status(plain_spec: dict[str, Any]) -> None:
    spec = spec_from_document(plain_spec, name="plain")
    assert checks.effective_status(spec, _response(200, {"code": 30002})) == 200


# -- (b) success data -------------------------------------------------------------------------------------
def test_success_data_passes(envelope_spec: dict[str, Any]) -> None:
    case = _case(envelope_spec, "things")
    assert checks.success_data_conformance(None, _response(200, OK_BODY), case) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body",
    [
        {"request_id": "r", "code": 0, "message": "success."},
        {"request_id": "r", "code": 0, "message": "s", "data": [{"stat_date": "yesterday"}]},
        {
            "request_id": "r",
            "code": 0,
            "message": "s",
            "data": [{"stat_date": "2022-07-01T00:00:00Z", "total_bytes": "1"}],
        },
    ],
)
def test_success_data_fails(envelope_spec: dict[str, Any], body: Any) -> None:
    case = _case(envelope_spec, "things")
    with pytest.raises(checks.SuccessDataInvalid, match=r"Received: .*\nDocumented: "):
        checks.success_data_conformance(None, _response(200, body), case)  # type: ignore[arg-type]


def test_success_data_ignores_error_envelopes(envelope_spec: dict[str, Any]) -> None:
    case = _case(envelope_spec, "things")
    body = {"request_id": "r", "code": 30002, "message": "parameters error."}
    assert checks.success_data_conformance(None, _response(200, body), case) is None  # type: ignore[arg-type]


# -- (c) documented error codes ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, OK_BODY),
        (200, {"request_id": "r", "code": 30002, "message": "x"}),
        (401, {"request_id": "r", "code": 10012, "message": "x"}),
    ],
)
def test_documented_error_code_passes(envelope_spec: dict[str, Any], status: int, body: Any) -> None:
    case = _case(envelope_spec, "things")
    assert checks.documented_error_code(None, _response(status, body), case) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (200, {"request_id": "r", "code": 30009, "message": "x"}, checks.UndocumentedErrorCode),
        (401, {"request_id": "r", "code": 30002, "message": "x"}, checks.ErrorStatusMismatch),
        (200, {"request_id": "r", "code": 10011, "message": "x"}, checks.ErrorStatusMismatch),
        (500, {"request_id": "r", "message": "x"}, checks.UndocumentedErrorCode),
    ],
)
def test_documented_error_code_fails(
    envelope_spec: dict[str, Any], status: int, body: Any, error: type
) -> None:
    case = _case(envelope_spec, "things")
    with pytest.raises(error, match=r"Received: .*\nDocumented: "):
        checks.documented_error_code(None, _response(status, body), case)  # type: ignore[arg-type]


def test_documented_error_status_for_code_less_api(plain_spec: dict[str, Any]) -> None:
    case = _case(plain_spec, "list_items")
    assert checks.documented_error_code(None, _response(404, {"message": "m"}), case) is None  # type: ignore[arg-type]
    with pytest.raises(checks.UndocumentedErrorCode):
        checks.documented_error_code(None, _response(418, {"message": "m"}), case)  # type: ignore[arg-type]


def test_string_codes_of_bare_error_bodies(plain_spec: dict[str, Any]) -> None:
    """SpaceKnow-style `{error, errorMessage}`: the code is read from the bare body and checked against the table."""
    plain_spec["x-errors"] = {
        "body": {"code": "error", "message": "errorMessage"},
        "table": [
            {"code": "NON-EXISTENT-PIPELINE", "http_status": 404, "kind": "not_found", "message": "m"},
            {"code": "PROCESSING-ERROR", "http_status": 424, "kind": "job_failed", "message": "m"},
        ],
    }
    case = _case(plain_spec, "list_items")

    def check(status: int, body: Any) -> Any:
        return checks.documented_error_code(None, _response(status, body), case)  # type: ignore[arg-type]

    assert check(404, {"error": "NON-EXISTENT-PIPELINE", "errorMessage": "m"}) is None
    assert check(424, {"error": "PROCESSING-ERROR", "errorMessage": "m"}) is None
    assert check(200, {"error": "looks like a code but is data"}) is None
    with pytest.raises(checks.UndocumentedErrorCode):
        check(400, {"error": "NO-SUCH-CODE", "errorMessage": "m"})
    with pytest.raises(checks.ErrorStatusMismatch):
        check(400, {"error": "PROCESSING-ERROR", "errorMessage": "m"})
    with pytest.raises(checks.UndocumentedErrorCode):
        check(404, {"errorMessage": "no code at all"})


# -- (d) request ids ---------------------------------------------------------------------------------------
def test_request_id_in_envelope(envelope_spec: dict[str, Any]) -> None:
    case = _case(envelope_spec, "things")
    assert checks.request_id_present(None, _response(200, OK_BODY), case) is None  # type: ignore[arg-type]
    for body in ({"code": 0, "message": "s", "data": []}, {"request_id": "", "code": 30002, "message": "m"}):
        with pytest.raises(checks.MissingRequestId, match=r"Received: .*\nDocumented: "):
            checks.request_id_present(None, _response(200, body), case)  # type: ignore[arg-type]


def test_request_id_header(plain_spec: dict[str, Any]) -> None:
    case = _case(plain_spec, "list_items")
    ok = _response(200, {}, headers={"X-Request-Id": "abc"})
    assert checks.request_id_present(None, ok, case) is None  # type: ignore[arg-type]
    with pytest.raises(checks.MissingRequestId):
        checks.request_id_present(None, _response(200, {}), case)  # type: ignore[arg-type]


def test_an_operation_on_another_host_answers_in_that_hosts_format(plain_spec: dict[str, Any]) -> None:
    """Auth0's /oauth/ro (servers of its own) sends `{error, error_description}` and no request-id header: the
    API's error table and request-id rule do not apply there -- and still do on the API's own operations."""
    auth0_error = {"error": "invalid_user_password", "error_description": "Wrong email or password."}
    path = next(iter(plain_spec["paths"]))
    plain_spec["x-errors"] = {
        "body": {"code": "error", "message": "errorMessage"},
        "request_id_header": "X-Request-Id",
        "table": [{"code": "NOT-AUTHORIZED", "http_status": 401, "kind": "authentication", "message": "m"}],
    }
    own = _case(plain_spec, "list_items")
    with pytest.raises(checks.UndocumentedErrorCode):
        checks.documented_error_code(None, _response(401, auth0_error), own)  # type: ignore[arg-type]
    with pytest.raises(checks.MissingRequestId):
        checks.request_id_present(None, _response(401, auth0_error), own)  # type: ignore[arg-type]

    plain_spec["paths"][path]["servers"] = [{"url": "https://auth.example.test"}]
    checks._SPECS.clear()
    foreign = _case(plain_spec, "list_items")
    assert checks.documented_error_code(None, _response(401, auth0_error), foreign) is None  # type: ignore[arg-type]
    assert checks.request_id_present(None, _response(401, auth0_error), foreign) is None  # type: ignore[arg-type]


def test_failures_carry_titles() -> None:
    for cls in (
        checks.SuccessDataInvalid,
        checks.UndocumentedErrorCode,
        checks.ErrorStatusMismatch,
        checks.MissingRequestId,
    ):
        assert issubclass(cls, AssertionError)
        text = str(cls("got", "want"))
        assert text.startswith(cls.title)
        assert "Received: got\nDocumented: want" in text


# -- pagination: body cursors ------------------------------------------------------------------------------
BODY_CURSOR = {"style": "body_cursor", "items": "results", "cursor_field": "cursor", "id_field": "id"}


def _body_cursor_spec(plain_spec: dict[str, Any], pagination: dict[str, Any]) -> dict[str, Any]:
    """`plain_spec` with a SpaceKnow-style list: POST, the cursor in the JSON body and in the answer."""
    plain_spec["paths"]["/transactions"] = {
        "post": {
            "operationId": "transactions",
            "tags": ["i"],
            "summary": "Transactions",
            "x-pagination": pagination,
            "x-read-only": True,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "groupId": {"type": "string"},
                                "cursor": {"type": ["string", "null"]},
                            },
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        }
    }
    return plain_spec


def _page(ids: list[str], cursor: str | None) -> dict[str, Any]:
    return {"results": [{"id": i} for i in ids], "cursor": cursor}


class _Sent:
    """Stands in for `checks._send`: records each probe's body and answers the next prepared page."""

    def __init__(self, *answers: Response) -> None:
        self.answers = list(answers)
        self.bodies: list[Any] = []

    def __call__(self, ctx: Any, parent: Case[Any], probe: Case[Any], **kwargs: Any) -> Response:
        assert probe.id != parent.id
        self.bodies.append(probe.body)
        return self.answers.pop(0)


def _check_body_cursor(
    monkeypatch: pytest.MonkeyPatch,
    plain_spec: dict[str, Any],
    page: Response,
    *answers: Response,
    body: dict[str, Any] | None = None,
    pagination: dict[str, Any] = BODY_CURSOR,
) -> _Sent:
    sent = _Sent(*answers)
    monkeypatch.setattr(checks, "_send", sent)
    case = _case(
        _body_cursor_spec(plain_spec, pagination),
        "transactions",
        body={"groupId": "g"} if body is None else body,
        media_type="application/json",
    )
    assert checks.pagination_conformance(None, page, case) is None  # type: ignore[arg-type]
    return sent


def test_body_cursor_that_moves_on_passes_with_one_probe(
    monkeypatch: pytest.MonkeyPatch, plain_spec: dict[str, Any]
) -> None:
    sent = _check_body_cursor(
        monkeypatch, plain_spec, _response(200, _page(["a", "b"], "MQ==")), _response(200, _page(["c"], None))
    )
    assert sent.bodies == [{"groupId": "g", "cursor": "MQ=="}]  # the same request, the cursor in its body


@pytest.mark.parametrize(
    ("following", "message"),
    [
        (_page(["c"], "MQ=="), r"answered `cursor` = 'MQ==' again"),  # a cycle: the list never ends
        (_page(["a", "b"], "Mg=="), r"answered items of the page it follows \(a, b\)"),  # the same page
        (_page(["b", "c"], None), r"answered items of the page it follows \(b\)"),  # an overlap
    ],
)
def test_body_cursor_that_does_not_move_on_fails(
    monkeypatch: pytest.MonkeyPatch, plain_spec: dict[str, Any], following: Any, message: str
) -> None:
    with pytest.raises(checks.PaginationDrift, match=message + r"\nDocumented: "):
        _check_body_cursor(
            monkeypatch, plain_spec, _response(200, _page(["a", "b"], "MQ==")), _response(200, following)
        )


def test_body_cursor_answered_for_itself_fails_without_a_probe(
    monkeypatch: pytest.MonkeyPatch, plain_spec: dict[str, Any]
) -> None:
    """The cursor sent answered again is a cycle already: no probe is needed (none is prepared, so one sent
    would fail with IndexError, not PaginationDrift)."""
    with pytest.raises(checks.PaginationDrift, match=r"`cursor` = 'MQ==' answered for the `cursor` 'MQ=='"):
        _check_body_cursor(
            monkeypatch,
            plain_spec,
            _response(200, _page(["d"], "MQ==")),
            body={"groupId": "g", "cursor": "MQ=="},
        )


@pytest.mark.parametrize(
    ("status", "page"),
    [
        (200, _page(["a"], None)),  # the last page
        (200, _page(["a"], "")),
        (200, _page([], "MQ==")),  # no items: nothing to compare
        (200, {"results": "nope", "cursor": "MQ=="}),
        (400, {"message": "bad"}),  # not a page
    ],
)
def test_body_cursor_not_probed_without_a_page_to_follow(
    monkeypatch: pytest.MonkeyPatch, plain_spec: dict[str, Any], status: int, page: Any
) -> None:
    assert _check_body_cursor(monkeypatch, plain_spec, _response(status, page)).bodies == []


def test_body_cursor_probed_once_per_operation_and_rows_judged_only_by_an_id_field(
    monkeypatch: pytest.MonkeyPatch, plain_spec: dict[str, Any]
) -> None:
    without_ids = {k: v for k, v in BODY_CURSOR.items() if k != "id_field"}
    sent = _Sent(_response(200, _page(["a"], "Mg==")))
    monkeypatch.setattr(checks, "_send", sent)
    case = _case(
        _body_cursor_spec(plain_spec, without_ids),
        "transactions",
        body={"groupId": "g"},
        media_type="application/json",
    )
    page = _response(200, _page(["a"], "MQ=="))
    assert checks.pagination_conformance(None, page, case) is None  # type: ignore[arg-type]
    assert checks.pagination_conformance(None, page, case) is None  # type: ignore[arg-type]
    assert len(sent.bodies) == 1


def test_body_cursor_of_an_operation_that_may_change_something_is_not_probed(
    monkeypatch: pytest.MonkeyPatch, plain_spec: dict[str, Any]
) -> None:
    """A probe repeats the request, so a POST not marked `x-read-only` is never sent again; the cursor it was
    sent answered again is still reported (no probe needed)."""
    spec = _body_cursor_spec(plain_spec, BODY_CURSOR)
    del spec["paths"]["/transactions"]["post"]["x-read-only"]
    sent = _Sent()
    monkeypatch.setattr(checks, "_send", sent)
    fresh = _case(spec, "transactions", body={"groupId": "g"}, media_type="application/json")
    assert checks.pagination_conformance(None, _response(200, _page(["a"], "MQ==")), fresh) is None  # type: ignore[arg-type]
    assert sent.bodies == []
    again = _case(
        spec, "transactions", body={"groupId": "g", "cursor": "MQ=="}, media_type="application/json"
    )
    with pytest.raises(checks.PaginationDrift):
        checks.pagination_conformance(None, _response(200, _page(["a"], "MQ==")), again)  # type: ignore[arg-type]
