"""Generation is deterministic, the committed client is current, and the drift check catches hand edits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.generate import (
    GENERATED,
    TEMPLATES,
    GenerationError,
    check,
    check_forks,
    diff_trees,
    generate_all,
    load_config,
)

ENTRIES = load_config()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen1")
    generate_all(ENTRIES, out)
    return out


def test_two_runs_are_byte_identical(fresh: Path, tmp_path: Path) -> None:
    generate_all(ENTRIES, tmp_path)
    for entry in ENTRIES:
        assert diff_trees(fresh / entry.package, tmp_path / entry.package) == []


def test_committed_client_is_current(fresh: Path) -> None:
    for entry in ENTRIES:
        assert diff_trees(fresh / entry.package, GENERATED / entry.package) == []


def test_check_reports_a_hand_edit_a_removed_and_an_added_file(tmp_path: Path) -> None:
    copy = tmp_path / "generated_client"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert check(ENTRIES, copy) == []
    package = copy / ENTRIES[0].package
    edited = package / "types.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# tweaked by hand\n", encoding="utf-8")
    (package / "client.py").unlink()
    (package / "extra.py").write_text("x = 1\n", encoding="utf-8")
    problems = check(ENTRIES, copy)
    assert any(p.startswith("differs") and p.endswith(f"{ENTRIES[0].package}/types.py") for p in problems)
    assert any(p.startswith("missing") and p.endswith("client.py") for p in problems)
    assert any(p.startswith("unexpected") and p.endswith("extra.py") for p in problems)


def test_duplicate_config_entries_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "apis.toml"
    block = '[[api]]\nname = "a"\nspec = "openapi/spacescope.yaml"\npackage = "p"\n'
    config.write_text(block + block.replace('"a"', '"b"'), encoding="utf-8")
    with pytest.raises(GenerationError, match="duplicate package"):
        load_config(config)


def test_forked_templates_match_the_installed_generator() -> None:
    forks = sorted(TEMPLATES.rglob("*.jinja"))
    assert forks, "no forked templates found"
    check_forks()  # raises if openapi-python-client's original changed since the fork


def test_a_fork_of_a_changed_upstream_template_is_refused(tmp_path: Path) -> None:
    fork = tmp_path / "model.py.jinja"
    text = (TEMPLATES / "model.py.jinja").read_text(encoding="utf-8")
    fork.write_text(text.replace("sha256 fd1c", "sha256 0000"), encoding="utf-8")
    with pytest.raises(GenerationError, match=r"model\.py\.jinja.*re-fork it"):
        check_forks(tmp_path)
    fork.write_text("{# no provenance #}\n", encoding="utf-8")
    with pytest.raises(GenerationError, match="no 'FORKED_FROM"):
        check_forks(tmp_path)
