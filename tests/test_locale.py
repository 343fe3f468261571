"""The label tables: every key once, in all three languages, with the same placeholders in each."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from rollout.locale import TABLES, Language, dates, deck, deck_notes, label, overview


def test_no_key_is_in_two_tables() -> None:
    keys = [key for table in TABLES for key in table]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


@pytest.mark.parametrize("key", sorted({key for table in TABLES for key in table}))
def test_every_label_has_finnish_swedish_and_english_with_the_same_placeholders(key: str) -> None:
    text = next(table[key] for table in TABLES if key in table)
    assert set(text) == {"fi", "sv", "en"}
    fields = {lang: {f for _, f, _, _ in string.Formatter().parse(value) if f} for lang, value in text.items()}
    assert fields["fi"] == fields["sv"] == fields["en"], fields


def test_who_does_it_and_who_answers_for_it_have_one_word_each() -> None:
    """R is "does", A is "approves / answers for"; no third word such as owner means either on the decks."""
    third: dict[Language, tuple[str, str]] = {
        "fi": ("omistaja", "omistaa"),
        "sv": ("ägare", " äger"),
        "en": ("owner", " owns"),
    }
    for lang, words in third.items():
        decks = (deck.LABELS, deck_notes.LABELS, overview.LABELS)
        everything = " ".join(text[lang] for table in decks for text in table.values()).casefold()
        for word in words:
            assert word not in everything, (lang, word)
    assert label("raci_r", "fi", names="X") == "Tekee (R): X"
    assert label("raci_a", "fi", names="X") == "Hyväksyy (A): X"
    assert "R = tekee · A = hyväksyy" in label("raci_legend", "fi")
    assert "R = does it · A = answers for it" in label("raci_legend", "en")


@pytest.mark.parametrize(
    ("language", "day", "span", "across"),
    [
        ("fi", "2.12.2026", "26.11.–9.12.2026", "21.12.2026–8.1.2027"),
        ("sv", "2.12.2026", "26.11.–9.12.2026", "21.12.2026–8.1.2027"),  # Finland-Swedish writes dates the same
        ("en", "2 Dec 2026", "26 Nov–9 Dec 2026", "21 Dec 2026–8 Jan 2027"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(language: Language, day: str, span: str, across: str) -> None:
    assert dates.day(dt.date(2026, 12, 2), language) == day
    assert dates.day_span(dt.date(2026, 11, 26), dt.date(2026, 12, 9), language) == span
    assert dates.day_span(dt.date(2026, 12, 21), dt.date(2027, 1, 8), language) == across  # the year on both
    assert dates.day_span(dt.date(2026, 12, 2), dt.date(2026, 12, 2), language) == day


@pytest.mark.parametrize(
    ("language", "first", "last"), [("fi", "tammi", "joulu"), ("sv", "jan", "dec"), ("en", "Jan", "Dec")]
)
def test_month_names_are_the_languages_own(language: Language, first: str, last: str) -> None:
    months = label("months", language).split()
    assert len(months) == 12
    assert (months[0], months[-1]) == (first, last)
