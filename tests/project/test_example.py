"""The shipped example project answers what is late, what is next and who does it, as its file says."""

from __future__ import annotations

import re

from rollout.project import report
from rollout.project.load import load_project
from tests.conftest import ROOT

EXAMPLE = ROOT / "projects" / "omaolo-esimerkki.yaml"


def test_the_example_follows_the_omaolo_process_part_way() -> None:
    loaded = load_project(EXAMPLE, "projects/omaolo-esimerkki.yaml")
    assert loaded.process_file == "processes/omaolo.yaml"
    # its one warning is the late step it is meant to show
    assert [(w.line, w.code) for w in loaded.warnings] == [(66, "late-step")]
    plan = loaded.plan
    status = report.status(plan, plan.as_of or plan.start)
    states = [step.status for step in plan.steps.values()]
    assert states.count("done") == 10
    assert states.count("skipped") == 1
    assert [(s.number, s.step.title, s.late_days, [w.name for w in s.responsible]) for s in status.late] == [
        ("2.3", "Tavoiteprosessin muotoilu", 3, ["Palvelumuotoilija F"])
    ]
    assert [(s.number, [w.name for w in s.responsible]) for s in status.blocked] == [("2.6", ["Tietosuojavastaava H"])]
    assert status.phase.id == "suunnittelu"
    assert plan.gates["selvitys"].passed
    assert status.next_gate is not None
    assert status.next_gate.phase.id == "suunnittelu"


def test_the_examples_people_are_placeholders_not_invented_people() -> None:
    loaded = load_project(EXAMPLE)
    for person in loaded.project.people:
        assert re.fullmatch(r".+ [A-K]", person.name), person.name  # "Projektipäällikkö A"
        assert person.email is None


def test_what_is_next_in_the_example_and_who_does_it() -> None:
    plan = load_project(EXAMPLE).plan
    assert plan.as_of is not None
    status = report.status(plan, plan.as_of)
    upcoming = {who.name: [s.number for s in steps] for who, steps in status.upcoming}
    assert upcoming == {
        "Projektipäällikkö A": ["2.4"],
        "Esihenkilö C": ["2.7"],
        "Digimentori D": ["2.9"],
        "Palvelumuotoilija F": ["2.3"],
        "Tietosuojavastaava H": ["2.6"],
    }
    go_live = plan.go_live
    assert go_live is not None
    assert (go_live.target.isoformat() if go_live.target else None, go_live.forecast.isoformat(), go_live.slip) == (
        "2027-03-16",
        "2027-03-22",
        4,  # the late step, not done on 25.11., ends on 26.11. at the earliest: the go-live slips with it
    )
    assert plan.critical_path[:3] == ("tavoiteprosessin-muotoilu", "alueelliset-ohjaukset", "suunnitelman-hyvaksynta")


def test_every_metric_the_example_measures_has_a_target_and_a_line_to_draw() -> None:
    evaluation = load_project(EXAMPLE).project.evaluation
    measured = {m.metric for m in evaluation.measurements}
    assert measured == {
        "Digitaalisesti hoidettujen sote-yhteydenottojen osuus",
        "Omaolossa tehdyt arviot kuukaudessa",
    }
    assert measured <= {target.metric for target in evaluation.targets}
    for metric in measured:  # two dates at least: a single point draws no line
        assert len({m.date for m in evaluation.measurements if m.metric == metric}) >= 2, metric
