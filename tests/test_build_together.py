"""Builds side by side (a pre-commit hook and an editor on save): they take turns, and each writes whole files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from xml.etree import ElementTree

import pytest

from rollout.files import locked_folders, remove_stray_temporaries, write_all_atomic
from tests.conftest import FIXTURES, ROOT
from tests.test_build import rollout

# Rounds of each side-by-side test; ROLLOUT_ROUNDS=50 for a long run.
ROUNDS = int(os.environ.get("ROLLOUT_ROUNDS", "6"))
LIGHT = ("--only", "swimlane-svg", "--only", "bpmn", "--jobs", "1")  # one output in each folder, quick


def start(cwd: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "rollout", "build", "--force", *args]
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_whole(folder: Path, names: tuple[str, ...]) -> None:
    """Each output parses, is listed in its folder's manifest with its own hash, and no temporary file is left."""
    for name in names:
        diagrams = folder / "diagrams" / f"{name}-swimlane.svg"
        bpmn = folder / "exports" / f"{name}.bpmn"
        ElementTree.fromstring(diagrams.read_bytes())
        ElementTree.fromstring(bpmn.read_bytes())
        for path in (diagrams, bpmn):
            manifest = json.loads((path.parent / ".rollout-manifest.json").read_text("utf-8"))
            assert path.name in manifest, path
    assert sorted(folder.rglob("*.tmp")) == []


@pytest.fixture
def two_processes(tmp_path: Path) -> Path:
    (tmp_path / "processes").mkdir()
    for name in ("a", "b"):
        shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "processes" / f"{name}.yaml")
    return tmp_path


@pytest.mark.parametrize("same_file", [True, False], ids=["same-file", "two-files-same-folders"])
def test_two_builds_at_once_both_succeed_with_whole_outputs(two_processes: Path, same_file: bool) -> None:
    first, second = ("processes/a.yaml", "processes/a.yaml") if same_file else ("processes/a.yaml", "processes/b.yaml")
    for round_number in range(ROUNDS):
        builds = [start(two_processes, path, *LIGHT) for path in (first, second)]
        for build in builds:
            _, stderr = build.communicate(timeout=300)
            assert build.returncode == 0, f"round {round_number}: {stderr}"
        assert_whole(two_processes, ("a",) if same_file else ("a", "b"))
    done = rollout(two_processes, "check", first, second, "--only", "swimlane-svg", "--only", "bpmn")
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_output_of_both_builds_is_current_after_they_ran_together(two_processes: Path) -> None:
    builds = [start(two_processes, f"processes/{name}.yaml") for name in ("a", "b")]
    for build in builds:
        _, stderr = build.communicate(timeout=300)
        assert build.returncode == 0, stderr
    done = rollout(two_processes, "check")  # each build kept the other's manifest entries
    assert done.returncode == 0, done.stdout + done.stderr


def test_clean_up_spares_the_temporary_files_of_a_running_build(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".x.svg.{sleeper.pid}.k2j4h5g6.tmp"
        mine = tmp_path / f".x.svg.{os.getpid()}.k2j4h5g6.tmp"
        dead_pid = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
        )
        dead = tmp_path / f".x.svg.{dead_pid.stdout.strip()}.a1b2c3d4.tmp"
        older = tmp_path / ".x.svg.abc123.tmp"  # an older rollout named them without an owner
        for path in (live, mine, dead, older):
            path.write_bytes(b"staged")
        remove_stray_temporaries(tmp_path)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, mine.name])
    finally:
        sleeper.kill()
        sleeper.wait()


def test_temporary_files_are_named_after_their_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_all_atomic([(tmp_path / "a.svg", b"new")])
    assert seen[0].startswith(f".a.svg.{os.getpid()}.")
    assert seen[0].endswith(".tmp")


def test_a_second_build_waits_for_the_folder_lock(tmp_path: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from rollout.files import locked_folders
        with locked_folders([Path({str(tmp_path)!r})]):
            print("locked", flush=True)
            sys.stdin.readline()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", holder]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env) as other:
        assert other.stdout is not None
        assert other.stdin is not None
        assert other.stdout.readline() == "locked\n"
        waited: list[Path] = []

        def waiting(folder: Path) -> None:
            waited.append(folder)
            assert other.stdin is not None
            other.stdin.write("done\n")  # the holder lets go once this build waits
            other.stdin.flush()

        with locked_folders([tmp_path, tmp_path / "."], waiting):  # one folder, named twice: locked once
            assert other.wait(timeout=30) == 0
        assert waited == [tmp_path]


INTERRUPT_DURING_RENAMES = """
import os, signal, sys
from rollout.cli import main

real_replace = os.replace
def replace(src, dst):
    if str(dst).endswith(".svg"):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the outputs are being renamed into place
    real_replace(src, dst)
os.replace = replace
sys.argv = ["rollout", "build", "--force", "--jobs", "1"]
main()
"""


def test_ctrl_c_during_the_renames_says_truthfully_that_the_outputs_were_written(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    source = tmp_path / "processes" / "p.yaml"
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", source)
    assert rollout(tmp_path, "build").returncode == 0
    old_svg = (tmp_path / "diagrams" / "p-swimlane.svg").read_bytes()
    source.write_text(source.read_text("utf-8").replace("Tee suunnitelma", "Laadi suunnitelma"), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPT_DURING_RENAMES], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 128 + signal.SIGINT, done.stderr
    assert (
        done.stderr.strip()
        == "interrupted after the outputs were written: all 6 outputs of this build are new and complete"
    )
    assert (tmp_path / "diagrams" / "p-swimlane.svg").read_bytes() != old_svg
    assert b"Laadi suunnitelma" in (tmp_path / "exports" / "p.bpmn").read_bytes()
    assert rollout(tmp_path, "check").returncode == 0  # check agrees: every output is current
    assert sorted(tmp_path.rglob("*.tmp")) == []
