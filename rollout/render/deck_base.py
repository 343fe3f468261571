"""What every part of the deck shares: the builder with its slide helpers, and small pure helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.slide import Slide, SlideLayout
from pptx.text.text import TextFrame

from rollout.layout.flow import (
    SMALL_SIZE,
    Para,
    Section,
    Sheet,
    fit_lines,
    flow_fewest,
    height_of,
)
from rollout.layout.geometry import Layout, Rect
from rollout.layout.textfit import FONT_FAMILY
from rollout.locale import Language, label
from rollout.process.graph import build_graph, step_numbers
from rollout.process.links import link_problem
from rollout.process.model import Process, Step
from rollout.process.schedule import Schedule, schedule
from rollout.project.plan import Plan, Who
from rollout.project.report import Status
from rollout.render.deck_facts import GateFacts, gates
from rollout.render.deck_grid import (
    BODY_H,
    BODY_TOP,
    BULLET,
    COL_GAP,
    CONTENT_W,
    HALF_W,
    MARGIN_X,
    TITLE_RECT,
    TITLE_SIZES,
    emu,
    place,
)
from rollout.render.deck_xml import LANG_TAGS, TextStyle, write_paras
from rollout.render.pptx_common import (
    drop_slides,
    new_presentation,
    title_only_layout,
    title_slide_layout,
)


@dataclass(frozen=True)
class Dated:
    """A project that makes the guide its own: its plan, its status on the status date, its status swimlane."""

    plan: Plan
    status: Status
    picture: Layout


class DeckBuilder:
    """The deck being built: the process, the presentation, and what every slide-making function shares.

    With a project (dated), the same slides carry its dates, people and states.
    """

    def __init__(self, process: Process, layout: Layout, template: Path | None, dated: Dated | None = None) -> None:
        self.process = process
        self.layout = layout
        self.dated = dated
        self.lang: Language = dated.plan.language if dated else process.process.language
        self.prs = new_presentation(template)
        self.templated = template is not None
        self.style = TextStyle(None if self.templated else FONT_FAMILY, LANG_TAGS[self.lang])
        drop_slides(self.prs)
        self.title_layout = title_slide_layout(self.prs.slide_layouts)
        self.content_layout = title_only_layout(list(self.prs.slide_layouts))
        self.roles = {role.id: role for role in process.roles}
        self.phase_no = {phase.id: n for n, phase in enumerate(process.phases, start=1)}
        self.numbers = step_numbers(process)
        self.titles: set[str] = set()
        self.full_bleed: set[int] = set()  # numbers of slides drawn edge to edge: no slide number
        self.graph = build_graph(process)
        self.plan: Schedule | None = schedule(process, self.graph)
        self.gates: dict[str, GateFacts] = {gate.phase.id: gate for gate in gates(process, self.graph)}
        self.minis: dict[int, BaseOxmlElement] = {}  # a page's drawn "you are here" group, to copy

    # -- helpers ---------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        """A fixed label in the process language."""
        return label(key, self.lang, **values)

    def names(self, ids: Iterable[str]) -> str:
        """Role names for role ids, comma-separated; in a project's deck each with its people."""
        return ", ".join(self.role_name(i) for i in ids if i in self.roles)

    def role_name(self, role_id: str) -> str:
        """A role's name; in a project's deck with its people: 'Omaolovastaava (Projektipäällikkö A)'."""
        name = self.roles[role_id].name
        people = self.dated.plan.role_people.get(role_id, ()) if self.dated else ()
        return f"{name} ({', '.join(p.name for p in people)})" if people else name

    def approvers(self, ids: Iterable[str]) -> str:
        """Who approves or decides for roles: in a project's deck the role's named approver, else as names()."""
        approver = self.dated.plan.approvers if self.dated else {}
        return ", ".join(
            f"{self.roles[i].name} ({approver[i].name})" if i in approver else self.role_name(i)
            for i in ids
            if i in self.roles
        )

    def told(self, ids: Iterable[str]) -> str:
        """Who must be told: role names, or in a project's deck the people of the roles (a role without any by name)."""
        if not self.dated:
            return self.names(ids)
        names: list[str] = []
        for role_id in ids:
            people = self.dated.plan.role_people.get(role_id) or (self.roles[role_id],)
            names += [who.name for who in people if who.name not in names]
        return ", ".join(names)

    def who(self, people: Iterable[Who]) -> str:
        """People (or roles nobody is named for) by name, comma-separated."""
        return ", ".join(who.name for who in people)

    def step_ref(self, step: Step) -> str:
        """A step as the deck refers to it: its number and title."""
        return f"{self.numbers[step.id]} {step.title}"

    def weeks(self, value: float) -> str:
        """A number of weeks as the language writes it."""
        return number_text(round(value, 1), self.lang)

    def unique(self, title: str) -> str:
        """The title, made unique with a number if a slide already has it."""
        candidate, n = title, 2
        while candidate in self.titles:
            candidate, n = f"{title} ({n})", n + 1
        self.titles.add(candidate)
        return candidate

    def part_title(self, title: str, n: int, count: int) -> str:
        """A slide's title, with its part number when it is one of several slides."""
        return f"{title} ({self.t('part', n=n, count=count)})" if count > 1 else title

    def new_slide(self, title: str, notes: str, layout: SlideLayout | None = None) -> Slide:
        """A content slide with its title fitted in the title placeholder and its speaker notes."""
        slide = self.prs.slides.add_slide(layout or self.content_layout)
        title = self.unique(title)
        placeholder = slide.shapes.title
        if placeholder is None:  # a template layout without a title: add a text box in its place
            placeholder = slide.shapes.add_textbox(*emu(TITLE_RECT))
        place(placeholder, TITLE_RECT)
        size, _ = fit_lines(title, TITLE_RECT.w, TITLE_RECT.h, TITLE_SIZES, True)
        self.write(placeholder.text_frame, [Para(title, size, True, space_before=0.0)], MSO_ANCHOR.MIDDLE)
        notes_frame = slide.notes_slide.notes_text_frame
        if notes_frame is not None:
            notes_frame.text = notes
        new: Slide = slide
        return new

    def write(self, frame: TextFrame, paras: Iterable[Para], anchor: MSO_ANCHOR = MSO_ANCHOR.TOP) -> None:
        """Write measured paragraphs into a text frame in the deck style."""
        write_paras(frame, paras, anchor, self.style)

    def columns(self, slide: Slide, sheet: Sheet, x: float = MARGIN_X, width: float = HALF_W) -> None:
        """Put a flowed sheet on a slide, one text box per column."""
        for index, column in enumerate(sheet):
            if not column:
                continue
            rect = Rect(x + index * (width + COL_GAP), BODY_TOP, width, BODY_H)
            box = slide.shapes.add_textbox(*emu(rect))
            box.name = f"Body {index + 1}"
            self.write(box.text_frame, column)

    def flowed(self, title: str, notes: str, sections: list[Section], columns: int = 2) -> list[Slide]:
        """Slides for flowed sections; several get (n/count) in their titles and continued notes."""
        width = HALF_W if columns == 2 else CONTENT_W
        sheets = flow_fewest(sections, width, BODY_H, columns, self.t("continued"))
        slides = []
        for n, sheet in enumerate(sheets, start=1):
            part = self.part_title(title, n, len(sheets))
            note = notes if n == 1 else f"{self.t('notes_continued', title=title)} {notes}"
            slide = self.new_slide(part, note)
            self.columns(slide, sheet, width=width)
            slides.append(slide)
        return slides


# -- pure helpers --------------------------------------------------------------------------------


LETTER_SEP = ",\u00a0"  # "(R, A)" is one unit: never broken across lines


def text_paras(text: str | None) -> tuple[Para, ...]:
    """A text as paragraphs, one per non-empty line."""
    if not text:
        return ()
    return tuple(Para(chunk.strip()) for chunk in text.split("\n") if chunk.strip())


def bullet_paras(items: Iterable[str], mark: str = BULLET) -> tuple[Para, ...]:
    """Items as bulleted paragraphs, white space folded."""
    return tuple(Para(" ".join(item.split()), bullet=mark) for item in items)


def link_para(title: str, url: str | None, note: str | None, full: bool = False) -> Para:
    """A linked bullet; the address is shown as its site only, or in full on the sources slide.

    Validation refuses unsafe addresses; one that got here all the same is shown as text, never clickable.
    """
    text = " ".join((title if not note else f"{title}: {note}").split())
    if not url:
        return Para(text, bullet=BULLET)
    if link_problem(url) is not None:
        return Para(f"{text} ({' '.join(url.split())})", bullet=BULLET)
    shown = f"({url if full else (urlsplit(url).netloc or url)})"
    return Para(f"{text} {shown}", bullet=BULLET, url=url, link_text=shown)


def number_text(value: float, language: Language) -> str:
    """A number as the language writes it (a decimal comma in Finnish and Swedish)."""
    text = f"{value:g}"
    return text if language == "en" else text.replace(".", ",")


def fit_column(paras: list[Para], rect: Rect) -> list[Para]:
    """Shrink paragraphs (not below 12 pt) until they fit; drop trailing ones that never fit."""
    for step in (0.0, 2.0, 4.0, 6.0, 8.0):
        sized = [replace(p, size=max(SMALL_SIZE, p.size - step)) for p in paras]
        if sum(height_of(p, rect.w) for p in sized) <= rect.h:
            return sized
    kept: list[Para] = []
    for para in paras:
        small = replace(para, size=SMALL_SIZE)
        if sum(height_of(p, rect.w) for p in (*kept, small)) > rect.h:
            break
        kept.append(small)
    return kept
