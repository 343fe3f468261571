"""Project test helpers: the small process of tests/fixtures/projects and edits of its valid project."""

from __future__ import annotations

import datetime as dt

import pytest

from rollout.errors import RolloutError
from rollout.project.load import LoadedProject, load_project_text
from rollout.project.plan import Plan
from tests.conftest import FIXTURES

PROJECTS = FIXTURES / "projects"


def project_text(*edits: tuple[str, str]) -> str:
    """tests/fixtures/projects/valid.yaml with each (old, new) replaced once."""
    text = (PROJECTS / "valid.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def load(*edits: tuple[str, str], as_of: dt.date | None = None) -> LoadedProject:
    return load_project_text(project_text(*edits), "p.yaml", folder=PROJECTS, as_of=as_of)


def plan(*edits: tuple[str, str], as_of: dt.date | None = None) -> Plan:
    return load(*edits, as_of=as_of).plan


def issues(*edits: tuple[str, str], as_of: dt.date | None = None) -> list[str]:
    """Every issue of the edited project, formatted; errors and warnings alike."""
    try:
        return [issue.format() for issue in load(*edits, as_of=as_of).warnings]
    except RolloutError as exc:
        return [issue.format() for issue in exc.issues]


def spans(result: Plan, which: str = "planned") -> dict[str, tuple[str, str]]:
    """Each step's (start, finish) as ISO dates, planned or forecast."""
    return {
        key: (getattr(step, which).start.isoformat(), getattr(step, which).finish.isoformat())
        for key, step in result.steps.items()
    }


D = dt.date
__all__ = ["PROJECTS", "D", "issues", "load", "plan", "project_text", "pytest", "spans"]
