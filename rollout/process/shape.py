"""Pydantic validation errors in words a person can act on, located by their path in the data.

Shared by every file format (process and project files): a format names its root model and the
sections whose items carry ids, and gets the same messages and codes for the same mistakes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from rollout.errors import Finding, Path
from rollout.process import spaces
from rollout.process.fields import allowed_keys
from rollout.process.lines import quoted
from rollout.process.paths import path_words
from rollout.process.references import bad_id, key_of
from rollout.process.source import Document
from rollout.process.suggest import closest, did_you_mean


@dataclass(frozen=True)
class Vocabulary:
    """How a file format names its parts: its root model and the sections whose items have ids."""

    root: type[BaseModel]
    items: dict[str, str]  # section → noun: a list of items with an 'id', or a mapping keyed by id


def shape_findings(exc: ValidationError, doc: Document, vocabulary: Vocabulary) -> list[Finding]:
    """One finding per mistake pydantic found, a misspelt required key counted once."""
    errors = _misspelt_not_missing(exc.errors(include_url=False), doc.data, vocabulary)
    types: dict[Path, list[str]] = {}  # a value that fits none of several types is one mistake
    for error in errors:
        if error["type"].endswith("_type"):
            types.setdefault(data_path(tuple(error["loc"]), doc.data), []).append(error["type"])
    findings = []
    for error in errors:
        loc = data_path(tuple(error["loc"]), doc.data)
        if error["type"].endswith("_type"):
            if loc not in types:
                continue
            error = {**error, "ctx": {"kinds": types.pop(loc)}}
        findings.append(_finding(error, doc, vocabulary))
    return findings


def _misspelt_not_missing(errors: list[ErrorDetails], data: Any, vocabulary: Vocabulary) -> list[ErrorDetails]:
    """Drop "missing key 'phases'" where the file has 'phasez': the unknown key's line says it all."""
    unknown = {
        (data_path(tuple(e["loc"]), data)[:-1], str(e["loc"][-1])) for e in errors if e["type"] == "extra_forbidden"
    }
    meant = {(parent, closest(key, allowed_keys(parent, vocabulary.root))) for parent, key in unknown}
    return [
        e
        for e in errors
        if not (e["type"] == "missing" and (data_path(tuple(e["loc"]), data), str(e["loc"][-1])) in meant)
    ]


_CUSTOM_CODES = {
    "control_character": "control-character",
    "bad_date": "bad-date",
    "blank_text": "blank-text",
    "bad_link": "bad-link",
}


def _finding(error: ErrorDetails, doc: Document, vocabulary: Vocabulary) -> Finding:
    """Translate one pydantic error into a finding with a plain message and a code."""
    loc = data_path(tuple(error["loc"]), doc.data)
    where = describe(loc, doc.data, vocabulary)
    kind = error["type"]
    if kind == "missing":
        name = error["loc"][-1]
        return Finding(loc, f"{where} is missing the required key '{name}'", "missing-key")
    if kind == "extra_forbidden":
        return _unknown_key(loc, doc.data, vocabulary)
    if kind == "string_pattern_mismatch":
        return bad_id(loc, where, str(at(doc.data, loc)), doc.data)
    if kind in _CUSTOM_CODES:
        return Finding(loc, f"{where}: {error['msg']}", _CUSTOM_CODES[kind])
    if kind in ("string_too_long", "string_too_short"):
        limit = error.get("ctx", {}).get("max_length" if kind == "string_too_long" else "min_length")
        message = (
            f"{where}: text is too long (the limit is {limit:,} characters)"
            if kind == "string_too_long"
            else f"{where}: text must not be empty"
        )
        return Finding(loc, message, "bad-length")
    if kind == "too_short" and isinstance(at(doc.data, loc), list):
        least = error.get("ctx", {}).get("min_length", 1)
        return Finding(
            loc, f"{where}: the list is empty; write at least {least} item{'s' * (least != 1)}", "bad-length"
        )
    if kind == "literal_error":
        return _bad_choice(loc, where, error, doc)
    if kind.endswith("_type"):
        kinds = error.get("ctx", {}).get("kinds", [kind])
        return Finding(loc, _type_message(where, kinds, loc, doc), "wrong-type")
    return Finding(loc, f"{where}: {error['msg'][0].lower()}{error['msg'][1:]}", "bad-value")


def data_path(loc: tuple[Any, ...], data: Any) -> Path:
    """Drop pydantic's internal loc items (union tags, validator names) that are not in the data."""
    path: list[str | int] = []
    node = data
    for item in loc:
        if isinstance(node, dict) and isinstance(item, str):
            if item not in node:
                break
            path.append(item)
            node = node[item]
        elif isinstance(node, list) and isinstance(item, int):
            path.append(item)
            node = node[item] if 0 <= item < len(node) else None
    return tuple(path)


def _unknown_key(loc: Path, data: Any, vocabulary: Vocabulary) -> Finding:
    """Report an unknown key, suggesting the closest allowed one."""
    name = str(loc[-1])
    allowed = allowed_keys(loc[:-1], vocabulary.root)
    hint = did_you_mean(name, allowed)
    parent = describe(loc[:-1], data, vocabulary)
    if spaces.NBSP in name:
        plain = name.replace(spaces.NBSP, " ").strip()
        if name[:1] in (" ", spaces.NBSP):
            message = (
                f"this line starts with {spaces.WHAT}, so YAML does not read it as indented and '{plain}' is not "
                f"a key of the item above: indent the line with ordinary spaces"
            )
            return Finding(loc, message, "no-break-space", key=True)
        message = (
            f"{parent}: the key is not read as '{plain}': there is {spaces.WHAT} {spaces.where_in(name)}; "
            f"delete it, so that the line starts {plain}:"
        )
        return Finding(loc, message, "no-break-space", key=True)
    message = f"{parent} has an unknown key '{name}'{hint}"
    if not hint and allowed:
        message += f"; allowed keys: {', '.join(allowed)}"
    return Finding(loc, message, "unknown-key", key=True)


def _bad_choice(loc: Path, where: str, error: ErrorDetails, doc: Document) -> Finding:
    expected = error.get("ctx", {}).get("expected", "")
    choices = [part.strip(" '") for part in str(expected).replace(" or ", ",").split(",") if part.strip(" '")]
    value = str(at(doc.data, loc))
    meant = _WORDS.get(value.casefold())
    hint = f"; write {key_of(loc)}: {meant}" if meant in choices else did_you_mean(value, choices)
    message = f"{where}: '{value}' is not one of {', '.join(choices)}{hint}"
    return Finding(loc, message, "bad-value")


# Words a person may write for a choice: a language's name, yes or no in Finnish, Swedish or English.
_WORDS = {
    **dict.fromkeys(("suomi", "finnish", "finska", "fin", "suomeksi"), "fi"),
    **dict.fromkeys(("ruotsi", "svenska", "swedish", "swe", "ruotsiksi", "på svenska"), "sv"),
    **dict.fromkeys(("englanti", "english", "engelska", "eng", "englanniksi", "på engelska"), "en"),
    **dict.fromkeys(("kyllä", "joo", "ja", "yes", "on", "tosi", "sant"), "true"),
    **dict.fromkeys(("ei", "nej", "no", "off", "epätosi", "falskt"), "false"),
}


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "date_type": "a date (YYYY-MM-DD)",
    "list_type": "a list (lines starting with '- ')",
    "model_type": "a mapping (key: value lines)",
    "dict_type": "a mapping (key: value lines)",
}


def _type_message(where: str, kinds: list[str], loc: Path, doc: Document) -> str:
    """Explain a type mismatch; suggest quoting when YAML read text as a number or boolean."""
    words = list(dict.fromkeys(_EXPECTED.get(kind, kind.removesuffix("_type")) for kind in kinds))
    if "a number" in words and "a whole number" in words:
        words.remove("a whole number")
    expected = " or ".join(words) if len(words) < 3 else f"{', '.join(words[:-1])} or {words[-1]}"
    kind = kinds[0]
    value = at(doc.data, loc)
    raw = doc.raw.get(loc)
    message = f"{where} should be {expected}, not {kind_of(value)}"
    if value is None:
        message += (
            "; write the item after the '- '"
            if loc and isinstance(loc[-1], int)
            else "; write the value after the colon"
        )
    elif kind == "string_type" and isinstance(value, bool):
        message += (
            f"; write what it says in words (only if you mean the word {raw or value} itself, put it in quotes: "
            f'{_written_as(loc)}"{raw}")'
        )
    elif kind == "string_type" and raw is not None and not isinstance(value, str):
        message += f'; write it in quotes: {_written_as(loc)}"{raw}"'
    elif kind in ("float_type", "int_type") and isinstance(value, str) and _DECIMAL_COMMA.match(value):
        point = value.strip().replace(",", ".")
        message += f"; a number is written with a point, not a comma: {_written_as(loc)}{point}"
    elif kind == "string_type" and isinstance(value, dict) and len(value) == 1:
        message += _colon_hint(loc, doc)
    elif kind == "list_type" and isinstance(value, str):
        items = ", ".join(part.strip() for part in value.split(",") if part.strip())
        message += f"; write {key_of(loc)}: [{items}], or each item on a line of its own after '- '"
    elif kind == "bool_type" and isinstance(value, str):
        meant = _WORDS.get(value.casefold())
        message += f" ('{value}'); write {key_of(loc)}: {meant}" if meant in ("true", "false") else f" ('{value}')"
    return message


_DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d+,\d+\s*$")


def _written_as(loc: Path) -> str:
    """How the value's line starts: 'key: ' or, for a list item, '- '."""
    return "- " if loc and isinstance(loc[-1], int) else f"{key_of(loc)}: "


def _colon_hint(loc: Path, doc: Document) -> str:
    """A text with ': ' in it that YAML read as a key and its value: show it in quotes."""
    line_no, col = doc.locate(loc)
    text = doc.line(line_no)[col - 1 :].rstrip()
    if not text or text.startswith(("{", "[")):
        return "; if this is text with ': ' in it, put the whole text in quotes"
    prefix = _written_as(loc)
    return f"; the text has ': ' in it, which YAML reads as a key: put the whole text in quotes: {prefix}{quoted(text)}"


def kind_of(value: Any) -> str:
    """What a YAML value is, in plain words."""
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a mapping"}
    if value is None:
        return "empty"
    return names.get(type(value), type(value).__name__)


def describe(loc: Path, data: Any, vocabulary: Vocabulary) -> str:
    """Name a location for a human: "step 'x': raci.accountable"."""
    if not loc:
        return "the file"
    noun = vocabulary.items.get(str(loc[0])) if len(loc) >= 2 else None
    if noun is None:
        return path_words(loc, data)
    if isinstance(loc[1], int):
        item = at(data, loc[:2])
        ident = item.get("id") if isinstance(item, dict) else None
        name = f"{noun} '{ident}'" if isinstance(ident, str) else f"{noun} #{loc[1] + 1}"
    else:
        name = f"{noun} '{loc[1]}'"
    rest = path_words(loc[2:], at(data, loc[:2]))
    return f"{name}: {rest}" if rest else name


def at(data: Any, loc: Path) -> Any:
    """The value at a path, or None where there is none."""
    node = data
    for item in loc:
        try:
            node = node[item]
        except (KeyError, IndexError, TypeError):
            return None
    return node
