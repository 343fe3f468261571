"""The swimlane layout: roles as full-width lanes, phases as columns, steps as boxes, by our code.

Pure geometry on frozen data. Every renderer draws this; none decides positions of its own.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

import networkx as nx

from rollout.layout import channels, palette
from rollout.layout import gutters as gutter_widths
from rollout.layout.edge_colours import coloured
from rollout.layout.geometry import ColumnBand, LaneBand, Layout, LegendItem, Page, Rect, StepBox, Text
from rollout.layout.pages import phase_pages, split_pages
from rollout.layout.route import SlotGrid, nudge_routes, route_edges
from rollout.layout.stubs import page_labeller, phase_labeller
from rollout.layout.textfit import line_height, text_width, visible, wrap, wrap_alike
from rollout.locale import Language, label
from rollout.process.graph import build_graph
from rollout.process.model import Process, Step

SLIDE_W, SLIDE_H = 960.0, 540.0
MARGIN = 10.0
GUTTER = 12.0
VPAD = 3.0
PAD = 3.0
STEP_SIZES = (12.0, 11.0, 10.0)
CORRIDOR_COST = 2  # a dependency that detours costs as much as two broken words
EXTRA_PLANS = 8  # plans tried after the first that fits, looking for whole words
LABEL_SIZE = 14.0
LEGEND_SIZE = 10.0
LEGEND_H = LEGEND_SIZE * 1.17 + 6.0
MAX_BOX_LINES = 4
MAX_BOX_W = 150.0
MIN_SLOT_W = 40.0
WIDE_GUTTER = 0.2
GUTTER_ROUNDS = 1  # routings with resized gutters after the first
LABEL_WIDTHS = (100.0, 115.0, 130.0, 145.0, 160.0)


@dataclass(frozen=True)
class Slotting:
    """Where each step of a page sits: column, slot within the column, row within the lane."""

    phases: tuple[str, ...]
    cells: dict[str, tuple[int, int, int]]
    slots_per_column: tuple[int, ...]
    rows_per_lane: tuple[int, ...]


def layout_process(process: Process, jobs: int = 1) -> Layout:
    """Lay the process out on one page, or split it over pages when one page cannot hold it.

    Pages are laid out `jobs` at once (in forked workers when more than one; the same pages either
    way). Raises PageOverflow when some step cannot fit a page of its own.
    """
    graph = build_graph(process)
    phase_ids = tuple(phase.id for phase in process.phases)
    planner = _Planner(process, graph)
    if planner.fits(phase_ids):
        pages: tuple[Page, ...] = (planner.page(phase_ids, (1, 1)),)
    else:
        pages = split_pages(process, graph, PagePlanner(), page_labeller(process), jobs)
    return Layout(process.process.id, process.process.language, process.process.title, pages)


def layout_plane(process: Process) -> Layout:
    """The whole process on one page of whatever size it needs: for a drawing on one plane (BPMN)."""
    planner = _Planner(process, build_graph(process))
    page = planner.page(tuple(phase.id for phase in process.phases), (1, 1))
    return Layout(process.process.id, process.process.language, process.process.title, (page,))


def phase_zoom(process: Process, phase_id: str) -> tuple[Page, ...]:
    """One phase laid out on its own (one page, or more when it needs them), stubs to the other phases."""
    return phase_pages(process, build_graph(process), PagePlanner(), phase_labeller(process), phase_id)


class PagePlanner:
    """The planner as the page splitter asks for it (rollout.layout.stubs.Planner)."""

    def fits(self, process: Process, graph: nx.DiGraph, phases: tuple[str, ...]) -> bool:
        return _Planner(process, graph).fits(phases)

    def page(self, process: Process, graph: nx.DiGraph, phases: tuple[str, ...], part: tuple[int, int]) -> Page | None:
        chosen = _Planner(process, graph)._choose(phases, part)
        return None if chosen is None else _refined(process, graph, *chosen, part)

    def reason(self, process: Process, graph: nx.DiGraph, phases: tuple[str, ...]) -> str:
        planner = _Planner(process, graph)
        return overflow_reason(
            process, _measure(process, planner.slotting(phases, planner.uniform(phases, 2)), STEP_SIZES[-1], (1, 1))
        )


class _Planner:
    """Tries arrangements of a process; each phase's slotting is computed once and reused."""

    def __init__(self, process: Process, graph: nx.DiGraph) -> None:
        self.process = process
        self.graph = graph
        self.lane_of = {role.id: i for i, role in enumerate(process.roles)}
        self.by_phase: dict[str, list[Step]] = {phase.id: [] for phase in process.phases}
        for step in process.steps:
            self.by_phase[step.phase].append(step)
        self.memo: dict[tuple[str, int, tuple[int, ...]], dict[str, tuple[int, int]]] = {}

    def fits(self, phases: tuple[str, ...]) -> bool:
        """Whether these phases fit one slide in some arrangement (measured, not drawn)."""
        # No plan has more than two rows in a lane, nor slots narrower than MIN_SLOT_W: a group
        # with more steps than that can hold is refused before any plan is tried.
        slots = (SLIDE_W - MARGIN - (MARGIN + _label_width(self.process))) // MIN_SLOT_W
        steps = sum(len(self.by_phase[p]) for p in phases)
        if len(phases) > slots or steps > slots * 2 * len(self.process.roles):
            return False
        return self._choose(phases, (1, 2), extra=0) is not None

    def page(self, phases: tuple[str, ...], part: tuple[int, int]) -> Page:
        """The page in the first arrangement that fits; else an oversize page at minimum sizes."""
        chosen = self._choose(phases, part)
        if chosen is None:
            slotting = self.slotting(phases, self.uniform(phases, 2))
            oversize = _measure(self.process, slotting, STEP_SIZES[-1], part, oversize=True)
            page = _assemble(self.process, self.graph, slotting, oversize, part)
            return _finished(page, _grid(slotting, oversize))
        return _refined(self.process, self.graph, *chosen, part)

    def _choose(
        self, phases: tuple[str, ...], part: tuple[int, int], extra: int = EXTRA_PLANS
    ) -> tuple[Slotting, _Sizes] | None:
        """The arrangement that fits at the lowest cost, then with the largest text, then in order.

        The cost counts words broken by a hyphen (a narrow box breaks Finnish compounds, "resurs-sit")
        and, weighted, dependencies inside a phase that cannot run left to right (they detour
        around the boxes). After the first plan that fits, `extra` more are tried (none when only
        asking whether the phases fit at all).
        """
        best: tuple[tuple[int, float, int], Slotting, _Sizes] | None = None
        tried_after_fit = 0
        for rank, plan in enumerate(self.arrangements(phases)):
            if best is not None:
                if best[0][0] == 0 or tried_after_fit >= extra:
                    break
                tried_after_fit += 1
            slotting = self.slotting(phases, plan)
            for size in STEP_SIZES:
                sizes = _measure(self.process, slotting, size, part)
                if sizes.fits and not extra:
                    return slotting, sizes
                if sizes.fits:
                    cost = _broken_words(self.process, sizes) + CORRIDOR_COST * self.backward(slotting)
                    key = (cost, -size, rank)
                    if best is None or key < best[0]:
                        best = key, slotting, sizes
        return None if best is None else (best[1], best[2])

    def counts(self, phase_id: str) -> dict[int, int]:
        """Steps per lane in a phase."""
        counts: dict[int, int] = {}
        for step in self.by_phase[phase_id]:
            counts[self.lane_of[step.owner]] = counts.get(self.lane_of[step.owner], 0) + 1
        return counts

    def backward(self, slotting: Slotting) -> int:
        """Dependencies inside a phase whose target is not in a later slot than its source."""
        cells = slotting.cells
        return sum(
            1
            for source, target in self.graph.edges
            if source in cells
            and target in cells
            and cells[source][0] == cells[target][0]
            and cells[source][1] >= cells[target][1]
        )

    def depth(self, phase_id: str) -> int:
        """Steps on the longest dependency chain inside a phase."""
        inside = self.graph.subgraph(step.id for step in self.by_phase[phase_id])
        return int(nx.dag_longest_path_length(inside)) + 1 if inside.number_of_nodes() else 1

    def uniform(self, phases: tuple[str, ...], rows: int) -> _Plan:
        """Every lane `rows` rows; each phase as wide as its fullest lane then needs."""
        widths = tuple(max((-(-n // rows) for n in self.counts(p).values()), default=1) for p in phases)
        return widths, (rows,) * len(self.process.roles)

    def arrangements(self, phases: tuple[str, ...]) -> Iterator[_Plan]:
        """Plans from the most readable to the most compact.

        Dependency-ranked slots with one row per lane first; then each phase only as wide as its
        fullest lane; then narrower phases with a second row only in the lanes that need it; last
        two rows in every lane.
        """
        lanes = len(self.process.roles)
        yield tuple(max(1, len(self.by_phase[p])) for p in phases), (1,) * lanes
        counts = [self.counts(p) for p in phases]
        widths = [max(c.values(), default=1) for c in counts]
        # as many slots as the phase's longest chain of steps: its dependencies still run left to right
        chained = [max(w, self.depth(p)) for w, p in zip(widths, phases, strict=True)]
        # from there one slot narrower at a time, the widest phase first, down to the fullest lane
        while chained != widths:
            yield tuple(chained), (1,) * lanes
            spare = [c - w for c, w in zip(chained, widths, strict=True)]
            widest = max((i for i, n in enumerate(spare) if n > 0), key=lambda i: (chained[i], -i))
            chained[widest] -= 1
        yield tuple(widths), (1,) * lanes
        while any(w > 1 for w in widths):
            trials = {
                i: _lane_rows(counts, [*widths[:i], w - 1, *widths[i + 1 :]], lanes)
                for i, w in enumerate(widths)
                if w > 1
            }
            best = min(trials, key=lambda i: (max(trials[i]), sum(trials[i]), -widths[i]))
            widths[best] -= 1
            rows = trials[best]
            if max(rows) > 2:
                break
            yield tuple(widths), tuple(rows)
        yield self.uniform(phases, 2)

    def slotting(self, phases: tuple[str, ...], plan: _Plan) -> Slotting:
        """Assign each step a slot (left to right by dependency) and a row within its lane."""
        widths, lane_rows = plan
        cells: dict[str, tuple[int, int, int]] = {}
        slots: list[int] = []
        rows = [1] * len(self.process.roles)
        for column, phase_id in enumerate(phases):
            key = (phase_id, widths[column], lane_rows)
            if key not in self.memo:
                steps = self.by_phase[phase_id]
                self.memo[key] = _slot_phase(steps, self.graph, self.lane_of, widths[column], lane_rows)
            placed = self.memo[key]
            for step in self.by_phase[phase_id]:
                slot, row = placed[step.id]
                cells[step.id] = (column, slot, row)
                lane = self.lane_of[step.owner]
                rows[lane] = max(rows[lane], row + 1)
            slots.append(max((slot for slot, _ in placed.values()), default=0) + 1)
        return Slotting(phases, cells, tuple(slots), tuple(rows))


_Plan = tuple[tuple[int, ...], tuple[int, ...]]  # slots per phase, rows per lane


def _lane_rows(counts: list[dict[int, int]], widths: list[int], lanes: int) -> list[int]:
    """Rows each lane needs when each phase is as many slots wide as given."""
    rows = [1] * lanes
    for count, width in zip(counts, widths, strict=True):
        for lane, n in count.items():
            rows[lane] = max(rows[lane], -(-n // width))
    return rows


def _slot_phase(
    steps: list[Step], graph: nx.DiGraph, lane_of: dict[str, int], width: int, lane_rows: tuple[int, ...]
) -> dict[str, tuple[int, int]]:
    """Slots and rows for the steps of one phase, `width` slots wide.

    Within a lane steps keep dependency order, and each goes right of its predecessors as far as
    its lane leaves room for; a lane with several rows fills a slot top to bottom first.
    """
    ids = {step.id for step in steps}
    preds = {step.id: [p for p in graph.predecessors(step.id) if p in ids] for step in steps}
    rank = _ranks(preds)
    ordered = sorted(steps, key=lambda s: (rank[s.id], graph.nodes[s.id]["index"]))
    lanes: dict[int, list[str]] = {}
    for step in ordered:
        lanes.setdefault(lane_of[step.owner], []).append(step.id)
    placed: dict[str, tuple[int, int]] = {}
    last: dict[int, int] = {}
    for step in ordered:
        lane_index = lane_of[step.owner]
        rows = lane_rows[lane_index]
        lane = lanes[lane_index]
        index = lane.index(step.id)
        desired = rows * max((placed[p][0] + 1 for p in preds[step.id]), default=0)
        low, high = last.get(lane_index, -1) + 1, width * rows - (len(lane) - index)
        position = min(max(desired, low), high)
        last[lane_index] = position
        placed[step.id] = (position // rows, position % rows)
    return placed


def _ranks(preds: dict[str, list[str]]) -> dict[str, int]:
    """Longest-path depth of each step among its own phase's dependencies (the graph is acyclic)."""
    rank: dict[str, int] = {}
    pending = list(preds)
    while pending:
        node = pending[-1]
        missing = [p for p in preds[node] if p not in rank]
        if missing:
            pending.extend(missing)
            continue
        pending.pop()
        rank[node] = max((rank[p] + 1 for p in preds[node]), default=0)
    return rank


@dataclass(frozen=True)
class _Sizes:
    """Every size of a page at one step font size, and whether it fits the slide."""

    size: float
    label_w: float
    slot_w: float
    box_w: float
    box_h: float
    col_x: list[float]
    step_lines: dict[str, tuple[str, ...]]
    headers: list[tuple[str, ...]]
    title_lines: tuple[str, ...]
    header_h: float
    lane_h: list[float]
    fits: bool
    gutters: tuple[float, ...] | None = None  # between the boxes, when not all equal
    widths: tuple[float, ...] | None = None  # of the boxes in each slot, when not all box_w


def _measure(
    process: Process,
    slotting: Slotting,
    size: float,
    part: tuple[int, int],
    oversize: bool = False,
    spacing: tuple[tuple[float, ...], tuple[float, ...]] | None = None,
) -> _Sizes:
    """Measure text and cells at one step font size; no routing, so trying sizes stays cheap."""
    label_w = _label_width(process)
    body_x = MARGIN + label_w
    slot_w = max((SLIDE_W - MARGIN - body_x) / max(1, sum(slotting.slots_per_column)), MIN_SLOT_W)
    if oversize:
        slot_w = max(slot_w, _min_slot_width(process, slotting, size))
    # wide slots keep a fifth of their width as a channel for edges between columns
    box_w = min(slot_w - max(GUTTER, WIDE_GUTTER * slot_w if slot_w >= 90.0 else 0.0), MAX_BOX_W)
    steps = _page_steps(process, slotting)
    language = process.process.language
    labels = [(s.label or s.title, box_w - 2 * PAD, s.milestone) for s in steps]
    step_lines = dict(zip((s.id for s in steps), wrap_alike(labels, size, language), strict=True))
    box_lines = max((len(lines) for lines in step_lines.values()), default=1)
    box_h = box_lines * line_height(size) + 2 * PAD
    if spacing is None:
        col_x = _column_starts(body_x, slot_w, slotting.slots_per_column)
    else:
        col_x = list(SlotGrid.spaced(body_x, spacing[1], spacing[0], slotting.slots_per_column).borders())
    # The title keeps its seams: "Perhe-" / "keskuksen", never "Perhekeskuk-" / "sen" to save a line.
    title_lines = wrap(_title(process, part), label_w - 2 * PAD, LABEL_SIZE, True, language)
    headers = _header_lines(process, slotting, col_x, len(title_lines))
    header_h = max(len(title_lines), *(len(h) for h in headers)) * line_height(LABEL_SIZE) + 2 * PAD
    lane_need = _lane_heights(process, slotting, box_h, label_w)
    avail = SLIDE_H - 2 * MARGIN - header_h - LEGEND_H - 4
    fits = sum(lane_need) <= avail and box_lines <= MAX_BOX_LINES and col_x[-1] <= SLIDE_W - MARGIN + 0.01
    lane_h = _spread(lane_need, avail) if fits else lane_need
    gutters, widths = spacing if spacing is not None else (None, None)
    return _Sizes(
        size,
        label_w,
        slot_w,
        box_w,
        box_h,
        col_x,
        step_lines,
        headers,
        title_lines,
        header_h,
        lane_h,
        fits,
        gutters,
        widths,
    )


def _broken_words(process: Process, sizes: _Sizes) -> int:
    """How many hyphens the wrapping added inside words (a break at a word's own hyphen is free)."""
    labels = {s.id: visible(s.label or s.title) for s in process.steps}
    return sum(
        len("".join(lines).replace(" ", "")) - len(labels[step_id].replace(" ", ""))
        for step_id, lines in sizes.step_lines.items()
    )


def _assemble(process: Process, graph: nx.DiGraph, slotting: Slotting, sizes: _Sizes, part: tuple[int, int]) -> Page:
    """Place every rectangle and route every edge of a measured page (not yet nudged: _finished)."""
    page = _frame(process, slotting, sizes, part)
    routes, omitted = route_edges(graph, page.boxes, page.lanes, _grid(slotting, sizes))
    notes = (label("continued_edges", process.process.language, n=omitted),) if omitted else ()
    return replace(page, routes=routes, omitted_edges=omitted, notes=notes)


def _frame(process: Process, slotting: Slotting, sizes: _Sizes, part: tuple[int, int]) -> Page:
    """Every rectangle of a measured page, no routes yet."""
    language = process.process.language
    top = MARGIN + sizes.header_h
    body_h = sum(sizes.lane_h)
    width = max(SLIDE_W, sizes.col_x[-1] + MARGIN)
    height = max(SLIDE_H, top + body_h + LEGEND_H + 4 + MARGIN)
    lanes = _lanes(process, top, sizes.lane_h, sizes.label_w, sizes.col_x[-1])
    columns = _columns(process, slotting, sizes.col_x, sizes.headers, top, body_h, sizes.header_h)
    boxes = _boxes(process, slotting, lanes, _grid(slotting, sizes), sizes)
    title_rect = Rect(MARGIN, MARGIN, sizes.label_w, sizes.header_h)
    title = Text(title_rect, sizes.title_lines, LABEL_SIZE, True, palette.TITLE_TEXT, None, PAD, "left")
    legend = _legend(language, MARGIN, top + body_h + 4)
    return Page(part[0], part[1], width, height, title, lanes, columns, boxes, (), legend, 0, sizes.fits)


def _grid(slotting: Slotting, sizes: _Sizes) -> SlotGrid:
    if sizes.gutters is None or sizes.widths is None:
        return SlotGrid.build(sizes.col_x, sizes.slot_w, slotting.slots_per_column, sizes.box_w)
    return SlotGrid.spaced(sizes.col_x[0], sizes.widths, sizes.gutters, slotting.slots_per_column)


def _refined(process: Process, graph: nx.DiGraph, slotting: Slotting, sizes: _Sizes, part: tuple[int, int]) -> Page:
    """The page, routed again with gutters sized by what its edges needed, while that reads better.

    Only a page whose edges overlap, pass through an arrowhead or run too close together is tried
    again; each try moves width to the gutters the last routing crowded, at most GUTTER_ROUNDS times.
    The tries are compared as routed; only the one kept is nudged (nudging takes as long as a routing).
    """
    page = _assemble(process, graph, slotting, sizes, part)
    best, best_sizes, best_score = page, sizes, gutter_widths.score(page)
    widths = _narrowest(process, slotting, sizes)
    for _ in range(GUTTER_ROUNDS):
        if best_score[:2] == (0, 0):
            break
        grid = _grid(slotting, sizes)
        spare = sum(grid.widths) - sum(widths)
        gutters = gutter_widths.shared_out(grid, gutter_widths.demand(page, grid), spare)
        if gutters is None:
            break
        resized = _measure(process, slotting, sizes.size, part, spacing=(gutters, widths))
        if not resized.fits:
            break
        sizes, page = resized, _assemble(process, graph, slotting, resized, part)
        if gutter_widths.score(page) < best_score:
            best, best_sizes, best_score = page, sizes, gutter_widths.score(page)
    grid = _grid(slotting, best_sizes)
    return _coloured(_respaced(process, slotting, best_sizes, part, _nudged(best, grid)))


def _finished(page: Page, grid: SlotGrid) -> Page:
    """The page with its edges nudged apart where they conflict, then coloured so that neighbours differ."""
    return _coloured(_nudged(page, grid))


def _nudged(page: Page, grid: SlotGrid) -> Page:
    if gutter_widths.score(page)[:2] == (0, 0):
        return page
    return replace(page, routes=nudge_routes(page.routes, page.boxes, page.lanes, grid))


def _coloured(page: Page) -> Page:
    return replace(page, routes=coloured(page.routes))


def _respaced(process: Process, slotting: Slotting, sizes: _Sizes, part: tuple[int, int], page: Page) -> Page:
    """The page with the lines between its columns and rows of boxes set apart where room allows (layout.channels).

    Gutters first (width moves between them), then the rows of each lane (into the lane's margins);
    each kept only when the edges then read better and the page measures as before.
    """
    grid = _grid(slotting, sizes)
    found = channels.gutter_channels(page.routes, grid)
    gutters = channels.widened(grid, found)
    if gutters is not None:
        resized = _measure(process, slotting, sizes.size, part, spacing=(gutters, grid.widths))
        same = resized.fits and resized.header_h == sizes.header_h and resized.lane_h == sizes.lane_h
        routes = channels.respaced(page.routes, grid, _grid(slotting, resized), found) if same else None
        if routes is not None:
            frame = _frame(process, slotting, resized, part)
            page = _better(page, replace(page, columns=frame.columns, boxes=frame.boxes, routes=routes))
    rows = channels.rows_respaced(page.routes, page.boxes, page.lanes)
    if rows is not None:
        page = _better(page, replace(page, routes=rows[0], boxes=rows[1]))
    return page


def _better(page: Page, other: Page) -> Page:
    return other if channels.readability(other.routes) < channels.readability(page.routes) else page


def _narrowest(process: Process, slotting: Slotting, sizes: _Sizes) -> tuple[float, ...]:
    """For each slot the narrowest box its labels fit as they are wrapped (an empty slot keeps the common width)."""
    widths = [0.0] * sum(slotting.slots_per_column)
    offsets = [sum(slotting.slots_per_column[:column]) for column in range(len(slotting.slots_per_column))]
    bold = {step.id for step in process.steps if step.milestone}
    for step_id, (column, slot, _) in sorted(slotting.cells.items()):
        widest = max((text_width(line, sizes.size, step_id in bold) for line in sizes.step_lines[step_id]), default=0.0)
        index = offsets[column] + slot
        widths[index] = max(widths[index], min(sizes.box_w, math.ceil(2 * (widest + 2 * PAD)) / 2))
    return tuple(width or sizes.box_w for width in widths)


def _page_steps(process: Process, slotting: Slotting) -> list[Step]:
    return [s for s in process.steps if s.id in slotting.cells]


def _title(process: Process, part: tuple[int, int]) -> str:
    title = process.process.title
    if part[1] > 1:
        title += f" ({label('page', process.process.language, n=part[0], count=part[1])})"
    return title


def _label_width(process: Process) -> float:
    """The narrowest label column in which every role name takes two lines at most, words unbroken."""
    language = process.process.language
    words = [word for role in process.roles for word in role.name.split()]
    longest = max((text_width(word, LABEL_SIZE) for word in words), default=0.0)
    for width in LABEL_WIDTHS:
        lines = (len(wrap(role.name, width - 2 * PAD, LABEL_SIZE, False, language)) for role in process.roles)
        if longest <= width - 2 * PAD and all(count <= 2 for count in lines):
            return width
    return LABEL_WIDTHS[-1]


def _min_slot_width(process: Process, slotting: Slotting, size: float) -> float:
    """Slot width at which the longest word of any step label fits (for oversize pages)."""
    words = [w for s in _page_steps(process, slotting) for w in (s.label or s.title).split()]
    return max((text_width(w, size, True) for w in words), default=40.0) / 2 + GUTTER + 2 * PAD


def _column_starts(body_x: float, slot_w: float, slots: tuple[int, ...]) -> list[float]:
    """Left edge of each column, plus the right edge of the last one."""
    starts = [body_x]
    for count in slots:
        starts.append(starts[-1] + count * slot_w)
    return starts


def _header_lines(process: Process, slotting: Slotting, col_x: list[float], title_lines: int) -> list[tuple[str, ...]]:
    """Each phase header's lines: one row beside the title, so wrapped alike."""
    phases = {p.id: (i, p) for i, p in enumerate(process.phases, start=1)}
    cells = []
    for column, phase_id in enumerate(slotting.phases):
        number, phase = phases[phase_id]
        text = f"{number}. {phase.name}"
        if phase.ongoing:
            text += f" ({label('ongoing', process.process.language)})"
        cells.append((text, col_x[column + 1] - col_x[column] - 2 * PAD, True))
    return wrap_alike(cells, LABEL_SIZE, process.process.language, title_lines)


def _lane_heights(process: Process, slotting: Slotting, box_h: float, label_w: float) -> list[float]:
    """Height each lane needs for its rows of boxes and its label."""
    heights = []
    for role, rows in zip(process.roles, slotting.rows_per_lane, strict=True):
        lines = wrap(role.name, label_w - 2 * PAD, LABEL_SIZE, False, process.process.language)
        label_h = len(lines) * line_height(LABEL_SIZE) + 2 * PAD
        heights.append(max(rows * (box_h + 2 * VPAD), label_h))
    return heights


def _spread(need: list[float], avail: float) -> list[float]:
    """Share spare height: equal lanes when possible, else spare added evenly."""
    tallest = max(need)
    if tallest * len(need) <= avail:
        return [avail / len(need)] * len(need)
    extra = (avail - sum(need)) / len(need)
    return [h + extra for h in need]


def _lanes(process: Process, top: float, heights: list[float], label_w: float, right: float) -> tuple[LaneBand, ...]:
    lanes = []
    y = top
    for index, (role, height) in enumerate(zip(process.roles, heights, strict=True)):
        cell = Rect(MARGIN, y, label_w, height)
        lines = wrap(role.name, label_w - 2 * PAD, LABEL_SIZE, False, process.process.language)
        text = Text(cell, lines, LABEL_SIZE, False, palette.LABEL_TEXT, palette.role_fill(role.kind), PAD, "left")
        lanes.append(LaneBand(role.id, index, Rect(MARGIN, y, right - MARGIN, height), text))
        y += height
    return tuple(lanes)


def _columns(
    process: Process,
    slotting: Slotting,
    col_x: list[float],
    headers: list[tuple[str, ...]],
    top: float,
    body_h: float,
    header_h: float,
) -> tuple[ColumnBand, ...]:
    numbers = {p.id: i for i, p in enumerate(process.phases, start=1)}
    columns = []
    for column, phase_id in enumerate(slotting.phases):
        x, w = col_x[column], col_x[column + 1] - col_x[column]
        header = Text(
            Rect(x, MARGIN, w, header_h),
            headers[column],
            LABEL_SIZE,
            True,
            palette.HEADER_TEXT,
            palette.header_fill(numbers[phase_id]),
            PAD,
        )
        body = Rect(x, top, w, body_h)
        columns.append(ColumnBand(phase_id, numbers[phase_id], body, header, palette.column_fill(column)))
    return tuple(columns)


def _boxes(
    process: Process, slotting: Slotting, lanes: tuple[LaneBand, ...], grid: SlotGrid, sizes: _Sizes
) -> tuple[StepBox, ...]:
    lane_of = {role.id: i for i, role in enumerate(process.roles)}
    boxes = []
    for index, step in enumerate(process.steps):
        if step.id not in slotting.cells:
            continue
        column, slot, row = slotting.cells[step.id]
        lane = lanes[lane_of[step.owner]]
        row_h = lane.rect.h / slotting.rows_per_lane[lane.index]
        x = grid.box_left(column, slot)
        y = lane.rect.y + row * row_h + (row_h - sizes.box_h) / 2
        fill, border, width = palette.step_style(column, step.milestone)
        rect = Rect(x, y, grid.widths[grid.index(column, slot)], sizes.box_h)
        text = Text(rect, sizes.step_lines[step.id], sizes.size, step.milestone, palette.STEP_TEXT, fill, PAD)
        boxes.append(StepBox(step.id, index, lane.index, column, slot, row, text, border, width, step.milestone))
    return tuple(boxes)


def _legend(language: Language, x: float, y: float) -> tuple[LegendItem, ...]:
    items = []
    for kind, key in (("step", "legend_step"), ("milestone", "legend_milestone"), ("edge", "legend_dependency")):
        text = label(key, language)
        swatch = Rect(x, y + 3, 24, LEGEND_H - 6)
        width = text_width(text, LEGEND_SIZE) + 2 * PAD + 1
        caption = Text(
            Rect(x + 28, y, width, LEGEND_H), (text,), LEGEND_SIZE, False, palette.LABEL_TEXT, None, PAD, "left"
        )
        items.append(LegendItem(kind, swatch, caption))
        x += 28 + width + 18
    return tuple(items)


def overflow_reason(process: Process, sizes: _Sizes) -> str:
    """Why a page measured at the minimum sizes does not fit the slide."""
    steps = {step.id: step for step in process.steps}
    lines = {step_id: len(text) for step_id, text in sizes.step_lines.items()}
    worst = max(lines, key=lambda step_id: (lines[step_id], -steps[step_id].phase.startswith("~")), default=None)
    if worst is not None and lines[worst] > MAX_BOX_LINES:
        name = f"the stub '{steps[worst].title}'" if worst.startswith("~") else f"step '{worst}'"
        return (
            f"{name} needs {lines[worst]} lines at {sizes.size:g} pt in a box {sizes.box_w:.0f} pt wide; "
            f"a box holds {MAX_BOX_LINES}; give it a shorter label"
        )
    if sizes.col_x[-1] > SLIDE_W - MARGIN + 0.01:
        return f"its columns need {sizes.col_x[-1] + MARGIN:,.0f} pt across, the slide has {SLIDE_W:.0f}"
    avail = SLIDE_H - 2 * MARGIN - sizes.header_h - LEGEND_H - 4
    phases = ", ".join(
        p.name for p in process.phases if not p.id.startswith("~") and any(s.phase == p.id for s in process.steps)
    )
    lanes = ", ".join(role.name for role in process.roles)
    return f"lanes {lanes} in phase {phases} need {sum(sizes.lane_h):,.0f} pt, the slide has {avail:,.0f}"
