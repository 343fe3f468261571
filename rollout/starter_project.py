"""`rollout new projects/NAME.yaml --process …`: a starter project file made from the process it follows.

It names a person for every role of the process, starts on the first working day of the coming
week, and shows (in comments) how progress, decisions and breaks are written, with the process's
own ids, so that it validates and builds as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from string import Template

from rollout.locale import Language
from rollout.locale.starter_project import COMMENTS, HEADER
from rollout.process.load import load_process
from rollout.process.model import Process
from rollout.starter import file_id, relative, schema_files, schema_link, write_new


def new_project(path: Path, process_file: Path, language: Language | None, today: dt.date) -> list[Path]:
    """Write a starter project file following a valid process file; RolloutError lists the process's errors."""
    ident = file_id(path)
    process = load_process(process_file, str(process_file)).process
    lang: Language = language or process.process.language
    text = project_text(path, ident, process_file, process, lang, first_working_day(today, lang))
    return write_new([*schema_files("project"), (path, text.encode("utf-8"))])


def first_working_day(today: dt.date, language: Language) -> dt.date:
    """The first working day of the coming week (a Monday, unless it is a public holiday)."""
    from rollout.project.calendar import WorkCalendar
    from rollout.project.model import Calendar

    monday = today + dt.timedelta(days=7 - today.weekday())
    calendar = WorkCalendar(Calendar(), language, monday)
    return calendar.date(calendar.index(monday))


def project_text(path: Path, ident: str, process_file: Path, process: Process, lang: Language, start: dt.date) -> str:
    """The starter project file's text."""
    c = {key: f"  # {text[lang]}" for key, text in COMMENTS.items()}
    people = [(_person_id(role.id), role) for role in process.roles]
    lead = next((pid for pid, role in people if role.id == process.process.lead_role), people[0][0])
    link = relative(process_file, path)
    lines = [
        f"# yaml-language-server: $schema={schema_link('project', path)}",
        Template(HEADER[lang]).substitute(process=link, path=path.as_posix()).rstrip(),
        "project:",
        f"  id: {ident}",
        f"  title: {_text(process.process.title)}",
        f"  process: {link}{c['process']}",
        f"  start: {start.isoformat()}{c['start']}",
        f"  # go_live: {{step: {process.steps[-1].id}, target: {_later(start, 84)}}}{c['go_live']}",
        f"  # as_of: {start.isoformat()}{c['as_of']}",
        f"  lead: {lead}{c['lead']}",
        f"people:{c['people']}",
        *(_person_line(pid, role.name, role.id, lang) for pid, role in people),
        f"# calendar:{c['calendar']}",
        "#   breaks:",
        f"#     - {{name: {COMMENTS['break'][lang]}, start: {start.year + 1}-07-05, end: {start.year + 1}-07-30}}",
        *_progress_examples(process, {role.id: pid for pid, role in people}, lead, start, lang, c),
    ]
    return "\n".join(lines) + "\n"


def _person_line(person: str, role_name: str, role: str, lang: Language) -> str:
    name = _text(f"{role_name} ({COMMENTS['name'][lang]})")
    return f"  - {{id: {person}, name: {name}, roles: [{role}]}}"


def _later(day: dt.date, days: int) -> str:
    return (day + dt.timedelta(days=days)).isoformat()


def _progress_examples(
    process: Process, people: dict[str, str], lead: str, start: dt.date, lang: Language, c: dict[str, str]
) -> list[str]:
    """Commented lines showing progress and a decision, with the process's own first steps and phase."""
    first, second = process.steps[0], process.steps[min(1, len(process.steps) - 1)]
    phase = process.phases[0]
    decider = people.get(phase.gate.decided_by, lead) if phase.gate else lead
    done = _later(start, 11)
    return [
        f"# steps:{c['steps']}",
        f"#   {first.id}: {{started: {start.isoformat()}, finished: {done}}}{c['finished']}",
        f"#   {second.id}: {{status: blocked, note: {COMMENTS['note'][lang]}}}{c['blocked']}",
        f"# gates:{c['gates']}",
        f"#   {phase.id}: {{decision: go, date: {done}, by: {decider}}}",
    ]


def _person_id(role_id: str) -> str:
    return f"{role_id[:62]}-1"


def _text(value: str) -> str:
    """A text as YAML reads it back unchanged: in double quotes, escaped as JSON (a subset of YAML)."""
    return json.dumps(value, ensure_ascii=False)
