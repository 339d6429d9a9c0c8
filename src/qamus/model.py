"""The values qamus deals in: entries, their relations and sources, matches and mentions.

Every class here is an immutable, slotted :mod:`attrs` class. Sequences are
stored as tuples, so entries can be hashed, shared between threads and used as
dictionary keys.

>>> e = Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Halab",))
>>> e.name, e.arabic, e.variants
('Aleppo', 'حلب', ('Halab',))
>>> e.spellings
('Aleppo', 'حلب', 'Halab')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

__all__ = [
    "KINDS",
    "RELATION_TYPES",
    "SYMMETRIC_RELATIONS",
    "Entry",
    "Match",
    "Mention",
    "Origin",
    "Relation",
    "Source",
]

#: The kinds of entry, with what each covers. Documented for editors in the docs.
KINDS: Final[dict[str, str]] = {
    "group": "a non-state armed group, militia, party or movement",
    "force": "a state military, security or intelligence force, or one of its units",
    "organisation": (
        "a civilian body: a government office, council, company, charity or media outlet"
    ),
    "tribe": "a tribe, clan or confederation, or one of its sections",
    "person": "a person",
    "place": "a country, region, province, city, town, village, district or site",
    "term": "a recurring word or title: liwa, sheikh, shabbiha, ...",
}

#: Relation types, read as "<entry> <type> <target>": Liwa al-Baqir *rooted-in* Bakkara.
RELATION_TYPES: Final[dict[str, str]] = {
    "part-of": "is a unit, section or component of the target",
    "member-of": "is a member of the target (a person in a group, a tribe in a confederation)",
    "led-by": "is led or commanded by the target person",
    "rooted-in": "draws its members from, or grew out of, the target (typically a tribe)",
    "located-in": "is based or located in the target place",
    "allied-with": "is allied with the target",
    "backed-by": "is funded, armed or directed by the target",
    "successor-of": "succeeded or was renamed from the target",
    "related-to": "is related to the target in a way the notes explain",
    "not-same-as": "looks or sounds like the target but is a different thing",
}

#: Relations that hold both ways: declaring them on one side is enough.
SYMMETRIC_RELATIONS: Final[frozenset[str]] = frozenset({"allied-with", "not-same-as", "related-to"})


def _not_one_str(value: object, field: str, example: str) -> None:
    """A clear :class:`TypeError` when one string is given for a field of several.

    >>> _not_one_str("Hizballah", "variants", "'Hizballah',")
    Traceback (most recent call last):
    ...
    TypeError: Entry variants takes a tuple of values, not one str: write variants=('Hizballah',)
    """
    if isinstance(value, str | bytes):
        raise TypeError(
            f"Entry {field} takes a tuple of values, not one {type(value).__name__}: "
            f"write {field}=({example})"
        )


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    _not_one_str(value, "variants", f"{value!r},")
    return tuple(value)


def _tuple_of_relations(value: Iterable[Relation]) -> tuple[Relation, ...]:
    _not_one_str(value, "relations", "Relation('part-of', 'some-id'),")
    return tuple(value)


def _tuple_of_sources(value: Iterable[Source]) -> tuple[Source, ...]:
    _not_one_str(value, "sources", "Source(title='...'),")
    return tuple(value)


def _str_id(entry: Entry, attribute: attrs.Attribute[str], value: object) -> None:
    """An entry's id is a str (whether it is a valid slug is a glossary check)."""
    if not isinstance(value, str):
        raise TypeError(
            f"Entry id takes a str (lowercase ASCII letters and digits joined by hyphens, "
            f"e.g. 'liwa-al-baqir'), not {type(value).__name__}"
        )


@attrs.frozen
class Origin:
    """Where an entry was read from: the file and the line of each field.

    ``lines`` maps a field path (``"name"``, ``"variants[2]"``,
    ``"relations.part-of[0]"``, ``"sources[1].url"``) to its 1-based
    ``(line, column)``.
    """

    path: str
    lines: dict[str, tuple[int, int]] = attrs.field(factory=dict, eq=False, hash=False)

    def position(self, field: str | None) -> tuple[int, int]:
        """The ``(line, column)`` of *field*, falling back to its parent, then to 1:1.

        >>> o = Origin("a.toml", {"variants": (5, 1), "variants[1]": (7, 5)})
        >>> o.position("variants[1]"), o.position("variants[3]"), o.position(None)
        ((7, 5), (5, 1), (1, 1))
        """
        while field:
            if field in self.lines:
                return self.lines[field]
            cut = max(field.rfind("["), field.rfind("."))
            field = field[:cut] if cut > 0 else ""
        return (1, 1)


@attrs.frozen
class Relation:
    """A typed link from one entry to another, by id.

    >>> Relation("rooted-in", "bakkara")
    Relation(type='rooted-in', target='bakkara')
    """

    type: str
    target: str


@attrs.frozen
class Source:
    """A citation supporting an entry: a title and a URL or a publication.

    >>> Source(title="Syria's tribes", publisher="Some Press", date="2019").date
    '2019'
    """

    title: str
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    accessed: str | None = None


@attrs.frozen(cache_hash=True)
class Entry:
    """One glossary entry: a name, its Arabic, its spellings and what it is.

    Only ``id``, ``kind``, ``name`` and ``arabic`` are required.
    """

    id: str = attrs.field(validator=_str_id)
    kind: str
    name: str
    arabic: str
    vocalised: str | None = None
    english: str | None = None
    variants: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_tuple_of_relations)
    notes: str | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_tuple_of_sources)
    wikidata: str | None = None
    origin: Origin | None = attrs.field(default=None, eq=False, repr=False, kw_only=True)

    @property
    def spellings(self) -> tuple[str, ...]:
        """The name, the Arabic, the vocalised form and every variant, without repeats."""
        seen: dict[str, None] = {}
        for s in (self.name, self.arabic, self.vocalised, *self.variants):
            if s:
                seen.setdefault(s, None)
        return tuple(seen)

    @property
    def glosses(self) -> tuple[str, ...]:
        """The English glosses of :attr:`english`, which separates them with semicolons.

        >>> Entry(id="kataib", kind="term", name="kata'ib", arabic="كتائب",
        ...       english="battalions; brigades").glosses
        ('battalions', 'brigades')
        """
        return tuple(g for g in (g.strip() for g in (self.english or "").split(";")) if g)

    def related(self, type: str) -> tuple[str, ...]:
        """The ids this entry links to with relation *type*.

        >>> e = Entry(id="a", kind="group", name="A", arabic="ا",
        ...           relations=[Relation("part-of", "b")])
        >>> e.related("part-of"), e.related("led-by")
        (('b',), ())
        """
        return tuple(r.target for r in self.relations if r.type == type)


def _entry_id(entry: Entry) -> str:
    return f"<Entry {entry.id}>"


@attrs.frozen
class Match:
    """One answer of :meth:`qamus.Glossary.match`: an entry, a score and why.

    ``score`` is in 0..1; ``spelling`` is the entry's spelling that matched.
    """

    entry: Entry = attrs.field(repr=_entry_id)
    score: float
    reason: str
    spelling: str


@attrs.frozen
class Mention:
    """A glossary name found in running text by :meth:`qamus.Glossary.find`.

    ``text == original[start:end]``; ``spelling`` is the entry's spelling found.
    ``score`` is 1.0 for a name found as the glossary spells it (or in a listed or
    generated form), and the match score for one found by sound
    (``find(text, by_sound=True)``).

    >>> e = Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")
    >>> Mention(0, 6, "Aleppo", e, "Aleppo")
    Mention(start=0, end=6, text='Aleppo', entry=<Entry aleppo>, spelling='Aleppo', score=1.0)
    """

    start: int
    end: int
    text: str
    entry: Entry = attrs.field(repr=_entry_id)
    spelling: str
    score: float = 1.0
