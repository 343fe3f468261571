"""The role slides and the RACI matrix: what each role does in each phase, and who does what."""

from __future__ import annotations

from dataclasses import dataclass

from pptx.slide import Slide

from rollout.layout import palette
from rollout.layout.flow import (
    SAFETY,
    SMALL_SIZE,
    Para,
    Section,
    height_of,
    paginate,
)
from rollout.layout.geometry import Rect
from rollout.layout.textfit import line_height, text_width, wrap
from rollout.process.model import Phase, Role, Step
from rollout.render.deck_base import (
    LETTER_SEP,
    DeckBuilder,
    raci_letters,
    text_paras,
)
from rollout.render.deck_grid import (
    BODY_H,
    BODY_TOP,
    BULLET,
    CELL_PAD,
    CONTENT_W,
    MARGIN_X,
    MAX_ROLE_HEADER,
    MIN_ROLE_COL,
    MIN_TASK_COL,
    emu,
)
from rollout.render.deck_xml import add_table, row_height


def role_sections(deck: DeckBuilder, role: Role) -> list[Section]:
    """What a role does, phase by phase, with its RACI letters."""
    intro = [deck.t(f"role_kind_{role.kind}")]
    if role.group:
        intro.append(deck.t("group", group=role.group))
    sections = [
        Section(None, (Para(" · ".join(intro), SMALL_SIZE, color=palette.MUTED_TEXT), *text_paras(role.description)))
    ]
    for phase in deck.process.phases:
        items = []
        for step in deck.process.steps:
            letters = raci_letters(step, role.id)
            if step.phase == phase.id and letters:
                items.append(Para(f"{deck.step_ref(step)} ({LETTER_SEP.join(letters)})", bullet=BULLET))
        if items:
            sections.append(Section(deck.t("role_phase", n=deck.phase_no[phase.id], name=phase.name), tuple(items)))
    return sections


def raci_slides(deck: DeckBuilder) -> None:
    """The RACI matrix, tasks by roles, over as many slides as its rows and columns need."""
    head = raci_header(deck.process.roles)
    legend = Para(deck.t("raci_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
    legend_h = height_of(legend, CONTENT_W)
    pages: list[tuple[list[Role], list[tuple[Phase | None, Step | None, bool]]]] = []
    entries: list[tuple[Phase | None, Step | None]] = []
    for phase in deck.process.phases:
        entries += [(phase, None), *((None, s) for s in deck.process.steps if s.phase == phase.id)]
    for chunk in head.chunks:
        task_w = CONTENT_W - head.role_w * len(chunk)
        header_h = max(head.height, row_height([deck.t("raci_task")], [task_w], True))
        room = BODY_H - legend_h - 6.0 - header_h
        heights = [(_raci_row_height(deck, entry, task_w), entry[1] is None) for entry in entries]
        for page in paginate(heights, room):
            pages.append((chunk, [(*entries[i], repeated) for i, repeated in page]))
    for n, (chunk, rows) in enumerate(pages, start=1):
        title = deck.t("raci_title")
        if len(pages) > 1:
            title += f" ({deck.t('part', n=n, count=len(pages))})"
        slide = deck.new_slide(title, deck.t("notes_raci"))
        _raci_table(deck, slide, chunk, rows, head)
        box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
        box.name = "RACI legend"
        deck.write(box.text_frame, [legend])


def _raci_row_height(deck: DeckBuilder, entry: tuple[Phase | None, Step | None], task_w: float) -> float:
    phase, step = entry
    if phase is not None:  # measured as repeated on a continuation page, the longer text
        text = f"{deck.t('role_phase', n=deck.phase_no[phase.id], name=phase.name)} ({deck.t('continued')})"
        return row_height([text], [CONTENT_W], True)
    assert step is not None
    return row_height([f"{deck.numbers[step.id]} {step.label or step.title}"], [task_w], False)


def _raci_table(
    deck: DeckBuilder,
    slide: Slide,
    chunk: list[Role],
    rows: list[tuple[Phase | None, Step | None, bool]],
    head: RaciHeader,
) -> None:
    task_w = CONTENT_W - head.role_w * len(chunk)
    widths = [task_w] + [head.role_w] * len(chunk)
    header = [deck.t("raci_task"), *(r.name for r in chunk)]
    body: list[list[str]] = []
    spans: list[bool] = []
    for phase, step, repeated in rows:
        if phase is not None:
            text = deck.t("role_phase", n=deck.phase_no[phase.id], name=phase.name)
            body.append([f"{text} ({deck.t('continued')})" if repeated else text] + [""] * len(chunk))
            spans.append(True)
        else:
            assert step is not None
            cells = [f"{deck.numbers[step.id]} {step.label or step.title}"]
            cells += [", ".join(raci_letters(step, role.id)) for role in chunk]
            body.append(cells)
            spans.append(False)
    header_h = max(head.height, row_height([header[0]], [task_w], True))
    add_table(slide, widths, header, body, spans, deck.style, center_from=1, name="RACI matrix", header_h=header_h)


@dataclass(frozen=True)
class RaciHeader:
    """RACI columns: role names rotated, each column as wide as its name's wrapped lines."""

    height: float
    role_w: float
    chunks: list[list[Role]]


def raci_header(roles: list[Role]) -> RaciHeader:
    """Size the rotated role headers: each name on one line where it fits, one column width for all.

    LibreOffice does not wrap rotated text, so the header is as tall as the longest name; a name
    longer than MAX_ROLE_HEADER wraps at words (PowerPoint) into a wider column. The columns that
    fit beside the task column go on one slide, the rest continue on the next.
    """
    names = [role.name for role in roles]
    inner = min(max(text_width(name, SMALL_SIZE, True) for name in names) / SAFETY + 2.0, MAX_ROLE_HEADER)
    lines = max(len(wrap(name, inner * SAFETY, SMALL_SIZE, True)) for name in names)
    role_w = max(MIN_ROLE_COL, lines * line_height(SMALL_SIZE) / SAFETY + 2 * CELL_PAD)
    per_slide = max(1, int((CONTENT_W - MIN_TASK_COL) // role_w))
    chunks = [roles[i : i + per_slide] for i in range(0, len(roles), per_slide)]
    return RaciHeader(inner + 2 * CELL_PAD, role_w, chunks)
