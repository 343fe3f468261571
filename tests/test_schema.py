"""The committed JSON Schema is what `rollout schema` prints, and process files point to it."""

from __future__ import annotations

import json

from rollout.process.schema import schema_text
from rollout.project import schema as project_schema
from tests.conftest import PROCESSES, ROOT
from tests.test_cli import rollout

SCHEMA = ROOT / "schema" / "process.schema.json"
PROJECT_SCHEMA = ROOT / "schema" / "project.schema.json"


def test_committed_schema_is_current() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), "run: rollout schema -o schema/process.schema.json"


def test_cli_prints_the_schema() -> None:
    done = rollout("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == "rollout process"


def test_schema_accepts_a_single_accountable_role() -> None:
    schema = json.loads(schema_text())
    accountable = schema["$defs"]["Raci"]["properties"]["accountable"]
    assert {"type": "string", "pattern": accountable["anyOf"][0]["pattern"]} == accountable["anyOf"][0]


def test_every_process_file_starts_with_the_schema_line() -> None:
    assert PROCESSES
    for path in PROCESSES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/process.schema.json", path.name


def test_committed_project_schema_is_current_and_project_files_point_to_it() -> None:
    expected = project_schema.schema_text()
    assert PROJECT_SCHEMA.read_text(encoding="utf-8") == expected, "run: rollout schema --project -o " + str(
        PROJECT_SCHEMA.relative_to(ROOT)
    )
    assert json.loads(rollout("schema", "--project").stdout)["title"] == "rollout project"
    for path in sorted((ROOT / "projects").glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/project.schema.json", path.name


def test_the_project_schema_describes_dates_and_people() -> None:
    schema = json.loads(project_schema.schema_text())
    start = schema["$defs"]["ProjectInfo"]["properties"]["start"]["anyOf"][0]
    assert (start["type"], start["format"]) == ("string", "date")
    assert set(schema["$defs"]["StepEntry"]["properties"]["status"]["anyOf"][0]["enum"]) == {
        "todo",
        "doing",
        "done",
        "blocked",
        "skipped",
    }
