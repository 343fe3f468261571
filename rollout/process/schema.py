"""The JSON Schema of the process file format, for editors and for `rollout schema`."""

from __future__ import annotations

import json

from pydantic import BaseModel

from rollout.process.model import Process


def schema_text() -> str:
    """The process file schema as stable, pretty-printed JSON text ending in a newline."""
    return model_schema_text(Process, "rollout process")


def model_schema_text(model: type[BaseModel], title: str) -> str:
    """A model's JSON Schema as stable, pretty-printed JSON text ending in a newline."""
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
