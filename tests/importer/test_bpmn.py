"""`rollout import`: BPMN diagrams, ours and other tools', become process files that validate; bad files are located."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rollout.importer import import_bpmn
from rollout.layout.swimlane import layout_process
from rollout.process.load import load_text
from rollout.process.model import Process
from rollout.render.bpmn import render_bpmn
from tests.conftest import FIXTURES, PROCESSES
from tests.layout_data import load
from tests.test_build import rollout

BPMN = FIXTURES / "bpmn"


def imported(data: bytes, name: str = "x") -> Process:
    result = import_bpmn(data, f"{name}.bpmn", name, f"processes/{name}.yaml")
    return load_text(result.text, f"processes/{name}.yaml").process


@pytest.mark.parametrize("path", PROCESSES, ids=[path.stem for path in PROCESSES])
def test_importing_our_own_export_gives_back_the_same_process(path: Path) -> None:
    original = load(path)
    back = imported(render_bpmn(original, layout_process(original)), path.stem)
    assert [(r.id, r.name) for r in back.roles] == [(r.id, r.name) for r in original.roles]
    assert [(p.id, p.name, p.gate, p.ongoing) for p in back.phases] == [
        (p.id, p.name, p.gate and p.gate.model_copy(update={"criteria": []}), p.ongoing) for p in original.phases
    ]
    assert [(s.id, s.owner, s.phase, sorted(s.depends_on)) for s in back.steps] == [
        (s.id, s.owner, s.phase, sorted(s.depends_on)) for s in original.steps
    ]
    assert [(s.title, s.label or s.title, s.instructions, s.deliverables, s.milestone) for s in back.steps] == [
        (s.title, s.label or s.title, s.instructions, s.deliverables, s.milestone) for s in original.steps
    ]


def test_a_diagram_from_another_tool_imports_and_says_what_it_left_out(tmp_path: Path) -> None:
    (tmp_path / "processes").mkdir()
    (tmp_path / "kaavio.bpmn").write_bytes((BPMN / "other-tool.bpmn").read_bytes())
    done = rollout(tmp_path, "import", "kaavio.bpmn")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote processes/kaavio.yaml (2 roles, 1 phase, 4 steps)")
    assert done.stderr.splitlines()[:7] == [
        "kaavio.bpmn:7:5: warning: pool 'Toimittaja' was not imported: a process file holds one pool's tasks "
        "[bpmn-skipped]",
        "kaavio.bpmn:8:5: warning: 1 message flow(s) between pools were not imported: they are not dependencies "
        "[bpmn-skipped]",
        "kaavio.bpmn:10:3: warning: the diagram has no groups, so every step is in one phase, 'Vaihe 1'; split it "
        "into phases [bpmn-no-groups]",
        "kaavio.bpmn:25:5: warning: the loop from 'laadi-suunnitelma' back to itself was left out: a rollout step "
        "is done once [bpmn-loop]",
        "kaavio.bpmn:28:5: warning: exclusiveGateway 'Hyväksytty?': every path out of it was kept (a rollout runs "
        "every step) [bpmn-choice]",
        "kaavio.bpmn:30:5: warning: subprocess 'Asenna ja testaa' became one step; the 2 task(s) inside it were not "
        "imported [bpmn-skipped]",
        "kaavio.bpmn:36:5: warning: a task has no name; it became 'Nimetön tehtävä 4' [bpmn-unnamed]",
    ]
    text = (tmp_path / "processes" / "kaavio.yaml").read_text(encoding="utf-8")
    process = load_text(text, "kaavio.yaml").process
    assert [(r.id, r.name) for r in process.roles] == [
        ("projektipäällikkö", "Projektipäällikkö"),
        ("pääkäyttäjä-ict", "Pääkäyttäjä (ICT)"),
    ]
    assert [(s.id, s.owner, s.depends_on) for s in process.steps] == [
        ("laadi-suunnitelma", "projektipäällikkö", []),
        ("tilaa-palvelu", "projektipäällikkö", ["laadi-suunnitelma"]),
        ("asenna-ja-testaa", "pääkäyttäjä-ict", ["tilaa-palvelu"]),
        ("nimetön-tehtävä-4", "pääkäyttäjä-ict", ["asenna-ja-testaa"]),
    ]
    assert process.steps[0].instructions == "Kirjoita käyttöönottosuunnitelma ja arvioi resurssit."
    assert text.count("# TODO: BPMN kertoo vain tekijän") == 4
    assert text.count("# TODO: tarkistuslista") == 4
    assert rollout(tmp_path, "validate", "processes/kaavio.yaml").returncode == 0


def test_groups_become_phases_left_to_right_as_drawn() -> None:
    result = import_bpmn((BPMN / "groups.bpmn").read_bytes(), "groups.bpmn", "groups", "groups.yaml")
    process = load_text(result.text, "groups.yaml").process
    assert process.process.language == "en"
    assert [(p.id, p.name) for p in process.phases] == [("plan", "Plan"), ("build", "Build"), ("use", "Use")]
    assert [(r.id, r.name) for r in process.roles] == [("board", "Board"), ("team", "Team")]
    assert [(s.id, s.phase, s.owner, s.depends_on, s.milestone) for s in process.steps] == [
        ("agree-the-scope", "plan", "board", [], False),
        ("build-the-service", "build", "team", ["agree-the-scope"], True),
        ("train-the-staff", "build", "team", ["agree-the-scope"], False),
        ("open-it", "use", "team", ["build-the-service"], False),
        ("decide-on-the-next-step", "use", "board", ["open-it"], False),
    ]
    assert "    # In the diagram: The board decides in its monthly meeting.\n" in result.text
    assert [(w.line, w.code) for w in result.warnings if w.file == "groups.bpmn"] == [
        (16, "bpmn-empty-group"),
        (35, "bpmn-phase-moved"),
        (36, "bpmn-no-group"),
    ]


MALFORMED = (
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n'
    '  <bpmn:process id="p">\n'
    '    <bpmn:task id="a" name="A">\n'
    "  </bpmn:process>\n"
    "</bpmn:definitions>\n"
)
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + ']>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&lol9;</bpmn:definitions>\n'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MALFORMED,
            "bad.bpmn:4:18: error: the file is not well-formed XML: Opening and ending tag mismatch: task line 3 "
            "and process [bpmn-syntax]",
        ),
        ("", "bad.bpmn:1:1: error: the file is not well-formed XML: Document is empty [bpmn-syntax]"),
        (
            '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n',
            "bad.bpmn:2:1: error: this is not a BPMN 2.0 file: its root is not <bpmn:definitions> [bpmn-not-bpmn]",
        ),
        (
            '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <process id="p"/>\n</definitions>\n',
            "bad.bpmn:1:1: error: the diagram has no tasks, so there is nothing to import as steps [bpmn-no-tasks]",
        ),
        (
            LAUGHS,
            "bad.bpmn:2:1: error: the file declares a document type (DOCTYPE); BPMN files have none, and it is not "
            "read [bpmn-doctype]",
        ),
    ],
    ids=["malformed", "empty", "not-bpmn", "no-tasks", "doctype"],
)
def test_a_file_that_cannot_be_imported_is_a_located_error_and_nothing_is_written(
    tmp_path: Path, text: str, expected: str
) -> None:
    (tmp_path / "bad.bpmn").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    done = rollout(tmp_path, "import", "bad.bpmn")
    assert time.perf_counter() - started < 30  # the entities of the DOCTYPE are never expanded
    assert (done.returncode, done.stderr.strip(), done.stdout) == (1, expected, "")
    assert not (tmp_path / "processes").exists()


def test_an_existing_file_is_overwritten_only_with_force(tmp_path: Path) -> None:
    (tmp_path / "kaavio.bpmn").write_bytes((BPMN / "groups.bpmn").read_bytes())
    target = tmp_path / "mine.yaml"
    target.write_text("# my own work\n", encoding="utf-8")
    done = rollout(tmp_path, "import", "kaavio.bpmn", "-o", "mine.yaml")
    assert done.returncode == 1
    assert done.stderr.strip() == "error: mine.yaml exists; give --force to overwrite it, or -o to write elsewhere"
    assert target.read_text(encoding="utf-8") == "# my own work\n"
    assert rollout(tmp_path, "import", "kaavio.bpmn", "-o", "mine.yaml", "--force").returncode == 0
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server:")


def test_wrong_usage_exits_2(tmp_path: Path) -> None:
    assert rollout(tmp_path, "import").returncode == 2
    assert rollout(tmp_path, "import", "x.bpmn", "--language", "de").returncode == 2
    missing = rollout(tmp_path, "import", "x.bpmn")
    assert (missing.returncode, missing.stderr.strip()) == (1, "error: cannot read x.bpmn: No such file or directory")
