"""rollout new: a starter process file that validates with no warning and builds, in each language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rollout.locale import Language, starter
from tests.conftest import FIXTURES
from tests.test_build import rollout, snapshot

LANGUAGES: list[Language] = ["fi", "sv", "en"]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_starter_validates_strictly_and_builds(language: str, tmp_path: Path) -> None:
    done = rollout(tmp_path, "new", "processes/uusi.yaml", "--language", language, "--no-config")
    assert done.returncode == 0, done.stderr
    assert "wrote processes/uusi.yaml: 2 phases, 3 roles, 3 steps" in done.stdout
    text = (tmp_path / "processes" / "uusi.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/process.schema.json\n")
    assert f"  language: {language}  " in text
    checked = rollout(tmp_path, "validate", "--strict")
    assert checked.returncode == 0
    assert checked.stderr == ""  # not even a warning
    assert checked.stdout == "processes/uusi.yaml: ok (2 phases, 3 roles, 3 steps)\n"
    assert rollout(tmp_path, "build", "--only", "deck").returncode == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_starter_explains_ids_lists_quotes_long_text_and_raci(language: Language) -> None:
    text = starter.PROCESS[language]
    for needed in ("[a, b]", '"- "', ": |", '"1.10"', "accountable", "responsible", "owner", "a-z, ä, ö, å"):
        assert needed in text, needed


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    (tmp_path / "processes" / "oma.yaml").write_text("mine\n", encoding="utf-8")
    before = snapshot(tmp_path)
    done = rollout(tmp_path, "new", "processes/oma.yaml")
    assert done.returncode == 2
    assert "processes/oma.yaml already exists; choose another name (nothing was written)" in done.stderr
    assert snapshot(tmp_path) == before


def test_rollout_toml_is_offered_and_written_on_request(tmp_path: Path) -> None:
    quiet = rollout(tmp_path, "new", "processes/a.yaml")  # not a terminal: nothing asked, nothing written
    assert "tip: 'rollout new --config …' also writes rollout.toml" in quiet.stdout
    assert not (tmp_path / "rollout.toml").exists()
    done = rollout(tmp_path, "new", "processes/b.yaml", "--language", "en", "--config")
    assert "wrote rollout.toml" in done.stdout
    assert 'language = "en"' in (tmp_path / "rollout.toml").read_text(encoding="utf-8")
    third = rollout(tmp_path, "new", "processes/c.yaml")  # the language now comes from rollout.toml
    assert "  language: en  " in (tmp_path / "processes" / "c.yaml").read_text(encoding="utf-8")
    assert "rollout.toml" not in third.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_starter_project_follows_its_process_and_validates_and_builds(language: str, tmp_path: Path) -> None:
    assert rollout(tmp_path, "new", "processes/uusi.yaml", "--no-config").returncode == 0
    done = rollout(tmp_path, "new", "projects/pilotti.yaml", "--process", "processes/uusi.yaml", "-l", language)
    assert done.returncode == 0, done.stderr
    assert "wrote projects/pilotti.yaml: a person for each role of the process" in done.stdout
    text = (tmp_path / "projects" / "pilotti.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/project.schema.json\n")
    assert "  process: ../processes/uusi.yaml  #" in text
    for role in ("projektipaallikko", "johto", "ammattilaiset"):
        assert f"roles: [{role}]" in text
    checked = rollout(tmp_path, "validate", "--strict", "projects/pilotti.yaml")
    assert (checked.returncode, checked.stderr) == (0, "")
    assert checked.stdout == "projects/pilotti.yaml: ok (3 steps planned, 0 late)\n"
    assert rollout(tmp_path, "build", "projects/pilotti.yaml").returncode == 0
    assert (tmp_path / "exports" / "pilotti-plan.ics").exists()


def test_a_project_file_needs_a_valid_process(tmp_path: Path) -> None:
    missing = rollout(tmp_path, "new", "projects/p.yaml")
    assert missing.returncode == 2
    assert "a project file follows a process: add --process processes/NAME.yaml" in missing.stderr
    (tmp_path / "processes").mkdir()
    shutil.copy(FIXTURES / "invalid" / "unknown-role.yaml", tmp_path / "processes" / "bad.yaml")
    broken = rollout(tmp_path, "new", "projects/p.yaml", "--process", "processes/bad.yaml")
    assert broken.returncode == 1
    assert "processes/bad.yaml:43:12: error: step 'toteuta' names unknown role 'tiimmi'" in broken.stderr
    assert not (tmp_path / "projects" / "p.yaml").exists()
