"""JUnit XML for CI: one testsuite per API, one testcase per operation; secrets are masked."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from space_sdk.contract.results import ApiResult


def _mask(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[Filtered]")
    return text


def write_junit(result: ApiResult, path: Path, *, secrets: list[str]) -> None:
    """Write `result` to `path` (directories created); tokens in `secrets` never reach the file."""
    write_junit_all([result], path, secrets=secrets)


def write_junit_all(results: list[ApiResult], path: Path, *, secrets: list[str]) -> None:
    """One JUnit file with a testsuite per API (`space-sdk contract --junit FILE`)."""
    root = ET.Element("testsuites")
    for result in results:
        root.append(_suite(result, secrets))
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _suite(result: ApiResult, secrets: list[str]) -> ET.Element:
    ops = list(result.operations.values())
    suite = ET.Element(
        "testsuite",
        name=f"contract-{result.api}",
        tests=str(len(ops)),
        failures=str(sum(1 for op in ops if op.failures)),
        errors=str(sum(1 for op in ops if op.errors and not op.failures)),
        time=f"{result.elapsed:.3f}",
    )
    for op in ops:
        case = ET.SubElement(suite, "testcase", name=op.label, classname=result.api, time=f"{op.elapsed:.3f}")
        ET.SubElement(case, "system-out").text = f"cases={op.cases} checks={op.checks}"
        if op.failures:
            node = ET.SubElement(case, "failure", message=_mask(op.failures[0].splitlines()[0], secrets))
            node.text = _mask("\n\n".join(op.failures), secrets)
        elif op.errors:
            node = ET.SubElement(case, "error", message=_mask(op.errors[0].splitlines()[0], secrets))
            node.text = _mask("\n\n".join(op.errors), secrets)
    return suite
