"""The command line's arguments turned into what the commands work on: files, build options, a day.

A bad argument is a usage error (typer.BadParameter: exit 2).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rollout.build import BuildOptions
    from rollout.config import Config


def chosen_files(paths: list[Path] | None) -> list[Path]:
    """The files to work on (a folder means the files in it); a usage error when there are none."""
    from rollout.sources import NoInput, chosen_sources

    try:
        return chosen_sources(paths)
    except NoInput as exc:
        raise typer.BadParameter(str(exc), param_hint="FILE.yaml") from None


def output_paths(paths: list[Path] | None, options: BuildOptions) -> list[Path]:
    """The process files to build; a usage error when two would write the same outputs."""
    chosen = chosen_files(paths)
    clash = options.clash(chosen)
    if clash:
        raise typer.BadParameter(f"{clash}; rename one", param_hint="FILE.yaml")
    return chosen


def file_kind(path: Path) -> str:
    """'project' or 'process'; an unreadable file is left to the process loader to report."""
    from rollout.sources import source_type

    try:
        return source_type(path.read_bytes())
    except OSError:
        return "process"


def build_options(
    config: Config,
    diagrams_dir: Path | None,
    exports_dir: Path | None,
    only: list[str] | None,
    connectors: str | None,
    template: Path | None,
) -> BuildOptions:
    """The build options: the command line's where given, else rollout.toml's; a usage error for a bad one."""
    from rollout.build import BuildOptions

    options = BuildOptions(
        diagrams_dir=diagrams_dir or config.diagrams_dir,
        exports_dir=exports_dir or config.exports_dir,
        only=tuple(only or ()),
        template=template or config.template,
        connectors=connectors or config.connectors,
    )
    check_only(options)
    return options


def day_option(today: str | None) -> dt.date | None:
    """The --today date; None takes the file's as_of, else today's date (the one place rollout reads the clock)."""
    if today is None:
        return None
    from rollout.project.model import FIRST_YEAR, LAST_YEAR

    try:
        day = dt.date.fromisoformat(today)
    except ValueError:
        raise typer.BadParameter(f"'{today}' is not a date; write it as YYYY-MM-DD", param_hint="--today") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise typer.BadParameter(f"give a day between the years {FIRST_YEAR} and {LAST_YEAR}", param_hint="--today")
    return day


def check_only(options: BuildOptions) -> None:
    """Reject an unknown --only name or --connectors kind as a usage error (exit 2)."""
    from rollout.build import CONNECTORS

    try:
        options.kinds()
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--only") from None
    if options.connectors not in CONNECTORS:
        choices = " or ".join(CONNECTORS)
        raise typer.BadParameter(f"'{options.connectors}' is not {choices}", param_hint="--connectors")
