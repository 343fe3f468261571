"""A project's metrics as native PowerPoint line charts: the measurements against the agreed target.

One slide per metric with numeric measurements: an editable chart (its data in the embedded
workbook, as PowerPoint keeps it) beside what the process says of the metric and the latest value.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import cast

from lxml import etree
from pptx.chart.chart import Chart
from pptx.chart.data import ChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE
from pptx.oxml.ns import qn
from pptx.parts.chart import ChartPart
from pptx.shapes.graphfrm import GraphicFrame
from pptx.slide import Slide
from pptx.util import Pt

from rollout.layout import palette
from rollout.layout.flow import SMALL_SIZE, Para
from rollout.layout.geometry import Rect
from rollout.process.model import Metric
from rollout.project.model import Measurement
from rollout.render.deck_base import DeckBuilder, fit_column, number_text
from rollout.render.deck_dated import dated, day
from rollout.render.deck_grid import BODY_H, BODY_TOP, COL_GAP, CONTENT_W, MARGIN_X, emu
from rollout.render.pptx_common import FIXED_TIME, rgb

CHART_W = CONTENT_W * 0.62
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def numeric(measurements: list[Measurement]) -> list[tuple[dt.date, float]]:
    """The measurements that are numbers, by date (a later one of the same day wins)."""
    found = {m.date: float(m.value) for m in measurements if isinstance(m.value, int | float)}
    return sorted(found.items())


def chart_slides(deck: DeckBuilder) -> None:
    """A slide per metric that has numeric measurements: its chart and its facts."""
    evaluation = dated(deck).plan.project.evaluation
    for metric in deck.process.evaluation.metrics:
        points = numeric([m for m in evaluation.measurements if m.metric == metric.name])
        if not points:
            continue
        target = next((t.value for t in evaluation.targets if t.metric == metric.name), None)
        notes = "\n\n".join(
            (deck.t("notes_say", text=deck.t("dd_say_chart")), deck.t("notes_ask", text=deck.t("dd_ask_chart")))
        )
        slide = deck.new_slide(deck.t("dd_chart_title", name=metric.name), notes)
        rect = emu(Rect(MARGIN_X, BODY_TOP, CHART_W, BODY_H))
        # python-pptx returns the graphic frame that holds the chart (its annotation says the chart)
        added: object = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, *rect, _data(deck, points, target))
        frame = cast(GraphicFrame, added)
        frame.name = f"Chart {metric.name}"
        _style(frame.chart, deck)
        _date_ticks(frame.chart, points[0][0], points[-1][0])
        _stabilise(frame.chart)
        _facts(deck, slide, metric, points, target)


def _data(deck: DeckBuilder, points: list[tuple[dt.date, float]], target: float | None) -> ChartData:
    """Dates as categories; the measurements, and the target as a flat line beside them."""
    data = ChartData(number_format="General")
    data.categories = [when for when, _ in points]
    data.categories.number_format = "d.m.yyyy" if deck.lang != "en" else "d mmm yyyy"
    data.add_series(deck.t("dd_chart_measured"), [value for _, value in points])
    if target is not None:
        data.add_series(deck.t("dd_chart_target"), [target] * len(points))
    return data


def _style(chart: Chart, deck: DeckBuilder) -> None:
    """Legend under the plot, readable sizes, the target dashed in another colour: never colour alone."""
    chart.has_title = False  # the slide's title names the metric
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.font.size = Pt(SMALL_SIZE)
    chart.font.name = deck.style.font
    colours = (palette.HEADING_TEXT, palette.CRITICAL)
    markers = (XL_MARKER_STYLE.CIRCLE, XL_MARKER_STYLE.DASH)
    for index, series in enumerate(chart.plots[0].series):
        series.smooth = False
        series.format.line.color.rgb = rgb(colours[index])
        series.format.line.width = Pt(2.25)
        series.marker.style = markers[index]
        if index == 0:
            series.marker.size = 8
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = rgb(colours[index])
        else:  # dashed, and a dash at each point: a lone measurement still shows its target
            series.format.line.dash_style = MSO_LINE.DASH
            series.marker.size = 12
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = rgb(colours[index])
            series.marker.format.line.color.rgb = rgb(colours[index])


def _date_ticks(chart: Chart, first: dt.date, last: dt.date) -> None:
    """A label a week or a month apart on the date axis, not one every few days."""
    axis = chart._chartSpace.find(".//" + qn("c:dateAx"))
    base = axis.find(qn("c:baseTimeUnit")) if axis is not None else None
    if base is None:
        return
    months = (last - first).days > 62
    unit, every = ("months", max(1, (last - first).days // 240)) if months else ("days", 7)
    base.addnext(etree.fromstring(f'<c:majorTimeUnit xmlns:c="{_C}" val="{unit}"/>'))
    base.addnext(etree.fromstring(f'<c:majorUnit xmlns:c="{_C}" val="{every}"/>'))


_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def _stabilise(chart: Chart) -> None:
    """The chart's embedded workbook without the clock: the same data gives the same bytes."""
    workbook = cast(ChartPart, chart.part).chart_workbook
    blob = workbook.xlsx_part.blob if workbook.xlsx_part is not None else None
    if blob is None:
        return
    fixed = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", fixed, data)
            member = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, data)
    workbook.update_from_xlsx_blob(out.getvalue())


def _facts(
    deck: DeckBuilder, slide: Slide, metric: Metric, points: list[tuple[dt.date, float]], target: float | None
) -> None:
    """Beside the chart: the latest value, the target as agreed and as the process words it, the source."""
    when, value = points[-1]
    lines = [Para(deck.t("dd_chart_latest", value=number_text(value, deck.lang), date=day(deck, when)), bold=True)]
    if target is not None:
        lines.append(Para(deck.t("dd_chart_agreed", value=number_text(target, deck.lang))))
    if metric.target:
        lines.append(Para(deck.t("dd_chart_process_target", text=metric.target)))
    if metric.baseline:
        lines.append(Para(deck.t("dd_chart_baseline", text=metric.baseline)))
    if metric.source:
        lines.append(Para(deck.t("dd_chart_source", text=metric.source), SMALL_SIZE, color=palette.MUTED_TEXT))
    notes = [m.note for m in dated(deck).plan.project.evaluation.measurements if m.metric == metric.name and m.note]
    lines += [Para(" ".join(note.split()), SMALL_SIZE) for note in notes[-1:]]
    rect = Rect(MARGIN_X + CHART_W + COL_GAP, BODY_TOP, CONTENT_W - CHART_W - COL_GAP, BODY_H)
    box = slide.shapes.add_textbox(*emu(rect))
    box.name = "Metric"
    deck.write(box.text_frame, fit_column(lines, rect))
