"""Incremental, atomic builds: decide what is stale, render it all in memory, then write by rename.

A source is a process file or a project file (sources.py). A manifest beside the outputs
(`.rollout-manifest.json`) records for each output the hash of its source file (and, for a project,
of the process file it follows), of the tool and of the output itself; an output whose hashes still
match is left as it is. Nothing is written until every output has rendered, and each file is
replaced by rename.
"""

from __future__ import annotations

import time
from pathlib import Path

from rollout.build_jobs import NO_DICTIONARY, Job, prepare, render_all
from rollout.build_manifest import manifest_entry, manifests, stale_reason, tool_digest
from rollout.build_options import (
    CONNECTORS,
    GROUPS,
    KINDS,
    MANIFEST,
    PROJECT_KINDS,
    SOURCE_KINDS,
    BuildOptions,
    BuildResult,
    Progress,
    note,
)
from rollout.errors import RolloutError
from rollout.files import locked_folders, remove_stray_temporaries, write_all_atomic
from rollout.sources import read_source

__all__ = [
    "CONNECTORS",
    "GROUPS",
    "KINDS",
    "MANIFEST",
    "NO_DICTIONARY",
    "PROJECT_KINDS",
    "SOURCE_KINDS",
    "BuildOptions",
    "BuildResult",
    "find_stale",
    "run_build",
    "tool_digest",
]


def run_build(
    sources: list[Path], options: BuildOptions, progress: Progress | None = None, result: BuildResult | None = None
) -> BuildResult:
    """Build every stale output of every valid source; write nothing unless all of it rendered.

    A source with errors is named in the result (with its errors) and nothing of it is written;
    the other sources are built all the same. The result given (or a new one) is filled in as the
    build goes: when the build is interrupted, its `written` says truthfully what was replaced.
    """
    started = time.perf_counter()
    result = result if result is not None else BuildResult()
    tool = tool_digest()
    jobs: list[Job] = []
    inputs = [read_source(path) for path in sources]
    for number, source in enumerate(inputs, start=1):
        kinds = options.kinds_of(source)
        todo = [k for k in kinds if options.force or stale_reason(source, k, options, tool) is not None]
        result.unchanged += [options.output(source.path, k) for k in kinds if k not in todo]
        if not todo and not options.report:
            continue
        note(progress, f"[{number}/{len(inputs)}] {source.path}: checking")
        try:
            jobs += prepare(source, todo, result, options.workers)
        except RolloutError as exc:
            result.failed.append(source.path)
            result.errors += exc.issues
    payloads = render_all(jobs, options, progress)
    pending = [
        (
            options.output(job.source.path, job.kind),
            payload,
            manifest_entry(job.source, job.kind, payload, options, tool),
        )
        for job, payload in zip(jobs, payloads, strict=True)
    ]
    _write(pending, result, progress)
    if progress:
        progress("")
    result.seconds = time.perf_counter() - started
    return result


def _write(pending: list[tuple[Path, bytes, dict[str, str]]], result: BuildResult, progress: Progress | None) -> None:
    """Write the outputs and their manifests, with the output folders locked against other builds meanwhile.

    The manifests are read inside the lock, so that the entries another build wrote in between are kept.
    """
    if not pending:
        return
    note(progress, f"writing {len(pending)} files")
    outputs = [path for path, _, _ in pending]

    def waiting(folder: Path) -> None:
        note(progress, f"waiting for another build writing into {folder}")

    with locked_folders({path.parent for path in outputs}, waiting):
        for folder in {path.parent for path in outputs}:
            remove_stray_temporaries(folder)
        files = [(path, payload) for path, payload, _ in pending] + manifests(pending)
        write_all_atomic(files, replaced_all=lambda: result.written.extend(outputs))


def find_stale(sources: list[Path], options: BuildOptions) -> list[str]:
    """A line per missing or stale output; empty when everything is current."""
    tool = tool_digest()
    lines = []
    for source in map(read_source, sources):
        for kind in options.kinds_of(source):
            reason = stale_reason(source, kind, options, tool)
            if reason:
                lines.append(f"{options.output(source.path, kind)}: {reason}")
    return lines
