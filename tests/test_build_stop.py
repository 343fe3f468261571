"""Stopping a build as CI and `timeout` do: SIGTERM to its whole process group ends it at once, cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_build import project, rollout, slow_graphviz, snapshot

__all__ = ["project"]  # the fixture, used by name

ROUNDS = 4


def start_in_own_group(project: Path, bin_dir: Path, *command: str) -> tuple[subprocess.Popen[str], Path]:
    """Start a command in its own process group (as a CI job is) with a Graphviz that takes a minute."""
    env, marker = slow_graphviz(bin_dir)
    marker.unlink(missing_ok=True)
    process = subprocess.Popen(
        list(command),
        cwd=project,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    return process, marker


def wait_for(marker: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the build never reached Graphviz"
        time.sleep(0.02)


def assert_group_ended(group: int) -> None:
    """No process of the build's group is still running (a worker or a Graphviz the build started)."""
    deadline = time.monotonic() + 2
    while True:
        listed = subprocess.run(["ps", "-o", "stat=,args=", "-g", str(group)], capture_output=True, text=True)
        running = [line for line in listed.stdout.splitlines() if not line.lstrip().startswith("Z")]
        if not running:
            return
        assert time.monotonic() < deadline, f"still running after the build ended: {running}"
        time.sleep(0.05)


@pytest.mark.parametrize("jobs", ["1", "2", "4"])
def test_sigterm_to_the_process_group_ends_the_build_at_once(
    project: Path, tmp_path_factory: pytest.TempPathFactory, jobs: str
) -> None:
    before = snapshot(project)
    build = [sys.executable, "-m", "rollout", "build", "--force", "--jobs", jobs]
    for round_number in range(ROUNDS):
        process, marker = start_in_own_group(project, tmp_path_factory.mktemp("bin"), *build)
        wait_for(marker, process)
        time.sleep(0.05 * round_number)  # a little later each round: other workers are at other points
        stopped = time.monotonic()
        os.killpg(process.pid, signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"round {round_number}: the build did not end within 10 s of SIGTERM to its group")
        assert time.monotonic() - stopped < 5, round_number
        assert process.returncode == 128 + signal.SIGTERM, stderr
        assert "Traceback" not in stderr
        assert stderr.strip().endswith("interrupted: no output was changed by the unfinished part of the build")
        assert snapshot(project) == before, round_number
        assert rollout(project, "check").returncode == 0
        assert_group_ended(process.pid)


def test_timeout_stops_a_parallel_build_within_seconds(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    before = snapshot(project)
    command = ["timeout", "2", sys.executable, "-m", "rollout", "build", "--force", "--jobs", "4"]
    process, _ = start_in_own_group(project, tmp_path_factory.mktemp("bin"), *command)
    started = time.monotonic()
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("timeout could not stop the build")
    assert time.monotonic() - started < 2 + 5
    assert process.returncode == 124, stderr  # timeout's own code: the command ended when asked
    assert "Traceback" not in stderr
    assert snapshot(project) == before
    assert rollout(project, "check").returncode == 0


def test_sigterm_to_the_build_alone_stops_its_workers_and_their_graphviz(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    build = [sys.executable, "-m", "rollout", "build", "--force", "--jobs", "2"]
    process, marker = start_in_own_group(project, tmp_path_factory.mktemp("bin"), *build)
    wait_for(marker, process)
    process.send_signal(signal.SIGTERM)  # the build only, as `kill PID` does: it must stop what it started
    _, stderr = process.communicate(timeout=10)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert_group_ended(process.pid)


def test_a_renderer_killed_from_outside_fails_the_build_cleanly(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    bin_dir = tmp_path_factory.mktemp("bin")
    (bin_dir / "neato").write_text("#!/bin/sh\nkill -9 $PPID\nsleep 5\n")  # as the out-of-memory killer would
    (bin_dir / "neato").chmod(0o755)
    before = snapshot(project)
    path = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    done = rollout(project, "build", "--force", "--jobs", "2", env={"PATH": path})
    assert done.returncode == 1
    assert done.stderr.strip() == "error: a renderer was stopped by signal 9 before it finished"
    assert snapshot(project) == before
