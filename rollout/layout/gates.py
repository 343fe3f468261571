"""Quality gates computed on the swimlane layout: placement, overlap, routing, text, contrast."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from rollout.layout import gates_edges as edges
from rollout.layout.gates_edges import crossings
from rollout.layout.geometry import Layout, Page, Rect, SplitPage, Text
from rollout.layout.palette import contrast
from rollout.layout.textfit import fits

MIN_STEP_PT = 10.0
MIN_LABEL_PT = 14.0
MIN_CONTRAST = 4.5
MAX_MEAN_BENDS = 2.0  # bends per edge, on average over a page
MAX_CROSSINGS_PER_EDGE = 1.4
SLIDE = Rect(0, 0, 960, 540)


@dataclass(frozen=True)
class Gate:
    """One quality rule and what broke it (empty problems means it passed)."""

    name: str
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


def page_gates(page: Page) -> tuple[Gate, ...]:
    """Every gate of one page."""
    return (
        Gate("boxes-in-cells", tuple(_boxes_outside(page))),
        Gate("no-overlap", tuple(_overlaps(page))),
        Gate("edges-clear-of-boxes", tuple(_edges_through_boxes(page))),
        Gate("edges-forward", tuple(_backward_edges(page))),
        Gate("no-merged-segments", tuple(edges.merged_segments(page))),
        Gate("parallel-gap", tuple(edges.close_parallels(page))),
        Gate("edges-off-borders", tuple(edges.border_huggers(page))),
        Gate("own-arrowheads", tuple(edges.shared_ends(page))),
        Gate("clear-arrowheads", tuple(edges.through_ends(page))),
        Gate("few-bends", tuple(_many_bends(page))),
        Gate("few-crossings", tuple(_many_crossings(page))),
        Gate("text-sizes", tuple(_small_text(page))),
        Gate("text-fits", tuple(f"text does not fit its box: {t.lines[:1]}" for t in _texts(page) if not _fits(t))),
        Gate("contrast", tuple(_low_contrast(page))),
        Gate("phases-labelled", tuple(_unlabelled(page))),
        Gate("shapes-on-slide", tuple(shapes_outside(page))),
        Gate(
            "fits-one-slide",
            ()
            if page.fits and SLIDE.contains(Rect(0, 0, page.width, page.height))
            else (f"page {page.number} needs {page.width:.0f}×{page.height:.0f} pt; a slide is 960×540 pt",),
        ),
    )


def metrics(page: Page) -> dict[str, int | float | None]:
    """Counts and distances (pt) reported beside the gates."""
    bends = [route.bends for route in page.routes]
    gap = edges.smallest_parallel_gap(page)
    return {
        "boxes": len(page.boxes),
        "edges": len(page.routes),
        "edges_to_other_pages": page.omitted_edges,
        "crossings": crossings(page.routes),
        "bends": sum(bends),
        "mean_bends_per_edge": _mean_bends(page),
        "max_bends_per_edge": max(bends, default=0),
        "merged_segments": len(edges.merged_segments(page)),
        "segments_near_borders": len(edges.border_huggers(page)),
        "shared_arrowheads": len(edges.shared_ends(page)),
        "segments_through_arrowheads": len(edges.through_ends(page)),
        "smallest_parallel_gap_pt": None if gap is None else round(gap, 2),
        "shapes_outside_slide": sum(1 for _ in shapes_outside(page)),
    }


def _mean_bends(page: Page) -> float:
    return round(sum(route.bends for route in page.routes) / max(1, len(page.routes)), 2)


def _many_bends(page: Page) -> Iterator[str]:
    if _mean_bends(page) > MAX_MEAN_BENDS:
        yield f"page {page.number}: {_mean_bends(page)} bends per edge (at most {MAX_MEAN_BENDS})"


def _many_crossings(page: Page) -> Iterator[str]:
    limit = int(MAX_CROSSINGS_PER_EDGE * len(page.routes))
    count = crossings(page.routes)
    if count > limit:
        yield f"page {page.number}: {count} crossings (at most {limit} for {len(page.routes)} edges)"


def report(layout: Layout) -> dict[str, object]:
    """The JSON-ready report of a layout: gates and metrics per page."""
    pages = []
    for page in layout.pages:
        gates = page_gates(page)
        pages.append(
            {
                "page": page.number,
                "metrics": metrics(page),
                "gates": {gate.name: {"passed": gate.passed, "problems": list(gate.problems)} for gate in gates},
            }
        )
    passed = all(g["passed"] for p in pages for g in p["gates"].values())  # type: ignore[attr-defined]
    return {"process": layout.process_id, "pages": pages, "split_by_phase": len(layout.pages) > 1, "passed": passed}


def _boxes_outside(page: Page) -> Iterator[str]:
    for box in page.boxes:
        lane, column = page.lanes[box.lane].rect, page.columns[box.column].rect
        cell = Rect(column.x, lane.y, column.w, lane.h)
        if not cell.contains(box.rect):
            yield f"step '{box.step_id}' lies outside its lane × phase cell"


def _overlaps(page: Page) -> Iterator[str]:
    ordered = sorted(page.boxes, key=lambda b: b.rect.x)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.rect.x >= a.rect.right:
                break
            if a.rect.overlaps(b.rect):
                yield f"steps '{a.step_id}' and '{b.step_id}' overlap"


def _edges_through_boxes(page: Page) -> Iterator[str]:
    boxes = sorted(page.boxes, key=lambda b: b.rect.x)
    lefts = [box.rect.x for box in boxes]
    widest = max((box.rect.w for box in boxes), default=0.0)
    for route in page.routes:
        for start, end in pairwise(route.points):
            seg = Rect(min(start[0], end[0]), min(start[1], end[1]), abs(end[0] - start[0]), abs(end[1] - start[1]))
            for box in boxes[bisect_left(lefts, seg.x - widest) : bisect_right(lefts, seg.right)]:
                if box.step_id in (route.source, route.target):
                    continue
                inner = Rect(box.rect.x + 0.5, box.rect.y + 0.5, box.rect.w - 1, box.rect.h - 1)
                if _touches(seg, inner):
                    yield f"edge {route.source} → {route.target} passes through step '{box.step_id}'"


def _touches(segment: Rect, box: Rect) -> bool:
    """A zero-width or zero-height segment rectangle meeting a box interior."""
    return segment.x <= box.right and box.x <= segment.right and segment.y <= box.bottom and box.y <= segment.bottom


def _backward_edges(page: Page) -> Iterator[str]:
    column = {box.step_id: box.column for box in page.boxes}
    for route in page.routes:
        if column[route.target] < column[route.source]:
            yield f"edge {route.source} → {route.target} goes to an earlier phase"


def _small_text(page: Page) -> Iterator[str]:
    for box in page.boxes:
        if box.text.size < MIN_STEP_PT:
            yield f"step '{box.step_id}' text is {box.text.size} pt (minimum {MIN_STEP_PT})"
    labels = [lane.label for lane in page.lanes] + [column.header for column in page.columns]
    for text in labels:
        if text.size < MIN_LABEL_PT:
            yield f"label {text.lines[:1]} is {text.size} pt (minimum {MIN_LABEL_PT})"


def _texts(page: Page) -> list[Text]:
    return [
        page.title,
        *(lane.label for lane in page.lanes),
        *(column.header for column in page.columns),
        *(box.text for box in page.boxes),
        *(item.text for item in page.legend),
    ]


def _fits(text: Text) -> bool:
    return fits(text.lines, text.rect.w - 2 * text.pad, text.rect.h - 2 * text.pad, text.size, text.bold)


def _low_contrast(page: Page) -> Iterator[str]:
    for text in _texts(page):
        ratio = contrast(text.color, text.fill or "FFFFFF")
        if ratio < MIN_CONTRAST:
            yield f"text {text.lines[:1]} has contrast {ratio:.2f}:1 (minimum {MIN_CONTRAST}:1)"


def _unlabelled(page: Page) -> Iterator[str]:
    for column in page.columns:
        if not column.header.lines or not column.header.lines[0].startswith(f"{column.number}."):
            yield f"phase '{column.phase_id}' header lacks its number and name"


def shapes_outside(page: Page) -> Iterator[str]:
    """Every shape of a page that lies (in part) outside the 960 × 540 pt slide: boxes, bands, texts, arrows."""
    stubs = page.stubs if isinstance(page, SplitPage) else ()
    shapes: list[tuple[str, Rect]] = [
        ("title", page.title.rect),
        *((f"lane '{lane.role_id}'", lane.rect) for lane in page.lanes),
        *((f"lane label '{lane.role_id}'", lane.label.rect) for lane in page.lanes),
        *((f"phase '{column.phase_id}'", column.rect) for column in page.columns),
        *((f"phase header '{column.phase_id}'", column.header.rect) for column in page.columns),
        *((f"step '{box.step_id}'", box.rect) for box in page.boxes),
        *((f"legend {item.kind}", item.text.rect) for item in page.legend),
        *((f"legend {item.kind} sample", item.swatch) for item in page.legend),
        *((f"stub of '{stub.step_id}'", stub.label.rect) for stub in stubs),
    ]
    lines = [(f"edge {r.source} → {r.target}", r.points) for r in page.routes]
    lines += [(f"stub arrow of '{stub.step_id}'", stub.points) for stub in stubs]
    for name, points in lines:
        xs, ys = [x for x, _ in points], [y for _, y in points]
        shapes.append((name, Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))))
    for name, rect in shapes:
        if not SLIDE.contains(rect):
            below = max(0.0, rect.bottom - SLIDE.bottom)
            right = max(0.0, rect.right - SLIDE.right)
            yield f"page {page.number}: {name} is outside the slide ({below:.0f} pt below, {right:.0f} pt right)"
