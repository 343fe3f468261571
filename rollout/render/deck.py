"""The detailed deck: a step-by-step rollout guide, one slide per phase opening and per step.

Every text is measured (rollout.layout.flow) before it is placed, so nothing overflows its frame; long
content continues on a follow-up slide. Titles sit in the layout's title placeholder (what screen
readers and the outline use), pictures carry alt text, and every slide has speaker notes.
"""

from __future__ import annotations

from pathlib import Path

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Pt

from rollout.layout import palette
from rollout.layout.flow import (
    SMALL_SIZE,
    Para,
    Section,
    fit_lines,
    height_of,
)
from rollout.layout.geometry import Layout, Rect
from rollout.locale import label
from rollout.process.model import Process
from rollout.process.schedule import Schedule
from rollout.project import report
from rollout.project.plan import Plan
from rollout.render.deck_base import (
    Dated,
    DeckBuilder,
    bullet_paras,
    fit_column,
    link_para,
    number_text,
    text_paras,
)
from rollout.render.deck_calendar import calendar_slides
from rollout.render.deck_charts import chart_slides
from rollout.render.deck_dated import answer_paras, dated_howto, dated_title_lines, latest_text, project_sections
from rollout.render.deck_facts import lead_first, metrics_step
from rollout.render.deck_grid import (
    BODY_H,
    BODY_TOP,
    BULLET,
    CONTENT_W,
    FOOTER_RECT,
    MARGIN_X,
    PAGE_W,
    TITLE_SIZES,
    emu,
    place,
)
from rollout.render.deck_notes import role_notes, script
from rollout.render.deck_phases import phase_opening, step_slide
from rollout.render.deck_roles import raci_slides, role_sections
from rollout.render.deck_status import status_details, status_notes, status_overview
from rollout.render.deck_summary import gates_slide, summary_slide
from rollout.render.deck_timeline import AXIS_H, draw_timeline, timeline_pages, timeline_rows
from rollout.render.deck_xml import Cell, add_table, paginate_rows, row_height, write_paras
from rollout.render.deck_zoom import page_slide, phase_zoom_slides
from rollout.render.pptx_common import (
    placeholder_at,
    save_stable,
)
from rollout.render.slide import drawing_group


def deck_pptx(process: Process, layout: Layout, template: Path | None = None) -> bytes:
    """The whole deck for a valid process, as .pptx bytes (byte-identical for the same input)."""
    deck = DeckBuilder(process, layout, template)
    _build(deck)
    return save_stable(deck.prs, label("deck_title", deck.lang, title=process.process.title), deck.lang)


def dated_deck_pptx(plan: Plan, layout: Layout, picture: Layout, template: Path | None = None) -> bytes:
    """A project's own deck: its status report, then the guide with its dates, people and states."""
    dated = Dated(plan, report.status(plan, report.status_day(plan)), picture)
    deck = DeckBuilder(plan.process, layout, template, dated)
    _build(deck)
    return save_stable(deck.prs, deck.t("dd_title", title=plan.project.project.title), deck.lang)


def _build(deck: DeckBuilder) -> None:
    if deck.dated:
        title_slide(deck, deck.t("dd_title", title=deck.dated.plan.project.project.title), status_notes(deck, "title"))
        status_overview(deck)
        at_a_glance(deck, status_notes(deck, "picture"), deck.dated.picture, "sw_alt")
        status_details(deck)
    else:
        title_slide(
            deck, deck.t("deck_title", title=deck.process.process.title), script(deck, "notes_title", "ask_title")
        )
    deck.flowed(deck.t("howto_title"), script(deck, "notes_howto", "ask_howto"), [_howto(deck)], columns=1)
    deck.flowed(deck.t("context_title"), script(deck, "notes_context", "ask_context"), _context(deck))
    summary_slide(deck)
    if not deck.dated:  # a project's deck shows its status swimlane in its status report
        at_a_glance(deck, script(deck, "notes_glance", "ask_glance"))
    gates_slide(deck)
    for role in lead_first(deck.process):
        deck.flowed(deck.t("roles_of", name=role.name), role_notes(deck, role), role_sections(deck, role))
    raci_slides(deck)
    for phase in deck.process.phases:
        phase_opening(deck, phase)
        phase_zoom_slides(deck, phase)
        for step in deck.process.steps:
            if step.phase == phase.id:
                step_slide(deck, step)
    if deck.dated:
        calendar_slides(deck)
    elif deck.plan is not None:
        _timeline(deck, deck.plan)
    metrics_slides(deck)
    if deck.dated:
        chart_slides(deck)
    _evaluation(deck)
    _sources(deck)
    footers(deck)


def title_slide(deck: DeckBuilder, text: str, notes: str) -> None:
    """The title slide: the deck's title, the organisation, version, project lead and authors."""
    info = deck.process.process
    slide = deck.new_slide(text, notes, deck.title_layout)
    rect = Rect(60.0, 140.0, PAGE_W - 120.0, 140.0)
    title = slide.shapes.title
    assert title is not None  # new_slide always leaves a title
    place(title, rect)
    size, _ = fit_lines(title.text_frame.text, rect.w, rect.h, (36.0, 32.0, *TITLE_SIZES), True)
    for paragraph in title.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
    lines = [Para(info.owner, 20.0, True), Para(deck.t("version", version=info.version), 16.0)]
    if deck.dated:
        lines = dated_title_lines(deck)
    elif info.lead_role:
        lines.append(Para(deck.t("lead", name=deck.names([info.lead_role])), 16.0))
    if info.authors:
        lines.append(Para(deck.t("authors", names=", ".join(info.authors)), 14.0))
    sub = Rect(60.0, 300.0, PAGE_W - 120.0, 180.0)
    lines = fit_column(lines, sub)
    box = placeholder_at(slide, 1) or slide.shapes.add_textbox(*emu(sub))
    place(box, sub)
    deck.write(box.text_frame, lines)


def _howto(deck: DeckBuilder) -> Section:
    counts = {"phases": len(deck.process.phases), "roles": len(deck.process.roles)}
    lead = deck.process.process.lead_role
    first = deck.t("howto_lead", lead=deck.names([lead])) if lead else deck.t("howto_no_lead")
    lines = [first, *deck.t("howto", steps=len(deck.process.steps), **counts).split("\n")]
    if deck.dated:
        lines = dated_howto(deck)
    return Section(None, tuple(Para(line, 15.0, bullet=BULLET, space_before=7.0) for line in lines))


def _context(deck: DeckBuilder) -> list[Section]:
    info = deck.process.process
    ctx = info.context
    sections = [Section(None, text_paras(info.description))]
    for key in ("background", "needs", "goal", "target_group", "conditions", "resources", "results"):
        value = getattr(ctx, key)
        if value:
            sections.append(Section(deck.t(f"ctx_{key}"), text_paras(value)))
    if ctx.tips:
        sections.append(Section(deck.t("ctx_tips"), bullet_paras(ctx.tips)))
    return [*project_sections(deck), *sections] if deck.dated else sections


def at_a_glance(deck: DeckBuilder, notes: str, layout: Layout | None = None, alt: str = "glance_alt") -> None:
    """A swimlane (the process's, or a project's status), one slide per page, its title in the slide's title.

    A page taller than a slide (the status swimlane's title band) is drawn scaled to fit.
    """
    drawn = layout or deck.layout
    for page in drawn.pages:
        title = drawn.title
        if page.count > 1:
            title += f" ({deck.t('page', n=page.number, count=page.count)})"
        title = deck.unique(title)
        page_slide(deck, page, "Swimlane", deck.t(alt, title=title), notes)


def _timeline(deck: DeckBuilder, plan: Schedule) -> None:
    rows = timeline_rows(deck.process, deck.numbers, plan, deck.phase_no, deck.lang)
    legend = Para(deck.t("timeline_legend"), SMALL_SIZE, color=palette.MUTED_TEXT)
    legend_h = height_of(legend, CONTENT_W)
    room = BODY_H - AXIS_H - legend_h - 6.0
    pages = timeline_pages(rows, room, deck.t("continued"))
    path = " → ".join(deck.numbers[s] for s in plan.critical_path)
    total = number_text(plan.total, deck.lang)
    for n, page_rows in enumerate(pages, start=1):
        title = deck.part_title(deck.t("timeline_title"), n, len(pages))
        slide = deck.new_slide(title, script(deck, "notes_timeline", "ask_timeline"))
        with drawing_group(slide.shapes, "Timeline", deck.t("timeline_alt", total=total, path=path)) as shapes:
            draw_timeline(shapes, page_rows, plan.total, deck.t("timeline_axis"), deck.style)
        box = slide.shapes.add_textbox(*emu(Rect(MARGIN_X, BODY_TOP + BODY_H - legend_h, CONTENT_W, legend_h)))
        box.name = "Timeline legend"
        deck.write(box.text_frame, [legend])


def metrics_slides(deck: DeckBuilder, notes: str | None = None) -> None:
    """The metrics table; a metric without a target says in which step the target is agreed."""
    metrics = deck.process.evaluation.metrics
    if not metrics:
        return
    widths = [CONTENT_W * 0.32, CONTENT_W * 0.2, CONTENT_W * 0.24, CONTENT_W * 0.24]
    header = [deck.t(k) for k in ("metric_name", "metric_baseline", "metric_target", "metric_source")]
    step = metrics_step(deck.process)
    agreed = deck.t("metric_agreed", number=deck.numbers[step.id], title=step.title) if step else deck.t("metric_open")
    body: list[list[Cell]] = [[m.name, m.baseline or "–", m.target or agreed, m.source or "–"] for m in metrics]
    if deck.dated:  # a project's deck adds its latest measurement and its agreed target
        widths = [CONTENT_W * f for f in (0.26, 0.17, 0.2, 0.18, 0.19)]
        header.insert(3, deck.t("dd_metric_latest"))
        for row, metric in zip(body, metrics, strict=True):
            row.insert(3, latest_text(deck, metric.name))
    pages = paginate_rows(body, widths, BODY_H - row_height(header, widths, True))
    for n, rows in enumerate(pages, start=1):
        title = deck.part_title(deck.t("metrics_title"), n, len(pages))
        slide = deck.new_slide(title, notes or script(deck, "notes_metrics", "ask_metrics"))
        add_table(slide, widths, header, rows, [False] * len(rows), deck.style, name="Metrics")


def _evaluation(deck: DeckBuilder) -> None:
    questions = deck.process.evaluation.questions
    if not questions:
        return
    intro = Para(deck.t("evaluation_intro"), space_before=0.0)
    paras = [intro]
    for question in questions:
        paras.append(Para(question, 16.0, bullet=BULLET, space_before=10.0))
        paras += answer_paras(deck, question) if deck.dated else []
    section = Section(None, tuple(paras))
    deck.flowed(deck.t("evaluation_title"), script(deck, "notes_evaluation", "ask_evaluation"), [section], columns=1)


def _sources(deck: DeckBuilder) -> None:
    links = deck.process.process.sources
    if links:
        paras = tuple(link_para(link.title, link.url, link.note, full=True) for link in links)
        deck.flowed(
            deck.t("sources_title"), script(deck, "notes_sources", "ask_sources"), [Section(None, paras)], columns=1
        )


def footers(deck: DeckBuilder) -> None:
    """Slide numbers on every slide but the title and the full-bleed swimlane."""
    slides = list(deck.prs.slides)
    for number, slide in enumerate(slides, start=1):
        if number == 1 or number in deck.full_bleed:
            continue
        box = slide.shapes.add_textbox(*emu(FOOTER_RECT))
        box.name = "Slide number"
        para = Para(f"{number} / {len(slides)}", SMALL_SIZE, color=palette.MUTED_TEXT, space_before=0.0)
        write_paras(box.text_frame, [para], MSO_ANCHOR.BOTTOM, deck.style, align=PP_ALIGN.RIGHT)
