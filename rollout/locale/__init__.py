"""Fixed user-facing labels in Finnish, Swedish and English, chosen by the document's language.

Each module holds the labels of one kind of output; their keys never overlap (a test checks it).
"""

from __future__ import annotations

from rollout.locale import bpmn, deck, deck_notes, overview, project, status, status_notes, swimlane
from rollout.locale.language import Language

__all__ = ["LABELS", "Language", "label"]

TABLES = (
    swimlane.LABELS,
    deck.LABELS,
    deck_notes.LABELS,
    overview.LABELS,
    bpmn.LABELS,
    project.LABELS,
    status.LABELS,
    status_notes.LABELS,
)
LABELS = {key: text for table in TABLES for key, text in table.items()}


def label(key: str, language: Language, **values: object) -> str:
    """The label for key in the language, with {placeholders} filled in."""
    return LABELS[key][language].format(**values)
