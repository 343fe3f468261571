"""Project files are checked like process files: every mistake at once, located, with did-you-mean."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rollout.errors import RolloutError
from rollout.project.load import load_project
from tests.project.helpers import PROJECTS, issues, load
from tests.test_load import expected

INVALID = sorted((PROJECTS / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_each_mistake_is_reported_at_its_position(path: Path) -> None:
    try:
        found = load_project(path, path.name).warnings
    except RolloutError as exc:
        found = exc.issues
    assert sorted((i.line, i.col, i.code) for i in found) == expected(path)
    assert all(issue.file == path.name for issue in found)


def test_each_fixture_is_named_after_the_code_it_reports() -> None:
    assert len(INVALID) >= 25
    for path in INVALID:
        assert [code for _, _, code in expected(path)] == [path.stem]


def test_the_valid_project_warns_only_that_its_late_step_is_late() -> None:
    assert issues() == [
        "p.yaml:19:3: warning: step 'rakennus' (2.1) is 2 working days late: planned to finish on 2027-06-14, "
        "in progress as of 2027-06-16 [late-step]"
    ]
    assert issues(as_of=dt.date(2027, 6, 14)) == []  # due today is not late


def test_unknown_references_suggest_the_name_meant() -> None:
    found = issues(
        ("  koulutus: {started", "  koulutos: {started"),
        ("roles: [johto]}", "roles: [johtoryhmä]}"),
        ("assignee: johtaja-b}", "assignee: Johtaja B}"),
        ("  suunnittelu: {decision", "  suunitelu: {decision"),
    )
    assert found == [
        "p.yaml:12:46: error: person 'johtaja-b' has the role 'johtoryhmä', which the process does not have; "
        "did you mean 'johto'? [unknown-role]",
        "p.yaml:18:48: error: step 'hyvaksynta' assignee 'Johtaja B' is not one of the people of the project; "
        "did you mean 'johtaja-b' (Johtaja B)? [unknown-person]",
        "p.yaml:20:3: error: the process has no step 'koulutos'; did you mean 'koulutus'? [unknown-step]",
        "p.yaml:22:3: error: the process has no phase 'suunitelu'; did you mean 'suunnittelu'? [unknown-phase]",
    ]


def test_shape_mistakes_and_reference_mistakes_come_in_one_run() -> None:
    found = issues(
        ("as_of: 2027-06-16", "as_of: 2027-02-30"),  # a date that does not exist: the header is broken
        ("koulutus: {started", "koulutus: {startted"),  # a misspelt key in one step
        ("assignee: johtaja-b}", "assignee: johtaja-c}"),  # an unknown person in another
        ("value: 0}", "value: yes}"),  # fine: text is a value too
        ("finished: 2027-05-17}", "finished: 2027-05-02}"),  # finished before it started
    )
    assert found == [
        "p.yaml:8:10: error: project.as_of: '2027-02-30' is not a date that exists (February 2027 has 28 days) "
        "[bad-date]",
        "p.yaml:17:48: error: step 'suunnitelma' finished before it started (2027-05-02 < 2027-05-03) [date-order]",
        "p.yaml:18:48: error: step 'hyvaksynta' assignee 'johtaja-c' is not one of the people of the project; "
        "did you mean 'johtaja-b'? [unknown-person]",
        "p.yaml:20:14: error: step 'koulutus' has an unknown key 'startted'; did you mean 'started'? [unknown-key]",
    ]


def test_a_reference_to_a_malformed_person_is_not_reported_twice() -> None:
    found = issues(("{id: johtaja-b, name: Johtaja B,", "{id: johtaja-b, name: [Johtaja B],"))
    assert [line.rsplit("[", 1)[1] for line in found] == ["wrong-type]"]


def test_dates_in_other_forms_are_named_and_a_finnish_date_is_rewritten() -> None:
    found = issues(("start: 2027-05-03", "start: 3.5.2027"), ("date: 2027-06-01", "date: 2027-6-1"))
    assert found == [
        "p.yaml:6:10: error: project.start: '3.5.2027' is not a date in the form YYYY-MM-DD; write 2027-05-03 "
        "[bad-date]",
        "p.yaml:27:42: error: evaluation: measurement 1: date: '2027-6-1' is not a date in the form YYYY-MM-DD "
        "[bad-date]",
    ]


def test_a_late_step_the_file_does_not_mention_is_located_at_as_of() -> None:
    found = issues(as_of=dt.date(2027, 6, 23))
    assert found == [
        "p.yaml:8:10: warning: step 'arvio' (3.2) is 1 working day late: planned to finish on 2027-06-22, "
        "not started as of 2027-06-23 [late-step]",
        "p.yaml:8:10: warning: step 'avaus' (3.1) is 2 working days late: planned to finish on 2027-06-21, "
        "not started as of 2027-06-23 [late-step]",
        "p.yaml:8:10: warning: step 'jono' (3.3) is 1 working day late: planned to start on 2027-06-22, "
        "not started as of 2027-06-23 [late-step]",
        "p.yaml:19:3: warning: step 'rakennus' (2.1) is 7 working days late: planned to finish on 2027-06-14, "
        "in progress as of 2027-06-23 [late-step]",
    ]


def test_the_status_date_given_on_the_command_line_checks_the_actual_dates() -> None:
    found = issues(as_of=dt.date(2027, 5, 20))
    assert found == [
        "p.yaml:18:26: error: step 'hyvaksynta' finished on 2027-05-24, after the status date 2027-05-20 asked for; "
        "was another date meant? [date-after-as-of]",
        "p.yaml:19:23: error: step 'rakennus' started on 2027-05-25, after the status date 2027-05-20 asked for; "
        "was another date meant? [date-after-as-of]",
        "p.yaml:20:23: error: step 'koulutus' started on 2027-05-25, after the status date 2027-05-20 asked for; "
        "was another date meant? [date-after-as-of]",
        "p.yaml:20:45: error: step 'koulutus' finished on 2027-05-31, after the status date 2027-05-20 asked for; "
        "was another date meant? [date-after-as-of]",
        "p.yaml:22:37: error: gate 'suunnittelu' was decided on 2027-05-24, after the status date 2027-05-20 "
        "asked for; was another date meant? [date-after-as-of]",
        "p.yaml:27:42: error: a measurement was taken on 2027-06-01, after the status date 2027-05-20 asked for; "
        "was another date meant? [date-after-as-of]",
    ]


def test_skipping_needs_a_reason_and_agrees_with_the_status() -> None:
    found = issues(("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {status: skipped}"))
    assert found == ["p.yaml:20:22: error: step 'koulutus' is skipped: say why with 'skip: <reason>' [status-conflict]"]
    found = issues(
        ("koulutus: {started: 2027-05-25, finished: 2027-05-31}", "koulutus: {status: done, skip: Ei tarvita.}")
    )
    assert found == [
        "p.yaml:20:22: error: step 'koulutus' is skipped ('skip:') but its status is 'done' [status-conflict]"
    ]


def test_the_process_a_project_follows_must_exist_and_be_valid(tmp_path: Path) -> None:
    found = issues(("process: process.yaml", "process: prosess.yaml"))
    assert found == [
        "p.yaml:5:12: error: cannot read the process file prosess.yaml: No such file or directory; "
        "did you mean process.yaml? [unknown-process]"
    ]


def test_an_unreadable_project_file_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(RolloutError) as caught:
        load_project(tmp_path / "missing.yaml", "missing.yaml")
    assert caught.value.issues[0].format().startswith("missing.yaml:1:1: error: cannot read file")


def test_the_loaded_project_keeps_its_process() -> None:
    loaded = load()
    assert loaded.process.process.process.id == "pilotti"
    assert loaded.project.project.lead == "pp-a"


def test_a_plan_of_more_than_a_hundred_years_is_a_mistake_not_a_hang(tmp_path: Path) -> None:
    steps = "\n".join(
        f"  - {{id: s{n}, phase: p, title: S{n}, owner: r, instructions: x, raci: {{responsible: r, accountable: r}}, "
        f"duration_weeks: 520, deliverables: [x]{', depends_on: [s' + str(n - 1) + ']' if n else ''}}}"
        for n in range(12)
    )
    (tmp_path / "long.yaml").write_text(
        'process: {id: l, title: L, description: D, language: fi, version: "1", owner: O}\n'
        "roles: [{id: r, name: R}]\nphases: [{id: p, name: P}]\nsteps:\n" + steps + "\n"
    )
    (tmp_path / "p.yaml").write_text("project: {id: p, title: P, process: long.yaml, start: 2027-01-04}\n")
    with pytest.raises(RolloutError) as caught:
        load_project(tmp_path / "p.yaml", "p.yaml")
    assert [issue.format() for issue in caught.value.issues] == [
        "p.yaml:1:1: error: the plan is 31,200 working days long, over a hundred years; check the durations "
        "[plan-too-long]"
    ]


def test_a_target_names_a_metric_of_the_process() -> None:
    found = issues(("  measurements:", "  targets:\n    - {metric: Arviot viikossa, value: 400}\n  measurements:"))
    assert found == [
        "p.yaml:27:16: error: 'Arviot viikossa' is not one of the process's metrics; did you mean "
        "'Arviot kuukaudessa'? [unknown-metric]"
    ]


def test_a_forecast_finish_is_not_before_the_step_or_the_project_starts() -> None:
    found = issues(
        ("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, forecast_finish: 2027-05-24,"),
        ("hyvaksynta: {finished: 2027-05-24,", "hyvaksynta: {forecast_finish: 2027-04-30,"),
    )
    assert [line for line in found if "[date-order]" in line] == [
        "p.yaml:18:33: error: step 'hyvaksynta' is forecast to finish before the project starts "
        "(2027-04-30 < 2027-05-03) [date-order]",
        "p.yaml:19:52: error: step 'rakennus' is forecast to finish before it started (2027-05-24 < 2027-05-25) "
        "[date-order]",
    ]


def test_a_forecast_finish_must_be_a_date() -> None:
    found = issues(("rakennus: {started: 2027-05-25,", "rakennus: {started: 2027-05-25, forecast_finish: 30.6.2027,"))
    assert found == [
        "p.yaml:19:52: error: step 'rakennus': forecast_finish: '30.6.2027' is not a date in the form YYYY-MM-DD; "
        "write 2027-06-30 [bad-date]"
    ]


def test_an_approver_approves_for_roles_of_their_own_and_a_role_has_one() -> None:
    found = issues(
        ("roles: [tiimi]}", "roles: [tiimi], approver: [tiimi, johto]}"),
        ("roles: [johto]}", "roles: [johto], approver: true}\n  - {id: c, name: C, roles: [johto], approver: [johto]}"),
    )
    assert found[:2] == [
        "p.yaml:11:77: error: person 'pp-a' approves for the role 'johto', which is not one of their roles; "
        "their roles: tiimi [approver-without-role]",
        "p.yaml:13:49: error: the role 'johto' has two approvers, 'johtaja-b' and 'c'; keep one [duplicate-approver]",
    ]
    assert issues(("roles: [johto]}", "roles: [], approver: true}"))[0].startswith(
        "p.yaml:12:59: error: person 'johtaja-b' is an approver but has no roles"
    )


def test_a_step_named_by_its_number_or_given_as_a_bare_status_says_what_to_write() -> None:
    found = issues(
        ("  koulutus: {started", '  "2.1": done\n  1.1: {status: done}\n  avaus: doing\n  koulutus: {started'),
    )
    assert found[:3] == [
        "p.yaml:20:10: error: step '2.1' should be a mapping of what is known about it, not 'done'; step 2.1 is "
        "'rakennus': steps are named by their id, e.g. rakennus: {status: done, finished: YYYY-MM-DD} [wrong-type]",
        "p.yaml:21:3: error: the process has no step '1.1'; step 1.1 is 'suunnitelma': steps are named by their id, "
        "e.g. suunnitelma: {status: done, finished: YYYY-MM-DD} [unknown-step]",
        "p.yaml:22:10: error: step 'avaus' should be a mapping of what is known about it, not 'doing'; "
        "write e.g. avaus: {status: doing} [wrong-type]",
    ]
