"""Every response example the specs document, for every operation of every API, served to the typed client
through an in-process ``httpx.MockTransport``; then answers generated from each success schema by
schemathesis' JSON Schema generator (pinned with schemathesis; what Prism's dynamic mode does). Each call must parse, or raise the SDK error the
spec's ``x-errors`` table names for that answer -- never anything else. Counts come from the specs.

``test_report`` prints, per API, how many examples were served and what they became (pytest -s).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.jsonschema.builder import build
from schemathesis.specs.openapi.formats import get_default_format_strategies

from space_sdk import APIError, ParameterError, ResponseValidationError, SpaceSDKError
from space_sdk._exceptions import KIND_TO_EXCEPTION
from space_sdk._refs import inline
from space_sdk._registry import api_names
from space_sdk.cli._call import resolve_method
from space_sdk.spec import ApiSpec, Operation

from .calls import arguments, client, entry_of, spec_of

OUTCOMES: dict[str, Counter[str]] = {}


@dataclass(frozen=True)
class Example:
    api: str
    operation_id: str
    status: int
    media: str
    name: str
    value: Any

    @property
    def id(self) -> str:
        return f"{self.api}:{self.operation_id}:{self.status}:{self.name}"


def _examples(api: str, spec: ApiSpec, op: Operation) -> Iterator[Example]:
    for status, response in op.raw.get("responses", {}).items():
        for media, content in (inline(spec.document, response).get("content") or {}).items():
            if "example" in content:
                yield Example(api, op.operation_id, int(status), media, "example", content["example"])
            for name, example in (content.get("examples") or {}).items():
                yield Example(
                    api, op.operation_id, int(status), media, name, inline(spec.document, example)["value"]
                )


SPECS = {name: spec_of(name) for name in api_names()}
EXAMPLES = [ex for name, spec in SPECS.items() for op in spec.operations for ex in _examples(name, spec, op)]


def test_every_operation_of_every_api_has_an_example_here() -> None:
    for name, spec in SPECS.items():
        covered = {ex.operation_id for ex in EXAMPLES if ex.api == name}
        assert covered == {op.operation_id for op in spec.operations}, name


# -- serving one answer to the typed method ------------------------------------------------------------------


def _body(media: str, value: Any) -> bytes:
    if "json" in media:
        return json.dumps(value).encode()
    return value if isinstance(value, bytes) else str(value).encode()


def _call(api_name: str, operation_id: str, status: int, media: str, content: bytes) -> tuple[Any, int]:
    """(the method's result or the exception it raised, requests sent)."""
    entry = entry_of(api_name)
    operation = entry.generated.OPERATIONS[operation_id]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, headers={"content-type": media}, content=content)

    with client(entry, transport=httpx.MockTransport(handler), max_retries=0) as api:
        kwargs = arguments(api_name, operation, api)
        try:
            return resolve_method(api, operation["sdk_method"])(**kwargs), len(sent)
        except SpaceSDKError as exc:
            return exc, len(sent)


def _error_kind(spec: ApiSpec, status: int, value: Any) -> str | None:
    """The ``kind`` the spec's x-errors table gives this answer (its code first, then its status), or
    ``None`` for a success."""
    env, table = spec.envelope, spec.errors
    code_field = table.body.get("code")
    code = value.get(code_field) if isinstance(value, dict) and code_field else None
    if env is not None and 200 <= status < 300 and code == env.get("success_code", 0):
        return None
    if env is None and 200 <= status < 300:
        return None
    row = (table.by_code(code) if code is not None else None) or table.by_status(status)
    return row.kind if row is not None else "status"


def _first_page_without_cursor(spec: ApiSpec, op: Operation, value: Any) -> bool:
    """The page says there is more, but its last row has no cursor (issue 15: the rows must still reach the
    caller; until then the SDK raises ResponseValidationError on the first page)."""
    pg = op.pagination or {}
    if (
        pg.get("style") != "cursor"
        or not isinstance(value, dict)
        or value.get(pg.get("has_more", "has_more")) is not True
    ):
        return False
    rows = value.get(pg.get("items", "data")) or []
    return bool(rows) and isinstance(rows[-1], dict) and pg.get("id_field", "id") not in rows[-1]


@pytest.mark.parametrize("example", EXAMPLES, ids=[ex.id for ex in EXAMPLES])
def test_documented_example_parses_or_raises_its_documented_error(example: Example) -> None:
    _check_example(example)


def test_the_check_fails_when_a_documented_answer_does_not_parse() -> None:
    good = next(ex for ex in EXAMPLES if ex.api == "spaces" and ex.operation_id == "retrieve_customer")
    _check_example(good, record=False)
    broken = {k: v for k, v in good.value.items() if k != "id"}  # a required field left out
    with pytest.raises(AssertionError, match="a documented success raised"):
        _check_example(
            Example(good.api, good.operation_id, good.status, good.media, "broken", broken), record=False
        )


def _check_example(example: Example, *, record: bool = True) -> None:
    spec = SPECS[example.api]
    op = spec.operation(example.operation_id)
    outcome, sent = _call(
        example.api, example.operation_id, example.status, example.media, _body(example.media, example.value)
    )
    assert not isinstance(outcome, ParameterError), f"the test's arguments were refused: {outcome}"
    assert sent >= 1
    kind = _error_kind(spec, example.status, example.value)
    tally: Counter[str] = OUTCOMES.setdefault(example.api, Counter()) if record else Counter()
    if kind is None:
        if isinstance(outcome, ResponseValidationError) and _first_page_without_cursor(
            spec, op, example.value
        ):
            tally["success example: first page refused (issue 15)"] += 1
            return
        assert not isinstance(outcome, Exception), f"a documented success raised {outcome!r}"
        tally["success example parsed"] += 1
    else:
        assert isinstance(outcome, APIError), f"a documented error was not raised: {outcome!r}"
        assert outcome.status_code == example.status
        if kind != "status":
            assert isinstance(outcome, KIND_TO_EXCEPTION[kind]), f"{kind} -> {type(outcome).__name__}"
        tally[f"error example raised {type(outcome).__name__}"] += 1


# -- generated answers (Prism's dynamic mode) -------------------------------------------------------------------


def _success_schemas() -> list[Any]:
    cases = []
    for name, spec in SPECS.items():
        for op in spec.operations:
            for status, response in op.raw.get("responses", {}).items():
                if not str(status).startswith("2"):
                    continue
                for media, content in (inline(spec.document, response).get("content") or {}).items():
                    if "json" in media and content.get("schema"):
                        schema = inline(spec.document, content["schema"])
                        cases.append(
                            pytest.param(
                                name,
                                op.operation_id,
                                int(status),
                                media,
                                schema,
                                id=f"{name}:{op.operation_id}:{status}",
                            )
                        )
    return cases


GENERATED = _success_schemas()
FORMATS = get_default_format_strategies()  # date, date-time, uuid, ... as schemathesis draws them


@pytest.mark.parametrize(("api_name", "operation_id", "status", "media", "schema"), GENERATED)
def test_generated_answers_parse_or_raise_an_sdk_error(
    api_name: str, operation_id: str, status: int, media: str, schema: dict[str, Any]
) -> None:
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=5,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(value=build(schema, draft=20, formats=FORMATS))
    def check(value: Any) -> None:
        outcome, sent = _call(api_name, operation_id, status, media, _body(media, value))
        assert not isinstance(outcome, ParameterError), f"the test's arguments were refused: {outcome}"
        assert sent >= 1
        label = "parsed" if not isinstance(outcome, Exception) else type(outcome).__name__
        if isinstance(outcome, ResponseValidationError):  # say why
            label += f" ({str(outcome).split(' (status=')[0][:80]})"
        outcomes[label] += 1

    check()
    tally = OUTCOMES.setdefault(api_name, Counter())
    for what, count in outcomes.items():
        tally[f"generated answer: {what}"] += count


def test_report() -> None:
    """Per API: what the documented and generated answers became (run after the tests above)."""
    for name in api_names():
        ops = len(SPECS[name].operations)
        examples = sum(1 for ex in EXAMPLES if ex.api == name)
        print(f"\n{name}: {ops} operations, {examples} documented examples")
        for what, count in sorted(OUTCOMES.get(name, Counter()).items()):
            print(f"  {count:5d}  {what}")
