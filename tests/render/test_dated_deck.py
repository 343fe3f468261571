"""A project's own deck as its lead reads it: the status report, dated steps, the calendar, charts, answers."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from pptx.enum.chart import XL_CHART_TYPE
from pptx.presentation import Presentation as PresentationType
from pptx.shapes.graphfrm import GraphicFrame
from pptx.slide import Slide

from rollout.layout.swimlane import layout_process
from rollout.locale import dates
from rollout.project import report
from rollout.project.load import load_project
from rollout.project.plan import Plan
from rollout.project.status_layout import status_layout
from rollout.render.deck import dated_deck_pptx
from tests.conftest import ROOT
from tests.project.helpers import plan
from tests.project.test_status_layout import EVERY_STATE
from tests.render.pptx_text import by_title, frames, needed_height, notes, open_deck, slide_text, titles, walk

EXAMPLE = ROOT / "projects" / "omaolo-esimerkki.yaml"


def build(planned: Plan) -> bytes:
    layout = layout_process(planned.process)
    return dated_deck_pptx(planned, layout, status_layout(planned, layout, report.status_day(planned)))


@cache
def example() -> tuple[Plan, bytes]:
    planned = load_project(EXAMPLE).plan
    return planned, build(planned)


@pytest.fixture(scope="module")
def omaolo() -> PresentationType:
    return open_deck(example()[1])


@pytest.fixture(scope="module")
def pilot() -> tuple[Plan, PresentationType]:
    planned = plan(*EVERY_STATE)
    return planned, open_deck(build(planned))


def text_of(slides: list[Slide]) -> str:
    return " ".join(" ".join(slide_text(slide) for slide in slides).split())


def test_the_deck_opens_with_the_status_report(omaolo: PresentationType) -> None:
    found = titles(omaolo)
    assert found[:6] == [
        "Omaolo suun terveydenhuoltoon 2027: tilanne ja opas",
        "Tilannekatsaus 25.11.2026",
        "Omaolo suun terveydenhuoltoon 2027 · tilanne 25.11.2026 · go-live: ennuste 22.3.2027, tavoite 16.3.2027 "
        "(4 työpäivää myöhässä)",
        "Myöhässä, estyneet ja myöhästymässä",
        "Seuraavat kaksi viikkoa (25.11.–8.12.2026) henkilöittäin",  # the window's dates, not only its length
        "Seuraava päätös",
    ]
    assert "Näin käytät tätä esitystä" in found  # then the guide
    assert found[-1] == "Lähteet"


def test_the_overview_says_where_the_project_is_and_what_was_done_in_two_weeks(omaolo: PresentationType) -> None:
    text = text_of(by_title(omaolo, "Tilannekatsaus"))
    for line in (
        "Vaihe 2/5 Suunnittelu ja määrittely: 5/11 tehtävää valmiina",
        "Koko projekti: 10/39 tehtävää valmiina (1 ohitettu)",
        "Go-live: ennuste 22.3.2027, tavoite 16.3.2027 (4 työpäivää myöhässä).",
        "Projekti päättyy ennusteen mukaan 9.9.2027 (suunniteltu 3.9.2027).",
        "Ennuste olettaa, että estynyt työ jatkuu heti (tehtävä 2.6).",
        "Edellinen päätös: vaihe 1 Selvitys ja päätös. Päätetty 9.10.2026: jatketaan (go), Palvelulinjan johtaja B.",
        # finished from 12.11. to 25.11.2026, earliest first, as the project file dates them
        "Valmistui kahden viikon aikana (12.–25.11.2026): 3",
        "2.10 Viestintäsuunnitelman laatiminen: valmis 13.11.2026 (Palvelumuotoilija F)",
        "2.8 Tekninen ja integraatiomäärittely: valmis 19.11.2026 (ICT-asiantuntija G)",
        "2.5 Tietosuoja: vaikutustenarviointi, informointi ja seloste: valmis 20.11.2026 (Projektipäällikkö A)",
    ):
        assert line in text, line
    assert "2.1 Käyttöönottosuunnitelma" not in text  # finished 30.10.: before the two weeks


def test_late_and_blocked_steps_say_who_how_late_and_why(omaolo: PresentationType) -> None:
    text = text_of(by_title(omaolo, "Myöhässä, estyneet ja myöhästymässä"))
    assert (
        "Myöhässä (1) ! 2.3 Tavoiteprosessin muotoilu Tekee: Palvelumuotoilija F · hyväksyy: Projektipäällikkö A"
        in text
    )
    assert "käynnissä, 3 työpäivää myöhässä (piti valmistua 20.11.2026)" in text
    # not done on the status date: the next working day at the earliest
    assert "Suunniteltu 2.–20.11.2026 · alkoi 2.11.2026 · ennuste valmis 26.11.2026" in text
    assert "Muistiinpano: Ammattilaisten toinen työpaja siirtyi sairauspoissaolojen vuoksi" in text
    assert "Estyneet (1) ■ 2.6 Tietosuojavastaavan lausunto vaikutustenarvioinnista Tekee: Tietosuojavastaava H" in text
    assert "Pyydetty DigiFinlandilta 24.11." in text
    # a blocked step has no forecast; what waits for it is said instead
    assert "Suunniteltu 23.11.–4.12.2026 · alkoi 23.11.2026 · ei ennustetta, estetty" in text
    assert "Tämän takia odottavat: 2.11, vaiheen 2 päätös" in text
    # the steps forecast past their planned finish, soonest due first, the rest counted
    assert re.findall(r"○ (\d\.\d+) ", text.split("Ennusteen mukaan myöhästymässä (22)")[1]) == [
        "2.9", "2.4", "2.7", "2.11", "3.1"
    ]  # fmt: skip
    assert "2.9 Koulutussuunnitelman laatiminen · määräpäivä 27.11.2026 (ennuste 3.12.2026)" in text
    assert "… ja 17 myöhempää" in text


def test_the_next_two_weeks_list_each_persons_steps_with_their_due_dates(omaolo: PresentationType) -> None:
    planned, _ = example()
    status = report.status(planned, dt.date(2026, 11, 25))
    [slide] = by_title(omaolo, "Seuraavat kaksi viikkoa")
    text = text_of([slide])
    people = [who.name for who, _ in status.upcoming]
    assert people == [
        "Projektipäällikkö A", "Esihenkilö C", "Digimentori D", "Palvelumuotoilija F", "Tietosuojavastaava H"
    ]  # fmt: skip
    positions = [text.index(name + " ") for name in people]
    assert positions == sorted(positions)
    for (who, steps), start, end in zip(status.upcoming, positions, [*positions[1:], len(text)], strict=True):
        for step in steps:
            assert f"{step.number} {step.step.title}" in text[start:end], (who.name, step.number)
    assert "2.4 Alueelliset ohjaukset ja yksiköiden yhteystiedot · määräpäivä 4.12.2026 (ennuste 10.12.2026)" in text
    assert "2.9 Koulutussuunnitelman laatiminen · määräpäivä 27.11.2026 (ennuste 3.12.2026)" in text
    assert "2.6 Tietosuojavastaavan lausunto vaikutustenarvioinnista · määräpäivä 4.12.2026 · ei ennustetta" in text


def test_the_next_decision_says_who_decides_when_and_what_it_waits_for(omaolo: PresentationType) -> None:
    text = text_of(by_title(omaolo, "Seuraava päätös"))
    assert "Päättää: Palvelulinjan johtaja B Päätös:" in text  # the role's approver, not both of its people
    assert "Päätös: ennuste 17.12.2026 (suunniteltu 11.12.2026)" in text
    waiting = re.findall(r"[!○■►] (2\.\d+) ", text)
    assert waiting == ["2.3", "2.4", "2.6", "2.7", "2.9", "2.11"]  # the open steps of phase 2
    assert "Tietosuojavastaavan lausunto on saatu." in text  # a criterion of the decision


def test_every_step_slide_carries_its_dates_people_and_state(pilot: tuple[Plan, PresentationType]) -> None:
    planned, prs = pilot
    for step in planned.steps.values():
        text = text_of(by_title(prs, f"{step.number} {step.step.title}"))
        assert "Tilanne 16.6.2027 Tila: " in text, step.number
        assert f"Suunniteltu {dates.day_span(step.planned.start, step.planned.finish, 'fi')}" in text or step.recurring
        for who in step.responsible:
            assert who.name in text, (step.number, who.name)
    rakennus = text_of(by_title(prs, "2.1 Rakennus"))
    assert "Tila: käynnissä, 2 työpäivää myöhässä (piti valmistua 14.6.2027)" in rakennus
    assert "Tekee (R): Tiimi (Projektipäällikkö A)" in rakennus
    assert "Hyväksyy (A): Johto (Johtaja B)" in rakennus
    hyvaksynta = text_of(by_title(prs, "1.2 Hyväksyntä"))
    assert "Tila: valmis 24.5.2027" in hyvaksynta
    # where it sits in the project: 3.5. starts week 1, the plan ends on 10.8.2027 in week 15
    assert "Suunniteltu 18.–24.5.2027 · projektin viikot 3–4/15" in hyvaksynta
    assert "toteutunut" not in hyvaksynta
    suunnitelma = text_of(by_title(prs, "1.1 Suunnitelma"))
    assert (
        "Suunniteltu 3.–17.5.2027 · projektin viikot 1–3/15 · toteutunut 3.–17.5.2027" in suunnitelma
    )  # Ascension Day 6.5.
    arvio = text_of(by_title(prs, "3.2 Asukas tekee arvion"))
    assert "Tila: ohitettu" in arvio
    assert "Ohitetaan tässä projektissa: Ei tarvita." in arvio
    seuranta = text_of(by_title(prs, "3.4 Seuranta"))
    assert "Tila: estynyt" in seuranta
    assert "Muistiinpano: Odottaa raporttipohjaa." in seuranta


def test_gates_show_the_decision_taken_or_when_it_is_due(omaolo: PresentationType) -> None:
    text = text_of(by_title(omaolo, "Vaiheiden päätökset"))
    assert "Päätetty 9.10.2026: jatketaan (go), Palvelulinjan johtaja B" in text
    assert "Päätös: ennuste 17.12.2026 (suunniteltu 11.12.2026)" in text
    assert "Päätös: ennuste 19.3.2027 (suunniteltu 15.3.2027)" in text
    assert "Toiminta ja johto (Palvelulinjan johtaja B)" in text
    assert "Toiminta ja johto (Palvelulinjan johtaja B, Esihenkilö C)" not in text  # C is in the role, B approves


def _calendar(prs: PresentationType) -> Iterator[tuple[Slide, dict[str, Any]]]:
    for slide in by_title(prs, "Aikataulu kalenterissa"):
        yield slide, {shape.name: shape for shape, group in walk(slide.shapes) if group == "Calendar"}


def test_the_calendar_has_month_names_iso_weeks_the_status_line_and_the_breaks(omaolo: PresentationType) -> None:
    slides = list(_calendar(omaolo))
    assert len(slides) >= 2
    slide, shapes = slides[0]
    labels = [
        shape.text_frame.text for shape, group in walk(slide.shapes) if group == "Calendar" and shape.has_text_frame
    ]
    for month in ("elo", "syys", "loka", "marras", "joulu", "tammi", "helmi"):
        assert month in labels, month
    assert {"2026", "2027", "viikko"} <= set(labels)
    assert {"34", "48", "2", "10"} <= set(labels)  # ISO weeks: 17.8.2026 is in week 34, 25.11.2026 in week 48
    assert "Today" in shapes
    assert "Break Joulutauko" in shapes
    assert "Break Kesätauko" in shapes
    assert "Holiday Loppiainen" in shapes  # Wednesday 6.1.2027; Independence Day 2026 is a Sunday
    legend = slide_text(slide)
    assert "tilanne 25.11.2026" in legend
    assert "Joulutauko, Kesätauko" in legend


def test_the_calendar_puts_planned_above_actual_and_the_line_at_the_status_date(omaolo: PresentationType) -> None:
    every = [shapes for _, shapes in _calendar(omaolo)]
    today = every[0]["Today"]
    for shapes in every:
        for name, shape in shapes.items():
            if name.startswith("Actual "):
                planned = shapes[name.replace("Actual", "Planned")]
                assert planned.top + planned.height <= shape.top
    # 2.3 was planned to end on 20.11. and is forecast for 25.11.: its actual bar reaches the status line
    slide, shapes = next(_calendar(omaolo))
    [row] = [s for s, g in walk(slide.shapes) if g == "Calendar" and s.has_text_frame and "2.3 " in s.text_frame.text]
    assert row.text_frame.text == "! 2.3 Tavoiteprosessi"
    [bar] = [
        s
        for n, s in shapes.items()
        if n.startswith("Actual ") and abs(s.top + s.height / 2 - row.top - row.height / 2) < row.height / 2
    ]
    assert bar.left < today.left < bar.left + bar.width + 1


def test_metrics_are_native_line_charts_of_the_measurements_against_the_target(omaolo: PresentationType) -> None:
    [slide] = by_title(omaolo, "Mittari: Digitaalisesti hoidettujen sote-yhteydenottojen osuus")
    [frame] = [shape for shape in slide.shapes if isinstance(shape, GraphicFrame) and shape.has_chart]
    chart = frame.chart
    assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
    plot = chart.plots[0]
    serial = [dt.date(1899, 12, 30) + dt.timedelta(days=float(c)) for c in plot.categories]  # Excel's date numbers
    assert serial == [dt.date(2026, 8, 31), dt.date(2026, 9, 30), dt.date(2026, 10, 31)]
    measured, target = plot.series
    assert (measured.name, list(measured.values)) == ("Mitattu", [21.5, 22.1, 22.8])
    assert (target.name, list(target.values)) == ("Tavoite", [30.0, 30.0, 30.0])
    text = slide_text(slide)
    assert "Viimeisin mittaus: 22,8 (31.10.2026)" in text
    assert "Sovittu tavoite:\u00a030" in text  # the number kept on the line of its words
    [slide] = by_title(omaolo, "Mittari: Omaolossa tehdyt arviot kuukaudessa")
    [frame] = [shape for shape in slide.shapes if isinstance(shape, GraphicFrame) and shape.has_chart]
    measured, target = frame.chart.plots[0].series
    assert list(target.values) == [400.0, 400.0]  # two points: the target draws as a line
    assert not by_title(omaolo, "Mittari: Työjonon käsittelyaika")  # nothing measured yet: no chart


def test_a_chart_holds_its_data_in_a_workbook_that_does_not_depend_on_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import xlsxwriter.workbook

    planned, first = example()

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Later:
            return cls(2031, 1, 1, tzinfo=tz)

    monkeypatch.setattr(xlsxwriter.workbook, "datetime", Later, raising=False)
    assert build(planned) == first
    workbooks = [n for n in zipfile.ZipFile(io.BytesIO(first)).namelist() if n.endswith(".xlsx")]
    assert len(workbooks) == 2  # one per chart: the chart's data, editable in PowerPoint


def test_the_evaluation_slide_holds_the_teams_answers(omaolo: PresentationType) -> None:
    text = text_of(by_title(omaolo, "Arviointi ja oppiminen"))
    assert "Missä onnistuttiin / mikä sujui hyvin? Selvitysvaihe (välikatsaus 9.10.2026)" in text
    assert text.count("Ei vielä vastausta.") == 4


def test_no_text_overflows_and_every_slide_has_notes(omaolo: PresentationType) -> None:
    for number, slide in enumerate(omaolo.slides, start=1):
        if number > 1:
            assert notes(slide).strip(), number
        for frame, inner_w, inner_h, shape in frames(slide):
            need = needed_height(frame, inner_w)
            assert need <= inner_h + 0.5, f"slide {number} {shape.name}: needs {need:.1f} pt, has {inner_h:.1f}"
            for paragraph in frame.paragraphs:
                for run in paragraph.runs:
                    assert run.font.size is None or run.font.size.pt >= 12, (number, run.text)


@pytest.mark.parametrize(
    ("language", "title", "month", "day"),
    [
        ("sv", "Pilot 2027: läget och guiden", "juni", "Läget 16.6.2027"),
        ("en", "Pilot 2027: status and guide", "Jun", "Status on 16 Jun 2027"),
    ],
)
def test_a_swedish_or_english_project_gets_its_words_months_and_dates(
    language: str, title: str, month: str, day: str
) -> None:
    planned = plan(("  title: Pilotti 2027\n", f"  title: Pilot 2027\n  language: {language}\n"))
    prs = open_deck(build(planned))
    found = titles(prs)
    assert found[0] == title
    assert day in text_of(list(prs.slides)[:1])
    calendar = [
        shape.text_frame.text
        for slide in prs.slides
        for shape, group in walk(slide.shapes)
        if group == "Calendar" and shape.has_text_frame
    ]
    assert month in calendar


def test_rebuilds_are_byte_identical() -> None:
    planned, first = example()
    assert build(planned) == first


def test_a_decided_phase_is_done_and_the_current_one_is_in_progress(omaolo: PresentationType) -> None:
    summary = text_of(by_title(omaolo, "Vaiheet, kesto ja kriittinen polku"))
    assert "1. Selvitys ja päätös: valmis 17.8.–9.10.2026; Päätetty 9.10.2026" in summary  # ends with its decision
    assert "2. Suunnittelu ja määrittely: käynnissä, ennuste valmis 17.12.2026;" in summary
    assert "3. Toteutus ja valmistelu: ennuste 18.12.2026–19.3.2027;" in summary
    first = text_of(by_title(omaolo, "Vaihe 1/5: Selvitys ja päätös"))
    assert "Valmis 17.8.–9.10.2026 (suunniteltu 17.8.–9.10.2026) 5/5 tehtävää valmiina" in first
    second = text_of(by_title(omaolo, "Vaihe 2/5: Suunnittelu ja määrittely"))
    assert "Käynnissä 12.10.2026 alkaen; ennuste valmis 17.12.2026 (suunniteltu 12.10.–11.12.2026)" in second
    third = text_of(by_title(omaolo, "Vaihe 3/5: Toteutus ja valmistelu"))
    assert "Ei alkanut; ennuste 18.12.2026–19.3.2027 (suunniteltu 14.12.2026–15.3.2027)" in third


def test_step_slides_place_the_step_in_the_project_and_a_blocked_one_has_no_forecast(
    omaolo: PresentationType,
) -> None:
    # the project starts on Monday 17.8.2026 (week 1) and is planned to end on 3.9.2027 (week 55)
    first = text_of(by_title(omaolo, "1.1 Tarpeen tunnistaminen"))
    assert "Suunniteltu 17.–28.8.2026 · projektin viikot 1–2/55 · toteutunut 17.–28.8.2026" in first
    blocked = text_of(by_title(omaolo, "2.6 Tietosuojavastaavan lausunto"))
    assert "Suunniteltu 23.11.–4.12.2026 · projektin viikot 15–16/55 · alkoi 23.11.2026 · ei ennustetta, estetty" in (
        blocked
    )
    assert "Tämän takia odottavat: 2.11, vaiheen 2 päätös" in blocked


def test_with_every_decision_taken_the_next_decision_slide_says_there_are_none() -> None:
    decided = plan(
        ("  suunnittelu: {decision: go, date: 2027-05-24, by: johtaja-b}", "  suunnittelu: {decision: go, "
         "date: 2027-05-24, by: johtaja-b}\n  toteutus: {decision: go, date: 2027-06-16, by: johtaja-b}"),
        ("  title: Pilotti 2027\n", "  title: Pilot 2027\n  language: sv\n"),
    )  # fmt: skip
    prs = open_deck(build(decided))
    assert text_of(by_title(prs, "Nästa beslut")).startswith("Nästa beslut Inga beslut: alla fasers beslut är fattade.")
    assert "De närmaste två veckorna (16.–29.6.2027) per person" in titles(prs)
