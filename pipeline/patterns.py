"""Loading the data in ``patterns/``: lexicons, regexes and rules kept out of the code.

Files are TOML (literal strings hold regexes without escaping).  Each loader validates what it
reads and raises ``PatternError`` naming the file, the entry and the field, so that a bad edit to
a pattern file fails loudly at start-up instead of silently matching nothing.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .errors import PatternError

PATTERNS_DIR = Path(os.environ.get("ZHREPORT_PATTERNS", Path(__file__).resolve().parent.parent / "patterns"))


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed TOML file ``patterns/<name>.toml``."""
    path = PATTERNS_DIR / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise PatternError(str(path), "pattern file missing (set ZHREPORT_PATTERNS to the patterns folder)") from None
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(str(path), f"not valid TOML: {exc}") from None


def entries(name: str, table: str, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """The array of tables ``[[table]]`` of a pattern file, each checked for ``required`` fields."""
    data = load(name)
    items = data.get(table)
    where = f"{PATTERNS_DIR / name}.toml"
    if not isinstance(items, list):
        raise PatternError(where, f"needs an array of tables [[{table}]]")
    for i, item in enumerate(items, 1):
        for field in required:
            if field not in item:
                raise PatternError(where, f"[[{table}]] entry {i} ({item.get('id', '?')}): missing field '{field}'")
    return items


@lru_cache(maxsize=4096)
def rx(pattern: str) -> regex.Pattern[str]:
    """A pattern written in the code, compiled once: ``regex.sub(pattern, …)`` looks its pattern
    up again on every call, and slowly (a fifth of the extraction's time went there)."""
    return regex.compile(pattern)


def compile_pattern(name: str, entry: dict[str, Any], field: str = "pattern") -> regex.Pattern[str]:
    """Compile an entry's regex, naming file, entry and field when it does not compile."""
    try:
        return regex.compile(entry[field])
    except regex.error as exc:
        raise PatternError(f"{PATTERNS_DIR / name}.toml", f"entry {entry.get('id', '?')}: field '{field}' is not a valid regex: {exc}") from None
