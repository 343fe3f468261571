"""The plan's calendar file read back with icalendar: one event per step and gate, UIDs that stay."""

from __future__ import annotations

import datetime as dt
from typing import Any

from icalendar import Calendar

from rollout.render.ics import plan_ics
from tests.project.helpers import plan


def events(data: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_step_gate_and_the_go_live_is_an_all_day_event() -> None:
    found = events(plan_ics(plan()))
    assert len(found) == 8 + 2 + 1
    rakennus = found["pilotti-2027.step.rakennus@rollout"]
    assert str(rakennus["SUMMARY"]) == "Määräpäivä: 2.1 Rakennus"
    assert rakennus.decoded("DTSTART") == dt.date(2027, 6, 17)  # forecast: late, not done today: due tomorrow
    assert rakennus.decoded("DTEND") == dt.date(2027, 6, 18)
    assert "Tekee: Projektipäällikkö A" in str(rakennus["DESCRIPTION"])
    assert "Suunniteltu: 14.6.2027" in str(rakennus["DESCRIPTION"])
    assert str(rakennus["TRANSP"]) == "TRANSPARENT"  # a deadline does not make the day busy
    avaus = found["pilotti-2027.step.avaus@rollout"]
    assert str(avaus["SUMMARY"]) == "Virstanpylväs: 3.1 Avaus"
    assert found["pilotti-2027.go-live@rollout"].decoded("DTSTART") == dt.date(2027, 6, 18)
    gate = found["pilotti-2027.gate.suunnittelu@rollout"]
    assert gate.decoded("DTSTART") == dt.date(2027, 5, 24)  # as decided
    assert "Päätetty 24.5.2027: jatketaan (go)" in str(gate["DESCRIPTION"])
    assert found["pilotti-2027.step.jono@rollout"]["SUMMARY"] == "Alkaa: 3.3 Työjono"


def test_uids_stay_and_the_sequence_grows_when_the_status_moves_on() -> None:
    earlier = events(plan_ics(plan(as_of=dt.date(2027, 6, 16))))
    later = events(plan_ics(plan(as_of=dt.date(2027, 6, 21))))
    assert set(earlier) == set(later)
    for uid, event in later.items():
        assert int(event["SEQUENCE"]) > int(earlier[uid]["SEQUENCE"]), uid
        assert event.decoded("DTSTAMP") == dt.datetime(2027, 6, 21, tzinfo=dt.UTC)
    moved = later["pilotti-2027.step.rakennus@rollout"].decoded("DTSTART")
    assert moved == dt.date(2027, 6, 22)  # the same event, moved: an import updates it


def test_a_skipped_step_stays_in_the_calendar_as_cancelled() -> None:
    skipped = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {skip: Koulutettu jo.}"))
    event = events(plan_ics(skipped))["pilotti-2027.step.koulutus@rollout"]
    assert str(event["STATUS"]) == "CANCELLED"
    assert "Koulutettu jo." in str(event["DESCRIPTION"])


def test_the_same_plan_gives_the_same_bytes() -> None:
    assert plan_ics(plan()) == plan_ics(plan())
    assert plan_ics(plan()).startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rollout//project plan//EN\r\n")
