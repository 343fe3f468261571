"""The `rollout` command line: the only place that prints, exits and decides what to write."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from rollout.cli_input import build_options, chosen_files, day_option, file_kind, output_paths
from rollout.cli_options import (
    BuildOnly,
    CheckOnly,
    ConfigFlag,
    Connectors,
    DiagramsDir,
    ExportsDir,
    Force,
    Jobs,
    LanguageOpt,
    NewPath,
    PathsArg,
    ProcessOpt,
    Quiet,
    Report,
    Strict,
    Template,
)
from rollout.cli_output import (
    count,
    interrupted,
    offer_config,
    print_build,
    print_failure,
    print_issues,
    progress,
    remember_template,
    settings,
)
from rollout.errors import BuildError, Issue, RolloutError, capped

# No pydantic plugins are looked for (an entry-point scan of every installed package at the
# first model): rollout has none, and `rollout validate` should answer at once.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

if TYPE_CHECKING:
    from rollout.locale import Language

app = typer.Typer(
    help=(
        "Turn a rollout process written in YAML (processes/*.yaml) into a one-slide swimlane "
        "(SVG, PNG, PowerPoint) and a step-by-step slide deck, and run real rollouts of it as "
        "projects (projects/*.yaml) with dates, people and progress.\n\n"
        "Start with 'rollout validate' after editing a file, then 'rollout build'."
    ),
    epilog=(
        "\b\nExamples:\n"
        "  rollout validate                        check every processes/*.yaml and projects/*.yaml\n"
        "  rollout validate processes/omaolo.yaml  check one file\n"
        "  rollout build                           rebuild what changed into diagrams/ and exports/\n"
        "  rollout check                           name the outputs that need a rebuild (for CI)\n"
        "  rollout new processes/uusi.yaml         write a starter process file to fill in\n"
        "  rollout import kaavio.bpmn              a starting process file from a BPMN diagram\n"
        "  rollout status projects/NAME.yaml       where a project is: what is late, what comes next"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.command(short_help="Check process and project files; list every mistake with file:line:column.")
def validate(
    paths: PathsArg = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings (a late step too) as errors.")] = False,
) -> None:
    """Check process and project files and list every mistake, one per line, with file:line:column.

    A project file is checked against the process file it follows; its late steps are warnings.
    Exit code 0 when every file is valid, 1 when a file has errors (or warnings with
    --strict), 2 when the command itself was used wrongly.
    """
    settings()
    failed = False
    for path in chosen_files(paths):
        try:
            counts, warnings = _validate_one(path)
        except RolloutError as exc:
            print_issues(exc.issues)
            failed = True
            continue
        print_issues(capped(warnings))
        failed = failed or (strict and bool(warnings))
        if warnings:
            counts += f", {count(len(warnings), 'warning')}"
        verdict = "fails with --strict" if strict and warnings else "ok"
        typer.echo(f"{path}: {verdict} ({counts})")
    if failed:
        raise typer.Exit(1)


def _validate_one(path: Path) -> tuple[str, tuple[Issue, ...]]:
    """Load a process or project file: what it holds, in a few words, and its warnings."""
    if file_kind(path) == "project":
        from rollout.project.load import load_project

        project = load_project(path, str(path))
        late = sum(1 for step in project.plan.steps.values() if step.late_days)
        return f"{count(len(project.plan.steps), 'step')} planned, {late} late", project.warnings
    from rollout.process.load import load_process

    loaded = load_process(path, str(path))
    p = loaded.process
    counts = ((len(p.phases), "phase"), (len(p.roles), "role"), (len(p.steps), "step"))
    return ", ".join(count(n, word) for n, word in counts), loaded.warnings


@app.command(short_help="Print the JSON Schema of process or project files (for editors).")
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of printing.")
    ] = None,
    project: Annotated[bool, typer.Option("--project", help="The schema of project files instead.")] = False,
) -> None:
    """Print the JSON Schema of the process (or --project) file format (for editor autocompletion)."""
    if project:
        from rollout.project.schema import schema_text
    else:
        from rollout.process.schema import schema_text

    text = schema_text()
    if output is None:
        sys.stdout.write(text)
        return
    from rollout.files import write_atomic

    try:
        write_atomic(output, text.encode("utf-8"))
    except BuildError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


@app.command(short_help="Write the swimlanes, decks and BPMN of processes, the calendars and task lists of projects.")
def build(
    paths: PathsArg = None,
    diagrams_dir: DiagramsDir = None,
    exports_dir: ExportsDir = None,
    force: Force = False,
    only: BuildOnly = None,
    connectors: Connectors = None,
    template: Template = None,
    report: Report = False,
    quiet: Quiet = False,
    strict: Strict = False,
    jobs: Jobs = 0,
) -> None:
    """Build the swimlanes, decks and BPMN of process files, and the calendars and task lists of projects.

    A process gives the swimlane pictures, the swimlane slide, the decks and the BPMN file; a project
    its calendar (ICS) and task list (XLSX). Only outputs whose source file (or the tool, or a
    project's process file) changed are rewritten. Every file is written to a temporary name first,
    so a failed build leaves earlier outputs untouched. A file with errors is named and not built;
    the others are built. Settings not given here come from rollout.toml.
    """
    # First, before the slow imports: a termination at any point ends the build cleanly.
    signal.signal(signal.SIGTERM, _interrupt)
    sys.unraisablehook = _unraisable
    config = settings()
    written: list[Path] = []  # filled in once every output is in place, before a held Ctrl-C is raised
    try:
        from rollout.build import BuildResult, run_build

        options = build_options(config, diagrams_dir, exports_dir, only, connectors, template)
        options = replace(options, force=force, jobs=jobs, report=report)
        show = None if quiet or not sys.stderr.isatty() else progress
        result = run_build(output_paths(paths, options), options, show, BuildResult(written=written))
    except KeyboardInterrupt as exc:
        typer.echo(interrupted(written), err=True)
        raise typer.Exit(128 + getattr(exc, "signum", signal.SIGINT)) from None
    except (RolloutError, BuildError) as exc:
        print_failure(exc)
        raise typer.Exit(1) from None
    remember_template(config, template, result.failed)
    print_build(result, report, quiet)
    if result.failed or (strict and (result.gate_failures or result.warnings)):
        raise typer.Exit(1)


@app.command(short_help="Name every output that is missing or out of date (for CI).")
def check(
    paths: PathsArg = None,
    diagrams_dir: DiagramsDir = None,
    exports_dir: ExportsDir = None,
    only: CheckOnly = None,
    connectors: Connectors = None,
    template: Template = None,
) -> None:
    """Check that every output is present and current, without writing anything (for CI).

    Exit code 0 when all outputs are current, 1 when one is missing or stale (each is named).
    Settings not given here come from rollout.toml, as for build.
    """
    from rollout.build import find_stale

    options = build_options(settings(), diagrams_dir, exports_dir, only, connectors, template)
    try:
        stale = find_stale(output_paths(paths, options), options)
    except BuildError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    for line in stale:
        typer.echo(line, err=True)
    if stale:
        typer.echo("run 'rollout build' and commit the result (save it in the repository)", err=True)
        raise typer.Exit(1)
    typer.echo("all outputs are current")


@app.command("import", short_help="Write a starting process file from a BPMN 2.0 diagram.")
def import_(
    source: Annotated[Path, typer.Argument(metavar="FILE.bpmn", help="The BPMN diagram to read.", show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE.yaml", help="Where to write it. Default: processes/<name>.yaml."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the file if it exists.")] = False,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            metavar="fi|sv|en",
            show_default=False,
            help="Language of the diagram, if it does not say. Default: language in rollout.toml, else fi.",
        ),
    ] = None,
) -> None:
    """Write a starting process file from a BPMN diagram: lanes become roles, tasks steps, flows dependencies.

    What BPMN cannot say (who approves, checklists) is marked TODO in the file; what was left out is
    listed as warnings. Exit code 0 when the file was written, 1 when the diagram could not be read.
    """
    from rollout.files import write_atomic
    from rollout.importer import import_bpmn

    language = language or settings().language
    if language not in ("fi", "sv", "en"):
        raise typer.BadParameter(f"'{language}' is not fi, sv or en", param_hint="--language")
    target = output or Path("processes") / f"{source.stem}.yaml"
    try:
        data = source.read_bytes()
    except OSError as exc:
        typer.echo(f"error: cannot read {source}: {exc.strerror}", err=True)
        raise typer.Exit(1) from None
    if target.exists() and not force:
        typer.echo(f"error: {target} exists; give --force to overwrite it, or -o to write elsewhere", err=True)
        raise typer.Exit(1)
    try:
        imported = import_bpmn(data, str(source), target.stem, str(target), language)  # type: ignore[arg-type]
        write_atomic(target, imported.text.encode("utf-8"))
    except RolloutError as exc:
        print_issues(exc.issues)
        raise typer.Exit(1) from None
    except BuildError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    print_issues(imported.warnings)
    roles, phases, steps = imported.counts
    counts = f"{count(roles, 'role')}, {count(phases, 'phase')}, {count(steps, 'step')}"
    typer.echo(f"wrote {target} ({counts}); complete the places marked TODO, then run 'rollout validate'")


@app.command(short_help="Write a commented starter process or project file to fill in.")
def new(
    path: NewPath,
    language: LanguageOpt = None,
    process: ProcessOpt = None,
    write_config: ConfigFlag = None,
) -> None:
    """Write a starter process file (2 phases, 3 roles, 3 steps), or with --process a project file.

    Both validate and build as they are. The process file's comments explain ids, lists, quotes,
    text over several lines and the RACI rules; the project file names a person for every role of
    its process and shows how progress is written. Nothing is overwritten: an existing file is a
    usage error (exit 2).
    """
    from rollout.config import LANGUAGES, language_of
    from rollout.starter import StarterError

    config = settings()
    chosen = language_of(language) if language else None
    if language and chosen is None:
        raise typer.BadParameter(f"'{language}' is not one of {', '.join(LANGUAGES)}", param_hint="--language")
    if process is None and path.parent.name == "projects":
        raise typer.BadParameter(
            "a project file follows a process: add --process processes/NAME.yaml", param_hint="--process"
        )
    try:
        written = _write_new(path, chosen or (None if process else config.language), process)
    except StarterError as exc:
        raise typer.BadParameter(str(exc), param_hint="FILE.yaml") from None
    except RolloutError as exc:
        print_issues(exc.issues)
        typer.echo(f"error: {process} has errors; fix them first (rollout validate {process})", err=True)
        raise typer.Exit(1) from None
    except BuildError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    for file in written[:-1]:
        typer.echo(f"wrote {file} (the editor's list of keys; see the first line of {path})")
    what = "a person for each role of the process" if process else "2 phases, 3 roles, 3 steps"
    typer.echo(f"wrote {path}: {what}; fill it in, then run: rollout validate {path}")
    if not config.found:
        offer_config(write_config, chosen or config.language)


def _write_new(path: Path, language: Language | None, process: Path | None) -> list[Path]:
    """Write the starter file (a project's when it follows a process); the files written."""
    if process is not None:
        from rollout.starter_project import new_project

        return new_project(path, process, language, dt.date.today())  # the start: the coming week
    from rollout.starter import new_process

    return new_process(path, language or "fi")


@app.command(short_help="Print where a project is: its phase, go-live, what is late, what comes next and who does it.")
def status(
    project: Annotated[Path, typer.Argument(metavar="PROJECT.yaml", help="The project file, e.g. projects/x.yaml.")],
    person: Annotated[
        str | None,
        typer.Option("--person", metavar="NAME", help="Print one person's to-do list (a name or an id of 'people:')."),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            metavar="YYYY-MM-DD",
            help="Give the status as of this day (default: as_of in the file, else today).",
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", metavar="text|json", help="'json' for scripts; dates as YYYY-MM-DD.")
    ] = "text",
) -> None:
    """Print a project's state for its lead, in the project's language.

    The current phase and its progress, the forecast go-live against the target, the late steps
    (how late, who does them), the blocked steps with their notes, what each person has under way in
    the next two weeks, and the next decision with what it still waits for.
    """
    from rollout.project.load import load_project

    day = day_option(today)
    if output_format not in ("text", "json"):
        raise typer.BadParameter(f"'{output_format}' is not text or json", param_hint="--format")
    if file_kind(project) != "project":
        raise typer.BadParameter(
            f"{project} is not a project file (it has no 'project:' key)", param_hint="PROJECT.yaml"
        )
    try:
        loaded = load_project(project, str(project), as_of=day, fallback=dt.date.today())
    except RolloutError as exc:
        print_issues(exc.issues)
        raise typer.Exit(1) from None
    print_issues([w for w in loaded.warnings if w.code != "late-step"])  # late steps are in the status itself
    from rollout.render.status import status_output

    width, colour = _terminal()
    try:
        text = status_output(loaded.plan, person, output_format == "json", width, colour)
    except LookupError as exc:
        raise typer.BadParameter(str(exc), param_hint="--person") from None
    typer.echo(text, nl=False)


def _terminal() -> tuple[int, bool]:
    """Width to lay the text out to, and whether to colour it: a terminal's own, else 100 columns, plain."""
    if not sys.stdout.isatty():
        return 100, False
    return shutil.get_terminal_size((100, 24)).columns, "NO_COLOR" not in os.environ


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C; the exit code says which (128 + the signal's number)."""

    signum = signal.SIGTERM


def _interrupt(signum: int, frame: object) -> None:
    raise _Terminated


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """Ctrl-C or SIGTERM that landed in a finaliser, where Python only prints it: sent again, to stop the build."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        from rollout.workers import signal_again_soon

        signal_again_soon(getattr(unraisable.exc_value, "signum", signal.SIGINT))
        return
    sys.__unraisablehook__(unraisable)


def _version(value: bool) -> None:
    if value:
        from rollout import __version__

        typer.echo(f"rollout {__version__}")
        raise typer.Exit


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn a rollout process written in YAML into swimlanes and a slide deck."""


def main() -> None:
    """Console-script entry point.

    The process ends without Python's module teardown, which for pydantic's and networkx's
    object graphs costs about as long as validating a file; every command has finished its
    work (files renamed into place, workers stopped) before it exits.
    """
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            sys.stderr.write(exc.code + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
