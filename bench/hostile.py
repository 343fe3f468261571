"""How fast, and in how much memory, `rollout validate` answers files no one should write.

Usage: .venv/bin/python -m bench.hostile [--runs N] [--write bench/README.md]

Each file is answered with at most a screenful of errors; the target is well under 2 s per file
(Python start included) and a bounded peak memory (RSS) of the command. The time judged is the
command's CPU time (user + system), which is its wall time on an idle machine and does not grow when
other work shares the cores; the wall time is shown beside it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = (ROOT / "tests" / "fixtures" / "valid" / "minimal.yaml").read_text(encoding="utf-8")
TARGET_SECONDS = 1.2
TARGET_MB = 300


def _stray_keys() -> str:
    return MINIMAL + "".join(f"k{n}: v\n" for n in range(300_000))


def _wrong_items() -> str:
    return MINIMAL.replace("steps:\n", "steps:\n" + "  - x\n" * 95_000)


def _huge_list() -> str:
    return MINIMAL + "evaluation:\n  questions:\n" + "    - x\n" * 1_000_000


def _deep_block() -> str:
    return "a:\n" + "".join(" " * depth + "b:\n" for depth in range(1, 3_000))


def _deep_flow() -> str:
    return "a: " + "[" * 100_000 + "]" * 100_000 + "\n"


def _alias_bomb() -> str:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]" for p, n in zip("abcdefghi", "bcdefghij", strict=True)]
    return "\n".join(lines) + "\n"


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "stray-keys": ("300,000 stray top-level keys", _stray_keys),
    "wrong-items": ("95,000 steps that are text, not mappings", _wrong_items),
    "huge-list": ("a list of 1,000,000 items", _huge_list),
    "deep-block": ("3,000 levels of indentation", _deep_block),
    "deep-flow": ("100,000 nested brackets", _deep_flow),
    "alias-bomb": ("aliases expanding to 10^10 values", _alias_bomb),
}


def run_once(path: Path) -> tuple[float, float, float, int]:
    """CPU seconds, wall seconds, peak RSS in MB and the number of lines printed, for one validate run."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "rollout", "validate", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=path.parent,
    )
    assert child.stderr is not None
    printed = child.stderr.read().count(b"\n")
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 1:
        raise SystemExit(f"{path.name}: expected exit code 1")
    return usage.ru_utime + usage.ru_stime, seconds, usage.ru_maxrss / 1024, printed


def measure(runs: int) -> list[tuple[str, float, float, float, int]]:
    """Rows of (case, median CPU seconds, median wall seconds, peak MB, lines printed)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="rollout-hostile-") as folder:
        for name, (what, make) in CASES.items():
            path = Path(folder) / f"{name}.yaml"
            path.write_text(make(), encoding="utf-8")
            results = [run_once(path) for _ in range(runs)]
            cpu, wall = statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)
            size = f"{path.stat().st_size / 1e6:.1f} MB"
            rows.append((f"{what} ({size})", cpu, wall, max(r[2] for r in results), results[0][3]))
    return rows


def table(rows: list[tuple[str, float, float, float, int]]) -> str:
    """The results as a Markdown table, with the verdict on the targets."""
    lines = ["| file | CPU time | wall time | peak memory | lines printed |", "|---|---:|---:|---:|---:|"]
    for what, cpu, wall, megabytes, printed in rows:
        lines.append(f"| {what} | {cpu:.2f} s | {wall:.2f} s | {megabytes:.0f} MB | {printed} |")
    worst_s, worst_mb = max(row[1] for row in rows), max(row[3] for row in rows)
    verdict = "met" if worst_s < TARGET_SECONDS and worst_mb < TARGET_MB else "MISSED"
    lines.append(
        f"\nTargets: under {TARGET_SECONDS:.1f} s of CPU time and {TARGET_MB} MB each: {verdict} "
        f"(worst {worst_s:.2f} s, {worst_mb:.0f} MB); load average while measured {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores."
    )
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure and print (or write) the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", type=Path, help="Replace the hostile-files section of this Markdown file.")
    args = parser.parse_args()
    text = table(measure(args.runs))
    print(text)
    if args.write:
        start, end = "<!-- hostile -->", "<!-- /hostile -->"
        current = args.write.read_text(encoding="utf-8")
        head, rest = current.split(start, 1)
        args.write.write_text(f"{head}{start}\n{text}{end}{rest.split(end, 1)[1]}", encoding="utf-8")


if __name__ == "__main__":
    main()
