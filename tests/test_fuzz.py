"""Property tests: random valid documents load, lay out and render; mutated ones fail only with located issues.

The suite runs a few dozen examples. Long passes: `HYPOTHESIS_PROFILE=fuzz pytest tests/test_fuzz.py -k mutated`
(20,000 documents) and `HYPOTHESIS_PROFILE=fuzz-render pytest tests/test_fuzz.py -k valid` (2,000, each rendered).
"""

from __future__ import annotations

import io
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st
from pptx import Presentation

from rollout.errors import RolloutError
from rollout.layout.gates import page_gates
from rollout.layout.swimlane import layout_process
from rollout.process.blank import is_blank
from rollout.process.load import load_text
from rollout.process.source import resolve_plain
from rollout.render.graphviz import dot_source
from rollout.render.slide import swimlane_pptx

IDS = st.from_regex(r"[a-zäö][a-z0-9ä-]{0,10}[a-z0-9]", fullmatch=True)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), min_size=1, max_size=60
).filter(lambda text: not is_blank(text))


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A random process document that satisfies every rule."""
    roles = draw(st.lists(IDS, min_size=1, max_size=6, unique=True))
    phases = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    count = draw(st.integers(min_value=len(phases), max_value=14))
    step_ids = draw(st.lists(IDS, min_size=count, max_size=count, unique=True))
    phase_of = sorted(draw(st.lists(st.integers(0, len(phases) - 1), min_size=count, max_size=count)))
    phase_of[: len(phases)] = range(len(phases))
    phase_of.sort()
    steps = []
    for index, step_id in enumerate(step_ids):
        owner = draw(st.sampled_from(roles))
        earlier = step_ids[:index]
        deps = draw(st.lists(st.sampled_from(earlier), unique=True, max_size=3)) if earlier else []
        steps.append(
            {
                "id": step_id,
                "phase": phases[phase_of[index]],
                "title": draw(TEXT),
                "owner": owner,
                "instructions": draw(TEXT),
                "raci": {"responsible": [owner], "accountable": draw(st.sampled_from(roles))},
                "depends_on": deps,
                "deliverables": [draw(TEXT)],
                "milestone": draw(st.booleans()),
            }
        )
    return {
        "process": {
            "id": "fuzz",
            "title": draw(TEXT),
            "description": draw(TEXT),
            "language": draw(st.sampled_from(["fi", "sv", "en"])),
            "version": "1",
            "owner": draw(TEXT),
        },
        "roles": [{"id": role, "name": draw(TEXT)} for role in roles],
        "phases": [{"id": phase, "name": draw(TEXT)} for phase in phases],
        "steps": steps,
    }


class _CoreDumper(yaml.SafeDumper):
    """PyYAML writes YAML 1.1, where `0E0` or `0o7` are plain text; rollout reads YAML 1.2, where they are numbers.

    Text that YAML 1.2 would read as something else is quoted, as a careful person writing the file would.
    """


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if resolve_plain(text) != text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_CoreDumper.add_representer(str, _represent_text)


def dump(document: dict[str, Any]) -> str:
    return yaml.dump(document, Dumper=_CoreDumper, allow_unicode=True, sort_keys=False, width=1000)


def assert_located(text: str, error: RolloutError) -> None:
    last_line = text.count("\n") + 2
    assert error.issues
    for issue in error.issues:
        assert 1 <= issue.line <= last_line, issue.format()
        assert issue.col >= 1, issue.format()
        assert issue.code
        assert issue.message


@given(documents())
def test_valid_documents_load_lay_out_and_render(document: dict[str, Any]) -> None:
    loaded = load_text(dump(document), "fuzz.yaml")
    layout = layout_process(loaded.process)
    boxes = sorted(box.step_id for page in layout.pages for box in page.boxes)
    assert boxes == sorted(step["id"] for step in document["steps"])
    for page in layout.pages:
        hard = {"boxes-in-cells", "no-overlap", "edges-clear-of-boxes", "edges-forward", "contrast"}
        assert [gate.name for gate in page_gates(page) if gate.name in hard and not gate.passed] == []
    assert dot_source(layout).startswith("digraph swimlane {")
    slides = Presentation(io.BytesIO(swimlane_pptx(layout))).slides
    assert len(slides) == len(layout.pages)


MUTATIONS = st.sampled_from(["delete-line", "duplicate-line", "insert", "truncate", "retype", "indent"])


@given(documents(), MUTATIONS, st.integers(min_value=0), st.text(max_size=8))
def test_mutated_documents_fail_only_with_located_issues(
    document: dict[str, Any], mutation: str, where: int, junk: str
) -> None:
    text = mutate(dump(document), mutation, where, junk)
    try:
        load_text(text, "fuzz.yaml")
    except RolloutError as error:
        assert_located(text, error)


def mutate(text: str, mutation: str, where: int, junk: str) -> str:
    """Break a document the way hand-editing does."""
    lines = text.splitlines(keepends=True)
    index = where % len(lines)
    if mutation == "delete-line":
        del lines[index]
    elif mutation == "duplicate-line":
        lines.insert(index, lines[index])
    elif mutation == "insert":
        position = where % (len(text) + 1)
        return text[:position] + junk + text[position:]
    elif mutation == "truncate":
        return text[: where % (len(text) + 1)]
    elif mutation == "retype":
        lines[index] = lines[index].replace(": ", ": [", 1)
    elif mutation == "indent":
        lines[index] = " " + lines[index]
    return "".join(lines)
