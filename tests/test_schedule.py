"""Earliest starts from dependencies and estimates; the critical path is the longest chain."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from rollout.process.graph import build_graph
from rollout.process.load import load_process, load_text
from rollout.process.schedule import schedule
from tests.conftest import FIXTURES


def test_starts_follow_dependencies_and_the_critical_path_is_the_longest_chain() -> None:
    process = load_process(FIXTURES / "valid" / "deck.yaml").process
    plan = schedule(process, build_graph(process))
    assert plan is not None
    starts = {key: (slot.start, slot.end) for key, slot in plan.slots.items()}
    assert starts == {
        "suunnitelma": (0, 3),
        "hyvaksynta": (3, 4),
        "tekniikka": (4, 10),
        "opastus": (4, 6),  # no dependency, but the planning phase's gate comes first
        "julkaisu": (10, 10),
        "seuranta": (10, 14),
    }
    assert plan.total == 14
    assert plan.critical_path == ("suunnitelma", "hyvaksynta", "tekniikka", "julkaisu", "seuranta")
    assert not plan.slots["opastus"].critical
    assert not plan.slots["julkaisu"].estimated


def test_a_gate_holds_back_every_later_phase_and_lies_on_the_critical_path() -> None:
    process = load_process(FIXTURES / "valid" / "deck.yaml").process
    gated = process.phases[0].model_copy(update={"gate": None})
    ungated = process.model_copy(update={"phases": [gated, *process.phases[1:]]})
    plan = schedule(ungated, build_graph(ungated))
    assert plan is not None
    assert (plan.slots["opastus"].start, plan.slots["opastus"].end) == (0, 2)  # without the gate it starts at once
    long_first = process.model_copy(
        update={
            "steps": [s.model_copy(update={"duration_weeks": 12.0}) if s.id == "opastus" else s for s in process.steps]
        }
    )
    plan = schedule(long_first, build_graph(long_first))
    assert plan is not None
    # opastus (no dependencies) starts at the gate, so the chain runs through the gate's last step
    assert plan.critical_path == ("suunnitelma", "hyvaksynta", "opastus", "julkaisu", "seuranta")


def test_no_estimates_means_no_timeline() -> None:
    process = load_process(Path(FIXTURES / "valid" / "minimal.yaml")).process
    assert schedule(process, build_graph(process)) is None


SPLIT = """\
process: {id: s, title: S, description: D, language: fi, version: "1", owner: O}
roles: [{id: r, name: R}]
phases:
  - {id: p0, name: P0}
  - {id: pa, name: PA, gate: {decision: Go, decided_by: r}}
  - {id: pb, name: PB}
  - {id: pc, name: PC}
steps:
  - {id: long, phase: p0, title: L, owner: r, instructions: x, raci: {responsible: r, accountable: r},
     duration_weeks: 10, deliverables: [a]}
  - {id: a1, phase: pa, title: A, owner: r, instructions: x, raci: {responsible: r, accountable: r},
     duration_weeks: 2, deliverables: [a]}
  - {id: b1, phase: pb, title: B, owner: r, instructions: x, raci: {responsible: r, accountable: r},
     duration_weeks: 1, depends_on: [long], deliverables: [a]}
  - {id: c1, phase: pc, title: C, owner: r, instructions: x, raci: {responsible: r, accountable: r},
     duration_weeks: 5, deliverables: [a]}
"""


def test_the_critical_path_has_no_gap_when_a_phase_without_gate_sets_the_start() -> None:
    process = load_text(SPLIT, "s.yaml").process
    plan = schedule(process, build_graph(process))
    assert plan is not None
    # c1 waits for phase pb to start (week 10, after 'long'), not for pa's gate (week 2)
    assert (plan.slots["c1"].start, plan.total) == (10, 15)
    assert plan.critical_path == ("long", "c1")
    chain = [plan.slots[s] for s in plan.critical_path]
    assert all(before.end == after.start for before, after in pairwise(chain))
