"""Checks on a project's people: unique ids, roles of the process, one approver per role, references to people."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rollout.errors import Finding, Path
from rollout.process.suggest import did_you_mean
from rollout.project.model import Project

if TYPE_CHECKING:
    from rollout.project.checks import Context


def check_people(c: Context) -> Iterator[Finding]:
    """Person ids are unique, and each person's roles are roles of the process."""
    roles = [role.id for role in c.process.roles]
    seen: set[str] = set()
    for index, person in enumerate(c.project.people):
        if person.id in seen:
            yield Finding(("people", index, "id"), f"person id '{person.id}' is used twice", "duplicate-id")
        seen.add(person.id)
        for ref, role in enumerate(person.roles):
            if role not in roles:
                message = f"person '{person.id}' has the role '{role}', which the process does not have"
                yield Finding(("people", index, "roles", ref), message + did_you_mean(role, roles), "unknown-role")


def check_approvers(c: Context) -> Iterator[Finding]:
    """An approver approves for roles the person has, and a role has one approver at most."""
    first: dict[str, str] = {}
    for index, person in enumerate(c.project.people):
        if person.approver is True and not person.roles:
            message = f"person '{person.id}' is an approver but has no roles; list them under 'roles:'"
            yield Finding(("people", index, "approver"), message, "approver-without-role")
        listed = [] if isinstance(person.approver, bool) else person.approver
        for ref, role in enumerate(listed):
            if role not in person.roles:
                message = f"person '{person.id}' approves for the role '{role}', which is not one of their roles"
                hint = did_you_mean(role, list(person.roles)) or f"; their roles: {', '.join(person.roles) or 'none'}"
                yield Finding(("people", index, "approver", ref), message + hint, "approver-without-role")
        for role in (role for role in person.approves() if role in person.roles):
            if role in first:
                message = f"the role '{role}' has two approvers, '{first[role]}' and '{person.id}'; keep one"
                path: Path = ("people", index, "approver")
                yield Finding(path if isinstance(person.approver, bool) else (*path, listed.index(role)), message,
                              "duplicate-approver")  # fmt: skip
            first.setdefault(role, person.id)


def check_person_refs(c: Context) -> Iterator[Finding]:
    """The lead, assignees and gate deciders are people of the project."""
    refs: list[tuple[Path, str, str]] = []
    if c.project.project.lead is not None:
        refs.append((("project", "lead"), c.project.project.lead, "the project lead"))
    for key, entry in c.project.steps.items():
        refs += [(("steps", key, "assignee", i), who, f"step '{key}' assignee") for i, who in enumerate(entry.assignee)]
    for key, gate in c.project.gates.items():
        if gate.by is not None:
            refs.append((("gates", key, "by"), gate.by, f"gate '{key}' decider"))
    for path, ref, what in refs:
        if ref not in c.person_ids:
            message = f"{what} '{ref}' is not one of the people of the project{_person_hint(ref, c.project)}"
            yield Finding(path, message, "unknown-person", ref=ref)


def _person_hint(ref: str, project: Project) -> str:
    """Did-you-mean among the people's ids, also when their name was written instead of the id."""
    for person in project.people:
        if ref.replace("-", " ").casefold() == person.name.casefold():
            return f"; did you mean '{person.id}' ({person.name})?"
    hint = did_you_mean(ref, [person.id for person in project.people])
    return hint if hint or project.people else "; list the people under 'people:'"
