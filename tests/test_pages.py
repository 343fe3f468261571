"""Swimlanes too big for one slide: pages, stubs on both sides of every cut dependency, the overflow error."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from rollout.layout.gates import page_gates, shapes_outside
from rollout.layout.geometry import Layout, Rect, SplitPage, Stub
from rollout.layout.swimlane import layout_process
from rollout.process.graph import build_graph, step_numbers
from rollout.process.load import load_text
from rollout.process.model import Process
from rollout.render.graphviz import render_png, render_svg
from rollout.render.slide import swimlane_pptx
from tests.stress_data import STRESS, _document, thirty_phases
from tests.test_cli import rollout
from tests.test_gates_edges import EDGE_GATES

ROUTING = EDGE_GATES - {"shapes-on-slide"}  # shapes off the slide are checked here all the same
LAYOUTS: dict[str, tuple[Process, Layout]] = {}


def laid_out(name: str) -> tuple[Process, Layout]:
    """Each stress process laid out once per test session."""
    if name not in LAYOUTS:
        process = load_text(STRESS[name](), f"{name}.yaml").process
        LAYOUTS[name] = process, layout_process(process, jobs=2)
    return LAYOUTS[name]


def test_pages_laid_out_two_at_once_are_the_pages_laid_out_one_by_one() -> None:
    process, parallel = laid_out("30-phases")
    assert len(parallel.pages) > 2
    assert layout_process(process, jobs=1) == parallel


def page_of(layout: Layout) -> dict[str, int]:
    return {box.step_id: page.number for page in layout.pages for box in page.boxes}


def stubs(layout: Layout) -> list[tuple[int, Stub]]:
    return [(page.number, stub) for page in layout.pages if isinstance(page, SplitPage) for stub in page.stubs]


@pytest.mark.parametrize("name", sorted(STRESS))
def test_stress_process_splits_into_pages_with_nothing_off_the_slide(name: str) -> None:
    process, layout = laid_out(name)
    assert len(layout.pages) > 1
    for page in layout.pages:
        assert list(shapes_outside(page)) == []
        assert page.width <= 960.01
        assert page.height <= 540.01
        # the edge-readability gates of issue 11 are not met yet on pages this dense (as on Omaolo's)
        failed = {g.name: g.problems[:2] for g in page_gates(page) if not g.passed and g.name not in ROUTING}
        assert failed == {}, f"page {page.number}"
        assert page.count == len(layout.pages)
    seen = [box.step_id for page in layout.pages for box in page.boxes]
    assert sorted(seen) == sorted(step.id for step in process.steps)  # every step once


@pytest.mark.parametrize("name", sorted(STRESS))
def test_every_dependency_between_pages_has_a_stub_on_both_pages(name: str) -> None:
    process, layout = laid_out(name)
    where = page_of(layout)
    graph = build_graph(process)
    cut = {(u, v) for u, v in graph.edges if where[u] != where[v]}
    assert cut, "the stress case cuts some dependency"
    leaving = [
        (n, stub.step_id, other) for n, stub in stubs(layout) if stub.direction == "out" for other in stub.others
    ]
    arriving = [
        (n, other, stub.step_id) for n, stub in stubs(layout) if stub.direction == "in" for other in stub.others
    ]
    # each cut dependency once on the source's page, once on the target's page: stubs = cut edges
    assert sorted((u, v) for _, u, v in leaving) == sorted(cut)
    assert sorted((u, v) for _, u, v in arriving) == sorted(cut)
    assert all(n == where[u] for n, u, _ in leaving)
    assert all(n == where[v] for n, _, v in arriving)
    for n, stub in stubs(layout):
        assert stub.pages == tuple(sorted({where[other] for other in stub.others}))
        assert n not in stub.pages
        box = next(b for b in layout.pages[n - 1].boxes if b.step_id == stub.step_id)
        start, end = stub.points[0], stub.points[-1]
        if stub.direction == "out":  # leaves the box, its head on a side of the label
            assert on_edge(start, box.rect)
            assert on_edge(end, stub.label.rect)
        else:  # leaves the label, its head on a side of the box
            assert on_edge(start, stub.label.rect)
            assert on_edge(end, box.rect)


def on_edge(point: tuple[float, float], rect: Rect) -> bool:
    """Whether a point lies on the outline of a rectangle (where every route leaves or enters a box)."""
    x, y = point
    across = rect.x - 0.01 <= x <= rect.right + 0.01
    down = rect.y - 0.01 <= y <= rect.bottom + 0.01
    sides = abs(x - rect.x) < 0.01 or abs(x - rect.right) < 0.01
    ends = abs(y - rect.y) < 0.01 or abs(y - rect.bottom) < 0.01
    return (sides and down) or (ends and across)


def test_stub_labels_name_the_other_step_and_its_page() -> None:
    process, layout = laid_out("40-roles")
    numbers = step_numbers(process)
    titles = {step.id: step.title for step in process.steps}
    checked = 0
    for _, stub in stubs(layout):
        text = " ".join(stub.label.lines)
        arrow = "→" if stub.direction == "out" else "←"
        if len(stub.others) == 1:
            other = stub.others[0]
            assert text == f"{arrow} {numbers[other]} {titles[other]}, s. {stub.pages[0]}"
            checked += 1
    assert checked > 50


def test_a_step_with_many_dependencies_gets_one_stub_per_other_page_or_one_for_all() -> None:
    _, layout = laid_out("200-dependencies")
    arriving = [stub for _, stub in stubs(layout) if stub.step_id == "kaikki" and stub.direction == "in"]
    assert sum(len(stub.others) for stub in arriving) == 200 - sum(
        1 for box in layout.pages[page_of(layout)["kaikki"] - 1].boxes if box.step_id.startswith("s")
    )
    assert len(arriving) == 1  # its ends are on four pages: one stub names the first and counts the rest
    assert " ".join(arriving[0].label.lines) == "← 1.1, 1.2, 1.3 +157, s. 1–4"


def test_stub_labels_follow_the_process_language() -> None:
    text = thirty_phases().replace("language: fi", "language: en")
    layout = layout_process(load_text(text, "en.yaml").process)
    labels = [" ".join(stub.label.lines) for _, stub in stubs(layout)]
    assert labels
    assert all(", p. " in label for label in labels)


def test_one_page_process_is_not_split_and_has_no_stubs() -> None:
    process = load_text(_document(["a"], 1, [("x", 1, "a", [], "Yksi"), ("y", 1, "a", ["x"], "Kaksi")]), "s.yaml")
    layout = layout_process(process.process)
    assert len(layout.pages) == 1
    assert not isinstance(layout.pages[0], SplitPage)


def test_split_pages_draw_every_stub_in_png_svg_and_pptx_byte_identically() -> None:
    _, layout = laid_out("30-phases")
    labels = [stub.label.lines for _, stub in stubs(layout)]
    svg = render_svg(layout).decode("utf-8")
    for lines in labels:
        assert lines[0].replace("&", "&amp;") in svg
    assert svg.count('stroke-dasharray="5,2"') >= len(labels)  # every stub label dashed
    assert render_png(layout) == render_png(layout)
    assert render_svg(layout).decode("utf-8") == svg
    pptx = swimlane_pptx(layout, glued=False)
    assert pptx == swimlane_pptx(layout, glued=False)
    deck = Presentation(io.BytesIO(pptx))
    names = [shape.name for slide in deck.slides for shape in slide.shapes]
    assert sum(name.startswith("Stub arrow ") for name in names) == len(labels)
    assert sum(name.startswith("Stub out ") or name.startswith("Stub in ") for name in names) == len(labels)


def test_a_step_no_slide_can_hold_is_a_build_error_and_old_outputs_stay(tmp_path: Path) -> None:
    steps = [("alku", 1, "a", [], "Alku"), ("pitka", 1, "a", ["alku"], "Lyhyt")]
    source = tmp_path / "p.yaml"
    source.write_text(_document(["a"], 1, steps), encoding="utf-8")
    build = ("build", "p.yaml", "--only", "swimlane-svg", "--diagrams-dir", "d", "--exports-dir", "e", "--force")
    assert rollout(*build, cwd=tmp_path).returncode == 0
    before = {path: path.read_bytes() for path in tmp_path.glob("[de]/*")}
    assert before
    long = " ".join(["Käyttöönottosuunnitelman"] * 10)
    text = _document(["a"], 1, [*steps[:1], ("pitka", 1, "a", ["alku"], long)])
    source.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if long in row)
    col = text.splitlines()[line - 1].index('"') + 1
    done = rollout(*build, cwd=tmp_path)
    assert done.returncode == 1
    where = f"p.yaml:{line}:{col}: error: "  # at the step's title: the text too long for a box
    assert f"{where}the swimlane of 'stress' does not fit its slides: page 2: step 'pitka' needs " in done.stderr
    assert "a box holds 4; give it a shorter label [swimlane-overflow]" in done.stderr
    assert "Traceback" not in done.stderr
    assert {path: path.read_bytes() for path in tmp_path.glob("[de]/*")} == before


def test_a_phase_too_tall_alone_splits_by_lanes_and_a_lane_too_long_by_runs_of_steps() -> None:
    process, layout = laid_out("40-roles")
    lanes = [[lane.role_id for lane in page.lanes] for page in layout.pages]
    assert all(len(group) < len(process.roles) for group in lanes)  # 40 lanes never fit one slide
    first_phase = [page for page in layout.pages if [c.phase_id for c in page.columns] == ["p1"]]
    assert sorted(role for page in first_phase for role in (lane.role_id for lane in page.lanes)) == sorted(
        role.id for role in process.roles
    )  # phase 1's pages together hold every lane once, in groups of consecutive lanes
    _, long = laid_out("300-steps-one-role")
    runs = [page for page in long.pages if [c.phase_id for c in page.columns] == ["p1"]]
    assert len(runs) > 2
    assert all([lane.role_id for lane in page.lanes] == ["a"] for page in runs)
    order = [int(box.step_id[1:]) for page in runs for box in sorted(page.boxes, key=lambda b: (b.slot, b.row))]
    assert order == list(range(300))  # runs of the chain in order, page after page


def test_the_shapes_on_slide_gate_counts_each_shape_outside_the_slide() -> None:
    _, layout = laid_out("30-phases")
    page = layout.pages[0]
    assert isinstance(page, SplitPage)
    assert list(shapes_outside(page)) == []
    box = page.boxes[0]
    low = replace(box, text=replace(box.text, rect=replace(box.rect, y=530.0)))  # 530 + its height: below the edge
    stub = page.stubs[0]
    wide = replace(stub, points=(*stub.points[:-1], (975.0, stub.points[-1][1])))
    bad = replace(page, boxes=(low, *page.boxes[1:]), stubs=(wide, *page.stubs[1:]))
    found = list(shapes_outside(bad))
    assert found == [
        f"page 1: step '{box.step_id}' is outside the slide ({530 + box.rect.h - 540:.0f} pt below, 0 pt right)",
        f"page 1: stub arrow of '{stub.step_id}' is outside the slide (0 pt below, 15 pt right)",
    ]
    gate = next(g for g in page_gates(bad) if g.name == "shapes-on-slide")
    assert not gate.passed
