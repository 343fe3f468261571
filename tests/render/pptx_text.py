"""Reading a built deck the way a user and an accessibility checker do: titles, text, tables, notes, sizes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.text.text import TextFrame

from rollout.layout.flow import Para, lines_of
from rollout.layout.swimlane import layout_process
from rollout.layout.textfit import line_height
from rollout.process.load import load_process
from rollout.process.model import Process
from rollout.render.deck import deck_pptx
from rollout.render.overview import overview_pptx

EMU = 12_700


def load(path: Path) -> Process:
    return load_process(path).process


def build(process: Process, template: Path | None = None) -> bytes:
    return deck_pptx(process, layout_process(process), template)


def build_overview(process: Process, template: Path | None = None) -> bytes:
    return overview_pptx(process, layout_process(process), template)


@cache
def built(path: Path, kind: str = "deck") -> bytes:
    """A process file's deck or overview, built once per test run."""
    process = load(path)
    return build(process) if kind == "deck" else build_overview(process)


def open_deck(data: bytes) -> PresentationType:
    return Presentation(io.BytesIO(data))


def titles(prs: PresentationType) -> list[str]:
    found = []
    for slide in prs.slides:
        title = slide.shapes.title
        assert title is not None, f"slide {prs.slides.index(slide) + 1} has no title placeholder"
        found.append(" ".join(title.text_frame.text.split()))  # the swimlane's title is pre-wrapped
    return found


def walk(shapes: Any, inside: str = "") -> Iterator[tuple[Any, str]]:
    """Every shape with the name of the group it sits in."""
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield shape, inside
            yield from walk(shape.shapes, inside or shape.name)
        else:
            yield shape, inside


def frames(slide: Slide) -> Iterator[tuple[TextFrame, float, float, Any]]:
    """Text frames outside the swimlane pictures (and phase zooms), with their inner width and height in points."""
    for shape, group in walk(slide.shapes):
        if group in ("Swimlane", "You are here", "Phase zoom"):
            continue
        if shape.has_text_frame and shape.text_frame.text.strip():
            frame = shape.text_frame
            width = (shape.width - frame.margin_left - frame.margin_right) / EMU
            height = (shape.height - frame.margin_top - frame.margin_bottom) / EMU
            yield frame, width, height, shape
        if getattr(shape, "has_table", False):
            table = shape.table
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row.cells):
                    if cell.is_spanned or not cell.text_frame.text.strip():
                        continue
                    span = cell.span_width if cell.is_merge_origin else 1
                    width = sum(table.columns[c + i].width for i in range(span)) / EMU
                    width -= (cell.margin_left + cell.margin_right) / EMU
                    height = (table.rows[r].height - cell.margin_top - cell.margin_bottom) / EMU
                    yield cell.text_frame, width, height, shape


def needed_height(frame: TextFrame, width: float) -> float:
    """Height the paragraphs need, measured with the bundled font metrics."""
    total = 0.0
    for paragraph in frame.paragraphs:
        runs = paragraph.runs
        size = runs[0].font.size.pt if runs and runs[0].font.size else 18.0
        bold = bool(runs and runs[0].font.bold)
        ppr = paragraph._p.pPr
        indent = int(ppr.get("marL", "0")) / EMU if ppr is not None else 0.0
        before = paragraph.space_before.pt if paragraph.space_before is not None else 0.0
        para = Para(paragraph.text, size, bold, indent=indent > 0, space_before=before)
        total += len(lines_of(para, width)) * line_height(size) + before
    return total


def notes(slide: Slide) -> str:
    frame = slide.notes_slide.notes_text_frame if slide.has_notes_slide else None
    return frame.text if frame is not None else ""


def slide_text(slide: Slide) -> str:
    return "\n".join(frame.text for frame, *_ in frames(slide))


def tables(slide: Slide) -> list[list[list[str]]]:
    """Every table on a slide as rows of cell texts."""
    found: list[Any] = [shape for shape in slide.shapes if getattr(shape, "has_table", False)]
    return [[[cell.text for cell in row.cells] for row in shape.table.rows] for shape in found]


def by_title(prs: PresentationType, prefix: str) -> list[Slide]:
    """The slides whose titles start with prefix, in order."""
    return [slide for slide, title in zip(prs.slides, titles(prs), strict=True) if title.startswith(prefix)]
