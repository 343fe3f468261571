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
            "p.yaml:46:18: error: step 'toteuta': depends_on.0: 'Päätä' is the title of step 'paatos'; write its id: "
            "depends_on: paatos [name-not-id]",
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
        "p.yaml:31:20: error: step 'suunnitelma': raci.responsible: several ids are written as a list, in square "
        "brackets: responsible: [tiimi, johto] [comma-list]"
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
        "p.yaml:32:9: error: step 'suunnitelma': checklist.0 should be text, not a mapping; the text has ': ' in it, "
        'which YAML reads as a key: put the whole text in quotes: - "Palaute: perheiltä" [wrong-type]'
    ]
