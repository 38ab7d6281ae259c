"""A JUnit XML report of one ``erp-contract`` run, for CI systems that show test results."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from erp_contract.runner import Tally


def write_junit(path: Path, vendor: str, tally: Tally, client: tuple[str, str | None] | None) -> None:
    """One testsuite per vendor; one testcase per operation and mode, the stateful phase and the client call.

    ``client`` is ``(outcome, failure message or None)``, or ``None`` when no client call was made.
    """
    suite = ET.Element("testsuite", name=f"erp-contract.{vendor}", time=f"{tally.seconds:.3f}")
    for name in tally.passed:
        ET.SubElement(suite, "testcase", classname=f"erp-contract.{vendor}", name=name)
    for failure in tally.failures:
        case = ET.SubElement(
            suite, "testcase", classname=f"erp-contract.{vendor}", name=f"{failure.where} [{failure.mode}]"
        )
        ET.SubElement(case, "failure", message=failure.message.splitlines()[0][:200]).text = failure.message
    if client is not None:
        case = ET.SubElement(suite, "testcase", classname=f"erp-contract.{vendor}", name="client call")
        if client[1] is not None:
            ET.SubElement(case, "failure", message=client[1].splitlines()[0][:200]).text = client[1]
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(1 for case in cases if case.find("failure") is not None)))
    suite.set("errors", "0")
    root = ET.Element("testsuites")
    root.append(suite)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
