"""Pages of a swimlane that one slide cannot hold, with a stub on both pages for every dependency between them.

The split goes by phase first (consecutive phases share a page while they fit), then, for a phase too big
alone, by groups of lanes, then, for one lane of one phase too big alone, by runs of its steps. A step too
big for a slide on its own is an error (PageOverflow), never a page with content off the slide.

Each page is laid out by the swimlane planner as a small process of its own (rollout.layout.stubs): the
steps on the page plus a stand-in step per stub, in an extra column at the left (dependencies arriving)
and at the right (dependencies leaving), so the stubs' room is measured and their arrows routed by the
same code as every other box and arrow.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from rollout.layout.geometry import Page
from rollout.layout.stubs import Labeller, Piece, Planner, lay_out_piece, piece_fits, piece_reason, stub_specs
from rollout.process.model import Process
from rollout.workers import run_forked

TRIAL_PAGE = 90  # stand-in page numbers while pages are planned: as wide as any real one


class PageOverflow(Exception):
    """A part of a process that no page can hold at the minimum sizes."""

    def __init__(self, process_id: str, page: int, reason: str, step_id: str | None = None) -> None:
        self.process_id, self.page, self.reason, self.step_id = process_id, page, reason, step_id
        super().__init__(f"the swimlane of '{process_id}' does not fit its slides: page {page}: {reason}")


@dataclass(frozen=True)
class _Context:
    process: Process
    graph: nx.DiGraph
    planner: Planner
    labeller: Labeller
    trial: dict[str, int]  # each step's stand-in page while pages are planned: its phase's

    def fits(self, piece: Piece) -> bool:
        specs = stub_specs(self.process, self.graph, piece, self.trial, self.labeller)
        return piece_fits(self.process, self.graph, piece, specs, self.planner)


def split_pages(
    process: Process, graph: nx.DiGraph, planner: Planner, labeller: Labeller, jobs: int = 1
) -> tuple[Page, ...]:
    """The pages of a process too big for one slide, each with its stubs (SplitPage), `jobs` laid out at once."""
    context = _context(process, graph, planner, labeller)
    pieces = plan_pieces(context, tuple(phase.id for phase in process.phases), all_lanes=True)
    return _lay_out(context, pieces, jobs)


def phase_pages(
    process: Process, graph: nx.DiGraph, planner: Planner, labeller: Labeller, phase_id: str
) -> tuple[Page, ...]:
    """One phase on pages of its own (the deck's phase zoom): its lanes only, stubs to the other phases."""
    context = _context(process, graph, planner, labeller)
    return _lay_out(context, plan_pieces(context, (phase_id,), all_lanes=False))


def _context(process: Process, graph: nx.DiGraph, planner: Planner, labeller: Labeller) -> _Context:
    phase_index = {phase.id: n for n, phase in enumerate(process.phases)}
    trial = {step.id: TRIAL_PAGE + phase_index[step.phase] for step in process.steps}
    return _Context(process, graph, planner, labeller, trial)


def plan_pieces(context: _Context, phase_ids: tuple[str, ...], all_lanes: bool) -> list[Piece]:
    """Consecutive phases together while they fit; a phase too big alone split by lanes."""
    pieces: list[Piece] = []
    current: tuple[str, ...] = ()
    for phase_id in phase_ids:
        if context.fits(_phases_piece(context.process, (*current, phase_id), all_lanes)):
            current = (*current, phase_id)
            continue
        if current:
            pieces.append(_phases_piece(context.process, current, all_lanes))
            current = ()
        if context.fits(_phases_piece(context.process, (phase_id,), all_lanes)):
            current = (phase_id,)
        else:
            pieces += _lane_pieces(context, phase_id, len(pieces))
    if current:
        pieces.append(_phases_piece(context.process, current, all_lanes))
    return pieces


def _phases_piece(process: Process, phases: tuple[str, ...], all_lanes: bool) -> Piece:
    steps = tuple(s.id for s in process.steps if s.phase in phases)
    owners = {s.owner for s in process.steps if s.phase in phases}
    roles = tuple(r.id for r in process.roles if all_lanes or r.id in owners)
    return Piece(phases, steps, roles)


def _lane_pieces(context: _Context, phase_id: str, before: int) -> list[Piece]:
    """A phase over pages by groups of consecutive lanes; a lane too big alone by runs of its steps."""
    process = context.process
    steps = [s for s in process.steps if s.phase == phase_id]
    lanes = [r.id for r in process.roles if any(s.owner == r.id for s in steps)]

    def lanes_piece(group: list[str]) -> Piece:
        return Piece((phase_id,), tuple(s.id for s in steps if s.owner in group), tuple(group))

    pieces: list[Piece] = []
    start = 0
    while start < len(lanes):
        count = _longest(lanes[start:], lambda group: context.fits(lanes_piece(group)))
        if count:
            pieces.append(lanes_piece(lanes[start : start + count]))
        else:
            run = [s.id for s in steps if s.owner == lanes[start]]
            pieces += _run_pieces(context, phase_id, lanes[start], run, before + len(pieces))
            count = 1
        start += count
    return pieces


def _run_pieces(context: _Context, phase_id: str, lane: str, steps: list[str], before: int) -> list[Piece]:
    """One lane of one phase over pages by runs of its steps, in their order."""
    pieces: list[Piece] = []
    start = 0
    while start < len(steps):
        count = _longest(steps[start:], lambda run: context.fits(Piece((phase_id,), tuple(run), (lane,))))
        if not count:
            piece = Piece((phase_id,), (steps[start],), (lane,))
            specs = stub_specs(context.process, context.graph, piece, context.trial, context.labeller)
            reason = piece_reason(context.process, context.graph, piece, specs, context.planner)
            raise PageOverflow(context.process.process.id, before + len(pieces) + 1, reason, steps[start])
        pieces.append(Piece((phase_id,), tuple(steps[start : start + count]), (lane,)))
        start += count
    return pieces


def _longest(items: list[str], fits: Callable[[list[str]], bool]) -> int:
    """The largest n for which the first n items fit (taken as monotone in n), or 0 when none do."""
    if fits(items):
        return len(items)
    low, high = 0, len(items)  # the first `low` fit (none, trivially), the first `high` do not
    while high - low > 1:
        middle = (low + high) // 2
        if fits(items[:middle]):
            low = middle
        else:
            high = middle
    return low


def _lay_out(context: _Context, pieces: list[Piece], jobs: int = 1) -> tuple[Page, ...]:
    """Every piece as a page, its stubs naming the real pages of the other ends.

    With jobs > 1 the pages are laid out in forked workers, that many at once (each page is routed
    on its own, so the pages are the same either way).
    """
    # steps on none of these pages (the other phases of a zoom) keep their stand-in page: their phase's
    where = {**context.trial, **{step: n for n, piece in enumerate(pieces, start=1) for step in piece.steps}}
    specs = [stub_specs(context.process, context.graph, piece, where, context.labeller) for piece in pieces]
    calls = [
        functools.partial(lay_out_piece, context.process, context.graph, piece, spec, context.planner, (n, len(pieces)))
        for n, (piece, spec) in enumerate(zip(pieces, specs, strict=True), start=1)
    ]
    workers = min(jobs, len(calls))
    laid = run_forked(calls, workers) if workers > 1 else [call() for call in calls]
    for n, (piece, spec, page) in enumerate(zip(pieces, specs, laid, strict=True), start=1):
        if page is None:
            reason = piece_reason(context.process, context.graph, piece, spec, context.planner)
            raise PageOverflow(context.process.process.id, n, reason)
    return tuple(page for page in laid if page is not None)
