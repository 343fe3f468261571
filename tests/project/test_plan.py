"""The plan against schedules worked out by hand on the calendar of 2027.

Calendar facts used: Helatorstai (Ascension) is Thursday 6 May 2027 and Juhannusaatto (Midsummer
Eve) Friday 25 June 2027, both days off; the test project takes a summer break 5–30 July 2027.
The process (tests/fixtures/projects/process.yaml): suunnitelma 2 weeks → hyvaksynta 1 week, gate;
rakennus 3 weeks after hyvaksynta and koulutus 1 week, gate; avaus 1 week → arvio (no time) →
jono (recurring, no time) → seuranta 2 weeks. A week is five working days.
"""

from __future__ import annotations

from rollout.project.calendar import WorkCalendar
from rollout.project.load import load_project_text
from rollout.project.model import Break, Calendar
from rollout.project.plan import Plan, Span
from tests.project.helpers import PROJECTS, D, plan, spans

BASELINE = {
    # 3–5 May, 7 May (not Ascension Day), 10–14 May, 17 May: ten working days
    "suunnitelma": ("2027-05-03", "2027-05-17"),
    "hyvaksynta": ("2027-05-18", "2027-05-24"),
    # the gate is decided on 24 May: the next phase starts on the 25th
    "rakennus": ("2027-05-25", "2027-06-14"),
    "koulutus": ("2027-05-25", "2027-05-31"),  # no dependency: it starts when its phase may
    "avaus": ("2027-06-15", "2027-06-21"),
    "arvio": ("2027-06-22", "2027-06-22"),
    "jono": ("2027-06-22", "2027-06-22"),  # a recurring step starts on its date and runs on
    # 22–24 June, 28 June–2 July (Midsummer Eve off), then the summer break, 2–3 August
    "seuranta": ("2027-06-22", "2027-08-03"),
}


def test_the_baseline_counts_working_days_around_holidays_and_the_summer_break() -> None:
    result = plan()
    assert spans(result) == BASELINE
    assert result.planned_finish == D(2027, 8, 3)
    assert result.gates["suunnittelu"].planned == D(2027, 5, 24)
    assert result.gates["toteutus"].planned == D(2027, 6, 14)


def test_without_the_summer_break_the_follow_up_ends_in_july() -> None:
    result = plan(("    - {name: Kesäloma, start: 2027-07-05, end: 2027-07-30}\n", ""), ("breaks:", "breaks: []"))
    assert spans(result)["seuranta"] == ("2027-06-22", "2027-07-06")


def test_a_late_step_pushes_the_forecast_and_the_go_live() -> None:
    result = plan()  # as of Wednesday 16 June, rakennus (due Monday 14 June) is still in progress
    step = result.steps["rakennus"]
    assert (step.late_days, step.status) == (2, "doing")
    forecast = spans(result, "forecast")
    # not done today, it ends on the next working day at the earliest
    assert forecast["rakennus"] == ("2027-05-25", "2027-06-17")
    assert forecast["avaus"] == ("2027-06-18", "2027-06-24")
    # 28 June–2 July (Midsummer Eve 25 June off), the summer break, then 2–6 August
    assert forecast["seuranta"] == ("2027-06-28", "2027-08-06")
    go_live = result.go_live
    assert go_live is not None
    assert (go_live.planned, go_live.forecast, go_live.target, go_live.slip) == (
        D(2027, 6, 15),
        D(2027, 6, 18),
        D(2027, 6, 15),
        3,
    )
    assert result.forecast_finish == D(2027, 8, 6)


def test_actual_dates_replace_the_plan_and_what_is_done_is_not_late() -> None:
    result = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {finished: 2027-06-11}"))
    assert spans(result, "forecast")["koulutus"] == ("2027-05-25", "2027-06-11")
    assert result.steps["koulutus"].late_days == 0  # done, though later than planned
    assert result.steps["koulutus"].status == "done"


def test_a_step_not_started_in_time_starts_today_in_the_forecast() -> None:
    result = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {}"))
    assert result.steps["koulutus"].late_days == 12  # due 31 May; 1–16 June
    assert spans(result, "forecast")["koulutus"] == ("2027-06-16", "2027-06-22")
    # now koulutus holds the gate: 23, 24, 28, 29, 30 June (Midsummer Eve off)
    assert spans(result, "forecast")["avaus"] == ("2027-06-23", "2027-06-30")


def test_backward_from_a_target_go_live_the_start_is_as_early_as_the_plan_needs() -> None:
    result = plan(("  start: 2027-05-03\n", ""))
    assert result.start == D(2027, 5, 3)  # 30 working days before 15 June, Ascension Day skipped
    assert spans(result) == BASELINE
    later = plan(("  start: 2027-05-03\n", ""), ("target: 2027-06-15", "target: 2027-08-10"))
    # 30 working days before 10 August: 2–9 August (6), the break, 22 June–2 July (8) and so on back
    assert later.start == D(2027, 5, 31)
    assert later.steps["avaus"].planned.start == D(2027, 8, 10)


def test_a_target_on_a_day_off_is_aimed_at_the_working_day_before() -> None:
    result = plan(("  start: 2027-05-03\n", ""), ("target: 2027-06-15", "target: 2027-06-26"))  # a Saturday
    assert result.steps["avaus"].planned.start == D(2027, 6, 24)  # Friday the 25th is Midsummer Eve


FRESH = """\
project:
  id: pilotti-2027
  title: Pilotti 2027
  process: process.yaml
  start: 2027-05-03
  go_live: {step: avaus, target: 2027-06-15}
  as_of: 2027-05-03
calendar:
  breaks: [{name: Kesäloma, start: 2027-07-05, end: 2027-07-30}]
"""


def fresh(text: str = FRESH) -> Plan:
    return load_project_text(text, "p.yaml", folder=PROJECTS).plan


def test_the_critical_path_is_the_longest_chain_and_slack_what_the_others_may_slip() -> None:
    result = fresh()
    assert result.critical_path == ("suunnitelma", "hyvaksynta", "rakennus", "avaus", "arvio", "jono", "seuranta")
    assert result.steps["koulutus"].slack == 10  # it could end on 14 June with rakennus
    assert (result.steps["rakennus"].slack, result.steps["rakennus"].critical) == (0, True)
    assert result.steps["koulutus"].critical is False


def test_the_critical_path_of_the_forecast_starts_with_what_is_open() -> None:
    result = plan()  # as of 16 June: planning done, rakennus late
    assert result.critical_path == ("rakennus", "avaus", "arvio", "jono", "seuranta")
    assert result.steps["suunnitelma"].slack is None  # done


RECURRING = (
    FRESH.replace("as_of: 2027-05-03", "as_of: 2027-06-30")
    + """\
gates:
  suunnittelu: {decision: go, date: 2027-05-24}
  toteutus: {decision: go, date: 2027-06-14}
steps:
  suunnitelma: {finished: 2027-05-17}
  hyvaksynta: {finished: 2027-05-24}
  rakennus: {finished: 2027-06-14}
  koulutus: {finished: 2027-05-31}
  avaus: {finished: 2027-06-21}
  arvio: {finished: 2027-06-22}
"""
)


def test_a_running_recurring_step_is_never_late_and_holds_what_follows_only_for_its_first_round() -> None:
    running = fresh(RECURRING + "  jono: {started: 2027-06-22, duration_days: 3}\n")
    assert (running.steps["jono"].status, running.steps["jono"].late_days) == ("doing", 0)
    assert running.steps["jono"].forecast == Span(D(2027, 6, 22), D(2027, 6, 24))  # its first round
    assert running.steps["seuranta"].forecast.start == D(2027, 6, 30)  # due since the 25th: today


def test_a_recurring_step_not_started_on_its_date_is_late_to_start() -> None:
    waiting = fresh(RECURRING + "  jono: {duration_days: 3}\n")
    assert waiting.steps["jono"].late_days == 5  # to start on 22 June: 23, 24, 28, 29, 30 June
    assert waiting.steps["jono"].forecast == Span(D(2027, 6, 30), D(2027, 7, 2))
    assert waiting.steps["seuranta"].forecast.start == D(2027, 8, 2)  # after the summer break


def test_a_postponed_gate_holds_the_next_phase_until_it_is_revisited() -> None:
    decided = "  suunnittelu: {decision: go, date: 2027-05-24, by: johtaja-b}"
    postponed = "  toteutus: {decision: postponed, date: 2027-06-15, revisit: 2027-06-28}"
    result = plan((decided, f"{decided}\n{postponed}"))
    gate = result.gates["toteutus"]
    assert gate.decision is not None
    assert gate.forecast == D(2027, 6, 28)  # decided again on the 28th
    assert result.steps["avaus"].forecast.start == D(2027, 6, 29)


def test_a_skipped_step_takes_no_time() -> None:
    result = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {skip: Koulutettu jo.}"))
    step = result.steps["koulutus"]
    assert (step.status, step.days, step.late_days, step.slack) == ("skipped", 0, 0, None)


def test_duration_overrides_in_days_and_weeks() -> None:
    days = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {duration_days: 3}"))
    assert spans(days)["koulutus"] == ("2027-05-25", "2027-05-27")
    weeks = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {duration_weeks: 0.5}"))
    assert weeks.steps["koulutus"].days == 3  # half a week rounds up to three working days


def test_people_stand_in_for_roles_and_a_role_without_people_for_itself() -> None:
    result = plan()
    assert [who.name for who in result.steps["hyvaksynta"].responsible] == ["Johtaja B"]  # the assignee
    assert [who.name for who in result.steps["rakennus"].responsible] == ["Projektipäällikkö A"]  # role tiimi
    assert [who.name for who in result.steps["arvio"].responsible] == ["Asukkaat"]  # nobody named: the role


def test_the_calendar_counts_in_both_directions_and_names_days_off() -> None:
    breaks = [Break(name="Kesäloma", start=D(2027, 7, 5), end=D(2027, 7, 30))]
    calendar = WorkCalendar(Calendar(breaks=breaks), "sv", D(2027, 1, 1))
    assert calendar.day_off(D(2027, 6, 25)) == "Midsommarafton"
    assert calendar.day_off(D(2027, 7, 14)) == "Kesäloma"
    assert calendar.day_off(D(2027, 7, 3)) == "weekend"  # the Saturday before the break
    assert calendar.day_off(D(2027, 7, 10)) == "Kesäloma"
    assert calendar.day_off(D(2027, 7, 31)) == "weekend"
    assert calendar.date(calendar.index(D(2027, 7, 10))) == D(2027, 8, 2)
    assert calendar.date(calendar.index(D(2020, 1, 1))) == D(2020, 1, 2)  # New Year's Day; years grow backwards
    # 24, 28, 29, 30 June, 1 and 2 July, then 2 August: Midsummer Eve and the break are off
    assert calendar.working_days_between(D(2027, 6, 23), D(2027, 8, 2)) == 7
    assert calendar.index_on_or_before(D(2027, 6, 25)) == calendar.index(D(2027, 6, 24))
    six_days = Calendar(public_holidays=False, working_days=["mon", "tue", "wed", "thu", "fri", "sat"])
    public = WorkCalendar(six_days, "fi", D(2027, 1, 1))
    assert public.day_off(D(2027, 6, 25)) is None
    assert public.day_off(D(2027, 6, 26)) is None
    assert public.day_off(D(2027, 6, 27)) == "weekend"


def test_an_overdue_step_not_done_today_finishes_on_the_next_working_day_at_the_earliest() -> None:
    # rakennus was due Monday 14 June; as of Friday 18 June it is still open: Monday 21 June at the earliest
    result = plan(as_of=D(2027, 6, 18))
    forecast = spans(result, "forecast")
    assert forecast["rakennus"] == ("2027-05-25", "2027-06-21")
    assert forecast["avaus"] == ("2027-06-22", "2027-06-29")  # 22–24 and 28–29 June: Midsummer Eve is off
    go_live = result.go_live
    assert go_live is not None
    assert go_live.forecast == D(2027, 6, 22)


def test_on_a_day_off_the_next_working_day_is_the_earliest_finish_of_an_overdue_step() -> None:
    # Saturday 19 June: the next working day is Monday 21 June, as it is for Friday 18 June
    assert spans(plan(as_of=D(2027, 6, 19)), "forecast")["rakennus"] == ("2027-05-25", "2027-06-21")


def test_a_step_due_today_may_still_finish_today() -> None:
    # due Monday 14 June and not late on the day: the forecast keeps the plan
    assert spans(plan(as_of=D(2027, 6, 14)), "forecast")["rakennus"] == ("2027-05-25", "2027-06-14")


def test_an_overdue_one_day_step_not_started_does_not_finish_today() -> None:
    result = plan(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {duration_days: 1}"))
    assert result.steps["koulutus"].late_days > 0
    assert spans(result, "forecast")["koulutus"] == ("2027-06-16", "2027-06-17")


def test_the_leads_forecast_finish_sets_the_forecast_and_moves_what_follows() -> None:
    result = plan(("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, forecast_finish: 2027-06-29,"))
    forecast = spans(result, "forecast")
    assert forecast["rakennus"] == ("2027-05-25", "2027-06-29")
    assert forecast["avaus"] == ("2027-06-30", "2027-08-03")  # 30 June–2 July, the summer break, 2–3 August
    go_live = result.go_live
    assert go_live is not None
    assert (go_live.forecast, go_live.slip) == (D(2027, 6, 30), 10)


def test_a_stale_forecast_finish_gives_way_to_the_next_working_day() -> None:
    result = plan(("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, forecast_finish: 2027-06-15,"))
    assert spans(result, "forecast")["rakennus"] == ("2027-05-25", "2027-06-17")


def test_a_forecast_finish_earlier_than_the_plan_shortens_a_step_not_yet_started() -> None:
    # as of 14 June avaus is forecast to take its week from 15 June; the lead expects it done on the 16th
    result = plan(as_of=D(2027, 6, 14))
    assert spans(result, "forecast")["avaus"] == ("2027-06-15", "2027-06-21")
    estimate = ("koulutus: {started", "avaus: {forecast_finish: 2027-06-16}\n  koulutus: {started")
    quick = plan(estimate, as_of=D(2027, 6, 14))
    assert spans(quick, "forecast")["avaus"] == ("2027-06-15", "2027-06-16")


def test_the_approver_of_a_role_with_several_people_is_the_a_and_takes_the_decisions() -> None:
    two = ("roles: [johto]}", "roles: [johto]}\n  - {id: c, name: Johtaja C, roles: [johto]}")
    both = plan(two)
    assert [who.name for who in both.steps["rakennus"].accountable] == ["Johtaja B", "Johtaja C"]
    assert [who.name for who in both.gates["toteutus"].deciders] == ["Johtaja B", "Johtaja C"]
    chosen = plan(two, ("name: Johtaja C, roles: [johto]}", "name: Johtaja C, roles: [johto], approver: true}"))
    assert [who.name for who in chosen.steps["rakennus"].accountable] == ["Johtaja C"]
    assert [who.name for who in chosen.gates["toteutus"].deciders] == ["Johtaja C"]
    assert [who.name for who in chosen.steps["seuranta"].responsible] == ["Johtaja B", "Johtaja C"]  # R: all
