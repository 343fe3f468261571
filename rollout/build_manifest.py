"""A build's manifest: what each output was built from, so that a current output is left as it is."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

from rollout import __version__
from rollout.build_options import MANIFEST, BuildOptions
from rollout.errors import BuildError
from rollout.sources import Source


def stale_reason(source: Source, kind: str, options: BuildOptions, tool: str) -> str | None:
    """Why an output must be rebuilt, or None when it is current."""
    path = options.output(source.path, kind)
    entry = _manifest(path.parent).get(path.name)
    if not path.exists():
        return "missing"
    if entry is None:
        return "not built by rollout (no manifest entry)"
    if entry.get("input") != _digest(source.data):
        return f"stale ({source.path} changed)"
    if entry.get("process") != _process_digest(source):
        return f"stale ({source.process or 'its process file'} changed)"
    if entry.get("tool") != tool:
        return "stale (rollout changed)"
    if entry.get("template") != _template_digest(kind, options):
        return "stale (template changed)"
    if entry.get("settings", "") != _settings(kind, options):
        return "stale (built with other options)"
    if entry.get("output") != _digest(path.read_bytes()):
        return "modified since it was built"
    return None


def manifest_entry(source: Source, kind: str, payload: bytes, options: BuildOptions, tool: str) -> dict[str, str]:
    """The manifest entry of a written output: what it was built from, and with what."""
    entry = {
        "input": _digest(source.data),
        "tool": tool,
        "output": _digest(payload),
        "template": _template_digest(kind, options),
        "settings": _settings(kind, options),
    }
    if source.type == "project":
        entry["process"] = _process_digest(source) or ""
    return entry


def _process_digest(source: Source) -> str | None:
    """For a project, the hash of the process file it follows (a changed process makes its outputs stale)."""
    if source.type != "project":
        return None
    return _digest(source.process_data) if source.process_data is not None else "unreadable"


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def manifests(written: list[tuple[Path, bytes, dict[str, str]]]) -> list[tuple[Path, bytes]]:
    """The updated manifest of each output folder (renamed into place last)."""
    by_folder: dict[Path, dict[str, dict[str, str]]] = {}
    for path, _, entry in written:
        manifest = by_folder.setdefault(path.parent, _manifest(path.parent))
        manifest[path.name] = entry
    return [
        (folder / MANIFEST, (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8"))
        for folder, manifest in sorted(by_folder.items())
    ]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _settings(kind: str, options: BuildOptions) -> str:
    """The options an output was built with, where they are not the defaults."""
    drawn = kind in ("swimlane-pptx", "status-pptx") and options.connectors != "glued"
    return f"connectors={options.connectors}" if drawn else ""


def _template_digest(kind: str, options: BuildOptions) -> str:
    if kind not in ("deck", "overview", "people") or options.template is None:
        return ""
    try:
        return _digest(options.template.read_bytes())
    except OSError as exc:
        raise BuildError(f"{options.template}: cannot read template ({exc.strerror})") from None


def tool_digest() -> str:
    """Version plus a hash of the package's own files: any change to the tool makes outputs stale."""
    digest = hashlib.sha256(__version__.encode())
    root = resources.files("rollout")
    for path in sorted(_package_files(Path(str(root)))):
        digest.update(path.relative_to(Path(str(root))).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _package_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".ttf") and "__pycache__" not in p.parts]
