"""The guide answers "what next, who decides, when are we done" for every process, read from the slides."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide

from rollout.locale import label
from rollout.process.graph import build_graph
from rollout.process.model import Process
from rollout.process.schedule import schedule
from rollout.render.deck_facts import gates
from tests.conftest import FIXTURES, PROCESSES
from tests.render.pptx_text import built, by_title, frames, load, notes, open_deck, slide_text, tables, titles

IDS = [p.stem for p in PROCESSES]
DECK = FIXTURES / "valid" / "deck.yaml"


def guide(path: Path) -> tuple[Process, PresentationType]:
    return load(path), open_deck(built(path))


def numbers(process: Process) -> dict[str, str]:
    """'2.3' numbers counted here, not taken from the renderer."""
    found = {}
    for p, phase in enumerate(process.phases, start=1):
        for n, step in enumerate((s for s in process.steps if s.phase == phase.id), start=1):
            found[step.id] = f"{p}.{n}"
    return found


def step_texts(process: Process, prs: PresentationType) -> dict[str, str]:
    """Each step's slides' text (a step may continue over several slides), by step id."""
    number = numbers(process)
    found: dict[str, list[str]] = {}
    for slide, title in zip(prs.slides, titles(prs), strict=True):
        step = next((s for s in process.steps if title.startswith(f"{number[s.id]} {s.title}")), None)
        if step is not None:
            found.setdefault(step.id, []).append(slide_text(slide))
    assert set(found) == {s.id for s in process.steps}
    return {step_id: "\n".join(texts) for step_id, texts in found.items()}


def paragraphs(slide: Slide) -> list[str]:
    return [" ".join(p.text.split()) for frame, *_ in frames(slide) for p in frame.paragraphs]


def names(process: Process, ids: list[str]) -> str:
    return ", ".join(role.name for role in process.roles if role.id in ids)


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_every_step_slide_says_what_it_unblocks_and_who_answers_for_it_or_that_it_closes(path: Path) -> None:
    process, prs = guide(path)
    lang, graph, number = process.process.language, build_graph(process), numbers(process)
    phase_index = {phase.id: i for i, phase in enumerate(process.phases)}
    texts = step_texts(process, prs)
    for step in process.steps:
        text = " ".join(texts[step.id].split())
        assert label("next", lang) in text
        after = [s for s in process.steps if s.id in set(graph.successors(step.id))]
        for other in after:
            line = label(
                "next_step",
                lang,
                number=number[other.id],
                title=other.title,
                who=names(process, other.raci.accountable),
            )
            assert line in text, (step.id, line)
            gated = [p for p in process.phases[phase_index[step.phase] : phase_index[other.phase]] if p.gate]
            assert (line + " · " in text) == bool(gated), (step.id, other.id)  # "once phase n is decided"
        if not after:
            n = phase_index[step.phase] + 1
            key = "closes_process" if n == len(process.phases) else "closes_phase"
            assert label(key, lang, n=n) in text, step.id


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_one_slide_lists_every_gate_with_its_decider_criteria_and_who_is_told(path: Path) -> None:
    process, prs = guide(path)
    lang = process.process.language
    slides = by_title(prs, label("gates_title", lang))
    assert len(slides) == 1
    [table] = tables(slides[0])
    gated = [(n, p) for n, p in enumerate(process.phases, start=1) if p.gate]
    assert len(table) - 1 == len(gated)
    for row, (n, phase) in zip(table[1:], gated, strict=True):
        assert phase.gate is not None
        assert row[0].splitlines() == [label("role_phase", lang, n=n, name=phase.name), phase.gate.decision]
        assert row[1] == names(process, [phase.gate.decided_by])
        ticks = row[2].splitlines()
        assert set(ticks) == {*phase.exit_criteria, *phase.gate.criteria}
        assert len(ticks) == len(set(ticks))
        told = [r.name for r in process.roles if r.name in row[3]]
        assert told, (phase.id, row[3])
        assert names(process, [phase.gate.decided_by]) not in told


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_who_is_told_of_a_decision_includes_who_is_informed_of_the_milestone_that_takes_it(path: Path) -> None:
    process = load(path)
    facts = {gate.phase.id: gate for gate in gates(process, build_graph(process))}
    for phase in process.phases:
        if phase.gate is None or phase.gate.informed:
            continue
        deciding = [s for s in process.steps if s.phase == phase.id and s.milestone]
        deciding = [s for s in deciding if phase.gate.decided_by in s.raci.accountable]
        wanted = {r for s in deciding for r in s.raci.informed} - {phase.gate.decided_by}
        assert wanted <= set(facts[phase.id].informed), (phase.id, wanted - set(facts[phase.id].informed))


def test_the_omaolo_go_live_decision_tells_whom_its_milestone_informs() -> None:
    process = load(next(p for p in PROCESSES if p.stem == "omaolo"))
    [told] = [g.informed for g in gates(process, build_graph(process)) if g.phase.id == "toteutus"]
    assert {"digimentorit", "ammattilaiset", "viestinta", "digifinland"} <= set(told)


def raci_rows(process: Process, prs: PresentationType) -> dict[str, dict[str, dict[str, str]]]:
    """Phase name → row label → role name → letters, read from every RACI slide."""
    found: dict[str, dict[str, dict[str, str]]] = {}
    phase = ""
    for slide in by_title(prs, label("raci_title", process.process.language)):
        [table] = tables(slide)
        header = [name.replace("\u00a0", " ") for name in table[0]]  # "DigiFinland Oy" is never broken
        for row in table[1:]:
            if all(not cell for cell in row[1:]) and re.match(r"\w+ \d+: ", row[0]):
                phase = re.sub(r" \(\w+\)$", "", row[0]).split(": ", 1)[1]  # "(jatkuu)" repeats the heading
                continue
            found.setdefault(phase, {}).setdefault(row[0], {}).update(zip(header[1:], row[1:], strict=True))
    return found


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_each_gate_is_a_row_of_the_raci_matrix_and_on_the_deciders_role_slide(path: Path) -> None:
    process, prs = guide(path)
    lang = process.process.language
    rows = raci_rows(process, prs)
    for n, phase in enumerate(process.phases, start=1):
        if phase.gate is None:
            continue
        decider = names(process, [phase.gate.decided_by])
        row = rows[phase.name][label("decision_row", lang, decision=phase.gate.decision)]
        assert row[decider] == "A"
        assert set(row.values()) <= {"A", "I", ""}
        assert "I" in row.values()
        role_slides = by_title(prs, label("roles_of", lang, name=decider))
        text = " ".join(" ".join(slide_text(slide) for slide in role_slides).split())
        assert label("role_decisions", lang) in text
        assert label("role_decision", lang, n=n, decision=phase.gate.decision) in text


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_phase_participants_are_the_roles_with_a_letter_in_the_phases_rows_of_the_raci(path: Path) -> None:
    process, prs = guide(path)
    lang = process.process.language
    rows = raci_rows(process, prs)
    for n, phase in enumerate(process.phases, start=1):
        letters: dict[str, set[str]] = {}
        for row in rows[phase.name].values():
            for role, cell in row.items():
                letters.setdefault(role, set()).update(x for x in cell.split(", ") if x)
        expected = ", ".join(
            f"{r.name} ({', '.join(x for x in 'RACI' if x in letters[r.name])})"
            for r in process.roles
            if letters.get(r.name)
        )
        opening = by_title(prs, label("phase_title", lang, n=n, count=len(process.phases), name=phase.name))
        found = [p for s in opening for p in paragraphs(s)]
        heading = found.index(label("participants", lang))
        assert found[heading + 1].replace("\u00a0", " ") == expected


@pytest.mark.parametrize("path", [*PROCESSES, DECK], ids=[*IDS, "deck-fixture"])
def test_one_tick_list_per_phase_merges_exit_and_gate_criteria_once(path: Path) -> None:
    process, prs = guide(path)
    lang = process.process.language
    for n, phase in enumerate(process.phases, start=1):
        opening = by_title(prs, label("phase_title", lang, n=n, count=len(process.phases), name=phase.name))
        boxed = [
            " ".join(p.text.split())
            for slide in opening
            for frame, *_ in frames(slide)
            for p in frame.paragraphs
            if (char := p._p.find(f"{qn('a:pPr')}/{qn('a:buChar')}")) is not None and char.get("char") == "☐"
        ]
        items = [*phase.exit_criteria, *(phase.gate.criteria if phase.gate else [])]
        distinct = {" ".join(i.casefold().split()).rstrip(".") for i in items}
        assert len(boxed) == len(distinct), phase.id
        assert {" ".join(b.casefold().split()).rstrip(".") for b in boxed} == distinct
        if items:
            assert sum(label("done_when", lang) in paragraphs(s) for s in opening) == 1


def test_the_fixtures_repeated_criterion_is_ticked_once() -> None:
    prs = open_deck(built(DECK))
    [opening] = by_title(prs, "Vaihe 1/3: Suunnittelu")
    text = slide_text(opening)
    assert text.count("Suunnitelma on hyväksytty.") == 1
    assert "suunnitelma on  hyväksytty" not in text


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 5}


def trigrams(text: str) -> set[tuple[str, ...]]:
    found = re.findall(r"\w+", text.casefold())
    return {tuple(found[i : i + 3]) for i in range(len(found) - 2)}


def overlap(note: str, slide: str, measure: object) -> float:
    assert callable(measure)
    said, shown = measure(note), measure(slide)
    return len(said & shown) / len(said) if said else 0.0


# Measured on the five processes (decks and overviews): a slide's notes share at most 0.32 of their words
# of five letters or more with the slide (mean 0.13) and at most 0.09 of their three-word runs (mean 0.01).
# The Omaolo deck before the notes became a script measured 0.68 (mean 0.31) and 0.34 (mean 0.05).
WORD_CEILING, WORD_MEAN = 0.35, 0.2
TRIGRAM_CEILING, TRIGRAM_MEAN = 0.15, 0.02


@pytest.mark.parametrize("kind", ["deck", "overview"])
@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_speaker_notes_add_to_the_slide_and_never_restate_its_lists(path: Path, kind: str) -> None:
    prs = open_deck(built(path, kind))
    by_words, by_trigrams = [], []
    for slide, title in zip(prs.slides, titles(prs), strict=True):
        said, shown = notes(slide), f"{title}\n{slide_text(slide)}"
        assert said.strip(), title
        by_words.append(overlap(said, shown, words))
        by_trigrams.append(overlap(said, shown, trigrams))
        assert by_words[-1] <= WORD_CEILING, (title, said)
        assert by_trigrams[-1] <= TRIGRAM_CEILING, (title, said)
        for item in paragraphs(slide):
            if len(item.split()) >= 4:
                assert item not in said, (title, item)
    assert sum(by_words) / len(by_words) <= WORD_MEAN
    assert sum(by_trigrams) / len(by_trigrams) <= TRIGRAM_MEAN


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_the_lead_is_named_on_how_to_use_and_the_leads_role_slide_comes_first(path: Path) -> None:
    process, prs = guide(path)
    lang, lead = process.process.language, process.process.lead_role
    howto = paragraphs(by_title(prs, label("howto_title", lang))[0])[1:]  # the title first
    roles = [t for t in titles(prs) if t.startswith(label("roles_of", lang, name=""))]
    if lead is None:
        assert howto[0] == label("howto_no_lead", lang)
        assert roles[0].startswith(label("roles_of", lang, name=process.roles[0].name))
    else:
        assert howto[0] == label("howto_lead", lang, lead=names(process, [lead]))
        assert roles[0].startswith(label("roles_of", lang, name=names(process, [lead])))


def test_processes_name_their_lead_where_the_source_does() -> None:
    leads = {path.stem: load(path).process.lead_role for path in PROCESSES}
    assert leads["omaolo"] == "omaolovastaava"
    assert sum(lead is not None for lead in leads.values()) >= 3


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_one_term_for_who_does_it_and_who_answers_for_it(path: Path) -> None:
    process, prs = guide(path)
    everything = "\n".join(slide_text(slide) for slide in prs.slides)
    lang = process.process.language
    for word in {"fi": ("Omistaja", "omistaa"), "sv": ("Ägare", "äger"), "en": ("Owner", "owns")}[lang]:
        assert word not in everything
    legend = label("raci_legend", lang)
    assert legend in everything
    assert label("raci_r", lang, names="").split("(")[0].strip().lower() in legend.lower()
    assert label("raci_a", lang, names="").split("(")[0].strip().lower() in legend.lower()


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_early_overview_gives_phases_total_range_and_critical_path(path: Path) -> None:
    process, prs = guide(path)
    lang = process.process.language
    slides = by_title(prs, label("summary_title", lang))
    assert slides
    assert list(prs.slides).index(slides[0]) <= 4  # early: after the title, how-to and background
    text = " ".join(" ".join(slide_text(s) for s in slides).split())
    for n, phase in enumerate(process.phases, start=1):
        assert f"{n}. {phase.name}: {phase.typical_duration or ''}" in text
    plan = schedule(process, build_graph(process))
    assert plan is not None
    ongoing = {p.id for p in process.phases if p.ongoing}
    low = max(plan.slots[s.id].end for s in process.steps if s.phase not in ongoing)
    closed = max(n for n, p in enumerate(process.phases, start=1) if not p.ongoing)
    weeks = {"low": f"{low:g}", "high": f"{plan.total:g}"}
    phases = label("total_closed_one", lang) if closed == 1 else label("total_closed_many", lang, n=closed)
    names = ", ".join(p.name for p in process.phases if p.ongoing)
    total = (
        label("total_range", lang, closed=phases, ongoing=names, **weeks)
        if low < plan.total
        else label("total_single", lang, weeks=weeks["high"])
    )
    assert total in text
    assert f"{weeks['low']}–{weeks['high']}" not in text  # never a low–high range: two different ends
    number = numbers(process)
    path_refs = re.findall(r"(\d+\.\d+) ", text.split(label("critical_intro", lang))[1])
    assert path_refs
    for ref in path_refs:
        step = next(s for s in process.steps if number[s.id] == ref)
        assert f"{ref} {step.title}" in text


@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_a_metric_without_a_target_says_where_it_is_agreed(path: Path) -> None:
    process, prs = guide(path)
    lang = process.process.language
    [slide] = by_title(prs, label("metrics_title", lang))
    [table] = tables(slide)
    for metric, row in zip(process.evaluation.metrics, table[1:], strict=True):
        if metric.target:
            assert row[2] == metric.target
        elif process.evaluation.metrics_step:
            step = next(s for s in process.steps if s.id == process.evaluation.metrics_step)
            assert row[2] == label("metric_agreed", lang, number=numbers(process)[step.id], title=step.title)
        else:
            assert row[2] == label("metric_open", lang)


@pytest.mark.parametrize("kind", ["deck", "overview"])
@pytest.mark.parametrize("path", PROCESSES, ids=IDS)
def test_rebuilds_are_byte_identical(path: Path, kind: str) -> None:
    from tests.render.pptx_text import build, build_overview

    process = load(path)
    make = build if kind == "deck" else build_overview
    assert make(process) == built(path, kind)
