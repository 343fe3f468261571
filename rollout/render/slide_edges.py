"""The dependencies of a swimlane slide: glued connectors or drawn lines, both along the computed route.

A glued connector (a moved box drags it along in PowerPoint) is a bent-connector preset whose
adjust values put its bends where the route has them, its ends moved to the route's own ports; a
route such a preset cannot express (it starts upwards or downwards, has more than four bends, or
ends level with its start) is drawn as a line. Drawn lines have a gap wherever they pass behind
another line; a glued connector cannot, so a small patch of the background covers it there.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.connector import Connector
from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree
from pptx.util import Emu, Pt

from rollout.layout.geometry import Page, Point, Route
from rollout.layout.hops import GAP, Crossing, crossing_points, pieces
from rollout.render.pptx_common import EMU_PER_PT, rgb

SITES = {"top": 0, "left": 1, "bottom": 2, "right": 3}  # connection-site indices of a rectangle
PRESETS = {3: "bentConnector3", 4: "bentConnector4", 5: "bentConnector5"}  # by number of segments

Emus = Callable[[Point], tuple[int, int]]
Plain = Callable[[Shape | Connector], None]


def draw_edges(
    shapes: ShapeTree, page: Page, boxes: dict[str, Shape], emu: Emus, scale: float, glued: bool, plain: Plain
) -> None:
    """Every route of a page, then (for glued connectors) a gap patch at each crossing."""
    crossings = crossing_points(page.routes)
    for index, route in enumerate(page.routes):
        if glued and _glueable(route):
            _connector(shapes, route, boxes[route.source], boxes[route.target], emu, scale, plain)
        else:
            _polyline(shapes, route, pieces(route, index, crossings), emu, scale, plain)
    if glued:
        for crossing in crossings:
            if _glueable(page.routes[crossing.behind]):
                colour = page.routes[crossing.front].colour
                _patch(shapes, page, crossing, colour, emu, scale, plain)


def _glueable(route: Route) -> bool:
    """Whether a connector can follow the route: forwards, or drawn from its end back (arrowhead at its start)."""
    return _preset(route.points) is not None or _preset(route.points[::-1]) is not None


def _preset(points: tuple[Point, ...]) -> str | None:
    """The bent-connector preset that draws a polyline exactly, if there is one (they all start across)."""
    (x0, y0), (x1, y1) = points[0], points[-1]
    if len(points) == 2:
        return "straightConnector1"
    starts_across = points[1][1] == y0 and points[1][0] != x0
    if len(points) - 1 == 2 and starts_across:
        return "bentConnector2"
    if not starts_across or x0 == x1 or y0 == y1:
        return None
    return PRESETS.get(len(points) - 1)


def _connector(
    shapes: ShapeTree, route: Route, source: Shape, target: Shape, emu: Emus, scale: float, plain: Plain
) -> Connector:
    """A connector glued to both boxes, its ends at the route's ports and its bends where the route bends.

    The presets all start across; a route that starts upwards or downwards is drawn from its end
    back to its start, with the arrowhead at the connector's start.
    """
    points, forwards = route.points, _preset(route.points) is not None
    out_side, in_side = route.kind.split("-")
    ends = ((source, out_side), (target, in_side)) if forwards else ((target, in_side), (source, out_side))
    if not forwards:
        points = points[::-1]
    kind = MSO_CONNECTOR.STRAIGHT if len(points) == 2 else MSO_CONNECTOR.ELBOW
    connector = shapes.add_connector(kind, Emu(0), Emu(0), Emu(0), Emu(0))
    plain(connector)
    connector.name = f"Dependency {route.source} -> {route.target}"
    connector.begin_connect(ends[0][0], SITES[ends[0][1]])
    connector.end_connect(ends[1][0], SITES[ends[1][1]])
    (bx, by), (ex, ey) = emu(points[0]), emu(points[-1])
    connector.begin_x, connector.begin_y, connector.end_x, connector.end_y = Emu(bx), Emu(by), Emu(ex), Emu(ey)
    _style(connector, scale, route.colour, "tailEnd" if forwards else "headEnd")
    _set_geometry(connector, points)
    return connector


def _set_geometry(connector: Connector, points: tuple[Point, ...]) -> None:
    """Set the preset and the adjust values that put the connector's bends on the polyline's."""
    preset = _preset(points)
    if preset is None or preset == "straightConnector1":
        return
    (x0, y0), (x1, y1) = points[0], points[-1]
    adjusts = []  # bentConnector2 has none; 3, 4 and 5 one more each: the x of a bend, then its y, then an x
    for k in range(1, len(points) - 2):
        adjusts.append((points[k][0] - x0) / (x1 - x0) if k % 2 else (points[k][1] - y0) / (y1 - y0))
    geometry = connector._element.spPr.find(qn("a:prstGeom"))
    if geometry is None:  # pragma: no cover - python-pptx always writes one
        return
    geometry.set("prst", preset)
    av = geometry.find(qn("a:avLst"))
    if av is None:
        av = etree.SubElement(geometry, qn("a:avLst"))
    for child in list(av):
        av.remove(child)
    for index, value in enumerate(adjusts, start=1):
        guide = etree.SubElement(av, qn("a:gd"))
        guide.set("name", f"adj{index}")
        guide.set("fmla", f"val {round(value * 100000)}")


def _polyline(
    shapes: ShapeTree, route: Route, parts: tuple[tuple[Point, ...], ...], emu: Emus, scale: float, plain: Plain
) -> None:
    """A route as a freeform line; with a gap where it passes behind another line, a group of its pieces.

    Only the piece that reaches the target box carries the arrowhead: a line end on a freeform is
    drawn at the end of every one of its subpaths (LibreOffice does), so the pieces are shapes of
    their own, grouped so that the dependency stays one object to select and move.
    """
    name = f"Dependency {route.source} -> {route.target}"
    if len(parts) == 1:
        _freeform(shapes, parts[0], emu, scale, plain, name, route.colour, arrow=True)
        return
    group = shapes.add_group_shape()
    group.name = name
    for number, part in enumerate(parts, start=1):
        _freeform(group.shapes, part, emu, scale, plain, f"Piece {number}", route.colour, arrow=number == len(parts))


def _freeform(
    shapes: ShapeTree,
    part: tuple[Point, ...],
    emu: Emus,
    scale: float,
    plain: Plain,
    name: str,
    colour: str,
    arrow: bool,
) -> Shape:
    points = [emu(p) for p in part]
    builder = shapes.build_freeform(*points[0], scale=1.0)
    builder.add_line_segments(points[1:], close=False)
    line: Shape = builder.convert_to_shape()
    plain(line)
    line.name = name
    line.fill.background()
    _style(line, scale, colour, "tailEnd" if arrow else None)
    return line


def _patch(shapes: ShapeTree, page: Page, at: Crossing, colour: str, emu: Emus, scale: float, plain: Plain) -> None:
    """At a crossing over a glued connector: background over the line behind, the front line drawn again."""
    x, y = at.x, at.y
    fill = next((c.fill for c in page.columns if c.rect.x <= x <= c.rect.right), "FFFFFF")
    half_w, half_h = (GAP, 1.5) if at.across else (1.5, GAP)
    left, top = emu((x - half_w, y - half_h))
    right, bottom = emu((x + half_w, y + half_h))
    patch = shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(left), Emu(top), Emu(right - left), Emu(bottom - top))
    plain(patch)
    patch.name = "Crossing gap"
    patch.fill.solid()
    patch.fill.fore_color.rgb = rgb(fill)
    patch.line.fill.background()
    along = (0.0, 2 * GAP) if at.across else (2 * GAP, 0.0)  # the front line runs across the gap
    start, end = emu((x - along[0], y - along[1])), emu((x + along[0], y + along[1]))
    bridge = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(start[0]), Emu(start[1]), Emu(end[0]), Emu(end[1]))
    plain(bridge)
    bridge.name = "Crossing line"
    bridge.line.color.rgb = rgb(colour)
    bridge.line.width = Pt(max(0.75, scale))


def _style(shape: Connector | Shape, scale: float, colour: str, end: str | None = "tailEnd") -> None:
    """The dependency line's colour and width, and its arrowhead at `end` (none for a piece before a gap)."""
    shape.line.color.rgb = rgb(colour)
    shape.line.width = Pt(max(0.75, scale))
    if end is not None:
        arrowhead(shape, end)


def arrowhead(connector: Connector | Shape, end: str = "tailEnd") -> None:
    """An arrowhead at the line's end (tailEnd) or at its start (headEnd)."""
    line = connector.line._get_or_add_ln()
    tail = etree.SubElement(line, qn(f"a:{end}"))
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")


def point_emu(scale: float, x: int, y: int) -> Emus:
    """Points on the page to EMU on the slide, for a page drawn at (x, y) EMU and scaled."""
    s = scale * EMU_PER_PT
    return lambda p: (round(x + p[0] * s), round(y + p[1] * s))
