"""Forked workers: results in call order, the first failure in call order, a worker killed from outside named."""

from __future__ import annotations

import os
import signal
import time
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


class _StopsWhileCollected:
    def __del__(self) -> None:
        # the stop lands while a finaliser runs, as it can in a Popen's __del__ when a build gets SIGTERM
        os.kill(os.getpid(), signal.SIGTERM)


def stopped_in_a_finaliser() -> bytes:
    _StopsWhileCollected()  # collected at once
    total = 0
    for n in range(3_000_000):  # work on after the finaliser: a worker that missed the stop finishes
        total += n
    return str(total).encode()


def test_a_stop_that_lands_in_a_finaliser_still_stops_the_worker_without_a_traceback(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(WorkerLost, match=r"exit code 143"):
        run_forked([returns(b"a"), stopped_in_a_finaliser], workers=2)
    assert "Exception ignored" not in capfd.readouterr().err


def test_a_termination_the_build_missed_in_a_finaliser_is_sent_again() -> None:
    from types import SimpleNamespace

    from rollout import cli

    received: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: received.append(signum))
    try:
        cli._unraisable(SimpleNamespace(exc_value=cli._Terminated()))
        for _ in range(200):
            if received:
                break
            time.sleep(0.01)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert received == [signal.SIGTERM]
