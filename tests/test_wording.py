"""The checks' messages say, in plain words, what the rule is and what to change."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rollout.errors import RolloutError
from rollout.process.load import load_process, load_text
from tests.conftest import FIXTURES
from tests.test_load import minimal_with


def errors(*edits: tuple[str, str]) -> list[str]:
    with pytest.raises(RolloutError) as caught:
        load_text(minimal_with(*edits), "p.yaml")
    return [issue.format() for issue in caught.value.issues]


def warnings(*edits: tuple[str, str]) -> list[str]:
    return [issue.format() for issue in load_text(minimal_with(*edits), "p.yaml").warnings]


RACI = "raci: {responsible: [tiimi], accountable: johto, informed: [johto]}"


def test_the_owner_rule_says_what_the_owner_must_be_and_how_to_fix_it() -> None:
    assert errors((RACI, "raci: {responsible: [johto], accountable: johto}")) == [
        "p.yaml:43:12: error: step 'toteuta' is drawn in the lane of its owner 'tiimi', but tiimi neither does it "
        "(responsible, R) nor approves it (accountable, A), and the owner must do one of those: add tiimi to "
        "responsible, or make the owner one of them (johto) [raci-owner]"
    ]


def test_the_accountable_rule_names_the_one_role_to_add_or_keep() -> None:
    assert errors((RACI, "raci: {responsible: [tiimi]}")) == [
        "p.yaml:45:11: error: step 'toteuta' has no accountable role: exactly one role approves each step (A); "
        "name it in raci, for example accountable: tiimi [raci-accountable]"
    ]
    assert errors((RACI, "raci: {responsible: [tiimi], accountable: [johto, tiimi]}")) == [
        "p.yaml:45:47: error: step 'toteuta' has 2 accountable roles (johto, tiimi): exactly one role approves each "
        "step (A); keep one and make the others responsible or consulted [raci-accountable]"
    ]


def test_the_responsible_rule_names_a_role_to_write() -> None:
    assert errors((RACI, "raci: {accountable: johto}"))[1:] == [
        "p.yaml:45:11: error: step 'toteuta' has no responsible role: at least one role does each step (R); name "
        "it in raci, for example responsible: [tiimi] [raci-responsible]"
    ]


def test_a_role_both_doing_and_consulted_is_a_warning() -> None:
    assert warnings((RACI, "raci: {responsible: [tiimi], accountable: johto, consulted: [tiimi, johto]}")) == [
        "p.yaml:45:66: warning: step 'toteuta': 'tiimi' is both responsible (R) and consulted (C); a role that does "
        "a step is not consulted about it: remove tiimi from consulted [raci-overlap]",
        "p.yaml:45:73: warning: step 'toteuta': 'johto' is both accountable (A) and consulted (C); the role that "
        "approves a step is not consulted about it: remove johto from consulted [raci-overlap]",
    ]


def test_approving_and_being_informed_is_allowed() -> None:
    assert warnings() == []  # the minimal process has johto accountable for 'toteuta' and informed of it


def test_a_cycle_names_the_steps_in_order_and_how_to_break_it() -> None:
    assert errors(("depends_on: [suunnitelma]", "depends_on: [suunnitelma, toteuta]"))[0] == (
        "p.yaml:38:31: error: these steps wait for each other in a circle, so none of them can start: 'paatos' "
        "waits for 'toteuta', which waits for 'paatos'; break the circle by removing one of these dependencies (the "
        "one not really needed): 'toteuta' from the depends_on of 'paatos' (here), or 'paatos' from the depends_on "
        "of 'toteuta' [dependency-cycle]"
    )


def test_a_longer_cycle_is_told_step_by_step() -> None:
    found = errors(
        (
            "raci: {responsible: tiimi, accountable: johto}",
            "raci: {responsible: tiimi, accountable: johto}\n    depends_on: [toteuta]",
        ),
        ("phase: toteutus\n", "phase: suunnittelu\n"),
    )
    assert [line for line in found if "[dependency-cycle]" in line] == [
        "p.yaml:31:18: error: these steps wait for each other in a circle, so none of them can start: "
        "'suunnitelma' waits for 'toteuta', which waits for 'paatos', which waits for 'suunnitelma'; break the "
        "circle by removing one of these dependencies (the one not really needed): 'toteuta' from the depends_on "
        "of 'suunnitelma' (here), or 'paatos' from the depends_on of 'toteuta', or 'suunnitelma' from the "
        "depends_on of 'paatos' [dependency-cycle]"
    ]


def test_a_step_depending_on_itself_is_told_what_to_remove() -> None:
    assert errors(("depends_on: [paatos]", "depends_on: [toteuta]")) == [
        "p.yaml:46:18: error: step 'toteuta' depends on itself, so it could never start: remove 'toteuta' from its "
        "depends_on [dependency-cycle]"
    ]


def test_a_dependency_on_a_later_phase_says_the_rule() -> None:
    assert errors(("depends_on: [suunnitelma]", "depends_on: [suunnitelma, toteuta]"))[1] == (
        "p.yaml:38:31: error: step 'paatos' (phase 'suunnittelu') depends on 'toteuta' of the later phase "
        "'toteutus', but a step can only wait for steps of its own or an earlier phase: move one of them to another "
        "phase, or remove 'toteuta' from the depends_on of 'paatos' [dependency-later-phase]"
    )


def test_a_decimal_comma_gets_the_number_with_a_point() -> None:
    assert errors(("deliverables: [Toteutus]", "deliverables: [Toteutus]\n    duration_weeks: 0,5")) == [
        "p.yaml:48:21: error: step 'toteuta': duration_weeks should be a number, not text; a number is written "
        "with a point, not a comma: duration_weeks: 0.5 [wrong-type]"
    ]


def test_a_number_meant_as_text_is_shown_quoted_on_its_line() -> None:
    assert errors(('  version: "1.0"', "  version: 1.10")) == [
        'p.yaml:7:12: error: process.version should be text, not a number; write it in quotes: version: "1.10" '
        "[wrong-type]"
    ]


def test_an_empty_list_says_so_without_jargon() -> None:
    roles = "roles:\n  - id: johto\n    name: Johto\n  - id: tiimi\n    name: Tiimi\n"
    assert errors((roles, "roles: []\n"))[0] == (
        "p.yaml:10:8: error: roles: the list is empty; write at least 1 item [bad-length]"
    )


def test_a_line_indented_with_a_no_break_space_says_so() -> None:
    assert errors(("    name: Tiimi", "\u00a0   name: Tiimi"))[-1] == (
        "p.yaml:14:1: error: this line starts with a no-break space (U+00A0, often copied from Word; it looks like "
        "a space but is not one), so YAML does not read it as indented and 'name' is not a key of the item above: "
        "indent the line with ordinary spaces [no-break-space]"
    )


def test_a_missing_file_names_the_likely_one(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "omaolo.yaml")
    for name, expected in [
        ("omalo.yaml", f"there is no file omalo.yaml in the folder {tmp_path}/; did you mean {tmp_path}/omaolo.yaml?"),
        ("x.yaml", f"there is no file x.yaml in the folder {tmp_path}/; the folder {tmp_path}/ has omaolo.yaml"),
        ("ei/x.yaml", f"there is no folder {tmp_path}/ei/; check the path, from the folder you run rollout in"),
    ]:
        with pytest.raises(RolloutError) as caught:
            load_process(tmp_path / name, name)
        assert caught.value.issues[0].format() == f"{name}:1:1: error: {expected} [unreadable]"


def test_a_file_not_ending_in_yaml_is_checked_with_a_warning(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", tmp_path / "omaolo.yaml.txt")
    loaded = load_process(tmp_path / "omaolo.yaml.txt", "omaolo.yaml.txt")
    assert [issue.format() for issue in loaded.warnings] == [
        "omaolo.yaml.txt:1:1: warning: the file name ends in '.txt', not '.yaml': it is checked when named, but "
        "rollout build, check and validate without file names look only for .yaml and .yml files; rename it "
        "omaolo.yaml [file-name]"
    ]


def test_a_folder_without_process_files_says_what_it_has(tmp_path: Path) -> None:
    (tmp_path / "omat").mkdir()
    (tmp_path / "omat" / "omaolo.yaml.txt").write_text("process: {}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "rollout", "validate", "omat"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "Error: Invalid value for FILE.yaml: no process or project files (.yaml or .yml) in the folder omat (it has "
        "omaolo.yaml.txt; a process file's name ends in .yaml)"
    )


def test_the_warnings_say_what_to_write() -> None:
    found = warnings(
        ("    deliverables: [Toteutus]\n", ""),
        ("  - id: tiimi\n    name: Tiimi\n", "  - id: tiimi\n    name: Tiimi\n  - id: tuki\n    name: Tuki\n"),
    )
    assert found == [
        "p.yaml:15:9: warning: role 'tuki' owns no step, so its swimlane will be empty: make it the owner of the "
        "steps it does, or leave the role out if it needs no lane [role-without-step]",
        "p.yaml:42:9: warning: step 'toteuta' delivers nothing and no step depends on it: write what it produces "
        "(deliverables: […]), or add 'toteuta' to the depends_on of the step that waits for it [dead-end-step]",
    ]


def test_a_language_or_yes_written_as_a_word_gets_the_value_to_write() -> None:
    assert errors(("  language: fi", "  language: svenska")) == [
        "p.yaml:6:13: error: process.language: 'svenska' is not one of fi, sv, en; write language: sv [bad-value]"
    ]
    assert errors(
        ("    goal: Suunnitelma on toteutettu.", "    goal: Suunnitelma on toteutettu.\n    ongoing: kyllä")
    ) == [
        "p.yaml:23:14: error: phase 'toteutus': ongoing should be true or false, not text ('kyllä'); write "
        "ongoing: true [wrong-type]"
    ]


def test_a_bracket_left_open_on_its_line_is_closed_there_and_reading_goes_on() -> None:
    assert errors(
        ("deliverables: [Toteutus]", "deliverables: [Toteutus, Raportti"), ("owner: johto\n", "owner: x\n")
    ) == [
        "p.yaml:35:12: error: step 'paatos' names unknown role 'x'; the roles are: johto, tiimi [unknown-role]",
        "p.yaml:47:19: error: the [ opened here is never closed; end it with ]: deliverables: [Toteutus, Raportti] "
        "[unclosed-bracket]",
    ]
