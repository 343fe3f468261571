"""The strict YAML reader: types never change silently, merges work, bombs are refused."""

from __future__ import annotations

import time

import pytest

from rollout.errors import RolloutError
from rollout.process.source import parse_yaml, read_text


def codes(text: str) -> list[str]:
    with pytest.raises(RolloutError) as caught:
        parse_yaml(text, "t.yaml")
    return [issue.code for issue in caught.value.issues]


def test_yaml_1_1_booleans_and_dates_stay_text() -> None:
    data = parse_yaml("a: yes\nb: no\nc: on\nd: 2024-01-31\ne: 1:20\n", "t.yaml").data
    assert data == {"a": "yes", "b": "no", "c": "on", "d": "2024-01-31", "e": "1:20"}


def test_core_schema_scalars() -> None:
    data = parse_yaml("a: true\nb: 12\nc: 1.10\nd: '1.10'\ne: ~\nf: 0x1F\n", "t.yaml").data
    assert data == {"a": True, "b": 12, "c": 1.1, "d": "1.10", "e": None, "f": 31}


def test_merge_keys_and_anchors_work_and_explicit_keys_win() -> None:
    data = parse_yaml("base: &b {k: 1, j: 2}\nm:\n  <<: *b\n  j: 3\n", "t.yaml").data
    assert data["m"] == {"j": 3, "k": 1}


def test_positions_are_one_based_line_and_column() -> None:
    doc = parse_yaml("a:\n  b: [x, y]\n", "t.yaml")
    assert doc.locate(("a", "b", 1)) == (2, 10)
    assert doc.locate(("a", "missing")) == (2, 3)
    assert doc.locate(("a", "b"), key=True) == (2, 3)


def test_a_duplicate_key_is_reported_and_reading_goes_on_with_the_later_value() -> None:
    doc = parse_yaml("a: 1\nb: 2\na: 3\n", "t.yaml")
    assert doc.data == {"a": 3, "b": 2}
    assert [issue.format() for issue in doc.problems] == [
        "t.yaml:3:1: error: 'a' is given twice (first on line 1); the later one is checked: remove one of them"
        " [duplicate-key]"
    ]


def test_python_tags_are_refused() -> None:
    assert codes("a: !!python/object/apply:os.system ['true']\n") == ["unsafe-tag"]


def test_billion_laughs_is_refused_fast() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    started = time.perf_counter()
    assert codes("\n".join(lines) + "\n") == ["too-large"]
    assert time.perf_counter() - started < 5  # a guard against a hang, not a performance target


def test_bom_and_windows_line_endings_are_fine() -> None:
    text = read_text("\ufeffa: 1\r\nb: x\r\n".encode(), "t.yaml")
    assert parse_yaml(text, "t.yaml").data == {"a": 1, "b": "x"}


def test_unclosed_quote_points_at_its_opening_and_reading_goes_on_as_if_closed() -> None:
    doc = parse_yaml("a: 1\nb: 'open\nc: 2\n", "t.yaml")
    issue = doc.problems[0]
    assert (issue.line, issue.col, issue.code) == (2, 4, "unclosed-quote")
    assert doc.data == {"a": 1, "b": "open", "c": 2}


def test_an_unclosed_double_quote_is_found_where_it_opens_not_where_yaml_gives_up() -> None:
    text = 'steps:\n  - id: a\n    title: "Open text\n    owner: x\n  - id: b\n    title: "Closed"\n    owner: y\n'
    assert [issue.format() for issue in parse_yaml(text, "t.yaml").problems] == [
        't.yaml:3:12: error: the text that opens with " here is never closed; end it with ": title: "Open text"'
        " [unclosed-quote]"
    ]


def test_a_missing_dash_before_an_item_is_one_line_and_the_item_is_read_as_meant() -> None:
    text = "steps:\n  - id: a\n    title: A\n    id: b\n    title: B\n    owner: x\n"
    doc = parse_yaml(text, "t.yaml")
    assert [issue.format() for issue in doc.problems] == [
        "t.yaml:4:5: error: 'id' comes a second time in one item; a new item starts with '- ' (is it missing?): "
        "write - id: b, the '- ' in column 3 like the items above"
        " [missing-dash]"
    ]
    assert doc.data == {"steps": [{"id": "a", "title": "A"}, {"id": "b", "title": "B", "owner": "x"}]}
    assert doc.locate(("steps", 1, "owner")) == (6, 12)


def test_a_closed_multi_line_quote_is_not_blamed_for_a_bad_indent_after_it() -> None:
    text = 'process:\n  description: "Two\n    lines."\n  language: fi\n bad: x\n  version: "1"\n'
    issue = parse_yaml(text, "t.yaml").problems[0]
    assert (issue.line, issue.col) == (5, 2)  # the line that breaks the indentation
    assert "never closed" not in issue.message
