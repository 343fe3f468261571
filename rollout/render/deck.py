"""The detailed deck: a step-by-step rollout guide, one slide per phase opening and per step.

Every text is measured (rollout.flow) before it is placed, so nothing overflows its frame; long
content continues on a follow-up slide. Titles sit in the layout's title placeholder (what screen
readers and the outline use), pictures carry alt text, and every slide has speaker notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.shapes.autoshape import Shape
from pptx.shapes.shapetree import _BaseGroupShapes as ShapeTree
from pptx.slide import Slide, SlideLayout
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from rollout import palette
from rollout.flow import (
    SAFETY,
    SMALL_SIZE,
    Para,
    Section,
    Sheet,
    column_height,
    fit_lines,
    flow,
    heading,
    height_of,
)
from rollout.geometry import Layout, Page, Rect
from rollout.graph import build_graph
from rollout.locale import Language, label
from rollout.model import Phase, Process, Role, Step
from rollout.render.pptx_common import EMU_PER_PT, fill_text, new_presentation, rgb, save_stable
from rollout.render.slide import Frame, draw_page, drawing_group
from rollout.schedule import Schedule, schedule
from rollout.textfit import FONT_FAMILY, line_height, text_width, wrap

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


def deck_pptx(process: Process, layout: Layout, template: Path | None = None) -> bytes:
    """The whole deck for a valid process, as .pptx bytes (byte-identical for the same input)."""
    deck = _Deck(process, layout, template)
    deck.build()
    return save_stable(deck.prs, label("deck_title", deck.lang, title=process.process.title), deck.lang)


class _Deck:
    """Assembles the slides in reading order."""

    def __init__(self, process: Process, layout: Layout, template: Path | None) -> None:
        self.process = process
        self.layout = layout
        self.lang: Language = process.process.language
        self.prs = new_presentation(template)
        self.templated = template is not None
        self.style = _Style(None if self.templated else FONT_FAMILY, _LANG_TAGS[self.lang])
        _drop_slides(self.prs)
        self.title_layout = self.prs.slide_layouts[0]
        self.content_layout = _title_only(list(self.prs.slide_layouts))
        self.roles = {role.id: role for role in process.roles}
        self.phase_no = {phase.id: n for n, phase in enumerate(process.phases, start=1)}
        self.numbers = _step_numbers(process)
        self.titles: set[str] = set()
        self.full_bleed: set[int] = set()  # numbers of slides drawn edge to edge: no slide number
        self.graph = build_graph(process)
        self.minis: dict[int, BaseOxmlElement] = {}  # a page's drawn "you are here" group, to copy

    # -- helpers ---------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def names(self, ids: Iterable[str]) -> str:
        return ", ".join(self.roles[i].name for i in ids if i in self.roles)

    def step_ref(self, step: Step) -> str:
        return f"{self.numbers[step.id]} {step.title}"

    def unique(self, title: str) -> str:
        candidate, n = title, 2
        while candidate in self.titles:
            candidate, n = f"{title} ({n})", n + 1
        self.titles.add(candidate)
        return candidate

    def new_slide(self, title: str, notes: str, layout: SlideLayout | None = None) -> Slide:
        slide = self.prs.slides.add_slide(layout or self.content_layout)
        title = self.unique(title)
        placeholder = slide.shapes.title
        if placeholder is None:  # a template layout without a title: add a text box in its place
            placeholder = slide.shapes.add_textbox(*_emu(TITLE_RECT))
        _place(placeholder, TITLE_RECT)
        size, _ = fit_lines(title, TITLE_RECT.w, TITLE_RECT.h, TITLE_SIZES, True)
        self.write(placeholder.text_frame, [Para(title, size, True, space_before=0.0)], MSO_ANCHOR.MIDDLE)
        notes_frame = slide.notes_slide.notes_text_frame
        if notes_frame is not None:
            notes_frame.text = notes
        new: Slide = slide
        return new

    def write(self, frame: TextFrame, paras: Iterable[Para], anchor: MSO_ANCHOR = MSO_ANCHOR.TOP) -> None:
        _write(frame, paras, anchor, self.style)

    def columns(self, slide: Slide, sheet: Sheet, x: float = MARGIN_X, width: float = HALF_W) -> None:
        for index, column in enumerate(sheet):
            if not column:
                continue
            rect = Rect(x + index * (width + COL_GAP), BODY_TOP, width, BODY_H)
            box = slide.shapes.add_textbox(*_emu(rect))
            box.name = f"Body {index + 1}"
            self.write(box.text_frame, column)

    def flowed(self, title: str, notes: str, sections: list[Section], columns: int = 2) -> list[Slide]:
        """Slides for flowed sections; several get (n/count) in their titles and continued notes."""
        width = HALF_W if columns == 2 else CONTENT_W
        sheets = flow(sections, width, BODY_H, columns, self.t("continued"))
        slides = []
        for n, sheet in enumerate(sheets, start=1):
            part = f"{title} ({self.t('part', n=n, count=len(sheets))})" if len(sheets) > 1 else title
            note = notes if n == 1 else f"{self.t('notes_continued', title=title)} {notes}"
            slide = self.new_slide(part, note)
            self.columns(slide, sheet, width=width)
            slides.append(slide)
        return slides

    # -- the deck --------------------------------------------------------------------------

    def build(self) -> None:
        self.title_slide()
        self.flowed(self.t("howto_title"), self.t("notes_howto"), [self.howto()], columns=1)
        self.flowed(self.t("context_title"), self.t("notes_context"), self.context())
        self.at_a_glance()
        for role in self.process.roles:
            self.flowed(self.t("roles_of", name=role.name), self.t("notes_role", name=role.name), self.role(role))
        self.raci()
        for phase in self.process.phases:
            self.phase_opening(phase)
            for step in self.process.steps:
                if step.phase == phase.id:
                    self.step(step)
        plan = schedule(self.process, self.graph)
        if plan is not None:
            self.timeline(plan)
        self.metrics()
        self.evaluation()
        self.sources()
        self.footers()

    def title_slide(self) -> None:
        info = self.process.process
        slide = self.new_slide(self.t("deck_title", title=info.title), self.t("notes_title"), self.title_layout)
        rect = Rect(60.0, 140.0, PAGE_W - 120.0, 140.0)
        title = slide.shapes.title
        assert title is not None  # new_slide always leaves a title
        _place(title, rect)
        size, _ = fit_lines(title.text_frame.text, rect.w, rect.h, (36.0, 32.0, *TITLE_SIZES), True)
        for paragraph in title.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(size)
        lines = [Para(info.owner, 20.0, True), Para(self.t("version", version=info.version), 16.0)]
        if info.authors:
            lines.append(Para(self.t("authors", names=", ".join(info.authors)), 14.0))
        sub = Rect(60.0, 300.0, PAGE_W - 120.0, 180.0)
        lines = _fit_column(lines, sub)
        box = _placeholder(slide, 1) or slide.shapes.add_textbox(*_emu(sub))
        _place(box, sub)
        self.write(box.text_frame, lines)

    def howto(self) -> Section:
        counts = {"phases": len(self.process.phases), "roles": len(self.process.roles)}
        text = self.t("howto", steps=len(self.process.steps), **counts)
        return Section(None, tuple(Para(line, 16.0, bullet=BULLET, space_before=8.0) for line in text.split("\n")))

    def context(self) -> list[Section]:
        info = self.process.process
        ctx = info.context
        sections = [Section(None, _paras(info.description))]
        for key in ("background", "needs", "goal", "target_group", "conditions", "resources", "results"):
            value = getattr(ctx, key)
            if value:
                sections.append(Section(self.t(f"ctx_{key}"), _paras(value)))
        if ctx.tips:
            sections.append(Section(self.t("ctx_tips"), _bullets(ctx.tips)))
        return sections

    def at_a_glance(self) -> None:
        for page in self.layout.pages:
            slide = self.prs.slides.add_slide(self.content_layout)
            title = self.layout.title
            if page.count > 1:
                title += f" ({self.t('page', n=page.number, count=page.count)})"
            title = self.unique(title)
            placeholder = slide.shapes.title or slide.shapes.add_textbox(*_emu(page.title.rect))
            _place(placeholder, page.title.rect)
            fill_text(placeholder.text_frame, page.title)
            if self.templated:
                _clear_font_names(placeholder.text_frame)
            self.full_bleed.add(len(self.prs.slides))  # its number: slide_id is a linear search
            with drawing_group(slide.shapes, "Swimlane", self.t("glance_alt", title=title)) as shapes:
                draw_page(shapes, page, Frame(), with_title=False, glued=False)
            slide.notes_slide.notes_text_frame.text = self.t("notes_glance")

    def role(self, role: Role) -> list[Section]:
        intro = [self.t(f"role_kind_{role.kind}")]
        if role.group:
            intro.append(self.t("group", group=role.group))
        sections = [
            Section(None, (Para(" · ".join(intro), SMALL_SIZE, color=palette.MUTED_TEXT), *_paras(role.description)))
        ]
        for phase in self.process.phases:
            items = []
            for step in self.process.steps:
                letters = _letters(step, role.id)
                if step.phase == phase.id and letters:
                    items.append(Para(f"{self.step_ref(step)} ({', '.join(letters)})", bullet=BULLET))
            if items:
                sections.append(Section(self.t("role_phase", n=self.phase_no[phase.id], name=phase.name), tuple(items)))
        return sections

    def raci(self) -> None:
        head = _raci_header(self.process.roles)
        legend = Para(self.t("raci_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
        legend_h = height_of(legend, CONTENT_W)
        pages: list[tuple[list[Role], list[tuple[Phase | None, Step | None]]]] = []
        for chunk in head.chunks:
            task_w = CONTENT_W - head.role_w * len(chunk)
            header_h = max(head.height, _row_height([self.t("raci_task")], [task_w], True))
            room = BODY_H - legend_h - 6.0 - header_h
            rows: list[tuple[Phase | None, Step | None]] = []
            used = 0.0
            for phase in self.process.phases:
                steps = [s for s in self.process.steps if s.phase == phase.id]
                entries: list[tuple[Phase | None, Step | None]] = [(phase, None), *((None, s) for s in steps)]
                for entry in entries:
                    h = self._raci_row_height(entry, task_w)
                    # A phase row never ends a page: it moves on with at least two of its steps.
                    if rows and (used + h > room or (entry[1] is None and used + 3 * h > room)):
                        pages.append((chunk, rows))
                        rows, used = [], 0.0
                    rows.append(entry)
                    used += h
            if rows:
                pages.append((chunk, rows))
        for n, (chunk, rows) in enumerate(pages, start=1):
            title = self.t("raci_title")
            if len(pages) > 1:
                title += f" ({self.t('part', n=n, count=len(pages))})"
            slide = self.new_slide(title, self.t("notes_raci"))
            self._raci_table(slide, chunk, rows, head)
            box = slide.shapes.add_textbox(*_emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
            box.name = "RACI legend"
            self.write(box.text_frame, [legend])

    def _raci_row_height(self, entry: tuple[Phase | None, Step | None], task_w: float) -> float:
        phase, step = entry
        if phase is not None:
            return _row_height([self.t("role_phase", n=self.phase_no[phase.id], name=phase.name)], [CONTENT_W], True)
        assert step is not None
        return _row_height([f"{self.numbers[step.id]} {step.label or step.title}"], [task_w], False)

    def _raci_table(
        self, slide: Slide, chunk: list[Role], rows: list[tuple[Phase | None, Step | None]], head: _RaciHeader
    ) -> None:
        task_w = CONTENT_W - head.role_w * len(chunk)
        widths = [task_w] + [head.role_w] * len(chunk)
        header = [self.t("raci_task"), *(r.name for r in chunk)]
        body: list[list[str]] = []
        spans: list[bool] = []
        for phase, step in rows:
            if phase is not None:
                body.append([self.t("role_phase", n=self.phase_no[phase.id], name=phase.name)] + [""] * len(chunk))
                spans.append(True)
            else:
                assert step is not None
                cells = [f"{self.numbers[step.id]} {step.label or step.title}"]
                cells += [", ".join(_letters(step, role.id)) for role in chunk]
                body.append(cells)
                spans.append(False)
        header_h = max(head.height, _row_height([header[0]], [task_w], True))
        _table(slide, widths, header, body, spans, self.style, center_from=1, name="RACI matrix", header_h=header_h)

    def phase_opening(self, phase: Phase) -> None:
        n, count = self.phase_no[phase.id], len(self.process.phases)
        sections: list[Section] = []
        if phase.goal:
            sections.append(Section(self.t("goal"), _paras(phase.goal)))
        if phase.entry_criteria:
            sections.append(Section(self.t("entry"), _bullets(phase.entry_criteria)))
        if phase.exit_criteria:
            sections.append(Section(self.t("exit"), _bullets(phase.exit_criteria)))
        if phase.gate:
            who = self.names([phase.gate.decided_by])
            gate = [Para(self.t("gate_line", decision=phase.gate.decision, who=who))]
            gate += list(_bullets(phase.gate.criteria))
            sections.append(Section(self.t("gate"), tuple(gate)))
        timing = [phase.typical_duration] if phase.typical_duration else []
        if phase.ongoing:
            timing.append(self.t("ongoing_phase"))
        if timing:
            sections.append(Section(self.t("duration"), tuple(Para(text) for text in timing)))
        steps = [s for s in self.process.steps if s.phase == phase.id]
        owners = {s.owner for s in steps} | {r for s in steps for r in (*s.raci.responsible, *s.raci.accountable)}
        people = [role.name for role in self.process.roles if role.id in owners]
        if people:
            sections.append(Section(self.t("participants"), (Para(", ".join(people)),)))
        tasks = [heading(self.t("phase_steps")), *(Para(self.step_ref(s), bullet=BULLET) for s in steps)]
        # The phase's tasks go under the "you are here" picture when they fit there whole;
        # otherwise they follow the other sections in the text column.
        below = self.mini_bottom(phase, n, count) + 6.0
        beside = column_height(tuple(tasks), MINI_W) <= BODY_TOP + BODY_H - below
        if not beside:
            sections.append(Section(self.t("phase_steps"), tuple(tasks[1:])))
        title = self.t("phase_title", n=n, count=count, name=phase.name)
        if phase.gate:
            notes = self.t("notes_phase", name=phase.name, who=self.names([phase.gate.decided_by]))
        else:
            notes = self.t("notes_phase_nogate", name=phase.name)
        text_w = CONTENT_W - MINI_W - COL_GAP
        sheets = flow(sections, text_w, BODY_H, 1, self.t("continued"))
        for part, sheet in enumerate(sheets, start=1):
            part_title = title if len(sheets) == 1 else f"{title} ({self.t('part', n=part, count=len(sheets))})"
            note = notes if part == 1 else f"{self.t('notes_continued', title=title)} {notes}"
            slide = self.new_slide(part_title, note)
            self.columns(slide, sheet, width=text_w)
            if part == 1:
                self.mini_swimlane(slide, phase, n, count)
                if beside:
                    rect = Rect(PAGE_W - MARGIN_X - MINI_W, below, MINI_W, BODY_TOP + BODY_H - below)
                    box = slide.shapes.add_textbox(*_emu(rect))
                    box.name = "Tasks of the phase"
                    self.write(box.text_frame, tasks)

    def page_of(self, phase: Phase) -> Page | None:
        return next((p for p in self.layout.pages if any(c.phase_id == phase.id for c in p.columns)), None)

    def caption(self, phase: Phase, n: int, count: int) -> Para:
        return Para(self.t("you_are_here", n=n, count=count, name=phase.name), SMALL_SIZE, True, space_before=0.0)

    def mini_bottom(self, phase: Phase, n: int, count: int) -> float:
        """Where the "you are here" picture and its caption end on a phase's opening slide."""
        page = self.page_of(phase)
        if page is None:
            return BODY_TOP
        top = BODY_TOP + page.height * MINI_W / page.width + 6.0
        return top + height_of(self.caption(phase, n, count), MINI_W) + 2.0

    def mini_swimlane(self, slide: Slide, phase: Phase, n: int, count: int) -> None:
        page = self.page_of(phase)
        if page is None:
            return
        scale = MINI_W / page.width
        x = PAGE_W - MARGIN_X - MINI_W
        frame = Frame(round(x * EMU_PER_PT), round(BODY_TOP * EMU_PER_PT), scale)
        column = next(c for c in page.columns if c.phase_id == phase.id)
        top_y = min(column.rect.y, column.header.rect.y)
        bottom = max(column.rect.bottom, column.header.rect.bottom)
        outline = Rect(
            x + column.rect.x * scale, BODY_TOP + top_y * scale, column.rect.w * scale, (bottom - top_y) * scale
        )
        alt = self.t("mini_alt", name=phase.name)
        drawn = self.minis.get(page.number)
        if drawn is None:
            with drawing_group(slide.shapes, "You are here", alt) as shapes:
                draw_page(shapes, page, frame, highlight=phase.id, with_text=False, with_edges=False)
                mark = shapes.add_shape(MSO_SHAPE.RECTANGLE, *_emu(outline))
                _style(mark, "FFFFFF", palette.HEADING_TEXT, 2.25)
                mark.fill.background()
                mark.name = "Highlight"
            self.minis[page.number] = slide.shapes[-1]._element
        else:
            # The same page again with another phase highlighted: a copy of the drawn group,
            # recoloured, costs a fraction of drawing its shapes anew.
            fills = {f"Phase {c.phase_id}": "D5DBE1" if c.phase_id != phase.id else c.fill for c in page.columns}
            _append_copy(slide, drawn, alt, fills, {"Highlight": _emu(outline)})
        caption = self.caption(phase, n, count)
        top = BODY_TOP + page.height * scale + 6.0
        rect = Rect(x, top, MINI_W, height_of(caption, MINI_W) + 2.0)
        box = slide.shapes.add_textbox(*_emu(rect))
        box.name = "You are here caption"
        self.write(box.text_frame, [caption])

    def step(self, step: Step) -> None:
        phase = next(p for p in self.process.phases if p.id == step.phase)
        meta = [self.t("step_meta", n=self.phase_no[phase.id], phase=phase.name, owner=self.names([step.owner]))]
        if step.duration_weeks:
            meta.append(self.t("weeks", n=_number(step.duration_weeks, self.lang)))
        if step.milestone:
            meta.append(self.t("milestone"))
        if step.recurring:
            meta.append(self.t("recurring", cadence=step.recurring))
        head = [Para(" · ".join(meta), SMALL_SIZE, True, color=palette.MUTED_TEXT, space_before=0.0)]
        if step.inferred:
            head.append(Para(self.t("inferred"), SMALL_SIZE, color=palette.MUTED_TEXT))
        sections = [Section(None, tuple(head)), Section(self.t("what"), _paras(step.instructions))]
        if step.why:
            sections.append(Section(self.t("why"), _paras(step.why)))
        sections.append(Section(self.t("who"), self.raci_lines(step)))
        needs = [
            Para(self.t("after_step", number=self.numbers[d], title=self.step_title(d)), bullet=BULLET)
            for d in step.depends_on
        ]
        needs += list(_bullets(step.inputs))
        if needs:
            sections.append(Section(self.t("needs_first"), tuple(needs)))
        for key, items, mark in (
            ("deliverables", step.deliverables, BULLET),
            ("checklist", step.checklist, BOX),
            ("tips", step.tips, BULLET),
            ("pitfalls", step.pitfalls, BULLET),
        ):
            if items:
                sections.append(Section(self.t(key), _bullets(items, mark)))
        if step.links:
            sections.append(
                Section(self.t("links"), tuple(_link(link.title, link.url, link.note) for link in step.links))
            )
        notes = [step.notes] if step.notes else []
        accountable = self.names(step.raci.accountable) or self.names([step.owner])
        notes.append(
            self.t("notes_step", responsible=self.names(step.raci.responsible or [step.owner]), accountable=accountable)
        )
        notes += [self.t("notes_watch", text=text) for text in step.pitfalls]
        self.flowed(self.step_ref(step), "\n\n".join(notes), sections)

    def step_title(self, step_id: str) -> str:
        return next(s.title for s in self.process.steps if s.id == step_id)

    def raci_lines(self, step: Step) -> tuple[Para, ...]:
        raci = step.raci
        lines = []
        for key, ids in (
            ("raci_r", raci.responsible),
            ("raci_a", raci.accountable),
            ("raci_c", raci.consulted),
            ("raci_i", raci.informed),
        ):
            if ids:
                lines.append(Para(self.t(key, names=self.names(ids)), bullet=BULLET))
        return tuple(lines)

    def timeline(self, plan: Schedule) -> None:
        rows = _timeline_rows(self.process, self.numbers, plan, self.phase_no, self.lang)
        legend = Para(self.t("timeline_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
        legend_h = height_of(legend, CONTENT_W)
        room = BODY_H - AXIS_H - legend_h - 6.0
        pages: list[list[_Row]] = [[]]
        used = 0.0
        for row in rows:
            if pages[-1] and (used + row.height > room or (row.phase and used + 3 * row.height > room)):
                pages.append([])
                used = 0.0
            pages[-1].append(row)
            used += row.height
        path = " → ".join(self.numbers[s] for s in plan.critical_path)
        total = _number(plan.total, self.lang)
        for n, page_rows in enumerate(pages, start=1):
            title = self.t("timeline_title")
            if len(pages) > 1:
                title += f" ({self.t('part', n=n, count=len(pages))})"
            slide = self.new_slide(title, self.t("notes_timeline"))
            with drawing_group(slide.shapes, "Timeline", self.t("timeline_alt", total=total, path=path)) as shapes:
                _draw_timeline(shapes, page_rows, plan.total, self.t("timeline_axis"), self.style)
            box = slide.shapes.add_textbox(*_emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
            box.name = "Timeline legend"
            self.write(box.text_frame, [legend])

    def metrics(self) -> None:
        metrics = self.process.evaluation.metrics
        if not metrics:
            return
        widths = [CONTENT_W * 0.34, CONTENT_W * 0.2, CONTENT_W * 0.2, CONTENT_W * 0.26]
        header = [self.t(k) for k in ("metric_name", "metric_baseline", "metric_target", "metric_source")]
        body = [[m.name, m.baseline or "–", m.target or "–", m.source or "–"] for m in metrics]
        pages = _paginate_rows(body, widths, BODY_H - _row_height(header, widths, True))
        for n, rows in enumerate(pages, start=1):
            title = self.t("metrics_title")
            if len(pages) > 1:
                title += f" ({self.t('part', n=n, count=len(pages))})"
            slide = self.new_slide(title, self.t("notes_metrics"))
            _table(slide, widths, header, rows, [False] * len(rows), self.style, name="Metrics")

    def evaluation(self) -> None:
        questions = self.process.evaluation.questions
        if not questions:
            return
        intro = Para(self.t("evaluation_intro"), space_before=0.0)
        section = Section(None, (intro, *(Para(q, 16.0, bullet=BULLET, space_before=10.0) for q in questions)))
        self.flowed(self.t("evaluation_title"), self.t("notes_evaluation"), [section], columns=1)

    def sources(self) -> None:
        links = self.process.process.sources
        if links:
            paras = tuple(_link(link.title, link.url, link.note, full=True) for link in links)
            self.flowed(self.t("sources_title"), self.t("notes_sources"), [Section(None, paras)], columns=1)

    def footers(self) -> None:
        slides = list(self.prs.slides)
        for number, slide in enumerate(slides, start=1):
            if number == 1 or number in self.full_bleed:
                continue
            box = slide.shapes.add_textbox(*_emu(FOOTER_RECT))
            box.name = "Slide number"
            para = Para(f"{number} / {len(slides)}", SMALL_SIZE, color=palette.MUTED_TEXT, space_before=0.0)
            _write(box.text_frame, [para], MSO_ANCHOR.BOTTOM, self.style, align=PP_ALIGN.RIGHT)


# -- pure helpers --------------------------------------------------------------------------------


def _step_numbers(process: Process) -> dict[str, str]:
    """'phase.n' numbers: the third step of the second phase is 2.3."""
    numbers: dict[str, str] = {}
    for p, phase in enumerate(process.phases, start=1):
        steps = [s for s in process.steps if s.phase == phase.id]
        for n, step in enumerate(steps, start=1):
            numbers[step.id] = f"{p}.{n}"
    return numbers


def _letters(step: Step, role_id: str) -> list[str]:
    raci = step.raci
    pairs = (("R", raci.responsible), ("A", raci.accountable), ("C", raci.consulted), ("I", raci.informed))
    return [letter for letter, ids in pairs if role_id in ids]


def _paras(text: str | None) -> tuple[Para, ...]:
    if not text:
        return ()
    return tuple(Para(chunk.strip()) for chunk in text.split("\n") if chunk.strip())


def _bullets(items: Iterable[str], mark: str = BULLET) -> tuple[Para, ...]:
    return tuple(Para(" ".join(item.split()), bullet=mark) for item in items)


def _link(title: str, url: str | None, note: str | None, full: bool = False) -> Para:
    """A linked bullet; the address is shown as its site only, or in full on the sources slide."""
    text = title if not note else f"{title}: {note}"
    if url:
        shown = url if full else (urlsplit(url).netloc or url)
        text = f"{text} ({shown})"
    return Para(" ".join(text.split()), bullet=BULLET, url=url)


def _number(value: float, language: Language) -> str:
    text = f"{value:g}"
    return text if language == "en" else text.replace(".", ",")


def _fit_column(paras: list[Para], rect: Rect) -> list[Para]:
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


def _row_height(cells: list[str], widths: list[float], bold: bool) -> float:
    """Height of a table row whose cells wrap at their widths."""
    lines = max(
        len(wrap(text or " ", (w - 2 * CELL_PAD) * SAFETY, SMALL_SIZE, bold))
        for text, w in zip(cells, widths, strict=True)
    )
    return lines * line_height(SMALL_SIZE) + 2 * CELL_PAD


@dataclass(frozen=True)
class _RaciHeader:
    """RACI columns: role names rotated, each column as wide as its name's wrapped lines."""

    height: float
    role_w: float
    chunks: list[list[Role]]


def _raci_header(roles: list[Role]) -> _RaciHeader:
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
    return _RaciHeader(inner + 2 * CELL_PAD, role_w, chunks)


def _paginate_rows(rows: list[list[str]], widths: list[float], room: float) -> list[list[list[str]]]:
    pages: list[list[list[str]]] = [[]]
    used = 0.0
    for row in rows:
        h = _row_height(row, widths, False)
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += h
    return pages


# -- timeline ------------------------------------------------------------------------------------

AXIS_H = 24.0
LABEL_W = 250.0
BAR_X = MARGIN_X + LABEL_W + 10.0
BAR_W = PAGE_W - MARGIN_X - BAR_X


@dataclass(frozen=True)
class _Row:
    text: str
    start: float
    end: float
    phase: bool
    critical: bool
    estimated: bool
    number: int
    height: float


def _timeline_rows(
    process: Process, numbers: dict[str, str], plan: Schedule, phase_no: dict[str, int], language: Language
) -> list[_Row]:
    rows: list[_Row] = []
    for phase in process.phases:
        steps = sorted(
            (s for s in process.steps if s.phase == phase.id), key=lambda s: (plan.slots[s.id].start, numbers[s.id])
        )
        if not steps:
            continue
        start = min(plan.slots[s.id].start for s in steps)
        end = max(plan.slots[s.id].end for s in steps)
        text = label("role_phase", language, n=phase_no[phase.id], name=phase.name)
        rows.append(_Row(text, start, end, True, False, True, phase_no[phase.id], _label_height(text, True)))
        for step in steps:
            slot = plan.slots[step.id]
            text = f"{numbers[step.id]} {step.label or step.title}"
            height = _label_height(text, slot.critical)
            rows.append(
                _Row(text, slot.start, slot.end, False, slot.critical, slot.estimated, phase_no[phase.id], height)
            )
    return rows


def _label_height(text: str, bold: bool) -> float:
    return len(wrap(text, (LABEL_W - 4) * SAFETY, SMALL_SIZE, bold)) * line_height(SMALL_SIZE) + 5.0


def _ticks(total: float) -> list[float]:
    step = next(s for s in (1, 2, 4, 5, 10, 20, 25, 50, 100, 200) if total / s <= 12)
    return [float(w) for w in range(0, int(total) + step, step) if w <= total + 1e-9] or [0.0]


def _draw_timeline(shapes: ShapeTree, rows: list[_Row], total: float, unit: str, style: _Style) -> None:
    shapes.turbo_add_enabled = True  # count shape ids instead of searching the tree for each new shape
    try:
        _draw_rows(shapes, rows, total, unit, style)
    finally:
        shapes.turbo_add_enabled = False


def _draw_rows(shapes: ShapeTree, rows: list[_Row], total: float, unit: str, style: _Style) -> None:
    scale = BAR_W / max(total, 1e-9)
    top = BODY_TOP
    for week in _ticks(total):
        x = BAR_X + week * scale
        _plain_rect(shapes, Rect(x - 0.5, top + AXIS_H - 4, 1.0, 4.0), palette.GRID, "Tick")
        text = f"{week:g}"
        w = text_width(text, SMALL_SIZE) + 8
        _label_box(shapes, Rect(x - w / 2, top, w, AXIS_H - 4), text, False, PP_ALIGN.CENTER, style)
    unit_w = text_width(unit, SMALL_SIZE) + 8
    _label_box(shapes, Rect(MARGIN_X + LABEL_W - unit_w, top, unit_w, AXIS_H - 4), unit, False, PP_ALIGN.RIGHT, style)
    y = top + AXIS_H
    for index, row in enumerate(rows):
        band = Rect(MARGIN_X, y, CONTENT_W, row.height)
        if row.phase:
            _plain_rect(shapes, band, palette.TABLE_STRIPE, "Phase band")
        _label_box(
            shapes,
            Rect(MARGIN_X, y, LABEL_W, row.height),
            row.text,
            row.phase or row.critical,
            PP_ALIGN.LEFT,
            style,
        )
        x0, x1 = BAR_X + row.start * scale, BAR_X + row.end * scale
        bar_h = min(12.0, row.height - 6)
        bar_y = y + (row.height - bar_h) / 2
        if row.phase:
            rect = Rect(x0, bar_y + bar_h / 2 - 2, max(2.0, x1 - x0), 4.0)
            _plain_rect(shapes, rect, palette.header_fill(row.number), f"Phase bar {index}")
        elif not row.estimated or x1 - x0 < 1:
            diamond = shapes.add_shape(MSO_SHAPE.DIAMOND, *_emu(Rect(x0 - 5, bar_y, 10, bar_h)))
            _style(diamond, palette.CRITICAL if row.critical else palette.EDGE, None)
            diamond.name = f"Milestone {index}"
        else:
            fill, border, _ = palette.step_style(row.number - 1, False)
            if row.critical:
                fill, border = palette.CRITICAL, palette.CRITICAL
            bar = shapes.add_shape(MSO_SHAPE.RECTANGLE, *_emu(Rect(x0, bar_y, x1 - x0, bar_h)))
            _style(bar, fill, border)
            bar.name = f"Bar {index}"
        y += row.height


def _label_box(shapes: ShapeTree, rect: Rect, text: str, bold: bool, align: PP_ALIGN, style: _Style) -> None:
    box = shapes.add_textbox(*_emu(rect))
    box.name = "Label"
    _write(
        box.text_frame,
        [Para(text, SMALL_SIZE, bold, space_before=0.0)],
        MSO_ANCHOR.MIDDLE,
        style,
        margin=2.0,
        align=align,
    )


def _plain_rect(shapes: ShapeTree, rect: Rect, fill: str, name: str) -> Shape:
    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, *_emu(rect))
    _style(shape, fill, None)
    shape.name = name
    return shape


def _style(shape: Shape, fill: str, border: str | None, width: float = 0.75) -> None:
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


# -- pptx plumbing ---------------------------------------------------------------------------------


def _emu(rect: Rect) -> tuple[Emu, Emu, Emu, Emu]:
    return (
        Emu(round(rect.x * EMU_PER_PT)),
        Emu(round(rect.y * EMU_PER_PT)),
        Emu(round(rect.w * EMU_PER_PT)),
        Emu(round(rect.h * EMU_PER_PT)),
    )


def _place(shape: object, rect: Rect) -> None:
    left, top, width, height = _emu(rect)
    shape.left, shape.top, shape.width, shape.height = left, top, width, height  # type: ignore[attr-defined]


def _placeholder(slide: Slide, idx: int) -> Shape | None:
    for shape in slide.placeholders:
        if shape.placeholder_format.idx == idx:
            found: Shape = shape
            return found
    return None


def _title_only(layouts: list[SlideLayout]) -> SlideLayout:
    """The layout with a title and the fewest other placeholders ('Title Only' in most masters)."""

    def others(layout: SlideLayout) -> int:
        kinds = [ph.placeholder_format.type for ph in list(layout.placeholders)]
        return len([k for k in kinds if k not in _DECORATION])

    def titled(layout: SlideLayout) -> bool:
        return any(ph.placeholder_format.idx == 0 for ph in list(layout.placeholders))

    with_title = [layout for layout in layouts if titled(layout)]
    return min(with_title or layouts, key=others)


_DECORATION = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}


def _append_copy(
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


def _drop_slides(prs: object) -> None:
    """Remove the slides a template brings along; the deck is built from its layouts only."""
    sld_ids = prs.slides._sldIdLst  # type: ignore[attr-defined]
    for sld_id in list(sld_ids):
        prs.part.drop_rel(sld_id.rId)  # type: ignore[attr-defined]
        sld_ids.remove(sld_id)


def _clear_font_names(frame: TextFrame) -> None:
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.name = None


@dataclass(frozen=True)
class _Style:
    """How text is written: the font to name (None: the template's theme fonts) and the language tag."""

    font: str | None
    lang: str


_LANG_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
_ALIGN_XML = {PP_ALIGN.LEFT: "l", PP_ALIGN.CENTER: "ctr", PP_ALIGN.RIGHT: "r"}
_QUOTE = {'"': "&quot;"}


def _write(
    frame: TextFrame,
    paras: Iterable[Para],
    anchor: MSO_ANCHOR,
    style: _Style,
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
    xml = "".join(_paragraph_xml(para, style, align) for para in paras)
    for paragraph in list(parse_xml(f"<a:txBody {_NS}>{xml}</a:txBody>")):
        body.append(paragraph)
    for paragraph, para in zip(frame.paragraphs, paras, strict=True):
        if para.url:
            paragraph.runs[0].hyperlink.address = para.url


def _paragraph_xml(para: Para, style: _Style, align: PP_ALIGN) -> str:
    indent = round(para.left * EMU_PER_PT)
    if para.bullet:
        bullet = f'<a:buFont typeface="{FONT_FAMILY}"/><a:buChar char="{escape(para.bullet, _QUOTE)}"/>'
    else:
        bullet = "<a:buNone/>"
    first = -indent if para.bullet else 0
    latin = f'<a:latin typeface="{style.font}"/>' if style.font else ""
    text = escape(" ".join(para.text.replace("\t", " ").split("\n")))
    size = round(para.size * 100)
    # An empty paragraph has no run: LibreOffice sizes an empty run at its default 18 pt,
    # which would make an empty table cell (and its whole row) taller than measured.
    run = (
        f'<a:r><a:rPr lang="{style.lang}" sz="{size}" b="{int(para.bold)}" dirty="0">'
        f'<a:solidFill><a:srgbClr val="{para.color}"/></a:solidFill>{latin}</a:rPr>'
        f"<a:t>{text}</a:t></a:r>"
        if text
        else ""
    )
    return (
        f'<a:p><a:pPr marL="{indent}" indent="{first}" algn="{_ALIGN_XML[align]}">'
        '<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{round(para.space_before * 100)}"/></a:spcBef>'
        f'<a:spcAft><a:spcPts val="0"/></a:spcAft>{bullet}</a:pPr>'
        f'{run}<a:endParaRPr lang="{style.lang}" sz="{size}" dirty="0"/></a:p>'
    )


def _table(
    slide: Slide,
    widths: list[float],
    header: list[str],
    rows: list[list[str]],
    spans: list[bool],
    style: _Style,
    center_from: int = 99,
    name: str = "Table",
    header_h: float | None = None,
) -> None:
    """A native table with measured row heights: header row, optional full-width group rows.

    With header_h given, the header's cells from center_from on are written rotated (read
    bottom to top) in a row of that height, as RACI matrices usually are.
    """
    rotated = header_h is not None
    heights = [header_h if header_h is not None else _row_height(header, widths, True)] + [
        _row_height([row[0]], [sum(widths)], True) if span else _row_height(row, widths, False)
        for row, span in zip(rows, spans, strict=True)
    ]
    rect = Rect(MARGIN_X, BODY_TOP, sum(widths), sum(heights))
    frame = slide.shapes.add_table(len(rows) + 1, len(widths), *_emu(rect))
    frame.name = name
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    for index, width in enumerate(widths):
        table.columns[index].width = Emu(round(width * EMU_PER_PT))
    # The rows are written as XML in one go: cell by cell through python-pptx costs over a
    # millisecond each, which is seconds for the RACI matrix of a large process.
    head = _TableRow(heights[0], True, False, palette.HEADER_TEXT, palette.TABLE_HEADER, rotated)
    rows_xml = [_row_xml(header, head, center_from, style)]
    for row, span, height in zip(rows, spans, heights[1:], strict=True):
        kind = _TableRow(height, span, span, palette.TITLE_TEXT, palette.TABLE_STRIPE if span else "FFFFFF")
        rows_xml.append(_row_xml(row, kind, center_from, style))
    tbl = table._tbl
    for old in tbl.findall(qn("a:tr")):
        tbl.remove(old)
    for tr in parse_xml(f"<a:tbl {_NS}>{''.join(rows_xml)}</a:tbl>"):
        tbl.append(tr)


@dataclass(frozen=True)
class _TableRow:
    """How a table row is written: height, bold, spanning the whole width, colours, rotated header."""

    height: float
    bold: bool
    span: bool
    color: str
    fill: str
    rotated: bool = False


def _row_xml(cells: list[str], row: _TableRow, center_from: int, style: _Style) -> str:
    """One table row as XML; cells from center_from on are centred, or rotated in a rotated header."""
    pad = round(CELL_PAD * EMU_PER_PT)
    out = [f'<a:tr h="{round(row.height * EMU_PER_PT)}">']
    for c, text in enumerate(cells):
        turned = row.rotated and c >= center_from
        centred = c >= center_from and not row.span and not turned
        para = Para(text, SMALL_SIZE, row.bold, color=row.color, space_before=0.0)
        xml = _paragraph_xml(para, style, PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT)
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
