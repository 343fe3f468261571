"""How fast a build ends when CI or `timeout` stops it: SIGTERM to its whole process group.

Usage: .venv/bin/python -m bench.stop [--steps 500] [--rounds 10] [--delay 8] [--jobs 4]

A generated process of --steps steps is built once in a scratch folder; then, each round, `build --force`
is started in its own process group and the group is sent SIGTERM after --delay seconds (a little
later each round, so that the signal finds the build at different points). Each round reports the time
from the signal to the build's end, its exit code, whether the outputs are byte-identical to before and
whether `rollout check` says they are current. A build still running 15 s after the signal counts as hung.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.generate import generate

HUNG_SECONDS = 15


def fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for folder in ("diagrams", "exports") for p in (root / folder).rglob("*") if p.is_file()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def rollout(root: Path, *args: str, own_group: bool = False) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "rollout", *args]
    return subprocess.Popen(
        command, cwd=root, text=True, start_new_session=own_group, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def one_round(root: Path, delay: float, jobs: int, before: str) -> str:
    """Start, stop, and describe what the stop left."""
    build = rollout(root, "build", "--force", "--jobs", str(jobs), own_group=True)
    time.sleep(delay)
    stopped = time.monotonic()
    os.killpg(build.pid, signal.SIGTERM)
    try:
        _, stderr = build.communicate(timeout=HUNG_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(build.pid, signal.SIGKILL)
        build.communicate()
        return f"HUNG (killed {HUNG_SECONDS} s after SIGTERM)"
    seconds = time.monotonic() - stopped
    same = "byte-identical" if fingerprint(root) == before else "replaced"
    check = rollout(root, "check")
    check.communicate()
    said = (stderr.strip().splitlines() or [""])[-1]
    return (
        f"exit {build.returncode} {seconds:.2f} s after SIGTERM; outputs {same}; check exit {check.returncode}; {said}"
    )


def main() -> None:
    """Rounds of start-and-stop; a line per round, then how many hung."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--delay", type=float, default=8.0)
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rollout-stop-") as folder:
        root = Path(folder)
        (root / "processes").mkdir()
        (root / "processes" / "big.yaml").write_text(generate(args.steps), encoding="utf-8")
        if rollout(root, "build").wait() != 0:
            raise SystemExit("the first build failed")
        before = fingerprint(root)
        lines = [one_round(root, args.delay + 0.3 * (n % 4), args.jobs, before) for n in range(args.rounds)]
    for number, line in enumerate(lines, start=1):
        print(f"round {number}: {line}")
    print(f"{sum('HUNG' in line for line in lines)} of {args.rounds} rounds hung")


if __name__ == "__main__":
    main()
