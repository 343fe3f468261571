"""`rollout status` as a project lead reads it: text in the project's language, a person's list, JSON."""

from __future__ import annotations

import datetime as dt
import json

from rollout.project import data, report
from rollout.render.status import status_text, todo_text
from tests.conftest import check_golden
from tests.project.helpers import plan


def test_status_text_answers_where_the_project_is(update_golden: bool) -> None:
    result = plan()
    text = status_text(report.status(result, dt.date(2027, 6, 16)))
    check_golden("project-status.txt", text, update_golden)
    lines = text.splitlines()
    assert lines[0] == "Pilotti 2027 · tilanne ke 16.6.2027"
    assert "Vaihe 2/3 Toteutus: 1/2 tehtävää valmiina" in lines
    assert "Seuraavat kaksi viikkoa (16.–29.6.2027)" in lines  # the window's dates, not only its length
    assert "Go-live (3.1 Avaus): ennuste 18.6.2027, tavoite 15.6.2027: 3 työpäivää myöhässä" in lines
    late = lines.index("Myöhässä (1)")
    assert lines[late + 1].split() == ["2.1", "Rakennus", "[rakennus]", "2", "työpäivää", "Projektipäällikkö", "A"]
    assert lines[late + 3].split() == ["ennuste", "17.6.2027"]  # not done today: tomorrow at the earliest
    assert "Rajapinnan testiympäristö puuttuu." in lines[late + 2]  # the note from the project file


def test_a_persons_list_holds_what_they_do_approve_and_decide(update_golden: bool) -> None:
    result = plan()
    person = report.find_person(result, "johtaja b")
    assert person is not None
    text = todo_text(report.to_do(result, person), result, dt.date(2027, 6, 16))
    check_golden("project-todo.txt", text, update_golden)
    assert "Tehtäväsi (1)" in text  # seuranta
    assert "Hyväksyjänä (4)" in text  # rakennus, avaus, arvio, jono
    assert "Päätöksesi (1)" in text  # the decision that closes the building phase


def test_status_is_written_in_the_projects_language() -> None:
    english = plan(("  title: Pilotti 2027\n", "  title: Pilot 2027\n  language: en\n"))
    text = status_text(report.status(english, dt.date(2027, 6, 16)))
    assert text.startswith("Pilot 2027 · status on Wed 16 Jun 2027\n")
    assert "Go-live (3.1 Avaus): forecast 18 Jun 2027, target 15 Jun 2027: 3 working days late" in text
    assert "Late (1)" in text
    swedish = plan(("  title: Pilotti 2027\n", "  title: Pilot 2027\n  language: sv\n"))
    assert "Försenade (1)" in status_text(report.status(swedish, dt.date(2027, 6, 16)))


def test_long_lines_wrap_within_a_narrow_terminal() -> None:
    text = status_text(report.status(plan(), dt.date(2027, 6, 16)), width=50)
    assert max(len(line) for line in text.splitlines()) <= 50
    assert "…" not in text  # a long word breaks; nothing is cut off
    assert "Projektipä" in text


def test_status_json_for_scripts() -> None:
    result = plan()
    found = json.loads(json.dumps(data.status_data(report.status(result, dt.date(2027, 6, 16)))))
    assert found["as_of"] == "2027-06-16"
    assert found["phase"] == {"id": "toteutus", "number": 2, "name": "Toteutus", "done": 1, "total": 2}
    assert found["go_live"] == {
        "step": "avaus",
        "target": "2027-06-15",
        "planned": "2027-06-15",
        "forecast": "2027-06-18",
        "late_working_days": 3,
    }
    assert [(s["id"], s["late_working_days"]) for s in found["late"]] == [("rakennus", 2)]
    assert found["late"][0]["responsible"] == [{"id": "pp-a", "name": "Projektipäällikkö A", "kind": "person"}]
    assert found["upcoming"]["until"] == "2027-06-29"
    assert [(p["id"], p["steps"]) for p in found["upcoming"]["people"]] == [
        ("pp-a", ["rakennus", "avaus", "jono"]),
        ("johtaja-b", ["seuranta"]),
        ("asukkaat", ["arvio"]),
    ]
    assert found["next_gate"]["phase"] == "toteutus"
    assert found["next_gate"]["waiting_for"] == ["rakennus"]
    assert found["critical_path"] == ["rakennus", "avaus", "arvio", "jono", "seuranta"]
    assert len(found["steps"]) == 8
    assert found["evaluation"]["measurements"] == [
        {"metric": "Arviot kuukaudessa", "date": "2027-06-01", "value": 0, "note": None}
    ]


def test_a_persons_list_as_json() -> None:
    result = plan()
    person = report.find_person(result, "pp-a")
    assert person is not None
    found = data.to_do_data(report.to_do(result, person), result, dt.date(2027, 6, 16))
    assert [s["id"] for s in found["responsible"]] == ["rakennus", "avaus", "jono"]
    assert found["decisions"] == []


def test_a_blocked_step_has_no_forecast_and_says_what_waits_for_it() -> None:
    blocked = plan(("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, status: blocked,"))
    status = report.status(blocked, dt.date(2027, 6, 16))
    text = status_text(status, width=120)
    lines = text.splitlines()
    heading = lines.index("Estyneet (1)")
    assert lines[heading + 1].split()[:3] == ["2.1", "Rakennus", "[rakennus]"]
    assert "ei ennustetta, estetty" in lines[heading + 1]
    assert "Tämän takia odottavat: 3.1, vaiheen 2 päätös" in lines[heading + 2]
    assert "  Ennuste olettaa, että estynyt työ jatkuu heti (tehtävä 2.1)." in lines
    found = data.status_data(status)
    assert found["blocked"][0]["forecast"] is None
    assert found["blocked"][0]["holds_up"] == {"steps": ["avaus"], "gate": "toteutus"}
    english = plan(
        ("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, status: blocked,"),
        ("  title: Pilotti 2027\n", "  title: Pilot 2027\n  language: en\n"),
    )
    text = status_text(report.status(english, dt.date(2027, 6, 16)), width=120)
    assert "no forecast: blocked" in text
    assert "Held up by this: 3.1, the phase 2 decision" in text


def test_steps_forecast_to_be_late_are_listed_before_they_are_late() -> None:
    status = report.status(plan(), dt.date(2027, 6, 16))
    # rakennus is late (not listed again); what follows it slips past its planned finish
    assert [(s.step.id, s.planned.finish.isoformat(), s.forecast.finish.isoformat()) for s in status.at_risk] == [
        ("avaus", "2027-06-21", "2027-06-24"),
        ("arvio", "2027-06-22", "2027-06-28"),
        ("seuranta", "2027-08-03", "2027-08-06"),
    ]
    lines = status_text(status, width=120).splitlines()
    heading = lines.index("Ennusteen mukaan myöhästymässä (3)")
    assert lines[heading + 1].split() == [
        "3.1", "Avaus", "[avaus]", "ennuste", "24.6.2027,", "piti", "valmistua", "21.6.2027", "Projektipäällikkö", "A"
    ]  # fmt: skip
    found = data.status_data(status)
    assert [s["id"] for s in found["forecast_late"]] == ["avaus", "arvio", "seuranta"]
    on_time = report.status(plan(as_of=dt.date(2027, 6, 14)), dt.date(2027, 6, 14))
    assert on_time.at_risk == ()


def test_a_step_forecast_past_the_target_go_live_is_listed_as_such() -> None:
    # rakennus runs a week over without being late yet: as of 14 June the lead expects it on 22 June
    result = plan(
        ("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, forecast_finish: 2027-06-22,"),
        as_of=dt.date(2027, 6, 14),
    )
    status = report.status(result, dt.date(2027, 6, 14))
    assert [s.step.id for s in status.at_risk][:1] == ["rakennus"]
    text = status_text(status, width=140)
    assert "ennuste 22.6.2027, piti valmistua 14.6.2027" in text
    assert "go-liven tavoitteen 15.6.2027 jälkeen" in text


def test_a_decider_with_every_decision_taken_reads_no_decisions() -> None:
    decided = plan(
        ("  suunnittelu: {decision: go, date: 2027-05-24, by: johtaja-b}", "  suunnittelu: {decision: go, "
         "date: 2027-05-24, by: johtaja-b}\n  toteutus: {decision: go, date: 2027-06-16, by: johtaja-b}")
    )  # fmt: skip
    person = report.find_person(decided, "johtaja-b")
    assert person is not None
    text = todo_text(report.to_do(decided, person), decided, dt.date(2027, 6, 16))
    assert "Päätöksesi (0)\n  Ei päätöksiä.\n" in text
    assert "Kaikki päätökset on tehty." in status_text(report.status(decided, dt.date(2027, 6, 16)))
    doer = report.find_person(decided, "pp-a")
    assert doer is not None
    assert "Päätöksesi" not in todo_text(report.to_do(decided, doer), decided, dt.date(2027, 6, 16))
