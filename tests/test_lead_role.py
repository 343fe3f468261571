"""The guide's optional references: lead_role, a gate's informed roles and metrics_step, checked like any other."""

from __future__ import annotations

import json

import pytest

from rollout.errors import RolloutError
from rollout.process.load import load_text
from rollout.process.schema import schema_text
from tests.conftest import FIXTURES

MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def errors(text: str) -> list[str]:
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    return [issue.format() for issue in caught.value.issues]


def test_lead_role_names_a_declared_role() -> None:
    process = load_text(MINIMAL.replace("  owner: Testialue\n", "  owner: Testialue\n  lead_role: tiimi\n"), "p.yaml")
    assert process.process.process.lead_role == "tiimi"


def test_an_unknown_lead_role_is_located_with_a_suggestion() -> None:
    text = MINIMAL.replace("  owner: Testialue\n", "  owner: Testialue\n  lead_role: tiimii\n")
    assert errors(text) == [
        "p.yaml:9:14: error: process.lead_role names unknown role 'tiimii'; did you mean 'tiimi'? [unknown-role]"
    ]


def test_an_unknown_lead_role_is_reported_with_the_other_mistakes_of_the_file() -> None:
    text = MINIMAL.replace("  owner: Testialue\n", "  owner: Testialue\n  lead_role: johtoo\n")
    text = text.replace("    title: Päätä\n", "    title: 12\n")
    found = errors(text)
    assert [line.split(": error: ")[0] for line in found] == ["p.yaml:9:14", "p.yaml:35:12"]
    assert "did you mean 'johto'?" in found[0]
    assert found[1].endswith("[wrong-type]")


def test_a_lead_role_id_that_is_no_id_is_a_shape_error_alone() -> None:
    text = MINIMAL.replace("  owner: Testialue\n", "  owner: Testialue\n  lead_role: Tiimi\n")
    assert [line.rsplit(" ", 1)[1] for line in errors(text)] == ["[name-not-id]"]  # 'Tiimi' is role tiimi's name


def test_a_gate_informs_declared_roles_only() -> None:
    gate = "    name: Suunnittelu\n    gate: {decision: Jatketaanko?, decided_by: johto, informed: [tiimi, tiimy]}\n"
    found = errors(MINIMAL.replace("    name: Suunnittelu\n", gate))
    assert found == [
        "p.yaml:18:73: error: phase 'suunnittelu' gate informs unknown role 'tiimy'; did you mean 'tiimi'? "
        "[unknown-role]"
    ]


def test_metrics_step_names_a_declared_step() -> None:
    found = errors(MINIMAL + "evaluation:\n  metrics_step: suunnitelmaa\n")
    assert found == [
        "p.yaml:49:17: error: evaluation.metrics_step names unknown step 'suunnitelmaa'; "
        "did you mean 'suunnitelma'? [unknown-step]"
    ]


def test_the_schema_offers_the_new_keys() -> None:
    schema = json.loads(schema_text())["$defs"]
    assert "lead_role" in schema["ProcessInfo"]["properties"]
    assert "informed" in schema["Gate"]["properties"]
    assert "metrics_step" in schema["Evaluation"]["properties"]
