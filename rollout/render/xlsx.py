"""`exports/<name>-tasks.xlsx`: the task list for Excel, a filterable table with late rows marked.

Written with xlsxwriter in memory (its zip entries carry a fixed 1980 date) with the document's
created date set to the status date, so the same project gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import xlsxwriter

from rollout.layout.textfit import FONT_FAMILY, line_height, wrap
from rollout.locale import Language, label
from rollout.project.plan import Plan, StepPlan
from rollout.render.project_text import names, state

_SIZE = 10
_DATE_FORMAT = {"fi": "d.m.yyyy", "sv": "d.m.yyyy", "en": "d mmm yyyy"}  # as locale.dates writes them
_LATE_FILL = "#F8D7DA"  # light red behind dark red text: 10:1 contrast
_LATE_TEXT = "#58151C"

Cell = str | int | dt.date | None
# (label key, column width, the cell of a step)
_COLUMNS: tuple[tuple[str, float, Callable[[StepPlan, Plan], Cell]], ...] = (
    ("col_phase", 22, lambda s, p: _phase(s, p)),
    ("col_number", 6, lambda s, p: s.number),
    ("col_task", 42, lambda s, p: s.step.title),
    ("col_responsible", 26, lambda s, p: names(s.responsible)),
    ("col_accountable", 24, lambda s, p: names(s.accountable)),
    ("col_planned_start", 12, lambda s, p: s.planned.start),
    ("col_planned_finish", 12, lambda s, p: None if s.recurring else s.planned.finish),
    ("col_started", 12, lambda s, p: s.started),
    ("col_finished", 12, lambda s, p: s.finished),
    ("col_forecast_finish", 12, lambda s, p: None if s.recurring or not s.open else s.forecast.finish),
    ("col_status", 13, lambda s, p: _state(s, p.language)),
    ("col_late", 10, lambda s, p: s.late_days or None),
    ("col_slack", 10, lambda s, p: s.slack),
    ("col_deliverables", 32, lambda s, p: "\n".join(s.step.deliverables)),
    ("col_checklist", 48, lambda s, p: "\n".join(f"☐ {item}" for item in s.step.checklist)),
    ("col_note", 40, lambda s, p: _note(s)),
)


def tasks_xlsx(plan: Plan) -> bytes:
    """The task list as an Excel workbook."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    lang = plan.language
    created = dt.datetime.combine(plan.as_of or plan.start, dt.time(), tzinfo=dt.UTC)
    title = label("tasks_title", lang, title=plan.project.project.title)
    workbook.set_properties({"title": title, "created": created, "author": "", "comments": ""})
    sheet = workbook.add_worksheet(label("tasks_sheet", lang)[:31])
    formats = _formats(workbook, lang)
    steps = list(plan.steps.values())
    for row, step in enumerate(steps, start=1):
        late = "late" if step.late_days else ""
        cells = [cell(step, plan) for _, _, cell in _COLUMNS]
        for col, value in enumerate(cells):
            _write(sheet, row, col, value, formats, late)
        sheet.set_row(row, _height(cells))
    columns = [{"header": label(key, lang), "header_format": formats["header"]} for key, _, _ in _COLUMNS]
    table = {"columns": columns, "name": "Tasks", "style": "Table Style Light 15", "autofilter": True}
    sheet.add_table(0, 0, len(steps), len(_COLUMNS) - 1, table)
    for col, (_, width, _) in enumerate(_COLUMNS):
        sheet.set_column(col, col, width, formats["text"])
    sheet.freeze_panes(1, 3)  # the header row and the phase, number and task columns stay in view
    _print_setup(sheet)
    workbook.close()
    return buffer.getvalue()


def _height(cells: list[Cell]) -> float:
    """A row's height in points for its longest wrapped text (programs do not size rows of a new file)."""
    lines = 1
    for (_, width, _), value in zip(_COLUMNS, cells, strict=True):
        if isinstance(value, str) and value:
            usable = (int(width * 7 + 5) - 8) * 0.75  # Excel's column width in points, less the cell padding
            lines = max(lines, sum(len(wrap(part, usable, _SIZE)) for part in value.split("\n")))
    return round(lines * line_height(_SIZE) + 4, 1)


def _print_setup(sheet: Any) -> None:
    """Printed: landscape A4, one page wide, the header row on every page."""
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _formats(workbook: Any, lang: Language) -> dict[str, Any]:
    """Cell formats: text wraps at the top of the cell; dates in the language's order; late rows filled."""
    base = {"valign": "top", "text_wrap": True, "font_name": FONT_FAMILY, "font_size": _SIZE}
    late = {"bg_color": _LATE_FILL, "font_color": _LATE_TEXT}
    date = {"num_format": _DATE_FORMAT[lang]}
    return {
        "header": workbook.add_format(base | {"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF"}),
        "text": workbook.add_format(base),
        "date": workbook.add_format(base | date),
        "number": workbook.add_format(base | {"text_wrap": False}),
        "late-text": workbook.add_format(base | late),
        "late-date": workbook.add_format(base | date | late),
        "late-number": workbook.add_format(base | late | {"bold": True, "text_wrap": False}),
    }


def _write(sheet: Any, row: int, col: int, value: Cell, formats: dict[str, Any], late: str) -> None:
    """One cell: dates as Excel dates, numbers as numbers, the rest as text (2.10 stays 2.10)."""
    prefix = f"{late}-" if late else ""
    if isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), formats[prefix + "date"])
    elif isinstance(value, int):
        sheet.write_number(row, col, value, formats[prefix + "number"])
    elif value:
        sheet.write_string(row, col, value, formats[prefix + "text"])
    else:
        sheet.write_blank(row, col, None, formats[prefix + "text"])


def _phase(step: StepPlan, plan: Plan) -> str:
    phase = next(phase for phase in plan.process.phases if phase.id == step.step.phase)
    return f"{plan.process.phases.index(phase) + 1} {phase.name}"


def _state(step: StepPlan, lang: Language) -> str:
    words = state(step, lang)
    return f"{words}, {label('tasks_runs_on', lang)}" if step.recurring and step.status == "doing" else words


def _note(step: StepPlan) -> str:
    entry = step.entry
    return "\n".join(text for text in (entry.skip, entry.note) if text) if entry else ""
