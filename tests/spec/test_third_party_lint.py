"""Redocly and Spectral, as `make lint` runs them (tools/*.yaml), shown failing on the specs broken back the
way they were before issue 18: a description cut at a comma, an unused component schema."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.speclint import ROOT

BIN = ROOT / "tools" / "node_modules" / ".bin"
SPACEKNOW = ROOT / "openapi" / "spaceknow.yaml"
QUOTED = 'pipelineId: {type: string, minLength: 1, description: "The pipeline\'s id, for get-status and retrieve."}'
CUT = "pipelineId: {type: string, minLength: 1, description: The pipeline's id, for get-status and retrieve.}"
UNUSED = "  schemas:\n    Unused:\n      type: object\n"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (BIN / "redocly").exists() or not (BIN / "spectral").exists(),
    reason="the npm tools are not installed: make install (npm ci into tools/node_modules)",
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "NO_COLOR": "1",
    }
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=False)


def _redocly(spec: Path) -> subprocess.CompletedProcess[str]:
    return _run(str(BIN / "redocly"), "lint", "--config", str(ROOT / "tools" / "redocly.yaml"), str(spec))


def _spectral(spec: Path) -> subprocess.CompletedProcess[str]:
    ruleset = str(ROOT / "tools" / "spectral.yaml")
    return _run(str(BIN / "spectral"), "lint", "--ruleset", ruleset, "--fail-severity=warn", str(spec))


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = SPACEKNOW.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "spaceknow.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_both_pass_the_real_spec() -> None:
    assert _redocly(SPACEKNOW).returncode == 0
    assert _spectral(SPACEKNOW).returncode == 0


def test_redocly_fails_on_a_cut_description(tmp_path: Path) -> None:
    result = _redocly(_broken(tmp_path, QUOTED, CUT))
    assert result.returncode != 0
    assert "struct" in result.stdout + result.stderr
    assert "for get-status and retrieve." in result.stdout + result.stderr


def test_both_fail_on_an_unused_schema(tmp_path: Path) -> None:
    spec = _broken(tmp_path, "  schemas:\n", UNUSED)
    redocly, spectral = _redocly(spec), _spectral(spec)
    assert redocly.returncode != 0
    assert "no-unused-components" in redocly.stdout + redocly.stderr
    assert spectral.returncode != 0
    assert "oas3-unused-component" in spectral.stdout
