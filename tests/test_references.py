"""References name what exists: the valid ids are listed, a name written for an id gets the id to write."""

from __future__ import annotations

import pytest

from rollout.errors import RolloutError
from rollout.process.ids import ID_RULE, id_like, is_id
from rollout.process.load import load_text
from tests.test_load import minimal_with


def issues(*edits: tuple[str, str]) -> list[str]:
    with pytest.raises(RolloutError) as caught:
        load_text(minimal_with(*edits), "p.yaml")
    return [issue.format() for issue in caught.value.issues]


def test_an_unknown_role_lists_the_roles_there_are() -> None:
    assert issues(("owner: tiimi\n    instructions: Kirjoita", "owner: esihenkilo\n    instructions: Kirjoita")) == [
        "p.yaml:28:12: error: step 'suunnitelma' names unknown role 'esihenkilo'; the roles are: johto, tiimi"
        " [unknown-role]"
    ]


def test_among_many_roles_the_closest_few_are_named() -> None:
    roles = "".join(f"  - id: rooli-{n}\n    name: Rooli {n}\n" for n in range(12))
    found = issues(
        ("roles:\n", "roles:\n" + roles),
        ("owner: tiimi\n    instructions: Kirjoita", "owner: x\n    instructions: Kirjoita"),
    )
    error = next(line for line in found if "[unknown-role]" in line)
    assert error.startswith(
        "p.yaml:52:12: error: step 'suunnitelma' names unknown role 'x'; the closest of the 14 roles: "
    )
    assert error.count(",") == 4


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("owner: johto\n    instructions: Päätä", "owner: Johto\n    instructions: Päätä"),
            "p.yaml:35:12: error: step 'paatos': owner: 'Johto' is the name of role 'johto'; write its id: "
            "owner: johto [name-not-id]",
        ),
        (
            ("    phase: toteutus\n", "    phase: Toteutus\n"),
            "p.yaml:41:12: error: step 'toteuta': phase: 'Toteutus' is the name of phase 'toteutus'; write its id: "
            "phase: toteutus [name-not-id]",
        ),
        (
            ("depends_on: [paatos]", "depends_on: [Päätä]"),
            "p.yaml:46:18: error: step 'toteuta': depends_on item 1: 'Päätä' is the title of step 'paatos'; write its "
            "id: depends_on: [paatos] [name-not-id]",
        ),
    ],
)
def test_a_name_written_where_its_id_belongs_says_which_id_to_write(edit: tuple[str, str], expected: str) -> None:
    assert issues(edit) == [expected]  # and no "phase 'toteutus' has no steps"


def test_a_name_that_looks_like_an_id_is_still_recognised() -> None:
    found = issues(
        ("    name: Tiimi", "    name: tiimiläiset"),
        ("owner: tiimi\n    instructions: Kirjoita", "owner: tiimiläiset\n    instructions: Kirjoita"),
    )
    assert found == [
        "p.yaml:28:12: error: step 'suunnitelma' names unknown role 'tiimiläiset'; 'tiimiläiset' is the name of role "
        "'tiimi': write its id, tiimi [unknown-role]"
    ]


def test_a_bad_new_id_gets_the_rule_and_an_example_made_from_it() -> None:
    assert issues(("  - id: tiimi\n", "  - id: Koulutus ammattilaisille\n"), ("tiimi", "tiimi"))[0] == (
        "p.yaml:13:9: error: role 'Koulutus ammattilaisille': id: 'Koulutus ammattilaisille' cannot be an id: an id "
        f"has only {ID_RULE}; for example 'koulutus-ammattilaisille' [bad-id]"
    )


def test_the_id_rule_in_messages_is_the_rule_the_validator_applies() -> None:
    assert "ä, ö, å" in ID_RULE
    assert "'_'" in ID_RULE
    for good in ("johto-2", "ä_ö-å", "a1", "x" * 64):
        assert is_id(good)
        load_text(minimal_with().replace("johto", good), "p.yaml")
    for bad in ("Tiimi", "-a", "a-", "a b", "x" * 65, "é"):
        assert not is_id(bad)
    assert id_like("Päätös & Toteutus!") == "päätös-toteutus"
    assert id_like("Café") == "cafe"


def test_several_ids_written_with_commas_are_shown_as_a_list() -> None:
    assert issues(
        (
            "raci: {responsible: tiimi, accountable: johto}",
            "raci:\n      responsible: tiimi, johto\n      accountable: johto",
        )
    ) == [
        "p.yaml:31:20: error: step 'suunnitelma': raci.responsible: 'tiimi, johto' is read as one id; several ids "
        "are written as a list, in square brackets: responsible: [tiimi, johto] [comma-list]"
    ]


def test_a_text_list_written_as_one_line_of_text_gets_the_list_form() -> None:
    assert issues(("deliverables: [Suunnitelma]", "deliverables: Suunnitelma, Aikataulu")) == [
        "p.yaml:31:19: error: step 'suunnitelma': deliverables should be a list (lines starting with '- '), not text; "
        "write deliverables: [Suunnitelma, Aikataulu], or each item on a line of its own after '- ' [wrong-type]"
    ]


def test_a_list_item_with_a_colon_in_it_gets_quotes() -> None:
    assert issues(
        ("deliverables: [Suunnitelma]", "checklist:\n      - Palaute: perheiltä\n    deliverables: [Suunnitelma]")
    ) == [
        "p.yaml:32:9: error: step 'suunnitelma': checklist item 1 should be text, not a mapping; the text has ': ' in "
        'it, which YAML reads as a key: put the whole text in quotes: - "Palaute: perheiltä" [wrong-type]'
    ]


def test_a_duplicate_id_is_reported_at_the_second_item_naming_the_first_line() -> None:
    assert issues(("  - id: paatos\n", "  - id: suunnitelma\n"), ("depends_on: [paatos]", "depends_on: [suunnitelma]"))[
        0
    ] == (
        "p.yaml:32:9: error: step id 'suunnitelma' is already used by the step on line 25; each step needs an id of "
        "its own: give this one another id (and change the depends_on entries that mean it) [duplicate-id]"
    )


def test_a_duplicate_id_is_found_even_when_the_first_item_is_broken() -> None:
    found = issues(
        ("    name: Johto\n", "    name: [Johto]\n"),  # the first 'johto' is malformed, so left out of the checks
        ("  - id: tiimi\n", "  - id: johto\n"),
    )
    assert "p.yaml:13:9: error: role id 'johto' is already used by the role on line 11; each role" in "\n".join(found)


def test_after_a_name_written_for_an_id_the_rest_of_the_step_is_still_checked() -> None:
    # 'Tiimi' is the name of role tiimi; read as tiimi, the step's owner is neither R nor A, and its
    # depends_on names an unknown step: all three are reported in one run.
    found = issues(
        ("owner: johto\n    instructions: Päätä", "owner: Tiimi\n    instructions: Päätä"),
        ("depends_on: [suunnitelma]", "depends_on: [suunitelma]"),
    )
    assert [line.rsplit(" [", 1)[1] for line in found] == ["name-not-id]", "raci-owner]", "unknown-step]"]
    assert found[1].startswith("p.yaml:35:12: error: step 'paatos' is drawn in the lane of its owner 'tiimi'")


def test_after_ids_written_with_commas_the_step_is_still_checked_as_a_list() -> None:
    found = issues(
        (
            "raci: {responsible: tiimi, accountable: johto}",
            "raci:\n      responsible: tiimi, johtoo\n      accountable: johto",
        )
    )
    assert [line.rsplit(" [", 1)[1] for line in found] == ["comma-list]", "unknown-role]"]
    assert found[1].startswith("p.yaml:31:20: error: step 'suunnitelma' names unknown role 'johtoo'; did you mean")


NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("owner: tiimi\n    instructions: Kirjoita", f"owner: tiimi{NBSP}\n    instructions: Kirjoita"),
            "p.yaml:28:12: error: step 'suunnitelma': owner: there is a no-break space (U+00A0, often copied from "
            "Word; it looks like a space but is not one) after 'tiimi'; an id has no spaces: write owner: tiimi "
            "[no-break-space]",
        ),
        (
            ("  - id: tiimi\n", f"  - id: koko{NBSP}tiimi\n"),
            f"p.yaml:13:9: error: role 'koko{NBSP}tiimi': id: there is a no-break space (U+00A0, often copied from "
            "Word; it looks like a space but is not one) between 'koko' and 'tiimi'; an id has no spaces: write "
            "id: koko-tiimi [no-break-space]",
        ),
        (
            ("    owner: tiimi", f"    owner{NBSP}: tiimi"),
            "p.yaml:28:5: error: step 'suunnitelma': the key is not read as 'owner': there is a no-break space "
            "(U+00A0, often copied from Word; it looks like a space but is not one) after 'owner'; delete it, so "
            "that the line starts owner: [no-break-space]",
        ),
    ],
)
def test_a_no_break_space_in_an_id_or_a_key_is_named_plainly(edit: tuple[str, str], expected: str) -> None:
    assert issues(edit) == [expected]


def test_an_id_with_a_no_break_space_at_its_end_is_checked_as_the_id_meant() -> None:
    # The role's own id 'tiimi<NBSP>' is read as tiimi: the references to tiimi are not reported, the typo is.
    found = issues(("  - id: tiimi\n", f"  - id: tiimi{NBSP}\n"), ("owner: johto\n", "owner: johtoo\n"))
    assert [line.rsplit(" [", 1)[1] for line in found] == ["no-break-space]", "unknown-role]"]


def test_an_id_of_another_kind_says_what_it_is() -> None:
    assert issues(("depends_on: [paatos]", "depends_on: [johto]")) == [
        "p.yaml:46:18: error: step 'toteuta' depends on unknown step 'johto'; 'johto' is a role, not a step; the "
        "steps are: suunnitelma, paatos [unknown-step]"
    ]


def test_a_label_written_for_an_id_is_called_a_label() -> None:
    found = issues(
        ("    title: Päätä\n", "    title: Päätä asiasta\n    label: Päätös\n"),
        ("depends_on: [paatos]", "depends_on: [suunnitelma, Päätös]"),
    )
    assert found == [
        "p.yaml:47:31: error: step 'toteuta': depends_on item 2: 'Päätös' is the label of step 'paatos'; write its id: "
        "depends_on: [suunnitelma, paatos] [name-not-id]"
    ]


def test_a_text_where_a_list_belongs_does_not_hide_the_steps_other_mistakes() -> None:
    found = issues(
        ("deliverables: [Toteutus]", "deliverables: Toteutus, Raportti"),
        ("raci: {responsible: [tiimi], accountable: johto, informed: [johto]}", "raci: {responsible: [tiimi]}"),
    )
    assert [line.rsplit(" [", 1)[1] for line in found] == ["raci-accountable]", "wrong-type]"]


def test_a_key_in_capitals_gets_its_spelling() -> None:
    assert issues(("    raci: {responsible: tiimi", "    RACI: {responsible: tiimi")) == [
        "p.yaml:30:5: error: step 'suunnitelma' has an unknown key 'RACI'; did you mean 'raci'? [unknown-key]"
    ]


def test_an_unknown_top_level_key_does_not_hide_the_references() -> None:
    found = issues(("roles:\n", "muistiinpanot: x\nroles:\n"), ("owner: johto\n", "owner: johtoo\n"))
    assert [line.rsplit(" [", 1)[1] for line in found] == ["unknown-key]", "unknown-role]"]


def test_a_number_where_a_text_belongs_does_not_hide_the_phases_other_mistakes() -> None:
    found = issues(
        ("    exit_criteria: [Päätös tehty]", "    exit_criteria: [Päätös tehty]\n    typical_duration: 4"),
        ("informed: [johto]", "informed: [johtoo]"),
    )
    assert [line.rsplit(" [", 1)[1] for line in found] == ["wrong-type]", "unknown-role]"]
