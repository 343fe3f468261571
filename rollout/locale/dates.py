"""Dates as each language writes them: 2.12.2026 in Finnish and Finland-Swedish, 2 Dec 2026 in English."""

from __future__ import annotations

import datetime as dt

from rollout.locale.language import Language

_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(value: dt.date, language: Language) -> str:
    """A date as the language writes it: 2.12.2026 (fi, sv), 2 Dec 2026 (en)."""
    if language == "en":
        return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"


def short_day(value: dt.date, language: Language) -> str:
    """A date without its year, where the year is clear from the context: 2.12. (fi, sv), 2 Dec (en)."""
    if language == "en":
        return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]}"
    return f"{value.day}.{value.month}."


def day_span(start: dt.date, finish: dt.date, language: Language) -> str:
    """Two dates as a span, the first without what it shares with the second: 2.11.–20.12.2026, 2.–16.12.2026."""
    if start == finish:
        return day(start, language)
    if (start.year, start.month) == (finish.year, finish.month):  # 2.–16.12.2026, 2–16 Dec 2026
        first = f"{start.day}" if language == "en" else f"{start.day}."
    else:
        first = short_day(start, language) if start.year == finish.year else day(start, language)
    return f"{first}\u2013{day(finish, language)}"
