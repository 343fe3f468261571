"""Atomic file writing: every file is staged to a temporary name first, then renamed into place."""

from __future__ import annotations

import contextlib
import os
import shutil
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
    """Stage every file, then rename them all; if any step fails, every file is left as it was.

    The files replaced before a failing rename (a read-only or immutable target, say) are put
    back from hard-linked backups, so a build never ends with only some of its outputs new.
    """
    staged: list[tuple[str, Path]] = []
    backups: dict[Path, str] = {}
    replaced: list[Path] = []
    current = files[0][0] if files else Path()
    try:
        for path, data in files:
            current = path
            staged.append((_stage(path, data), path))
        for _, path in staged:
            current = path
            if path.exists():
                backups[path] = _backup(path)
        with _interruptions_deferred():
            try:
                for tmp, path in staged:
                    current = path
                    os.replace(tmp, path)
                    replaced.append(path)
            except OSError:
                _restore(replaced, backups)
                raise
    except OSError as exc:
        raise BuildError(f"cannot write {current}: {_reason(exc, current)}") from None
    finally:
        for tmp in [tmp for tmp, _ in staged] + list(backups.values()):
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _backup(path: Path) -> str:
    """A hard link to the current file under a temporary name (a copy where links are not possible)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(name)
    try:
        os.link(path, name)
    except OSError:
        shutil.copy2(path, name)
    return name


def _restore(replaced: list[Path], backups: dict[Path, str]) -> None:
    """Put back the files already replaced: the old file where there was one, none where there was not."""
    for path in reversed(replaced):
        with contextlib.suppress(OSError):
            if path in backups:
                os.replace(backups[path], path)
            else:
                os.unlink(path)


def _reason(exc: OSError, path: Path) -> str:
    """Why a file could not be written, in words a user can act on."""
    if isinstance(exc, FileExistsError | NotADirectoryError) or (path.parent.exists() and not path.parent.is_dir()):
        return "a file stands where a folder is needed"
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return "it is a folder"
    return exc.strerror or str(exc)


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
