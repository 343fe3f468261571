"""The process file a project file names, read from its parsed YAML before it is validated."""

from __future__ import annotations

import os
from typing import Any


def process_reference(data: Any, file: str) -> str | None:
    """The 'project: process:' path of parsed project YAML, seen from where the project file is read."""
    header = data.get("project") if isinstance(data, dict) else None
    ref = header.get("process") if isinstance(header, dict) else None
    if not isinstance(ref, str) or not ref.strip():
        return None
    return os.path.normpath(os.path.join(os.path.dirname(file), ref))
