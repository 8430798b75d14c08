"""Where a key stands in a TOML file, so a check can name the line of a mistake.

tomllib gives the line of a syntax error only; for "this value is wrong" we find
the line ourselves. ``KeyLines(text).line(("sheets", 1, "columns", 3, "type"))``
is the line of ``type =`` in the fourth ``[[sheets.columns]]`` of the second
``[[sheets]]``; a key not written there falls back to its table's header line.
"""

from __future__ import annotations

import re
from typing import Any

_ARRAY_TABLE = re.compile(r"\[\[\s*([^\]]+?)\s*\]\]")
_TABLE = re.compile(r"\[\s*([^\[\]]+?)\s*\]")
_KEY = re.compile(r"""([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*(?:\.\s*[A-Za-z0-9_"'-]+\s*)*=""")


def _parts(dotted: str) -> list[str]:
    return [p.strip().strip("\"'") for p in dotted.split(".")]


class KeyLines:
    """Line numbers (1-based) of tables and keys, by their path in the parsed document."""

    def __init__(self, text: str) -> None:
        self._text = text.splitlines()
        self._lines: dict[tuple[Any, ...], int] = {}
        self._count: dict[tuple[Any, ...], int] = {}  # array of tables → items seen
        current: tuple[Any, ...] = ()
        depth = 0  # brackets still open: inside a multi-line array nothing is a key
        for n, raw in enumerate(text.splitlines(), start=1):
            line = _strip_comment(raw).strip()
            if not line:
                continue
            if depth == 0:
                if m := _ARRAY_TABLE.fullmatch(line):
                    current = self._item(_parts(m.group(1)))
                    self._lines.setdefault(current, n)
                    continue
                if m := _TABLE.fullmatch(line):
                    current = self._resolve(_parts(m.group(1)))
                    self._lines.setdefault(current, n)
                    continue
                if m := _KEY.match(line):
                    self._lines.setdefault((*current, m.group(1).strip("\"'")), n)
            depth = max(0, depth + _bracket_balance(line))

    def _resolve(self, parts: list[str]) -> tuple[Any, ...]:
        """A dotted table name with the latest item of each array of tables along the way."""
        path: tuple[Any, ...] = ()
        for part in parts:
            path = (*path, part)
            if path in self._count:
                path = (*path, self._count[path] - 1)
        return path

    def _item(self, parts: list[str]) -> tuple[Any, ...]:
        array = (*self._resolve(parts[:-1]), parts[-1])
        index = self._count.get(array, 0)
        self._count[array] = index + 1
        return (*array, index)

    def find(self, text: str, start: int | None) -> int | None:
        """The first line at or after ``start`` holding ``text`` (an item of a multi-line array)."""
        if start is None:
            return None
        for n, raw in enumerate(self._text[start - 1 :], start=start):
            if text in raw:
                return n
        return start

    def line(self, path: tuple[Any, ...]) -> int | None:
        """The line of ``path``, else of the nearest enclosing table written in the file."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(tuple(path[:end]))
            if found is not None:
                return found
        return None


def _strip_comment(line: str) -> str:
    """The line without a trailing '# …' comment (a '#' inside quotes stays)."""
    quote, escaped = "", False
    for i, ch in enumerate(line):
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\" and quote == '"':
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return line[:i]
    return line


def _bracket_balance(line: str) -> int:
    """Opening minus closing brackets outside strings (a multi-line array spans lines)."""
    balance, quote, escaped = 0, "", False
    for ch in line:
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\" and quote == '"':
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            balance += 1
        elif ch in "]}":
            balance -= 1
    return balance
