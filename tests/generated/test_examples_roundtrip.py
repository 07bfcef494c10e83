"""Every documented example response parses into the generated models and serialises back equal.

Big integers must survive exactly (20431876696867700000 stays that int, never a float), so the comparison is
type-strict for numbers; date-times compare as instants, since the models write ``+00:00`` where the docs
write ``Z``.
"""

from __future__ import annotations

import importlib
import json
from datetime import datetime
from typing import Any

import attrs
import httpx
import pytest
import yaml

from generator.generate import load_config
from generator.speclint import iter_operations, resolve


def _cases() -> list[Any]:
    cases = []
    for entry in load_config():
        spec = yaml.safe_load(entry.spec.read_text(encoding="utf-8"))
        for op, _ in iter_operations(spec):
            for status, response in op.node["responses"].items():
                content = (resolve(spec, response).get("content") or {}).get("application/json") or {}
                for name, example in (content.get("examples") or {}).items():
                    value = resolve(spec, example)["value"]
                    case_id = f"{entry.name}:{op.node['operationId']}:{status}:{name}"
                    cases.append(pytest.param(entry.package, op, int(status), value, id=case_id))
    return cases


CASES = _cases()


def assert_same(expected: Any, actual: Any, path: str = "$") -> None:
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        assert expected.keys() == actual.keys(), f"{path}: keys {sorted(expected)} != {sorted(actual)}"
        for key in expected:
            assert_same(expected[key], actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected an array, got {actual!r}"
        assert len(expected) == len(actual), f"{path}: length {len(expected)} != {len(actual)}"
        for i, (want, got) in enumerate(zip(expected, actual, strict=True)):
            assert_same(want, got, f"{path}[{i}]")
    elif isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        assert datetime.fromisoformat(expected) == datetime.fromisoformat(actual), (
            f"{path}: {expected!r} != {actual!r}"
        )
    else:
        assert type(expected) is type(actual), f"{path}: {expected!r} came back as {actual!r}"
        assert expected == actual, f"{path}: {expected!r} != {actual!r}"


def test_there_are_examples_for_every_api() -> None:
    assert {c.values[0] for c in CASES} == {e.package for e in load_config()}


@pytest.mark.parametrize(("package", "op", "status", "value"), CASES)
def test_example_roundtrips_through_generated_models(package: str, op: Any, status: int, value: Any) -> None:
    module = importlib.import_module(f"{package}.api.{op.node['tags'][0]}.{op.node['operationId']}")
    client = importlib.import_module(f"{package}.client").Client(base_url="https://127.0.0.1")
    # The body goes through real JSON text, as it would off the wire.
    response = httpx.Response(
        status, content=json.dumps(value).encode(), headers={"content-type": "application/json"}
    )
    parsed = module._parse_response(client=client, response=response)
    assert parsed is not None, "status not documented by the generated client"
    assert_same(value, parsed.to_dict())
    assert_built_as_init_would(parsed)


def assert_built_as_init_would(obj: Any, path: str = "$") -> None:
    """``from_dict`` (our forked template, see generator/templates/) fills the slots without ``__init__``:
    every model it builds must equal the one ``__init__`` builds from the same field values."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            assert_built_as_init_would(item, f"{path}[{i}]")
        return
    if not attrs.has(type(obj)):
        return
    fields = attrs.fields(type(obj))
    values = {f.name: getattr(obj, f.name) for f in fields}  # AttributeError if a slot was left unset
    rebuilt = type(obj)(**{f.name: values[f.name] for f in fields if f.init})
    for f in fields:
        if not f.init:
            setattr(rebuilt, f.name, values[f.name])
    assert rebuilt == obj, f"{path}: from_dict built {obj!r}, __init__ builds {rebuilt!r}"
    for name, value in values.items():
        assert_built_as_init_would(value, f"{path}.{name}")


def _models_in(obj: Any) -> list[Any]:
    """Every generated model instance in a parsed answer, outermost first."""
    if isinstance(obj, list):
        return [m for item in obj for m in _models_in(item)]
    if not attrs.has(type(obj)):
        return []
    found = [obj]
    for f in attrs.fields(type(obj)):
        found += _models_in(getattr(obj, f.name))
    return found


UNDOCUMENTED = {"zz_undocumented": [1, {"a": None}]}


@pytest.mark.parametrize(("package", "op", "status", "value"), CASES)
def test_undocumented_keys_are_kept_and_only_they(package: str, op: Any, status: int, value: Any) -> None:
    """The forked ``from_dict`` reads the fields without copying the row and collects the other keys only
    when the row has more keys than fields found: whatever fields a row has (all, or with one optional field
    left out), ``additional_properties`` holds exactly the keys that are not fields, as upstream's copy-and-pop
    did."""
    module = importlib.import_module(f"{package}.api.{op.node['tags'][0]}.{op.node['operationId']}")
    client = importlib.import_module(f"{package}.client").Client(base_url="https://127.0.0.1")
    response = httpx.Response(
        status, content=json.dumps(value).encode(), headers={"content-type": "application/json"}
    )
    checked = 0
    for model in _models_in(module._parse_response(client=client, response=response)):
        cls = type(model)
        names = {f.name for f in attrs.fields(cls)}
        if "additional_properties" not in names or names == {"additional_properties"}:
            continue  # additionalProperties: false, or a pure map (every key is a value)
        row = model.to_dict()
        documented = {k: v for k, v in row.items() if k not in model.additional_properties}
        assert cls.from_dict(documented).additional_properties == {}
        assert cls.from_dict({**documented, **UNDOCUMENTED}).additional_properties == UNDOCUMENTED
        # from_dicts (a list answer's rows in one loop) builds what from_dict builds, row by row
        both = [documented, {**documented, **UNDOCUMENTED}]
        assert cls.from_dicts(both) == [cls.from_dict(row) for row in both]
        for key in documented:  # each optional field left out in turn (leaving out a required one raises)
            fewer = {k: v for k, v in documented.items() if k != key}
            try:
                assert cls.from_dict(fewer).additional_properties == {}
            except KeyError:
                continue
            assert cls.from_dict({**fewer, **UNDOCUMENTED}).additional_properties == UNDOCUMENTED
        checked += 1
    if not checked:
        pytest.skip("no model with named fields and undocumented keys allowed in this answer")
