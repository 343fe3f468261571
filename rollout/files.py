"""Atomic file writing: every file is staged to a temporary name first, then renamed into place.

A temporary file's name carries the id of the process that made it (`.<name>.<pid>.<random>.tmp`),
so that clean-up removes only the files of builds that are no longer running; builds into the same
folders take turns by a lock on each folder (locked_folders).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from rollout.errors import BuildError


def write_atomic(path: Path, data: bytes) -> None:
    """Write one file so that readers see the old file or the new one, never half."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: Sequence[tuple[Path, bytes]], replaced_all: Callable[[], None] | None = None) -> None:
    """Stage every file, then rename them all; if any step fails, every file is left as it was.

    The files replaced before a failing rename (a read-only or immutable target, say) are put
    back from hard-linked backups, so a build never ends with only some of its outputs new.
    `replaced_all` is called once every file is in place, before a Ctrl-C held meanwhile is raised,
    so that the caller can tell truthfully what an interrupted build wrote.
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
            if replaced_all:
                replaced_all()
    except OSError as exc:
        raise BuildError(f"cannot write {current}: {_reason(exc, current)}") from None
    finally:
        for tmp in [tmp for tmp, _ in staged] + list(backups.values()):
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _backup(path: Path) -> str:
    """A hard link to the current file under a temporary name (a copy where links are not possible)."""
    fd, name = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)
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
    fd, tmp = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)
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


def _prefix(path: Path) -> str:
    """The start of a temporary file's name: the file it stands for and the process that owns it."""
    return f".{path.name}.{os.getpid()}."


_OWNER = re.compile(r"\.(\d+)\.[^.]+\.tmp$")


def remove_stray_temporaries(folder: Path) -> None:
    """Delete the temporary files of builds that are no longer running (killed with kill -9 while writing).

    A file whose owner is still running is another build's staged output or backup, and is left
    alone; a name without an owner comes from an older rollout, and is removed.
    """
    if not folder.is_dir():
        return
    for stray in folder.glob(".*.tmp"):
        owner = _OWNER.search(stray.name)
        if owner and _running(int(owner.group(1))):
            continue
        with contextlib.suppress(OSError):
            stray.unlink()


def _running(pid: int) -> bool:
    """Whether a process of this id exists (this one included)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


@contextlib.contextmanager
def locked_folders(folders: Iterable[Path], waiting: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold an exclusive lock on each folder (made if missing) while the block runs; builds into them take turns.

    The lock is flock(2) on the folder itself, so no lock file is left behind, and the system drops
    it when the holder ends, however it ends. Folders are locked in one order, so two builds never
    wait for each other. `waiting` is told of a folder another build holds, before this one waits.
    """
    with contextlib.ExitStack() as held:
        for folder in _distinct(folders):
            try:
                fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            except OSError as exc:
                raise BuildError(f"cannot write {folder}: {_reason(exc, folder)}") from None
            held.callback(os.close, fd)
            _lock(fd, folder, waiting)
        yield


def _distinct(folders: Iterable[Path]) -> list[Path]:
    """Each folder once (however it is named), in a fixed order; missing ones are made."""
    found: dict[tuple[int, int], Path] = {}
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            info = folder.stat()
        except OSError as exc:
            raise BuildError(f"cannot write {folder}: {_reason(exc, folder)}") from None
        found.setdefault((info.st_dev, info.st_ino), folder)
    return [found[key] for key in sorted(found)]


def _lock(fd: int, folder: Path, waiting: Callable[[Path], None] | None) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        if waiting:
            waiting(folder)
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:  # a file system without locks (some network shares): write unlocked, as before
        return
