"""Starting process files from other formats: a BPMN 2.0 diagram becomes a process YAML to review and complete."""

from __future__ import annotations

from dataclasses import dataclass

from rollout.errors import Issue
from rollout.locale import Language


@dataclass(frozen=True)
class Imported:
    """The process file text, and the warnings to show: what was left out, then what the check found."""

    text: str
    warnings: tuple[Issue, ...]
    counts: tuple[int, int, int]  # roles, phases, steps


def import_bpmn(data: bytes, source: str, stem: str, output: str, language: Language = "fi") -> Imported:
    """A process file from BPMN bytes; RolloutError (located) when the file cannot be read as BPMN.

    The text is checked as a process file before it is returned: output names it in those warnings.
    """
    from rollout.importer.bpmn_read import read_bpmn
    from rollout.importer.bpmn_xml import parse
    from rollout.importer.yaml_text import process_yaml
    from rollout.process.load import load_text

    draft = read_bpmn(parse(data, source), language, stem)
    text = process_yaml(draft)
    loaded = load_text(text, output)
    counts = (len(draft.roles), len(draft.phases), len(draft.steps))
    return Imported(text, (*sorted(draft.skipped, key=Issue.sort_key), *loaded.warnings), counts)
