"""The shared swimlane geometry: golden data, lane order, cells, splitting by phase."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate
from rollout.layout.gates import page_gates
from rollout.layout.swimlane import layout_process
from rollout.layout.textfit import text_width
from rollout.process.load import load_text
from tests.conftest import FIXTURES, PROCESSES, check_golden
from tests.layout_data import as_json, load
from tests.test_gates_edges import EDGE_GATES


def test_minimal_layout_matches_golden(update_golden: bool) -> None:
    layout = layout_process(load(FIXTURES / "valid" / "minimal.yaml"))
    check_golden("minimal-layout.json", as_json(layout), update_golden)


@pytest.mark.parametrize("path", PROCESSES, ids=[p.stem for p in PROCESSES])
def test_process_layout_matches_golden(path: Path, update_golden: bool) -> None:
    check_golden(f"{path.stem}-layout.json", as_json(layout_process(load(path))), update_golden)


@pytest.mark.parametrize("path", PROCESSES, ids=[p.stem for p in PROCESSES])
def test_every_process_fits_one_slide_and_passes_every_gate(path: Path) -> None:
    layout = layout_process(load(path))
    assert len(layout.pages) == 1
    failed = {gate.name: gate.problems for gate in page_gates(layout.pages[0]) if not gate.passed}
    assert failed == {}


def test_lanes_follow_declared_role_order_full_width() -> None:
    process = load(FIXTURES / "valid" / "minimal.yaml")
    page = layout_process(process).pages[0]
    assert [lane.role_id for lane in page.lanes] == [role.id for role in process.roles]
    tops = [lane.rect.y for lane in page.lanes]
    assert tops == sorted(tops)
    assert len({(lane.rect.x, lane.rect.w) for lane in page.lanes}) == 1
    assert len({round(lane.rect.h, 6) for lane in page.lanes}) == 1


def test_each_step_sits_in_its_owner_lane_and_phase_column() -> None:
    process = load(FIXTURES / "valid" / "minimal.yaml")
    page = layout_process(process).pages[0]
    steps = {step.id: step for step in process.steps}
    for box in page.boxes:
        assert page.lanes[box.lane].role_id == steps[box.step_id].owner
        assert page.columns[box.column].phase_id == steps[box.step_id].phase


def test_dependent_steps_in_one_phase_go_left_to_right() -> None:
    page = layout_process(load(FIXTURES / "valid" / "minimal.yaml")).pages[0]
    boxes = {box.step_id: box for box in page.boxes}
    assert boxes["suunnitelma"].rect.right < boxes["paatos"].rect.x


def test_long_finnish_compound_words_are_hyphenated_inside_the_box() -> None:
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    long_word = "Sosiaalihuollonasiakastietojärjestelmäkäyttöönottosuunnitelmaluonnos"
    text = text.replace("title: Tee suunnitelma", f"title: {long_word}")
    process = load_text(text, "long.yaml").process
    page = layout_process(process).pages[0]
    box = next(b for b in page.boxes if b.step_id == "suunnitelma")
    assert len(box.text.lines) > 1
    assert "".join(line.rstrip("-") for line in box.text.lines) == long_word
    for line in box.text.lines:
        assert text_width(line, box.text.size) <= box.rect.w - 2 * box.text.pad
    assert all(gate.passed for gate in page_gates(page))


def test_a_process_too_big_for_one_slide_is_split_by_phase_not_shrunk() -> None:
    process = load_text(generate(200), "g.yaml").process
    layout = layout_process(process)
    assert len(layout.pages) > 1
    seen = [box.step_id for page in layout.pages for box in page.boxes]
    assert sorted(seen) == sorted(step.id for step in process.steps)
    for page in layout.pages:
        assert page.count == len(layout.pages)
        assert all(box.text.size >= 10 for box in page.boxes)
        # the edge gates (issue 11) are not yet met by pages this dense; placement and text gates are
        assert [g.name for g in page_gates(page) if not g.passed and g.name not in EDGE_GATES] == []
    phases_in_order = [column.phase_id for page in layout.pages for column in page.columns]
    assert phases_in_order == [phase.id for phase in process.phases]


def test_layout_is_deterministic() -> None:
    process = load_text(generate(60, seed=3), "g.yaml").process
    assert as_json(layout_process(process)) == as_json(layout_process(process))
