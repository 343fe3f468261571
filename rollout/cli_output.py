"""What the command line prints: issues, build results, progress; and its side of rollout.toml."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from rollout.errors import BuildError, Issue, RolloutError, Severity, capped

if TYPE_CHECKING:
    from rollout.build import BuildResult
    from rollout.config import Config
    from rollout.locale import Language


def count(n: int, word: str) -> str:
    """'1 role', '2 roles'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def print_issues(issues: Iterable[Issue]) -> None:
    for issue in issues:
        typer.echo(issue.format(), err=True)


def settings() -> Config:
    """rollout.toml's settings; its mistakes are printed and end the command (exit 2)."""
    from rollout.config import load_config

    try:
        return load_config()
    except RolloutError as exc:
        print_issues(exc.issues)
        raise typer.Exit(2) from None


def remember_template(config: Config, template: Path | None, failed: list[Path]) -> None:
    """Save a template first given on the command line in rollout.toml, so later builds and checks use it."""
    if template is None or failed:
        return
    if config.template is not None and config.template != template:
        typer.echo(
            f"note: this build used {template}, not rollout.toml's template {config.template}; "
            "rollout check compares with rollout.toml's",
            err=True,
        )
        return
    if config.template is None:
        from rollout.config import CONFIG_FILE, save_template

        try:
            save_template(template)
        except BuildError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        typer.echo(
            f'saved template = "{template.as_posix()}" in {CONFIG_FILE}: later builds and checks use it', err=True
        )


def print_failure(exc: RolloutError | BuildError) -> None:
    if isinstance(exc, RolloutError):
        print_issues(exc.issues)
    else:
        typer.echo(f"error: {exc}", err=True)


def print_build(result: BuildResult, report: bool, quiet: bool) -> None:
    """Warnings, errors, the files not built, the quality report and the summary."""
    print_issues(capped(w for w in result.warnings if w.severity is Severity.WARNING))
    print_issues(result.errors)
    for source in result.failed:
        typer.echo(f"{source}: not built, because of the errors above", err=True)
    if report:
        typer.echo(json.dumps(result.reports, ensure_ascii=False, indent=2, sort_keys=True))
    elif not quiet:
        for line in result.report_lines:
            typer.echo(line, err=True)
    if not quiet:
        # With --report, standard output is the JSON alone, so the summary goes to stderr.
        typer.echo(result.summary(), err=report)


def interrupted(written: list[Path]) -> str:
    """What an interrupted build says on its way out: true to what it had replaced when it stopped.

    Outputs are replaced all together, with interruptions held meanwhile, so either none or all of them are new.
    """
    if not written:
        return "\ninterrupted: no output was changed by the unfinished part of the build"
    files = count(len(written), "output")
    return f"\ninterrupted after the outputs were written: all {files} of this build are new and complete"


def offer_config(wanted: bool | None, language: Language) -> None:
    """Write rollout.toml when asked to; ask in a terminal; elsewhere, say how."""
    from rollout.config import CONFIG_FILE
    from rollout.starter import new_config

    if wanted is None and sys.stdin.isatty():
        wanted = typer.confirm(f"Also write {CONFIG_FILE}, the settings every rollout command reads?", default=True)
    if not wanted:
        if wanted is None:
            typer.echo(f"tip: 'rollout new --config …' also writes {CONFIG_FILE}, the settings every command reads")
        return
    try:
        typer.echo(f"wrote {new_config(language)}: language, template, connectors and output folders")
    except BuildError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def progress(message: str) -> None:
    typer.echo(f"\r\033[K{message}", err=True, nl=False)
