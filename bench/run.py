"""Benchmark rollout against PlantUML on the same processes; prints a Markdown table.

Usage: .venv/bin/python -m bench.run [--runs N] [--skip-plantuml] [--write bench/README.md]
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate
from bench.plantuml import to_plantuml
from rollout.process.load import load_process

ROOT = Path(__file__).resolve().parent.parent
ROLLOUT = [sys.executable, "-m", "rollout"]


def timed(command: list[str], cwd: Path, runs: int, timeout: float = 900) -> float | None:
    """Median wall time of a command in seconds; None when it fails or times out."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        try:
            done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            sys.stderr.write(done.stderr.decode("utf-8", "replace")[-2000:])
            return None
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def workspace(name: str, text: str) -> Path:
    """A scratch project holding one process file."""
    folder = Path(tempfile.mkdtemp(prefix=f"rollout-bench-{name}-"))
    (folder / "processes").mkdir()
    (folder / "processes" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def plantuml_times(folder: Path, name: str, runs: int) -> tuple[float | None, float | None]:
    process = load_process(folder / "processes" / f"{name}.yaml").process
    source = folder / f"{name}.puml"
    source.write_text(to_plantuml(process), encoding="utf-8")
    svg = timed(["plantuml", "-tsvg", str(source)], folder, runs)
    png = timed(["plantuml", "-tpng", str(source)], folder, runs)
    return svg, png


def measure(runs: int, skip_plantuml: bool) -> list[tuple[str, float | None, str]]:
    """Rows of (what, seconds, note)."""
    omaolo = workspace("omaolo", (ROOT / "processes" / "omaolo.yaml").read_text(encoding="utf-8"))
    rows: list[tuple[str, float | None, str]] = []
    proc = "processes/omaolo.yaml"
    # The reference machine: Python start plus these imports (and the graphviz package,
    # which rollout does not use) took about 0.28 s. Measured here to scale the targets by.
    imports = [sys.executable, "-c", "import yaml, pydantic, networkx, typer, pptx"]
    rows.append(
        (
            "Python start + import yaml, pydantic, networkx, typer, pptx",
            timed(imports, omaolo, runs),
            "0.28 s on the reference machine",
        )
    )
    rows.append(("rollout validate (Omaolo)", timed([*ROLLOUT, "validate", proc], omaolo, runs), "target < 0.3 s"))
    full = timed([*ROLLOUT, "build", "--force", "-q", proc], omaolo, runs)
    rows.append(("rollout build --force (Omaolo, all outputs)", full, ""))
    swim = timed([*ROLLOUT, "build", "--force", "-q", "--only", "swimlane", proc], omaolo, runs)
    rows.append(("rollout build --force --only swimlane (Omaolo)", swim, ""))
    rows.append(
        (
            "rollout build, nothing to do (Omaolo)",
            timed([*ROLLOUT, "build", "-q", proc], omaolo, runs),
            "target < 0.5 s",
        )
    )
    rows.append(("rollout check (Omaolo)", timed([*ROLLOUT, "check", proc], omaolo, runs), "target < 0.5 s"))
    rows += project_rows(omaolo, runs)
    sizes = {}
    for steps in (200, 1000):
        folder = workspace(f"g{steps}", generate(steps))
        command = [*ROLLOUT, "build", "--force", "-q", f"processes/g{steps}.yaml"]
        sizes[steps] = timed(command, folder, max(1, runs // 2))
        rows.append((f"rollout build --force ({steps} steps, all outputs)", sizes[steps], ""))
        # the same picture as PlantUML's: the swimlane's SVG, PNG and slide, without the decks
        lane = timed([*command, "--only", "swimlane"], folder, max(1, runs // 2))
        rows.append((f"rollout build --force --only swimlane ({steps} steps)", lane, ""))
        if not skip_plantuml:
            svg, png = plantuml_times(folder, f"g{steps}", 1)
            rows.append((f"plantuml -tsvg ({steps} steps)", svg, "single run"))
            rows.append((f"plantuml -tpng ({steps} steps)", png, "single run"))
            built = sizes[steps]
            if steps == 1000 and svg and built:
                rows.append(("ratio: build --force / PlantUML SVG (1,000 steps)", built / svg, "target < 1.0"))
            if steps == 1000 and svg and png and lane:
                rows.append(
                    ("ratio: swimlane only / (PlantUML SVG + PNG) (1,000 steps)", lane / (svg + png), "target < 1.0")
                )
    if sizes[200] and sizes[1000]:
        exponent = math.log(sizes[1000] / sizes[200]) / math.log(5)
        rows.append(("growth exponent 200 → 1,000 steps", exponent, "target < 1.15"))
    if not skip_plantuml:
        svg, png = plantuml_times(omaolo, "omaolo", runs)
        rows.append(("plantuml -tsvg (Omaolo)", svg, ""))
        rows.append(("plantuml -tpng (Omaolo)", png, ""))
        if svg and png and full and swim:
            rows.append(("ratio: build --force / (PlantUML SVG + PNG)", full / (svg + png), "target < 1.0"))
            rows.append(("ratio: swimlane only / (PlantUML SVG + PNG)", swim / (svg + png), "target < 0.4"))
    return rows


def project_rows(folder: Path, runs: int) -> list[tuple[str, float | None, str]]:
    """The example project beside its process: validate (the holidays package costs ~0.2 s), status, build."""
    (folder / "projects").mkdir(exist_ok=True)
    shutil.copy(ROOT / "projects" / "omaolo-esimerkki.yaml", folder / "projects")
    project, process = "projects/omaolo-esimerkki.yaml", "processes/omaolo.yaml"

    def build(path: str, *only: str) -> float | None:
        chosen = [arg for kind in only for arg in ("--only", kind)]
        return timed([*ROLLOUT, "build", "--force", "-q", *chosen, path], folder, runs)

    return [
        ("rollout validate (Omaolo example project)", timed([*ROLLOUT, "validate", project], folder, runs), ""),
        ("rollout status (Omaolo example project)", timed([*ROLLOUT, "status", project], folder, runs), ""),
        ("rollout build --force (example project: ICS and XLSX)", build(project, "plan-ics", "tasks-xlsx"), ""),
        ("rollout build --force (example project: all 7 outputs)", build(project), "beside the process's, above"),
        ("rollout build --force --only status (example project: SVG, PNG, PPTX)", build(project, "status"), ""),
        ("rollout build --force --only deck (example project: the dated deck)", build(project, "deck"), ""),
        ("rollout build --force --only deck (Omaolo process: the guide deck)", build(process, "deck"), ""),
        ("rollout build --force --only people (example project)", build(project, "people"), ""),
    ]


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    dot = subprocess.run(["dot", "-V"], capture_output=True, text=True, check=False).stderr.strip()
    return f"{os.cpu_count()} cores, {cpu}; Python {platform.python_version()}; {dot}; {platform.platform()}"


def table(rows: list[tuple[str, float | None, str]]) -> str:
    lines = ["| measurement | median | note |", "|---|---:|---|"]
    for what, value, note in rows:
        shown = (
            "failed"
            if value is None
            else (f"{value:.2f}" if "exponent" in what or "ratio" in what else f"{value:.2f} s")
        )
        lines.append(f"| {what} | {shown} | {note} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Run the benchmark and print (or write) the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-plantuml", action="store_true")
    parser.add_argument("--write", type=Path, help="Replace the results section of this Markdown file.")
    args = parser.parse_args()
    if not args.skip_plantuml and shutil.which("plantuml") is None:
        sys.exit("plantuml is not installed: sudo apt-get install plantuml (or pass --skip-plantuml)")
    text = f"Machine: {machine()}\n\n{table(measure(args.runs, args.skip_plantuml))}"
    print(text)
    if args.write:
        _replace_results(args.write, text)


def _replace_results(path: Path, text: str) -> None:
    """Replace the table between the results markers; what follows the end marker (the prose) stays."""
    marker, end = "<!-- results -->", "<!-- /results -->"
    current = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmark\n\n{marker}\n"
    head, _, rest = current.partition(marker)
    tail = rest.split(end, 1)[1] if end in rest else "\n"
    path.write_text(f"{head}{marker}\n{text}{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
