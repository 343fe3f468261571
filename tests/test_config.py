"""rollout.toml: read by every command, overridden on the command line, located when wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from rollout.config import Config, load_config, save_template
from rollout.errors import RolloutError
from tests.conftest import FIXTURES
from tests.test_build import rollout, snapshot


def issues_of(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "rollout.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RolloutError) as caught:
        load_config(path)
    return [issue.format() for issue in caught.value.issues]


def test_settings_are_read_and_defaults_fill_the_rest(tmp_path: Path) -> None:
    (tmp_path / "rollout.toml").write_text('language = "sv"\ntemplate = "pohjat/t.potx"\n', encoding="utf-8")
    config = load_config(tmp_path / "rollout.toml")
    assert config == Config(template=Path("pohjat/t.potx"), language="sv", found=True)
    assert load_config(tmp_path / "missing.toml") == Config()


def test_mistakes_in_the_settings_are_located_and_explained(tmp_path: Path) -> None:
    file = tmp_path / "rollout.toml"
    assert issues_of('language = "fi"\ntemplat = "t.pptx"\nconnectors = "sideways"\n', tmp_path) == [
        f"{file}:2:1: error: unknown setting 'templat'; did you mean 'template'? [config]",
        f"{file}:3:1: error: connectors: 'sideways' is not one of glued, drawn [config]",
    ]
    assert issues_of('language = "fi"\ntemplate = pohjat/t.pptx\n', tmp_path) == [
        f'{file}:2:12: error: a text is written in quotes: template = "pohjat/t.pptx" [config]'
    ]


def test_saving_a_template_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rollout.toml"
    path.write_text('# settings\nlanguage = "fi"\n# template = "x.potx"   # the deck\'s template\n', encoding="utf-8")
    save_template(Path("pohjat/t.pptx"), path)
    assert path.read_text(encoding="utf-8") == '# settings\nlanguage = "fi"\ntemplate = "pohjat/t.pptx"\n'
    fresh = tmp_path / "new.toml"
    save_template(Path("t.pptx"), fresh)
    assert fresh.read_text(encoding="utf-8") == 'template = "t.pptx"\n'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "processes").mkdir()
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "processes" / "p.yaml")
    template = Presentation()
    template.slide_width, template.slide_height = Emu(12_192_000), Emu(6_858_000)
    template.save(str(tmp_path / "pohja.pptx"))
    return tmp_path


def test_build_and_check_follow_the_settings(folder: Path) -> None:
    (folder / "rollout.toml").write_text(
        'template = "pohja.pptx"\nconnectors = "drawn"\ndiagrams-dir = "kuvat"\nexports-dir = "diat"\n',
        encoding="utf-8",
    )
    assert rollout(folder, "build").returncode == 0
    built = sorted(p.name for p in (folder / "diat").iterdir() if p.suffix == ".pptx")
    assert built == ["p-deck.pptx", "p-overview.pptx", "p-swimlane.pptx"]
    assert (folder / "kuvat" / "p-swimlane.svg").exists()
    assert rollout(folder, "check").returncode == 0
    overridden = rollout(folder, "check", "--connectors", "glued")
    assert "diat/p-swimlane.pptx: stale (built with other options)" in overridden.stderr


def test_a_template_given_once_is_never_dropped(folder: Path) -> None:
    first = rollout(folder, "build", "--template", "pohja.pptx")
    assert first.returncode == 0
    assert 'saved template = "pohja.pptx" in rollout.toml' in first.stderr
    assert rollout(folder, "check").returncode == 0  # check knows the template without being told
    before = snapshot(folder)
    again = rollout(folder, "build")
    assert again.stdout.startswith("wrote 0 files, 6 unchanged")
    assert snapshot(folder) == before


def test_a_broken_settings_file_stops_every_command_with_its_location(folder: Path) -> None:
    (folder / "rollout.toml").write_text('language = "de"\n', encoding="utf-8")
    for command in ("validate", "build", "check"):
        done = rollout(folder, command)
        assert done.returncode == 2
        assert done.stderr == "rollout.toml:1:1: error: language: 'de' is not one of fi, sv, en [config]\n"
