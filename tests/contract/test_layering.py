"""The contract checks run against live APIs too, so they must not depend on the mock; the mock and the checks
are siblings over the spec layer (spec.py, schemas.py), and the reports do not import the runner."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "contract_tests"


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
        ("checks.py", ("contract_tests.mock", "contract_tests.runner")),
        ("constraints.py", ("contract_tests.mock", "contract_tests.runner", "contract_tests.checks")),
        ("schemas.py", ("contract_tests.mock", "contract_tests.runner", "contract_tests.checks")),
        ("spec.py", ("contract_tests.mock", "contract_tests.runner", "contract_tests.checks")),
        ("junit.py", ("contract_tests.runner",)),
        ("results.py", ("contract_tests.runner", "contract_tests.junit")),
    ],
)
def test_layer_does_not_import_upwards(module: str, forbidden: tuple[str, ...]) -> None:
    assert _offending(module, forbidden) == []


def test_mock_does_not_import_the_checks() -> None:
    for path in sorted((ROOT / "mock").glob("*.py")):
        bad = [n for n in _imports(path) if n.startswith(("contract_tests.checks", "contract_tests.runner"))]
        assert bad == [], f"{path.name} imports {bad}"


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from contract_tests.mock.bodies import success_schema\n", encoding="utf-8")
    assert _imports(module) == {"contract_tests.mock.bodies"}
