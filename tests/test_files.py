"""Atomic writes: every file staged, then renamed; a failure midway puts back what was replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rollout.errors import BuildError
from rollout.files import write_all_atomic


def test_a_rename_that_fails_midway_puts_back_the_files_already_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = {name: f"old {name}".encode() for name in ("a", "b")}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)
    real_replace = os.replace
    calls: list[str] = []

    def replace_failing_on_second(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise PermissionError(1, "Operation not permitted", dst)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_failing_on_second)
    files = [(tmp_path / "a", b"new a"), (tmp_path / "b", b"new b"), (tmp_path / "c", b"new c")]
    with pytest.raises(BuildError) as caught:
        write_all_atomic(files)
    monkeypatch.undo()
    assert str(caught.value) == f"cannot write {tmp_path / 'b'}: Operation not permitted"
    assert (tmp_path / "a").read_bytes() == b"old a"  # replaced, then put back
    assert (tmp_path / "b").read_bytes() == b"old b"
    assert not (tmp_path / "c").exists()  # never had an old version; not left half-done
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]  # no temporary files


def test_all_files_are_replaced_when_nothing_fails(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"old")
    write_all_atomic([(tmp_path / "a", b"new"), (tmp_path / "sub" / "b", b"made")])
    assert (tmp_path / "a").read_bytes() == b"new"
    assert (tmp_path / "sub" / "b").read_bytes() == b"made"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "sub"]
