"""Stubs on an editable swimlane slide: a dashed label naming the step on another page, and its arrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree
from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.util import Pt

from rollout.layout import palette
from rollout.layout.geometry import Page, SplitPage, Stub
from rollout.render.pptx_common import EMU_PER_PT, fill_text, rgb

if TYPE_CHECKING:
    from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree

    from rollout.render.slide import Frame


def draw_stubs(shapes: ShapeTree, page: Page, frame: Frame, with_text: bool) -> None:
    """Every stub of a split page (nothing on a page that is not split)."""
    if not isinstance(page, SplitPage):
        return
    for stub in page.stubs:
        _label(shapes, stub, frame, with_text)
        _arrow(shapes, stub, frame)


def _label(shapes: ShapeTree, stub: Stub, frame: Frame, with_text: bool) -> Shape:
    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, *frame.emu(stub.label.rect))
    _plain(shape)
    shape.name = f"Stub {stub.direction} {stub.step_id}: {' '.join(stub.label.lines)}"
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(stub.label.fill or "FFFFFF")
    shape.line.color.rgb = rgb(palette.EDGE)
    shape.line.width = Pt(0.75 * frame.scale)
    shape.line.dash_style = MSO_LINE.DASH
    if with_text:
        fill_text(shape.text_frame, stub.label, frame.scale)
    return shape


def _arrow(shapes: ShapeTree, stub: Stub, frame: Frame) -> Shape:
    """The stub's arrow as a line along its route, the head at the step (arriving) or at the label."""
    s = frame.scale * EMU_PER_PT
    points = [(round(frame.x + x * s), round(frame.y + y * s)) for x, y in stub.points]
    builder = shapes.build_freeform(*points[0], scale=1.0)
    builder.add_line_segments(points[1:], close=False)
    line: Shape = builder.convert_to_shape()
    _plain(line)
    line.name = f"Stub arrow {stub.direction} {stub.step_id}"
    line.fill.background()
    line.line.color.rgb = rgb(palette.EDGE)
    line.line.width = Pt(max(0.75, frame.scale))
    tail = etree.SubElement(line.line._get_or_add_ln(), qn("a:tailEnd"))
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")
    return line


def _plain(shape: Shape) -> None:
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)
