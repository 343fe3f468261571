"""Long words broken where their language breaks them: Voikko for Finnish, pyphen for Swedish and English."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyphen
import pytest

from rollout.build import NO_DICTIONARY, BuildOptions, run_build
from rollout.layout import hyphenate, textfit
from rollout.layout.swimlane import layout_process
from rollout.layout.textfit import text_width, wrap
from rollout.locale.language import Language
from rollout.process.load import load_process, load_text
from rollout.process.source import read_text
from tests.conftest import FIXTURES, ROOT

SIZE = 10.0


def narrower_than(text: str) -> float:
    """A line width that just misses text (and its hyphen): the word must break before its end."""
    return text_width(text, SIZE) - 0.5


def letters(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def test_voikko_finds_the_seams_of_a_compound_and_its_syllables() -> None:
    found = dict(hyphenate.breaks("Käyttöönottosuunnitelma", "fi"))
    assert found[12] is True  # käyttöönotto|suunnitelma
    assert found[8] is True  # käyttöön|otto
    assert found[4] is False  # käyt|töön: a syllable, not a seam
    assert found[21] is False  # suunnitel|ma


def test_a_compound_breaks_at_its_seam_rather_than_at_a_later_syllable() -> None:
    width = narrower_than("Käyttöönottosuunnitelm-")  # "Käyttöönottosuunnitel-" would fit
    assert wrap("Käyttöönottosuunnitelma", width, SIZE) == ("Käyttöönotto-", "suunnitelma")
    assert wrap("Käyttöönottopäätös", narrower_than("Käyttöönottopäätös"), SIZE) == ("Käyttöönotto-", "päätös")


def test_a_title_breaks_at_its_seam_not_before_its_last_syllable() -> None:
    width = narrower_than("Perhekeskuksen")  # wide enough for "Perhekeskuk-"
    assert text_width("Perhekeskuk-", SIZE) <= width
    assert wrap("Perhekeskuksen palvelut", width, SIZE) == ("Perhe-", "keskuksen", "palvelut")


@pytest.mark.parametrize(
    ("language", "pieces"),
    [("fi", ("Käyt", "töön", "otto", "suun", "nitelma")), ("sv", ("Kom", "muni", "kations", "plane", "ring"))],
)
def test_no_width_leaves_a_fragment_of_under_three_letters(language: Language, pieces: tuple[str, ...]) -> None:
    word = "".join(pieces)
    widest = text_width(word, SIZE)
    narrowest = max(text_width(f"{piece}-", SIZE) for piece in pieces)  # a split into whole pieces fits
    steps = 60
    for step in range(steps + 1):
        width = narrowest + (widest - narrowest) * step / steps
        lines = wrap(word, width, SIZE, language=language)
        assert "".join(line.removesuffix("-") for line in lines) == word
        assert all(letters(line) >= 3 for line in lines), (width, lines)
        assert all(text_width(line, SIZE) <= width for line in lines), (width, lines)


def test_the_lone_ma_of_suunnitelma_never_stands_on_a_line() -> None:
    width = narrower_than("Käyttöönottosuunnitelma") - text_width("ma", SIZE)
    lines = wrap("Käyttöönottosuunnitelma", width, SIZE)
    assert lines[-1] != "ma"
    assert "suunnitel-" not in lines


def test_swedish_breaks_where_pyphen_swedish_dictionary_allows() -> None:
    word = "Kommunikationsplanering"
    allowed = set(pyphen.Pyphen(lang="sv").positions(word))
    lines = wrap(word, narrower_than("Kommunikationsplan"), SIZE, language="sv")
    assert len(lines) == 2
    assert len(lines[0]) - 1 in allowed
    assert lines == ("Kommunikationspla-", "nering")  # kom-mu-ni-ka-tions-pla-ne-ring: the last that fits


def test_english_breaks_where_pyphen_english_dictionary_allows() -> None:
    word = "Implementation"
    allowed = set(pyphen.Pyphen(lang="en_GB").positions(word))
    lines = wrap(f"{word} plan", narrower_than("Implementa"), SIZE, language="en")
    assert len(lines[0]) - 1 in allowed
    assert lines == ("Implement-", "ation plan")  # British English: im-ple-ment-a-tion


def test_a_hand_placed_soft_hyphen_wins_over_the_dictionary() -> None:
    width = narrower_than("Arviointityöpaja")  # "Arviointityö-" fits: the dictionary's last seam
    assert wrap("Arviointityöpaja", width, SIZE) == ("Arviointityö-", "paja")
    assert wrap("Arviointi\u00adtyöpaja", width, SIZE) == ("Arviointi-", "työpaja")


def test_a_word_breaks_after_its_own_hyphen_without_another() -> None:
    width = narrower_than("ICT-yhteyshenkilö")
    assert wrap("ICT-yhteyshenkilö", width, SIZE) == ("ICT-yhteys-", "henkilö")


@pytest.fixture
def without_voikko(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a machine without libvoikko1 or voikko-fi: the cached breaks and lines are forgotten."""
    monkeypatch.setattr(hyphenate, "finnish_dictionary", lambda: None)
    forget()
    yield
    forget()


def forget() -> None:
    """Empty every cache of breaks and lines, so that they are found again with the dictionary at hand."""
    for cached in (hyphenate.breaks, textfit._breakable, textfit._wrap, textfit.wrap):
        cached.cache_clear()


@pytest.mark.usefixtures("without_voikko")
def test_without_voikko_finnish_breaks_between_syllables_only() -> None:
    found = dict(hyphenate.breaks("Käyttöönottosuunnitelma", "fi"))
    assert not any(found.values())  # no seams are known
    assert sorted(found) == [4, 7, 10, 12, 16, 18, 21]  # käyt-töö-not-to-suun-ni-tel-ma: the basic rule
    lines = wrap("Käyttöönottosuunnitelma", narrower_than("Käyttöönottosuunnitelm-"), SIZE)
    assert lines == ("Käyttöönottosuunni-", "telma")


@pytest.mark.usefixtures("without_voikko")
def test_without_voikko_a_build_warns_once(tmp_path: Path) -> None:
    for name in ("a", "b"):
        shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / f"{name}.yaml")
    options = BuildOptions(tmp_path / "diagrams", tmp_path / "exports", only=("swimlane-svg",), jobs=1)
    result = run_build([tmp_path / "a.yaml", tmp_path / "b.yaml"], options)
    warned = [w for w in result.warnings if w.code == NO_DICTIONARY]
    assert [w.format().split(": warning: ")[0] for w in warned] == [f"{tmp_path / 'a.yaml'}:1:1"]
    assert "libvoikko1 and voikko-fi" in warned[0].message


def test_with_voikko_a_build_does_not_warn(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "a.yaml")
    options = BuildOptions(tmp_path / "diagrams", tmp_path / "exports", only=("swimlane-svg",), jobs=1)
    result = run_build([tmp_path / "a.yaml"], options)
    assert not [w for w in result.warnings if w.code == NO_DICTIONARY]


@pytest.mark.parametrize("path", sorted((ROOT / "processes").glob("*.yaml")), ids=lambda p: p.stem)
def test_no_swimlane_box_of_a_process_has_a_fragment_of_under_three_letters(path: Path) -> None:
    layout = layout_process(load_process(path).process)
    for page in layout.pages:
        texts = [page.title, *(box.text for box in page.boxes), *(column.header for column in page.columns)]
        for text in texts:
            for line, after in itertools.pairwise(text.lines):
                if line.endswith("-"):
                    assert letters(line.split()[-1]) >= 3, text.lines
                    assert letters(after.split()[0]) >= 3, text.lines


def test_omaolo_boxes_break_compounds_at_their_seams() -> None:
    layout = layout_process(load_process(ROOT / "processes" / "omaolo.yaml").process)
    lines = {box.step_id: box.text.lines for page in layout.pages for box in page.boxes}
    assert lines["kayttoonottopaatos"] == ("Käyttöön-", "ottopäätös")  # not Käyttöönot-/topäätös
    assert lines["arviointityopaja"] == ("Arviointi-", "työpaja")  # the label's soft hyphen


def test_a_swimlane_title_breaks_at_its_seam_even_where_a_syllable_would_save_a_line() -> None:
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Pieni prosessi", "title: Perhekeskuksen palvelut", 1)
    layout = layout_process(load_text(read_text(text.encode(), "p.yaml"), "p.yaml").process)
    title = layout.pages[0].title
    assert text_width("Perhekeskuksen", title.size, True) > title.rect.w - 2 * title.pad  # it must break
    assert title.lines == ("Perhe-", "keskuksen", "palvelut")  # not Perhekeskuk-/sen palvelut
