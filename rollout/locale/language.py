"""The languages a document can be written in, and a helper to write one label in all of them."""

from __future__ import annotations

from typing import Literal

Language = Literal["fi", "sv", "en"]


def t(fi: str, sv: str, en: str) -> dict[Language, str]:
    """One label in Finnish, Swedish and English."""
    return {"fi": fi, "sv": sv, "en": en}
