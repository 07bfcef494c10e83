"""JUnit XML for CI: one testsuite per API, one testcase per (operation, check); secrets are masked."""

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
    """One test case per (operation, check) that ran, plus one per operation with errors; a failure carries
    the failure texts and, for each, the request as curl (credentials redacted) and the answer."""
    cases: list[ET.Element] = []
    failures = errors = 0
    for op in result.operations.values():
        failing = op.failing_checks()
        names = sorted(set(op.checks_run) | set(failing))
        share = op.elapsed / max(len(names), 1)
        for name in names:
            case = ET.Element(
                "testcase", name=f"{op.label} [{name}]", classname=result.api, time=f"{share:.3f}"
            )
            ET.SubElement(case, "system-out").text = f"runs={op.checks_run.get(name, 0)} cases={op.cases}"
            texts = failing.get(name)
            if texts:
                failures += 1
                node = ET.SubElement(case, "failure", message=_mask(texts[0].splitlines()[0], secrets))
                node.text = _mask(
                    "\n\n".join(f"{text}\n{op.details.get(text, '')}".rstrip() for text in texts), secrets
                )
            cases.append(case)
        if op.errors:
            errors += 1
            case = ET.Element("testcase", name=f"{op.label} [errors]", classname=result.api, time="0.000")
            node = ET.SubElement(case, "error", message=_mask(op.errors[0].splitlines()[0], secrets))
            node.text = _mask("\n\n".join(op.errors), secrets)
            cases.append(case)
    suite = ET.Element(
        "testsuite",
        name=f"contract-{result.api}",
        tests=str(len(cases)),
        failures=str(failures),
        errors=str(errors),
        time=f"{result.elapsed:.3f}",
    )
    if result.created or result.undeleted:
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="created", value=str(result.created))
        ET.SubElement(props, "property", name="deleted", value=str(result.deleted))
        for item in result.undeleted:
            ET.SubElement(props, "property", name="left-behind", value=_mask(item, secrets))
    suite.extend(cases)
    return suite
