"""The editable swimlane slide: native shapes, glued connectors, sizes, byte-stable."""

from __future__ import annotations

import io
import zipfile

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

from rollout.layout.hops import crossing_points, pieces
from rollout.layout.swimlane import layout_process
from rollout.render.slide import swimlane_pptx
from tests.conftest import FIXTURES, PROCESSES, ROOT, check_golden
from tests.layout_data import load

NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}


def build() -> bytes:
    return swimlane_pptx(layout_process(load(FIXTURES / "valid" / "minimal.yaml")))


def test_one_16_9_slide_with_one_box_per_step() -> None:
    prs = Presentation(io.BytesIO(build()))
    assert (prs.slide_width, prs.slide_height) == (Emu(12_192_000), Emu(6_858_000))
    assert len(prs.slides) == 1
    names = [shape.name for shape in prs.slides[0].shapes]
    assert sorted(n for n in names if n.startswith("Step ")) == ["Step paatos", "Step suunnitelma", "Step toteuta"]
    assert sum(n.startswith("Lane ") and "rule" not in n for n in names) == 2
    assert sum(n.startswith("Phase header ") for n in names) == 2


def test_connectors_are_glued_to_their_step_boxes() -> None:
    slide = Presentation(io.BytesIO(build())).slides[0]
    ids = {shape.shape_id: shape.name for shape in slide.shapes}
    glued = []
    for connector in slide.shapes._spTree.iterfind(".//p:cxnSp", NS):
        start = connector.find(".//a:stCxn", NS)
        end = connector.find(".//a:endCxn", NS)
        if start is None or end is None:
            continue
        glued.append(sorted((ids[int(start.get("id"))], ids[int(end.get("id"))])))
    assert sorted(glued) == [["Step paatos", "Step suunnitelma"], ["Step paatos", "Step toteuta"]]


def _find(element: etree._Element, path: str) -> etree._Element:
    found = element.find(path, NS)
    assert found is not None, path
    return found


def _local_path(prst: str, adj: list[float]) -> list[tuple[float, float]]:
    """A connector preset's polyline in its own box, 0 to 1 on each axis."""
    if prst == "line":
        return [(0, 0), (1, 1)]
    if prst == "bentConnector2":
        return [(0, 0), (1, 0), (1, 1)]
    path = [(0.0, 0.0), (adj[0], 0.0), (adj[0], adj[1] if len(adj) > 1 else 1.0)]
    if len(adj) > 1:
        path.append((adj[2] if len(adj) > 2 else 1.0, adj[1]))
    if len(adj) > 2:
        path.append((adj[2], 1.0))
    return path if path[-1] == (1.0, 1.0) else [*path, (1.0, 1.0)]


def _connector_path(connector: etree._Element) -> list[tuple[int, int]]:
    """The polyline PowerPoint draws for a straight or bent connector: its preset, adjust values, flips."""
    xfrm = _find(connector, ".//a:xfrm")
    off, ext = _find(xfrm, "a:off"), _find(xfrm, "a:ext")
    x, y = int(str(off.get("x"))), int(str(off.get("y")))
    w, h = int(str(ext.get("cx"))), int(str(ext.get("cy")))
    geometry = _find(connector, ".//a:prstGeom")
    adj = [int(str(gd.get("fmla")).split()[1]) / 100000 for gd in geometry.iterfind(".//a:gd", NS)]
    flip_h, flip_v = xfrm.get("flipH") == "1", xfrm.get("flipV") == "1"
    local = _local_path(str(geometry.get("prst")), adj)
    return [(round(x + w * (1 - u if flip_h else u)), round(y + h * (1 - v if flip_v else v))) for u, v in local]


def test_glued_connectors_show_the_computed_route() -> None:
    layout = layout_process(load(PROCESSES[0]))
    slide = Presentation(io.BytesIO(swimlane_pptx(layout))).slides[0]
    routes = {f"Dependency {r.source} -> {r.target}": r for r in layout.pages[0].routes}
    checked = 0
    for connector in slide.shapes._spTree.iterfind(".//p:cxnSp", NS):
        name = str(_find(connector, ".//p:cNvPr").get("name"))
        if name not in routes:
            continue
        expected = [(round(px * 12700), round(py * 12700)) for px, py in routes[name].points]
        if connector.find(".//a:headEnd", NS) is not None:  # drawn from the route's end back to its start
            expected.reverse()
        path = _connector_path(connector)
        assert len(path) == len(expected), name
        assert all(abs(a - c) <= 2 and abs(b - d) <= 2 for (a, b), (c, d) in zip(path, expected, strict=True)), name
        checked += 1
    assert checked > len(routes) / 2  # most routes are glued connectors; the rest drawn lines


def test_drawn_connectors_follow_the_computed_route_exactly() -> None:
    layout = layout_process(load(FIXTURES / "valid" / "deck.yaml"))
    slide = Presentation(io.BytesIO(swimlane_pptx(layout, glued=False))).slides[0]
    connectors = [c.find(".//p:cNvPr", NS).get("name") for c in slide.shapes._spTree.iterfind(".//p:cxnSp", NS)]
    assert connectors == ["Legend dependency"]  # no dependency is a connector that an editor re-routes
    lines = {shape.name: shape for shape in slide.shapes if shape.name.startswith("Dependency ")}
    routes = layout.pages[0].routes
    assert sorted(lines) == sorted(f"Dependency {r.source} -> {r.target}" for r in routes)
    for route in routes:
        path = lines[f"Dependency {route.source} -> {route.target}"]._element.find(".//a:path", NS)
        assert len(path) == len(route.points)  # one segment per leg of the route: no bend of its own


def test_text_sizes_meet_the_floor() -> None:
    slide = Presentation(io.BytesIO(build())).slides[0]
    for shape in slide.shapes:
        if not shape.has_text_frame or not shape.text_frame.text:
            continue
        sizes = {run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs if run.font.size}
        floor = 14 if shape.name.startswith(("Lane", "Phase header")) else 10
        assert min(sizes) >= floor, shape.name


def test_rebuild_is_byte_identical() -> None:
    assert build() == build()


def test_parts_match_golden_xml(update_golden: bool) -> None:
    with zipfile.ZipFile(io.BytesIO(build())) as archive:
        for name in ("ppt/slides/slide1.xml", "docProps/core.xml"):
            xml = etree.tostring(etree.fromstring(archive.read(name)), method="c14n").decode()
            pretty = etree.tostring(etree.fromstring(xml), pretty_print=True).decode()
            check_golden("minimal-swimlane-" + name.replace("/", "_"), pretty, update_golden)


def test_zip_members_carry_no_clock_time() -> None:
    with zipfile.ZipFile(io.BytesIO(build())) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_a_drawn_line_with_gaps_has_one_arrowhead_at_its_target() -> None:
    """LibreOffice draws a line end at the end of every subpath: each piece between gaps is its own shape."""
    layout = layout_process(load(ROOT / "processes" / "omaolo.yaml"))
    page = layout.pages[0]
    crossings = crossing_points(page.routes)
    slide = Presentation(io.BytesIO(swimlane_pptx(layout, glued=False))).slides[0]
    lines = {shape.name: shape for shape in slide.shapes if shape.name.startswith("Dependency ")}
    gapped = 0
    for index, route in enumerate(page.routes):
        shape = lines[f"Dependency {route.source} -> {route.target}"]
        ends = shape._element.findall(".//a:tailEnd", NS) + shape._element.findall(".//a:headEnd", NS)
        assert len(ends) == 1, shape.name
        parts = pieces(route, index, crossings)
        drawn = list(shape.shapes) if shape.shape_type == MSO_SHAPE_TYPE.GROUP else [shape]
        assert len(drawn) == len(parts), shape.name
        last = drawn[-1]._element
        assert last.find(".//a:tailEnd", NS) is not None, shape.name  # the arrowhead on the piece at the target
        end = last.findall(".//a:pt", NS)[-1]
        x, y = route.points[-1]
        assert abs(drawn[-1].left + int(end.get("x")) - round(x * 12700)) <= 1, shape.name
        assert abs(drawn[-1].top + int(end.get("y")) - round(y * 12700)) <= 1, shape.name
        gapped += len(parts) > 1
    assert gapped > 0  # Omaolo's slide has lines behind others
