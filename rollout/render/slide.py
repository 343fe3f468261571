"""The editable one-slide swimlane: native PowerPoint shapes and glued connectors, from the layout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.oxml.shapes.groupshape import CT_GroupShape
from pptx.shapes.autoshape import Shape
from pptx.shapes.connector import Connector
from pptx.shapes.shapetree import GroupShapes
from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree
from pptx.util import Emu, Pt

from rollout.layout import palette
from rollout.layout.geometry import Layout, MarkedBox, Page, Rect, SampleItem, SplitPage, StepBox, Text
from rollout.render.pptx_common import EMU_PER_PT, fill_text, new_presentation, rgb, save_stable
from rollout.render.slide_edges import arrowhead, draw_edges, point_emu
from rollout.render.slide_stubs import draw_stubs


@dataclass(frozen=True)
class Frame:
    """Where a page is drawn on a slide: offset in EMU and a scale factor."""

    x: int = 0
    y: int = 0
    scale: float = 1.0

    def emu(self, rect: Rect) -> tuple[Emu, Emu, Emu, Emu]:
        s = self.scale * EMU_PER_PT
        return (
            Emu(round(self.x + rect.x * s)),
            Emu(round(self.y + rect.y * s)),
            Emu(round(rect.w * s)),
            Emu(round(rect.h * s)),
        )


class _DeferredGroupShapes(GroupShapes):
    """A group's shape tree that fits the group around its shapes once, not after every shape."""

    def _recalculate_extents(self) -> None:
        pass


@contextmanager
def drawing_group(shapes: ShapeTree, name: str, alt_text: str) -> Iterator[ShapeTree]:
    """A named group with alt text to draw into; its extents are fitted when the drawing is done.

    python-pptx refits a group after each added shape, which makes a drawing of n shapes cost n².
    """
    group = shapes.add_group_shape()
    group.name = name
    for properties in group._element.xpath("./p:nvGrpSpPr/p:cNvPr"):
        properties.set("descr", alt_text)
    element = group._element
    assert isinstance(element, CT_GroupShape)
    tree = _DeferredGroupShapes(element, group)
    yield tree
    GroupShapes._recalculate_extents(tree)


def swimlane_pptx(layout: Layout, template: Path | None = None, glued: bool = True) -> bytes:
    """A presentation with the swimlane on one slide (one per page when split by phase).

    Dependencies are connectors glued to their boxes (a moved box drags them along in PowerPoint),
    or, with glued=False, lines drawn along their routes, which every program shows as computed.
    """
    prs = new_presentation(template)
    blank = prs.slide_layouts[6] if len(prs.slide_layouts) > 6 else prs.slide_layouts[-1]
    for page in layout.pages:
        slide = prs.slides.add_slide(blank)
        draw_page(slide.shapes, page, fit_frame(page, Rect(0, 0, SLIDE_W_PT, SLIDE_H_PT)), glued=glued)
    return save_stable(prs, layout.title, layout.language)


SLIDE_W_PT, SLIDE_H_PT = 960.0, 540.0


def fit_frame(page: Page, room: Rect) -> Frame:
    """Where a page is drawn to fit a rectangle of a slide: as it is when it fits, else scaled and centred.

    A status swimlane is taller than a slide by its title band; drawn scaled, its text shrinks with it.
    """
    if page.width <= room.w + 0.01 and page.height <= room.h + 0.01:
        return Frame(round(room.x * EMU_PER_PT), round(room.y * EMU_PER_PT))
    scale = min(room.w / page.width, room.h / page.height)
    x = room.x + (room.w - page.width * scale) / 2
    return Frame(round(x * EMU_PER_PT), round(room.y * EMU_PER_PT), scale)


def draw_page(
    shapes: ShapeTree,
    page: Page,
    frame: Frame,
    highlight: str | None = None,
    with_text: bool = True,
    with_title: bool = True,
    with_edges: bool = True,
    glued: bool = True,
) -> dict[str, Shape]:
    """Draw a layout page into a shape tree; returns the step shapes by step id.

    highlight dims every phase column but that one; with_text=False draws shapes only (a
    thumbnail); with_title=False leaves the title to the slide's own title placeholder;
    with_edges=False leaves out the connectors. glued=False draws each edge as its exact
    routed polyline instead of a connector glued to its boxes: LibreOffice re-routes glued
    connectors by its own rules (through boxes, at times), so a picture meant for reading
    (the deck) uses drawn lines, and the editable swimlane slide keeps glued connectors.
    """
    shapes.turbo_add_enabled = True  # count shape ids instead of searching the tree for each new shape
    try:
        if not with_edges:
            page = replace(page, routes=(), stubs=()) if isinstance(page, SplitPage) else replace(page, routes=())
        return _draw(shapes, page, frame, highlight, with_text, with_title, glued)
    finally:
        shapes.turbo_add_enabled = False


def _draw(
    shapes: ShapeTree,
    page: Page,
    frame: Frame,
    highlight: str | None,
    with_text: bool,
    with_title: bool,
    glued: bool,
) -> dict[str, Shape]:
    for column in page.columns:
        dim = highlight is not None and column.phase_id != highlight
        _rect(shapes, column.rect, "D5DBE1" if dim else column.fill, frame, f"Phase {column.phase_id}")
        _text(shapes, column.header, frame, with_text, name=f"Phase header {column.phase_id}")
    for lane in page.lanes[1:]:
        rule = Rect(lane.rect.x, lane.rect.y - 0.5, lane.rect.w, 1.0)
        _rect(shapes, rule, palette.GRID, frame, f"Lane rule {lane.role_id}")
    for lane in page.lanes:
        _text(shapes, lane.label, frame, with_text, name=f"Lane {lane.role_id}")
    if with_title:
        _text(shapes, page.title, frame, with_text, name="Title")
    boxes = {box.step_id: _box(shapes, box, frame, with_text, f"Step {box.step_id}") for box in page.boxes}
    draw_edges(shapes, page, boxes, point_emu(frame.scale, frame.x, frame.y), frame.scale, glued, _plain)
    draw_stubs(shapes, page, frame, with_text)
    if with_text:
        _legend(shapes, page, frame)
    return boxes


def _box(shapes: ShapeTree, box: StepBox, frame: Frame, with_text: bool, name: str) -> Shape:
    """A step box; a marked box (a project's status) with its outline style and its mark in a circle."""
    shape = _text(shapes, box.text, frame, with_text, MSO_SHAPE.ROUNDED_RECTANGLE, name)
    shape.line.color.rgb = rgb(box.border)
    shape.line.width = Pt(box.border_width * frame.scale)
    shape.adjustments[0] = 0.12
    if isinstance(box, MarkedBox):
        if box.dashed:
            shape.line.dash_style = MSO_LINE.DASH
        if box.mark is not None:
            mark = _text(shapes, box.mark, frame, with_text, MSO_SHAPE.OVAL, f"State {box.step_id}")
            mark.line.color.rgb = rgb(box.border)
            mark.line.width = Pt(frame.scale)
    return shape


def _plain(shape: Shape | Connector) -> None:
    """Drop the theme style reference: no theme shadows or colours, only what we set."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def _rect(shapes: ShapeTree, rect: Rect, fill: str, frame: Frame, name: str) -> Shape:
    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, *frame.emu(rect))
    _plain(shape)
    shape.name = name
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(fill)
    shape.line.fill.background()
    return shape


def _text(
    shapes: ShapeTree,
    text: Text,
    frame: Frame,
    with_text: bool,
    kind: MSO_SHAPE = MSO_SHAPE.RECTANGLE,
    name: str = "",
) -> Shape:
    shape = shapes.add_shape(kind, *frame.emu(text.rect))
    _plain(shape)
    shape.name = name
    if text.fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(text.fill)
    else:
        shape.fill.background()
    shape.line.fill.background()
    if with_text:
        fill_text(shape.text_frame, text, frame.scale)
    return shape


def _legend(shapes: ShapeTree, page: Page, frame: Frame) -> None:
    for item in page.legend:
        if item.kind == "edge":
            x, y, w, h = frame.emu(item.swatch)
            line = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x, Emu(y + h // 2), Emu(x + w), Emu(y + h // 2))
            _plain(line)
            line.name = "Legend dependency"
            line.line.color.rgb = rgb(palette.EDGE)
            arrowhead(line)
        elif isinstance(item, SampleItem) and item.sample is not None:
            _box(shapes, item.sample, frame, True, f"Legend {item.sample.step_id}")
        else:
            fill, border, width = palette.step_style(0, item.kind == "milestone")
            swatch = _rect(shapes, item.swatch, fill, frame, f"Legend {item.kind}")
            swatch.line.color.rgb = rgb(border)
            swatch.line.width = Pt(width)
        _text(shapes, item.text, frame, True, name=f"Legend text {item.kind}")
