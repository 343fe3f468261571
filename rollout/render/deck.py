"""The detailed deck: a step-by-step rollout guide, one slide per phase opening and per step.

Every text is measured (rollout.flow) before it is placed, so nothing overflows its frame; long
content continues on a follow-up slide. Titles sit in the layout's title placeholder (what screen
readers and the outline use), pictures carry alt text, and every slide has speaker notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.slide import Slide, SlideLayout
from pptx.text.text import TextFrame
from pptx.util import Pt

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
    paginate,
)
from rollout.geometry import Layout, Page, Rect
from rollout.graph import build_graph
from rollout.locale import Language, label
from rollout.model import Phase, Process, Role, Step
from rollout.render.deck_grid import (
    BODY_H,
    BODY_TOP,
    BOX,
    BULLET,
    CELL_PAD,
    COL_GAP,
    CONTENT_W,
    FOOTER_RECT,
    HALF_W,
    MARGIN_X,
    MAX_ROLE_HEADER,
    MIN_ROLE_COL,
    MIN_TASK_COL,
    MINI_W,
    PAGE_W,
    TITLE_RECT,
    TITLE_SIZES,
    emu,
    place,
)
from rollout.render.deck_timeline import AXIS_H, draw_timeline, timeline_pages, timeline_rows
from rollout.render.deck_xml import LANG_TAGS, TextStyle, add_table, paginate_rows, row_height, style_shape, write_paras
from rollout.render.pptx_common import (
    EMU_PER_PT,
    append_copy,
    clear_font_names,
    drop_slides,
    fill_text,
    new_presentation,
    placeholder_at,
    save_stable,
    title_only_layout,
)
from rollout.render.slide import Frame, draw_page, drawing_group
from rollout.schedule import Schedule, schedule
from rollout.textfit import FONT_FAMILY, line_height, text_width, wrap


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
        self.style = TextStyle(None if self.templated else FONT_FAMILY, LANG_TAGS[self.lang])
        drop_slides(self.prs)
        self.title_layout = self.prs.slide_layouts[0]
        self.content_layout = title_only_layout(list(self.prs.slide_layouts))
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
        write_paras(frame, paras, anchor, self.style)

    def columns(self, slide: Slide, sheet: Sheet, x: float = MARGIN_X, width: float = HALF_W) -> None:
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
        place(title, rect)
        size, _ = fit_lines(title.text_frame.text, rect.w, rect.h, (36.0, 32.0, *TITLE_SIZES), True)
        for paragraph in title.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(size)
        lines = [Para(info.owner, 20.0, True), Para(self.t("version", version=info.version), 16.0)]
        if info.authors:
            lines.append(Para(self.t("authors", names=", ".join(info.authors)), 14.0))
        sub = Rect(60.0, 300.0, PAGE_W - 120.0, 180.0)
        lines = _fit_column(lines, sub)
        box = placeholder_at(slide, 1) or slide.shapes.add_textbox(*emu(sub))
        place(box, sub)
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
            placeholder = slide.shapes.title or slide.shapes.add_textbox(*emu(page.title.rect))
            place(placeholder, page.title.rect)
            fill_text(placeholder.text_frame, page.title)
            if self.templated:
                clear_font_names(placeholder.text_frame)
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
                    items.append(Para(f"{self.step_ref(step)} ({LETTER_SEP.join(letters)})", bullet=BULLET))
            if items:
                sections.append(Section(self.t("role_phase", n=self.phase_no[phase.id], name=phase.name), tuple(items)))
        return sections

    def raci(self) -> None:
        head = raci_header(self.process.roles)
        legend = Para(self.t("raci_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
        legend_h = height_of(legend, CONTENT_W)
        pages: list[tuple[list[Role], list[tuple[Phase | None, Step | None, bool]]]] = []
        entries: list[tuple[Phase | None, Step | None]] = []
        for phase in self.process.phases:
            entries += [(phase, None), *((None, s) for s in self.process.steps if s.phase == phase.id)]
        for chunk in head.chunks:
            task_w = CONTENT_W - head.role_w * len(chunk)
            header_h = max(head.height, row_height([self.t("raci_task")], [task_w], True))
            room = BODY_H - legend_h - 6.0 - header_h
            heights = [(self._raci_row_height(entry, task_w), entry[1] is None) for entry in entries]
            for page in paginate(heights, room):
                pages.append((chunk, [(*entries[i], repeated) for i, repeated in page]))
        for n, (chunk, rows) in enumerate(pages, start=1):
            title = self.t("raci_title")
            if len(pages) > 1:
                title += f" ({self.t('part', n=n, count=len(pages))})"
            slide = self.new_slide(title, self.t("notes_raci"))
            self._raci_table(slide, chunk, rows, head)
            box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
            box.name = "RACI legend"
            self.write(box.text_frame, [legend])

    def _raci_row_height(self, entry: tuple[Phase | None, Step | None], task_w: float) -> float:
        phase, step = entry
        if phase is not None:  # measured as repeated on a continuation page, the longer text
            text = f"{self.t('role_phase', n=self.phase_no[phase.id], name=phase.name)} ({self.t('continued')})"
            return row_height([text], [CONTENT_W], True)
        assert step is not None
        return row_height([f"{self.numbers[step.id]} {step.label or step.title}"], [task_w], False)

    def _raci_table(
        self, slide: Slide, chunk: list[Role], rows: list[tuple[Phase | None, Step | None, bool]], head: RaciHeader
    ) -> None:
        task_w = CONTENT_W - head.role_w * len(chunk)
        widths = [task_w] + [head.role_w] * len(chunk)
        header = [self.t("raci_task"), *(r.name for r in chunk)]
        body: list[list[str]] = []
        spans: list[bool] = []
        for phase, step, repeated in rows:
            if phase is not None:
                text = self.t("role_phase", n=self.phase_no[phase.id], name=phase.name)
                body.append([f"{text} ({self.t('continued')})" if repeated else text] + [""] * len(chunk))
                spans.append(True)
            else:
                assert step is not None
                cells = [f"{self.numbers[step.id]} {step.label or step.title}"]
                cells += [", ".join(_letters(step, role.id)) for role in chunk]
                body.append(cells)
                spans.append(False)
        header_h = max(head.height, row_height([header[0]], [task_w], True))
        add_table(slide, widths, header, body, spans, self.style, center_from=1, name="RACI matrix", header_h=header_h)

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
                    box = slide.shapes.add_textbox(*emu(rect))
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
                mark = shapes.add_shape(MSO_SHAPE.RECTANGLE, *emu(outline))
                style_shape(mark, "FFFFFF", palette.HEADING_TEXT, 2.25)
                mark.fill.background()
                mark.name = "Highlight"
            self.minis[page.number] = slide.shapes[-1]._element
        else:
            # The same page again with another phase highlighted: a copy of the drawn group,
            # recoloured, costs a fraction of drawing its shapes anew.
            fills = {f"Phase {c.phase_id}": "D5DBE1" if c.phase_id != phase.id else c.fill for c in page.columns}
            append_copy(slide, drawn, alt, fills, {"Highlight": emu(outline)})
        caption = self.caption(phase, n, count)
        top = BODY_TOP + page.height * scale + 6.0
        rect = Rect(x, top, MINI_W, height_of(caption, MINI_W) + 2.0)
        box = slide.shapes.add_textbox(*emu(rect))
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
        rows = timeline_rows(self.process, self.numbers, plan, self.phase_no, self.lang)
        legend = Para(self.t("timeline_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
        legend_h = height_of(legend, CONTENT_W)
        room = BODY_H - AXIS_H - legend_h - 6.0
        pages = timeline_pages(rows, room, self.t("continued"))
        path = " → ".join(self.numbers[s] for s in plan.critical_path)
        total = _number(plan.total, self.lang)
        for n, page_rows in enumerate(pages, start=1):
            title = self.t("timeline_title")
            if len(pages) > 1:
                title += f" ({self.t('part', n=n, count=len(pages))})"
            slide = self.new_slide(title, self.t("notes_timeline"))
            with drawing_group(slide.shapes, "Timeline", self.t("timeline_alt", total=total, path=path)) as shapes:
                draw_timeline(shapes, page_rows, plan.total, self.t("timeline_axis"), self.style)
            box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
            box.name = "Timeline legend"
            self.write(box.text_frame, [legend])

    def metrics(self) -> None:
        metrics = self.process.evaluation.metrics
        if not metrics:
            return
        widths = [CONTENT_W * 0.34, CONTENT_W * 0.2, CONTENT_W * 0.2, CONTENT_W * 0.26]
        header = [self.t(k) for k in ("metric_name", "metric_baseline", "metric_target", "metric_source")]
        body = [[m.name, m.baseline or "–", m.target or "–", m.source or "–"] for m in metrics]
        pages = paginate_rows(body, widths, BODY_H - row_height(header, widths, True))
        for n, rows in enumerate(pages, start=1):
            title = self.t("metrics_title")
            if len(pages) > 1:
                title += f" ({self.t('part', n=n, count=len(pages))})"
            slide = self.new_slide(title, self.t("notes_metrics"))
            add_table(slide, widths, header, rows, [False] * len(rows), self.style, name="Metrics")

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
            box = slide.shapes.add_textbox(*emu(FOOTER_RECT))
            box.name = "Slide number"
            para = Para(f"{number} / {len(slides)}", SMALL_SIZE, color=palette.MUTED_TEXT, space_before=0.0)
            write_paras(box.text_frame, [para], MSO_ANCHOR.BOTTOM, self.style, align=PP_ALIGN.RIGHT)


# -- pure helpers --------------------------------------------------------------------------------


def _step_numbers(process: Process) -> dict[str, str]:
    """'phase.n' numbers: the third step of the second phase is 2.3."""
    numbers: dict[str, str] = {}
    for p, phase in enumerate(process.phases, start=1):
        steps = [s for s in process.steps if s.phase == phase.id]
        for n, step in enumerate(steps, start=1):
            numbers[step.id] = f"{p}.{n}"
    return numbers


LETTER_SEP = ",\u00a0"  # "(R, A)" is one unit: never broken across lines


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
    text = " ".join((title if not note else f"{title}: {note}").split())
    if not url:
        return Para(text, bullet=BULLET)
    shown = f"({url if full else (urlsplit(url).netloc or url)})"
    return Para(f"{text} {shown}", bullet=BULLET, url=url, link_text=shown)


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
