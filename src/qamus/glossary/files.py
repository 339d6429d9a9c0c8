"""Read glossary files into entries, reporting every structural problem with its position.

Reading runs no code from the files: TOML is parsed with :mod:`tomllib` and
every value is checked against :mod:`qamus.glossary.schema` before it reaches
an :class:`~qamus.model.Entry`.
"""

from __future__ import annotations

import datetime
import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from qamus.errors import Problem
from qamus.glossary.check import Draft, shorten
from qamus.glossary.positions import (
    field_positions,
    toml_error_message,
    toml_error_position,
    toml_lines,
)
from qamus.glossary.schema import ENTRY_FIELDS, ID, REQUIRED_FIELDS, SOURCE_FIELDS
from qamus.glossary.suggest import did_you_mean
from qamus.glossary.write import shows_nothing
from qamus.model import KINDS, RELATION_TYPES, Entry, Origin, Relation, Source

__all__ = [
    "FileReading",
    "Reading",
    "glossary_files",
    "glossary_root",
    "read_all",
    "read_entry",
    "read_file",
    "read_text",
    "stray_files",
]

_ESCAPE = re.compile(r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}")
_ID_LINE = re.compile(r"""^\s*id\s*=\s*["']([^"'\n]+)["']""", re.MULTILINE)
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_BOM = "\ufeff"
_CURLY_QUOTES = "“”„‟‘’‚‛«»"
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def glossary_files(path: Path) -> Iterator[Path]:
    """The entry files under *path* (a folder or one file), in a stable order.

    Hidden folders and files (``.git``, ``.cache``) are skipped.
    """
    if path.is_file():
        yield path
        return
    for file in sorted(path.rglob("*.toml")):
        if not any(part.startswith(".") for part in file.relative_to(path).parts):
            yield file


def stray_files(root: Path) -> Iterator[Path]:
    """Files in the kind folders of glossary *root* that are not ``.toml`` files.

    README files and hidden files are expected there and left alone.
    """
    for kind in KINDS:
        folder = root / kind
        if not folder.is_dir():
            continue
        for file in sorted(folder.rglob("*")):
            parts = file.relative_to(folder).parts
            if (
                file.is_file()
                and file.suffix != ".toml"
                and not any(part.startswith(".") for part in parts)
                and not file.name.upper().startswith("README")
            ):
                yield file


def glossary_root(path: Path) -> Path | None:
    """The glossary folder *path* lies in, if any: the nearest of its folder and the
    two above it that holds a folder named after a kind.

    Found by name alone, so the answer keeps *path*'s form (relative or absolute).
    """
    start = path if path.is_dir() else path.parent
    candidate = Path(start.absolute())
    for _ in range(3):
        if any((candidate / kind).is_dir() for kind in KINDS):
            return candidate if start.is_absolute() else Path(os.path.relpath(candidate))
        if candidate == candidate.parent:
            break
        candidate = candidate.parent
    return None


def placement_problems(file: Path, root: Path | None, display: str) -> list[Problem]:
    """Q113/Q114: *file* is not a ``.toml`` file, or not at ``<root>/<kind>/<file>``."""
    if file.suffix != ".toml":
        hint = " (lowercase)" if file.suffix.lower() == ".toml" else ""
        return [
            Problem(
                "Q114",
                f"{file.name!r} is not a .toml file; glossary entries are files named "
                f"<id>.toml{hint}: rename it, or move it out of the glossary",
                display,
                entry=file.stem,
            )
        ]
    if root is None:
        return []
    try:
        parts = Path(file.absolute()).relative_to(Path(root.absolute())).parts
    except ValueError:
        return []
    if len(parts) == 2 and parts[0] in KINDS:
        return []
    if len(parts) == 1:
        where = "at the top of the glossary"
    elif parts[0] in KINDS:
        where = f"in a folder inside {parts[0]!r}"
    else:
        where = f"in folder {parts[0]!r}, which is not a kind{did_you_mean(parts[0], KINDS)}"
    kind = parts[0] if parts[0] in KINDS and len(parts) > 1 else "<kind>"
    return [
        Problem(
            "Q113",
            f"the file is {where}; expected {root.name}/{kind}/{file.name} "
            f"(kinds: {', '.join(KINDS)})",
            display,
            entry=file.stem,
        )
    ]


@attrs.frozen
class FileReading:
    """What reading one entry file gave.

    ``entry`` is the entry, a :class:`~qamus.glossary.check.Draft` when the
    file could be read only in part, or None when it could not be read at all;
    ``entry_id`` is the entry's id as far as it is known (its ``id`` field, else
    the file's name).
    """

    entry: Entry | None
    problems: list[Problem]
    entry_id: str | None


def read_file(file: Path, display: str | None = None, root: Path | None = None) -> FileReading:
    """Read one entry file, reporting every problem found (see :func:`read_text`).

    *root* is the glossary folder the file belongs to (found from the file's
    path when not given), against which its place is checked.
    """
    shown = display or str(file)
    placed = placement_problems(file, root if root is not None else glossary_root(file), shown)
    if placed and placed[0].code == "Q114":
        return FileReading(None, placed, file.stem)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return FileReading(
            None, [*placed, Problem("Q112", f"cannot read the file: {exc}", shown)], file.stem
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return FileReading(
            None,
            [*placed, _decode_problem(raw, exc, shown)],
            _id_in(raw.decode("utf-8", "replace"), file.stem),
        )
    entry, problems, entry_id = _read(
        text, shown, expected_id=file.stem, expected_kind=file.parent.name
    )
    if entry is not None and entry.kind in KINDS:
        placed = [attrs.evolve(p, message=p.message.replace("<kind>", entry.kind)) for p in placed]
    return FileReading(entry, [*placed, *problems], entry_id)


def _decode_problem(raw: bytes, exc: UnicodeDecodeError, shown: str) -> Problem:
    line = raw.count(b"\n", 0, exc.start) + 1
    column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
    byte = raw[exc.start]
    return Problem(
        "Q112",
        f"cannot read the file: byte 0x{byte:02X} is not UTF-8 (the file was saved in another "
        "encoding, such as Latin-1 or Windows-1256); save the file as UTF-8",
        shown,
        line,
        column,
    )


def _id_in(text: str, fallback: str) -> str:
    """The ``id`` field of a file that cannot be parsed, found line by line."""
    found = _ID_LINE.search(text)
    return found.group(1) if found else fallback


def read_entry(file: Path, display: str | None = None) -> tuple[Entry | None, list[Problem]]:
    """Read one entry file; return the entry (or None when unusable) and its problems."""
    reading = read_file(file, display)
    entry = None if isinstance(reading.entry, Draft) else reading.entry
    return entry, reading.problems


def read_text(
    text: str, display: str, *, expected_id: str | None = None, expected_kind: str | None = None
) -> tuple[Entry | None, list[Problem]]:
    """Read one entry from TOML *text* (see :func:`read_entry`).

    >>> entry, problems = read_text('id = "x"\\nkind = "place"\\nname = "X"\\narabic = "س"\\n'
    ...                             '[[sources]]\\ntitle = "T"\\npublisher = "P"\\n', "x.toml")
    >>> entry.name, problems
    ('X', [])
    >>> _, problems = read_text('id = "x"\\nnmae = "X"\\n', "x.toml")
    >>> print(problems[0])
    x.toml:2:1: Q101 [x] nmae: unknown field 'nmae'; did you mean 'name'?; expected one of: ...
    """
    entry, problems, _ = _read(text, display, expected_id=expected_id, expected_kind=expected_kind)
    return (None if isinstance(entry, Draft) else entry), problems


def _read(
    text: str, display: str, *, expected_id: str | None, expected_kind: str | None
) -> tuple[Entry | None, list[Problem], str | None]:
    """The entry (or a Draft) in *text*, its problems, and its id as far as known."""
    problems: list[Problem] = []
    if text.startswith(_BOM):
        problems.append(
            Problem(
                "Q100",
                "the file starts with a byte-order mark (BOM); save the file as UTF-8 without BOM",
                display,
                1,
                1,
                entry=_id_in(text, expected_id or "") or None,
            )
        )
        text = text[1:]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        entry_id = _id_in(text, expected_id or "") or None
        line, column = toml_error_position(exc)
        message, line, column = _toml_hint(
            toml_error_message(exc).replace("(at end of document)", "").strip(), text, line, column
        )
        problems.append(
            Problem("Q100", f"invalid TOML: {message}", display, line, column, entry=entry_id)
        )
        return None, problems, entry_id
    reader = _EntryReader(data, display, field_positions(text), expected_id, expected_kind)
    reader.check_escapes(text)
    entry = reader.build()
    return entry, [*problems, *reader.problems], reader.entry_id


def _toml_hint(
    message: str, text: str, line: int | None, column: int | None
) -> tuple[str, int | None, int | None]:
    """The parser's *message* with a plain-English hint, and the position to report.

    >>> _toml_hint("Invalid value", 'name = “X”', 1, 8)[0]
    'Invalid value: curly quotes; expected straight double quotes: name = "..."'
    """
    lines = toml_lines(text)
    here = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    char = here[column - 1] if column is not None and 0 < column <= len(here) else ""
    hint = ""
    if message.startswith("Invalid value") or message.startswith("Invalid statement"):
        if char in _CURLY_QUOTES or any(q in here for q in _CURLY_QUOTES):
            hint = 'curly quotes; expected straight double quotes: name = "..."'
        elif char.isalpha() or char.isdigit():
            hint = 'expected the value in double quotes, such as name = "Aleppo"'
        else:
            hint = "expected field = value, the value in double quotes or in [ ]"
    elif message.startswith("Illegal character") and ("'\\n'" in message or char == ""):
        hint = (
            'a string is not closed: add the closing " on this line (text over several '
            'lines goes in triple quotes """)'
        )
    elif message.startswith("Cannot overwrite a value"):
        hint = "a field is given twice (in this file or in this [[sources]] table); keep one"
    elif message.startswith("Cannot declare"):
        hint = "a table is declared twice; put its fields under one [table] line"
    elif message.startswith("Unclosed array"):
        hint = "expected a comma between the items of the array, or ] to close it"
    elif message.startswith("Unterminated string") and line is None:
        line, column = _unclosed_triple_quote(lines)
        hint = 'a """ string is not closed: add the closing """ after its last line'
    elif message.startswith("Expected '=' after a key"):
        hint = 'expected field = value, such as name = "Aleppo"'
    return (f"{message}: {hint}" if hint else message), line, column


def _unclosed_triple_quote(lines: list[str]) -> tuple[int | None, int | None]:
    """The line and column of the last opening triple quote, for a string left open."""
    opened: tuple[int, int] | None = None
    for number, line in enumerate(lines, start=1):
        for found in re.finditer("\"\"\"|'''", line):
            opened = None if opened is not None else (number, found.start() + 1)
    return opened if opened is not None else (None, None)


def _ordinal(index: int) -> str:
    """``"the first source"`` for 0, ``"source 7"`` for 6."""
    return f"the {_ORDINALS[index]} source" if index < len(_ORDINALS) else f"source {index + 1}"


class _EntryReader:
    """Turns one parsed TOML document into an Entry, collecting problems on the way."""

    def __init__(
        self,
        data: dict[str, Any],
        display: str,
        positions: dict[str, tuple[int, int]],
        expected_id: str | None,
        expected_kind: str | None,
    ) -> None:
        self.data = data
        self.display = display
        self.origin = Origin(display, positions)
        self.expected_id = expected_id
        self.expected_kind = expected_kind
        raw_id = data.get("id")
        self.entry_id = raw_id if isinstance(raw_id, str) and raw_id else expected_id
        self.problems: list[Problem] = []
        # Paths counted over the values kept -> paths in the file, when values were left out.
        self.renamed: dict[str, str] = {}

    def problem(self, code: str, field: str | None, message: str) -> None:
        line, column = self.origin.position(field)
        self.problems.append(
            Problem(code, message, self.display, line, column, self.entry_id, field)
        )

    def check_escapes(self, text: str) -> None:
        for number, line in enumerate(toml_lines(text), start=1):
            found = next(
                (e for e in _ESCAPE.finditer(line) if not shows_nothing(chr(int(e[0][2:], 16)))),
                None,
            )
            # an escape that stands for a character an editor would not see (a no-break
            # space, a joiner) shows it, as qamus fmt keeps it
            if found and not line.lstrip().startswith("#"):
                self.problems.append(
                    Problem(
                        "Q309",
                        f"escape {found.group(0)!r}: write the character itself (files are UTF-8)",
                        self.display,
                        number,
                        found.start() + 1,
                        self.entry_id,
                    )
                )

    def build(self) -> Entry | None:
        for key in self.data:
            if key not in ENTRY_FIELDS:
                self.problem(
                    "Q101",
                    key,
                    f"unknown field {shorten(key)}{did_you_mean(key, ENTRY_FIELDS)}"
                    f"; expected one of: {', '.join(ENTRY_FIELDS)}",
                )
        for key in REQUIRED_FIELDS:
            if key not in self.data:
                self.problem(
                    "Q102",
                    None,
                    f"required field {key!r} is missing (expected {ENTRY_FIELDS[key]})"
                    f"{self.misplaced(key)}",
                )
        strings = {
            key: self.string(key)
            for key in ("id", "kind", "name", "arabic", "vocalised", "english", "wikidata", "notes")
        }
        if strings["notes"] is not None:
            # The newlines around a multi-line notes block are layout, not content.
            strings["notes"] = strings["notes"].strip("\n")
        variants = self.string_list("variants", self.data.get("variants", []))
        relations = self.relations()
        sources = self.sources()
        self.check_identity(strings["id"], strings["kind"])
        if strings["wikidata"] is not None and not _WIKIDATA.match(strings["wikidata"]):
            self.problem(
                "Q107",
                "wikidata",
                f"found {shorten(strings['wikidata'])}; expected a Wikidata item id such as "
                "'Q12345'",
            )
        missing = frozenset(k for k in ("id", "kind", "name", "arabic") if strings[k] is None)
        entry_id = strings["id"] or self.entry_id
        if entry_id is None:
            return None
        fields: dict[str, Any] = {
            "id": entry_id,
            "kind": strings["kind"] or "",
            "name": strings["name"] or "",
            "arabic": strings["arabic"] or "",
            "vocalised": strings["vocalised"],
            "english": strings["english"],
            "variants": variants,
            "relations": relations,
            "notes": strings["notes"],
            "sources": sources,
            "wikidata": strings["wikidata"],
            "origin": self.origin,
        }
        if missing or self.renamed:
            return Draft(**fields, missing=missing, renamed=self.renamed)
        return Entry(**fields)

    def misplaced(self, key: str) -> str:
        """A hint when entry field *key* was written under a table, so TOML put it there."""
        for table in ("relations", *(f"sources[{i}]" for i in range(len(self.sources_data())))):
            if f"{table}.{key}" in self.origin.lines:
                return f"; {self.under_table(table, key)}"
        return ""

    def sources_data(self) -> list[Any]:
        items = self.data.get("sources", [])
        return items if isinstance(items, list) else []

    def under_table(self, table: str, key: str) -> str:
        """Explain that the line of *key* falls under *table*, and where it must go."""
        header = "[relations]" if table == "relations" else "[[sources]]"
        first = self.origin.lines.get(table.split("[", maxsplit=1)[0], (0, 0))[0]
        line = self.origin.lines.get(f"{table}.{key}", (0, 0))[0]
        return (
            f"the line '{key} = ...' (line {line}) falls under the {header} table above it; "
            f"move it above the first {header} line (line {first})"
        )

    def string(
        self, key: str, table: dict[str, Any] | None = None, path: str | None = None
    ) -> str | None:
        value = (self.data if table is None else table).get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(
                "Q103",
                path or key,
                f"found {_type_name(value)} {_toml_value(value)}; expected a string in double "
                f"quotes{_quoted_hint(value)}",
            )
            return None
        return value

    def string_list(self, path: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.problem(
                "Q103",
                path,
                f'found {_type_name(value)}; expected an array of strings such as ["A", "B"]',
            )
            return ()
        out: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                if len(out) != index:
                    self.renamed[f"{path}[{len(out)}]"] = f"{path}[{index}]"
                out.append(item)
            else:
                self.problem(
                    "Q103",
                    f"{path}[{index}]",
                    f"found {_type_name(item)} {_toml_value(item)}; expected a string in "
                    f"double quotes{_quoted_hint(item)}",
                )
        if len(out) != len(value):
            self.renamed.setdefault(path, path)  # marks the entry as read in part
        return tuple(out)

    def relations(self) -> tuple[Relation, ...]:
        table = self.data.get("relations", {})
        if not isinstance(table, dict):
            self.problem(
                "Q103",
                "relations",
                f"found {_type_name(table)}; expected a "
                '[relations] table such as: part-of = ["some-id"]',
            )
            return ()
        out: list[Relation] = []
        for rel_type, targets in table.items():
            path = f"relations.{rel_type}"
            if rel_type not in RELATION_TYPES:
                hint = (
                    f"; {self.under_table('relations', rel_type)}"
                    if rel_type in ENTRY_FIELDS
                    else ""
                )
                self.problem(
                    "Q110",
                    path,
                    f"unknown relation type {shorten(rel_type)}"
                    f"{did_you_mean(rel_type, RELATION_TYPES)}; expected one of: "
                    f"{', '.join(RELATION_TYPES)}{hint}",
                )
                continue
            out.extend(Relation(rel_type, t) for t in self.string_list(path, targets))
        return tuple(out)

    def sources(self) -> tuple[Source, ...]:
        items = self.data.get("sources", [])
        if not isinstance(items, list) or not all(isinstance(s, dict) for s in items):
            self.problem(
                "Q103",
                "sources",
                "expected one or more [[sources]] tables, each with title and url or publisher",
            )
            return ()
        if not items and "sources" in self.data:
            self.problem("Q102", "sources", "no sources; expected at least one [[sources]] table")
        out: list[Source] = []
        for index, item in enumerate(items):
            out_source = self.source(index, item)
            if out_source is not None:
                if len(out) != index:
                    self.renamed[f"sources[{len(out)}]"] = f"sources[{index}]"
                out.append(out_source)
        return tuple(out)

    def source(self, index: int, item: dict[str, Any]) -> Source | None:
        path = f"sources[{index}]"
        which = _ordinal(index)
        for key in item:
            if key not in SOURCE_FIELDS:
                hint = (
                    f"; {self.under_table(path, key)}"
                    if key in ENTRY_FIELDS
                    else f"; expected one of: {', '.join(SOURCE_FIELDS)}"
                )
                self.problem(
                    "Q101",
                    f"{path}.{key}",
                    f"unknown field {shorten(key)} in {which}"
                    f"{did_you_mean(key, SOURCE_FIELDS)}{hint}",
                )
        values = {k: self.string(k, item, f"{path}.{k}") for k in SOURCE_FIELDS}
        if values["title"] is None and "title" not in item:
            self.problem("Q102", path, f'{which} has no title; expected title = "..."')
        if values["url"] is None and values["publisher"] is None:
            self.problem("Q109", path, f"{which} needs a url or a publisher so readers can find it")
        if values["url"] and not _URL.match(values["url"]):
            self.problem(
                "Q111",
                f"{path}.url",
                f"found {shorten(values['url'])} in {which}; expected an http:// or https:// URL",
            )
        for key in ("date", "accessed"):
            value = values[key]
            if value is not None:
                wrong = _date_problem(value)
                if wrong:
                    self.problem("Q108", f"{path}.{key}", f"{wrong} in {which}")
        title = values.pop("title")
        if title is None:
            return None
        return Source(title=title, **values)

    def check_identity(self, entry_id: str | None, kind: str | None) -> None:
        if entry_id is not None:
            if not ID.match(entry_id):
                self.problem(
                    "Q105",
                    "id",
                    f"found {shorten(entry_id)}; expected lowercase ASCII "
                    "letters and digits joined by single hyphens, e.g. 'liwa-al-baqir'",
                )
            elif self.expected_id is not None and entry_id != self.expected_id:
                self.problem(
                    "Q104",
                    "id",
                    f"id {entry_id!r} but the file is named "
                    f"'{self.expected_id}.toml'; expected the file to be named after "
                    "its id",
                )
        if kind is not None:
            if kind not in KINDS:
                self.problem(
                    "Q106",
                    "kind",
                    f"unknown kind {shorten(kind)}{did_you_mean(kind, KINDS)}"
                    f"; expected one of: {', '.join(KINDS)}",
                )
            elif self.expected_kind in KINDS and kind != self.expected_kind:
                self.problem(
                    "Q104",
                    "kind",
                    f"kind {kind!r} but the file is in folder "
                    f"{self.expected_kind!r}; expected glossary/{kind}/"
                    f"{entry_id or '<id>'}.toml",
                )


def _date_problem(value: str, today: datetime.date | None = None) -> str | None:
    """Why *value* is not a good source date, or None.

    >>> _date_problem("2019-03"), _date_problem("12/03/2019")
    (None, "found '12/03/2019'; expected YYYY, YYYY-MM or YYYY-MM-DD")
    >>> _date_problem("3020", datetime.date(2024, 1, 1))
    "found '3020', which is after today; expected the date the source was published or read"
    """
    if not _DATE.match(value):
        return f"found {shorten(value)}; expected YYYY, YYYY-MM or YYYY-MM-DD"
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        try:
            datetime.date(*parts)
        except ValueError:
            return f"found {value!r}, which is not a day of the calendar; expected YYYY-MM-DD"
    now = today or datetime.date.today()
    if tuple(parts) > (now.year, now.month, now.day)[: len(parts)]:
        return (
            f"found {value!r}, which is after today; expected the date the source was "
            "published or read"
        )
    return None


def _type_name(value: object) -> str:
    if isinstance(value, datetime.datetime):
        return "an unquoted date and time"
    if isinstance(value, datetime.date):
        return "an unquoted date"
    if isinstance(value, datetime.time):
        return "an unquoted time"
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _toml_value(value: object) -> str:
    """*value* as the file writes it, shortened: ``2020-01-02``, ``true``, ``["a"]``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[...]"
    if isinstance(value, dict):
        return "{...}"
    return shorten(value)


def _quoted_hint(value: object) -> str:
    """``: "2020-01-02"`` for a value that only lacks its quotes."""
    if isinstance(value, datetime.date | datetime.time) or (
        isinstance(value, int | float) and not isinstance(value, bool)
    ):
        return f': "{_toml_value(value)}"'
    return ""


@attrs.define
class Reading:
    """Everything read from some glossary files: entries (some of them Drafts),
    problems, and the ids of entries whose files could not be read."""

    entries: list[Entry] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    unread: set[str] = attrs.field(factory=set)

    def add(self, reading: FileReading) -> None:
        self.problems.extend(reading.problems)
        if reading.entry is not None:
            self.entries.append(reading.entry)
        elif reading.entry_id:
            self.unread.add(reading.entry_id)


def read_all(paths: Iterable[Path]) -> Reading:
    """Read every entry file under *paths*, and report stray files in their kind folders."""
    reading = Reading()
    for path in paths:
        root = glossary_root(path)
        if path.is_dir():
            root = root or path
            for stray in stray_files(root):
                if _is_within(stray, path):
                    reading.problems.extend(placement_problems(stray, root, str(stray)))
        for file in glossary_files(path):
            reading.add(read_file(file, root=root))
    return reading


def _is_within(file: Path, folder: Path) -> bool:
    return Path(file.absolute()).is_relative_to(Path(folder.absolute()))
