"""Text measured with the bundled font and wrapped the way PowerPoint and LibreOffice break lines."""

from __future__ import annotations

import pytest

from rollout.layout.textfit import bind_short_words, text_width, wrap, wrap_alike


def test_a_soft_hyphen_marks_where_a_compound_breaks_and_is_never_drawn() -> None:
    word = "Käyttöönotto\u00adpäätös"
    width = text_width("Käyttöönottopää", 10.0)  # too narrow for the whole word
    assert wrap(word, width, 10.0) == ("Käyttöönotto-", "päätös")
    assert wrap(word, 500.0, 10.0) == ("Käyttöönottopäätös",)
    assert text_width(word, 10.0) == text_width("Käyttöönottopäätös", 10.0)


def test_a_no_break_space_keeps_its_words_on_one_line() -> None:
    text = "Kesto noin\u00a02\u00a0vk"
    width = text_width("Kesto noin 2", 10.0)
    assert wrap(text, width, 10.0) == ("Kesto", "noin\u00a02\u00a0vk")


def test_a_soft_hyphen_is_given_up_for_the_fewest_lines_only_when_asked() -> None:
    text = "Vastuu\u00adhenkilöt nimetty"
    width = text_width("Vastuuhenki-", 10.0) + 0.5
    assert wrap(text, width, 10.0) == ("Vastuu-", "henkilöt", "nimetty")
    assert wrap(text, width, 10.0, fewest=True) == ("Vastuuhenki-", "löt nimetty")


def test_boxes_of_one_height_keep_their_seams_unless_a_box_would_grow() -> None:
    width = text_width("Vastuuhenki-", 10.0) + 0.5
    alone = wrap_alike([("Vastuuhenkilöt nimetty", width, False)], 10.0, "fi")
    assert alone == [("Vastuuhenki-", "löt nimetty")]  # a seam would cost the only box a line
    beside_a_tall_one = wrap_alike([("Vastuuhenkilöt nimetty", width, False), ("a b c", 1.0, False)], 10.0, "fi")
    assert beside_a_tall_one[0] == ("Vastuu-", "henkilöt", "nimetty")  # three lines high anyway


def test_a_character_the_font_lacks_is_measured_as_wide_as_an_emoji() -> None:
    # Liberation Sans has no emoji: another font draws it, wider than the missing-glyph box.
    assert text_width("🚀", 10.0) == 12.5
    assert text_width("a\ufe0f", 10.0) == text_width("a", 10.0)  # a variation selector takes no room
    assert text_width("ä", 10.0) == text_width("a", 10.0) == pytest.approx(5.56)  # the font has ä: its own width


def test_words_held_by_no_break_spaces_part_there_when_they_cannot_share_a_line() -> None:
    text = "Kesto noin\u00a02\u00a0vk"
    width = max(text_width("Kesto", 10.0), text_width("2 vk", 10.0)) + 1.0  # narrower than "noin 2 vk"
    assert wrap(text, width, 10.0) == ("Kesto", "noin", "2 vk")


def test_a_line_too_narrow_even_for_a_hyphen_takes_a_letter_at_a_time_and_loses_none() -> None:
    assert wrap("a\u00adb", 1.0, 10.0) == ("a", "b")
    assert wrap("abc", 1.0, 10.0) == ("a", "b", "c")
    lines = wrap("Käyttöönottosuunnitelma", text_width("Kä-", 10.0), 10.0)
    assert "".join(line.removesuffix("-") for line in lines) == "Käyttöönottosuunnitelma"
    assert all(text_width(line, 10.0) <= text_width("Kä-", 10.0) or len(line) == 1 for line in lines)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("(Projektipäällikkö A)", "(Projektipäällikkö\u00a0A)"),
        ("estetty · Tietosuojavastaava H", "estetty · Tietosuojavastaava\u00a0H"),
        ("yhteydenotto asukkaaseen (R)", "yhteydenotto asukkaaseen\u00a0(R)"),
        ("Esihenkilö C), Digimentori D", "Esihenkilö\u00a0C), Digimentori\u00a0D"),
        ("DigiFinland Oy", "DigiFinland\u00a0Oy"),
        # not a lone fragment, or not a word: left breakable
        ("Vaihe 1: Suunnittelu · Kesto", "Vaihe 1: Suunnittelu · Kesto"),
        ("Tarve ja Omaolon osat", "Tarve ja Omaolon osat"),
        ("R = tekee · A = hyväksyy", "R = tekee · A = hyväksyy"),
        ("100 % työ & muu", "100 % työ & muu"),
        ("a b c d", "a b c d"),  # no chain of short words becomes one unbreakable run
    ],
)
def test_a_short_last_word_stays_on_the_line_of_the_word_before(text: str, bound: str) -> None:
    assert bind_short_words(text) == bound


def test_a_bound_name_wraps_as_one_unit() -> None:
    text = bind_short_words("Tehtävän tekee Tietosuojavastaava H")
    width = text_width("Tehtävän tekee Tietosuojavastaava", 10.0) + 1
    assert wrap(text, width, 10.0) == ("Tehtävän tekee", "Tietosuojavastaava\u00a0H")
