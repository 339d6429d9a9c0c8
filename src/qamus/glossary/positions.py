"""Find the line and column of every field in a glossary TOML file.

:mod:`tomllib` gives values but not positions. Glossary files are small and
flat, so a line scanner that follows table headers, keys and the items of
multi-line arrays is enough to point an editor at the right line.

>>> text = 'id = "x"\\nvariants = [\\n  "A",\\n  "B",\\n]\\n[relations]\\npart-of = ["y"]\\n'
>>> pos = field_positions(text)
>>> pos["id"], pos["variants"], pos["variants[1]"], pos["relations.part-of[0]"]
((1, 1), (2, 1), (4, 3), (7, 12))
"""

from __future__ import annotations

import re
import tomllib

__all__ = ["field_positions", "toml_error_message", "toml_error_position", "toml_lines"]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"-]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*""")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')


def toml_lines(text: str) -> list[str]:
    r"""The lines of TOML *text* as TOML counts them: split at line feeds only, a carriage
    return before one dropped, never at the other breaks :meth:`str.splitlines` knows
    (U+2028 LINE SEPARATOR, U+0085 NEXT LINE), which may stand inside a string.

    >>> toml_lines('a = 1\r\nnotes = "x\u2028y"\n')
    ['a = 1', 'notes = "x\u2028y"', '']
    """
    return [line.removesuffix("\r") for line in text.split("\n")]


_TOML_ERROR_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


def toml_error_position(exc: tomllib.TOMLDecodeError) -> tuple[int | None, int | None]:
    r"""The line and column :mod:`tomllib` names in *exc*, or ``None`` for each it does
    not name (an error at the end of the text).

    >>> try:
    ...     tomllib.loads('a = 1\nname = "x\n')
    ... except tomllib.TOMLDecodeError as exc:
    ...     print(toml_error_position(exc))
    (2, 10)
    """
    lineno = getattr(exc, "lineno", None)
    colno = getattr(exc, "colno", None)
    if isinstance(lineno, int):
        return lineno, colno if isinstance(colno, int) else None
    found = _TOML_ERROR_AT.search(str(exc))
    if found:
        return int(found.group(1)), int(found.group(2))
    return None, None


def toml_error_message(exc: tomllib.TOMLDecodeError) -> str:
    r"""What :mod:`tomllib` says in *exc*, without the position it names
    (:func:`toml_error_position` gives that).

    >>> try:
    ...     tomllib.loads('a = 1\nname = "x\n')
    ... except tomllib.TOMLDecodeError as exc:
    ...     print(toml_error_message(exc))
    Illegal character '\n'
    """
    return _TOML_ERROR_AT.sub("", str(exc)).strip()


def field_positions(text: str) -> dict[str, tuple[int, int]]:
    """Map field paths to 1-based ``(line, column)`` positions in TOML *text*.

    Paths look like ``name``, ``variants[2]``, ``relations``,
    ``relations.part-of[0]``, ``sources[1]`` and ``sources[1].url``. Every item
    of an array is counted, whatever its type, so ``variants[2]`` is the third
    item even when the first is a number. A path followed by ``=`` (``name=``)
    is where the value of a one-line field starts.

    >>> pos = field_positions('variants = [1, ["nested"],\\n  "",\\n]\\nname = "X"\\n')
    >>> pos["variants[0]"], pos["variants[1]"], pos["variants[2]"], pos["name="]
    ((1, 13), (1, 16), (2, 3), (4, 8))
    """
    positions: dict[str, tuple[int, int]] = {}
    table = ""
    array_counts: dict[str, int] = {}
    array: _ArrayItems | None = None
    in_multiline_string = False
    for number, line in enumerate(toml_lines(text), start=1):
        if in_multiline_string:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline_string = False
            continue
        if array is not None:
            if array.feed(positions, line, number, 0):
                array = None
            continue
        header = _HEADER.match(line)
        if header:
            name = header.group(2).strip('"')
            if header.group(1) == "[[":
                index = array_counts.get(name, 0)
                array_counts[name] = index + 1
                table = f"{name}[{index}]"
            else:
                table = name
            positions.setdefault(name, (number, len(line) - len(line.lstrip()) + 1))
            positions.setdefault(table, (number, len(line) - len(line.lstrip()) + 1))
            continue
        key = _KEY.match(line)
        if not key:
            continue
        path = f"{table}.{key.group(2).strip(chr(34) + chr(39))}" if table else key.group(2)
        path = path.strip('"')
        positions.setdefault(path, (number, len(key.group(1)) + 1))
        positions.setdefault(f"{path}=", (number, key.end() + 1))
        rest_start = key.end()
        rest = line[rest_start:]
        if rest.startswith(('"""', "'''")) and (rest.count('"""') + rest.count("'''")) == 1:
            in_multiline_string = True
        elif rest.startswith("["):
            array = _ArrayItems(path)
            if array.feed(positions, rest, number, rest_start):
                array = None
    return positions


class _ArrayItems:
    """Follows one array over its lines, recording where each top-level item starts."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.depth = 0
        self.index = 0
        self.expect_item = False
        self.open_string: str | None = None  # the closing quotes of a multi-line string

    def feed(
        self, positions: dict[str, tuple[int, int]], line: str, number: int, offset: int
    ) -> bool:
        """Read one line (from column *offset*); return True once the array is closed."""
        i = 0
        if self.open_string is not None:
            end = line.find(self.open_string)
            if end < 0:
                return False
            i = end + len(self.open_string)
            self.open_string = None
        while i < len(line):
            char = line[i]
            if char == "#":
                break
            if char in " \t":
                i += 1
                continue
            if self.depth == 1 and self.expect_item and char not in ",]":
                positions.setdefault(f"{self.path}[{self.index}]", (number, offset + i + 1))
                self.index += 1
                self.expect_item = False
            if char in "[{":
                self.depth += 1
                self.expect_item = self.depth == 1
            elif char in "]}":
                self.depth -= 1
                if self.depth <= 0:
                    return True
            elif char == "," and self.depth == 1:
                self.expect_item = True
            elif char in "\"'":
                i = self._skip_string(line, i)
                continue
            i += 1
        return False

    def _skip_string(self, line: str, start: int) -> int:
        """The index just after the string starting at *start*."""
        quote = line[start]
        if line.startswith(quote * 3, start):
            end = line.find(quote * 3, start + 3)
            if end < 0:
                self.open_string = quote * 3
                return len(line)
            return end + 3
        i = start + 1
        while i < len(line):
            if line[i] == "\\" and quote == '"':
                i += 2
                continue
            if line[i] == quote:
                return i + 1
            i += 1
        return len(line)


def _strip_comment(line: str) -> str:
    """*line* without a trailing ``#`` comment that is outside any string."""
    out, pos = [], 0
    for m in _STRING.finditer(line):
        before = line[pos : m.start()]
        if "#" in before:
            out.append(before[: before.index("#")])
            return "".join(out)
        out.append(before + m.group(0))
        pos = m.end()
    tail = line[pos:]
    out.append(tail.split("#", 1)[0])
    return "".join(out)
