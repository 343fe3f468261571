"""The deck's phase zoom: each phase alone and large after its opening slide, stubs to the other phases."""

from __future__ import annotations

from pptx.presentation import Presentation as PresentationType

from rollout.layout.gates import page_gates, shapes_outside
from rollout.layout.geometry import SplitPage
from rollout.layout.stubs import MAX_REFS
from rollout.layout.swimlane import layout_process, phase_zoom
from rollout.locale import label
from rollout.process.graph import build_graph, step_numbers
from tests.conftest import ROOT
from tests.layout_data import load
from tests.render.pptx_text import built, open_deck, titles, walk

OMAOLO = ROOT / "processes" / "omaolo.yaml"


def omaolo_deck() -> PresentationType:
    return open_deck(built(OMAOLO))


def test_each_phase_of_omaolo_has_a_zoom_slide_right_after_its_opening_slide() -> None:
    process = load(OMAOLO)
    found = titles(omaolo_deck())
    count = len(process.phases)
    for n, phase in enumerate(process.phases, start=1):
        zoom = " ".join(label("zoom_title", "fi", n=n).split())
        opening = label("phase_title", "fi", n=n, count=count, name=phase.name)
        assert found.count(zoom) == 1, zoom
        at = found.index(zoom)
        assert found[at - 1].startswith(opening)  # the opening slide (or its last part) comes just before
        first_step = next(s for s in process.steps if s.phase == phase.id)
        assert first_step.title in found[at + 1]  # and the phase's first step slide right after


def test_zoom_pages_show_every_arrow_of_the_phase_and_a_stub_for_each_arrow_to_another_phase() -> None:
    process = load(OMAOLO)
    graph = build_graph(process)
    numbers = step_numbers(process)
    phase_of = {step.id: step.phase for step in process.steps}
    single = layout_process(process).pages[0]
    for phase in process.phases:
        pages = phase_zoom(process, phase.id)
        assert len(pages) == 1  # every phase of Omaolo fits a slide of its own
        page = pages[0]
        assert isinstance(page, SplitPage)
        assert list(shapes_outside(page)) == []
        assert [g.name for g in page_gates(page) if not g.passed] == []
        inside = {(u, v) for u, v in graph.edges if phase_of[u] == phase_of[v] == phase.id}
        assert {(r.source, r.target) for r in page.routes} == inside
        leaving = sorted((u, v) for u, v in graph.edges if phase_of[u] == phase.id != phase_of[v])
        arriving = sorted((u, v) for u, v in graph.edges if phase_of[v] == phase.id != phase_of[u])
        out = sorted((s.step_id, o) for s in page.stubs if s.direction == "out" for o in s.others)
        into = sorted((o, s.step_id) for s in page.stubs if s.direction == "in" for o in s.others)
        assert (out, into) == (leaving, arriving)
        for stub in page.stubs:
            text = " ".join(stub.label.lines).replace("- ", "-")
            arrow = "→" if stub.direction == "out" else "←"
            named = [numbers[o] for o in stub.others[:MAX_REFS]]
            assert text.startswith(f"{arrow} {', '.join(named)}")
            assert "s." not in text  # the other phase is on no other page: no page number
        # larger than on the one-slide swimlane: its boxes are at least as wide, its text as large
        zoom_box = max(box.rect.w for box in page.boxes)
        assert zoom_box >= max(box.rect.w for box in single.boxes)
        assert min(box.text.size for box in page.boxes) >= min(box.text.size for box in single.boxes)


def test_zoom_slide_draws_the_phase_arrows_and_stubs_with_their_labels() -> None:
    process = load(OMAOLO)
    deck = omaolo_deck()
    found = titles(deck)
    for n, phase in enumerate(process.phases, start=1):
        slide = deck.slides[found.index(" ".join(label("zoom_title", "fi", n=n).split()))]
        page = phase_zoom(process, phase.id)[0]
        assert isinstance(page, SplitPage)
        shapes = [shape for shape, inside in walk(slide.shapes) if inside == "Phase zoom"]
        names = [shape.name for shape in shapes]
        assert sum(name.startswith("Dependency ") for name in names) == len(page.routes)
        assert sum(name.startswith("Stub arrow ") for name in names) == len(page.stubs)
        texts = {" ".join(shape.text_frame.text.split()) for shape in shapes if shape.has_text_frame}
        for stub in page.stubs:
            assert " ".join(" ".join(stub.label.lines).split()) in texts
        steps = {s.id for s in process.steps if s.phase == phase.id}
        assert {name.removeprefix("Step ") for name in names if name.startswith("Step ")} == steps
