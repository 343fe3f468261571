"""The label tables: every key once, in all three languages, with the same placeholders in each."""

from __future__ import annotations

import string

import pytest

from rollout.locale import TABLES, Language, deck, deck_notes, label, overview


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
