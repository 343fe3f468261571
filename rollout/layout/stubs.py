"""Stubs: a dependency whose other end is on another page, laid out and routed like any box and arrow.

A page (a Piece of the process) is laid out as a small process of its own: its steps, plus a stand-in
step per stub, labelled with the other end ("→ 3.2 Konfigurointi, s. 2"), in the owner's lane of an
extra column at the left (dependencies arriving) or at the right (leaving). After layout and routing
the stand-ins become the stubs' labels and their routes the stubs' arrows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Protocol

import networkx as nx

from rollout.layout import palette
from rollout.layout.geometry import Page, SplitPage, Stub
from rollout.layout.textfit import visible
from rollout.locale import label
from rollout.process.graph import build_graph, step_numbers
from rollout.process.model import Process, Step

GHOST_IN, GHOST_OUT = "~from-other-pages", "~to-other-pages"
GHOST_PREFIX = "~stub-"
MAX_STUBS = 2  # stubs per step and direction; a step with ends on more pages than this gets one for all
MAX_REFS = 3  # step numbers named on a stub for several dependencies
NAME_CHARS = 26  # a short name longer than this is cut at a word and ends with "…"

# (direction, the other ends' step ids, their pages) -> the stub's label
Labeller = Callable[[str, tuple[str, ...], tuple[int, ...]], str]


class Planner(Protocol):
    """What the page splitter asks of the swimlane planner."""

    def fits(self, process: Process, graph: nx.DiGraph, phases: tuple[str, ...]) -> bool: ...

    def page(
        self, process: Process, graph: nx.DiGraph, phases: tuple[str, ...], part: tuple[int, int]
    ) -> Page | None: ...

    def reason(self, process: Process, graph: nx.DiGraph, phases: tuple[str, ...]) -> str: ...


@dataclass(frozen=True)
class Piece:
    """What one page shows: phases (columns), steps and lanes (roles), in process order."""

    phases: tuple[str, ...]
    steps: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True)
class StubSpec:
    """A stub before layout: the step on this page, the direction, the other ends and their pages, the label."""

    step_id: str
    direction: str
    others: tuple[str, ...]
    pages: tuple[int, ...]
    text: str


def page_labeller(process: Process) -> Labeller:
    """Labels naming the other step (or steps) and the page: "→ 3.2 Konfigurointi, s. 2"."""
    name = _namer(process)
    language = process.process.language

    def text(direction: str, others: tuple[str, ...], pages: tuple[int, ...]) -> str:
        where = str(pages[0]) if len(pages) == 1 else f"{pages[0]}–{pages[-1]}"
        return f"{name(direction, others)}, {label('stub_page', language, page=where)}"

    return text


def phase_labeller(process: Process) -> Labeller:
    """Labels naming the other step (or steps) only: "← 2.11", "→ 4.1 Palvelu auki" (the deck's zoom)."""
    name = _namer(process)
    return lambda direction, others, pages: name(direction, others)


def _namer(process: Process) -> Callable[[str, tuple[str, ...]], str]:
    numbers = step_numbers(process)
    steps = {step.id: step for step in process.steps}

    def name(direction: str, others: tuple[str, ...]) -> str:
        arrow = "→" if direction == "out" else "←"
        if len(others) == 1:
            return f"{arrow} {numbers[others[0]]} {_short(steps[others[0]])}"
        refs = ", ".join(numbers[other] for other in others[:MAX_REFS])
        more = f" +{len(others) - MAX_REFS}" if len(others) > MAX_REFS else ""
        return f"{arrow} {refs}{more}"

    return name


def _short(step: Step) -> str:
    """A step's short name, cut at a word when long."""
    text = " ".join(visible(step.label or step.title).split())
    if len(text) <= NAME_CHARS:
        return text
    cut = text[: NAME_CHARS - 1].rsplit(" ", 1)[0] if " " in text[: NAME_CHARS - 1] else text[: NAME_CHARS - 1]
    return cut.rstrip(",;:") + "…"


def stub_specs(
    process: Process, graph: nx.DiGraph, piece: Piece, where: dict[str, int], labeller: Labeller
) -> list[StubSpec]:
    """The stubs of a page: per step and direction one per other page, or one for all when many."""
    on_page = set(piece.steps)
    index = nx.get_node_attributes(graph, "index")
    specs: list[StubSpec] = []
    for step_id in piece.steps:
        for direction, ends in (("in", graph.predecessors(step_id)), ("out", graph.successors(step_id))):
            others = sorted((end for end in ends if end not in on_page), key=index.__getitem__)
            by_page: dict[int, list[str]] = {}
            for other in others:
                by_page.setdefault(where[other], []).append(other)
            groups: list[tuple[tuple[int, ...], tuple[str, ...]]] = [
                ((page,), tuple(ids)) for page, ids in sorted(by_page.items())
            ]
            if len(groups) > MAX_STUBS:
                groups = [(tuple(sorted(by_page)), tuple(others))]
            for pages, ids in groups:
                specs.append(StubSpec(step_id, direction, ids, pages, labeller(direction, ids, pages)))
    return specs


def piece_fits(process: Process, graph: nx.DiGraph, piece: Piece, specs: list[StubSpec], planner: Planner) -> bool:
    """Whether the page fits one slide with its stubs."""
    sub, sub_graph, order = _with_stand_ins(process, graph, piece, specs)
    return planner.fits(sub, sub_graph, order)


def piece_reason(process: Process, graph: nx.DiGraph, piece: Piece, specs: list[StubSpec], planner: Planner) -> str:
    """Why the page does not fit one slide."""
    sub, sub_graph, order = _with_stand_ins(process, graph, piece, specs)
    return planner.reason(sub, sub_graph, order)


def lay_out_piece(
    process: Process, graph: nx.DiGraph, piece: Piece, specs: list[StubSpec], planner: Planner, part: tuple[int, int]
) -> SplitPage | None:
    """The page with its stubs, or None when it does not fit one slide."""
    sub, sub_graph, order = _with_stand_ins(process, graph, piece, specs)
    page = planner.page(sub, sub_graph, order, part)
    if page is None or not page.fits:
        return None
    return _as_split_page(page, process, specs, order[0] == GHOST_IN)


def _with_stand_ins(
    process: Process, graph: nx.DiGraph, piece: Piece, specs: list[StubSpec]
) -> tuple[Process, nx.DiGraph, tuple[str, ...]]:
    """The page as a process of its own, a stand-in step per stub; its graph; its columns in order."""
    on_page = set(piece.steps)
    owner = {step.id: step.owner for step in process.steps}
    template = process.steps[0]
    stand_ins = [
        template.model_copy(
            update={
                "id": f"{GHOST_PREFIX}{n}",
                "phase": GHOST_IN if spec.direction == "in" else GHOST_OUT,
                "title": spec.text,
                "label": spec.text,
                "owner": owner[spec.step_id],
                "depends_on": [],
                "milestone": False,
            }
        )
        for n, spec in enumerate(specs)
    ]
    columns = [
        process.phases[0].model_copy(update={"id": ghost, "name": "", "ongoing": False})
        for ghost in (GHOST_IN, GHOST_OUT)
    ]
    roles = set(piece.roles)
    sub = process.model_copy(
        update={
            "roles": [role for role in process.roles if role.id in roles],
            "phases": [*process.phases, *columns],  # after the real ones: their numbers stay
            "steps": [*(s for s in process.steps if s.id in on_page), *stand_ins],
        }
    )
    sub_graph = build_graph(sub)
    for stand_in, spec in zip(stand_ins, specs, strict=True):
        ends = (stand_in.id, spec.step_id) if spec.direction == "in" else (spec.step_id, stand_in.id)
        sub_graph.add_edge(*ends)
    arriving = (GHOST_IN,) if any(spec.direction == "in" for spec in specs) else ()
    leaving = (GHOST_OUT,) if any(spec.direction == "out" for spec in specs) else ()
    return sub, sub_graph, (*arriving, *piece.phases, *leaving)


def _as_split_page(page: Page, process: Process, specs: list[StubSpec], shifted: bool) -> SplitPage:
    """The laid-out page with its stand-ins turned into stubs and their columns into plain space."""
    index = {step.id: n for n, step in enumerate(process.steps)}
    spec_of = {f"{GHOST_PREFIX}{n}": spec for n, spec in enumerate(specs)}
    boxes = tuple(
        replace(box, index=index[box.step_id], column=box.column - shifted)
        for box in page.boxes
        if box.step_id not in spec_of
    )
    routes = tuple(r for r in page.routes if r.source not in spec_of and r.target not in spec_of)
    arrows = {r.source if r.source in spec_of else r.target: r.points for r in page.routes if r not in routes}
    stubs = tuple(
        Stub(
            spec_of[box.step_id].step_id,
            spec_of[box.step_id].direction,
            spec_of[box.step_id].others,
            spec_of[box.step_id].pages,
            replace(box.text, fill="FFFFFF", color=palette.STEP_TEXT, bold=False),
            arrows[box.step_id],
        )
        for box in page.boxes
        if box.step_id in spec_of
    )
    columns = tuple(column for column in page.columns if not column.phase_id.startswith("~"))
    values = {f.name: getattr(page, f.name) for f in fields(Page)}
    values.update(columns=columns, boxes=boxes, routes=routes, omitted_edges=0, notes=())
    return SplitPage(**values, stubs=stubs)
