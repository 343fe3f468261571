"""The BPMN export: valid for the OMG schema, bpmn.io and a workflow engine, and drawn like the swimlane."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
import SpiffWorkflow
from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState

from bench.generate import generate
from rollout.layout.swimlane import layout_process
from rollout.process.load import load_text
from rollout.process.model import Process
from rollout.render.bpmn import render_bpmn
from tests.conftest import FIXTURES, PROCESSES, ROOT, check_golden
from tests.layout_data import load

NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "dc": "http://www.omg.org/spec/DD/20100524/DC",
    "di": "http://www.omg.org/spec/DD/20100524/DI",
}
SCHEMA = Path(SpiffWorkflow.__file__).parent / "bpmn" / "parser" / "schema" / "BPMN20.xsd"
NAMES = [path.stem for path in PROCESSES]


@functools.cache
def exported(name: str) -> bytes:
    process = load(ROOT / "processes" / f"{name}.yaml")
    return render_bpmn(process, layout_process(process))


@functools.cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def tree(data: bytes) -> etree._Element:
    return etree.fromstring(data)


@pytest.mark.parametrize("name", NAMES)
def test_every_process_validates_against_the_omg_bpmn_schema(name: str) -> None:
    document = tree(exported(name))
    assert schema().validate(document), str(schema().error_log)


@pytest.mark.parametrize("name", NAMES)
def test_a_workflow_engine_runs_every_step_once_and_never_before_its_dependencies(name: str, tmp_path: Path) -> None:
    process = load(ROOT / "processes" / f"{name}.yaml")
    path = tmp_path / f"{name}.bpmn"
    path.write_bytes(exported(name))
    parser = BpmnParser()
    parser.add_bpmn_file(str(path))
    workflow = BpmnWorkflow(parser.get_spec(f"Process_{process.process.id}"))
    done: list[str] = []
    workflow.do_engine_steps()
    while ready := workflow.get_tasks(state=TaskState.READY, manual=True):
        task = ready[0]
        step = task.task_spec.bpmn_id.removeprefix("Activity_")
        assert all(dep in done for dep in _depends(process, step)), f"{step} ran before its dependencies"
        done.append(step)
        task.run()
        workflow.do_engine_steps()
    assert workflow.is_completed()
    assert sorted(done) == sorted(step.id for step in process.steps)
    ended = workflow.get_tasks(state=TaskState.COMPLETED, spec_name="Event_End")
    assert len(ended) == 1


def _depends(process: Process, step_id: str) -> list[str]:
    return next(step.depends_on for step in process.steps if step.id == step_id)


def node_check(*files: Path) -> tuple[int, list[dict[str, object]]]:
    """Run bpmn.io's reader and linter (scripts/bpmn-check.mjs) on files."""
    if shutil.which("node") is None or not (ROOT / "node_modules" / "bpmnlint").is_dir():
        pytest.fail("Node.js and bpmn.io's packages are missing: run scripts/setup.sh --dev (it runs npm ci)")
    script = ROOT / "scripts" / "bpmn-check.mjs"
    done = subprocess.run(
        ["node", str(script), *map(str, files)], capture_output=True, text=True, timeout=300, check=False
    )
    return done.returncode, [json.loads(line) for line in done.stdout.splitlines()]


def test_bpmn_io_reads_every_process_without_a_warning_and_bpmnlint_finds_nothing(tmp_path: Path) -> None:
    files = []
    for name in NAMES:
        files.append(tmp_path / f"{name}.bpmn")
        files[-1].write_bytes(exported(name))
    code, results = node_check(*files)
    assert [(r["file"], r["warnings"], r["findings"]) for r in results] == [(str(f), [], []) for f in files]
    assert code == 0


def test_the_bpmn_io_check_reports_a_broken_file(tmp_path: Path) -> None:
    text = exported("omaolo").decode("utf-8")
    text = text.replace("<bpmn:userTask ", "<bpmn:userTusk ", 1).replace("</bpmn:userTask>", "</bpmn:userTusk>", 1)
    end = text.index("<bpmn:endEvent")
    text = text[:end] + text[text.index("</bpmn:endEvent>") + len("</bpmn:endEvent>") :]
    broken = tmp_path / "broken.bpmn"
    broken.write_text(text, encoding="utf-8")
    code, [result] = node_check(broken)
    assert code == 1
    assert any("userTusk" in str(warning) for warning in result["warnings"])  # type: ignore[attr-defined]
    assert "end-event-required" in {finding["rule"] for finding in result["findings"]}  # type: ignore[attr-defined]


def test_minimal_process_matches_golden(update_golden: bool) -> None:
    process = load(FIXTURES / "valid" / "minimal.yaml")
    check_golden("minimal.bpmn", render_bpmn(process, layout_process(process)).decode("utf-8"), update_golden)


def test_two_renders_are_byte_identical() -> None:
    process = load(ROOT / "processes" / "omaolo.yaml")
    assert render_bpmn(process, layout_process(process)) == exported("omaolo")


def test_lanes_tasks_gateways_groups_and_texts_follow_the_process() -> None:
    process = load(ROOT / "processes" / "omaolo.yaml")
    root = tree(exported("omaolo"))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fi"
    lanes = root.findall(".//bpmn:lane", NS)
    assert [lane.get("name") for lane in lanes] == [role.name for role in process.roles]
    lane_of = {ref.text: lane.get("id") for lane in lanes for ref in lane.findall("bpmn:flowNodeRef", NS)}
    tasks = {t.get("id"): t for t in root.findall(".//bpmn:userTask", NS)}
    assert list(tasks) == [f"Activity_{step.id}" for step in process.steps]
    for step in process.steps:
        task = tasks[f"Activity_{step.id}"]
        assert lane_of[task.get("id")] == f"Lane_{step.owner}"
        assert task.get("name") == (step.label or step.title)
        text = task.findtext("bpmn:documentation", namespaces=NS) or ""
        assert step.instructions in text
        assert all(item in text for item in step.deliverables)
        assert task.findtext("bpmn:categoryValueRef", namespaces=NS) == f"CategoryValue_{step.phase}"
    for node in root.findall("bpmn:process/*", NS):
        kind = etree.QName(node).localname
        incoming, outgoing = len(node.findall("bpmn:incoming", NS)), len(node.findall("bpmn:outgoing", NS))
        if kind.endswith(("Task", "Event")):  # no implicit split or join: only gateways fork and join
            assert max(incoming, outgoing) <= 1, node.get("id")
        if kind.endswith("Gateway"):
            assert kind == "parallelGateway"
            assert (incoming, outgoing > 1) == (1, True) or (incoming > 1, outgoing) == (True, 1), node.get("id")
    values = [value.get("value") for value in root.findall(".//bpmn:categoryValue", NS)]
    assert values == [
        "1. Selvitys ja päätös",
        "2. Suunnittelu ja määrittely",
        "3. Toteutus ja valmistelu",
        "4. Käyttöönotto ja tuki",
        "5. Vakiinnuttaminen (jatkuva)",
    ]
    assert len(root.findall(".//bpmn:group", NS)) == len(process.phases)
    milestones = [s for s in process.steps if s.milestone]
    events = root.findall(".//bpmn:intermediateThrowEvent", NS)
    assert [event.get("name") for event in events] == [s.label or s.title for s in milestones]
    notes = [note.findtext("bpmn:text", namespaces=NS) for note in root.findall(".//bpmn:textAnnotation", NS)]
    assert notes[2] == "Päätös: Avataanko palvelu asukkaille suunniteltuna päivänä (go / no-go)? (Toiminta ja johto)"


def bounds(root: etree._Element) -> dict[str, tuple[float, float, float, float]]:
    found = {}
    for shape in root.iter(f"{{{NS['bpmndi']}}}BPMNShape"):
        b = shape.find("dc:Bounds", NS)
        assert b is not None
        found[shape.get("bpmnElement", "")] = tuple(float(b.get(k, "")) for k in ("x", "y", "width", "height"))
    return found  # type: ignore[return-value]


def waypoints(root: etree._Element) -> dict[str, list[tuple[float, float]]]:
    return {
        edge.get("bpmnElement", ""): [(float(p.get("x", "")), float(p.get("y", ""))) for p in edge]
        for edge in root.iter(f"{{{NS['bpmndi']}}}BPMNEdge")
    }


@pytest.mark.parametrize("name", NAMES)
def test_every_element_is_drawn_where_the_swimlane_has_it(name: str) -> None:
    process = load(ROOT / "processes" / f"{name}.yaml")
    page = layout_process(process).pages[0]
    root = tree(exported(name))
    shapes, lines = bounds(root), waypoints(root)
    drawn = {el.get("id") for el in root.iter() if el.get("id") and not str(el.get("id")).endswith("_di")}
    kinds = ("Lane_", "Activity_", "Event_", "Gateway_", "Group_", "TextAnnotation_", "Participant_")
    assert {i for i in drawn if str(i).startswith(kinds)} <= set(shapes)
    assert {i for i in drawn if str(i).startswith(("Flow_", "Association_"))} == set(lines)
    boxes = {box.step_id: box.rect for box in page.boxes}
    for a, b in pairwise(sorted(boxes, key=lambda s: boxes[s].x)):  # left to right as on the swimlane
        if boxes[a].right <= boxes[b].x:
            assert shapes[f"Activity_{a}"][0] + shapes[f"Activity_{a}"][2] <= shapes[f"Activity_{b}"][0]
    for step in process.steps:  # each task inside its lane's band
        x, y, w, h = shapes[f"Activity_{step.id}"]
        lx, ly, lw, lh = shapes[f"Lane_{step.owner}"]
        assert (lx <= x, x + w <= lx + lw, ly <= y, y + h <= ly + lh) == (True, True, True, True), step.id
    for flow, points in lines.items():  # every line is orthogonal and touches no shape but its ends
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in pairwise(points)), flow
        assert not _crossed(points, [s for key, s in shapes.items() if key.startswith(kinds[1:4])]), flow


def _crossed(points: list[tuple[float, float]], shapes: list[tuple[float, float, float, float]]) -> bool:
    """A segment passing through the inside of a task, event or gateway (1 px inside its border)."""
    for (ax, ay), (bx, by) in pairwise(points):
        for x, y, w, h in shapes:
            if min(ax, bx) < x + w - 1 and max(ax, bx) > x + 1 and min(ay, by) < y + h - 1 and max(ay, by) > y + 1:
                return True
    return False


def test_a_swimlane_split_over_pages_becomes_one_diagram() -> None:
    process = load_text(generate(200), "g.yaml").process
    layout = layout_process(process)
    assert len(layout.pages) > 1
    root = tree(render_bpmn(process, layout))
    assert schema().validate(root), str(schema().error_log)
    shapes, lines = bounds(root), waypoints(root)
    flows = {flow.get("id") for flow in root.iter(f"{{{NS['bpmn']}}}sequenceFlow")}
    assert flows == set(lines)
    tasks = [s for key, s in shapes.items() if key.startswith(("Activity_", "Event_", "Gateway_"))]
    assert [flow for flow, points in lines.items() if _crossed(points, tasks)] == []
    columns = [shapes[f"Group_{phase.id}"] for phase in process.phases]
    assert all(a[0] + a[2] <= b[0] for a, b in pairwise(columns))  # the phases left to right, as one row


def test_the_npm_lock_file_pins_versions_without_naming_a_registry() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    packages = lock["packages"]
    assert packages["node_modules/bpmnlint"]["version"] == "11.15.0"
    assert packages["node_modules/bpmn-moddle"]["version"] == "9.0.4"
    assert all("resolved" not in entry for entry in packages.values())
    assert all(entry.get("integrity", "sha512-").startswith("sha512-") for entry in packages.values())
    assert "://" not in (ROOT / "package-lock.json").read_text(encoding="utf-8")


def test_every_role_has_its_lane_when_the_slide_left_out_the_empty_ones() -> None:
    """Twelve roles and one step: the slide shows the one lane with a step, the BPMN file all twelve."""
    roles = "".join(f"  - {{id: r{i}, name: 'Rooli {i} \"heippa\" ja moi', kind: internal}}\n" for i in range(12))
    text = (
        "process: {id: tyhjat, title: Tyhjät kaistat, description: Kuvaus, language: fi,\n"
        "  version: '1.0', owner: Tiimi, context: {goal: Tavoite, background: Tausta}}\n"
        f"roles:\n{roles}"
        "phases:\n  - {id: p1, name: Vaihe, goal: Tavoite, exit_criteria: [Valmis]}\n"
        "steps:\n  - {id: s1, phase: p1, title: Ainoa vaihe, owner: r0, instructions: Tee se.,\n"
        "     raci: {responsible: [r0], accountable: r0}}\n"
    )
    process = load_text(text, "tyhjat.yaml").process
    layout = layout_process(process)
    root = tree(render_bpmn(process, layout))
    assert schema().validate(root), str(schema().error_log)
    lanes = [lane.get("id") for lane in root.iter(f"{{{NS['bpmn']}}}lane")]
    assert lanes == [f"Lane_r{i}" for i in range(12)]
    assert {f"Lane_r{i}" for i in range(12)} <= set(bounds(root))
