"""The fields of a glossary file, their types, and the problem codes qamus reports.

The codes follow the convention of linters: a letter and a number, stable
across releases, each documented for editors with an example and its fix.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CODES", "ENTRY_FIELDS", "FIELD_ORDER", "ID", "REQUIRED_FIELDS", "SOURCE_FIELDS"]

#: An entry id: lowercase ASCII letters and digits joined by single hyphens (Q105).
ID: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: Top-level fields of an entry file, in canonical order, with their TOML type.
ENTRY_FIELDS: Final[dict[str, str]] = {
    "id": "string",
    "kind": "string",
    "name": "string",
    "arabic": "string",
    "vocalised": "string",
    "english": "string",
    "variants": "array of strings",
    "wikidata": "string",
    "notes": "string",
    "relations": "table of arrays of entry ids",
    "sources": "array of tables ([[sources]])",
}
FIELD_ORDER: Final[tuple[str, ...]] = tuple(ENTRY_FIELDS)
REQUIRED_FIELDS: Final[tuple[str, ...]] = ("id", "kind", "name", "arabic", "sources")

#: Fields of one ``[[sources]]`` table, in canonical order.
SOURCE_FIELDS: Final[tuple[str, ...]] = ("title", "author", "publisher", "url", "date", "accessed")

#: Every problem code, with a one-line description (the docs expand each).
CODES: Final[dict[str, str]] = {
    "Q100": "the file is not valid TOML",
    "Q101": "unknown field",
    "Q102": "required field missing",
    "Q103": "field has the wrong type",
    "Q104": "id or kind does not match the file's name or folder",
    "Q105": "id is not a lowercase ASCII slug",
    "Q106": "unknown kind",
    "Q107": "wikidata is not a Q-id",
    "Q108": "source date is not YYYY, YYYY-MM or YYYY-MM-DD",
    "Q109": "source has neither url nor publisher",
    "Q110": "unknown relation type",
    "Q111": "source url is not an http(s) URL",
    "Q112": "the file cannot be read (not UTF-8, or an I/O error)",
    "Q113": "entry file is not in a kind folder (glossary/<kind>/<id>.toml)",
    "Q114": "file in the glossary is not a .toml file",
    "Q200": "two entries have the same id",
    "Q201": "a spelling is claimed by two entries that do not declare not-same-as",
    "Q202": "relation target does not exist",
    "Q203": "entry relates to itself",
    "Q204": "relation lists the same target twice",
    "Q300": "Arabic field is not in Arabic script",
    "Q301": "Latin field contains Arabic script",
    "Q302": "invisible character (bidi control, zero-width, other format character)",
    "Q303": "tatweel (U+0640) in text",
    "Q304": "text is not in Unicode NFC",
    "Q305": "empty string",
    "Q306": "leading or trailing whitespace",
    "Q307": "variant repeats the name or another variant",
    "Q308": "vocalised form does not match arabic once its marks are removed",
    "Q309": "unicode escape (\\u) where real text is expected",
    "Q310": "unusual space (no-break, thin, tab) or two spaces in a row",
    "Q311": "Arabic presentation form where the ordinary letter is expected",
    "Q312": "Arabic-Indic digits in a Latin field",
    "Q313": "Persian yeh or keheh mixed with Arabic yeh or kaf",
}
