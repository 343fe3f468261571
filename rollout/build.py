"""Incremental, atomic builds: decide what is stale, render it all in memory, then write by rename.

A source is a process file or a project file (sources.py). A manifest beside the outputs
(`.rollout-manifest.json`) records for each output the hash of its source file (and, for a project,
of the process file it follows), of the tool and of the output itself; an output whose hashes still
match is left as it is. Nothing is written until every output has rendered, and each file is
replaced by rename.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from rollout import __version__
from rollout.errors import BuildError, Issue, RolloutError, Severity
from rollout.files import locked_folders, remove_stray_temporaries, write_all_atomic
from rollout.sources import Source, read_source
from rollout.workers import WorkerLost, run_forked

if TYPE_CHECKING:
    from rollout.layout.geometry import Layout
    from rollout.process.load import Loaded
    from rollout.process.model import Process
    from rollout.project.plan import Plan

MANIFEST = ".rollout-manifest.json"
KINDS = ("swimlane-svg", "swimlane-png", "swimlane-pptx", "deck", "overview", "bpmn")  # a process file's outputs
# a project file's outputs: "deck" is its dated deck, at the same place a process's deck would be
PROJECT_KINDS = ("plan-ics", "tasks-xlsx", "status-svg", "status-png", "status-pptx", "deck", "people")
SOURCE_KINDS = {"process": KINDS, "project": PROJECT_KINDS}
CONNECTORS = ("glued", "drawn")
GROUPS = {
    "swimlane": ("swimlane-svg", "swimlane-png", "swimlane-pptx"),
    "status": ("status-svg", "status-png", "status-pptx"),
}
_LAID_OUT = ("status-svg", "status-png", "status-pptx", "deck", "people")  # a project's outputs that draw its swimlane
Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildOptions:
    """Where outputs go and which to build."""

    diagrams_dir: Path = Path("diagrams")
    exports_dir: Path = Path("exports")
    force: bool = False
    only: tuple[str, ...] = ()
    template: Path | None = None
    connectors: str = "glued"  # the swimlane slide's arrows: "glued" connectors or "drawn" lines
    jobs: int = 0  # renderers run at once; 0: one per CPU core
    report: bool = False  # lay out up-to-date files too, so that their quality gates are reported

    def kinds(self) -> tuple[str, ...]:
        """Output kinds selected by --only (all when empty); ValueError for an unknown one."""
        every = tuple(dict.fromkeys((*KINDS, *PROJECT_KINDS)))
        if not self.only:
            return every
        chosen: list[str] = []
        for name in self.only:
            expanded = GROUPS.get(name, (name,))
            unknown = [kind for kind in expanded if kind not in every]
            if unknown:
                raise ValueError(f"unknown output '{name}'; choose from {', '.join((*every, *GROUPS))}")
            chosen += [kind for kind in expanded if kind not in chosen]
        return tuple(kind for kind in every if kind in chosen)

    def kinds_of(self, source: Source) -> tuple[str, ...]:
        """The selected output kinds a source has: a process's pictures and decks, a project's plan."""
        return tuple(kind for kind in self.kinds() if kind in SOURCE_KINDS[source.type])

    def clash(self, sources: list[Path]) -> str | None:
        """Why two of these files cannot be built together (they would write the same files)."""
        writers: dict[Path, Path] = {}
        for path in sources:
            source = read_source(path)
            for kind in SOURCE_KINDS[source.type]:
                other = writers.setdefault(self.output(path, kind), path)
                if other != path:
                    return f"{other} and {path} have the same name, so their outputs would overwrite each other"
        return None

    def output(self, source: Path, kind: str) -> Path:
        """The file an output kind of a process or project file is written to."""
        name = source.stem
        return {
            "swimlane-svg": self.diagrams_dir / f"{name}-swimlane.svg",
            "swimlane-png": self.diagrams_dir / f"{name}-swimlane.png",
            "swimlane-pptx": self.exports_dir / f"{name}-swimlane.pptx",
            "deck": self.exports_dir / f"{name}-deck.pptx",
            "overview": self.exports_dir / f"{name}-overview.pptx",
            "bpmn": self.exports_dir / f"{name}.bpmn",
            "plan-ics": self.exports_dir / f"{name}-plan.ics",
            "tasks-xlsx": self.exports_dir / f"{name}-tasks.xlsx",
            "status-svg": self.diagrams_dir / f"{name}-status.svg",
            "status-png": self.diagrams_dir / f"{name}-status.png",
            "status-pptx": self.exports_dir / f"{name}-status.pptx",
            "people": self.exports_dir / f"{name}-people.pptx",
        }[kind]


@dataclass
class BuildResult:
    """What a build wrote and found."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    reports: dict[str, object] = field(default_factory=dict)
    report_lines: list[str] = field(default_factory=list)
    gate_failures: int = 0
    seconds: float = 0.0
    failed: list[Path] = field(default_factory=list)  # process files with errors: nothing of theirs written
    errors: list[Issue] = field(default_factory=list)

    def summary(self) -> str:
        """One line: what was written, what was left, how long it took."""
        files = "file" if len(self.written) == 1 else "files"
        return f"wrote {len(self.written)} {files}, {len(self.unchanged)} unchanged, in {self.seconds:.2f} s"


def run_build(
    sources: list[Path], options: BuildOptions, progress: Progress | None = None, result: BuildResult | None = None
) -> BuildResult:
    """Build every stale output of every valid source; write nothing unless all of it rendered.

    A source with errors is named in the result (with its errors) and nothing of it is written;
    the other sources are built all the same. The result given (or a new one) is filled in as the
    build goes: when the build is interrupted, its `written` says truthfully what was replaced.
    """
    started = time.perf_counter()
    result = result if result is not None else BuildResult()
    tool = tool_digest()
    jobs: list[_Job] = []
    inputs = [read_source(path) for path in sources]
    for number, source in enumerate(inputs, start=1):
        kinds = options.kinds_of(source)
        todo = [k for k in kinds if options.force or _stale_reason(source, k, options, tool) is not None]
        result.unchanged += [options.output(source.path, k) for k in kinds if k not in todo]
        if not todo and not options.report:
            continue
        _note(progress, f"[{number}/{len(inputs)}] {source.path}: checking")
        try:
            jobs += _prepare(source, todo, result)
        except RolloutError as exc:
            result.failed.append(source.path)
            result.errors += exc.issues
    payloads = _render_all(jobs, options, progress)
    pending = [
        (options.output(job.source.path, job.kind), payload, _entry(job, payload, options, tool))
        for job, payload in zip(jobs, payloads, strict=True)
    ]
    _write(pending, result, progress)
    if progress:
        progress("")
    result.seconds = time.perf_counter() - started
    return result


def _write(pending: list[tuple[Path, bytes, dict[str, str]]], result: BuildResult, progress: Progress | None) -> None:
    """Write the outputs and their manifests, with the output folders locked against other builds meanwhile.

    The manifests are read inside the lock, so that the entries another build wrote in between are kept.
    """
    if not pending:
        return
    _note(progress, f"writing {len(pending)} files")
    outputs = [path for path, _, _ in pending]

    def waiting(folder: Path) -> None:
        _note(progress, f"waiting for another build writing into {folder}")

    with locked_folders({path.parent for path in outputs}, waiting):
        for folder in {path.parent for path in outputs}:
            remove_stray_temporaries(folder)
        files = [(path, payload) for path, payload, _ in pending] + _manifests(pending)
        write_all_atomic(files, replaced_all=lambda: result.written.extend(outputs))


def find_stale(sources: list[Path], options: BuildOptions) -> list[str]:
    """A line per missing or stale output; empty when everything is current."""
    tool = tool_digest()
    lines = []
    for source in map(read_source, sources):
        for kind in options.kinds_of(source):
            reason = _stale_reason(source, kind, options, tool)
            if reason:
                lines.append(f"{options.output(source.path, kind)}: {reason}")
    return lines


@dataclass(frozen=True)
class _Job:
    """One output to render: its kind, for a loaded process (laid out) or project (planned)."""

    source: Source
    kind: str
    process: Process
    layout: Layout | None = None  # a process's swimlane (for a project: of the process it follows)
    plan: Plan | None = None  # a project's plan
    status: Layout | None = None  # a project's status swimlane


def _prepare(source: Source, kinds: list[str], result: BuildResult) -> list[_Job]:
    """Load one source (errors raise RolloutError): lay out a process, plan a project."""
    if source.type == "project":
        return _prepare_project(source, kinds, result)
    from rollout.layout.gates import report
    from rollout.layout.swimlane import layout_process
    from rollout.process.load import load_text
    from rollout.process.source import read_text

    loaded = load_text(read_text(source.data, str(source.path)), str(source.path))
    result.warnings += loaded.warnings
    result.warnings += _dictionary_warning(source, loaded.process, result.warnings)
    layout = _laid_out(layout_process, loaded, str(source.path))
    gates = report(layout)
    result.reports[str(source.path)] = gates
    result.report_lines.append(_report_line(source.path, gates))
    result.gate_failures += 0 if gates["passed"] else 1
    return [_Job(source, kind, loaded.process, layout=layout) for kind in kinds]


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


def _prepare_project(source: Source, kinds: list[str], result: BuildResult) -> list[_Job]:
    """Load and plan one project file with the process it follows (as of its own status date)."""
    from rollout.process.source import read_text
    from rollout.project.load import load_project_text

    text = read_text(source.data, str(source.path))
    loaded = load_project_text(text, str(source.path), folder=source.path.parent, process_data=source.process_data)
    result.warnings += loaded.warnings
    result.report_lines.append(_plan_line(source.path, loaded.plan))
    layout = status = None
    if any(kind in _LAID_OUT for kind in kinds):
        result.warnings += _dictionary_warning(source, loaded.process.process, result.warnings)
        from rollout.layout.swimlane import layout_process
        from rollout.project.report import status_day
        from rollout.project.status_layout import status_layout

        layout = _laid_out(layout_process, loaded.process, loaded.process_file)
        status = status_layout(loaded.plan, layout, status_day(loaded.plan))
    return [_Job(source, kind, loaded.process.process, layout, loaded.plan, status) for kind in kinds]


def _laid_out(lay_out: Callable[[Process], Layout], loaded: Loaded, file: str) -> Layout:
    """The swimlane of a process; a step that no slide can hold is an error at its label (or title)."""
    from rollout.layout.pages import PageOverflow

    try:
        return lay_out(loaded.process)
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


def _render_all(jobs: list[_Job], options: BuildOptions, progress: Progress | None) -> list[bytes]:
    """Render every job, on several cores when there are several jobs; results in job order.

    Workers are forked children that return bytes only and end with the build (workers.py), so a
    build that fails or is stopped, by any signal, writes nothing and leaves no worker behind.
    """

    def started(index: int) -> None:
        _note(progress, f"rendering {index + 1}/{len(jobs)}: {jobs[index].source.path} {jobs[index].kind}")

    workers = min(len(jobs), options.jobs or os.cpu_count() or 1)
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


def _render(job: _Job, options: BuildOptions) -> bytes:
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


def _render_project(job: _Job, options: BuildOptions) -> bytes:
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


def _stale_reason(source: Source, kind: str, options: BuildOptions, tool: str) -> str | None:
    """Why an output must be rebuilt, or None when it is current."""
    path = options.output(source.path, kind)
    entry = _manifest(path.parent).get(path.name)
    if not path.exists():
        return "missing"
    if entry is None:
        return "not built by rollout (no manifest entry)"
    if entry.get("input") != _digest(source.data):
        return f"stale ({source.path} changed)"
    if entry.get("process") != _process_digest(source):
        return f"stale ({source.process or 'its process file'} changed)"
    if entry.get("tool") != tool:
        return "stale (rollout changed)"
    if entry.get("template") != _template_digest(kind, options):
        return "stale (template changed)"
    if entry.get("settings", "") != _settings(kind, options):
        return "stale (built with other options)"
    if entry.get("output") != _digest(path.read_bytes()):
        return "modified since it was built"
    return None


def _entry(job: _Job, payload: bytes, options: BuildOptions, tool: str) -> dict[str, str]:
    """The manifest entry of a written output: what it was built from, and with what."""
    entry = {
        "input": _digest(job.source.data),
        "tool": tool,
        "output": _digest(payload),
        "template": _template_digest(job.kind, options),
        "settings": _settings(job.kind, options),
    }
    if job.source.type == "project":
        entry["process"] = _process_digest(job.source) or ""
    return entry


def _process_digest(source: Source) -> str | None:
    """For a project, the hash of the process file it follows (a changed process makes its outputs stale)."""
    if source.type != "project":
        return None
    return _digest(source.process_data) if source.process_data is not None else "unreadable"


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _manifests(written: list[tuple[Path, bytes, dict[str, str]]]) -> list[tuple[Path, bytes]]:
    """The updated manifest of each output folder (renamed into place last)."""
    by_folder: dict[Path, dict[str, dict[str, str]]] = {}
    for path, _, entry in written:
        manifest = by_folder.setdefault(path.parent, _manifest(path.parent))
        manifest[path.name] = entry
    return [
        (folder / MANIFEST, (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8"))
        for folder, manifest in sorted(by_folder.items())
    ]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _settings(kind: str, options: BuildOptions) -> str:
    """The options an output was built with, where they are not the defaults."""
    drawn = kind in ("swimlane-pptx", "status-pptx") and options.connectors != "glued"
    return f"connectors={options.connectors}" if drawn else ""


def _template_digest(kind: str, options: BuildOptions) -> str:
    if kind not in ("deck", "overview", "people") or options.template is None:
        return ""
    try:
        return _digest(options.template.read_bytes())
    except OSError as exc:
        raise BuildError(f"{options.template}: cannot read template ({exc.strerror})") from None


def tool_digest() -> str:
    """Version plus a hash of the package's own files: any change to the tool makes outputs stale."""
    digest = hashlib.sha256(__version__.encode())
    root = resources.files("rollout")
    for path in sorted(_package_files(Path(str(root)))):
        digest.update(path.relative_to(Path(str(root))).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _package_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".ttf") and "__pycache__" not in p.parts]


def _note(progress: Progress | None, message: str) -> None:
    if progress:
        progress(message)
