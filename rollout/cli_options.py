"""The command line's arguments and options, declared once for the commands that share them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

_ONLY_CHOICES = (
    "swimlane-svg, swimlane-png, swimlane-pptx, deck, overview, bpmn ('swimlane' for all three swimlane files) "
    "of a process; plan-ics, tasks-xlsx, status-svg, status-png, status-pptx ('status' for all three), deck, "
    "people of a project"
)


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Process or project files (.yaml or .yml), or folders of them. Default: every file in processes/ "
        "and projects/.",
        show_default=False,
        metavar="FILE.yaml",
    ),
]
DiagramsDir = Annotated[
    Path | None,
    typer.Option(
        "--diagrams-dir",
        metavar="FOLDER",
        show_default=False,
        help="Folder for the swimlane pictures (SVG and PNG). Default: diagrams-dir in rollout.toml, else diagrams.",
    ),
]
ExportsDir = Annotated[
    Path | None,
    typer.Option(
        "--exports-dir",
        metavar="FOLDER",
        show_default=False,
        help="Folder for the PowerPoint and BPMN files and a project's calendar and task list. Default: "
        "exports-dir in rollout.toml, else exports.",
    ),
]
Template = Annotated[
    Path | None,
    typer.Option(
        "--template",
        metavar="FILE.pptx",
        show_default=False,
        help="The organisation's PowerPoint template (.pptx or .potx, 16:9) for the deck. Default: template in "
        "rollout.toml. The first build with it saves it there, so later builds and checks use it too.",
    ),
]


def _only(verb: str) -> object:
    return typer.Option(
        "--only",
        metavar="OUTPUT",
        help=f"{verb} only these outputs: {_ONLY_CHOICES}. Repeat the option for several.",
        show_default=False,
    )


BuildOnly = Annotated[list[str] | None, _only("Build")]
CheckOnly = Annotated[list[str] | None, _only("Check")]
Connectors = Annotated[
    str | None,
    typer.Option(
        "--connectors",
        metavar="glued|drawn",
        show_default=False,
        help="The swimlane slides' arrows: 'glued' connectors follow a box moved in PowerPoint; 'drawn' "
        "lines keep their computed route in every program (LibreOffice re-routes glued connectors itself). "
        "Default: connectors in rollout.toml, else glued.",
    ),
]


NewPath = Annotated[
    Path,
    typer.Argument(
        metavar="FILE.yaml",
        show_default=False,
        help="The file to write, for example processes/uusi.yaml or projects/pilotti.yaml; its name without "
        ".yaml is its id.",
    ),
]
LanguageOpt = Annotated[
    str | None,
    typer.Option(
        "--language",
        "-l",
        metavar="fi|sv|en",
        show_default=False,
        help="The language of the file's comments and examples, and of the deck's fixed headings. "
        "Default: language in rollout.toml, else fi (for a project: its process's language).",
    ),
]
ProcessOpt = Annotated[
    Path | None,
    typer.Option(
        "--process",
        metavar="FILE.yaml",
        show_default=False,
        help="Write a project file that follows this process file (e.g. rollout new projects/pilotti.yaml "
        "--process processes/omaolo.yaml).",
    ),
]
ConfigFlag = Annotated[
    bool | None,
    typer.Option(
        "--config/--no-config",
        show_default=False,
        help="Also write rollout.toml, the settings every rollout command reads, when there is none. "
        "Default: ask (only in a terminal).",
    ),
]
Report = Annotated[
    bool,
    typer.Option("--report", help="Print the swimlane quality report (JSON) of every file on standard output."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
Strict = Annotated[
    bool, typer.Option("--strict", help="Fail (exit 1) on warnings and on failed swimlane quality gates.")
]
Force = Annotated[bool, typer.Option("--force", help="Rebuild even outputs that are up to date.")]
Jobs = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=0, metavar="N", show_default=False, help="Outputs to render at once (0: one per CPU core)."
    ),
]
