"""The project model: what a rollout project file may say, as frozen pydantic classes.

A project file instantiates one process for one real rollout: dates, named people, progress.
It names only what differs from the process; every step and phase comes from the process file.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from rollout.process.model import Id, IdList, Language, ShortText, Strict, Text

Status = Literal["todo", "doing", "done", "blocked", "skipped"]
Decision = Literal["go", "no-go", "postponed"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

FIRST_YEAR, LAST_YEAR = 1900, 2199  # a plan may run centuries past them before the calendar ends
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FINNISH = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _date(value: object) -> object:
    """Read a date written as YYYY-MM-DD (the YAML loader keeps dates as text); name what is wrong."""
    if not isinstance(value, str):
        return value
    if not _ISO.match(value):
        finnish = _FINNISH.match(value)
        hint = f"; write {finnish[3]}-{int(finnish[2]):02}-{int(finnish[1]):02}" if finnish else ""
        raise PydanticCustomError(
            "bad_date", "'{value}' is not a date in the form YYYY-MM-DD{hint}", {"value": value, "hint": hint}
        )
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError(
            "bad_date", "'{value}' is not a date that exists{why}", {"value": value, "why": _why_not(value)}
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise PydanticCustomError("bad_date", "'{value}' is not between the years {first} and {last}",
                                  {"value": value, "first": FIRST_YEAR, "last": LAST_YEAR})  # fmt: skip
    return day


def _why_not(value: str) -> str:
    """Why an ISO-looking date does not exist: no such month, or the month is shorter."""
    year, month, day = (int(part) for part in value.split("-"))
    if not 1 <= month <= 12:
        return f" (there is no month {month})"
    last = ((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)).day
    return f" ({_MONTHS[month - 1]} {year} has {last} days)" if day > last else ""


def _one_or_many(value: object) -> object:
    """Let one person stand for a one-item list (`assignee: pp-a`)."""
    return [value] if isinstance(value, str) else value


# People are named by their id; checked against 'people:' (with a suggestion when a name was written).
PersonRef = Annotated[ShortText, Field(description="A person's id from 'people:'.")]
PersonRefs = Annotated[
    list[PersonRef],
    BeforeValidator(_one_or_many),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]

Date = Annotated[
    dt.date,
    BeforeValidator(_date),
    WithJsonSchema({"type": "string", "format": "date", "description": "A date as YYYY-MM-DD, e.g. 2027-03-01."}),
]


class GoLive(Strict):
    """The day the service opens: which step it is, and the date aimed for."""

    step: Id = Field(description="The step whose start is the go-live, e.g. 'palvelun-avaaminen'.")
    target: Date | None = Field(
        default=None, description="Target go-live date. Without a start date, the plan is scheduled backwards from it."
    )


class ProjectInfo(Strict):
    """The project itself: which process it follows, when, and for what."""

    id: Id
    title: ShortText
    process: ShortText = Field(
        description="The process file it follows, relative to this file, e.g. '../processes/omaolo.yaml'."
    )
    language: Language | None = Field(default=None, description="fi, sv or en; default: the process's language.")
    start: Date | None = Field(default=None, description="First working day of the project.")
    go_live: GoLive | None = None
    as_of: Date | None = Field(default=None, description="The date the progress in this file is given as of.")
    lead: PersonRef | None = Field(default=None, description="The project lead: a person's id.")
    scope: Text | None = Field(default=None, description="What the rollout covers, in words.")
    services: list[ShortText] = Field(default_factory=list, description="Services taken into use.")
    units: list[ShortText] = Field(default_factory=list, description="Units the rollout concerns.")


class Person(Strict):
    """A named person and the roles of the process they fill."""

    id: Id
    name: ShortText
    title: ShortText | None = None
    email: ShortText | None = None
    roles: IdList = Field(default_factory=list, description="Role ids of the process.")
    approver: bool | IdList = Field(
        default=False,
        description="Where a role has several people, the one who approves (A) its steps and takes its decisions: "
        "true for every role of this person, or the role ids.",
    )

    def approves(self) -> list[str]:
        """The roles this person is the approver of."""
        return list(self.roles) if self.approver is True else [] if self.approver is False else list(self.approver)


class Break(Strict):
    """Days the organisation does not work on the project (a summer break), first and last day included."""

    name: ShortText
    start: Date
    end: Date


class Calendar(Strict):
    """Which days are working days."""

    working_days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS[:5]))
    public_holidays: bool = Field(default=True, description="Leave out Finnish public holidays.")
    breaks: list[Break] = Field(default_factory=list)


class StepEntry(Strict):
    """What this project says about one step of the process: only what differs."""

    status: Status | None = Field(
        default=None, description="Default: done with a finish date, doing with a start date, else todo."
    )
    started: Date | None = Field(default=None, description="Actual start.")
    finished: Date | None = Field(default=None, description="Actual finish.")
    forecast_finish: Date | None = Field(
        default=None, description="The lead's own estimate of when a step not yet done finishes; the forecast uses it."
    )
    duration_weeks: Annotated[float, Field(gt=0, le=520)] | None = None
    duration_days: Annotated[int, Field(ge=1, le=2600)] | None = Field(default=None, description="Working days.")
    skip: Text | None = Field(default=None, description="Why the step is skipped in this project.")
    assignee: PersonRefs = Field(
        default_factory=list, description="Who does it (person ids); default: the people of its responsible roles."
    )
    note: Text | None = Field(default=None, description="E.g. why the step is blocked.")


class GateEntry(Strict):
    """A phase's decision as taken."""

    decision: Decision
    date: Date
    by: PersonRef | None = Field(default=None, description="Who decided: a person's id.")
    note: Text | None = None
    revisit: Date | None = Field(default=None, description="After no-go or postponed: when it is decided again.")


class Answer(Strict):
    """The team's answer to one of the process's evaluation questions."""

    question: Text
    answer: Text


class Measurement(Strict):
    """One measurement of one of the process's metrics."""

    metric: ShortText
    date: Date
    value: int | float | ShortText
    note: Text | None = None


class MetricTarget(Strict):
    """A metric's target as this project agreed it, as a number its chart draws the measurements against."""

    metric: ShortText
    value: int | float
    note: Text | None = Field(default=None, description="E.g. by when, or for whom.")


class ProjectEvaluation(Strict):
    """Answers and measurements gathered during and after the rollout, and the targets agreed for them."""

    answers: list[Answer] = Field(default_factory=list)
    measurements: list[Measurement] = Field(default_factory=list)
    targets: list[MetricTarget] = Field(default_factory=list, description="Numeric targets of the process's metrics.")


class Project(Strict):
    """A whole rollout project file."""

    project: ProjectInfo
    people: list[Person] = Field(default_factory=list)
    calendar: Calendar = Field(default_factory=Calendar)
    steps: dict[str, StepEntry] = Field(default_factory=dict, description="Keyed by the process's step ids.")
    gates: dict[str, GateEntry] = Field(default_factory=dict, description="Keyed by the process's phase ids.")
    evaluation: ProjectEvaluation = Field(default_factory=ProjectEvaluation)


def status_of(entry: StepEntry | None) -> Status:
    """A step's status: as given, else read from its dates (done when finished, doing when started)."""
    if entry is None:
        return "todo"
    if entry.skip is not None:
        return "skipped"
    if entry.status is not None:
        return entry.status
    return "done" if entry.finished else "doing" if entry.started else "todo"
