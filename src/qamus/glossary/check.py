"""The checks a glossary must pass, one function per check.

Each check takes entries and yields :class:`~qamus.errors.Problem` values,
located through the entry's :class:`~qamus.model.Origin` when it was read from
a file. :func:`check_entries` runs them all; the loader and
:class:`~qamus.Glossary` call it, so a glossary built in code is held to the
same rules as one read from files.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import cache

import attrs
import icu

from qamus.errors import Problem
from qamus.glossary.schema import ID
from qamus.glossary.suggest import did_you_mean
from qamus.model import KINDS, RELATION_TYPES, Entry
from qamus.normalise._icu import arabic_digits
from qamus.normalise.forms import is_nfc

__all__ = ["Draft", "check_entries", "shorten", "text_problems"]

_ARABIC_FIELDS = ("arabic", "vocalised")
_LATIN_FIELDS = ("name", "english")
_REQUIRED_TEXT = ("name", "arabic")
_TATWEEL = "\u0640"
_PERSIAN = {"\u06cc": "\u064a", "\u06a9": "\u0643"}  # Persian yeh, keheh -> Arabic yeh, kaf
_ARABIC_YEH_KAF = ("\u064a", "\u0643")


@attrs.frozen(cache_hash=True)
class Draft(Entry):
    """An entry file read only in part: checked for everything it holds, never loaded.

    ``missing`` names the required fields the file lacks or holds in the wrong
    type (their values here are empty); ``renamed`` maps a field path counted
    over the values read (``variants[0]``) to the path in the file
    (``variants[2]``), when items of the wrong type were left out.
    """

    missing: frozenset[str] = attrs.field(default=frozenset(), kw_only=True)
    renamed: dict[str, str] = attrs.field(factory=dict, eq=False, hash=False, kw_only=True)


def shorten(value: object, limit: int = 80) -> str:
    """*value*'s repr, cut to about *limit* characters with an ellipsis.

    >>> shorten("Aleppo"), shorten("x" * 200)[-4:], len(shorten("x" * 200))
    ("'Aleppo'", "xx…'", 80)
    """
    shown = repr(value)
    if len(shown) <= limit:
        return shown
    return shown[: limit - 2] + "…" + shown[-1]


def _missing(entry: Entry) -> frozenset[str]:
    return entry.missing if isinstance(entry, Draft) else frozenset()


@cache
def _sets() -> dict[str, icu.UnicodeSet]:
    sets = {
        "arabic_letter": icu.UnicodeSet(r"[[:Arabic:]&[:L:]]"),
        "arabic_any": icu.UnicodeSet(r"[[:Arabic:]-[:Common:]-[:Inherited:]]"),
        "letter_not_arabic": icu.UnicodeSet(r"[[:L:]-[:Arabic:]-[\u0640]]"),
        # Format characters (bidi controls, zero-width joiners and spaces, word joiner, BOM),
        # line/paragraph separators, unassigned and private-use code points, and the
        # invisible fillers that are not Cf.
        "invisible": icu.UnicodeSet(
            r"[[:Cf:][:Zl:][:Zp:][:Cn:][:Co:][:Cc:]"
            r"[\u115F\u1160\u3164\uFFA0\u2800\u034F\u180B-\u180D\uFE00-\uFE0F]-[\t]]"
        ),
    }
    for s in sets.values():
        s.freeze()
    return sets


def text_problems(
    text: str, kind_of_text: str, *, required: bool = False
) -> Iterator[tuple[str, str]]:
    """``(code, message)`` for everything wrong with one string of a glossary.

    *kind_of_text* is ``"arabic"``, ``"latin"``, ``"either"`` or ``"free"`` (notes);
    *required* for a field that cannot be left out.

    >>> list(text_problems("Aleppo", "latin"))
    []
    >>> [code for code, _ in text_problems(" حلب\\u200f", "latin")]
    ['Q306', 'Q302', 'Q301']
    >>> [code for code, _ in text_problems("Deir\\u00a0ez-Zor", "latin")]
    ['Q310']
    """
    for code, message, _ in _text_problems(text, kind_of_text, required=required):
        yield code, message


def _text_problems(
    text: str, kind_of_text: str, *, required: bool = False
) -> Iterator[tuple[str, str, int | None]]:
    """``(code, message, index of the character at fault or None)`` for one string."""
    sets = _sets()
    if text == "":
        yield (
            "Q305",
            "empty string; expected text" + ("" if required else ", or leave the field out"),
            None,
        )
        return
    if text != text.strip():
        yield (
            "Q306",
            f"{shorten(text)} has leading or trailing whitespace; expected it trimmed",
            None,
        )
    for index, char in enumerate(text):
        if sets["invisible"].contains(char) and not (kind_of_text == "free" and char == "\n"):
            yield (
                "Q302",
                (
                    f"invisible character U+{ord(char):04X} {_char_name(char)} "
                    f"(character {index + 1} of the text); expected it removed"
                ),
                index,
            )
            break
    if kind_of_text != "free":
        yield from _space_problems(text)
    if _TATWEEL in text:
        yield (
            "Q303",
            "tatweel (U+0640 ARABIC TATWEEL) stretches letters for display; remove it",
            text.index(_TATWEEL),
        )
    yield from _presentation_problems(text)
    if not is_nfc(text):
        yield "Q304", "text is not in Unicode NFC; expected its NFC form (run qamus fmt)", None
    yield from _script_problems(text, kind_of_text)


def _space_problems(text: str) -> Iterator[tuple[str, str, int | None]]:
    """Spaces other than U+0020, tabs, and two spaces in a row, in a one-line field."""
    for index, char in enumerate(text):
        if char == "\t" or (char != " " and unicodedata.category(char) == "Zs"):
            fixed = "".join(
                " " if c == "\t" or unicodedata.category(c) == "Zs" else c for c in text
            )
            yield (
                "Q310",
                f"U+{ord(char):04X} {_char_name(char)} (character {index + 1} of the text); "
                f"expected an ordinary space: {shorten(fixed)}",
                index,
            )
            return
    double = text.find("  ")
    if double >= 0 and text.strip() == text:
        yield (
            "Q310",
            f"two spaces in a row (character {double + 1} of the text); expected one: "
            f"{shorten(' '.join(text.split()))}",
            double,
        )


def _presentation_problems(text: str) -> Iterator[tuple[str, str, int | None]]:
    """Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE), with the ordinary letters."""
    found = [i for i, c in enumerate(text) if _is_presentation_form(c)]
    if found:
        char = text[found[0]]
        fixed = "".join(
            unicodedata.normalize("NFKC", c) if _is_presentation_form(c) else c for c in text
        )
        yield (
            "Q311",
            f"U+{ord(char):04X} {_char_name(char)} is a presentation form (a letter shape "
            f"for display); expected the ordinary letters: {shorten(fixed)}",
            found[0],
        )


def _is_presentation_form(char: str) -> bool:
    return 0xFB50 <= ord(char) <= 0xFDFF or 0xFE70 <= ord(char) <= 0xFEFE


def _script_problems(text: str, kind_of_text: str) -> Iterator[tuple[str, str, int | None]]:
    sets = _sets()
    if kind_of_text == "arabic":
        if not any(sets["arabic_letter"].contains(c) for c in text):
            yield "Q300", f"found {shorten(text)}; expected Arabic script", None
        elif any(sets["letter_not_arabic"].contains(c) for c in text):
            yield (
                "Q300",
                f"found {shorten(text)}; expected Arabic script only, without Latin letters",
                None,
            )
        return
    has_arabic_letter = any(sets["arabic_letter"].contains(c) for c in text)
    latin = kind_of_text == "latin" or (kind_of_text == "either" and not has_arabic_letter)
    ascii_of = arabic_digits()
    digits = [i for i, c in enumerate(text) if c in ascii_of]
    if latin and digits:
        fixed = "".join(ascii_of.get(c, c) for c in text)
        yield (
            "Q312",
            f"Arabic-Indic digit {text[digits[0]]!r} in Latin text; expected ASCII digits: "
            f"{shorten(fixed)}",
            digits[0],
        )
    if kind_of_text == "latin":
        if any(sets["arabic_any"].contains(c) and c not in ascii_of for c in text):
            yield (
                "Q301",
                f"found {shorten(text)}; expected Latin script: put Arabic in 'arabic'",
                None,
            )
    elif (
        kind_of_text == "either"
        and has_arabic_letter
        and any(sets["letter_not_arabic"].contains(c) for c in text)
    ):
        yield (
            "Q301",
            f"found {shorten(text)}; expected one script per variant, not a mixture",
            None,
        )


def _persian_problems(text: str) -> Iterator[tuple[str, str, int | None]]:
    """Persian yeh or keheh in an ``arabic`` field that also writes Arabic yeh or kaf."""
    found = [i for i, c in enumerate(text) if c in _PERSIAN]
    if found and any(c in text for c in _ARABIC_YEH_KAF):
        char = text[found[0]]
        fixed = "".join(_PERSIAN.get(c, c) for c in text)
        yield (
            "Q313",
            f"U+{ord(char):04X} {_char_name(char)} beside Arabic yeh or kaf in the same "
            f"field (typed on two keyboards); expected the Arabic letters: {shorten(fixed)}",
            found[0],
        )


def _char_name(char: str) -> str:
    name = icu.Char.charName(char)
    return str(name) if name else "(unnamed)"


Check = Callable[[Sequence[Entry]], Iterable[Problem]]


def _real_field(entry: Entry, field: str | None) -> str | None:
    """The path of *field* in the entry's file (see :class:`Draft`)."""
    if field is None or not isinstance(entry, Draft):
        return field
    if field in entry.renamed:
        return entry.renamed[field]
    for counted, real in entry.renamed.items():
        if field.startswith(counted + "."):
            return real + field[len(counted) :]
    return field


def _problem(
    entry: Entry,
    code: str,
    field: str | None,
    message: str,
    other: Entry | None = None,
    index: int | None = None,
) -> Problem:
    """A problem of *entry*'s *field*; *index* is the character at fault in its value."""
    origin = entry.origin
    field = _real_field(entry, field)
    line: int | None = None
    column: int | None = None
    if origin:
        line, column = origin.position(field)
        if field and index is not None:
            line, column = _character_position(origin.lines, field, index, (line, column))
    other_path = other.origin.path if other is not None and other.origin else None
    return Problem(
        code,
        message,
        origin.path if origin else None,
        line,
        column,
        entry.id,
        field,
        other_path=other_path,
    )


def _character_position(
    lines: dict[str, tuple[int, int]], field: str, index: int, fallback: tuple[int, int]
) -> tuple[int, int]:
    """Where character *index* of a one-line value sits: after the opening quote."""
    start = lines.get(f"{field}=") or (lines.get(field) if field.endswith("]") else None)
    if start is None:
        return fallback
    return start[0], start[1] + 1 + index


def check_text(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Every string field: script, invisible characters, spaces, tatweel, NFC, empty."""
    for entry in entries:
        missing = _missing(entry)
        for field in (*_ARABIC_FIELDS, *_LATIN_FIELDS, "notes"):
            value = getattr(entry, field)
            if value is None or field in missing:
                continue
            kind_of_text = (
                "arabic"
                if field in _ARABIC_FIELDS
                else "latin"
                if field in _LATIN_FIELDS
                else "free"
            )
            if field == "notes":
                value = value.strip("\n")
            found = list(_text_problems(value, kind_of_text, required=field in _REQUIRED_TEXT))
            if field == "arabic":
                found += _persian_problems(value)
            if field == "english":
                found += _gloss_problems(value)
            for code, message, index in found:
                yield _problem(
                    entry, code, field, message, index=None if field == "notes" else index
                )
        for index, variant in enumerate(entry.variants):
            for code, message, at in _text_problems(variant, "either"):
                yield _problem(entry, code, f"variants[{index}]", message, index=at)
        for index, source in enumerate(entry.sources):
            for key in ("title", "author", "publisher", "url"):
                value = getattr(source, key)
                if value is not None:
                    required = key == "title" or (key == "url" and source.publisher is None)
                    for code, message, at in _text_problems(value, "free", required=required):
                        yield _problem(entry, code, f"sources[{index}].{key}", message, index=at)


def _gloss_problems(english: str) -> Iterator[tuple[str, str, int | None]]:
    """An empty gloss or a space before a semicolon in ``english``.

    >>> [m for _, m, _ in _gloss_problems("battalions ; brigades")]
    ["space before ';'; expected 'battalions; brigades'"]
    """
    if ";" not in english:
        return
    glosses = english.split(";")
    fixed = "; ".join(g.strip() for g in glosses if g.strip())
    if any(not g.strip() for g in glosses):
        yield "Q305", f"empty gloss between semicolons; expected {shorten(fixed)}", None
    elif any(g != g.rstrip() for g in glosses[:-1]):
        yield "Q306", f"space before ';'; expected {shorten(fixed)}", english.index(" ;")


def check_kinds(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Ids are slugs, and kinds and relation types come from the documented vocabularies
    (for entries built in code: a file's are checked as it is read)."""
    for entry in entries:
        if entry.origin is None and not ID.match(entry.id):
            yield _problem(
                entry,
                "Q105",
                "id",
                f"found {shorten(entry.id)}; expected lowercase ASCII letters and digits "
                "joined by single hyphens, e.g. 'liwa-al-baqir'",
            )
        if entry.origin is None and entry.kind not in KINDS:
            yield _problem(
                entry,
                "Q106",
                "kind",
                f"unknown kind {shorten(entry.kind)}"
                f"{did_you_mean(entry.kind, KINDS)}; expected one of: "
                f"{', '.join(KINDS)}",
            )
        if entry.origin is None:
            for rel in entry.relations:
                if rel.type not in RELATION_TYPES:
                    yield _problem(
                        entry,
                        "Q110",
                        "relations",
                        f"unknown relation type "
                        f"{shorten(rel.type)}{did_you_mean(rel.type, RELATION_TYPES)}",
                    )


def check_variants(entries: Sequence[Entry]) -> Iterator[Problem]:
    """A variant is neither the entry's name or Arabic nor a repeat of another variant."""
    for entry in entries:
        missing = _missing(entry)
        own = {f: getattr(entry, f) for f in ("name", "arabic") if f not in missing}
        seen: set[str] = set(own.values())
        for index, variant in enumerate(entry.variants):
            same = [f for f, value in own.items() if value == variant and value]
            if same:
                yield _problem(
                    entry,
                    "Q307",
                    f"variants[{index}]",
                    f"variant {shorten(variant)} is the entry's {same[0]}; "
                    "expected only other spellings",
                )
            elif variant in seen and variant:
                yield _problem(
                    entry,
                    "Q307",
                    f"variants[{index}]",
                    f"variant {shorten(variant)} is listed twice",
                )
            seen.add(variant)


def check_vocalised(entries: Sequence[Entry]) -> Iterator[Problem]:
    """The vocalised form, once its marks are removed, is the Arabic form."""
    from qamus.normalise import normalise_arabic

    for entry in entries:
        if "arabic" in _missing(entry):
            continue
        if entry.vocalised and normalise_arabic(entry.vocalised) != normalise_arabic(entry.arabic):
            yield _problem(
                entry,
                "Q308",
                "vocalised",
                f"{shorten(entry.vocalised)} without its marks "
                f"is not {shorten(entry.arabic)}; expected the same letters as 'arabic'",
            )


def check_ids(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Ids are unique."""
    first: dict[str, Entry] = {}
    for entry in entries:
        if "id" in _missing(entry):
            continue
        if entry.id in first:
            other = first[entry.id]
            where = f" (first defined in {other.origin.path})" if other.origin else ""
            yield _problem(
                entry,
                "Q200",
                "id",
                f"id {entry.id!r} is used twice{where}; expected every id once",
                other=other,
            )
        else:
            first[entry.id] = entry


def check_relations(entries: Sequence[Entry], unread: Collection[str] = ()) -> Iterator[Problem]:
    """Relation targets exist, are not the entry itself, and are not listed twice.

    *unread* holds the ids of entries whose files exist but could not be read:
    links to them are not reported (their files' problems are).
    """
    ids = {e.id for e in entries}
    apart = _not_same(entries)
    for entry in entries:
        counters: dict[str, int] = defaultdict(int)
        seen: set[tuple[str, str]] = set()
        for rel in entry.relations:
            field = f"relations.{rel.type}[{counters[rel.type]}]"
            counters[rel.type] += 1
            if (rel.type, rel.target) in seen:
                yield _problem(
                    entry,
                    "Q204",
                    field,
                    f"{rel.type} lists {shorten(rel.target)} twice; expected each target once",
                )
                continue
            seen.add((rel.type, rel.target))
            if rel.target == entry.id:
                yield _problem(
                    entry,
                    "Q203",
                    field,
                    f"{rel.type} points at the entry itself; expected another entry's id",
                )
            elif rel.target not in ids and rel.target not in unread:
                look_alikes = [i for i in ids if frozenset((i, rel.target)) not in apart]
                yield _problem(
                    entry,
                    "Q202",
                    field,
                    f"no entry with id {shorten(rel.target)}"
                    f"{did_you_mean(rel.target, look_alikes)}; expected the id of an entry "
                    "in the glossary",
                )


def _not_same(entries: Sequence[Entry]) -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for entry in entries:
        for target in entry.related("not-same-as"):
            pairs.add(frozenset((entry.id, target)))
    return pairs


def check_spellings(entries: Sequence[Entry]) -> Iterator[Problem]:
    """No spelling, after normalisation, belongs to two entries that are not declared apart."""
    from qamus.normalise import normalise

    apart = _not_same(entries)
    owner: dict[str, tuple[Entry, str]] = {}
    for entry in entries:
        missing = _missing(entry)
        fields = [(f, getattr(entry, f)) for f in ("name", "arabic") if f not in missing]
        fields += [(f"variants[{i}]", v) for i, v in enumerate(entry.variants)]
        mine: set[str] = set()
        for field, spelling in fields:
            key = normalise(spelling)
            if not key or key in mine:
                continue
            mine.add(key)
            if key not in owner:
                owner[key] = (entry, spelling)
                continue
            other, other_spelling = owner[key]
            if other.id != entry.id and frozenset((entry.id, other.id)) not in apart:
                yield _problem(
                    entry,
                    "Q201",
                    field,
                    f"{shorten(spelling)} is also a spelling of "
                    f"{other.id!r} ({shorten(other_spelling)}); expected spellings to "
                    "name one entry, or both entries to declare not-same-as",
                    other=other,
                )


#: Every check, in the order their problems are reported.
CHECKS: tuple[Check, ...] = (
    check_text,
    check_kinds,
    check_variants,
    check_vocalised,
    check_ids,
    check_relations,
    check_spellings,
)


def check_entries(entries: Sequence[Entry], *, unread: Collection[str] = ()) -> list[Problem]:
    """Run every check over *entries*; return all problems, in file and line order.

    *entries* may include :class:`Draft` entries, read in part from files with
    problems of their own. *unread* holds the ids of entries whose files could
    not be read at all: links to them are not reported as dangling.
    """
    problems = [
        p
        for check in CHECKS
        for p in (check_relations(entries, unread) if check is check_relations else check(entries))
    ]
    return sorted(problems, key=lambda p: (p.path or "", p.line or 0, p.column or 0))
