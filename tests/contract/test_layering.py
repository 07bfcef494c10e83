"""The contract checks run against live APIs too, so they must not depend on the mock; the mock and the checks
are siblings over the spec layer (spec.py, schemas.py), and the reports do not import the runner."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "space_sdk"
ROOT = PACKAGE / "contract"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _offending(module: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        name
        for name in _imports(ROOT / module)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("checks.py", ("space_sdk.contract.mock", "space_sdk.contract.runner")),
        (
            "constraints.py",
            ("space_sdk.contract.mock", "space_sdk.contract.runner", "space_sdk.contract.checks"),
        ),
        ("schemas.py", ("space_sdk.contract.mock", "space_sdk.contract.runner", "space_sdk.contract.checks")),
        ("../spec.py", ("space_sdk.contract", "space_sdk.cli")),
        ("../_refs.py", ("space_sdk.contract", "space_sdk.cli", "space_sdk.spec")),
        ("junit.py", ("space_sdk.contract.runner",)),
        ("results.py", ("space_sdk.contract.runner", "space_sdk.contract.junit")),
    ],
)
def test_layer_does_not_import_upwards(module: str, forbidden: tuple[str, ...]) -> None:
    assert _offending(module, forbidden) == []


def test_mock_does_not_import_the_checks() -> None:
    for path in sorted((ROOT / "mock").glob("*.py")):
        bad = [
            n
            for n in _imports(path)
            if n.startswith(("space_sdk.contract.checks", "space_sdk.contract.runner"))
        ]
        assert bad == [], f"{path.name} imports {bad}"


def test_the_sdk_core_does_not_import_the_contract_tooling() -> None:
    # the plain install (httpx, attrs, msgspec) must import space_sdk without schemathesis, yaml or starlette
    for path in sorted(PACKAGE.glob("*.py")):
        bad = [n for n in _imports(path) if n.startswith(("space_sdk.contract", "space_sdk.cli"))]
        assert bad == [], f"{path.name} imports {bad}"


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from space_sdk.contract.mock.bodies import success_schema\n", encoding="utf-8")
    assert _imports(module) == {"space_sdk.contract.mock.bodies"}
