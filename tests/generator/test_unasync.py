"""space_sdk/_sync/ is generated from space_sdk/_async/: held equal, hand edits and stale substitutions caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import unasync


def test_the_committed_sync_side_is_what_the_async_side_generates() -> None:
    assert unasync.main(["--check"]) == 0


def test_every_async_module_has_its_sync_twin() -> None:
    async_names = {p.name for p in unasync.ASYNC_DIR.glob("*.py")}
    assert async_names == {p.name for p in unasync.SYNC_DIR.glob("*.py")}
    assert {"client.py", "jobs.py", "pages.py", "sdk.py"} <= async_names


def test_a_hand_edit_of_a_sync_file_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "_sync"
    shutil.copytree(unasync.SYNC_DIR, copy)
    edited = copy / "pages.py"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("return page", "return None", 1), encoding="utf-8"
    )
    monkeypatch.setattr(unasync, "SYNC_DIR", copy)
    assert unasync.main(["--check"]) == 1


def test_a_stray_sync_file_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "_sync"
    shutil.copytree(unasync.SYNC_DIR, copy)
    (copy / "extra.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(unasync, "SYNC_DIR", copy)
    assert unasync.main(["--check"]) == 1


def test_a_substitution_no_file_uses_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(unasync.SUBSTITUTIONS, "async_no_such_name", "sync_no_such_name")
    assert unasync.main(["--check"]) == 1


def test_no_sync_file_awaits_or_names_asyncio() -> None:
    for path in unasync.SYNC_DIR.glob("*.py"):
        code = path.read_text(encoding="utf-8")
        for word in ("await ", "async def", "async for", "async with", "asyncio", "AsyncAPIClient"):
            assert word not in code, f"{path.name} still has {word!r}"
