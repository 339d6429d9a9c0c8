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

__all__ = ["field_positions"]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"-]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=\s*""")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'')


def field_positions(text: str) -> dict[str, tuple[int, int]]:
    """Map field paths to 1-based ``(line, column)`` positions in TOML *text*.

    Paths look like ``name``, ``variants[2]``, ``relations``,
    ``relations.part-of[0]``, ``sources[1]`` and ``sources[1].url``.
    """
    positions: dict[str, tuple[int, int]] = {}
    table = ""
    array_counts: dict[str, int] = {}
    open_array: str | None = None
    open_item = 0
    in_multiline_string = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline_string:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline_string = False
            continue
        if open_array is not None:
            open_item = _record_items(positions, open_array, open_item, line, number, 0)
            if _closes_array(line):
                open_array = None
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
        rest_start = key.end()
        rest = line[rest_start:]
        if rest.startswith(('"""', "'''")) and (rest.count('"""') + rest.count("'''")) == 1:
            in_multiline_string = True
        elif rest.startswith("["):
            open_item = _record_items(positions, path, 0, rest, number, rest_start)
            if not _closes_array(rest):
                open_array = path
    return positions


def _record_items(
    positions: dict[str, tuple[int, int]],
    path: str,
    start: int,
    line: str,
    number: int,
    offset: int,
) -> int:
    """Record the position of each string item on *line*; return the next item index."""
    code = _strip_comment(line)
    for index, item in enumerate(_STRING.finditer(code), start=start):
        positions.setdefault(f"{path}[{index}]", (number, offset + item.start() + 1))
        start = index + 1
    return start


def _closes_array(line: str) -> bool:
    return "]" in _STRING.sub("", _strip_comment(line))


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
