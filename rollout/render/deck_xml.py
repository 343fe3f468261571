"""Measured text written as DrawingML XML in one go: paragraphs, tables and labelled shapes.

Setting each run and cell property through python-pptx costs more than the rest of the deck
together, so the deck writes its text frames and table rows as XML strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from rollout.layout import palette
from rollout.layout.flow import SAFETY, SMALL_SIZE, Para, height_of, paginate
from rollout.layout.geometry import Rect
from rollout.layout.textfit import FONT_FAMILY, bind_short_words, line_height, visible, wrap
from rollout.render.deck_grid import BODY_TOP, CELL_PAD, MARGIN_X, emu
from rollout.render.pptx_common import EMU_PER_PT, rgb


@dataclass(frozen=True)
class TextStyle:
    """How text is written: the font to name (None: the template's theme fonts) and the language tag."""

    font: str | None
    lang: str


Cell = str | tuple[Para, ...]  # a table cell: one line of text, or measured paragraphs (a list in a cell)
LANG_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
_ALIGN_XML = {PP_ALIGN.LEFT: "l", PP_ALIGN.CENTER: "ctr", PP_ALIGN.RIGHT: "r"}
_QUOTE = {'"': "&quot;"}


def write_paras(
    frame: TextFrame,
    paras: Iterable[Para],
    anchor: MSO_ANCHOR,
    style: TextStyle,
    margin: float = 0.0,
    align: PP_ALIGN = PP_ALIGN.LEFT,
) -> None:
    """Write measured paragraphs: wrapping on, no autofit, our spacing, bullets and links.

    The paragraphs are generated as XML in one go: setting each property through python-pptx
    costs more than the rest of the deck together.
    """
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    inset = Emu(round(margin * EMU_PER_PT))
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = inset
    paras = list(paras)
    body = frame._txBody
    for old in body.findall(qn("a:p")):
        body.remove(old)
    xml = "".join(paragraph_xml(para, style, align) for para in paras)
    for paragraph in list(parse_xml(f"<a:txBody {_NS}>{xml}</a:txBody>")):
        body.append(paragraph)
    for paragraph, para in zip(frame.paragraphs, paras, strict=True):
        if para.url and para.linked():
            paragraph.runs[-1].hyperlink.address = para.url


def paragraph_xml(para: Para, style: TextStyle, align: PP_ALIGN) -> str:
    """One measured paragraph as DrawingML XML: spacing, bullet, runs, an optional link run."""
    indent = round(para.left * EMU_PER_PT)
    if para.bullet:
        bullet = f'<a:buFont typeface="{FONT_FAMILY}"/><a:buChar char="{escape(para.bullet, _QUOTE)}"/>'
    else:
        bullet = "<a:buNone/>"
    first = -indent if para.bullet else 0
    latin = f'<a:latin typeface="{style.font}"/>' if style.font else ""
    text = _flat(para.text)
    size = round(para.size * 100)
    linked = _flat(para.linked() or "")
    # A link is a run of its own: LibreOffice shows a linked run as one unbreakable field, so
    # only the short address is linked and the title before it wraps at its spaces.
    parts = [text[: len(text) - len(linked)], linked] if linked and text.endswith(linked) else [text]
    # An empty paragraph has no run: LibreOffice sizes an empty run at its default 18 pt,
    # which would make an empty table cell (and its whole row) taller than measured.
    run = "".join(
        f'<a:r><a:rPr lang="{style.lang}" sz="{size}" b="{int(para.bold)}" dirty="0">'
        f'<a:solidFill><a:srgbClr val="{para.color}"/></a:solidFill>{latin}</a:rPr>'
        f"<a:t>{escape(part)}</a:t></a:r>"
        for part in parts
        if part
    )
    return (
        f'<a:p><a:pPr marL="{indent}" indent="{first}" algn="{_ALIGN_XML[align]}">'
        '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{round(para.space_before * 100)}"/></a:spcBef>'
        f'<a:spcAft><a:spcPts val="0"/></a:spcAft>{bullet}</a:pPr>'
        f'{run}<a:endParaRPr lang="{style.lang}" sz="{size}" dirty="0"/></a:p>'
    )


def _flat(text: str) -> str:
    """Text as one paragraph of a frame: no soft hyphens, tabs or line breaks, no lone "A)" on a line."""
    return bind_short_words(" ".join(visible(text).replace("\t", " ").split("\n")))


def add_table(
    slide: Slide,
    widths: list[float],
    header: list[str],
    rows: list[list[Cell]],
    spans: list[bool],
    style: TextStyle,
    center_from: int = 99,
    name: str = "Table",
    header_h: float | None = None,
) -> None:
    """A native table with measured row heights: header row, optional full-width group rows.

    With header_h given, the header's cells from center_from on are written rotated (read
    bottom to top) in a row of that height, as RACI matrices usually are.
    """
    rotated = header_h is not None
    heights = [header_h if header_h is not None else row_height(header, widths, True)] + [
        row_height([row[0]], [sum(widths)], True) if span else row_height(row, widths, False)
        for row, span in zip(rows, spans, strict=True)
    ]
    rect = Rect(MARGIN_X, BODY_TOP, sum(widths), sum(heights))
    frame = slide.shapes.add_table(len(rows) + 1, len(widths), *emu(rect))
    frame.name = name
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    for index, width in enumerate(widths):
        table.columns[index].width = Emu(round(width * EMU_PER_PT))
    # The rows are written as XML in one go: cell by cell through python-pptx costs over a
    # millisecond each, which is seconds for the RACI matrix of a large process.
    head = TableRow(heights[0], True, False, palette.HEADER_TEXT, palette.TABLE_HEADER, rotated)
    rows_xml = [row_xml(header, head, center_from, style)]
    for row, span, height in zip(rows, spans, heights[1:], strict=True):
        kind = TableRow(height, span, span, palette.TITLE_TEXT, palette.TABLE_STRIPE if span else "FFFFFF")
        rows_xml.append(row_xml(row, kind, center_from, style))
    tbl = table._tbl
    for old in tbl.findall(qn("a:tr")):
        tbl.remove(old)
    for tr in parse_xml(f"<a:tbl {_NS}>{''.join(rows_xml)}</a:tbl>"):
        tbl.append(tr)


@dataclass(frozen=True)
class TableRow:
    """How a table row is written: height, bold, spanning the whole width, colours, rotated header."""

    height: float
    bold: bool
    span: bool
    color: str
    fill: str
    rotated: bool = False


def row_xml(cells: Sequence[Cell], row: TableRow, center_from: int, style: TextStyle) -> str:
    """One table row as XML; cells from center_from on are centred, or rotated in a rotated header."""
    pad = round(CELL_PAD * EMU_PER_PT)
    out = [f'<a:tr h="{round(row.height * EMU_PER_PT)}">']
    for c, text in enumerate(cells):
        turned = row.rotated and c >= center_from
        centred = c >= center_from and not row.span and not turned
        plain = Para(text if isinstance(text, str) else "", SMALL_SIZE, row.bold, color=row.color, space_before=0.0)
        paras = (plain,) if isinstance(text, str) else text
        align = PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT
        xml = "".join(paragraph_xml(para, style, align) for para in paras)
        merge = (f' gridSpan="{len(cells)}"' if c == 0 else ' hMerge="1"') if row.span else ""
        vert = ' vert="vert270"' if turned else ""
        out.append(
            f"<a:tc{merge}><a:txBody><a:bodyPr/><a:lstStyle/>{xml}</a:txBody>"
            f'<a:tcPr marL="{pad}" marR="{pad}" marT="{pad}" marB="{pad}"{vert}'
            f' anchor="{"b" if row.rotated else "ctr"}">'
            f'<a:solidFill><a:srgbClr val="{row.fill}"/></a:solidFill></a:tcPr></a:tc>'
        )
    out.append("</a:tr>")
    return "".join(out)


def row_height(cells: Sequence[Cell], widths: list[float], bold: bool) -> float:
    """Height of a table row whose cells wrap at their widths."""
    return max(_cell_height(cell, w - 2 * CELL_PAD, bold) for cell, w in zip(cells, widths, strict=True)) + 2 * CELL_PAD


def _cell_height(cell: Cell, width: float, bold: bool) -> float:
    if isinstance(cell, str):
        return len(wrap(bind_short_words(cell) or " ", width * SAFETY, SMALL_SIZE, bold)) * line_height(SMALL_SIZE)
    return sum(height_of(para, width) for para in cell)


def paginate_rows(rows: list[list[Cell]], widths: list[float], room: float) -> list[list[list[Cell]]]:
    """Table rows spread evenly over the fewest pages of at most room points."""
    pages = paginate([(row_height(row, widths, False), False) for row in rows], room)
    return [[rows[i] for i, _ in page] for page in pages]


def label_box(shapes: ShapeTree, rect: Rect, text: str, bold: bool, align: PP_ALIGN, style: TextStyle) -> None:
    """A small text box with one label, vertically centred."""
    box = shapes.add_textbox(*emu(rect))
    box.name = "Label"
    write_paras(
        box.text_frame,
        [Para(text, SMALL_SIZE, bold, space_before=0.0)],
        MSO_ANCHOR.MIDDLE,
        style,
        margin=2.0,
        align=align,
    )


def plain_rect(shapes: ShapeTree, rect: Rect, fill: str, name: str) -> Shape:
    """A filled rectangle without a border."""
    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, *emu(rect))
    style_shape(shape, fill, None)
    shape.name = name
    return shape


def style_shape(shape: Shape, fill: str, border: str | None, width: float = 0.75) -> None:
    """Fill and border of a shape, without the theme style."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(fill)
    if border:
        shape.line.color.rgb = rgb(border)
        shape.line.width = Pt(width)
    else:
        shape.line.fill.background()
