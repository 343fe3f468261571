"""Plain geometry data shared by the layout, the quality gates and every renderer (units: points)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rollout.layout.palette import EDGE

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle; y grows downwards as on a slide."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, other: Rect, slack: float = 0.01) -> bool:
        """True when other lies inside this rectangle."""
        return (
            other.x >= self.x - slack
            and other.y >= self.y - slack
            and other.right <= self.right + slack
            and other.bottom <= self.bottom + slack
        )

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors intersect."""
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


@dataclass(frozen=True)
class Text:
    """Pre-wrapped text placed in a rectangle, with its inner padding."""

    rect: Rect
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    color: str = "1A1A1A"
    fill: str | None = None
    pad: float = 3.0
    align: str = "center"


@dataclass(frozen=True)
class LaneBand:
    """A role's swimlane: a full-width band with its label cell."""

    role_id: str
    index: int
    rect: Rect
    label: Text


@dataclass(frozen=True)
class ColumnBand:
    """A phase column: its header cell and its body across all lanes."""

    phase_id: str
    number: int
    rect: Rect
    header: Text
    fill: str


@dataclass(frozen=True)
class StepBox:
    """One step drawn in its owner's lane and its phase's column."""

    step_id: str
    index: int
    lane: int
    column: int
    slot: int
    row: int
    text: Text
    border: str
    border_width: float
    milestone: bool

    @property
    def rect(self) -> Rect:
        return self.text.rect


@dataclass(frozen=True)
class MarkedBox(StepBox):
    """A step box that shows a state (a project's status swimlane): a mark over its corner, an outline."""

    mark: Text | None = None  # drawn over the box's top-left corner, in a circle
    dashed: bool = False


@dataclass(frozen=True)
class Route:
    """An orthogonal edge from a port on one box side to a port on another (layout.route).

    kind: "<exit side>-<entry side>", e.g. "right-left", "right-top", "bottom-left"; the points
    run from the exit port on the source's side to the arrowhead's tip on the target's.
    """

    source: str
    target: str
    points: tuple[Point, ...]
    kind: str
    colour: str = EDGE  # set once the page is routed (rollout.layout.edge_colours)

    @property
    def bends(self) -> int:
        return max(0, len(self.points) - 2)


@dataclass(frozen=True)
class LegendItem:
    """A legend entry: a sample shape and its explanation."""

    kind: str  # "step", "milestone" or "edge"
    swatch: Rect
    text: Text


@dataclass(frozen=True)
class SampleItem(LegendItem):
    """A legend entry whose sample is a box of its own style (a state of the status swimlane)."""

    sample: StepBox | None = None


@dataclass(frozen=True)
class Page:
    """One slide's worth of swimlane: lanes, phase columns, boxes and routes."""

    number: int
    count: int
    width: float
    height: float
    title: Text
    lanes: tuple[LaneBand, ...]
    columns: tuple[ColumnBand, ...]
    boxes: tuple[StepBox, ...]
    routes: tuple[Route, ...]
    legend: tuple[LegendItem, ...]
    omitted_edges: int = 0
    fits: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Layout:
    """The swimlane of a whole process, on one page or split by phase over several."""

    process_id: str
    language: str
    title: str
    pages: tuple[Page, ...]


@dataclass(frozen=True)
class Stub:
    """A dependency to or from a step on another page: an arrow and a label naming the other end.

    direction "out": the arrow leaves the step's box and ends at the label ("→ 3.2 Konfigurointi, s. 2");
    "in": it starts at the label and enters the box ("← 2.11 Koulutus, s. 1"). One stub may stand
    for several dependencies to the same page (`others`, in order).
    """

    step_id: str
    direction: str
    others: tuple[str, ...]
    pages: tuple[int, ...]
    label: Text
    points: tuple[Point, ...]


@dataclass(frozen=True)
class SplitPage(Page):
    """A page of a swimlane split over several: its stubs to and from the other pages."""

    stubs: tuple[Stub, ...] = ()
