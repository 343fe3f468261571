"""Builds as CI and the minitiimi see them: incremental, atomic, checkable, with clear failures."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

OUTPUTS = (
    "diagrams/p-swimlane.svg",
    "diagrams/p-swimlane.png",
    "exports/p-swimlane.pptx",
    "exports/p-deck.pptx",
    "exports/p-overview.pptx",
    "exports/p.bpmn",
)
N = len(OUTPUTS)


def rollout(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "rollout", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=environment,
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "processes").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "processes" / "p.yaml")
    done = rollout(tmp_path, "build")
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_build_writes_every_output_and_a_summary(project: Path) -> None:
    for name in OUTPUTS:
        assert (project / name).stat().st_size > 0, name
    again = rollout(project, "build")
    assert again.returncode == 0
    assert again.stdout.startswith(f"wrote 0 files, {N} unchanged, in ")
    assert rollout(project, "check").returncode == 0


def test_edit_makes_check_fail_then_build_rewrites_only_that_process(project: Path) -> None:
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", project / "processes" / "q.yaml")
    assert rollout(project, "build").stdout.startswith(f"wrote {N} files, {N} unchanged")
    before = snapshot(project)
    source = project / "processes" / "p.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("title: Toteuta", "title: Toteuta ja testaa"))
    check = rollout(project, "check")
    assert check.returncode == 1
    assert sorted(line.split(":")[0] for line in check.stderr.splitlines() if "stale" in line) == sorted(OUTPUTS)
    assert "processes/p.yaml changed" in check.stderr
    assert snapshot(project) | {"processes/p.yaml": b""} == before | {"processes/p.yaml": b""}
    build = rollout(project, "build")
    assert build.stdout.startswith(f"wrote {N} files, {N} unchanged")
    after = snapshot(project)
    assert [name for name in before if name.startswith(("diagrams/q", "exports/q"))]
    assert all(after[name] == before[name] for name in before if name.startswith(("diagrams/q", "exports/q")))
    assert rollout(project, "check").returncode == 0


def test_two_clean_builds_are_byte_identical(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(project / "processes", other / "processes")
    assert rollout(other, "build").returncode == 0
    first, second = snapshot(project), snapshot(other)
    assert first == second


def test_a_parallel_build_writes_the_same_bytes_as_a_serial_one(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    serial = tmp_path_factory.mktemp("serial")
    shutil.copytree(project / "processes", serial / "processes")
    shutil.copy(FIXTURES / "valid" / "deck.yaml", serial / "processes" / "q.yaml")
    shutil.copy(FIXTURES / "valid" / "deck.yaml", project / "processes" / "q.yaml")
    assert rollout(serial, "build", "--jobs", "1").returncode == 0
    assert rollout(project, "build", "--force", "--jobs", "2").returncode == 0
    assert snapshot(project) == snapshot(serial)


def test_invalid_input_leaves_every_output_untouched(project: Path) -> None:
    before = snapshot(project)
    (project / "processes" / "p.yaml").write_text("process: [\n")
    done = rollout(project, "build", "--force")
    assert done.returncode == 1
    assert done.stderr.startswith("processes/p.yaml:")
    assert snapshot(project) == before | {"processes/p.yaml": b"process: [\n"}


def test_failing_graphviz_leaves_outputs_untouched_and_no_temporary_files(project: Path, tmp_path: Path) -> None:
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir()
    fake = bin_dir / "neato"
    fake.write_text("#!/bin/sh\necho 'Error: cannot allocate' >&2\nexit 1\n")
    fake.chmod(0o755)
    before = snapshot(project)
    done = rollout(project, "build", "--force", env={"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
    assert done.returncode == 1
    assert done.stderr.strip() == "error: Graphviz failed (exit 1): Error: cannot allocate"
    assert snapshot(project) == before


def test_unwritable_output_folder_is_a_clear_error(project: Path) -> None:
    blocked = project / "blocked"
    blocked.write_text("a file where a folder should be")
    done = rollout(project, "build", "--force", "--diagrams-dir", "blocked/diagrams")
    assert done.returncode == 1
    assert done.stderr.startswith("error: cannot write blocked/diagrams")
    assert "Traceback" not in done.stderr


def test_an_output_that_cannot_be_replaced_leaves_every_output_as_it_was(project: Path) -> None:
    deck = project / "exports" / "p-deck.pptx"
    deck.unlink()
    deck.mkdir()  # the last output cannot be renamed into place
    (deck / "keep").write_text("x")
    source = project / "processes" / "p.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Tee suunnitelma", "Laadi suunnitelma"), encoding="utf-8"
    )
    before = snapshot(project)
    done = rollout(project, "build")
    assert done.returncode == 1
    assert done.stderr.strip() == "error: cannot write exports/p-deck.pptx: it is a folder"
    assert snapshot(project) == before


def test_stray_temporary_files_from_a_killed_build_are_cleaned(project: Path) -> None:
    stray = project / "diagrams" / ".p-swimlane.svg.abc123.tmp"
    stray.write_bytes(b"half")
    assert rollout(project, "build", "--force").returncode == 0
    assert not stray.exists()


def slow_graphviz(bin_dir: Path) -> tuple[dict[str, str], Path]:
    """A PATH whose Graphviz says it has started (a marker file) and then takes a minute."""
    marker = bin_dir / "rendering"
    fake = bin_dir / "neato"
    fake.write_text(f"#!/bin/sh\ntouch '{marker}'\nexec sleep 60\n")
    fake.chmod(0o755)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "PYTHONPATH": str(ROOT)}, marker


def start_build_and_wait_for_rendering(project: Path, bin_dir: Path, jobs: str) -> subprocess.Popen[str]:
    env, marker = slow_graphviz(bin_dir)
    process = subprocess.Popen(
        [sys.executable, "-m", "rollout", "build", "--force", "--jobs", jobs],
        cwd=project,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "the build never reached Graphviz"
        time.sleep(0.05)
    return process


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_build_leaves_previous_outputs_intact(
    project: Path, tmp_path_factory: pytest.TempPathFactory, jobs: str, sig: signal.Signals
) -> None:
    before = snapshot(project)
    process = start_build_and_wait_for_rendering(project, tmp_path_factory.mktemp("bin"), jobs)
    started = time.monotonic()
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 128 + sig, stderr  # 130 for Ctrl-C, 143 for SIGTERM
    assert time.monotonic() - started < 20  # it stops; it does not wait for Graphviz to finish
    assert stderr.strip().endswith("interrupted: no output was changed by the unfinished part of the build")
    assert snapshot(project) == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_build_leaves_previous_outputs_intact_and_the_next_build_succeeds(
    project: Path, tmp_path_factory: pytest.TempPathFactory, jobs: str
) -> None:
    before = snapshot(project)
    process = start_build_and_wait_for_rendering(project, tmp_path_factory.mktemp("bin"), jobs)
    process.kill()
    _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr  # the workers end with the build, silently
    assert snapshot(project) == before
    assert rollout(project, "check").returncode == 0


def test_only_and_unknown_output_names(project: Path) -> None:
    done = rollout(project, "build", "--force", "--only", "swimlane-svg")
    assert done.stdout.startswith("wrote 1 file, 0 unchanged")
    overview = project / "exports" / "p-overview.pptx"
    overview.unlink()
    assert rollout(project, "check", "--only", "deck").returncode == 0
    assert "exports/p-overview.pptx: missing" in rollout(project, "check", "--only", "overview").stderr
    done = rollout(project, "build", "--only", "overview")
    assert done.stdout.startswith("wrote 1 file, 0 unchanged")
    assert overview.stat().st_size > 0
    assert "overview" in rollout(project, "build", "--help").stdout
    bad = rollout(project, "build", "--only", "poster")
    assert bad.returncode == 2
    assert "unknown output 'poster'" in bad.stderr


def test_two_process_files_with_one_name_are_refused_before_anything_is_written(project: Path) -> None:
    other = project / "elsewhere"
    other.mkdir()
    shutil.copy(project / "processes" / "p.yaml", other / "p.yaml")
    before = snapshot(project)
    done = rollout(project, "build", "--force", "processes/p.yaml", "elsewhere/p.yaml")
    assert done.returncode == 2
    assert "processes/p.yaml and elsewhere/p.yaml have the same name" in " ".join(done.stderr.split())
    assert snapshot(project) == before


def test_a_graphviz_that_writes_garbage_is_a_failure(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    bin_dir = tmp_path_factory.mktemp("bin")
    (bin_dir / "neato").write_text("#!/bin/sh\necho garbage\n")
    (bin_dir / "neato").chmod(0o755)
    before = snapshot(project)
    done = rollout(project, "build", "--force", env={"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"})
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: Graphviz failed: its ")
    assert snapshot(project) == before


def test_the_connectors_option_is_part_of_what_is_current(project: Path) -> None:
    assert rollout(project, "build", "--connectors", "drawn").stdout.startswith(f"wrote 1 file, {N - 1} unchanged")
    done = rollout(project, "check")
    assert done.returncode == 1
    assert "exports/p-swimlane.pptx: stale (built with other options)" in done.stderr
    assert rollout(project, "check", "--connectors", "drawn").returncode == 0
    assert rollout(project, "build", "--connectors", "sideways").returncode == 2


def test_check_names_missing_outputs(project: Path) -> None:
    (project / "exports" / "p-deck.pptx").unlink()
    done = rollout(project, "check")
    assert done.returncode == 1
    assert "exports/p-deck.pptx: missing" in done.stderr


def test_report_prints_gates_as_json(project: Path) -> None:
    import json

    done = rollout(project, "build", "--force", "--only", "swimlane-svg", "--report")
    report = json.loads(done.stdout)  # standard output is the JSON alone
    assert "wrote" in done.stderr
    assert report["processes/p.yaml"]["passed"] is True
    assert report["processes/p.yaml"]["pages"][0]["metrics"]["boxes"] == 3


# -- projects -------------------------------------------------------------------------------------

PROJECT_OUTPUTS = (
    "diagrams/x-status.png",
    "diagrams/x-status.svg",
    "exports/x-deck.pptx",
    "exports/x-people.pptx",
    "exports/x-plan.ics",
    "exports/x-status.pptx",
    "exports/x-tasks.xlsx",
)
P = len(PROJECT_OUTPUTS)


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    """A folder with a process and a project following it, built once."""
    (tmp_path / "processes").mkdir()
    (tmp_path / "projects").mkdir()
    shutil.copy(FIXTURES / "projects" / "process.yaml", tmp_path / "processes" / "pilotti.yaml")
    text = (FIXTURES / "projects" / "valid.yaml").read_text(encoding="utf-8")
    (tmp_path / "projects" / "x.yaml").write_text(text.replace("process.yaml", "../processes/pilotti.yaml"), "utf-8")
    done = rollout(tmp_path, "build")
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_a_project_builds_its_calendar_and_task_list(planned: Path) -> None:
    for name in PROJECT_OUTPUTS:
        assert (planned / name).stat().st_size > 0, name
    again = rollout(planned, "build")
    assert again.stdout.startswith(f"wrote 0 files, {N + P} unchanged")
    assert rollout(planned, "check").returncode == 0


def test_the_build_says_what_the_plan_found(planned: Path) -> None:
    done = rollout(planned, "build", "--force", "projects/x.yaml")
    assert done.returncode == 0
    assert "is 2 working days late" in done.stderr  # the late step is a warning, not an error
    assert (
        "projects/x.yaml: 8 steps planned as of 2027-06-16, 1 late; go-live forecast 2027-06-18 (target 2027-06-15)"
        in done.stderr
    )


def test_a_changed_process_makes_its_projects_outputs_stale(planned: Path) -> None:
    process = planned / "processes" / "pilotti.yaml"
    process.write_text(process.read_text(encoding="utf-8").replace("title: Koulutus", "title: Opastus"), "utf-8")
    check = rollout(planned, "check")
    assert check.returncode == 1
    stale = sorted(line for line in check.stderr.splitlines() if "x-" in line)
    assert stale == [f"{name}: stale (processes/pilotti.yaml changed)" for name in sorted(PROJECT_OUTPUTS)]
    before = snapshot(planned)
    assert rollout(planned, "build").returncode == 0
    after = snapshot(planned)
    assert after["exports/x-tasks.xlsx"] != before["exports/x-tasks.xlsx"]  # the new title is in it
    assert rollout(planned, "check").returncode == 0


def test_a_changed_project_rebuilds_only_its_own_outputs(planned: Path) -> None:
    project = planned / "projects" / "x.yaml"
    project.write_text(project.read_text(encoding="utf-8").replace("as_of: 2027-06-16", "as_of: 2027-06-17"), "utf-8")
    check = rollout(planned, "check")
    assert sorted(line.split(":")[0] for line in check.stderr.splitlines() if "stale" in line) == list(PROJECT_OUTPUTS)
    assert rollout(planned, "build").stdout.startswith(f"wrote {P} files, {N} unchanged")


def test_project_outputs_are_byte_identical_between_builds(
    planned: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(planned / "processes", other / "processes")
    shutil.copytree(planned / "projects", other / "projects")
    assert rollout(other, "build", "--jobs", "1").returncode == 0
    first, second = snapshot(planned), snapshot(other)
    assert {name: first[name] for name in PROJECT_OUTPUTS} == {name: second[name] for name in PROJECT_OUTPUTS}
    assert first == second


def test_only_picks_project_outputs_too(planned: Path) -> None:
    done = rollout(planned, "build", "--force", "--only", "plan-ics")
    assert done.stdout.startswith("wrote 1 file, 0 unchanged")
    assert rollout(planned, "check", "--only", "tasks-xlsx", "--only", "deck").returncode == 0


def test_an_invalid_project_leaves_every_output_untouched(planned: Path) -> None:
    project = planned / "projects" / "x.yaml"
    project.write_text(project.read_text(encoding="utf-8").replace("koulutus:", "koulutos:"), "utf-8")
    before = snapshot(planned)
    done = rollout(planned, "build", "--force")
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert (
        "projects/x.yaml:20:3: error: the process has no step 'koulutos'; did you mean 'koulutus'? [unknown-step]"
        in lines
    )
    assert "projects/x.yaml: not built, because of the errors above" in lines
    assert snapshot(planned) == before  # the process's outputs rebuilt as they were, the project's untouched


def test_a_project_may_not_share_its_name_with_a_process_or_another_project(planned: Path) -> None:
    shutil.copy(planned / "processes" / "pilotti.yaml", planned / "processes" / "x.yaml")
    before = snapshot(planned)
    same = rollout(planned, "build")  # both would write exports/x-deck.pptx
    assert same.returncode == 2
    assert "processes/x.yaml and projects/x.yaml have the same name" in same.stderr
    assert snapshot(planned) == before
    (planned / "processes" / "x.yaml").unlink()
    (planned / "other").mkdir()
    shutil.copy(planned / "projects" / "x.yaml", planned / "other" / "x.yaml")
    clash = rollout(planned, "build", "projects/x.yaml", "other/x.yaml")
    assert clash.returncode == 2
    assert "projects/x.yaml and other/x.yaml have the same name" in clash.stderr


def test_report_covers_up_to_date_outputs_too(project: Path) -> None:
    import json

    done = rollout(project, "build", "--report")
    assert done.returncode == 0
    assert "wrote 0 files, 6 unchanged" in done.stderr
    assert json.loads(done.stdout)["processes/p.yaml"]["passed"] is True


def test_a_broken_file_is_named_and_the_good_ones_are_built(project: Path) -> None:
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", project / "processes" / "q.yml")
    shutil.copy(FIXTURES / "invalid" / "unknown-role.yaml", project / "processes" / "r.yaml")
    before = snapshot(project)
    done = rollout(project, "build")
    assert done.returncode == 1
    assert "processes/r.yaml:43:12: error: step 'toteuta' names unknown role 'tiimmi'" in done.stderr
    assert "processes/r.yaml: not built, because of the errors above" in done.stderr
    assert (project / "exports" / "q-deck.pptx").exists()  # the .yml file counts, and was built
    assert not (project / "exports" / "r-deck.pptx").exists()
    after = snapshot(project)
    assert all(after[name] == data for name, data in before.items() if "manifest" not in name)  # p untouched
