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
from rollout.render.deck_base import LETTER_SEP, DeckBuilder, text_paras
from rollout.render.deck_dated import people_line, when_line
from rollout.render.deck_facts import GateFacts, gate_letters, raci_letters
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
from rollout.render.deck_notes import script
from rollout.render.deck_xml import Cell, add_table, row_height


def role_sections(deck: DeckBuilder, role: Role) -> list[Section]:
    """What a role does, phase by phase, with its RACI letters."""
    intro = [deck.t(f"role_kind_{role.kind}")]
    if role.group:
        intro.append(deck.t("group", group=role.group))
    if role.id == deck.process.process.lead_role:
        intro.append(deck.t("lead_mark"))
    head = [Para(" · ".join(intro), SMALL_SIZE, color=palette.MUTED_TEXT)]
    if deck.dated:
        head.append(Para(people_line(deck, role.id), bold=True))
    sections = [Section(None, (*head, *text_paras(role.description)))]
    decisions = [
        Para(deck.t("role_decision", n=gate.number, decision=gate.decision), bullet=BULLET)
        for gate in deck.gates.values()
        if gate.decider == role.id
    ]
    if decisions:
        sections.append(Section(deck.t("role_decisions"), tuple(decisions)))
    for phase in deck.process.phases:
        items = []
        for step in deck.process.steps:
            letters = raci_letters(step, role.id)
            if step.phase == phase.id and letters:
                when = f" · {when_line(deck, step.id)}" if deck.dated else ""
                items.append(Para(f"{deck.step_ref(step)} ({LETTER_SEP.join(letters)}){when}", bullet=BULLET))
        if items:
            sections.append(Section(deck.t("role_phase", n=deck.phase_no[phase.id], name=phase.name), tuple(items)))
    return sections


def raci_slides(deck: DeckBuilder) -> None:
    """The RACI matrix, tasks by roles, over as many slides as its rows and columns need."""
    head = raci_header(deck.process.roles)
    legend = Para(deck.t("raci_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
    legend_h = height_of(legend, CONTENT_W)
    pages: list[tuple[list[Role], list[tuple[Entry, bool]]]] = []
    entries = raci_entries(deck)
    for chunk in head.chunks:
        task_w = CONTENT_W - head.role_w * len(chunk)
        header_h = max(head.height, row_height([deck.t("raci_task")], [task_w], True))
        room = BODY_H - legend_h - 6.0 - header_h
        heights = [(_raci_row_height(deck, entry, task_w), isinstance(entry, Phase)) for entry in entries]
        repeat = {i: _raci_row_height(deck, entry, task_w, True) for i, entry in enumerate(entries)}
        for page in paginate(heights, room, repeat):
            pages.append((chunk, [(entries[i], repeated) for i, repeated in page]))
    for n, (chunk, rows) in enumerate(pages, start=1):
        title = deck.part_title(deck.t("raci_title"), n, len(pages))
        slide = deck.new_slide(title, script(deck, "notes_raci", "ask_raci"))
        _raci_table(deck, slide, chunk, rows, head)
        box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
        box.name = "RACI legend"
        deck.write(box.text_frame, [legend])


Entry = Phase | Step | GateFacts  # a row of the RACI matrix: a phase heading, a step or a phase decision


def raci_entries(deck: DeckBuilder) -> list[Entry]:
    """The matrix rows in order: each phase's heading, its steps, then its decision."""
    entries: list[Entry] = []
    for phase in deck.process.phases:
        entries += [phase, *(s for s in deck.process.steps if s.phase == phase.id)]
        if phase.id in deck.gates:
            entries.append(deck.gates[phase.id])
    return entries


def raci_label(deck: DeckBuilder, entry: Entry, repeated: bool = False) -> str:
    """The first cell of a matrix row."""
    if isinstance(entry, Phase):
        text = deck.t("role_phase", n=deck.phase_no[entry.id], name=entry.name)
        return f"{text} ({deck.t('continued')})" if repeated else text
    if isinstance(entry, Step):
        return f"{deck.numbers[entry.id]} {entry.label or entry.title}"
    return deck.t("decision_row", decision=entry.decision)


def raci_cells(entry: Entry, roles: list[Role]) -> list[str]:
    """A matrix row's letters, one cell per role."""
    if isinstance(entry, Phase):
        return [""] * len(roles)
    if isinstance(entry, Step):
        return [", ".join(raci_letters(entry, role.id)) for role in roles]
    return [", ".join(gate_letters(entry, role.id)) for role in roles]


def _raci_row_height(deck: DeckBuilder, entry: Entry, task_w: float, repeated: bool = False) -> float:
    if isinstance(entry, Phase):
        return row_height([raci_label(deck, entry, repeated)], [CONTENT_W], True)
    return row_height([raci_label(deck, entry)], [task_w], False)


def _raci_table(
    deck: DeckBuilder,
    slide: Slide,
    chunk: list[Role],
    rows: list[tuple[Entry, bool]],
    head: RaciHeader,
) -> None:
    task_w = CONTENT_W - head.role_w * len(chunk)
    widths = [task_w] + [head.role_w] * len(chunk)
    header = [deck.t("raci_task"), *(r.name for r in chunk)]
    body: list[list[Cell]] = [[raci_label(deck, e, again), *raci_cells(e, chunk)] for e, again in rows]
    spans = [isinstance(entry, Phase) for entry, _ in rows]
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
