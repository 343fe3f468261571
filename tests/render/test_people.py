"""A page per person: your tasks with dates, your decisions, whom you tell and who tells you."""

from __future__ import annotations

import re
from functools import cache

import pytest
from pptx.presentation import Presentation as PresentationType

from rollout.layout.swimlane import layout_process
from rollout.project import report
from rollout.project.load import load_project
from rollout.project.plan import Plan
from rollout.render.people import people_pptx
from tests.conftest import ROOT
from tests.render.pptx_text import by_title, frames, needed_height, notes, open_deck, slide_text, titles

EXAMPLE = ROOT / "projects" / "omaolo-esimerkki.yaml"


@cache
def example() -> tuple[Plan, bytes]:
    planned = load_project(EXAMPLE).plan
    return planned, people_pptx(planned, layout_process(planned.process))


@pytest.fixture(scope="module")
def prs() -> PresentationType:
    return open_deck(example()[1])


def page(prs: PresentationType, name: str) -> str:
    """The whole text of one person's slides, continued ones too."""
    return " ".join(" ".join(slide_text(slide) for slide in by_title(prs, name + " (")).split())


def test_a_slide_for_every_person_in_the_order_of_the_project_file(prs: PresentationType) -> None:
    planned, _ = example()
    found = titles(prs)
    assert found[0] == "Omaolo suun terveydenhuoltoon 2027: tehtävät henkilöittäin"
    people = [re.sub(r" \(\d+/\d+\)$", "", title) for title in found[1:]]
    expected = [
        f"{p.name} ({', '.join(r.name for r in planned.process.roles if r.id in p.roles)})"
        for p in planned.project.people
    ]
    assert list(dict.fromkeys(people)) == expected
    assert len(found) - 1 <= 2 * len(expected)  # a page each, a second only when the first is full


def test_a_persons_tasks_are_their_open_steps_with_due_dates_and_whom_to_tell(prs: PresentationType) -> None:
    planned, _ = example()
    for person in planned.project.people:
        text = page(prs, person.name)
        todo = report.to_do(planned, person)
        assert f"Tehtäväsi ({len(todo.responsible)})" in text, person.name
        for step in todo.responsible:
            assert f"{step.number} {step.step.title}" in text, (person.name, step.number)
    text = page(prs, "Palvelumuotoilija F")
    assert (
        "! 2.3 Tavoiteprosessin muotoilu määräpäivä 20.11.2026 (ennuste 26.11.2026) · käynnissä, 3 työpäivää myöhässä"
        in text
    )
    digimentor = page(prs, "Digimentori D")
    assert (
        "○ 2.9 Koulutussuunnitelman laatiminen määräpäivä 27.11.2026 (ennuste 3.12.2026) · alkaa 27.11." in digimentor
    )
    # 2.9 informs the Sote-ammattilaiset: the step's I, by name
    assert "Kerro valmistumisesta: Yhteyshenkilö J" in digimentor


def test_a_decider_sees_their_decisions_and_whom_to_tell(prs: PresentationType) -> None:
    text = page(prs, "Palvelulinjan johtaja B")
    assert "Päätöksesi (3)" in text
    assert (
        "Vaihe 2: Suunnittelu ja määrittely: Hyväksytäänkö käyttöönottosuunnitelma ja sitoudutaanko sen "
        "resursseihin? Päätös: ennuste 17.12.2026 (suunniteltu 11.12.2026)"
    ) in text
    # C is in the same role, but B approves for it: the decisions are B's alone
    assert "Päätöksesi" not in page(prs, "Esihenkilö C")
    told = text.split("Vaihe 3: Toteutus ja valmistelu")[1].split("Kerro päätöksestä: ")[1]
    for name in (
        "Projektipäällikkö A",
        "Digimentori D",
        "Viestintäasiantuntija I",
        "Yhteyshenkilö J",
        "Asiantuntija K",
    ):
        assert name in told, name  # the go-live decision tells whom its milestone step 3.11 informs
    assert "Palvelulinjan johtaja B" not in told


def test_who_tells_a_person_are_the_doers_of_the_steps_they_are_informed_of(prs: PresentationType) -> None:
    text = page(prs, "Yhteyshenkilö J")
    told = text.split("Sinulle kerrotaan (I)")[1]
    assert "2.11 Suunnitelma hyväksytty: Palvelulinjan johtaja B, Esihenkilö C · ennuste 17.12.2026" in told
    assert "3.11 Go-live-päätös: Palvelulinjan johtaja B, Esihenkilö C" in told
    assert told.index("2.11 ") < told.index("3.11 ")  # soonest first


def test_nothing_overflows_and_every_slide_has_notes(prs: PresentationType) -> None:
    for number, slide in enumerate(prs.slides, start=1):
        assert notes(slide).strip(), number
        for frame, inner_w, inner_h, shape in frames(slide):
            need = needed_height(frame, inner_w)
            assert need <= inner_h + 0.5, f"slide {number} {shape.name}: needs {need:.1f} pt, has {inner_h:.1f}"


def test_rebuilds_are_byte_identical() -> None:
    planned, first = example()
    assert people_pptx(planned, layout_process(planned.process)) == first
