"""The hostile-file bench holds the issue's cases to their targets: 300,000 stray keys rejected in under 2 s.

The time itself is measured by bench/hostile.py (CPU time of whole `rollout validate` runs), never
by a unit test; this test makes sure the bench measures the case and judges it against the target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.hostile import CASES, TARGET_MB, TARGET_SECONDS, table
from rollout.errors import RolloutError
from rollout.process.load import load_process


def test_the_bench_judges_the_300000_key_file_against_a_target_under_2_seconds(tmp_path: Path) -> None:
    assert TARGET_SECONDS < 2
    what, make = CASES["stray-keys"]
    assert what == "300,000 stray top-level keys"
    path = tmp_path / "stray.yaml"
    path.write_text(make(), encoding="utf-8")
    assert path.read_text(encoding="utf-8").count("\nk") == 300_000
    with pytest.raises(RolloutError) as caught:
        load_process(path, "stray.yaml")
    assert 1 <= len(caught.value.issues) <= 51  # a screenful at most, each located
    assert all(issue.line >= 1 for issue in caught.value.issues)


def test_the_bench_says_missed_when_a_case_is_over_the_target() -> None:
    slow = [("300,000 stray top-level keys (3.2 MB)", TARGET_SECONDS + 0.5, 13.0, 780.0, 1)]
    fast = [("300,000 stray top-level keys (3.2 MB)", TARGET_SECONDS / 2, 1.0, TARGET_MB / 2, 1)]
    assert ": MISSED (worst" in table(slow)
    assert ": met (worst" in table(fast)
