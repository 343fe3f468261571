"""The JSON Schema of the project file format, for editors and for `rollout schema --project`."""

from __future__ import annotations

from rollout.process.schema import model_schema_text
from rollout.project.model import Project


def schema_text() -> str:
    """The project file schema as stable, pretty-printed JSON text ending in a newline."""
    return model_schema_text(Project, "rollout project")
