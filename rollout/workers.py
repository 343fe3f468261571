"""Run calls in forked worker processes that end with the build: one child and one pipe per call.

A `multiprocessing.Pool` shares a queue lock between its workers; a worker killed while it holds
that lock (SIGTERM to the process group, as `timeout` and CI send) leaves the build waiting on it
for ever. Here no lock is shared: each child writes its one result into its own pipe and exits,
and the parent, however it is stopped, stops and reaps its children before it goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import selectors
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
_STOPS = {signal.SIGINT, signal.SIGTERM}
GRACE_SECONDS = 0.5  # how long a stopped worker may take to stop its own child (Graphviz) before it is killed


class WorkerStopped(BaseException):
    """Raised in a worker by SIGTERM, so that what it started (a Graphviz process) is stopped with it."""


class WorkerLost(Exception):
    """A worker ended without a result: killed from outside (the out-of-memory killer, kill -9)."""


@dataclass
class _Child:
    index: int
    pid: int
    fd: int
    data: bytearray = field(default_factory=bytearray)
    reaped: bool = False  # its id may belong to another process now: never signal it again


@dataclass
class _Run(Generic[T]):
    """The state of one run: children at work, results and errors by call index."""

    calls: Sequence[Callable[[], T]]
    running: dict[int, _Child] = field(default_factory=dict)  # by pipe fd
    results: dict[int, T] = field(default_factory=dict)
    errors: dict[int, BaseException] = field(default_factory=dict)
    started: int = 0


def run_forked(
    calls: Sequence[Callable[[], T]], workers: int, on_start: Callable[[int], None] | None = None
) -> list[T]:
    """Each call's result in call order, with at most `workers` calls running at once in forked children.

    A call that raises makes the run stop starting calls; once those running have ended, the error of
    the first failing call (in call order) is raised. An interruption in the parent (KeyboardInterrupt,
    or SIGTERM turned into one) stops every child within about half a second and is raised again.
    """
    run: _Run[T] = _Run(calls)
    selector = selectors.DefaultSelector()
    try:
        while run.started < len(calls) or run.running:
            while run.started < len(calls) and len(run.running) < workers and not run.errors:
                if on_start:
                    on_start(run.started)
                with _signals_held():  # a child is on the list before an interruption can be raised
                    child = _start(run.started, calls[run.started])
                    run.running[child.fd] = child
                    selector.register(child.fd, selectors.EVENT_READ)
                run.started += 1
            if not run.running:
                break
            _read_ready(run, selector)
    finally:
        with _signals_held():  # a second Ctrl-C must not cut the clean-up short
            _stop_all(list(run.running.values()))
        selector.close()
    if run.errors:
        raise run.errors[min(run.errors)]
    return [run.results[index] for index in range(len(calls))]


def _read_ready(run: _Run[T], selector: selectors.BaseSelector) -> None:
    """Read what the children have written; collect each that has finished."""
    for key, _ in selector.select():
        fd = int(key.fd)
        chunk = os.read(fd, 1 << 20)
        child = run.running[fd]
        if chunk:
            child.data += chunk
            continue
        selector.unregister(fd)
        _collect(run, child)  # still listed meanwhile, so that an interruption stops and reaps it
        del run.running[fd]
        os.close(fd)


def _collect(run: _Run[T], child: _Child) -> None:
    """Reap a child whose pipe closed, and file its result or its error."""
    _, status = os.waitpid(child.pid, 0)
    child.reaped = True
    try:
        ok, value = pickle.loads(bytes(child.data))
    except Exception:  # nothing, or half a result: the child was killed
        run.errors[child.index] = WorkerLost(_how_it_ended(status))
        return
    if ok:
        run.results[child.index] = value
    else:
        run.errors[child.index] = value


def _how_it_ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"a renderer was stopped by signal {os.WTERMSIG(status)} before it finished"
    return f"a renderer ended (exit code {os.waitstatus_to_exitcode(status)}) without a result"


def _start(index: int, call: Callable[[], T]) -> _Child:
    """Fork a child that runs one call and writes its pickled outcome into a pipe (called with signals held)."""
    read_end, write_end = os.pipe()
    pid = os.fork()  # with SIGINT and SIGTERM held: the child must never run the parent's handlers
    if pid == 0:
        os.close(read_end)
        _child_main(call, write_end)  # never returns
    os.close(write_end)
    return _Child(index, pid, read_end)


def _child_main(call: Callable[[], T], fd: int) -> None:
    """In the child: run the call, write its outcome, and exit without running any of the parent's cleanup."""
    code = 0
    outcome: tuple[bool, object]
    try:
        _become_worker()
        try:
            outcome = (True, call())
        except WorkerStopped:
            code = 128 + signal.SIGTERM
            return
        except Exception as exc:
            outcome = (False, exc)
        _write_all(fd, _pickled(outcome))
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _pickled(outcome: tuple[bool, object]) -> bytes:
    try:
        return pickle.dumps(outcome)
    except Exception:  # an error that cannot be pickled is sent as its text
        return pickle.dumps((False, RuntimeError(repr(outcome[1]))))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.close(fd)


def _become_worker() -> None:
    """Leave Ctrl-C to the parent, stop on SIGTERM (with what the call started), die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stopped)
    sys.unraisablehook = _unraisable
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    if os.getppid() == 1:  # the parent died before the request above was made
        os._exit(1)


def _stopped(signum: int, frame: object) -> None:
    raise WorkerStopped


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    if isinstance(unraisable.exc_value, WorkerStopped):
        signal_again_soon(signal.SIGTERM)
        return
    sys.__unraisablehook__(unraisable)


def signal_again_soon(signum: int) -> None:
    """Send a signal to this process again in a moment: for one that landed in a finaliser (a Popen's __del__).

    Raised there, the handler's exception is only printed ("Exception ignored in ...") and the work
    goes on; a moment later it lands in ordinary code and stops the work as it should.
    """
    timer = threading.Timer(0.01, os.kill, (os.getpid(), signum))
    timer.daemon = True
    timer.start()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop_all(children: list[_Child]) -> None:
    """Ask the children still running to stop, kill those that do not within the grace time, reap all."""
    live = [child for child in children if not child.reaped]
    for child in live:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGTERM)
    deadline = time.monotonic() + GRACE_SECONDS
    waiting = {child.pid for child in live}
    while waiting and time.monotonic() < deadline:
        waiting = {pid for pid in waiting if not _reaped(pid)}
        if waiting:
            time.sleep(0.01)
    for pid in waiting:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    for child in children:
        with contextlib.suppress(OSError):
            os.close(child.fd)


def _reaped(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return done == pid
