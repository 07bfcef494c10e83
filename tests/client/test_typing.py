"""``typed_usage.py`` passes ``mypy --strict``: the facade gives call sites the concrete generated types.

``--disallow-any-expr`` makes the check able to fail: were a facade method to return ``Any``, the annotated
assignments in typed_usage.py would still type-check, but the ``Any`` call expression would not. The second
test shows a wrong annotation is caught.
"""

from __future__ import annotations

import json
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


def _pyright(path: Path) -> subprocess.CompletedProcess[str]:
    """pyright strict (the pinned PyPI wrapper of npm pyright) on ``path``, seeing the SDK as a user does."""
    import spacescope_client

    generated = Path(spacescope_client.__file__).resolve().parents[1]
    config = path.parent / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "include": [path.name],
                "extraPaths": [str(generated), str(ROOT)],
                "venvPath": str(Path(sys.prefix).parent),
                "venv": Path(sys.prefix).name,
                "pythonVersion": "3.11",
                "typeCheckingMode": "strict",
            }
        ),
        encoding="utf-8",
    )
    pyright = Path(sys.executable).with_name("pyright")
    return subprocess.run(
        [str(pyright), "--project", str(config), "--outputjson"],
        capture_output=True,
        text=True,
        cwd=path.parent,
        check=False,
    )


def _pyright_errors(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [
        f"{d['range']['start']['line'] + 1}: {d['message']}"
        for d in json.loads(proc.stdout)["generalDiagnostics"]
        if d["severity"] == "error"
    ]


def test_typed_usage_passes_pyright_strict(tmp_path: Path) -> None:
    usage = tmp_path / "typed_usage.py"
    usage.write_text((HERE / "typed_usage.py").read_text(encoding="utf-8"), encoding="utf-8")
    proc = _pyright(usage)
    assert _pyright_errors(proc) == []
    assert proc.returncode == 0, proc.stdout + proc.stderr


WRONG_BODIES = """\
from space_sdk import Scaleway


def f(scw: Scaleway) -> None:
    scw.servers.create(name=5, organization="o", image="i")
    scw.volumes.create(name="d", organization="o", volume_type="x_ssd", size=1)
    scw.servers.create(organization="o", image="i")
    scw.servers.create(body=42)
"""


def test_a_wrong_body_fails_both_checkers(tmp_path: Path) -> None:
    """Each wrong call of WRONG_BODIES (a wrong type, an enum string outside the spec's, a missing required
    field, a body that is not the model) is an error for mypy --strict and for pyright strict."""
    wrong = tmp_path / "wrong_bodies.py"
    wrong.write_text(WRONG_BODIES, encoding="utf-8")
    lines = {5, 6, 7, 8}
    mypy = _mypy(wrong)
    assert mypy.returncode == 1
    assert {int(line.split(":")[1]) for line in mypy.stdout.splitlines() if ": error:" in line} == lines
    pyright = _pyright(wrong)
    assert pyright.returncode == 1
    assert {int(e.split(":")[0]) for e in _pyright_errors(pyright)} == lines
