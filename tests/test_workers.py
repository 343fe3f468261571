"""Forked workers: results in call order, the first failure in call order, a worker killed from outside named."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

import pytest

from rollout.workers import WorkerLost, run_forked


def returns(value: bytes) -> Callable[[], bytes]:
    return lambda: value


def fails(message: str) -> Callable[[], bytes]:
    def call() -> bytes:
        raise ValueError(message)

    return call


def test_results_come_back_in_call_order_from_separate_processes() -> None:
    calls = [returns(str(n).encode() * 100_000) for n in range(7)]  # larger than a pipe's buffer
    assert run_forked(calls, workers=3) == [str(n).encode() * 100_000 for n in range(7)]
    pids = run_forked([lambda: os.getpid().to_bytes(4, "big")] * 2, workers=2)
    assert os.getpid().to_bytes(4, "big") not in pids


def test_the_first_failure_in_call_order_is_raised() -> None:
    with pytest.raises(ValueError, match=r"^second$"):
        run_forked([returns(b"a"), fails("second"), fails("third")], workers=3)


def test_a_worker_killed_from_outside_is_named() -> None:
    def killed() -> bytes:
        os.kill(os.getpid(), signal.SIGKILL)
        return b""

    with pytest.raises(WorkerLost, match=r"^a renderer was stopped by signal 9 before it finished$"):
        run_forked([returns(b"a"), killed], workers=2)


def test_each_started_call_is_announced() -> None:
    started: list[int] = []
    run_forked([returns(b"a")] * 4, workers=2, on_start=started.append)
    assert started == [0, 1, 2, 3]
