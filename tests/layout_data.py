"""Helpers for tests: layouts as plain JSON-ready data, loaded processes."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from rollout.layout.geometry import Layout
from rollout.process.load import load_process
from rollout.process.model import Process


def as_json(layout: Layout) -> str:
    """Stable JSON text of a layout, floats rounded to 0.01 pt."""
    return json.dumps(_rounded(dataclasses.asdict(layout)), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(item) for item in value]
    return value


def load(path: Path) -> Process:
    return load_process(path).process
