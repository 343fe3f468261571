"""The deck's phase zoom: after a phase's opening slide, that phase alone, large, with stubs to the others.

The phase is laid out as a swimlane page of its own by the same planner and router as the one-slide
swimlane (rollout.layout.swimlane.phase_zoom), so every arrow inside the phase can be traced; an arrow
from or to another phase ends at a dashed label naming the other step ("← 2.11", "→ 4.1 Palvelu auki").
"""

from __future__ import annotations

from rollout.layout.geometry import Page, Rect
from rollout.layout.swimlane import phase_zoom
from rollout.process.model import Phase
from rollout.render.deck_base import DeckBuilder
from rollout.render.deck_grid import PAGE_H, PAGE_W
from rollout.render.pptx_common import clear_font_names, fill_text
from rollout.render.slide import draw_page, drawing_group, fit_frame


def phase_zoom_slides(deck: DeckBuilder, phase: Phase) -> None:
    """One slide per page of the phase's own swimlane (one, unless the phase is too big for a slide)."""
    n = deck.phase_no[phase.id]
    title = deck.t("zoom_title", n=n)
    info = deck.process.process.model_copy(update={"title": title})
    pages = phase_zoom(deck.process.model_copy(update={"process": info}), phase.id)
    for page in pages:
        page_slide(deck, page, "Phase zoom", deck.t("zoom_alt", name=phase.name), deck.t("zoom_notes", name=phase.name))


def page_slide(deck: DeckBuilder, page: Page, group: str, alt: str, notes: str) -> None:
    """A swimlane page as a full-bleed slide: its title in the slide's title, its drawing one named group."""
    slide = deck.prs.slides.add_slide(deck.content_layout)
    frame = fit_frame(page, Rect(0, 0, PAGE_W, PAGE_H))
    placeholder = slide.shapes.title or slide.shapes.add_textbox(*frame.emu(page.title.rect))
    placeholder.left, placeholder.top, placeholder.width, placeholder.height = frame.emu(page.title.rect)
    fill_text(placeholder.text_frame, page.title, frame.scale)
    if deck.templated:
        clear_font_names(placeholder.text_frame)
    deck.full_bleed.add(len(deck.prs.slides))  # its number: slide_id is a linear search
    with drawing_group(slide.shapes, group, alt) as shapes:
        draw_page(shapes, page, frame, with_title=False, glued=False)
    slide.notes_slide.notes_text_frame.text = notes
