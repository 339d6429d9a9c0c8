"""Rewrite glossary files into the canonical layout, keeping everything else byte for byte.

``qamus fmt`` changes only what the layout prescribes:

- top-level fields in the documented order (id, kind, name, arabic, vocalised,
  english, variants, wikidata, notes), then ``[relations]``, then every
  ``[[sources]]`` table, each table's keys in their documented order;
- one-line strings in double quotes, with real characters instead of ``\\u``
  escapes;
- ``variants`` one per line, sorted (Latin, then Arabic) and without repeats;
- Unicode NFC; ``key = value`` spacing; one blank line before each table;
  one final newline.

Comments move with the line they sit above (or beside), and values are not
otherwise touched. The result is parsed again and compared with the original
data before anything is written, so a file is never damaged.

>>> text = "# Aleppo\\nname = 'Aleppo'\\nid = \\"aleppo\\"  # the slug\\n"
>>> print(format_text(text), end="")
id = "aleppo"  # the slug
# Aleppo
name = "Aleppo"
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Sequence
from typing import Any

import attrs

from qamus.errors import QamusError
from qamus.glossary.positions import _strip_comment
from qamus.glossary.schema import FIELD_ORDER, SOURCE_FIELDS
from qamus.glossary.write import toml_string, variant_sort_key
from qamus.model import RELATION_TYPES

__all__ = ["FormatError", "format_text"]


class FormatError(QamusError):
    """A file could not be formatted (invalid TOML, or a layout fmt cannot rewrite safely)."""


@attrs.define
class _Block:
    """One key and its value's lines, with the comment and blank lines above it."""

    key: str
    trivia: list[str]
    lines: list[str]


@attrs.define
class _Section:
    """The top of the file, or one ``[table]`` / ``[[array]]`` with its header and blocks."""

    name: str
    header: list[str]  # the comment lines above the header, then the header itself
    blocks: list[_Block] = attrs.Factory(list)
    tail: list[str] = attrs.Factory(list)


def format_text(text: str) -> str:
    """The canonical layout of glossary file *text*; raises :class:`FormatError` if unsafe."""
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FormatError(f"not valid TOML, left as is: {exc}") from exc
    text = unicodedata.normalize("NFC", text)
    sections = _split(text.splitlines())
    out = _render(sections)
    try:
        after = tomllib.loads(out)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - a bug in fmt, never written
        raise FormatError(f"formatting would break the file, left as is: {exc}") from exc
    if after != _expected(before):
        raise FormatError("formatting would change a value, left as is")  # pragma: no cover
    return out


def _expected(data: Any) -> Any:
    """What the data must be after formatting: NFC text, variants sorted without repeats."""
    if isinstance(data, str):
        return unicodedata.normalize("NFC", data)
    if isinstance(data, list):
        return [_expected(x) for x in data]
    if isinstance(data, dict):
        out = {k: _expected(v) for k, v in data.items()}
        variants = out.get("variants")
        if isinstance(variants, list) and all(isinstance(v, str) for v in variants):
            out["variants"] = sorted(dict.fromkeys(variants), key=variant_sort_key)
        return out
    return data


# -- splitting ------------------------------------------------------------------------------


def _split(lines: Sequence[str]) -> list[_Section]:
    sections = [_Section("", [])]
    trivia: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            trivia.append(line.rstrip())
            index += 1
            continue
        if stripped.startswith("["):
            name = stripped.split("#", 1)[0].strip().strip("[]").strip().strip('"')
            # Comments directly above a header belong to it; those set off from it by a
            # blank line close the section before.
            blanks = [i for i, t in enumerate(trivia) if not t.strip()]
            cut = blanks[-1] + 1 if blanks else 0
            sections[-1].tail = _trailing_blank_free(trivia[:cut])
            header = stripped.split("#", 1)[0].strip() + _comment_of(stripped)
            sections.append(_Section(name, [*_strip_blank(trivia[cut:]), header]))
            trivia = []
            index += 1
            continue
        end = _value_end(lines, index)
        key = line.split("=", 1)[0].strip()
        if len(sections) == 1 and not sections[0].blocks and "" in (t.strip() for t in trivia):
            # Comments at the top of the file, set off by a blank line, stay at the top.
            cut = max(i for i, t in enumerate(trivia) if not t.strip())
            sections[0].header, trivia = _strip_blank(trivia[:cut]), trivia[cut + 1 :]
        sections[-1].blocks.append(_Block(key, trivia, list(lines[index:end])))
        trivia = []
        index = end
    sections[-1].tail = trivia
    return sections


def _comment_of(line: str) -> str:
    code = _strip_comment(line)
    comment = line[len(code) :].strip()
    return f"  {comment}" if comment else ""


def _strip_blank(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    return _trailing_blank_free(lines)


def _trailing_blank_free(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _value_end(lines: Sequence[str], start: int) -> int:
    """The index after the last line of the key/value pair starting at *start*."""
    depth = 0
    open_string: str | None = None
    index = start
    first = True
    while index < len(lines):
        line = lines[index]
        pos = line.index("=") + 1 if first else 0
        first = False
        while pos < len(line):
            if open_string:
                if line.startswith(open_string, pos) and not _escaped(line, pos, open_string):
                    pos += len(open_string)
                    open_string = None
                    continue
                pos += 1
                continue
            char = line[pos]
            if char == "#":
                break
            for quote in ('"""', "'''", '"', "'"):
                if line.startswith(quote, pos):
                    open_string = quote
                    pos += len(quote)
                    break
            else:
                depth += char in "[{"
                depth -= char in "]}"
                pos += 1
        if open_string in ('"', "'"):
            open_string = None  # a one-line string cannot continue; tomllib accepted the file
        index += 1
        if depth <= 0 and open_string is None:
            return index
    return index


def _escaped(line: str, pos: int, quote: str) -> bool:
    if quote.startswith("'"):
        return False
    slashes = 0
    while pos - slashes - 1 >= 0 and line[pos - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


# -- rendering ------------------------------------------------------------------------------


def _order(blocks: list[_Block], order: Sequence[str]) -> list[_Block]:
    rank = {k: i for i, k in enumerate(order)}
    return sorted(blocks, key=lambda b: rank.get(b.key.strip('"').split(".")[0], len(rank)))


def _render(sections: list[_Section]) -> str:
    top, tables = sections[0], sections[1:]
    rank = {"relations": 0, "sources": 1}
    tables = sorted(tables, key=lambda s: rank.get(s.name, 2))
    chunks = ["\n".join(top.header), _render_blocks(_order(top.blocks, FIELD_ORDER), top.tail)]
    for section in tables:
        order = (
            RELATION_TYPES
            if section.name == "relations"
            else SOURCE_FIELDS
            if section.name == "sources"
            else ()
        )
        body = _render_blocks(_order(section.blocks, tuple(order)), section.tail)
        chunks.append("\n".join([*section.header, *([body] if body else [])]))
    text = "\n\n".join(chunk for chunk in chunks if chunk)
    return text.rstrip("\n") + "\n"


def _render_blocks(blocks: list[_Block], tail: list[str]) -> str:
    lines: list[str] = []
    for block in blocks:
        trivia = _collapse_blank(block.trivia)
        if not lines:
            trivia = _strip_blank(trivia)
        lines += trivia
        lines += _render_value(block)
    lines += _collapse_blank(_trailing_blank_free(tail))
    return "\n".join(_strip_blank(lines))


def _collapse_blank(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    return out


def _render_value(block: _Block) -> list[str]:
    first = block.lines[0]
    indent = first[: len(first) - len(first.lstrip())]
    prefix = f"{indent}{block.key} = "
    try:
        value = tomllib.loads("\n".join(block.lines).strip())[_plain_key(block.key)]
    except (tomllib.TOMLDecodeError, KeyError):
        return block.lines
    if len(block.lines) == 1 and isinstance(value, str) and not _is_multiline(first):
        return [prefix + toml_string(value) + _comment_of(first)]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = _array_items(block.lines)
        if items is None:
            return block.lines
        if block.key == "variants":
            return _render_variants(prefix, items, block.lines)
        if all(not comments and not trailing for _, comments, trailing in items):
            return [
                prefix
                + "["
                + ", ".join(toml_string(v) for v, _, _ in items)
                + "]"
                + _comment_of(block.lines[-1])
            ]
    return [prefix + block.lines[0].split("=", 1)[1].lstrip(), *block.lines[1:]]


def _plain_key(key: str) -> str:
    return key.strip('"').strip("'") if "." not in key else key.split(".", maxsplit=1)[0]


def _is_multiline(line: str) -> bool:
    value = line.split("=", 1)[1].lstrip()
    return value.startswith(('"""', "'''"))


_Item = tuple[str, list[str], str]  # (value, comment lines above it, comment beside it)


def _array_items(lines: list[str]) -> list[_Item] | None:
    """The string items of an array value with their comments, or None when unusual."""
    items: list[_Item] = []
    pending: list[str] = []
    body = [lines[0].split("=", 1)[1], *lines[1:]]
    for raw in body:
        code = _strip_comment(raw)
        comment = raw[len(code) :].strip()
        literals = _string_literals(code)
        if literals is None:
            return None
        if not literals:
            if comment and code.strip() in ("", "["):
                pending.append(comment)
            elif comment:
                return None  # a comment beside a bracket: keep the array as written
            continue
        for n, literal in enumerate(literals):
            value = tomllib.loads(f"v = {literal}")["v"]
            beside = comment if n == len(literals) - 1 else ""
            items.append((value, pending, beside))
            pending = []
    if pending:
        return None
    return items


def _string_literals(code: str) -> list[str] | None:
    out = []
    pos = 0
    while pos < len(code):
        char = code[pos]
        if char in " \t,[]":
            pos += 1
            continue
        if code.startswith(('"""', "'''"), pos):
            return None
        if char in "\"'":
            end = pos + 1
            while end < len(code):
                if code[end] == "\\" and char == '"':
                    end += 2
                    continue
                if code[end] == char:
                    break
                end += 1
            out.append(code[pos : end + 1])
            pos = end + 1
            continue
        return None
    return out


def _render_variants(prefix: str, items: list[_Item], original: list[str]) -> list[str]:
    merged: dict[str, tuple[list[str], str]] = {}
    for value, above, beside in items:
        if value in merged:
            old_above, old_beside = merged[value]
            merged[value] = (old_above + above, old_beside or beside)
        else:
            merged[value] = (list(above), beside)
    out = [prefix + "[" + _comment_of(original[0]).rstrip()]
    for value in sorted(merged, key=variant_sort_key):
        above, beside = merged[value]
        out += [f"  {c}" for c in above]
        out.append(f"  {toml_string(value)}," + (f"  {beside}" if beside else ""))
    out.append("]")
    return out
