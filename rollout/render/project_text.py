"""Words and dates shared by the project outputs (status, task list, calendar), in the project's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rollout.locale import Language, dates, label
from rollout.project.plan import StepPlan, Who
from rollout.project.report import Progress


def day(value: dt.date, language: Language) -> str:
    """A date as the language writes it: 25.11.2026 in Finnish and Swedish, 25 Nov 2026 in English."""
    return dates.day(value, language)


def weekday_day(value: dt.date, language: Language) -> str:
    """A date with its weekday: "ke 25.11.2026"."""
    return f"{label('weekdays', language).split()[value.weekday()]} {day(value, language)}"


def working_days(count: int, language: Language) -> str:
    """'1 työpäivä', '3 työpäivää'."""
    return label("working_days_one", language) if count == 1 else label("working_days_many", language, n=count)


def overall(progress: Progress, language: Language) -> str:
    """'Koko projekti: 10/39 tehtävää valmiina (1 ohitettu)': a skipped step counts in neither number."""
    key = "status_overall_skipped" if progress.skipped else "status_overall"
    return label(key, language, done=progress.done, total=progress.total, skipped=progress.skipped)


def names(people: Iterable[Who]) -> str:
    return ", ".join(who.name for who in people)


def state(step: StepPlan, language: Language) -> str:
    """The step's status in words."""
    return label(f"state_{step.status}", language)


def step_name(step: StepPlan) -> str:
    """'2.3 Tavoiteprosessin muotoilu'."""
    return f"{step.number} {step.step.title}"
