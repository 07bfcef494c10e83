"""The analysis on hand-made recordings: kinds the mutants do not cover, and the inferred schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from space_sdk.drift import drift
from space_sdk.drift.infer import Inferred
from space_sdk.recording import Exchange, HarWriter
from space_sdk.spec import SPEC_DIR, load_spec

SPACES = SPEC_DIR / "spaces.yaml"


def _page() -> dict[str, Any]:
    op = load_spec(SPACES).operation("list_customers")
    page: dict[str, Any] = op.raw["responses"]["200"]["content"]["application/json"]["examples"]["success"][
        "value"
    ]
    return json.loads(json.dumps(page))


def _record(path: Path, *answers: tuple[str, int, list[tuple[str, str]], Any]) -> Path:
    with HarWriter(path) as writer:
        for url, status, headers, body in answers:
            writer.add(Exchange("GET", url, [], None, status, "", [("content-type", "application/json"), *headers],
                                json.dumps(body)))  # fmt: skip
    return path


def test_paging_headers_and_undocumented_operations_are_reported(tmp_path: Path) -> None:
    base = "https://spaces.pe/api/v1"
    har = _record(
        tmp_path / "spaces.har",
        *[(f"{base}/customers?limit=2", 200, [("Link", '<...>; rel="next"')], _page())] * 2,
        (f"{base}/customers/cus_1/notes", 200, [], {"notes": []}),
        (f"{base}/nothing/here", 404, [], {"message": "not found"}),  # a refusal is what it should get
    )
    result = drift(har, SPACES, label="openapi/spaces.yaml", with_report=True)
    kinds = sorted((f.kind, f.where, f.count) for f in result.analysis.findings)
    assert kinds == [("undocumented_header", "link", 2), ("undocumented_operation", "", 1)]
    assert not any(f.patched for f in result.analysis.findings)
    assert "GET /api/v1/customers/cus_1/notes" in result.report


def test_an_undocumented_field_gets_the_type_and_format_of_every_value(tmp_path: Path) -> None:
    pages = []
    for i, (seen, score, day) in enumerate(
        [("2024-05-01T10:00:00Z", 1, "2024-05-01"), ("2024-05-02T10:00:00+02:00", 2.5, None)]
    ):
        page = _page()
        page["data"][0].update(last_seen=seen, score=score, renewal=day, rank=i)
        pages.append(("https://spaces.pe/api/v1/customers", 200, [], page))
    har = _record(tmp_path / "spaces.har", *pages)
    result = drift(har, SPACES, label="openapi/spaces.yaml", with_report=False)
    schemas = {f.detail["name"]: f.detail["schema"] for f in result.analysis.findings}
    assert schemas == {
        "last_seen": {"type": "string", "format": "date-time"},
        "score": {"type": "number"},
        "renewal": {"type": ["string", "null"], "format": "date"},
        "rank": {"type": "integer"},
    }
    assert "last_seen: {type: string, format: date-time, description:" in result.patched.diff


def test_inference_does_not_claim_a_format_some_values_lack() -> None:
    inferred = Inferred()
    for value in ["2024-05-01", "soon", None]:
        inferred.observe(value)
    assert inferred.schema() == {"type": ["string", "null"]}
    nested = Inferred()
    nested.observe({"a": 1, "b": [1.5]})
    nested.observe({"a": 2})
    assert nested.schema() == {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "array", "items": {"type": "number"}}},
        "required": ["a"],
    }
