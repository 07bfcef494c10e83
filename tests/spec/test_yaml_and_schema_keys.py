"""speclint's text rules: a description cut at a comma (``schema-keys``) and YAML a stricter parser refuses
(``strict-yaml``), each shown failing on the real spec broken back the way it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.speclint import ROOT, lint_spec, yaml_problems

SPECS = sorted((ROOT / "openapi").glob("*.yaml"))
QUOTED = 'pipelineId: {type: string, minLength: 1, description: "The pipeline\'s id, for get-status and retrieve."}'
CUT = "pipelineId: {type: string, minLength: 1, description: The pipeline's id, for get-status and retrieve.}"


def _rules(path: Path, rule: str) -> list[str]:
    return [str(p) for p in lint_spec(path) if p.rule == rule]


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_every_spec_is_strict_yaml_with_no_stray_schema_key(path: Path) -> None:
    assert yaml_problems(path.name, path.read_text(encoding="utf-8")) == []
    assert _rules(path, "schema-keys") == []


def test_a_description_cut_at_a_comma_is_a_stray_schema_key(tmp_path: Path) -> None:
    text = (ROOT / "openapi" / "spaceknow.yaml").read_text(encoding="utf-8")
    assert text.count(QUOTED) == 1
    broken = tmp_path / "spaceknow.yaml"
    broken.write_text(text.replace(QUOTED, CUT), encoding="utf-8")
    problems = _rules(broken, "schema-keys")
    assert len(problems) == 1
    assert "#/components/schemas/Pipeline/properties/pipelineId" in problems[0]
    assert "'for get-status and retrieve.' is not a schema keyword" in problems[0]


def test_stray_keys_are_found_in_nested_and_parameter_schemas() -> None:
    from generator.speclint import stray_schema_keys

    spec = {
        "paths": {
            "/a": {
                "get": {
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "oops": 1}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"allOf": [{"bad key": 1}]}},
                                    # example values are data, not schemas
                                    "example": {"anything": 1},
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"A": {"properties": {"description": {"type": "string", "x-ok": 1}}}}},
    }
    found = sorted(stray_schema_keys(spec))
    assert found == [
        ("#/paths/~1a/get/parameters/0/schema", "oops"),
        ("#/paths/~1a/get/responses/200/content/application~1json/schema/items/allOf/0", "bad key"),
    ]


def test_a_colon_in_a_plain_flow_scalar_is_refused() -> None:
    text = "a: {description: e.g. `device://dev/vda` when attached.}\nb: [x:y]\nc: {d: 'x:y'}\ne: x:y\n"
    problems = yaml_problems("t.yaml", text)
    assert [p.where for p in problems] == ["line 1", "line 2"]
    assert all(p.rule == "strict-yaml" and "quote it" in p.message for p in problems)


def test_values_yaml_1_1_reads_otherwise_are_refused() -> None:
    # PyYAML (YAML 1.1) reads `yes` as True, YAML 1.2 as the string "yes"
    problems = yaml_problems("t.yaml", "flag: yes\n")
    assert [p.message for p in problems] == ["YAML 1.2 reads other values than YAML 1.1 does"]


def test_a_document_yaml_1_2_refuses_is_reported() -> None:
    # a duplicate key: PyYAML keeps the last, ruamel.yaml refuses it
    problems = yaml_problems("t.yaml", "a: 1\na: 2\n")
    assert problems
    assert all(p.rule == "strict-yaml" and "YAML 1.2" in p.message for p in problems)
