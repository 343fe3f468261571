"""Earliest starts from dependencies and estimates; the critical path is the longest chain."""

from __future__ import annotations

from pathlib import Path

from rollout.graph import build_graph
from rollout.load import load_process
from rollout.schedule import schedule
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
