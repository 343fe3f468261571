"""Run the build property tests (tests/test_build_property.py) for a long time, in rounds, and count the cases.

Usage: .venv/bin/python -m bench.property [--minutes 60] [--round 200] [--test builds|draws] [--skip KIND,...]

Each round is one pytest run of `--round` new random documents (Hypothesis's non-derandomised
profile); a failing round stops the run and its output is printed. At the end: documents tried, rounds,
failures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = {
    "builds": "tests/test_build_property.py::test_every_valid_process_builds_every_output",
    "draws": "tests/test_build_property.py::test_every_valid_process_lays_out_and_draws",
}


def run_round(test: str, examples: int, skip: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "ROLLOUT_PROPERTY_EXAMPLES": str(examples),
        "ROLLOUT_PROPERTY_SKIP": skip,
        "HYPOTHESIS_PROFILE": "fuzz-render",
    }
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TESTS[test]]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def main() -> None:
    """Rounds until the time is up or one fails; a line per round, then the totals."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--round", type=int, default=200)
    parser.add_argument("--test", choices=sorted(TESTS), default="builds")
    parser.add_argument("--skip", default="", help="Output kinds not built, comma-separated (e.g. swimlane-png).")
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    cases = rounds = 0
    while time.monotonic() < deadline:
        done = run_round(args.test, args.round, args.skip)
        rounds += 1
        if done.returncode != 0:
            print(done.stdout[-20_000:], flush=True)
            print(f"round {rounds} FAILED after {cases} passing documents", flush=True)
            raise SystemExit(1)
        cases += args.round
        print(f"round {rounds}: {cases} documents so far, all passed", flush=True)
    print(f"{args.test}: {cases} documents in {rounds} rounds, 0 failures", flush=True)


if __name__ == "__main__":
    main()
