"""Every issue code has an invalid fixture whose header says where the error must point."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rollout.errors import RolloutError
from rollout.process.load import load_process, load_text
from tests.conftest import FIXTURES

INVALID = sorted((FIXTURES / "invalid").glob("*.yaml"))


def expected(path: Path) -> list[tuple[int, int, str]]:
    header = path.read_bytes().split(b"\n", 1)[0].decode()
    found = re.findall(r"(\d+):(\d+) ([a-z0-9-]+)", header)
    assert found, f"{path.name} lacks an '# expect: line:col code' header"
    return sorted((int(line), int(col), code) for line, col, code in found)


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_fixture_reports_its_issue_at_the_expected_position(path: Path) -> None:
    try:
        loaded = load_process(path, path.name)
    except RolloutError as exc:
        issues = exc.issues
    else:
        issues = loaded.warnings
    assert sorted((i.line, i.col, i.code) for i in issues) == expected(path)
    assert all(issue.file == path.name for issue in issues)


def test_each_fixture_is_named_after_a_code_it_reports() -> None:
    for path in INVALID:
        assert path.stem in [code for _, _, code in expected(path)]


def test_valid_minimal_has_no_issues() -> None:
    loaded = load_process(FIXTURES / "valid" / "minimal.yaml")
    assert loaded.warnings == ()
    assert [s.id for s in loaded.process.steps] == ["suunnitelma", "paatos", "toteuta"]


def test_issues_are_sorted_by_position_and_formatted_gcc_style() -> None:
    with pytest.raises(RolloutError) as caught:
        load_process(FIXTURES / "invalid" / "unknown-phase.yaml", "x.yaml")
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("x.yaml:20:9: error: phase 'toteutus' has no steps")
    assert lines[1] == (
        "x.yaml:41:12: error: step 'toteuta' is in unknown phase 'totetus'; did you mean 'toteutus'? [unknown-phase]"
    )


def test_unreadable_path_is_a_located_error(tmp_path: Path) -> None:
    with pytest.raises(RolloutError) as caught:
        load_process(tmp_path / "missing.yaml", "missing.yaml")
    assert caught.value.issues[0].format() == (
        f"missing.yaml:1:1: error: there is no file missing.yaml in the folder {tmp_path}/ [unreadable]"
    )


def minimal_with(*edits: tuple[str, str]) -> str:
    text = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def codes_at(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    return [(issue.line, issue.col, issue.code) for issue in caught.value.issues]


def test_shape_and_graph_mistakes_are_reported_in_one_run() -> None:
    text = minimal_with(
        ("title: Toteuta", "title: [Toteuta]"),  # a shape error in the last step
        ("depends_on: [suunnitelma]", "depends_on: [suunitelma]"),  # a graph error in another step
        ("raci: {responsible: johto, accountable: johto}", "raci: {responsible: johto, accountable: [johto, tiimi]}"),
    )
    assert codes_at(text) == [(37, 45, "raci-accountable"), (38, 18, "unknown-step"), (42, 12, "wrong-type")]


def test_what_only_a_left_out_item_causes_is_not_reported() -> None:
    # The broken step 'paatos' is left out of the graph checks: nobody is told that the step
    # depending on it names an unknown step; an empty phase that it does not explain is reported.
    text = minimal_with(
        ("title: Päätä", "title: {a: b}"),
        ("phase: toteutus\n    title: Toteuta", "phase: suunnittelu\n    title: Toteuta"),
    )
    assert [code for _, _, code in codes_at(text)] == ["empty-phase", "wrong-type"]


def test_a_misspelt_required_key_is_one_line_not_two() -> None:
    text = minimal_with(("\nphases:", "\nphasez:"))
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    assert [issue.format() for issue in caught.value.issues] == [
        "p.yaml:15:1: error: the file has an unknown key 'phasez'; did you mean 'phases'? [unknown-key]"
    ]


def test_references_to_a_left_out_role_in_the_one_id_form_are_not_reported() -> None:
    # 'accountable: johto' names the role in the one-id form; the role itself is malformed
    text = minimal_with(("    name: Johto", "    name: 5"))
    assert [code for _, _, code in codes_at(text)] == ["wrong-type"]


def test_a_left_out_step_without_a_phase_does_not_leave_its_phase_reported_empty() -> None:
    text = minimal_with(("    phase: toteutus\n", ""))
    assert [code for _, _, code in codes_at(text)] == ["missing-key"]


def test_at_most_a_screenful_of_errors_then_how_many_more() -> None:
    text = minimal_with(("  owner: Testialue\n", "  owner: Testialue\n" + "".join(f"  k{n}: x\n" for n in range(70))))
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    issues = caught.value.issues
    assert len(issues) == 51
    assert [issue.code for issue in issues[:50]] == ["unknown-key"] * 50
    assert issues[-1].format() == (
        "p.yaml:59:3: note: 20 more problems from here on not shown; fix the ones above first, then check again"
        " [too-many-errors]"
    )


def test_a_file_of_a_hundred_thousand_errors_is_answered_with_a_screenful_and_the_count() -> None:
    text = minimal_with(("steps:\n", "steps:\n" + "  - x\n" * 90_000))
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    issues = caught.value.issues
    assert [issue.line for issue in issues[:50]] == list(range(25, 75))
    assert issues[0].message == "step #1 should be a mapping (key: value lines), not text"
    assert issues[-1].format().startswith("p.yaml:75:5: note: 89,950 more problems from here on not shown")


def test_a_duplicated_key_is_reported_and_the_rest_of_the_file_is_checked() -> None:
    text = minimal_with(
        ("    name: Tiimi\n", "    name: Tiimi\n    name: Tiimi2\n"), ("owner: tiimi\n", "owner: tiimu\n")
    )
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    assert [(i.line, i.col, i.code) for i in caught.value.issues] == [
        (15, 5, "duplicate-key"),
        (29, 12, "unknown-role"),
    ]


def test_thin_content_is_a_warning_saying_what_the_slide_will_lack() -> None:
    text = minimal_with(
        ("  context: {goal: Pieni esimerkki prosessista.}\n", ""),
        ("    goal: Suunnitelma on toteutettu.\n    exit_criteria: [Toteutus valmis]\n", ""),
    )
    assert [issue.format() for issue in load_text(text, "p.yaml").warnings] == [
        "p.yaml:2:1: warning: the process has no 'context': the slide 'Lähtötilanne ja tavoite' will show only the "
        "description; add context with background, needs, goal or target_group [thin-content]",
        "p.yaml:19:9: warning: phase 'toteutus' has no 'exit_criteria' and no 'gate': its opening slide will not "
        "say when the phase is done; add exit_criteria: […] with what must be true by then [thin-content]",
        "p.yaml:19:9: warning: phase 'toteutus' has no 'goal': its opening slide will not say what the phase is "
        "for; add goal: with a sentence on what is reached by the phase's end [thin-content]",
    ]
