"""Rewrite glossary files into the canonical layout, keeping everything else byte for byte.

``qamus fmt`` changes only what the layout prescribes:

- top-level fields in the documented order (id, kind, name, arabic, vocalised,
  english, variants, wikidata, notes), then ``[relations]``, then every
  ``[[sources]]`` table, each table's keys in their documented order;
- one-line strings in double quotes, with real characters instead of ``\\u``
  escapes, except that an escape for an invisible character (a space other
  than U+0020, a format character such as ZERO WIDTH JOINER, a control, a line
  or paragraph separator) stays an escape, so that readers see it;
- ``variants`` one per line, sorted (Latin, then Arabic) and without repeats;
- Unicode NFC; ``key = value`` spacing; two spaces before a comment beside a
  value; no spaces at the end of a comment line;
- blank lines: one before each table, none between fields, none at the start
  or end of a table or of the file; blank lines among comments stay, but never
  two in a row;
- one final newline, and the file's own line ending (CRLF or LF; a file that
  mixes them gets the one most of its lines use).

A comment belongs with the line below it and moves with it; a comment beside
a line moves with that line, and inside ``variants`` a comment stays with the
variant below it. Two exceptions: comments at the top of the file that a blank
line sets off from the first field stay at the top, and comments right under
the last line of a table that a blank line sets off from what follows stay at
the end of that table.

Values are not otherwise touched. The result is parsed again and compared with
the original data before anything is written, so a file is never damaged: when
fmt cannot rewrite a file safely it raises :class:`FormatError`, saying where
and why.

>>> text = "# Aleppo\\nname = 'Aleppo'\\nid = \\"aleppo\\"  # the slug\\n"
>>> print(format_text(text), end="")
id = "aleppo"  # the slug
# Aleppo
name = "Aleppo"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from typing import Any

import attrs

from qamus.errors import QamusError
from qamus.glossary.positions import toml_error_message, toml_error_position
from qamus.glossary.schema import FIELD_ORDER, SOURCE_FIELDS
from qamus.glossary.write import shows_nothing, toml_string, variant_sort_key
from qamus.model import RELATION_TYPES
from qamus.normalise.forms import nfc

__all__ = ["FormatError", "format_text"]

_TABLE_RANK = {"relations": 0, "sources": 1}


class FormatError(QamusError):
    """A file fmt leaves as is, with where (line, field; when known) and why (``reason``).

    >>> err = FormatError("not valid TOML", line=3, field="name")
    >>> str(err), err.located("place/aleppo.toml")
    ('line 3: name: not valid TOML', 'place/aleppo.toml:3: name: not valid TOML')
    """

    def __init__(self, reason: str, *, line: int | None = None, field: str | None = None) -> None:
        self.reason = reason
        self.line = line
        self.field = field
        super().__init__(reason)

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        subject = f"{self.field}: " if self.field else ""
        return f"{where}{subject}{self.reason}"

    def located(self, path: str) -> str:
        """The error as ``PATH:LINE: FIELD: REASON``, the way ``qamus check`` shows problems."""
        where = f"{path}:{self.line}" if self.line else path
        subject = f"{self.field}: " if self.field else ""
        return f"{where}: {subject}{self.reason}"


class _ScanError(Exception):
    """fmt lost track of the file's layout at line *row* (0-based)."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


@attrs.define
class _Block:
    """One key and its value, with the comment and blank lines above it."""

    path: tuple[str, ...]  # the key, parsed
    key: str  # the key as written
    row: int  # the line the key is on, 0-based
    indent: str
    value: list[str]  # the lines of the value as written, from its first to its last character
    comment: str  # the comment beside the value's last line, or ""
    trivia: list[str] = attrs.Factory(list)


@attrs.define
class _Section:
    """The top of the file, or one ``[table]`` / ``[[array]]`` with its header and blocks."""

    path: tuple[str, ...]
    array: bool
    header: str  # the header line as fmt writes it ("" for the top of the file)
    row: int
    above: list[str] = attrs.Factory(list)  # comments above the header (or atop the file)
    blocks: list[_Block] = attrs.Factory(list)
    tail: list[str] = attrs.Factory(list)  # comments at the end of the table


def format_text(text: str) -> str:
    """The canonical layout of glossary file *text*; raises :class:`FormatError` if unsafe."""
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _not_toml(exc) from exc
    newline = _newline_of(text)
    # TOML ends lines with LF or CRLF only, and accepts no lone CR, so this is every line.
    lines = nfc(text).replace("\r\n", "\n").split("\n")
    try:
        sections, end = _split(lines)
        out = _render(sections, end)
    except _ScanError as exc:
        raise FormatError(
            "qamus fmt cannot follow the layout of this line; "
            "write it as a plain `key = value` line and run qamus fmt again",
            line=exc.row + 1,
        ) from exc
    try:
        after = tomllib.loads(out)
    except tomllib.TOMLDecodeError as exc:
        raise FormatError(
            f"formatting would break the file ({toml_error_message(exc)}); "
            "please report this to the qamus maintainers"
        ) from exc
    expected = _expected(before)
    if after != expected:
        path = _first_difference(expected, after)
        raise FormatError(
            "formatting would change this value; please report this to the qamus maintainers",
            line=_line_of(path, sections),
            field=_field_name(path),
        )
    return out.replace("\n", newline)


def _not_toml(exc: tomllib.TOMLDecodeError) -> FormatError:
    """The error for a file that is not TOML, at the line tomllib names.

    >>> try:
    ...     tomllib.loads('name = "unterminated\\n')
    ... except tomllib.TOMLDecodeError as exc:
    ...     print(_not_toml(exc))
    line 1: not valid TOML (Illegal character '\\n'); `qamus check` explains the problem
    """
    return FormatError(
        f"not valid TOML ({toml_error_message(exc)}); `qamus check` explains the problem",
        line=toml_error_position(exc)[0],
    )


def _newline_of(text: str) -> str:
    r"""The line ending most lines of *text* use: ``"\r\n"`` or ``"\n"``.

    >>> _newline_of("a = 1\r\nb = 2\r\n"), _newline_of("a = 1\n"), _newline_of("")
    ('\r\n', '\n', '\n')
    """
    crlf = text.count("\r\n")
    return "\r\n" if crlf > text.count("\n") - crlf else "\n"


def _expected(data: Any, top: bool = True) -> Any:
    """What the data must be after formatting: NFC text, variants sorted without repeats."""
    if isinstance(data, str):
        return nfc(data)
    if isinstance(data, list):
        return [_expected(x, top=False) for x in data]
    if isinstance(data, dict):
        out = {nfc(k): _expected(v, top=False) for k, v in data.items()}
        variants = out.get("variants")
        if top and isinstance(variants, list) and all(isinstance(v, str) for v in variants):
            out["variants"] = sorted(dict.fromkeys(variants), key=variant_sort_key)
        return out
    return data


def _first_difference(a: Any, b: Any, path: tuple[str | int, ...] = ()) -> tuple[str | int, ...]:
    """Where data *a* and *b* first differ, as a path of keys and list indexes.

    >>> _first_difference({"id": "x", "sources": [{"title": "A"}]},
    ...                   {"id": "x", "sources": [{"title": "B"}]})
    ('sources', 0, 'title')
    """
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), (*path, key))
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, (*path, index))
    return path


def _field_name(path: tuple[str | int, ...]) -> str | None:
    """*path* written the way ``qamus check`` names fields.

    >>> _field_name(("sources", 1, "url")), _field_name(("variants", 2)), _field_name(())
    ('sources[1].url', 'variants[2]', None)
    """
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else part
    return name or None


def _line_of(path: tuple[str | int, ...], sections: Sequence[_Section]) -> int | None:
    """The 1-based line in the original file where the value at *path* is written."""
    keys = [p for p in path if isinstance(p, str)]
    count: dict[tuple[str, ...], int] = {}
    best: int | None = None
    for section in sections:
        index = count.get(section.path, 0)
        count[section.path] = index + 1
        if keys[: len(section.path)] != list(section.path):
            continue
        if section.array and len(path) > len(section.path) and path[len(section.path)] != index:
            continue
        rest = keys[len(section.path) :]
        if section.path and best is None:
            best = section.row + 1
        for block in section.blocks:
            if rest[: len(block.path)] == list(block.path):
                return block.row + 1
    return best


# -- splitting ------------------------------------------------------------------------------


def _split(lines: Sequence[str]) -> tuple[list[_Section], list[str]]:
    """The sections of the file, and the comments at its end that belong to none of them."""
    sections = [_Section((), array=False, header="", row=0)]
    trivia: list[str] = []
    row = 0
    while row < len(lines):
        line = lines[row]
        col = _skip_blank(line, 0)
        if col == len(line) or line[col] == "#":
            trivia.append(line.rstrip(" \t"))
            row += 1
        elif line[col] == "[":
            section = _header(lines, row, col)
            sections[-1].tail, section.above = _tail_and_rest(trivia)
            sections.append(section)
            trivia = []
            row += 1
        else:
            block = _pair(lines, row, col)
            top = sections[-1]
            if len(sections) == 1 and not top.blocks and "" in trivia:
                # Comments at the top of the file, set off by a blank line, stay at the top.
                cut = len(trivia) - 1 - trivia[::-1].index("")
                top.above, trivia = trivia[:cut], trivia[cut + 1 :]
            block.trivia = trivia
            top.blocks.append(block)
            trivia = []
            row = block.row + len(block.value)
    # The end of the file counts as a blank line after the last table.
    sections[-1].tail, end = _tail_and_rest([*trivia, ""])
    return sections, end


def _tail_and_rest(trivia: list[str]) -> tuple[list[str], list[str]]:
    """Split the lines between a table's last line and what follows it.

    Comments right under the table's last line and set off from what follows
    by a blank line end that table; the rest belong to what follows.

    >>> _tail_and_rest(["# end of sources", "", "# about the next", ""])
    (['# end of sources'], ['', '# about the next', ''])
    >>> _tail_and_rest(["", "# about the next"]), _tail_and_rest(["# about the next"])
    (([], ['', '# about the next']), ([], ['# about the next']))
    """
    if trivia and trivia[0] and "" in trivia:
        cut = trivia.index("")
        return trivia[:cut], trivia[cut:]
    return [], trivia


def _skip_blank(line: str, col: int) -> int:
    while col < len(line) and line[col] in " \t":
        col += 1
    return col


def _header(lines: Sequence[str], row: int, col: int) -> _Section:
    """The table header at ``lines[row][col:]``, written without its comment's spacing."""
    line = lines[row]
    array = line.startswith("[[", col)
    start = col + (2 if array else 1)
    end = _key_end(lines, row, start, "]")
    after = end + (2 if array else 1)
    if line[end:after] != "]" * (after - end):
        raise _ScanError(row)
    return _Section(
        _key_path(line[start:end], row),
        array=array,
        header=line[col:after] + _beside(line[after:], row),
        row=row,
    )


def _pair(lines: Sequence[str], row: int, col: int) -> _Block:
    """The key/value pair that starts at ``lines[row][col:]``."""
    line = lines[row]
    equals = _key_end(lines, row, col, "=")
    key = line[col:equals].rstrip(" \t")
    start = _skip_blank(line, equals + 1)
    end_row, end_col = _value_end(lines, row, start)
    if end_row == row:
        value = [line[start:end_col]]
    else:
        value = [line[start:], *lines[row + 1 : end_row], lines[end_row][:end_col]]
    comment = _beside(lines[end_row][end_col:], end_row)
    return _Block(_key_path(key, row), key, row, line[:col], value, comment)


def _beside(rest: str, row: int) -> str:
    """The comment in *rest*, the end of a line after its key and value, as fmt writes it."""
    comment = rest.strip(" \t")
    if comment and not comment.startswith("#"):
        raise _ScanError(row)
    return f"  {comment}" if comment else ""


def _key_path(key: str, row: int) -> tuple[str, ...]:
    """The parts of a (dotted, perhaps quoted) TOML key.

    >>> _key_path('relations."part-of"', 0), _key_path("'a.b' . c", 0)
    (('relations', 'part-of'), ('a.b', 'c'))
    """
    try:
        data: Any = tomllib.loads(f"{key} = 0")
    except tomllib.TOMLDecodeError as exc:
        raise _ScanError(row) from exc
    path: list[str] = []
    while isinstance(data, dict) and len(data) == 1:
        [(part, data)] = data.items()
        path.append(part)
    return tuple(path)


def _key_end(lines: Sequence[str], row: int, col: int, stop: str) -> int:
    """The column of the first *stop* character after ``col`` that is outside quotes."""
    line = lines[row]
    while col < len(line):
        if line[col] in "\"'":
            end_row, col = _string_end(lines, row, col)
            if end_row != row:
                raise _ScanError(row)
        elif line[col] == stop:
            return col
        else:
            col += 1
    raise _ScanError(row)


def _value_end(lines: Sequence[str], row: int, col: int) -> tuple[int, int]:
    """The line and column just after the value that starts at ``lines[row][col]``.

    >>> _value_end(['["a", # one', '  "b]",', ']  # end'], 0, 0)
    (2, 1)
    >>> _value_end(['1979-05-27 07:32:00Z  # when'], 0, 0)
    (0, 20)
    """
    depth = 0
    while row < len(lines):
        line = lines[row]
        while col < len(line):
            char = line[col]
            if char in "\"'":
                row, col = _string_end(lines, row, col)
                line = lines[row]
                if depth == 0:
                    return row, col
            elif depth == 0 and char not in "[{":
                # A number, date or boolean: it ends at a comment or at the end of the line.
                return row, col + len(line[col:].split("#", 1)[0].rstrip(" \t"))
            elif char == "#":
                col = len(line)  # a comment inside an array
            else:
                depth += char in "[{"
                depth -= char in "]}"
                col += 1
                if depth == 0:
                    return row, col
        row += 1
        col = 0
    raise _ScanError(len(lines) - 1)


def _string_end(lines: Sequence[str], row: int, col: int) -> tuple[int, int]:
    """The line and column just after the string whose opening quote is at ``lines[row][col]``.

    >>> _string_end(['"a\\\\"b" # c'], 0, 0), _string_end(["'''x", "y''''  "], 0, 0)
    ((0, 6), (1, 5))
    """
    line = lines[row]
    quote = line[col]
    escapes = quote == '"'
    if not line.startswith(quote * 3, col):
        col += 1
        while col < len(line):
            if escapes and line[col] == "\\":
                col += 2
            elif line[col] == quote:
                return row, col + 1
            else:
                col += 1
        raise _ScanError(row)
    col += 3
    while row < len(lines):
        line = lines[row]
        while col < len(line):
            if escapes and line[col] == "\\":
                col += 2
            elif line.startswith(quote * 3, col):
                # Up to two quotes before the closing three belong to the string.
                return row, col + len(line[col:]) - len(line[col:].lstrip(quote))
            else:
                col += 1
        row += 1
        col = 0
    raise _ScanError(len(lines) - 1)


# -- rendering ------------------------------------------------------------------------------


def _render(sections: Sequence[_Section], end: list[str]) -> str:
    top, tables = sections[0], sections[1:]
    tables = sorted(tables, key=lambda s: _TABLE_RANK.get(s.path[0], len(_TABLE_RANK)))
    chunks = ["\n".join(_tidy(top.above)), _render_blocks(top)]
    for section in tables:
        body = _render_blocks(section)
        chunks.append("\n".join([*_tidy(section.above), section.header, *([body] if body else [])]))
    chunks.append("\n".join(_tidy(end)))
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def _key_order(section: _Section) -> Sequence[str]:
    if not section.path:
        return FIELD_ORDER
    if section.path == ("relations",) and not section.array:
        return tuple(RELATION_TYPES)
    if section.path == ("sources",) and section.array:
        return SOURCE_FIELDS
    return ()


def _render_blocks(section: _Section) -> str:
    rank = {k: i for i, k in enumerate(_key_order(section))}
    blocks = sorted(section.blocks, key=lambda b: rank.get(b.path[0], len(rank)))
    lines: list[str] = []
    for block in blocks:
        lines += _tidy(block.trivia, keep_last=bool(lines))
        lines += _render_value(block, variants=not section.path and block.path == ("variants",))
    lines += _tidy(section.tail)
    return "\n".join(lines)


def _tidy(lines: list[str], keep_last: bool = False) -> list[str]:
    """Comment lines without blank lines at the start, or two in a row, or (unless
    *keep_last*) at the end.

    >>> _tidy(["", "# a", "", "", "# b", ""]), _tidy(["# a", "", ""], keep_last=True)
    (['# a', '', '# b'], ['# a', ''])
    """
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    if out and not out[-1] and not keep_last:
        out.pop()
    return out


def _render_value(block: _Block, variants: bool) -> list[str]:
    prefix = f"{block.indent}{block.key} = "
    try:
        value = _parse(block.value)
        if isinstance(value, str) and len(block.value) == 1:
            if not block.value[0].startswith(('"""', "'''")):
                return [prefix + _string(block.value[0])[1] + block.comment]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            array = _array(block.value)
            if variants:
                return _render_variants(prefix, array, block.comment)
            if not (array.opening or array.trailing or any(i[2] or i[3] for i in array.items)):
                strings = ", ".join(written for _, written, _, _ in array.items)
                return [f"{prefix}[{strings}]{block.comment}"]
    except _ScanError as exc:
        raise _ScanError(block.row + exc.row) from exc
    lines = [prefix + block.value[0], *block.value[1:]]
    lines[-1] += block.comment
    return lines


def _parse(value: list[str]) -> Any:
    try:
        return tomllib.loads("v = " + "\n".join(value))["v"]
    except tomllib.TOMLDecodeError as exc:
        raise _ScanError(0) from exc


_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")


def _string(literal: str) -> tuple[str, str]:
    r"""The NFC value of a one-line string *literal*, and the literal as fmt writes it.

    Escapes become real characters, except those that stand for an invisible
    character, which stay escapes so that whoever reads the file sees them.

    >>> _string(r'"\u0627\u00a0\u0644\""')
    ('ا\xa0ل"', '"ا\\u00A0ل\\""')
    >>> _string("'A\xa0B'")  # written as a real character, it stays one
    ('A\xa0B', '"A\xa0B"')
    """
    if literal.startswith(("'", '"""')):  # no escapes, or a multi-line string in an array
        value = nfc(_parse([literal]))
        return value, toml_string(value)
    body = literal[1:-1]
    pieces: list[str] = []  # runs of text, each followed by an invisible character kept escaped
    run: list[str] = []
    pos = 0
    for escape in _ESCAPE.finditer(body):
        run.append(body[pos : escape.start()])
        char = tomllib.loads(f'v = "{escape.group(0)}"')["v"]
        if escape.group(0)[1] in "uU" and shows_nothing(char):
            pieces += [nfc("".join(run)), nfc(char)]
            run = []
        else:
            run.append(char)
        pos = escape.end()
    pieces.append(nfc("".join([*run, body[pos:]])))
    written = "".join(
        toml_string(piece)[1:-1] if n % 2 == 0 else _escaped(piece)
        for n, piece in enumerate(pieces)
    )
    return "".join(pieces), f'"{written}"'


def _escaped(char: str) -> str:
    return f"\\u{ord(char):04X}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08X}"


# (value, as fmt writes it, comment lines above it, comment beside it)
_Item = tuple[str, str, list[str], str]


@attrs.define
class _Array:
    """The strings of an array value, with the comments written among them."""

    opening: str  # the comment beside ``[``
    items: list[_Item]
    trailing: list[str]  # the comments after the last item


def _array(lines: list[str]) -> _Array:
    """The string items of the array written on *lines* (which start at its ``[``).

    >>> _array(['[ # seen in print', '  "b",  # one', "  # above a", "  'a', ", "  # end", "]"])
    _Array(opening='  # seen in print', items=[('b', '"b"', [], '  # one'), \
('a', '"a"', ['# above a'], '')], trailing=['# end'])
    """
    array = _Array("", [], [])
    pending: list[str] = []
    last_row = -1  # the line on which the last item ends
    row, col = 0, 1
    while row < len(lines):
        line = lines[row]
        while col < len(line):
            char = line[col]
            if char in " \t,":
                col += 1
            elif char in "\"'":
                end_row, end_col = _string_end(lines, row, col)
                literal = "\n".join([line[col:], *lines[row + 1 : end_row + 1]])
                literal = literal[: len(literal) - len(lines[end_row]) + end_col]
                array.items.append((*_string(literal), pending, ""))
                pending = []
                row, col, last_row = end_row, end_col, end_row
                line = lines[row]
            elif char == "#":
                comment = line[col:].rstrip(" \t")
                if last_row == row:
                    value, written, above, _ = array.items[-1]
                    array.items[-1] = (value, written, above, f"  {comment}")
                elif row == 0:
                    array.opening = f"  {comment}"
                else:
                    pending.append(comment)
                col = len(line)
            elif char == "]":
                array.trailing = pending
                return array
            else:
                raise _ScanError(row)
        row += 1
        col = 0
    raise _ScanError(len(lines) - 1)


def _render_variants(prefix: str, array: _Array, closing: str) -> list[str]:
    """``variants`` one per line, sorted, without repeats, each with its comments."""
    merged: dict[str, tuple[str, list[str], list[str]]] = {}
    for value, written, above, side in array.items:
        _, comments_above, comments_beside = merged.setdefault(value, (written, [], []))
        comments_above += above
        comments_beside += [side] if side else []
    if not (merged or array.opening or array.trailing):
        return [f"{prefix}[]{closing}"]
    out = [f"{prefix}[{array.opening}"]
    for value in sorted(merged, key=variant_sort_key):
        written, above, beside = merged[value]
        # A repeat's comment beside it goes above the one line left for the variant.
        out += [f"  {c}" for c in [*above, *(b.strip(" \t") for b in beside[1:])]]
        out.append(f"  {written},{beside[0] if beside else ''}")
    out += [f"  {c}" for c in array.trailing]
    out.append(f"]{closing}")
    return out
