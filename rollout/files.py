"""Atomic file writing: every file is staged to a temporary name first, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from rollout.errors import BuildError


def write_atomic(path: Path, data: bytes) -> None:
    """Write one file so that readers see the old file or the new one, never half."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: Sequence[tuple[Path, bytes]]) -> None:
    """Stage every file, then rename them all; if staging fails nothing is replaced."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            staged.append((_stage(path, data), path))
        with _interruptions_deferred():
            for tmp, path in staged:
                os.replace(tmp, path)
    except OSError as exc:
        name = exc.filename or (files[len(staged)][0] if len(staged) < len(files) else "")
        raise BuildError(f"cannot write {name}: {exc.strerror or exc}") from None
    finally:
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@contextlib.contextmanager
def _interruptions_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while the renames run, so a build never stops with only some outputs replaced."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stage(path: Path, data: bytes) -> str:
    """Write data to a temporary file beside path and return its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def remove_stray_temporaries(folder: Path) -> None:
    """Delete temporary files left by a build that was killed (kill -9) while writing."""
    if not folder.is_dir():
        return
    for stray in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            stray.unlink()
