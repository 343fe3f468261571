"""The overview deck as management and a presenter see it: a dozen slides that say why, how, who and when."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.presentation import Presentation as PresentationType

from rollout.layout.swimlane import layout_process
from rollout.locale import label
from rollout.process.model import Process
from tests.conftest import FIXTURES, PROCESSES
from tests.render.pptx_text import (
    build_overview,
    built,
    by_title,
    frames,
    load,
    needed_height,
    notes,
    open_deck,
    slide_text,
    tables,
    titles,
    walk,
)

IDS = [p.stem for p in PROCESSES]


def overview(path: Path) -> tuple[Process, PresentationType]:
    return load(path), open_deck(built(path, "overview"))


def names(process: Process, ids: list[str]) -> str:
    return ", ".join(role.name for role in process.roles if role.id in ids)


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_at_most_twelve_slides_in_the_order_a_presenter_tells_it(path: Path) -> None:
    process, prs = overview(path)
    lang = process.process.language
    found = titles(prs)
    assert len(found) <= 12
    assert found[0] == label("ov_title", lang, title=process.process.title)
    keys = ["ov_why_title", "ov_phases_title", "ov_commit_title", "ov_timeline_title", "metrics_title"]
    order = [next(i for i, t in enumerate(found) if t.startswith(label(k, lang))) for k in keys]
    assert order == sorted(order)
    assert found[-1] == label("ov_decisions_title", lang)
    swimlane = [i for i, s in enumerate(prs.slides) if any(sh.name == "Swimlane" for sh in s.shapes)]
    assert len(swimlane) == len(layout_process(process).pages)
    assert order[1] < swimlane[0] < order[2]


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_why_is_one_slide_of_the_context(path: Path) -> None:
    process, prs = overview(path)
    [slide] = by_title(prs, label("ov_why_title", process.process.language))
    text = " ".join(slide_text(slide).split())
    ctx = process.process.context
    for value in (ctx.needs, ctx.goal):
        if value:
            assert " ".join(value.split())[:60] in text


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_phases_slide_names_each_phase_its_decision_and_who_decides(path: Path) -> None:
    process, prs = overview(path)
    lang = process.process.language
    rows = [row for slide in by_title(prs, label("ov_phases_title", lang)) for row in tables(slide)[0][1:]]
    assert len(rows) == len(process.phases)
    for n, (phase, row) in enumerate(zip(process.phases, rows, strict=True), start=1):
        assert row[0].splitlines()[0] == f"{n}. {phase.name}"
        if phase.gate:
            assert row[2] == phase.gate.decision
            assert row[3] == names(process, [phase.gate.decided_by])
        else:
            assert row[2] == label("ov_no_gate_end" if n == len(process.phases) else "ov_no_gate", lang)


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_commitments_count_the_steps_each_role_does_per_phase(path: Path) -> None:
    process, prs = overview(path)
    lang = process.process.language
    rows = [row for slide in by_title(prs, label("ov_commit_title", lang)) for row in tables(slide)[0][1:]]
    # a short last word is kept on its line with a no-break space: "DigiFinland\u00a0Oy"
    assert [row[0].replace("\u00a0", " ") for row in rows] == [role.name for role in process.roles]
    for role, row in zip(process.roles, rows, strict=True):
        for phase, cell in zip(process.phases, row[1:-1], strict=True):
            does = [s for s in process.steps if s.phase == phase.id and role.id in s.raci.responsible]
            assert cell == "–" if not does else cell.split(" · ")[0] == str(len(does)), (role.id, phase.id)
            if does and any(s.duration_weeks for s in does):
                assert re.fullmatch(r"\d+ · \d+(,\d)?\u00a0vk", cell), cell
        total = sum(role.id in s.raci.responsible for s in process.steps)
        assert row[-1] == "–" if not total else row[-1].split(" · ")[0] == str(total)


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_timeline_draws_each_phase_and_decision_with_the_total(path: Path) -> None:
    process, prs = overview(path)
    lang = process.process.language
    [slide] = by_title(prs, label("ov_timeline_title", lang))
    group: Any = next(shape for shape in slide.shapes if shape.name == "Timeline")
    drawn = [s.name for s in group.shapes]
    assert sum(name.startswith("Bar ") for name in drawn) == len(process.phases)
    assert sum(name.startswith("Milestone ") for name in drawn) == sum(p.gate is not None for p in process.phases)
    text = slide_text(slide)
    assert re.search(r"\d+(–\d+)? viikkoa", text)
    assert "Kriittinen polku" in text


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_decisions_asked_of_management_list_every_phase_decision_with_its_decider(path: Path) -> None:
    process, prs = overview(path)
    lang = process.process.language
    text = " ".join(slide_text(by_title(prs, label("ov_decisions_title", lang))[0]).split())
    assert label("ov_ask_start", lang) in text
    for phase in process.phases:
        if phase.gate:
            assert f"{names(process, [phase.gate.decided_by])}: {phase.gate.decision}" in text
    lead = process.process.lead_role
    assert (label("ov_ask_lead", lang, lead=names(process, [lead])) if lead else label("ov_ask_no_lead", lang)) in text


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_quality_gates_of_the_deck_hold_for_the_overview(path: Path) -> None:
    _, prs = overview(path)
    found = titles(prs)
    assert len(found) == len(set(found))
    width, height = prs.slide_width, prs.slide_height
    for number, slide in enumerate(prs.slides, start=1):
        assert notes(slide).strip(), number
        for shape, inside in walk(slide.shapes):
            assert shape.left >= 0, (number, shape.name)
            assert shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= width, (number, shape.name)
            assert shape.top + shape.height <= height, (number, shape.name)
            if not inside and shape.shape_type in (MSO_SHAPE_TYPE.GROUP, MSO_SHAPE_TYPE.PICTURE):
                assert shape._element.xpath("./*[1]/p:cNvPr")[0].get("descr", "").strip(), (number, shape.name)
        for frame, inner_w, inner_h, shape in frames(slide):
            need = needed_height(frame, inner_w)
            assert need <= inner_h + 0.5, f"slide {number} {shape.name}: needs {need:.1f} pt, has {inner_h:.1f}"
            sizes = [run.font.size.pt for p in frame.paragraphs for run in p.runs if run.font.size]
            assert min(sizes, default=12) >= 12, number


def test_overview_follows_the_process_language_and_template(tmp_path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Emu

    process = load(FIXTURES / "valid" / "deck.yaml")
    english = process.model_copy(update={"process": process.process.model_copy(update={"language": "en"})})
    found = titles(open_deck(build_overview(english)))
    assert "What each role commits to" in found
    assert found[-1] == "Decisions asked of management"
    template = Presentation()
    template.slide_width, template.slide_height = Emu(12_192_000), Emu(6_858_000)
    template.slide_layouts[5].name = "Vain otsikko"
    path = tmp_path / "organisaatio.pptx"
    template.save(str(path))
    prs = open_deck(build_overview(process, path))
    assert list(prs.slides)[1].slide_layout.name == "Vain otsikko"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (scripts/setup.sh --dev)")
def test_libreoffice_converts_every_slide_of_the_overview(tmp_path: Path) -> None:
    path = next(p for p in PROCESSES if p.stem == "omaolo")
    source = tmp_path / "overview.pptx"
    source.write_bytes(built(path, "overview"))
    done = subprocess.run(
        [
            *("soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless"),
            *("--convert-to", "pdf", "--outdir", str(tmp_path), str(source)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(tmp_path / "overview.pdf")], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert pages == len(open_deck(source.read_bytes()).slides)
