"""An organisation's PowerPoint template, made usable as it is: .pptx or .potx, any 16:9 size, any layouts.

The deck is laid out on a 13.333 × 7.5 in slide. A template of another 16:9 size (PowerPoint's
older 10 × 5.625 in, LibreOffice's 28 × 15.75 cm) has its masters and layouts scaled to that size,
so its pictures, placeholders and text sizes keep their places on the slide. A layout without a
title gets one, and a template without layouts or of another shape is refused in a sentence.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import SlideLayout
from pptx.util import Emu

from rollout.errors import BuildError

SLIDE_W = Emu(12_192_000)  # 13.333 in
SLIDE_H = Emu(6_858_000)  # 7.5 in
_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_OTHER_MAINS = (  # a template (.potx) or a slide show (.ppsx) is a presentation by another name
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
)
_CORE_RENAMED = (
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
)
_EMU_PER_CM = 360_000
DECORATION = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}
_TITLES = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}


def open_template(template: Path) -> PresentationType:
    """The template as a 13.333 × 7.5 in presentation whose layouts all have a title; BuildError if unusable."""
    if not template.is_file():
        raise BuildError(f"template {template} not found")
    data = template.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise BuildError(f"template {template} is not a PowerPoint file (.pptx or .potx)")
    try:
        prs = Presentation(io.BytesIO(_as_presentation(data)))
    except Exception as exc:  # python-pptx raises many types for a damaged file
        raise BuildError(f"template {template} cannot be read as a PowerPoint file ({exc})") from None
    _check_shape(prs, template)
    if not list(prs.slide_layouts):
        raise BuildError(
            f"template {template} has no slide layouts; in PowerPoint, add one under View → Slide Master, save, "
            "and build again"
        )
    _scale_to_deck(prs)
    return prs


def _as_presentation(data: bytes) -> bytes:
    """The file as python-pptx reads a presentation: a .potx's main part and LibreOffice's properties renamed.

    A template (.potx) or slide show (.ppsx) declares its main part under another content type.
    LibreOffice links its document properties by an older relationship name, which python-pptx
    does not look for: it would add a second docProps/core.xml, and the saved deck would hold two.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    latest = {info.filename: info for info in source.infolist()}  # a name given twice: readers take the last
    fixes = {"[Content_Types].xml": [(other, _MAIN) for other in _OTHER_MAINS], "_rels/.rels": [_CORE_RENAMED]}
    changed = {name: _replaced(source.read(latest[name]), pairs) for name, pairs in fixes.items() if name in latest}
    if all(changed[name] == source.read(latest[name]) for name in changed) and len(latest) == len(source.infolist()):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, info in latest.items():
            target.writestr(info, changed.get(name) or source.read(info))
    return out.getvalue()


def _replaced(data: bytes, pairs: list[tuple[str, str]]) -> bytes:
    for old, new in pairs:
        data = data.replace(old.encode(), new.encode())
    return data


def _check_shape(prs: PresentationType, template: Path) -> None:
    """Refuse a template whose slides are not 16:9, in a sentence that says what to do."""
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 1)
    ratio = width / height
    if abs(ratio - 16 / 9) <= 0.01:
        return
    size = f"{width / _EMU_PER_CM:.1f} × {height / _EMU_PER_CM:.1f} cm"
    shape = "4:3" if abs(ratio - 4 / 3) <= 0.01 else f"{ratio:.2f}:1"
    raise BuildError(
        f"the slides of template {template} are {shape} ({size}); a template must be 16:9: in PowerPoint choose "
        "Design → Slide Size → Widescreen (16:9), save, and build again"
    )


def _scale_to_deck(prs: PresentationType) -> None:
    """Give a 16:9 template of another size the deck's slide size, its masters and layouts scaled to fit."""
    kx, ky = SLIDE_W / int(prs.slide_width or SLIDE_W), SLIDE_H / int(prs.slide_height or SLIDE_H)
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    if abs(kx - 1) < 1e-6 and abs(ky - 1) < 1e-6:
        return
    for master in prs.slide_masters:
        scale_element(master._element, kx, ky)
        for layout in master.slide_layouts:
            scale_element(layout._element, kx, ky)


# Attributes that hold horizontal or vertical lengths, and the elements they are found on.
_X = {"x", "cx", "lIns", "rIns", "marL", "marR", "indent", "w"}
_Y = {"y", "cy", "tIns", "bIns", "marT", "marB", "h"}
_LENGTH_TAGS = {
    qn(tag)
    for tag in ("a:off", "a:ext", "a:chOff", "a:chExt", "a:bodyPr", "a:pPr", "a:ln", "a:gridCol", "a:tr", "a:tcPr")
} | {qn(f"a:lvl{n}pPr") for n in range(1, 10)}
_SIZE_TAGS = {qn(tag) for tag in ("a:rPr", "a:defRPr", "a:endParaRPr")}


def scale_element(root: Any, kx: float, ky: float) -> None:
    """Scale every position, size, inset, indent, line width and font size in an XML tree."""
    for element in root.iter():
        tag = element.tag
        if tag in _LENGTH_TAGS:
            _scale_attributes(element, _X, kx)
            _scale_attributes(element, _Y, ky)
        elif tag in _SIZE_TAGS and element.get("sz") is not None:
            element.set("sz", str(max(100, round(int(element.get("sz")) * ky))))
        elif tag == qn("a:spcPts") and element.get("val") is not None:
            element.set("val", str(round(int(element.get("val")) * ky)))


def _scale_attributes(element: Any, names: set[str], factor: float) -> None:
    for name in names:
        value = element.get(name)
        if value is not None and value.lstrip("-").isdigit():
            element.set(name, str(round(int(value) * factor)))


def title_slide_layout(layouts: Iterable[SlideLayout]) -> SlideLayout:
    """The template's title slide layout: its type says so, else a title over a subtitle, else the first."""
    found = list(layouts)
    for layout in found:
        if layout._element.get("type") == "title":
            return with_title(layout)
    for layout in found:
        kinds = {ph.placeholder_format.type for ph in list(layout.placeholders)}
        if PP_PLACEHOLDER.CENTER_TITLE in kinds or kinds >= {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.SUBTITLE}:
            return with_title(layout)
    return with_title(found[0])


def title_only_layout(layouts: Iterable[SlideLayout]) -> SlideLayout:
    """The layout for content slides: 'Title Only' by type, else the one with a title and least else."""
    found = list(layouts)
    for layout in found:
        if layout._element.get("type") == "titleOnly":
            return with_title(layout)

    def others(layout: SlideLayout) -> int:
        return len([ph for ph in list(layout.placeholders) if ph.placeholder_format.type not in DECORATION])

    titled = [layout for layout in found if _title_of(layout) is not None]
    return with_title(min(titled or found, key=others))


def with_title(layout: SlideLayout) -> SlideLayout:
    """The layout, given a title placeholder when it has none (a blank layout), so every slide has a real title."""
    if _title_of(layout) is None:
        tree = layout.shapes._spTree
        ids = [int(i) for i in tree.xpath(".//p:cNvPr/@id")]
        tree.append(etree.fromstring(_TITLE_XML.format(id=max(ids, default=1) + 1)))
    return layout


def _title_of(layout: SlideLayout) -> Any:
    return next((ph for ph in list(layout.placeholders) if ph.placeholder_format.type in _TITLES), None)


_TITLE_XML = (
    '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<p:nvSpPr><p:cNvPr id="{id}" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
    '<p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>'
    '<p:spPr><a:xfrm><a:off x="457200" y="228600"/><a:ext cx="11277600" cy="838200"/></a:xfrm></p:spPr>'
    "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr/></a:p></p:txBody></p:sp>"
)


def drop_empty_placeholders(prs: PresentationType) -> None:
    """Remove the placeholders no slide text went into: an empty subtitle or body shows 'Click to add text'."""
    for slide in prs.slides:
        for shape in list(slide.placeholders):
            element = shape._element
            if element.tag == qn("p:sp") and not (shape.has_text_frame and shape.text_frame.text.strip()):
                element.getparent().remove(element)
