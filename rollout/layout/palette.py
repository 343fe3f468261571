"""Colours shared by every renderer; each text/fill pair meets WCAG AA contrast (checked by the gates)."""

from __future__ import annotations

TITLE_TEXT = "1F2933"
LABEL_TEXT = "1F2933"
HEADER_TEXT = "FFFFFF"
STEP_TEXT = "1A1A1A"
EDGE = "3E4A56"
# Arrows that cross or run close get different colours of these (rollout.layout.edge_colours): each
# at least 4:1 on every body fill (WCAG asks 3:1 of graphics), told apart by hue and by lightness.
EDGES = (EDGE, "0072B2", "C24E00", "00805C", "A2407E", "8A5A00")
# On a status swimlane, where fills mean states, no arrow takes the hues of the late and blocked fills.
STATUS_EDGES = (EDGE, "0072B2", "00805C", "6A3D9A")
GRID = "9AA5B1"
HEADING_TEXT = "1F4E79"
MUTED_TEXT = "4A5560"
CRITICAL = "8E1B1B"
TABLE_HEADER = "1F4E79"
TABLE_STRIPE = "F1F4F7"

_HEADERS = ("1F4E79", "2F5D50", "5B3A6E", "7A3E1D", "24566B", "4F4A1E")
_STEP_FILLS = ("DCE9F6", "DDEFE3", "ECE1F3", "F9E4D4", "D9EEF2", "EEEBCF")
_STEP_BORDERS = ("4A76A8", "4C8A66", "7D5A99", "B06A3B", "3F8597", "8A8240")
_ROLE_FILLS = {"internal": "E4EBF2", "partner": "F2EADF", "customer": "E3F0E6"}
MILESTONE_FILL = "FFF1C2"
MILESTONE_BORDER = "7A5C00"


def role_fill(kind: str) -> str:
    """Fill of a lane's label cell: internal, partner and customer roles differ."""
    return _ROLE_FILLS.get(kind, _ROLE_FILLS["internal"])


def header_fill(number: int) -> str:
    """Phase header fill; phases are also numbered and named, never told apart by colour alone."""
    return _HEADERS[(number - 1) % len(_HEADERS)]


def column_fill(column: int) -> str:
    """Alternating column tint in the body, so a box's phase can be read off its column."""
    return "FFFFFF" if column % 2 == 0 else "EDF1F5"


def step_style(column: int, milestone: bool) -> tuple[str, str, float]:
    """Fill, border colour and border width of a step box."""
    if milestone:
        return MILESTONE_FILL, MILESTONE_BORDER, 2.25
    return _STEP_FILLS[column % len(_STEP_FILLS)], _STEP_BORDERS[column % len(_STEP_BORDERS)], 1.0


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two hex colours."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


# The states of a project's steps (the status swimlane, the dated deck's timeline): each its own fill,
# from white (not started) to dark (late), so they differ in greyscale too, and each with its own mark.
# state: (fill, border, text on the fill, mark, mark colour on white)
STATES: dict[str, tuple[str, str, str, str, str]] = {
    "done": ("C2E6CA", "2F6B3B", STEP_TEXT, "●", "2F6B3B"),
    "doing": ("8FBCE6", "1F4E79", STEP_TEXT, "►", "1F4E79"),
    "late": ("8E1B1B", "5A0F0F", "FFFFFF", "!", "8E1B1B"),
    "blocked": ("C7761A", "6B3E00", STEP_TEXT, "■", "7A4A00"),
    "todo": ("FFFFFF", "5F6B77", STEP_TEXT, "○", "3E4A56"),
    "skipped": ("ECECEC", "5F6B77", MUTED_TEXT, "–", "4A5560"),
}
