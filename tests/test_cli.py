"""The command line as a user meets it: exit codes, stderr lines, help text."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT


def rollout(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rollout", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def test_validate_valid_file_exits_0() -> None:
    done = rollout("validate", str(FIXTURES / "valid" / "minimal.yaml"))
    assert done.returncode == 0, done.stderr
    assert "ok (2 phases, 2 roles, 3 steps)" in done.stdout


def test_validate_reports_every_error_with_path_as_given_and_exits_1(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "invalid" / "unknown-phase.yaml", tmp_path / "p.yaml")
    done = rollout("validate", "p.yaml", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "p.yaml:20:9: error: phase 'toteutus' has no steps [empty-phase]",
        "p.yaml:41:12: error: step 'toteuta' is in unknown phase 'totetus'; did you mean 'toteutus'? [unknown-phase]",
    ]
    assert "Traceback" not in done.stderr


def test_warnings_pass_unless_strict() -> None:
    path = str(FIXTURES / "invalid" / "role-without-step.yaml")
    assert rollout("validate", path).returncode == 0
    strict = rollout("validate", "--strict", path)
    assert strict.returncode == 1
    assert "[role-without-step]" in strict.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert rollout("validate", "--no-such-option").returncode == 2
    assert rollout("frobnicate").returncode == 2
    empty = rollout("validate", cwd=tmp_path)
    assert empty.returncode == 2
    assert "no files given, and none (.yaml or .yml) in processes/ or projects/" in empty.stderr


def test_validate_defaults_to_every_process_file(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "processes" / "a.yaml")
    shutil.copy(FIXTURES / "invalid" / "unknown-step.yaml", tmp_path / "processes" / "b.yaml")
    done = rollout("validate", cwd=tmp_path)
    assert done.returncode == 1
    assert "processes/a.yaml: ok" in done.stdout
    assert done.stderr.startswith("processes/b.yaml:46:18: error:")


def test_help_is_written_for_people() -> None:
    done = rollout("--help")
    assert done.returncode == 0
    for command in ("validate", "schema", "build", "check", "status"):
        assert command in done.stdout
    assert "file:line:column" in rollout("validate", "--help").stdout
    assert "..." not in done.stdout.split("Commands:")[1].split("Examples:")[0]  # summaries are whole
    assert "rollout validate processes/omaolo.yaml  check one file" in done.stdout
    assert rollout("-h").stdout == done.stdout
    assert "--only OUTPUT Check only these outputs" in " ".join(rollout("check", "-h").stdout.split())


def test_version() -> None:
    done = rollout("--version")
    assert (done.returncode, done.stdout) == (0, "rollout 0.1.0\n")


def test_validate_does_not_import_renderers() -> None:
    code = (
        "import sys; from rollout.cli import app\n"
        "try:\n    app(['validate', 'tests/fixtures/valid/minimal.yaml', 'tests/fixtures/projects/valid.yaml'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('pptx', 'graphviz', 'PIL', 'lxml', 'icalendar', 'xlsxwriter', 'rich')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.stdout.strip().splitlines()[-1] == "[]"


# -- rollout status ----------------------------------------------------------------------------------

VALID_PROJECT = str(FIXTURES / "projects" / "valid.yaml")


def test_status_prints_the_state_as_of_the_file_and_exits_0() -> None:
    done = rollout("status", VALID_PROJECT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Pilotti 2027 · tilanne ke 16.6.2027\n")
    assert "Myöhässä (1)" in done.stdout
    assert done.stderr == ""  # the late step is in the status, not repeated as a warning


def test_status_today_overrides_the_files_date() -> None:
    done = rollout("status", VALID_PROJECT, "--today", "2027-06-18", "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["as_of"] == "2027-06-18"
    assert found["late"][0]["late_working_days"] == 4


def test_status_without_a_date_in_the_file_is_given_as_of_today(tmp_path: Path) -> None:
    process = FIXTURES / "projects" / "process.yaml"
    (tmp_path / "p.yaml").write_text(f"project: {{id: p, title: P, process: {process}, start: 2027-05-03}}\n")
    done = rollout("status", "p.yaml", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["as_of"] == dt.date.today().isoformat()


def test_status_of_one_person() -> None:
    done = rollout("status", VALID_PROJECT, "--person", "Johtaja B")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Tehtävälista: Johtaja B\n")
    unknown = rollout("status", VALID_PROJECT, "--person", "Johtaja")
    assert unknown.returncode == 2
    assert "'Johtaja' is not one of the project's people; did you mean 'Johtaja B'?" in unknown.stderr


def test_status_usage_errors_exit_2_and_an_invalid_project_exits_1(tmp_path: Path) -> None:
    assert rollout("status", VALID_PROJECT, "--today", "16.6.2027").returncode == 2
    assert rollout("status", VALID_PROJECT, "--today", "0001-01-01").returncode == 2
    assert rollout("status", VALID_PROJECT, "--format", "xml").returncode == 2
    not_a_project = rollout("status", str(FIXTURES / "valid" / "minimal.yaml"))
    assert not_a_project.returncode == 2
    assert "is not a project file" in not_a_project.stderr
    invalid = rollout("status", str(FIXTURES / "projects" / "invalid" / "unknown-step.yaml"))
    assert invalid.returncode == 1
    assert "[unknown-step]" in invalid.stderr
    assert "Traceback" not in invalid.stderr


def test_validate_takes_projects_too_and_strict_fails_on_a_late_step(tmp_path: Path) -> None:
    for folder in ("processes", "projects"):
        (tmp_path / folder).mkdir()
    shutil.copy(FIXTURES / "projects" / "process.yaml", tmp_path / "processes" / "pilotti.yaml")
    text = (FIXTURES / "projects" / "valid.yaml").read_text(encoding="utf-8")
    (tmp_path / "projects" / "x.yaml").write_text(text.replace("process.yaml", "../processes/pilotti.yaml"))
    done = rollout("validate", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "projects/x.yaml: ok (8 steps planned, 1 late, 1 warning)" in done.stdout
    strict = rollout("validate", "--strict", "projects/x.yaml", cwd=tmp_path)
    assert strict.returncode == 1
    assert strict.stderr.startswith("projects/x.yaml:19:3: warning: step 'rakennus' (2.1) is 2 working days late")


def test_a_folder_means_the_process_files_in_it_yml_too(tmp_path: Path) -> None:
    (tmp_path / "omat").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "omat" / "a.yml")
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "omat" / "b.yaml")
    (tmp_path / "omat" / "notes.txt").write_text("not a process\n", encoding="utf-8")
    done = rollout("validate", "omat", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "omat/a.yml: ok (2 phases, 2 roles, 3 steps)",
        "omat/b.yaml: ok (2 phases, 2 roles, 3 steps)",
    ]
    (tmp_path / "tyhja").mkdir()
    empty = rollout("validate", "tyhja", cwd=tmp_path)
    assert empty.returncode == 2
    assert "no process or project files (.yaml or .yml) in the folder tyhja" in empty.stderr
