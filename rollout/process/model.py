"""The process model: what a rollout process YAML file may say, as frozen pydantic classes."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from rollout.process.blank import blank_description, is_blank
from rollout.process.ids import ID_PATTERN, ID_RULE
from rollout.process.links import link_problem

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN),
    Field(description=f"An identifier: {ID_RULE}; for example 'koulutus-ammattilaiset'."),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_NOT_CHARACTERS = re.compile(r"[\ufffe\uffff]")  # codes XML may not hold (SVG, PowerPoint, BPMN are XML)


def _printable(value: str) -> str:
    """Reject control characters and the two non-characters: they cannot be written into SVG or PowerPoint XML."""
    found = _CONTROL.search(value)
    if found:
        raise PydanticCustomError(
            "control_character",
            "contains the control character {char} at position {at}; remove it",
            {"char": f"U+{ord(found.group()):04X}", "at": found.start() + 1},
        )
    found = _NOT_CHARACTERS.search(value)
    if found:
        raise PydanticCustomError(
            "control_character",
            "contains {char}, a code that is not a character, at position {at}; remove it",
            {"char": f"U+{ord(found.group()):04X}", "at": found.start() + 1},
        )
    return value


def _shown(value: str) -> str:
    """Reject text that shows nothing (only spaces, tabs, soft hyphens, zero-width spaces): a blank box or header."""
    if is_blank(value):
        raise PydanticCustomError(
            "blank_text",
            "the text is blank: it has only {what}; write the text to show",
            {"what": blank_description(value)},
        )
    return value


def _linkable(value: str) -> str:
    """Reject an address that cannot safely be a link in a deck (links.py says why)."""
    problem = link_problem(value)
    if problem:
        raise PydanticCustomError("bad_link", problem)
    return value


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=20_000), AfterValidator(_printable), AfterValidator(_shown)
]
ShortText = Annotated[
    str, StringConstraints(min_length=1, max_length=300), AfterValidator(_printable), AfterValidator(_shown)
]
Url = Annotated[ShortText, AfterValidator(_linkable)]
TextList = list[Text]
Language = Literal["fi", "sv", "en"]
RoleKind = Literal["internal", "partner", "customer"]


def _one_or_many(value: object) -> object:
    """Let a single role id stand for a one-item list (`accountable: toiminta`)."""
    return [value] if isinstance(value, str) else value


_ID_SCHEMA = {"type": "string", "pattern": ID_PATTERN}
IdList = Annotated[
    list[Id],
    BeforeValidator(_one_or_many),
    WithJsonSchema({"anyOf": [_ID_SCHEMA, {"type": "array", "items": _ID_SCHEMA}]}),
]


class Strict(BaseModel):
    """Base for every model: frozen, strict types, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Link(Strict):
    """A material or a source: a title and where to find it."""

    title: ShortText = Field(description="What the reader sees.")
    url: Url | None = Field(
        default=None, description="Web address, if there is one: https://, http:// or mailto:, with no spaces."
    )
    note: Text | None = Field(default=None, description="What it supports or where in it to look.")


class Context(Strict):
    """The Innokylä-style background a reader needs before starting."""

    background: Text | None = Field(default=None, description="Toimintaympäristö, lähtötilanne.")
    needs: Text | None = Field(default=None, description="Kehitystyön lähtökohtana olevat tarpeet.")
    goal: Text | None = Field(default=None, description="Tavoiteltu muutos.")
    target_group: Text | None = Field(default=None, description="Kohderyhmä.")
    conditions: Text | None = Field(default=None, description="Toimivuuden ja käyttöönoton ehdot.")
    resources: Text | None = Field(default=None, description="Resources the model needs.")
    tips: TextList = Field(default_factory=list, description="Vinkit toimintamallin soveltajille.")
    results: Text | None = Field(default=None, description="Arvioinnin tulokset.")


class ProcessInfo(Strict):
    """The process itself: who owns it, in which language, from which sources."""

    id: Id
    title: ShortText
    description: Text = Field(description="One or two sentences on what the process is.")
    language: Language = Field(description="Language of the content: fi, sv or en.")
    version: ShortText = Field(description="Version as text, e.g. '1.0' (quote it).")
    owner: ShortText = Field(description="Owning organisation or team.")
    authors: list[ShortText] = Field(default_factory=list)
    sources: list[Link] = Field(default_factory=list)
    context: Context = Field(default_factory=Context)
    lead_role: Id | None = Field(
        default=None,
        description="The role that leads the rollout project (e.g. 'omaolovastaava'); the guide deck is written "
        "for it and shows its role slide first.",
    )


class Role(Strict):
    """A swimlane: a person, team or party that does steps."""

    id: Id
    name: ShortText = Field(description="Name shown on the lane.")
    group: ShortText | None = Field(default=None, description="Team the role belongs to.")
    kind: RoleKind = Field(default="internal", description="internal, partner or customer.")
    description: Text | None = None


class Gate(Strict):
    """The decision that closes a phase."""

    decision: Text = Field(description="What is decided.")
    decided_by: Id = Field(description="Role that makes the decision.")
    criteria: TextList = Field(default_factory=list, description="What the decision rests on.")
    informed: IdList = Field(
        default_factory=list,
        description="Roles that must be told of the decision; left out, the roles that do the next phase's "
        "tasks (or, for the last phase, every role taking part in it).",
    )


class Phase(Strict):
    """A column of the swimlane: a stage of the rollout."""

    id: Id
    name: ShortText
    goal: Text | None = None
    entry_criteria: TextList = Field(default_factory=list)
    exit_criteria: TextList = Field(default_factory=list)
    gate: Gate | None = None
    typical_duration: ShortText | None = Field(default=None, description="E.g. '4–8 viikkoa'.")
    ongoing: bool = Field(default=False, description="True for a continuous phase (maintenance).")


class Raci(Strict):
    """Who is responsible, accountable, consulted and informed for a step."""

    responsible: IdList = Field(default_factory=list)
    accountable: IdList = Field(default_factory=list)
    consulted: IdList = Field(default_factory=list)
    informed: IdList = Field(default_factory=list)


def _false_as_none(value: object) -> object:
    """`recurring: false` says the same as leaving the key out."""
    return None if value is False else value


class Step(Strict):
    """A box on the swimlane: one thing a role does in a phase."""

    id: Id
    phase: Id
    title: ShortText
    label: ShortText | None = Field(
        default=None,
        description=(
            "Shorter title for the swimlane box. Long words break at their compound seams by themselves; "
            "where another seam is wanted, mark it with \\u00ad (a soft hyphen) in a double-quoted label: "
            '"Arviointi\\u00adtyöpaja".'
        ),
    )
    owner: Id = Field(description="Role whose lane the step is drawn in.")
    instructions: Text = Field(description="What to do, for someone doing it the first time.")
    why: Text | None = Field(default=None, description="Why the step matters.")
    raci: Raci = Field(default_factory=Raci)
    depends_on: IdList = Field(default_factory=list)
    inputs: TextList = Field(default_factory=list)
    deliverables: TextList = Field(default_factory=list)
    checklist: TextList = Field(default_factory=list)
    duration_weeks: Annotated[float, Field(gt=0, le=520)] | None = None
    milestone: bool = False
    recurring: Annotated[ShortText | bool | None, BeforeValidator(_false_as_none)] = Field(
        default=None,
        description="How often the step is repeated ('viikoittain', 'kuukausittain'), shown as 'Toistuu: "
        "viikoittain'; true when it recurs with no cadence to name, false (or left out) when it does not.",
    )
    inferred: bool = Field(default=False, description="True when the source is silent on it.")
    tips: TextList = Field(default_factory=list)
    pitfalls: TextList = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    notes: Text | None = Field(default=None, description="What the project lead should say.")


def _number_as_text(value: object) -> object:
    """A figure written as a number (`target: 100`) is the text of that number, as written in a project file."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


Figure = Annotated[
    ShortText,
    BeforeValidator(_number_as_text),
    WithJsonSchema({"anyOf": [{"type": "string", "minLength": 1, "maxLength": 300}, {"type": "number"}]}),
]


class Metric(Strict):
    """A figure for measuring the change."""

    name: ShortText
    target: Figure | None = Field(default=None, description="The figure aimed at: text or a number ('100', '80 %').")
    baseline: Figure | None = Field(default=None, description="The figure before the change: text or a number.")
    source: ShortText | None = Field(default=None, description="Where the figure comes from.")


class Evaluation(Strict):
    """Retrospective questions and metrics."""

    questions: TextList = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    metrics_step: Id | None = Field(
        default=None,
        description="The step where the metrics' targets and baselines are agreed; a metric without a target "
        "points to it.",
    )


class Process(Strict):
    """A whole rollout process file."""

    process: ProcessInfo
    roles: list[Role] = Field(min_length=1)
    phases: list[Phase] = Field(min_length=1)
    steps: list[Step] = Field(min_length=1)
    evaluation: Evaluation = Field(default_factory=Evaluation)
