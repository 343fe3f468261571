"""What every PowerPoint output shares: 16:9 presentations, shape helpers, byte-stable saving."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from copy import deepcopy
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import _nsmap
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.presentation import Presentation as PresentationType
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from rollout.layout.geometry import Text
from rollout.layout.textfit import FONT_FAMILY
from rollout.render.template import (
    DECORATION,
    SLIDE_H,
    SLIDE_W,
    drop_empty_placeholders,
    open_template,
    title_only_layout,
    title_slide_layout,
)

__all__ = ["DECORATION", "SLIDE_H", "SLIDE_W", "title_only_layout", "title_slide_layout"]

EMU_PER_PT = 12_700
FIXED_TIME = dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}


def _compiled_xpath(self: BaseOxmlElement, xpath_str: str) -> Any:
    """python-pptx's element.xpath(), with each expression compiled once instead of on every call.

    python-pptx asks dozens of XPath questions per new slide (is this shape a placeholder?), and
    lxml compiles the expression anew each time: about 70 µs, most of the cost of adding a slide.
    A compiled expression with the same namespaces gives the same answers.
    """
    compiled = _XPATHS.get(xpath_str)
    if compiled is None:
        compiled = _XPATHS[xpath_str] = etree.XPath(xpath_str, namespaces=_nsmap)
    return compiled(self)


_XPATHS: dict[str, etree.XPath] = {}
BaseOxmlElement.xpath = _compiled_xpath  # type: ignore[method-assign]


def new_presentation(template: Path | None = None) -> PresentationType:
    """A 16:9 presentation, empty, from python-pptx's template or an organisation's own (see template.py)."""
    prs = Presentation() if template is None else open_template(template)
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    _speed_up(prs)
    return prs


def _speed_up(prs: PresentationType) -> None:
    """Make adding a slide cost the same at slide 1,000 as at slide 1 (python-pptx 1.0).

    python-pptx searches linearly, once per new slide, twice over: for the next free part name
    (visiting every part and relationship of the package) and for an existing relationship from
    the presentation to the new slide (rebuilding an index of all its relationships). A deck of a
    thousand slides spends most of its time there. Both searches are replaced, for this one
    presentation, by bookkeeping with the same results.
    """
    package = prs.part.package
    search = package.next_partname
    last: dict[str, int] = {}

    def next_partname(tmpl: str) -> PackURI:
        if tmpl not in last:
            found, cut = str(search(tmpl)), tmpl.index("%d")
            last[tmpl] = int(found[cut : len(found) - (len(tmpl) - cut - 2)])
        else:
            last[tmpl] += 1
        return PackURI(tmpl % last[tmpl])

    rels = prs.part.rels
    known = {(rel.reltype, id(rel.target_part)): rel.rId for rel in rels.values() if not rel.is_external}

    def get_or_add(reltype: str, target_part: Part) -> str:
        key = (reltype, id(target_part))
        if key not in known:
            known[key] = rels._add_relationship(reltype, target_part)
        return known[key]

    setattr(package, "next_partname", next_partname)  # noqa: B010 - this instance's own method
    setattr(rels, "get_or_add", get_or_add)  # noqa: B010 - this instance's own method


def save_stable(prs: PresentationType, title: str, language: str) -> bytes:
    """Save with fixed metadata and zip timestamps so the same input gives the same bytes."""
    props = prs.core_properties
    props.author = "rollout"
    props.last_modified_by = "rollout"
    props.title = title
    props.language = language
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    drop_empty_placeholders(prs)
    buffer = io.BytesIO()
    prs.save(buffer)
    return _restamp(buffer.getvalue())


def _restamp(data: bytes) -> bytes:
    """Rewrite the zip with a fixed timestamp on every member, keeping member order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def rgb(hex_colour: str) -> RGBColor:
    """python-pptx colour from 'RRGGBB'."""
    colour: RGBColor = RGBColor.from_string(hex_colour)
    return colour


def fill_text(frame: TextFrame, text: Text, scale: float = 1.0) -> None:
    """Put pre-wrapped lines into a text frame: no autofit, no re-wrapping, our padding."""
    frame.word_wrap = False
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    pad = Emu(round(text.pad * scale * EMU_PER_PT))
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = pad
    for index, line in enumerate(text.lines or ("",)):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = _ALIGN.get(text.align, PP_ALIGN.CENTER)
        paragraph.line_spacing = 1.0
        run = paragraph.add_run()
        run.text = line
        font = run.font
        font.size = Pt(round(text.size * scale * 2) / 2)
        font.bold = text.bold
        font.name = FONT_FAMILY
        font.color.rgb = rgb(text.color)


def placeholder_at(slide: Slide, idx: int) -> Shape | None:
    """The slide placeholder with this index, if the layout has one."""
    for shape in slide.placeholders:
        if shape.placeholder_format.idx == idx:
            found: Shape = shape
            return found
    return None


def append_copy(
    slide: Slide,
    group: BaseOxmlElement,
    alt: str,
    fills: dict[str, str],
    places: dict[str, tuple[Emu, Emu, Emu, Emu]],
) -> None:
    """Add a copy of a drawn group to a slide, with new shape ids and alt text.

    The shapes named in fills get that fill colour, those named in places that position and size.
    """
    copy: Any = deepcopy(group)
    next_id = max((int(i) for i in slide.shapes._spTree.xpath("//p:cNvPr/@id")), default=1) + 1
    for properties in copy.xpath(".//p:cNvPr"):
        properties.set("id", str(next_id))
        next_id += 1
        name = properties.get("name", "")
        shape: Any = properties.getparent().getparent()
        if name in fills:
            for colour in shape.xpath("./p:spPr/a:solidFill/a:srgbClr"):
                colour.set("val", fills[name])
        if name in places:
            x, y, w, h = places[name]
            for offset in shape.xpath("./p:spPr/a:xfrm/a:off"):
                offset.set("x", str(x))
                offset.set("y", str(y))
            for extent in shape.xpath("./p:spPr/a:xfrm/a:ext"):
                extent.set("cx", str(w))
                extent.set("cy", str(h))
    for properties in copy.xpath("./p:nvGrpSpPr/p:cNvPr"):
        properties.set("descr", alt)
    slide.shapes._spTree.append(copy)


def drop_slides(prs: object) -> None:
    """Remove the slides a template brings along; the deck is built from its layouts only."""
    sld_ids = prs.slides._sldIdLst  # type: ignore[attr-defined]
    for sld_id in list(sld_ids):
        prs.part.drop_rel(sld_id.rId)  # type: ignore[attr-defined]
        sld_ids.remove(sld_id)


def clear_font_names(frame: TextFrame) -> None:
    """Drop font names from runs so the template theme fonts apply."""
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.name = None
