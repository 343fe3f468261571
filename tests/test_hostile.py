"""Hostile and broken input: every bad file gets one located error; odd text survives every renderer."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pptx import Presentation

from bench.generate import generate
from rollout.errors import RolloutError
from rollout.layout.swimlane import layout_process
from rollout.process.load import load_process, load_text
from rollout.process.source import MAX_BYTES
from rollout.render.graphviz import render_svg
from rollout.render.slide import swimlane_pptx
from tests.conftest import FIXTURES

MINIMAL = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
LOCATED = re.compile(r"^bad\.yaml:\d+:\d+: (error|warning|note): .+ \[[a-z0-9-]+\]$")


def issues_of(raw: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "bad.yaml"
    path.write_bytes(raw)
    with pytest.raises(RolloutError) as caught:
        load_process(path, "bad.yaml")
    lines = [issue.format() for issue in caught.value.issues]
    assert lines
    assert all(LOCATED.match(line) for line in lines), lines
    return lines


@pytest.mark.parametrize(
    ("raw", "where", "code"),
    [
        (b"process:\n\tid: x\n", "2:1", "tab"),
        (b"process:\n  id: x\n   title: y\n", "3:4", "bad-indent"),
        (b"process:\n  id: 'x\n", "2:7", "unclosed-quote"),
        (b"process:\n  id: x: y\n", "2:8", "needs-quotes"),
        (b"roles: [a, b\n", "1:8", "unclosed-bracket"),
        (b"", "1:1", "not-a-mapping"),
        (b"# only a comment\n", "1:1", "not-a-mapping"),
        (b"- a\n- b\n", "1:1", "not-a-mapping"),
        (b"just text\n", "1:1", "not-a-mapping"),
        (b"process: \xff\xfe\n", "1:10", "not-utf8"),
        (b"\x00\x01\x02PNG\x1a\n", "1:1", "yaml-syntax"),
        (b"\x00\x01\x02\x89PNG\x1a\n", "1:4", "not-utf8"),
        (b"a: !!python/object:os.system {}\n", "1:4", "unsafe-tag"),
        (b"a: !!binary aGVsbG8=\n", "1:4", "unsafe-tag"),
        (b"a: !custom 1\n", "1:4", "unsafe-tag"),
    ],
)
def test_broken_yaml_gets_one_located_error(raw: bytes, where: str, code: str, tmp_path: Path) -> None:
    lines = issues_of(raw, tmp_path)
    assert any(line.startswith(f"bad.yaml:{where}: error:") and line.endswith(f"[{code}]") for line in lines), lines


def test_random_binary_garbage_never_crashes(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    for _ in range(50):
        issues_of(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))), tmp_path)


def test_bom_and_crlf_are_accepted() -> None:
    text = "\ufeff" + MINIMAL.replace("\n", "\r\n")
    assert len(load_text(text, "crlf.yaml").process.steps) == 3


def test_anchors_and_merge_keys_are_used_legitimately() -> None:
    text = MINIMAL.replace(
        "raci: {responsible: tiimi, accountable: johto}", "raci: &tiimin-raci {responsible: tiimi, accountable: johto}"
    ).replace("raci: {responsible: [tiimi], accountable: johto, informed: [johto]}", "raci: {<<: *tiimin-raci}")
    steps = load_text(text, "merge.yaml").process.steps
    assert steps[2].raci == steps[0].raci


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]" for p, n in zip("abcdefghi", "bcdefghij", strict=True)]
    started = time.perf_counter()
    lines_out = issues_of(("\n".join(lines) + "\n").encode(), tmp_path)
    assert time.perf_counter() - started < 10  # bounded: it must not expand 10^10 nodes
    assert lines_out[0].endswith("[too-large]")


def test_deep_nesting_and_huge_files_are_refused(tmp_path: Path) -> None:
    assert issues_of(b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", tmp_path)[0].endswith("[too-deep]")
    big = b"# " + b"x" * (MAX_BYTES + 10) + b"\n"
    assert issues_of(big, tmp_path)[0].startswith("bad.yaml:1:1: error: file is")


def test_very_long_text_is_a_located_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("instructions: Päätä.", "instructions: " + "pitkä " * 5000)
    line = issues_of(text.encode(), tmp_path)[0]
    assert line.startswith("bad.yaml:36:19: error: step 'paatos': instructions: text is too long")


def test_control_characters_are_a_located_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("title: Päätä", 'title: "Pää\\x07tä"')
    assert issues_of(text.encode(), tmp_path)[0].endswith("[control-character]")


@pytest.mark.parametrize("bad_id", ["../x", "with space", "Iso", "x/y", "-alku", "a" * 80])
def test_ids_that_could_escape_a_path_or_xml_are_rejected(bad_id: str, tmp_path: Path) -> None:
    text = MINIMAL.replace("  - id: toteuta", f"  - id: '{bad_id}'")
    assert any(line.endswith("[bad-id]") for line in issues_of(text.encode(), tmp_path))


def test_thousands_of_steps_validate() -> None:
    process = load_text(generate(3000), "big.yaml").process
    assert len(process.steps) == 3000


TRICKY = [
    "A < B & C > D",
    "Sanoi \"heippa\" ja 'moi'",
    "C:\\polku\\N\\G\\L tiedosto",
    "Rivi yksi\nrivi kaksi",
    "Emoji 🚀✅",
    "שלום עולם مرحبا",
    "Käyttöönottosuunnitelmaluonnostyöpaja",
    "{record|label} <b>html</b> &amp; &#38;",
]


def tricky_process() -> str:
    text = MINIMAL
    for old, new in zip(("Tee suunnitelma", "Päätä", "Toteuta"), TRICKY, strict=False):
        text = text.replace(f"title: {old}", f"title: {_quoted(new)}", 1)
    return text.replace("name: Johto", f"name: {_quoted(TRICKY[4])}").replace(
        "name: Tiimi", f"name: {_quoted(TRICKY[7])}"
    )


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def joined(lines: list[str]) -> str:
    return "".join(line.removesuffix("-") for line in lines).replace(" ", "")


def test_tricky_text_survives_svg_and_pptx_unchanged() -> None:
    process = load_text(tricky_process(), "tricky.yaml").process
    layout = layout_process(process)
    svg_root = ElementTree.fromstring(render_svg(layout))
    svg_text = joined([t.text or "" for t in svg_root.iter("{http://www.w3.org/2000/svg}text")])
    slide = Presentation(io.BytesIO(swimlane_pptx(layout))).slides[0]
    pptx_text = joined([p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs])
    for expected in (*TRICKY[:3], TRICKY[4], TRICKY[7]):
        compact = expected.replace(" ", "").replace("\n", "")
        assert compact in svg_text, expected
        assert compact in pptx_text, expected
