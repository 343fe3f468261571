"""YAML mistakes are told in the user's terms, at the line and column where they are, with the fix."""

from __future__ import annotations

import pytest

from rollout.errors import RolloutError
from rollout.process.source import parse_yaml


def first_issue(text: str) -> str:
    """The first problem reported: a mistake corrected in memory is among the document's problems."""
    try:
        doc = parse_yaml(text, "t.yaml")
    except RolloutError as exc:
        return exc.issues[0].format()
    assert doc.problems, "no problem reported"
    return doc.problems[0].format()


def warnings_of(text: str) -> list[str]:
    return [issue.format() for issue in parse_yaml(text, "t.yaml").warnings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "process:\n  id: x\n  title: Palaute: perheiden prosessi\n",
            "t.yaml:3:17: error: this text contains ': ', which YAML reads as a new key; put the whole text in "
            'quotes: title: "Palaute: perheiden prosessi" [needs-quotes]',
        ),
        (
            "process:\n  title: Huom:\n  id: x\n",
            "t.yaml:2:14: error: this text ends with ':', which YAML reads as a new key; put the whole text in "
            'quotes: title: "Huom:" [needs-quotes]',
        ),
        (
            'steps:\n  - id: a\n    title: Sano "hei": heti\n',
            "t.yaml:3:22: error: this text contains ': ', which YAML reads as a new key; put the whole text in "
            "quotes: title: 'Sano \"hei\": heti' [needs-quotes]",
        ),
        (
            "process:\n  title: “Palaute: perheiden”\n",
            "t.yaml:2:10: error: Word's curly quotes “…” are not quotes to YAML; write straight quotes: "
            'title: "Palaute: perheiden" [needs-quotes]',
        ),
        (
            'process:\n  title: "Tee "hyvä" suunnitelma"\n',
            't.yaml:2:10: error: the text after the closing " (\'hyvä" suunnitelma"\') is left over; put the whole '
            "text in quotes: title: 'Tee \"hyvä\" suunnitelma' [needs-quotes]",
        ),
        (
            "process:\n  title: *tärkeä* asia\n",
            "t.yaml:2:10: error: a text that starts with '*' (YAML reads it as a reference to an '&' anchor) must be "
            'in quotes: title: "*tärkeä* asia" [needs-quotes]',
        ),
        (
            "process:\n  title: [luonnos] Suunnitelma\n",
            "t.yaml:2:10: error: a text that starts with '[' (YAML reads it as a list) must be in quotes: "
            'title: "[luonnos] Suunnitelma" [needs-quotes]',
        ),
        (
            "process:\n  title: @tiimi hoitaa\n",
            "t.yaml:2:10: error: a text that starts with '@' must be in quotes: "
            'title: "@tiimi hoitaa" [needs-quotes]',
        ),
    ],
)
def test_text_that_needs_quotes_is_shown_quoted(text: str, expected: str) -> None:
    assert first_issue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "roles:\n  - id: johto\n    name: Johto\n  - id: tiimi\n      name: Tiimi\n",
            "t.yaml:5:7: error: 'name' starts in column 7, but 'id' on the line above (line 4) starts in column 5: "
            "keys of one item start in the same column; indent 'name' to column 5 (4 spaces), like line 4 "
            "[bad-indent]",
        ),
        (
            "roles:\n  - id: johto\n    name: Johto\n  - id: tiimi\n   name: Tiimi\n",
            "t.yaml:5:4: error: 'name' starts in column 4, but 'id' on the line above (line 4) starts in column 5: "
            "keys of one item start in the same column; indent 'name' to column 5 (4 spaces), like line 4 "
            "[bad-indent]",
        ),
        (
            "process:\n  id: x\n  title: y\n owner: z\n",
            "t.yaml:4:2: error: 'owner' starts in column 2, but 'title' on the line above (line 3) starts in column 3: "
            "keys of one item start in the same column; indent 'owner' to column 3 (2 spaces), like line 3 "
            "[bad-indent]",
        ),
        (
            "process:\n  id: x\n\n  # a comment\n    title: y\n",
            "t.yaml:5:5: error: 'title' starts in column 5, but 'id' on the line above (line 2) starts in column 3: "
            "keys of one item start in the same column; indent 'title' to column 3 (2 spaces), like line 2 "
            "[bad-indent]",
        ),
        (
            "roles:\n  - id: johto\n    name: Johto\n   - id: tiimi\n     name: Tiimi\n",
            "t.yaml:4:4: error: this '- ' is in column 4, but the '- ' of the item above (line 2) is in column 3: "
            "the items of one list line up; indent the '- ' to column 3 (2 spaces) [bad-indent]",
        ),
        (
            "roles:\n  - id: johto\n    name: Johto\n  id: tiimi\n  name: Tiimi\n",
            "t.yaml:4:3: error: a new list item starts with '- ' (like line 2): write - id: tiimi and indent the "
            "item's other lines to column 5 (4 spaces) [missing-dash]",
        ),
        (
            "roles:\n  - id: johto\n    name: Johto\n  kind: partner\n",
            "t.yaml:4:3: error: 'kind' starts in column 3, where the list's '- ' marks are (line 2): indent it to "
            "column 5 (4 spaces) if it belongs to the item above, or start a new item: - kind: partner [bad-indent]",
        ),
        (
            "process:\n  id: x\n  Tämä on tekstiä\n  title: y\n",
            "t.yaml:3:3: error: this line has no 'key:' in front of its text; write 'key: text', or, if it continues "
            "the text above, indent it more than that text's key [bad-indent]",
        ),
    ],
)
def test_indentation_says_what_the_line_above_uses_and_what_this_one_uses(text: str, expected: str) -> None:
    assert first_issue(text) == expected


def test_a_multi_line_text_is_not_taken_for_structure() -> None:
    text = "process:\n  description: |\n    Tausta: näin\n      sisennetty: vapaasti\n  id: x\n    title: y\n"
    assert first_issue(text).startswith("t.yaml:6:5: error: 'title' starts in column 5, but 'id' on the line above")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'process:\n  id: x\n  title: "Päätä\n  owner: z\n',
            't.yaml:3:10: error: the text that opens with " here is never closed; end it with ": title: "Päätä"'
            " [unclosed-quote]",
        ),
        (
            "process:\n  id: x\n  title: 'Päätä\n  owner: z\n",
            "t.yaml:3:10: error: the text that opens with ' here is never closed; end it with ': title: 'Päätä'"
            " [unclosed-quote]",
        ),
        (
            "steps:\n  - depends_on: [a, b\n    owner: x\n",
            "t.yaml:2:17: error: the [ opened here is never closed; end it with ]: - depends_on: [a, b] "
            "[unclosed-bracket]",
        ),
        (
            "process:\n  id: x\n  title:Otsikko\n  owner: z\n",
            "t.yaml:3:8: error: write a space after the colon: title: Otsikko [missing-space]",
        ),
        (
            "process:\n  id: x\n\ttitle: y\n",
            "t.yaml:3:1: error: this line is indented with a tab, which YAML does not accept; indent it with 2 "
            "spaces instead, like line 2 above: title: y [tab]",
        ),
        (
            "process:\n  id: x\n- vieras\n",
            "t.yaml:3:1: error: this line starts a list item ('- '), but no list starts here: 'id' on line 2 "
            "already has its value; a list goes on the lines under a key with nothing after its colon, indented more "
            "than the key (or, if this is a key of the item above, remove the '- ') [bad-indent]",
        ),
    ],
)
def test_quotes_brackets_tabs_and_colons(text: str, expected: str) -> None:
    assert first_issue(text) == expected


def test_curly_quotes_around_a_whole_text_are_a_warning_with_the_fix() -> None:
    assert warnings_of("process:\n  version: “1.0”\n  title: ”Omaolo” käyttöön\n") == [
        "t.yaml:2:12: warning: this text is in Word's curly quotes “…”, which YAML keeps as part of the text "
        '(the slides would show them); write straight quotes: version: "1.0" [curly-quotes]'
    ]


def test_an_escape_outside_double_quotes_is_a_warning_with_the_fix() -> None:
    text = "a: Käyttöönotto\\u00adsuunnitelma\nb: 'x\\u00a0y'\nc: \"ok\\u00ad\"\nd: |\n  z\\x41\n"
    assert warnings_of(text) == [
        "t.yaml:1:4: warning: '\\u00ad' is shown as these 6 characters: only a text in double quotes reads it as "
        'one character: a: "Käyttöönotto\\u00adsuunnitelma" [escape-not-read]',
        "t.yaml:2:4: warning: '\\u00a0' is shown as these 6 characters: only a text in double quotes reads it as "
        'one character: b: "x\\u00a0y" [escape-not-read]',
        "t.yaml:4:4: warning: '\\x41' is shown as these 4 characters: only a text in double quotes reads it as "
        "one character; put the text in double quotes [escape-not-read]",
    ]


def test_a_hash_that_cuts_a_text_short_is_a_warning_but_a_comment_is_not() -> None:
    text = "a: Tee suunnitelma #1 tärkein\nb: Tee  # a comment\n# a whole line\nc: x #huom\n"
    assert warnings_of(text) == [
        "t.yaml:1:4: warning: ' #' starts a comment, so '#1 tärkein' is left out of the text; to keep it, put the "
        "whole text in quotes: a: \"Tee suunnitelma #1 tärkein\" (a comment has a space after the '#') "
        "[comment-in-text]",
        "t.yaml:4:4: warning: ' #' starts a comment, so '#huom' is left out of the text; to keep it, put the "
        "whole text in quotes: c: \"x #huom\" (a comment has a space after the '#') [comment-in-text]",
    ]


def test_a_mapping_with_too_many_keys_is_refused_at_once() -> None:
    text = "process:\n  id: x\n" + "".join(f"k{n}: v\n" for n in range(300_000))
    with pytest.raises(RolloutError) as caught:
        parse_yaml(text, "t.yaml")
    assert [issue.format() for issue in caught.value.issues] == [
        "t.yaml:1002:1: error: more than 1,000 keys in the mapping that starts on line 1; has part of the file "
        "lost its indentation? Not read further [too-large]"
    ]


def test_a_huge_list_is_refused() -> None:
    text = "steps:\n" + "- x\n" * 250_000
    with pytest.raises(RolloutError) as caught:
        parse_yaml(text, "t.yaml")
    assert [issue.code for issue in caught.value.issues] == ["too-large"]


def test_every_syntax_mistake_with_a_clear_correction_is_reported_in_one_run() -> None:
    from rollout.process.load import load_text
    from tests.test_load import minimal_with

    text = minimal_with(
        ("  title: Pieni prosessi", "  title: Palaute: perheiden polku"),
        ("    name: Tiimi", "      name: Tiimi"),
        ("    title: Päätä", '    title: "Päätä'),
        ("    title: Toteuta\n", "    title: Toteuta: vaihe 2\n"),
        ("owner: tiimi\n    instructions: Toteuta", "owner: tiimu\n    instructions: Toteuta"),
    )
    with pytest.raises(RolloutError) as caught:
        load_text(text, "p.yaml")
    assert [(i.line, i.col, i.code) for i in caught.value.issues] == [
        (4, 17, "needs-quotes"),
        (14, 7, "bad-indent"),
        (34, 12, "unclosed-quote"),
        (42, 19, "needs-quotes"),
        (43, 12, "unknown-role"),  # checked as corrected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "process:\n  id: x\n  title:\u00a0Otsikko\n",
            "t.yaml:3:9: error: this line has a no-break space (U+00A0, often copied from Word; it looks like a space "
            "but is not one) where YAML needs an ordinary space: delete it and type a space: title: Otsikko "
            "[no-break-space]",
        ),
        (
            "process:\n  id: x\n \u00a0title: Otsikko\n",
            "t.yaml:3:2: error: this line has a no-break space (U+00A0, often copied from Word; it looks like a space "
            "but is not one) where YAML needs an ordinary space: delete it and type a space: title: Otsikko "
            "[no-break-space]",
        ),
    ],
)
def test_a_no_break_space_where_yaml_needs_a_space_is_named(text: str, expected: str) -> None:
    assert first_issue(text) == expected


def test_a_no_break_space_inside_a_text_is_allowed() -> None:
    doc = parse_yaml("process:\n  title: 14\u00a0päivää\n", "t.yaml")
    assert doc.problems == []
    assert doc.warnings == []
    assert doc.data == {"process": {"title": "14\u00a0päivää"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "process:\n\tid: x\n",
            "t.yaml:2:1: error: this line is indented with a tab, which YAML does not accept; indent it with 2 "
            "spaces instead, under line 1 above: id: x [tab]",
        ),
        (
            "process:\n  id: x\nroles: x\n\tsteps: x\n",
            "t.yaml:4:1: error: this line is indented with a tab, which YAML does not accept: start it at the "
            "beginning of the line, like line 3 above: steps: x [tab]",
        ),
    ],
)
def test_a_tab_gets_the_spaces_the_line_needs(text: str, expected: str) -> None:
    assert first_issue(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "roles:\n  - id: a\n    checklist: [x]\n    - y\n",
            "t.yaml:4:5: error: this line starts a list item ('- '), but no list starts here: 'checklist' on line 3 "
            "already has its value; a list goes on the lines under a key with nothing after its colon, indented more "
            "than the key (or, if this is a key of the item above, remove the '- ') [bad-indent]",
        ),
        (
            "roles:\n- id: a\n  name: A\n  - id: b\n",
            "t.yaml:4:3: error: this '- ' is in column 3, but the '- ' of the item above (line 2) is in column 1: the "
            "items of one list line up; start the '- ' at the line's start [bad-indent]",
        ),
        (
            "roles:\n  - id: a\n    name: A\n  -id: b\n    name: B\n",
            "t.yaml:4:4: error: a list item starts with '- ', a dash and a space: - id: b [missing-space]",
        ),
        (
            "process:\n  id: x\nroles\n  - id: a\n",
            "t.yaml:3:6: error: write ':' after 'roles': the lines under it belong to it: roles: [missing-colon]",
        ),
        (
            "steps:\n  - id: a\n    raci\n      responsible: x\n",
            "t.yaml:3:9: error: write ':' after 'raci': the lines under it belong to it: raci: [missing-colon]",
        ),
        (
            'process:\n  id: x\n  title: "a\\q"\n',
            "t.yaml:3:12: error: in double quotes a backslash starts a code such as \\n or \\u00ad, and '\\q' is not "
            "one; for a text with backslashes in it (a Windows path), put it in single quotes: title: 'a\\q' "
            "[bad-escape]",
        ),
        (
            'process:\n  id: x\n  url: "P:\\Perhekeskus\\ohje.docx"\n',
            "t.yaml:3:23: error: in double quotes a backslash starts a code such as \\n or \\u00ad, and '\\o' is not "
            "one; for a text with backslashes in it (a Windows path), put it in single quotes: "
            "url: 'P:\\Perhekeskus\\ohje.docx' [bad-escape]",
        ),
        (
            "process:\n  id: x\n  title: a\n  %x\n",
            "t.yaml:4:3: error: YAML cannot read this line: compare its indentation, quotes, colons and brackets with "
            "the lines above (YAML's own words: found character that cannot start any token) [yaml-syntax]",
        ),
    ],
)
def test_a_dash_or_colon_missing_or_misplaced_is_shown_fixed(text: str, expected: str) -> None:
    assert first_issue(text) == expected


def test_a_corrected_dash_or_colon_lets_reading_go_on() -> None:
    doc = parse_yaml("process:\n  id: x\nroles\n  - id: a\n  -id: b\n", "t.yaml")
    assert [issue.code for issue in doc.problems] == ["missing-colon", "missing-space"]
    assert doc.data == {"process": {"id": "x"}, "roles": [{"id": "a"}, {"id": "b"}]}


def test_a_windows_path_in_double_quotes_is_a_warning_with_the_single_quoted_line() -> None:
    assert warnings_of('a: "P:\\Perhe\\Nyt"\nb: "ok\\u00ad\\n"\nc: "x\\\\tila"\nd: \'P:\\Perhe\'\n') == [
        "t.yaml:1:4: warning: in double quotes '\\P' is read as a paragraph break, not as a backslash and 'P'; for a "
        "text with backslashes in it (a Windows path), put it in single quotes: a: 'P:\\Perhe\\Nyt' [escape-read]"
    ]


def test_two_keys_on_one_line_are_told_apart_from_text_that_needs_quotes() -> None:
    text = "roles:\n  - id: a\n    name: A\n  - id: b name: B\n"
    assert first_issue(text) == (
        "t.yaml:4:11: error: 'name: B' is a second key on this line; each key goes on a line of its own: write it "
        "on the next line, starting in column 5 like 'id' [two-keys]"
    )
    assert first_issue("process:\n  name: x\n  title: Palaute: perheiden\n").endswith("[needs-quotes]")


def test_a_bracket_over_several_lines_is_pointed_at_where_it_opens() -> None:
    assert first_issue("steps:\n  - depends_on: [a,\n      b\n    owner: x\n") == (
        "t.yaml:2:17: error: the [ opened here is never closed; add the closing ] where it ends [unclosed-bracket]"
    )
