"""The deck as a project lead and an accessibility checker see it: structure, text, sizes, notes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.util import Emu

from rollout.layout import palette
from rollout.layout.swimlane import layout_process
from tests.conftest import FIXTURES, PROCESSES
from tests.render.pptx_text import (
    build,
    built,
    frames,
    load,
    needed_height,
    notes,
    open_deck,
    slide_text,
    titles,
    walk,
)

DECK = FIXTURES / "valid" / "deck.yaml"


@pytest.fixture(scope="module")
def deck() -> PresentationType:
    return open_deck(build(load(DECK)))


def test_reading_order_title_howto_summary_glance_gates_roles_raci_phases_steps_timeline_metrics(
    deck: PresentationType,
) -> None:
    found = titles(deck)
    assert found[0] == "Digipalvelun käyttöönotto: opas projektin vetäjälle"
    assert found[1] == "Näin käytät tätä esitystä"
    assert found[2] == "Lähtötilanne ja tavoite"
    assert found[3] == "Vaiheet, kesto ja kriittinen polku"
    assert found[4] == "Digipalvelun käyttöönotto"  # the swimlane
    assert found[5] == "Vaiheiden päätökset"
    # the lead's role first (lead_role: vastaava), then the others in declared order
    assert found[6:10] == ["Rooli: Palveluvastaava", "Rooli: Johto", "Rooli: ICT-palvelut", "Rooli: Asukkaat"]
    assert found[10] == "Vastuumatriisi (RACI)"
    phases = [i for i, t in enumerate(found) if t.startswith("Vaihe ")]
    assert [found[i] for i in phases] == ["Vaihe 1/3: Suunnittelu", "Vaihe 2/3: Toteutus", "Vaihe 3/3: Ylläpito"]
    # each phase's opening slide, its close-up (the phase alone, large), its steps
    assert found[phases[0] + 1 : phases[1]] == [
        "Lähikuva: vaihe 1",  # its no-break space read as a space
        "1.1 Laadi käyttöönottosuunnitelma",
        "1.2 Hyväksy suunnitelma",
    ]
    assert found[-4:] == [
        "Aikataulu ja kriittinen polku",
        "Muutoksen mittaaminen",
        "Arviointi ja oppiminen",
        "Lähteet",
    ]


def test_the_swimlane_picture_draws_every_edge_along_its_exact_route(deck: PresentationType) -> None:
    page = layout_process(load(DECK)).pages[0]
    slide = list(deck.slides)[titles(deck).index("Digipalvelun käyttöönotto")]
    group = next(shape for shape in slide.shapes if shape.name == "Swimlane")
    edges = {shape.name: shape for shape in group.shapes if shape.name.startswith("Dependency")}
    assert sorted(edges) == sorted(f"Dependency {r.source} -> {r.target}" for r in page.routes)
    # freeform lines, not connectors: LibreOffice would re-route a glued connector its own way
    assert all(shape.shape_type == MSO_SHAPE_TYPE.FREEFORM for shape in edges.values())
    for route in page.routes:
        shape = edges[f"Dependency {route.source} -> {route.target}"]
        path = shape._element.spPr.find(qn("a:custGeom")).find(qn("a:pathLst"))[0]
        assert len(path) == len(route.points)  # one move, then a line to each bend and the end
        drawn = [(shape.left + int(pt.get("x")), shape.top + int(pt.get("y"))) for pt in path.iter(qn("a:pt"))]
        expected = [(round(x * 12700), round(y * 12700)) for x, y in route.points]
        assert all(abs(a - c) <= 1 and abs(b - d) <= 1 for (a, b), (c, d) in zip(drawn, expected, strict=True))


def test_every_step_has_a_slide_and_long_content_continues_on_a_numbered_follow_up(deck: PresentationType) -> None:
    found = titles(deck)
    for number, title in (("1.1", "Laadi"), ("1.2", "Hyväksy"), ("2.3", "Julkaise"), ("3.1", "Seuraa")):
        assert any(t.startswith(f"{number} {title}") for t in found), number
    long = [t for t in found if t.startswith("2.1 Tee tekniset kytkennät")]
    assert len(long) >= 2
    assert long == [f"2.1 Tee tekniset kytkennät ({n}/{len(long)})" for n in range(1, len(long) + 1)]


def test_titles_are_unique_and_every_slide_after_the_first_has_speaker_notes(deck: PresentationType) -> None:
    found = titles(deck)
    assert len(found) == len(set(found))
    slides = list(deck.slides)
    assert all(notes(slide).strip() for slide in slides)
    step = notes(slides[titles(deck).index("1.1 Laadi käyttöönottosuunnitelma")])
    # the step's own notes first, said; the schedule the slide does not show; a question; tips, pitfalls
    assert step.startswith("Sano: Kysy ryhmältä, kuka on tehnyt vastaavan suunnitelman aiemmin.")
    assert "viikoilla 1–3" in step
    assert "Kysy ryhmältä: " in step
    assert "Vinkki: Varaa aikaa johdon kommenteille." in step
    assert "Varo: Liian laaja ensimmäinen vaihe." in step


def test_step_slide_says_what_why_who_needs_delivers_checks_with_locale_headings(deck: PresentationType) -> None:
    slides = list(deck.slides)
    text = slide_text(slides[titles(deck).index("1.2 Hyväksy suunnitelma")])
    for expected in (
        "Vaihe 1: Suunnittelu · Kesto noin\u00a01\u00a0vk · Kriittisellä polulla · Virstanpylväs",
        "Mitä teet",
        "Käy suunnitelma läpi johtoryhmässä ja tee päätös.",
        "Tekee (R): Johto",
        "Hyväksyy (A): Johto",
        "Edellyttää ensin",
        "Tehtävä 1.1 Laadi käyttöönottosuunnitelma",
        "Tuotokset",
        "Tarkistuslista",
        "Päätös on kirjattu pöytäkirjaan",
        "Seuraavaksi",
        "Tehtävä 2.1 Tee tekniset kytkennät · hyväksyy: Palveluvastaava · kun vaiheen 1 päätös on tehty",
    ):
        assert expected in text, expected
    assert "Omistaja" not in text  # R is "tekee", A is "hyväksyy": no third word for either


def test_special_characters_and_links_survive(deck: PresentationType) -> None:
    everything = "\n".join(slide_text(slide) for slide in deck.slides)
    assert 'Innokylän mallia <v2> & "vinkit".' in everything
    assert "🙂" in "\n".join(notes(slide) for slide in deck.slides)  # a tip: tips are said, in the notes
    links = [
        (run.text, run.hyperlink.address)
        for slide in deck.slides
        for frame, *_ in frames(slide)
        for paragraph in frame.paragraphs
        for run in paragraph.runs
        if run.hyperlink.address
    ]
    addresses = [address for _, address in links]
    assert "https://example.org/pohja" in addresses
    # Only the address in brackets is the link, so LibreOffice (which never breaks a linked run)
    # wraps the title before it at its spaces.
    assert ("(example.org)", "https://example.org/pohja") in links
    assert "https://www.innokyla.fi/" in addresses
    # a step slide names the site of a link; the sources slide prints the whole address
    assert "(example.org)" in everything
    assert "(https://www.innokyla.fi/)" in everything


def test_no_text_overflows_its_frame_or_the_slide(deck: PresentationType) -> None:
    width, height = deck.slide_width, deck.slide_height
    for number, slide in enumerate(deck.slides, start=1):
        for shape, _ in walk(slide.shapes):
            assert shape.left >= 0, (number, shape.name)
            assert shape.left + shape.width <= width, (number, shape.name)
            assert shape.top >= 0, (number, shape.name)
            assert shape.top + shape.height <= height, (number, shape.name)
        for frame, inner_w, inner_h, shape in frames(slide):
            need = needed_height(frame, inner_w)
            assert need <= inner_h + 0.5, f"slide {number} {shape.name}: needs {need:.1f} pt, has {inner_h:.1f}"


def test_body_text_is_at_least_12_pt(deck: PresentationType) -> None:
    for number, slide in enumerate(deck.slides, start=1):
        for frame, *_ in frames(slide):
            for paragraph in frame.paragraphs:
                for run in paragraph.runs:
                    assert run.font.size is not None, (number, run.text)
                    assert run.font.size.pt >= 12, (number, run.text)


def test_pictures_and_drawings_have_alt_text(deck: PresentationType) -> None:
    described = 0
    for slide in deck.slides:
        for shape, inside in walk(slide.shapes):
            if inside:
                continue
            if shape.shape_type in (MSO_SHAPE_TYPE.GROUP, MSO_SHAPE_TYPE.PICTURE):
                descr = shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr", "")
                assert descr.strip(), (titles(deck)[list(deck.slides).index(slide)], shape.name)
                described += 1
    assert described >= 1 + 3 + 1  # swimlane, one mini swimlane per phase, the timeline


def test_text_colours_meet_wcag_aa(deck: PresentationType) -> None:
    for slide in deck.slides:
        for frame, _, _, shape in frames(slide):
            background = "FFFFFF"
            if getattr(shape, "has_table", False):
                cell = next(c for row in shape.table.rows for c in row.cells if c.text_frame._txBody is frame._txBody)
                background = str(cell.fill.fore_color.rgb)
            for paragraph in frame.paragraphs:
                for run in paragraph.runs:
                    colour = str(run.font.color.rgb)
                    assert palette.contrast(colour, background) >= 4.5, (run.text, colour, background)


def test_raci_matrix_has_a_row_per_step_and_a_column_per_role(deck: PresentationType) -> None:
    slide = list(deck.slides)[titles(deck).index("Vastuumatriisi (RACI)")]
    table = next(shape.table for shape in slide.shapes if getattr(shape, "has_table", False))
    header = [cell.text for cell in table.rows[0].cells]
    assert header == ["Tehtävä", "Johto", "Palveluvastaava", "ICT-palvelut", "Asukkaat"]
    rows = {row.cells[0].text: [c.text for c in row.cells][1:] for row in list(table.rows)[1:]}
    assert rows["1.1 Suunnitelma"] == ["A", "R", "C", "I"]
    assert rows["2.1 Kytkennät"] == ["C", "A", "R", ""]
    assert "Vaihe 2: Toteutus" in rows


def test_raci_role_names_are_rotated_whole_and_empty_cells_carry_no_run(deck: PresentationType) -> None:
    from rollout.layout.textfit import text_width

    slide = list(deck.slides)[titles(deck).index("Vastuumatriisi (RACI)")]
    table = next(shape.table for shape in slide.shapes if getattr(shape, "has_table", False))
    header = list(table.rows[0].cells)
    assert header[0]._tc.tcPr.get("vert") is None
    height = table.rows[0].height.pt
    for cell in header[1:]:
        assert cell._tc.tcPr.get("vert") == "vert270"
        # the whole name stands on one line in the header's height: no word is cut
        assert text_width(cell.text, 12.0, True) + 8.0 <= height, cell.text
    empty = [cell for row in list(table.rows)[1:] for cell in row.cells if cell.text == ""]
    assert empty
    # LibreOffice sizes an empty run at 18 pt, which would make the row taller than measured
    assert all(not paragraph.runs for cell in empty for paragraph in cell.text_frame.paragraphs)


def test_raci_matrix_splits_over_slides_when_large() -> None:
    from bench.generate import generate
    from rollout.process.load import load_text

    process = load_text(generate(60, seed=3), "generated.yaml").process
    found = titles(open_deck(build(process)))
    raci = [t for t in found if t.startswith("Vastuumatriisi")]
    assert len(raci) >= 3
    assert raci[0] == f"Vastuumatriisi (RACI) (1/{len(raci)})"


def test_phase_opening_has_goal_criteria_gate_and_a_you_are_here_picture(deck: PresentationType) -> None:
    slide = list(deck.slides)[titles(deck).index("Vaihe 1/3: Suunnittelu")]
    text = slide_text(slide)
    for expected in (
        "Tavoite",
        "Aloitusehdot",
        "Valmis, kun",
        "Hyväksytäänkö suunnitelma?",
        "Päättää: Johto",
        "4–6 viikkoa",
        "Olet tässä: vaihe 1/3, Suunnittelu",
    ):
        assert expected in text, expected
    assert "Lopetusehdot" not in text  # one tick-list, not two
    groups = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.GROUP]
    assert [group.name for group in groups] == ["You are here"]


def test_timeline_marks_the_critical_path(deck: PresentationType) -> None:
    slide = list(deck.slides)[titles(deck).index("Aikataulu ja kriittinen polku")]
    group = next(shape for shape in slide.shapes if shape.name == "Timeline")
    descr = group._element.xpath("./p:nvGrpSpPr/p:cNvPr")[0].get("descr")
    assert descr == "Aikajana 14 viikkoa. Kriittinen polku: 1.1 → 1.2 → 2.1 → 2.3 → 3.1."
    labels = [s.text_frame for s in group.shapes if s.has_text_frame and s.text_frame.text]
    bold = {frame.text for frame in labels if frame.paragraphs[0].runs[0].font.bold}
    assert "2.1 Kytkennät" in bold
    assert "2.2 Opasta asukkaita" not in bold


@pytest.mark.parametrize(
    ("language", "checklist", "title"),
    [
        ("fi", "Tarkistuslista", "Vastuumatriisi (RACI)"),
        ("sv", "Checklista", "Ansvarsmatris (RACI)"),
        ("en", "Checklist", "Responsibility matrix (RACI)"),
    ],
)
def test_fixed_labels_follow_the_process_language(language: str, checklist: str, title: str) -> None:
    process = load(DECK)
    info = process.process.model_copy(update={"language": language})
    prs = open_deck(build(process.model_copy(update={"process": info})))
    assert title in titles(prs)
    everything = "\n".join(slide_text(slide) for slide in prs.slides)
    assert checklist in everything
    others = {"fi": "Tarkistuslista", "sv": "Checklista", "en": "Checklist"}
    words = set(re.findall(r"\w+", everything))
    assert all(word not in words for lang, word in others.items() if lang != language)


def test_rebuilds_are_byte_identical() -> None:
    process = load(DECK)
    assert build(process) == build(process)


def test_template_layouts_are_used_and_its_sample_slides_dropped(tmp_path: Path) -> None:
    template = Presentation()
    template.slide_width, template.slide_height = Emu(12_192_000), Emu(6_858_000)
    sample = template.slides.add_slide(template.slide_layouts[1])
    title = sample.shapes.title
    assert title is not None
    title.text = "Organisaation esimerkkidia"
    template.slide_layouts[5].name = "Vain otsikko"
    path = tmp_path / "organisaatio.pptx"
    template.save(str(path))
    prs = open_deck(build(load(DECK), path))
    assert "Organisaation esimerkkidia" not in titles(prs)
    assert list(prs.slides)[1].slide_layout.name == "Vain otsikko"
    fonts = {run.font.name for s in prs.slides for f, *_ in frames(s) for p in f.paragraphs for run in p.runs}
    assert fonts == {None}  # the template's theme fonts apply


def test_a_4_3_template_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    from rollout.errors import BuildError

    path = tmp_path / "vanha.pptx"
    Presentation().save(str(path))
    with pytest.raises(BuildError, match="must be 16:9"):
        build(load(DECK), path)


@pytest.mark.parametrize("path", PROCESSES, ids=[p.stem for p in PROCESSES])
def test_every_process_deck_has_no_overflow_and_small_text(path: Path) -> None:
    prs = open_deck(built(path))
    found = titles(prs)
    assert len(found) == len(set(found))
    for number, slide in enumerate(prs.slides, start=1):
        assert notes(slide).strip(), number
        for frame, inner_w, inner_h, shape in frames(slide):
            need = needed_height(frame, inner_w)
            assert need <= inner_h + 0.5, f"slide {number} {shape.name}: needs {need:.1f} pt, has {inner_h:.1f}"
            sizes = [run.font.size.pt for p in frame.paragraphs for run in p.runs if run.font.size]
            assert min(sizes, default=12) >= 12, number


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (scripts/setup.sh --dev)")
def test_libreoffice_opens_and_converts_the_deck(tmp_path: Path) -> None:
    data = build(load(DECK))
    source = tmp_path / "deck.pptx"
    source.write_bytes(data)
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    pdf = tmp_path / "deck.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists(), done.stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert pages == len(open_deck(data).slides)


def test_checklist_items_carry_a_box_bullet(deck: PresentationType) -> None:
    slide = list(deck.slides)[titles(deck).index("1.2 Hyväksy suunnitelma")]
    for frame, *_ in frames(slide):
        for paragraph in frame.paragraphs:
            if paragraph.text == "Päätös on kirjattu pöytäkirjaan":
                char = paragraph._p.get_or_add_pPr().find(qn("a:buChar"))
                assert char is not None
                assert char.get("char") == "☐"
                return
    pytest.fail("checklist item not found")
