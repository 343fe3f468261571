"""The task list read back with openpyxl: a filterable table, a frozen header, late rows marked."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from rollout.layout.palette import contrast
from rollout.render.xlsx import _LATE_FILL, _LATE_TEXT, tasks_xlsx
from tests.project.helpers import plan


def sheet(data: bytes) -> Worksheet:
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Tehtävät"]
    found = book["Tehtävät"]
    assert isinstance(found, Worksheet)
    return found


def test_the_task_list_is_a_filterable_table_with_a_frozen_header() -> None:
    found = sheet(tasks_xlsx(plan()))
    header = [cell.value for cell in found[1]]
    assert header[:5] == ["Vaihe", "Nro", "Tehtävä", "Tekee (R)", "Hyväksyy (A)"]
    assert "Myöhässä (työpv)" in header
    assert found.freeze_panes == "D2"
    table = found.tables["Tasks"]
    assert table.ref == "A1:P9"  # the header and eight steps
    assert table.autoFilter is not None
    assert found.max_row == 9


def test_each_step_is_a_row_with_dates_people_and_state() -> None:
    found = sheet(tasks_xlsx(plan()))
    rows = {row[1]: row for row in found.iter_rows(min_row=2, values_only=True)}
    rakennus = rows["2.1"]
    assert rakennus[:5] == ("2 Toteutus", "2.1", "Rakennus", "Projektipäällikkö A", "Johtaja B")
    assert rakennus[5:10] == (
        dt.datetime(2027, 5, 25),  # planned start
        dt.datetime(2027, 6, 14),  # planned finish
        dt.datetime(2027, 5, 25),  # actual start
        None,  # not finished
        dt.datetime(2027, 6, 17),  # forecast finish: not done on the status date, the next working day
    )
    assert rakennus[10:12] == ("käynnissä", 2)
    assert rakennus[15] == "Rajapinnan testiympäristö puuttuu."
    assert rows["1.1"][13] == "Suunnitelma"  # deliverables
    assert rows["3.3"][6] is None  # a recurring step has no planned finish: it runs on


def test_late_rows_are_marked_with_readable_colours() -> None:
    found = sheet(tasks_xlsx(plan()))
    fills = {row[1].value: row[0].fill.fgColor.rgb for row in found.iter_rows(min_row=2)}
    assert fills["2.1"] == "FF" + _LATE_FILL[1:]
    assert fills["2.2"] != fills["2.1"]
    assert contrast(_LATE_TEXT[1:], _LATE_FILL[1:]) >= 7  # WCAG AAA


def test_the_same_plan_gives_the_same_bytes_and_no_clock_is_read() -> None:
    first, second = tasks_xlsx(plan()), tasks_xlsx(plan())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    book = openpyxl.load_workbook(io.BytesIO(first))
    assert book.properties.created == dt.datetime(2027, 6, 16)  # the status date
    assert book.properties.title == "Pilotti 2027: tehtävälista"
