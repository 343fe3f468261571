"""The deck's page grid, in points (a 16:9 slide is 960 × 540 pt), and its conversion to EMU."""

from __future__ import annotations

from pptx.util import Emu

from rollout.layout.geometry import Rect
from rollout.render.pptx_common import EMU_PER_PT

PAGE_W, PAGE_H = 960.0, 540.0
MARGIN_X = 36.0
CONTENT_W = PAGE_W - 2 * MARGIN_X
TITLE_RECT = Rect(MARGIN_X, 18.0, CONTENT_W, 66.0)
TITLE_SIZES = (26.0, 24.0, 22.0, 20.0, 18.0, 16.0, 14.0)
BODY_TOP = 96.0
FOOTER_RECT = Rect(PAGE_W - MARGIN_X - 120.0, PAGE_H - 30.0, 120.0, 22.0)
BODY_H = FOOTER_RECT.y - 6.0 - BODY_TOP
COL_GAP = 24.0
HALF_W = (CONTENT_W - COL_GAP) / 2
CELL_PAD = 4.0
MIN_ROLE_COL = 40.0
MIN_TASK_COL = 220.0
MAX_ROLE_HEADER = 200.0
MINI_W = 330.0
BULLET = "•"
BOX = "☐"


def emu(rect: Rect) -> tuple[Emu, Emu, Emu, Emu]:
    """A rectangle in points as EMU (left, top, width, height)."""
    return (
        Emu(round(rect.x * EMU_PER_PT)),
        Emu(round(rect.y * EMU_PER_PT)),
        Emu(round(rect.w * EMU_PER_PT)),
        Emu(round(rect.h * EMU_PER_PT)),
    )


def place(shape: object, rect: Rect) -> None:
    """Move and size a shape to a rectangle in points."""
    left, top, width, height = emu(rect)
    shape.left, shape.top, shape.width, shape.height = left, top, width, height  # type: ignore[attr-defined]
