"""Property tests: hand-edited project files fail only with located issues; any progress plans sensibly."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from rollout.errors import RolloutError
from rollout.layout import palette
from rollout.layout.geometry import MarkedBox
from rollout.layout.swimlane import layout_process
from rollout.project import report
from rollout.project.load import load_project_text
from rollout.project.status_layout import status_layout
from tests.project.helpers import PROJECTS, project_text
from tests.test_fuzz import MUTATIONS, assert_located, mutate

STEPS = ("suunnitelma", "hyvaksynta", "rakennus", "koulutus", "avaus", "arvio", "jono", "seuranta")
DATES = st.dates(min_value=dt.date(2027, 4, 1), max_value=dt.date(2027, 9, 30))


@given(MUTATIONS, st.integers(min_value=0), st.text(max_size=8))
def test_mutated_projects_fail_only_with_located_issues(mutation: str, where: int, junk: str) -> None:
    text = mutate(project_text(), mutation, where, junk)
    try:
        load_project_text(text, "p.yaml", folder=PROJECTS)
    except RolloutError as error:
        assert_located(text, error)


@st.composite
def progress(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A project with a random state for each step, and a random status date."""
    as_of = draw(DATES)
    lines = []
    for step in STEPS:
        start, end = sorted((draw(DATES), draw(DATES)))
        start, end = min(start, as_of), min(end, as_of)
        entry = draw(
            st.sampled_from(
                [
                    "",
                    f"{{started: {start}, finished: {end}}}",
                    f"{{started: {start}}}",
                    f"{{status: blocked, started: {start}, note: odottaa}}",
                    "{skip: ei tarvita}",
                    "{status: done}",
                    f"{{duration_days: {draw(st.integers(1, 40))}}}",
                ]
            )
        )
        lines += [f"  {step}: {entry}"] if entry else []
    gate = draw(st.sampled_from(["", f"  suunnittelu: {{decision: go, date: {as_of}}}"]))
    text = (
        f"project: {{id: p, title: P, process: process.yaml, start: 2027-05-03, as_of: {as_of},\n"
        f"  go_live: {{step: avaus, target: 2027-06-15}}}}\n"
        "steps:\n" + ("\n".join(lines) if lines else "  {}") + "\n" + (f"gates:\n{gate}\n" if gate else "")
    )
    return text.replace("steps:\n  {}", "steps: {}"), as_of


@given(progress())
def test_any_progress_gives_a_forecast_that_keeps_the_order_of_the_steps(case: tuple[str, dt.date]) -> None:
    text, as_of = case
    plan = load_project_text(text, "p.yaml", folder=PROJECTS).plan
    for key, step in plan.steps.items():
        assert step.forecast.start <= step.forecast.finish, key
        if step.open and step.started is None:
            assert step.forecast.start >= as_of, key  # what has not started cannot start in the past
        for dep in step.step.depends_on:
            before = plan.steps[dep]
            if step.open and step.started is None and before.days:
                assert step.forecast.start > before.forecast.finish, (dep, key)


@given(progress())
def test_any_progress_gives_a_status_picture_with_each_steps_state(case: tuple[str, dt.date]) -> None:
    text, as_of = case
    plan = load_project_text(text, "p.yaml", folder=PROJECTS).plan
    drawn = status_layout(plan, layout_process(plan.process), as_of)
    for box in drawn.pages[0].boxes:
        assert isinstance(box, MarkedBox)
        assert box.mark is not None
        state = report.step_state(plan.steps[box.step_id])
        assert (box.text.fill, box.mark.lines) == (palette.STATES[state][0], (palette.STATES[state][3],))
    assert drawn.pages[0].title.lines  # the dated title is drawn whatever the progress
