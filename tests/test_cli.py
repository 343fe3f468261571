"""The command line as a user meets it: exit codes, stderr lines, help text."""

from __future__ import annotations

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
        "p.yaml:17:9: error: phase 'toteutus' has no steps [empty-phase]",
        "p.yaml:36:12: error: step 'toteuta' is in unknown phase 'totetus'; did you mean 'toteutus'? [unknown-phase]",
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
    assert "none found in processes/*.yaml" in empty.stderr


def test_validate_defaults_to_every_process_file(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "processes" / "a.yaml")
    shutil.copy(FIXTURES / "invalid" / "unknown-step.yaml", tmp_path / "processes" / "b.yaml")
    done = rollout("validate", cwd=tmp_path)
    assert done.returncode == 1
    assert "processes/a.yaml: ok" in done.stdout
    assert done.stderr.startswith("processes/b.yaml:41:18: error:")


def test_help_is_written_for_people() -> None:
    done = rollout("--help")
    assert done.returncode == 0
    for command in ("validate", "schema", "build", "check"):
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
        "try:\n    app(['validate', 'tests/fixtures/valid/minimal.yaml'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pptx', 'graphviz', 'PIL', 'lxml') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.stdout.strip().splitlines()[-1] == "[]"
