"""The project's settings, `rollout.toml` in the folder where rollout runs: read by every command.

A setting given on the command line wins over the file. Problems are reported like process
file problems, at their line and column, so that an editor can jump to them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from rollout.errors import Issue, RolloutError
from rollout.files import write_atomic
from rollout.locale.language import Language
from rollout.process.suggest import did_you_mean

CONFIG_FILE = Path("rollout.toml")
LANGUAGES: tuple[str, ...] = get_args(Language)
_KEYS = ("template", "language", "connectors", "diagrams-dir", "exports-dir")
_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TEMPLATE_LINES = (
    re.compile(r"^\s*template\s*=.*$", re.MULTILINE),
    re.compile(r"^\s*#\s*template\s*=.*$", re.MULTILINE),
)


@dataclass(frozen=True)
class Config:
    """What rollout.toml says, or the defaults."""

    template: Path | None = None
    language: Language = "fi"
    connectors: str = "glued"
    diagrams_dir: Path = Path("diagrams")
    exports_dir: Path = Path("exports")
    found: bool = False  # whether rollout.toml exists


def load_config(path: Path = CONFIG_FILE) -> Config:
    """The settings in path (defaults when it does not exist); RolloutError for a mistake in it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise RolloutError([Issue(str(path), 1, 1, f"cannot read the settings: {exc}", "config")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RolloutError([_syntax_issue(path, text, str(exc))]) from None
    return _settings(path, text, data)


def language_of(text: str) -> Language | None:
    """The language a text names (fi, sv, en), or None."""
    for language in get_args(Language):
        if text == language:
            found: Language = language
            return found
    return None


def _syntax_issue(path: Path, text: str, error: str) -> Issue:
    """A TOML syntax error at its position, with the usual fix for text written without quotes."""
    found = _POSITION.search(error)
    line, col = (int(found.group(1)), int(found.group(2))) if found else (1, 1)
    message = _POSITION.sub("", error)
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    key, _, value = current.partition("=")
    if message.startswith("Invalid value") and value.strip():
        message = f'a text is written in quotes: {key.strip()} = "{value.strip()}"'
    return Issue(str(path), line, col, message, "config")


def _settings(path: Path, text: str, data: dict[str, Any]) -> Config:
    """Check each setting and build the Config; every mistake is reported at once."""
    issues: list[Issue] = []
    values: dict[str, Any] = {"found": True}
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in _KEYS:
            hint = did_you_mean(key, _KEYS) or f"; the settings are {', '.join(_KEYS)}"
            issues.append(Issue(str(path), line, 1, f"unknown setting '{key}'{hint}", "config"))
            continue
        problem = _check(key, value)
        if problem:
            issues.append(Issue(str(path), line, 1, f"{key}: {problem}", "config"))
            continue
        values[key.replace("-", "_")] = Path(value) if key in ("template", "diagrams-dir", "exports-dir") else value
    if issues:
        raise RolloutError(issues)
    return Config(**values)


def _check(key: str, value: Any) -> str | None:
    """What is wrong with a setting's value, or None."""
    if not isinstance(value, str) or not value.strip():
        return 'write a text in quotes, for example "fi"' if key == "language" else "write a text in quotes"
    if key == "language" and value not in LANGUAGES:
        return f"'{value}' is not one of {', '.join(LANGUAGES)}"
    if key == "connectors":
        from rollout.build import CONNECTORS  # only when set: build's imports are not needed to validate

        if value not in CONNECTORS:
            return f"'{value}' is not one of {', '.join(CONNECTORS)}"
    return None


def _line_of(text: str, key: str) -> int:
    """The line a top-level key is set on (1 when it cannot be found)."""
    found = re.search(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def save_template(template: Path, path: Path = CONFIG_FILE) -> None:
    """Set the template in rollout.toml (created when missing), keeping the rest of the file."""
    line = f'template = "{template.as_posix()}"'
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    for pattern in _TEMPLATE_LINES:  # the setting itself, else a commented-out one
        if pattern.search(text):
            text = pattern.sub(line, text, count=1)
            break
    else:
        text = f"{text.rstrip()}\n{line}\n".lstrip("\n")
    write_atomic(path, text.encode("utf-8"))
