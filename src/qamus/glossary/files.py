"""Read glossary files into entries, reporting every structural problem with its position.

Reading runs no code from the files: TOML is parsed with :mod:`tomllib` and
every value is checked against :mod:`qamus.glossary.schema` before it reaches
an :class:`~qamus.model.Entry`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from qamus.errors import Problem
from qamus.glossary.positions import field_positions
from qamus.glossary.schema import ENTRY_FIELDS, REQUIRED_FIELDS, SOURCE_FIELDS
from qamus.glossary.suggest import did_you_mean
from qamus.model import KINDS, RELATION_TYPES, Entry, Origin, Relation, Source

__all__ = ["glossary_files", "read_entry", "read_text"]

_TOML_ERROR_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_ESCAPE = re.compile(r"\\[uU][0-9A-Fa-f]{4}")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


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


def read_entry(file: Path, display: str | None = None) -> tuple[Entry | None, list[Problem]]:
    """Read one entry file; return the entry (or None when unusable) and its problems."""
    shown = display or str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem("Q112", f"cannot read the file: {exc}", shown)]
    return read_text(text, shown, expected_id=file.stem, expected_kind=file.parent.name)


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
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _toml_error_position(exc)
        message = _TOML_ERROR_AT.sub("", str(exc)).strip()
        return None, [
            Problem(
                "Q100",
                f"invalid TOML: {message}",
                display,
                line,
                column,
                field=None,
                entry=expected_id,
            )
        ]
    reader = _EntryReader(data, display, field_positions(text), expected_id, expected_kind)
    reader.check_escapes(text)
    entry = reader.build()
    return entry, reader.problems


def _toml_error_position(exc: tomllib.TOMLDecodeError) -> tuple[int | None, int | None]:
    lineno = getattr(exc, "lineno", None)
    colno = getattr(exc, "colno", None)
    if isinstance(lineno, int):
        return lineno, colno if isinstance(colno, int) else None
    found = _TOML_ERROR_AT.search(str(exc))
    if found:
        return int(found.group(1)), int(found.group(2))
    return None, None


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

    def problem(self, code: str, field: str | None, message: str) -> None:
        line, column = self.origin.position(field)
        self.problems.append(
            Problem(code, message, self.display, line, column, self.entry_id, field)
        )

    def check_escapes(self, text: str) -> None:
        for number, line in enumerate(text.splitlines(), start=1):
            found = _ESCAPE.search(line)
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
                    f"unknown field {key!r}{did_you_mean(key, ENTRY_FIELDS)}"
                    f"; expected one of: {', '.join(ENTRY_FIELDS)}",
                )
        for key in REQUIRED_FIELDS:
            if key not in self.data:
                self.problem(
                    "Q102",
                    None,
                    f"required field {key!r} is missing (expected {ENTRY_FIELDS[key]})",
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
                f"found {strings['wikidata']!r}; expected a Wikidata item id such as 'Q12345'",
            )
        entry_id, kind, name, arabic = (strings[k] for k in ("id", "kind", "name", "arabic"))
        if entry_id is None or kind is None or name is None or arabic is None:
            return None
        return Entry(
            id=entry_id,
            kind=kind,
            name=name,
            arabic=arabic,
            vocalised=strings["vocalised"],
            english=strings["english"],
            variants=variants,
            relations=relations,
            notes=strings["notes"],
            sources=sources,
            wikidata=strings["wikidata"],
            origin=self.origin,
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
                f"found {_type_name(value)} {value!r}; expected a string in double quotes",
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
        out = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                out.append(item)
            else:
                self.problem(
                    "Q103",
                    f"{path}[{index}]",
                    f"found {_type_name(item)} {item!r}; expected a string",
                )
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
                self.problem(
                    "Q110",
                    path,
                    f"unknown relation type {rel_type!r}"
                    f"{did_you_mean(rel_type, RELATION_TYPES)}; expected one of: "
                    f"{', '.join(RELATION_TYPES)}",
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
        out = []
        for index, item in enumerate(items):
            out_source = self.source(index, item)
            if out_source is not None:
                out.append(out_source)
        return tuple(out)

    def source(self, index: int, item: dict[str, Any]) -> Source | None:
        path = f"sources[{index}]"
        for key in item:
            if key not in SOURCE_FIELDS:
                self.problem(
                    "Q101",
                    f"{path}.{key}",
                    f"unknown source field {key!r}"
                    f"{did_you_mean(key, SOURCE_FIELDS)}; expected one of: "
                    f"{', '.join(SOURCE_FIELDS)}",
                )
        values = {k: self.string(k, item, f"{path}.{k}") for k in SOURCE_FIELDS}
        if values["title"] is None and "title" not in item:
            self.problem("Q102", path, "source has no title")
        if values["url"] is None and values["publisher"] is None:
            self.problem("Q109", path, "source needs a url or a publisher so readers can find it")
        if values["url"] is not None and not _URL.match(values["url"]):
            self.problem(
                "Q111",
                f"{path}.url",
                f"found {values['url']!r}; expected an http:// or https:// URL",
            )
        for key in ("date", "accessed"):
            value = values[key]
            if value is not None and not _DATE.match(value):
                self.problem(
                    "Q108",
                    f"{path}.{key}",
                    f"found {value!r}; expected YYYY, YYYY-MM or YYYY-MM-DD",
                )
        title = values.pop("title")
        if title is None:
            return None
        return Source(title=title, **values)

    def check_identity(self, entry_id: str | None, kind: str | None) -> None:
        if entry_id is not None:
            if not _ID.match(entry_id):
                self.problem(
                    "Q105",
                    "id",
                    f"found {entry_id!r}; expected lowercase ASCII "
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
                    f"unknown kind {kind!r}{did_you_mean(kind, KINDS)}"
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


def _type_name(value: object) -> str:
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def read_all(paths: Iterable[Path]) -> tuple[list[Entry], list[Problem]]:
    """Read every entry file under *paths*; return the entries read and all problems."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    for root in paths:
        for file in glossary_files(root):
            entry, found = read_entry(file)
            problems.extend(found)
            if entry is not None:
                entries.append(entry)
    return entries, problems
