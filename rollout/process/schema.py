"""The JSON Schema of the process file format, for editors and for `rollout schema`."""

from __future__ import annotations

import json

from rollout.process.model import Process


def schema_text() -> str:
    """The schema as stable, pretty-printed JSON text ending in a newline."""
    schema = Process.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "rollout process"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
