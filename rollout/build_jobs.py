"""A build's jobs: load and lay out (or plan) each source, then render every output to bytes."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rollout.build_options import LAID_OUT, BuildOptions, BuildResult, Progress, note
from rollout.errors import BuildError, Issue, RolloutError, Severity
from rollout.sources import Source
from rollout.workers import WorkerLost, run_forked

if TYPE_CHECKING:
    from rollout.layout.geometry import Layout
    from rollout.process.load import Loaded
    from rollout.process.model import Process
    from rollout.project.plan import Plan


@dataclass(frozen=True)
class Job:
    """One output to render: its kind, for a loaded process (laid out) or project (planned)."""

    source: Source
    kind: str
    process: Process
    layout: Layout | None = None  # a process's swimlane (for a project: of the process it follows)
    plan: Plan | None = None  # a project's plan
    status: Layout | None = None  # a project's status swimlane


def prepare(source: Source, kinds: list[str], result: BuildResult, jobs: int = 1) -> list[Job]:
    """Load one source (errors raise RolloutError): lay out a process (`jobs` pages at once), plan a project."""
    if source.type == "project":
        return _prepare_project(source, kinds, result, jobs)
    from rollout.layout.gates import report
    from rollout.layout.swimlane import layout_process
    from rollout.process.load import load_text
    from rollout.process.source import read_text

    loaded = load_text(read_text(source.data, str(source.path)), str(source.path))
    result.warnings += loaded.warnings
    result.warnings += _dictionary_warning(source, loaded.process, result.warnings)
    layout = _laid_out(functools.partial(layout_process, jobs=jobs), loaded, str(source.path))
    gates = report(layout)
    result.reports[str(source.path)] = gates
    result.report_lines.append(_report_line(source.path, gates))
    result.gate_failures += 0 if gates["passed"] else 1
    return [Job(source, kind, loaded.process, layout=layout) for kind in kinds]


NO_DICTIONARY = "no-finnish-dictionary"


def _dictionary_warning(source: Source, process: Process, found: list[Issue]) -> list[Issue]:
    """Once a build: Finnish words will break between syllables only, as Voikko is not installed."""
    from rollout.layout.hyphenate import finnish_dictionary

    if process.process.language != "fi" or any(w.code == NO_DICTIONARY for w in found) or finnish_dictionary():
        return []
    message = (
        "Voikko's Finnish dictionary is not installed, so long Finnish words break between syllables only, "
        "not at the seams of compounds; install libvoikko1 and voikko-fi (scripts/setup.sh does it)"
    )
    return [Issue(str(source.path), 1, 1, message, NO_DICTIONARY, Severity.WARNING)]


def _prepare_project(source: Source, kinds: list[str], result: BuildResult, jobs: int) -> list[Job]:
    """Load and plan one project file with the process it follows (as of its own status date)."""
    from rollout.process.source import read_text
    from rollout.project.load import load_project_text

    text = read_text(source.data, str(source.path))
    loaded = load_project_text(text, str(source.path), folder=source.path.parent, process_data=source.process_data)
    result.warnings += loaded.warnings
    result.report_lines.append(_plan_line(source.path, loaded.plan))
    layout = status = None
    if any(kind in LAID_OUT for kind in kinds):
        result.warnings += _dictionary_warning(source, loaded.process.process, result.warnings)
        from rollout.layout.swimlane import layout_process
        from rollout.project.report import status_day
        from rollout.project.status_layout import status_layout

        layout = _laid_out(functools.partial(layout_process, jobs=jobs), loaded.process, loaded.process_file)
        status = status_layout(loaded.plan, layout, status_day(loaded.plan))
    return [Job(source, kind, loaded.process.process, layout, loaded.plan, status) for kind in kinds]


def _laid_out(lay_out: Callable[[Process], Layout], loaded: Loaded, file: str) -> Layout:
    """The swimlane of a process; a step that no slide can hold is an error at its label (or title)."""
    from rollout.layout.pages import PageOverflow

    try:
        return lay_out(loaded.process)
    except WorkerLost as exc:  # a page's worker killed from outside
        raise BuildError(str(exc)) from None
    except PageOverflow as exc:
        steps = [step.id for step in loaded.process.steps]
        where: tuple[int, int] = (1, 1)
        if exc.step_id in steps:
            index = steps.index(exc.step_id)
            field = "label" if loaded.process.steps[index].label else "title"
            where = loaded.document.locate(("steps", index, field))
        raise RolloutError([Issue(file, *where, str(exc), "swimlane-overflow")]) from None


def _plan_line(path: Path, plan: Plan) -> str:
    """One line on a planned project: its steps, what is late, the forecast go-live."""
    late = sum(1 for step in plan.steps.values() if step.late_days)
    go_live = plan.go_live
    when = f"go-live forecast {go_live.forecast.isoformat()}" if go_live else f"ends {plan.forecast_finish.isoformat()}"
    target = f" (target {go_live.target.isoformat()})" if go_live and go_live.target else ""
    as_of = f" as of {plan.as_of.isoformat()}" if plan.as_of else ""
    return f"{path}: {len(plan.steps)} steps planned{as_of}, {late} late; {when}{target}"


def render_all(jobs: list[Job], options: BuildOptions, progress: Progress | None) -> list[bytes]:
    """Render every job, on several cores when there are several jobs; results in job order.

    Workers are forked children that return bytes only and end with the build (workers.py), so a
    build that fails or is stopped, by any signal, writes nothing and leaves no worker behind.
    """

    def started(index: int) -> None:
        note(progress, f"rendering {index + 1}/{len(jobs)}: {jobs[index].source.path} {jobs[index].kind}")

    workers = min(len(jobs), options.workers)
    if workers <= 1:
        payloads = []
        for index, job in enumerate(jobs):
            started(index)
            payloads.append(_render(job, options))
        return payloads
    _preload(job.kind for job in jobs)  # imported once here, shared by every forked worker
    try:
        return run_forked([functools.partial(_render, job, options) for job in jobs], workers, started)
    except WorkerLost as exc:
        raise BuildError(str(exc)) from None


def _preload(kinds: Iterable[str]) -> None:
    """Import the renderers the jobs need, once, before the workers are forked from this process."""
    wanted = set(kinds)
    if wanted & {"swimlane-svg", "swimlane-png", "status-svg", "status-png"}:
        importlib.import_module("rollout.render.graphviz")
    if wanted & {"swimlane-pptx", "deck", "overview", "status-pptx", "people"}:
        importlib.import_module("rollout.render.slide")
        importlib.import_module("rollout.render.deck")
        importlib.import_module("rollout.render.overview")
        importlib.import_module("rollout.render.people")
    if "bpmn" in wanted:
        importlib.import_module("rollout.render.bpmn")
    if "plan-ics" in wanted:
        importlib.import_module("rollout.render.ics")
    if "tasks-xlsx" in wanted:
        importlib.import_module("rollout.render.xlsx")


def _render(job: Job, options: BuildOptions) -> bytes:
    """Render one output to bytes (renderers imported only when needed)."""
    if job.plan is not None:
        return _render_project(job, options)
    kind, layout = job.kind, job.layout
    assert layout is not None
    if kind == "swimlane-svg":
        from rollout.render.graphviz import render_svg

        return render_svg(layout)
    if kind == "swimlane-png":
        from rollout.render.graphviz import render_png

        return render_png(layout)
    if kind == "swimlane-pptx":
        from rollout.render.slide import swimlane_pptx

        return swimlane_pptx(layout, glued=options.connectors == "glued")
    if kind == "bpmn":
        from rollout.render.bpmn import render_bpmn

        return render_bpmn(job.process, layout)
    if kind == "overview":
        from rollout.render.overview import overview_pptx

        return overview_pptx(job.process, layout, options.template)
    from rollout.render.deck import deck_pptx

    return deck_pptx(job.process, layout, options.template)


def _render_project(job: Job, options: BuildOptions) -> bytes:
    """Render one output of a project's plan."""
    kind, plan, layout, status = job.kind, job.plan, job.layout, job.status
    assert plan is not None
    if kind == "plan-ics":
        from rollout.render.ics import plan_ics

        return plan_ics(plan)
    if kind == "tasks-xlsx":
        from rollout.render.xlsx import tasks_xlsx

        return tasks_xlsx(plan)
    assert layout is not None
    assert status is not None
    if kind in ("status-svg", "status-png"):
        from rollout.render.graphviz import render_png, render_svg

        return render_svg(status) if kind == "status-svg" else render_png(status)
    if kind == "status-pptx":
        from rollout.render.slide import swimlane_pptx

        return swimlane_pptx(status, glued=options.connectors == "glued")
    if kind == "people":
        from rollout.render.people import people_pptx

        return people_pptx(plan, layout, options.template)
    from rollout.render.deck import dated_deck_pptx

    return dated_deck_pptx(plan, layout, status, options.template)


def _report_line(source: Path, gates: dict[str, object]) -> str:
    pages = gates["pages"]
    assert isinstance(pages, list)
    failed = sorted({name for page in pages for name, gate in page["gates"].items() if not gate["passed"]})
    totals = {key: sum(page["metrics"][key] for page in pages) for key in ("boxes", "edges", "crossings", "bends")}
    where = f"{len(pages)} pages (split by phase)" if len(pages) > 1 else "1 slide"
    counts = ", ".join(f"{value} {key}" for key, value in totals.items())
    verdict = "all quality gates pass" if not failed else f"gates failed: {', '.join(failed)}"
    return f"{source}: swimlane on {where}; {counts}; {verdict}"
