"""The checks a glossary must pass, one function per check.

Each check takes entries and yields :class:`~qamus.errors.Problem` values,
located through the entry's :class:`~qamus.model.Origin` when it was read from
a file. :func:`check_entries` runs them all; the loader and
:class:`~qamus.Glossary` call it, so a glossary built in code is held to the
same rules as one read from files.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

import icu

from qamus.errors import Problem
from qamus.glossary.suggest import did_you_mean
from qamus.model import KINDS, RELATION_TYPES, Entry

__all__ = ["check_entries", "text_problems"]

_ARABIC_FIELDS = ("arabic", "vocalised")
_LATIN_FIELDS = ("name", "english")
_TATWEEL = "\u0640"


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


@cache
def _nfc() -> icu.Normalizer2:
    return icu.Normalizer2.getNFCInstance()


def text_problems(text: str, kind_of_text: str) -> Iterator[tuple[str, str]]:
    """``(code, message)`` for everything wrong with one string of a glossary.

    *kind_of_text* is ``"arabic"``, ``"latin"``, ``"either"`` or ``"free"`` (notes).

    >>> list(text_problems("Aleppo", "latin"))
    []
    >>> [code for code, _ in text_problems(" حلب\\u200f", "latin")]
    ['Q306', 'Q302', 'Q301']
    """
    sets = _sets()
    if text == "":
        yield "Q305", "empty string; expected text, or leave the field out"
        return
    if text != text.strip():
        yield "Q306", f"{text!r} has leading or trailing whitespace; expected it trimmed"
    for index, char in enumerate(text):
        if sets["invisible"].contains(char) and not (kind_of_text == "free" and char == "\n"):
            yield (
                "Q302",
                (
                    f"invisible character U+{ord(char):04X} "
                    f"{_char_name(char)} at position {index}; expected it removed"
                ),
            )
            break
    if _TATWEEL in text:
        yield "Q303", "tatweel (U+0640 ARABIC TATWEEL) stretches letters for display; remove it"
    if not _nfc().isNormalized(text):
        yield "Q304", "text is not in Unicode NFC; expected its NFC form (run qamus fmt)"
    if kind_of_text == "arabic":
        if not any(sets["arabic_letter"].contains(c) for c in text):
            yield "Q300", f"found {text!r}; expected Arabic script"
        elif any(sets["letter_not_arabic"].contains(c) for c in text):
            yield "Q300", f"found {text!r}; expected Arabic script only, without Latin letters"
    elif kind_of_text == "latin":
        if any(sets["arabic_any"].contains(c) for c in text):
            yield "Q301", f"found {text!r}; expected Latin script: put Arabic in 'arabic'"
    elif kind_of_text == "either":
        has_arabic = any(sets["arabic_letter"].contains(c) for c in text)
        if has_arabic and any(sets["letter_not_arabic"].contains(c) for c in text):
            yield "Q301", f"found {text!r}; expected one script per variant, not a mixture"


def _char_name(char: str) -> str:
    name = icu.Char.charName(char)
    return str(name) if name else "(unnamed)"


Check = Callable[[Sequence[Entry]], Iterable[Problem]]


def _problem(entry: Entry, code: str, field: str | None, message: str) -> Problem:
    origin = entry.origin
    line, column = origin.position(field) if origin else (None, None)
    return Problem(code, message, origin.path if origin else None, line, column, entry.id, field)


def check_text(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Every string field: script, invisible characters, tatweel, NFC, empty, whitespace."""
    for entry in entries:
        for field in (*_ARABIC_FIELDS, *_LATIN_FIELDS, "notes"):
            value = getattr(entry, field)
            if value is None:
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
            for code, message in text_problems(value, kind_of_text):
                yield _problem(entry, code, field, message)
        for index, variant in enumerate(entry.variants):
            for code, message in text_problems(variant, "either"):
                yield _problem(entry, code, f"variants[{index}]", message)
        for index, source in enumerate(entry.sources):
            for key in ("title", "author", "publisher", "url"):
                value = getattr(source, key)
                if value is not None:
                    for code, message in text_problems(value, "free"):
                        yield _problem(entry, code, f"sources[{index}].{key}", message)


def check_kinds(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Kinds and relation types come from the documented vocabularies."""
    for entry in entries:
        if entry.origin is None and entry.kind not in KINDS:
            yield _problem(
                entry,
                "Q106",
                "kind",
                f"unknown kind {entry.kind!r}"
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
                        f"{rel.type!r}{did_you_mean(rel.type, RELATION_TYPES)}",
                    )


def check_variants(entries: Sequence[Entry]) -> Iterator[Problem]:
    """A variant is neither the entry's name nor a repeat of another variant."""
    for entry in entries:
        seen: set[str] = {entry.name}
        for index, variant in enumerate(entry.variants):
            if variant == entry.name:
                yield _problem(
                    entry,
                    "Q307",
                    f"variants[{index}]",
                    f"variant {variant!r} is the entry's name; expected only other spellings",
                )
            elif variant in seen:
                yield _problem(
                    entry, "Q307", f"variants[{index}]", f"variant {variant!r} is listed twice"
                )
            seen.add(variant)


def check_vocalised(entries: Sequence[Entry]) -> Iterator[Problem]:
    """The vocalised form, once its marks are removed, is the Arabic form."""
    from qamus.normalise import normalise_arabic

    for entry in entries:
        if entry.vocalised and normalise_arabic(entry.vocalised) != normalise_arabic(entry.arabic):
            yield _problem(
                entry,
                "Q308",
                "vocalised",
                f"{entry.vocalised!r} without its marks "
                f"is not {entry.arabic!r}; expected the same letters as 'arabic'",
            )


def check_ids(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Ids are unique."""
    first: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in first:
            other = first[entry.id]
            where = f" (first defined in {other.origin.path})" if other.origin else ""
            yield _problem(
                entry, "Q200", "id", f"id {entry.id!r} is used twice{where}; expected every id once"
            )
        else:
            first[entry.id] = entry


def check_relations(entries: Sequence[Entry]) -> Iterator[Problem]:
    """Relation targets exist and are not the entry itself."""
    ids = {e.id for e in entries}
    for entry in entries:
        counters: dict[str, int] = defaultdict(int)
        for rel in entry.relations:
            field = f"relations.{rel.type}[{counters[rel.type]}]"
            counters[rel.type] += 1
            if rel.target == entry.id:
                yield _problem(
                    entry,
                    "Q203",
                    field,
                    f"{rel.type} points at the entry itself; expected another entry's id",
                )
            elif rel.target not in ids:
                yield _problem(
                    entry,
                    "Q202",
                    field,
                    f"no entry with id {rel.target!r}"
                    f"{did_you_mean(rel.target, ids)}; expected the id of an entry "
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
        fields = [("name", entry.name), ("arabic", entry.arabic)]
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
                    f"{spelling!r} is also a spelling of "
                    f"{other.id!r} ({other_spelling!r}); expected spellings to "
                    "name one entry, or both entries to declare not-same-as",
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


def check_entries(entries: Sequence[Entry]) -> list[Problem]:
    """Run every check over *entries*; return all problems, in file and line order."""
    problems = [p for check in CHECKS for p in check(entries)]
    return sorted(problems, key=lambda p: (p.path or "", p.line or 0, p.column or 0))
