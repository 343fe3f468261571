"""Reading a BPMN file safely: XML without entities, network or document types, every element locatable."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from rollout.errors import Issue, RolloutError, Severity
from rollout.layout.geometry import Rect

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
XML = "http://www.w3.org/XML/1998/namespace"
MAX_BYTES = 50 * 1024 * 1024


def b(tag: str) -> str:
    """A tag in the BPMN model namespace."""
    return f"{{{BPMN}}}{tag}"


def local(element: etree._Element) -> str:
    """An element's tag without its namespace."""
    return etree.QName(element).localname


@dataclass(frozen=True)
class Source:
    """A parsed BPMN file: its root element and where each element starts."""

    file: str
    root: etree._Element
    lines: tuple[str, ...]

    def at(self, element: etree._Element, message: str, code: str, severity: Severity = Severity.WARNING) -> Issue:
        """An issue located at the start tag of an element."""
        found: object = element.sourceline  # the stubs leave its type open: an int, or None
        line = found if isinstance(found, int) and found > 0 else 1
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        tag = etree.QName(element).localname
        col = max(text.find(f":{tag}"), text.find(f"<{tag}"))
        return Issue(self.file, line, text.rfind("<", 0, col + 1) + 1 if col >= 0 else 1, message, code, severity)

    def shapes(self) -> dict[str, Rect]:
        """The bounds of every element the diagram draws, by element id (the first diagram's, if several)."""
        found: dict[str, Rect] = {}
        for shape in self.root.iter(f"{{{BPMNDI}}}BPMNShape"):
            bounds = shape.find(f"{{{DC}}}Bounds")
            element = shape.get("bpmnElement")
            if bounds is None or element is None or element in found:
                continue
            try:
                found[element] = Rect(*(float(bounds.get(key, "")) for key in ("x", "y", "width", "height")))
            except ValueError:
                continue
        return found


def parse(data: bytes, file: str) -> Source:
    """Parse BPMN XML; a malformed or unsafe file is a located error."""
    if len(data) > MAX_BYTES:
        raise _error(file, 1, 1, f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}", "file-too-large")
    declared = _doctype(data)
    if declared is not None:
        message = "the file declares a document type (DOCTYPE); BPMN files have none, and it is not read"
        raise _error(file, *declared, message, "bpmn-doctype")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (exc.lineno or 1, 1)
        message = (exc.msg or "not well-formed XML").split(", line ")[0]
        raise _error(
            file, line or 1, max(col, 1), f"the file is not well-formed XML: {message}", "bpmn-syntax"
        ) from None
    if root.getroottree().docinfo.doctype:  # type: ignore[union-attr]  # one the byte scan missed (UTF-16)
        raise _error(file, 1, 1, "the file declares a document type (DOCTYPE); BPMN files have none", "bpmn-doctype")
    text = data.decode("utf-8", "replace").splitlines()
    source = Source(file, root, tuple(text))
    if root.tag != b("definitions"):
        issue = source.at(root, "this is not a BPMN 2.0 file: its root is not <bpmn:definitions>", "bpmn-not-bpmn")
        raise RolloutError([Issue(file, issue.line, issue.col, issue.message, issue.code, Severity.ERROR)])
    return source


def _doctype(data: bytes) -> tuple[int, int] | None:
    """Where a document type declaration starts, if the file has one before its first element.

    Looked for before parsing: its entities could expand without bound, or name files and addresses.
    """
    first = re.search(rb"<[^?!]", data)
    found = data.find(b"<!DOCTYPE", 0, first.start() if first else len(data))
    if found < 0:
        return None
    line_start = data.rfind(b"\n", 0, found) + 1
    return data.count(b"\n", 0, found) + 1, len(data[line_start:found].decode("utf-8", "replace")) + 1


def _error(file: str, line: int, col: int, message: str, code: str) -> RolloutError:
    return RolloutError([Issue(file, line, col, message, code)])


def text_of(element: etree._Element) -> str:
    """All text inside an element, trimmed."""
    return "".join(str(text) for text in element.itertext()).strip()
