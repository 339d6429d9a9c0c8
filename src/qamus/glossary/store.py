"""The :class:`Glossary`: an immutable, checked collection of entries.

>>> from qamus.model import Entry, Relation
>>> g = Glossary([
...     Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Halab",)),
...     Entry(id="liwa-al-baqir", kind="group", name="Liwa al-Baqir", arabic="لواء الباقر",
...           relations=[Relation("located-in", "aleppo")]),
... ])
>>> len(g), g["aleppo"].arabic, [e.id for e in g.by_kind("group")]
(2, 'حلب', ['liwa-al-baqir'])
>>> [e.id for e in g.related("liwa-al-baqir", "located-in")]
['aleppo']
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from qamus.errors import EntryNotFoundError, GlossaryError, InvalidOptionError
from qamus.glossary.check import check_entries
from qamus.glossary.suggest import closest
from qamus.model import KINDS, RELATION_TYPES, SYMMETRIC_RELATIONS, Entry, Match, Mention

if TYPE_CHECKING:
    from qamus.match.by_sound import SoundFinder
    from qamus.match.finder import Finder
    from qamus.match.matcher import Matcher

__all__ = ["Glossary"]


class Glossary:
    """An immutable collection of :class:`~qamus.model.Entry`, checked on construction.

    Raises :class:`~qamus.errors.GlossaryError` listing every problem when the
    entries break a rule (duplicate ids, dangling relations, a spelling shared
    by entries not declared ``not-same-as``, ...). Pass ``check=False`` only
    for entries that were checked already.
    """

    __slots__ = (
        "_by_id",
        "_entries",
        "_finder",
        "_lock",
        "_matcher",
        "_sound_finder",
        "_vocalised",
    )

    def __init__(self, entries: Iterable[Entry] = (), *, check: bool = True) -> None:
        items = tuple(entries)
        for item in items:
            if not isinstance(item, Entry):
                raise TypeError(f"Glossary takes qamus.Entry values, not {type(item).__name__}")
        if check:
            problems = check_entries(items)
            if problems:
                raise GlossaryError(problems)
        self._entries: tuple[Entry, ...] = items
        self._by_id: dict[str, Entry] = {e.id: e for e in items}
        self._lock = threading.Lock()
        self._matcher: Matcher | None = None
        self._finder: Finder | None = None
        self._sound_finder: SoundFinder | None = None
        self._vocalised: dict[str, str] | None = None

    # -- collection -------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def __getitem__(self, entry_id: str) -> Entry:
        try:
            return self._by_id[entry_id]
        except KeyError:
            raise EntryNotFoundError(entry_id, closest(entry_id, self._by_id)) from None

    def __repr__(self) -> str:
        return f"<qamus.Glossary of {len(self)} entries>"

    def get(self, entry_id: str, default: Entry | None = None) -> Entry | None:
        """The entry with *entry_id*, or *default*."""
        return self._by_id.get(entry_id, default)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every entry, in the order given."""
        return self._entries

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds present, sorted."""
        return tuple(sorted({e.kind for e in self._entries}))

    def by_kind(self, kind: str) -> tuple[Entry, ...]:
        """The entries of one *kind*, in order; an unknown kind raises
        :class:`~qamus.InvalidOptionError`."""
        if kind not in KINDS:
            raise InvalidOptionError(f"unknown kind {kind!r}; expected one of: {', '.join(KINDS)}")
        return tuple(e for e in self._entries if e.kind == kind)

    def related(self, entry: Entry | str, type: str) -> tuple[Entry, ...]:
        """Entries linked from *entry* by relation *type*.

        Symmetric relations (``not-same-as``, ``allied-with``, ``related-to``)
        are followed from either side. An unknown *type* raises
        :class:`~qamus.InvalidOptionError`.
        """
        if type not in RELATION_TYPES:
            raise InvalidOptionError(
                f"unknown relation type {type!r}; expected one of: {', '.join(RELATION_TYPES)}"
            )
        me = self[entry] if isinstance(entry, str) else entry
        ids = list(me.related(type))
        if type in SYMMETRIC_RELATIONS:
            ids += [e.id for e in self._entries if me.id in e.related(type) and e.id not in ids]
        return tuple(self._by_id[i] for i in ids if i in self._by_id)

    def not_same_as(self, a: Entry | str, b: Entry | str) -> bool:
        """Whether *a* and *b* are declared different things (``not-same-as``)."""
        first = self[a] if isinstance(a, str) else a
        second_id = b if isinstance(b, str) else b.id
        return second_id in {e.id for e in self.related(first, "not-same-as")}

    def merged(self, other: Iterable[Entry]) -> Glossary:
        """A new glossary: these entries, with *other*'s entries added or replacing by id."""
        mine = dict(self._by_id)
        for entry in other:
            mine[entry.id] = entry
        return Glossary(mine.values())

    # -- matching and finding ----------------------------------------------------------------

    def _get_matcher(self) -> Matcher:
        with self._lock:
            if self._matcher is None:
                from qamus.match.matcher import Matcher

                self._matcher = Matcher(self)
            return self._matcher

    def _get_finder(self) -> Finder:
        with self._lock:
            if self._finder is None:
                from qamus.match.finder import Finder

                self._finder = Finder(self)
            return self._finder

    def _get_sound_finder(self) -> SoundFinder:
        matcher = self._get_matcher()
        with self._lock:
            if self._sound_finder is None:
                from qamus.match.by_sound import SoundFinder

                self._sound_finder = SoundFinder(self._entries, matcher)
            return self._sound_finder

    def match(
        self,
        query: str,
        *,
        kind: str | Sequence[str] | None = None,
        limit: int = 10,
        min_score: float | None = None,
    ) -> list[Match]:
        """Entries whose spellings match *query*, in either script, best first.

        Each :class:`~qamus.Match` has the entry, a score from 0 to 1 (1.0 only
        for a spelling the glossary gives, once normalised; at or above
        :data:`qamus.match.SAME_NAME_THRESHOLD` means the same name), the
        entry's spelling that matched and the reason. Names of several words
        are aligned word by word (titles, compounds, initials, partial names);
        acronyms match the names they shorten; entries declared ``not-same-as``
        stay separate answers. ``kind`` keeps one kind or several, ``limit``
        caps the answers, ``min_score`` drops weaker ones.

        An empty or blank query gives ``[]``, and so do a placeholder for a missing
        name (``N/A``, ``None``, ``null``: what a spreadsheet's empty cells hold), a
        run of one letter (``xxx``) and a query longer than any name (over 300
        characters), unless the glossary spells it so. A query that is not a
        ``str``, a ``limit`` that is not an ``int`` or a ``min_score`` that is not
        a number raises :class:`TypeError`; an unknown kind, a negative ``limit``
        or a ``min_score`` outside 0..1 raises
        :class:`~qamus.InvalidOptionError`.

        >>> from qamus import Entry, Glossary
        >>> g = Glossary([Entry(id="jaf", kind="group", name="Jaysh al-Fatah",
        ...                     arabic="جيش الفتح")])
        >>> from qamus.match import SAME_NAME_THRESHOLD
        >>> best = g.match("Jaish el-Fateh")[0]
        >>> best.entry.id, best.score >= SAME_NAME_THRESHOLD, best.reason
        ('jaf', True, "sounds like the Arabic 'جيش الفتح'")
        >>> g.match("JaF")[0].reason
        "initials of 'Jaysh al-Fatah'"
        """
        return self._get_matcher().match(query, kind=kind, limit=limit, min_score=min_score)

    def match_many(
        self,
        queries: Iterable[str],
        *,
        kind: str | Sequence[str] | None = None,
        limit: int = 10,
        min_score: float | None = None,
        workers: int | None = 1,
    ) -> list[list[Match]]:
        """:meth:`match` for each of *queries*, in order; repeated queries are matched once.

        ``workers`` spreads the queries over that many processes (``None``: one per
        CPU), for batches of thousands of names; the answers are the same.

        >>> from qamus import Entry, Glossary
        >>> g = Glossary([Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")])
        >>> [[m.entry.id for m in found] for found in g.match_many(["Halab", "Xyz"])]
        [['aleppo'], []]
        """
        return self._get_matcher().match_many(
            queries, kind=kind, limit=limit, min_score=min_score, workers=workers
        )

    def match_iter(
        self,
        queries: Iterable[str],
        *,
        kind: str | Sequence[str] | None = None,
        limit: int = 10,
        min_score: float | None = None,
        workers: int | None = 1,
    ) -> Iterator[list[Match]]:
        """:meth:`match_many` as a stream: the answers for each of *queries*, in order,
        as they come, reading *queries* only as far ahead as matching needs (a file of
        millions of names). Queries repeated close together are matched once.

        >>> from qamus import Entry, Glossary
        >>> g = Glossary([Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")])
        >>> answers = g.match_iter(iter(["Halab", "Haleb"]))
        >>> [m.entry.id for m in next(answers)]
        ['aleppo']
        """
        return self._get_matcher().match_iter(
            queries, kind=kind, limit=limit, min_score=min_score, workers=workers
        )

    def find(
        self, text: str, *, overlapping: bool = False, by_sound: bool = False
    ) -> list[Mention]:
        """Every glossary name in *text*, with offsets into *text* itself.

        Names are found as the glossary spells them, whatever their case,
        diacritics, tatweel or ayn/hamza marks, with Arabic proclitics, and in
        spellings generated from their Arabic; ``overlapping`` keeps overlapping
        mentions too. With ``by_sound``, runs of name-like words are also matched
        as :meth:`match` matches a query (*Liwa al-Baker*, which no entry lists),
        at a far higher cost (``qamus.match.by_sound``).

        >>> from qamus import Entry, Glossary
        >>> g = Glossary([Entry(id="liwa-al-baqir", kind="group", name="Liwa al-Baqir",
        ...                     arabic="لواء الباقر")])
        >>> [m.text for m in g.find("Fighters of Liwa al-Baker fled.")]
        []
        >>> [(m.text, m.entry.id) for m in g.find("Fighters of Liwa al-Baker fled.", by_sound=True)]
        [('Liwa al-Baker', 'liwa-al-baqir')]
        """
        mentions = self._get_finder().find(text, overlapping=overlapping)
        if not by_sound:
            return mentions
        return self._get_sound_finder().find(text, mentions, overlapping=overlapping)

    def transliterate(self, text: str, scheme: str = "ala-lc", **options: Any) -> str:
        """:func:`qamus.transliterate`, with glossary names written from their vocalised form."""
        from qamus.translit import transliterate_known

        if self._vocalised is None:
            self._vocalised = {e.arabic: e.vocalised for e in self._entries if e.vocalised}
        return transliterate_known(text, scheme, self._vocalised, **options)
