"""What a new user's trial tripped on (issue 15): each mistake gets a message that says what to change."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollout.errors import RolloutError
from rollout.process.load import load_process, load_text
from rollout.process.source import parse_yaml
from tests.conftest import FIXTURES
from tests.render.pptx_text import build, open_deck
from tests.render.test_deck_guide import step_texts
from tests.test_load import minimal_with


def issues_of(text: str) -> list[str]:
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    return [issue.format() for issue in caught.value.issues]


CHECKLIST = "steps:\n  - id: a\n    checklist:\n      - Käsittelijät nimetty\n      Raportointirytmi sovittu\n"


def test_a_list_item_without_its_dash_is_told_to_get_one_and_reading_goes_on() -> None:
    doc = parse_yaml(CHECKLIST + "    duration_weeks: 2\n", "t.yaml")
    assert [issue.format() for issue in doc.problems] == [
        "t.yaml:5:7: error: this line has no '- ' in front, but the line above (line 4) is a list item: each item "
        "of a list starts with '- ' in the same column; write - Raportointirytmi sovittu, the '- ' in column 7 "
        "[missing-dash]"
    ]
    assert doc.data == {
        "steps": [{"id": "a", "checklist": ["Käsittelijät nimetty", "Raportointirytmi sovittu"], "duration_weeks": 2}]
    }


@pytest.mark.parametrize("indent", [4, 5, 6])
def test_the_dash_hint_never_says_indent_it_more_under_a_list_item(indent: int) -> None:
    text = "steps:\n  - id: a\n    checklist:\n      - Nimetty\n" + " " * indent + "Sovittu\n    owner: x\n"
    message = parse_yaml(text, "t.yaml").problems[0].format()
    assert message == (
        f"t.yaml:5:{indent + 1}: error: this line has no '- ' in front, but the line above (line 4) is a list item: "
        "each item of a list starts with '- ' in the same column; write - Sovittu, the '- ' in column 7 [missing-dash]"
    )


def test_a_line_without_a_key_among_keys_still_gets_the_key_hint() -> None:
    with pytest.raises(RolloutError) as caught:
        parse_yaml("process:\n  id: x\n  Tämä on tekstiä\n  title: y\n", "t.yaml")
    assert caught.value.issues[0].code == "bad-indent"
    assert "indent it more" in caught.value.issues[0].message


def test_the_missing_dash_does_not_hide_the_other_checks() -> None:
    text = minimal_with(
        ("    deliverables: [Suunnitelma]\n", "    checklist:\n      - Yksi\n      Kaksi\n"),
        ("owner: tiimi\n    instructions: Toteuta", "owner: tiimu\n    instructions: Toteuta"),
    )
    assert [issue.split(": error: ")[0] + " " + issue.rsplit(" ", 1)[1] for issue in issues_of(text)] == [
        "p.yaml:33:7 [missing-dash]",
        "p.yaml:45:12 [unknown-role]",
    ]


def test_a_syntax_error_that_stops_reading_says_the_other_checks_wait() -> None:
    path = FIXTURES / "invalid" / "checks-waiting.yaml"
    with pytest.raises(RolloutError) as caught:
        load_process(path, "p.yaml")
    assert [issue.format() for issue in caught.value.issues] == [
        "p.yaml:10:3: error: YAML cannot read this line: compare its indentation, quotes, colons and brackets with "
        "the lines above (YAML's own words: found character that cannot start any token) [yaml-syntax]",
        "p.yaml:10:3: note: YAML cannot read the file past this mistake, so the file's other checks (ids, "
        "references, RACI, …) run only once it is fixed: there may be more to correct after that [checks-waiting]",
    ]
    fixed = path.read_text(encoding="utf-8").replace("  %vieras\n", "")
    assert [issue.split(": ", 2)[0] for issue in issues_of(fixed)] == ["p.yaml:28:12", "p.yaml:43:12"]


def test_a_corrected_syntax_mistake_adds_no_note() -> None:
    doc = parse_yaml("process:\n  title: Palaute: perheet\n", "t.yaml")
    assert [issue.code for issue in doc.problems] == ["needs-quotes"]


RECURRING = FIXTURES / "valid" / "deck.yaml"


@pytest.mark.parametrize(("written", "read"), [("true", True), ("false", None), ("viikoittain", "viikoittain")])
def test_recurring_is_a_cadence_or_true_or_false(written: str, read: object) -> None:
    text = RECURRING.read_text(encoding="utf-8").replace("recurring: kuukausittain", f"recurring: {written}")
    step = next(s for s in load_text(text, "p.yaml").process.steps if s.id == "seuranta")
    assert step.recurring == read


@pytest.mark.parametrize(("written", "shown"), [("true", "Toistuu"), ("kuukausittain", "Toistuu: kuukausittain")])
def test_a_recurring_step_slide_reads_right(written: str, shown: str, tmp_path: Path) -> None:
    text = RECURRING.read_text(encoding="utf-8").replace("recurring: kuukausittain", f"recurring: {written}")
    process = load_text(text, "p.yaml").process
    slide = step_texts(process, open_deck(build(process)))["seuranta"]
    head = next(line for line in slide.splitlines() if "Toistuu" in line)
    assert head.split(" · ")[-1] == shown
    assert "true" not in slide.casefold()


def test_true_where_a_text_belongs_is_not_advised_into_quotes_as_the_text() -> None:
    text = minimal_with(("    title: Päätä\n", "    title: true\n"))
    assert issues_of(text) == [
        "p.yaml:34:12: error: step 'paatos': title should be text, not true/false; write what it says in words "
        '(only if you mean the word true itself, put it in quotes: title: "true") [wrong-type]'
    ]


EVALUATION = "evaluation:\n  metrics:\n    - name: Palautteita kuukaudessa\n      target: {target}\n"


@pytest.mark.parametrize(("written", "read"), [("100", "100"), ("0.5", "0.5"), ('"80 %"', "80 %")])
def test_a_metric_target_may_be_a_number(written: str, read: str) -> None:
    text = minimal_with() + EVALUATION.format(target=written)
    metric = load_text(text, "p.yaml").process.evaluation.metrics[0]
    assert metric.target == read


def test_a_path_in_a_message_counts_items_from_one_and_names_them() -> None:
    text = minimal_with() + EVALUATION.format(target="[100]")
    assert issues_of(text) == [
        "p.yaml:51:15: error: evaluation: metric 1 'Palautteita kuukaudessa': target should be text, not a list "
        "[wrong-type]"
    ]


def test_a_control_character_does_not_stop_the_checks() -> None:
    doc = parse_yaml("process:\n  title: Palaute: x\n  id: a\x01b\x02\n", "t.yaml")
    assert [issue.format() for issue in doc.problems] == [
        "t.yaml:3:8: error: the character U+0001 is not allowed in a YAML file (an invisible control character?); "
        "remove it (and the 1 more on this line after it) [yaml-syntax]",
        "t.yaml:2:17: error: this text contains ': ', which YAML reads as a new key; put the whole text in quotes: "
        'title: "Palaute: x" [needs-quotes]',
    ]
    assert doc.data == {"process": {"title": "Palaute: x", "id": "ab"}}
