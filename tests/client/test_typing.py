"""``typed_usage.py`` passes ``mypy --strict``: the facade gives call sites the concrete generated types.

``--disallow-any-expr`` makes the check able to fail: were a facade method to return ``Any``, the annotated
assignments in typed_usage.py would still type-check, but the ``Any`` call expression would not. The second
test shows a wrong annotation is caught.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    import spacescope_client

    generated = Path(spacescope_client.__file__).resolve().parents[1]
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(generated), str(ROOT)])}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--disallow-any-expr",
            "--no-error-summary",
            "--follow-imports=silent",
            "--no-incremental",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_typed_usage_passes_mypy_strict() -> None:
    proc = _mypy(HERE / "typed_usage.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_wrong_row_type_fails_mypy(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong_usage.py"
    wrong.write_text(
        "from spacescope_client.models.storage_state import StorageState\n"
        "from space_sdk import Spacescope\n\n\n"
        "def f(api: Spacescope) -> None:\n"
        "    rows: list[StorageState] = api.power.network_storage_capacity()\n",
        encoding="utf-8",
    )
    proc = _mypy(wrong)
    assert proc.returncode == 1
    assert "list[NetworkStorageCapacity]" in proc.stdout


def test_summing_an_optional_field_fails_mypy(tmp_path: Path) -> None:
    """The reason required fields matter: a field left optional is ``T | Unset`` and cannot be summed."""
    optional = tmp_path / "optional_usage.py"
    optional.write_text(
        "from space_sdk import Spacescope\n\n\n"
        "def f(api: Spacescope) -> float:\n"
        "    rows = api.circulating_supply.network_locked_fil_breakdown()\n"
        "    return sum(r.sp_deal_collateral_change for r in rows)\n",
        encoding="utf-8",
    )
    proc = _mypy(optional)
    assert proc.returncode == 1
    assert "Unset" in proc.stdout
