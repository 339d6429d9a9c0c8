"""The candidate index: which entries are worth scoring for a query.

Every spelling of every entry is read into its phonetic form
(:func:`~qamus.match.phonetic.phonetic`): the name, the Arabic, the vocalised
form, the variants, spellings generated from the Arabic by
:func:`qamus.translit.iter_spellings`, and the Arabic's romanisation in the
schemes of :data:`qamus.match._text.SCHEMES`. The index keeps:

- ``exact``: normalised spelling -> spellings, for "the same spelling";
- ``postings``: consonant skeleton of each word, and of the whole name
  (marked with :data:`WHOLE`) -> entries; skeletons are script-neutral, so
  Arabic and Latin spellings of one name share words;
- ``neighbours``: each skeleton and every skeleton one letter shorter -> the
  skeletons they come from, so a query word finds the words within about one
  consonant edit by a handful of dictionary look-ups, whatever the glossary's
  size (the symmetric-deletion scheme of SymSpell).

A query's candidates are the entries sharing the most informative words
(inverse document frequency) with it; only those are scored. The index is
built once and then only read, but for a memo of query words' neighbours
that any thread may fill or empty without harm (each value is computed from
the index alone), so threads may share it.
"""

from __future__ import annotations

import gc
import heapq
import math
import threading
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Final, overload

import attrs

from qamus.match._text import generated_spellings, normalise, transliterations
from qamus.match.phonetic import Phonetic, parent_name, phonetic
from qamus.match.similarity import name_words, one_name_word
from qamus.model import Entry

__all__ = ["FIELD_LABELS", "GENERATED_PER_ENTRY", "IndexedSpelling", "SpellingIndex"]

#: How reasons name the field of an entry a spelling comes from.
FIELD_LABELS: Final = {
    "name": "name",
    "arabic": "Arabic",
    "vocalised": "vocalised Arabic",
    "variant": "attested variant",
}

#: How many generated spellings of each entry's Arabic are indexed.
GENERATED_PER_ENTRY: Final = 3

#: Marks the skeleton of a whole name, indexed beside its words: an entry whose whole name
#: sounds like the whole query outweighs one that only shares a word with it.
WHOLE: Final = "#"
#: Latin letter codes of vowels, which alone are words ("e", "y": and), not initials.
_VOWEL_CODES: Final = frozenset("aeiouyAIU")

#: Once rarer words have found this many entries, commoner words only add weight to those.
ENOUGH_CANDIDATES: Final = 64

#: Candidates weighing less than this share of the best candidate are not scored.
CANDIDATE_FLOOR: Final = 0.3

#: A query of one word keeps up to this many of the entries it is a word of among its
#: candidates, beyond the limit asked for.
ONE_WORD_ENTRIES: Final = 48

#: Skeletons shorter than this only find words with one consonant more, not one changed:
#: two-consonant neighbours of a three-consonant word are found in too many names.
SUBSTITUTION_FROM: Final = 4

#: Weight of a word found one consonant edit away, against 1 for the same skeleton.
NEAR_WORD_WEIGHT: Final = 0.7

#: The shortest skeleton a part of a compound written as one word is looked up by
#: (:meth:`SpellingIndex.candidates`).
SPLIT_PART: Final = 2

#: How many query words' neighbours are remembered (the memory is emptied when full).
NEAR_CACHE_SIZE: Final = 1 << 16


@attrs.frozen
class IndexedSpelling:
    """One spelling of one entry, as indexed.

    ``field`` is where it came from: ``"name"``, ``"arabic"``, ``"vocalised"``,
    ``"variant"``, ``"generated"`` (from :func:`qamus.translit.iter_spellings`)
    or a scheme id; generated spellings and romanisations are not attested.
    """

    entry: int
    text: str
    field: str
    form: Phonetic

    @property
    def attested(self) -> bool:
        """Whether the glossary itself gives this spelling."""
        return self.field in _ATTESTED


#: The fields whose spellings the glossary itself gives.
_ATTESTED: Final = frozenset({"name", "arabic", "vocalised", "variant"})


def _spellings_of(entry: Entry, generated: int) -> Iterable[tuple[str, str]]:
    yield entry.name, "name"
    yield entry.arabic, "arabic"
    if entry.vocalised:
        yield entry.vocalised, "vocalised"
    for variant in entry.variants:
        yield variant, "variant"
    # a scheme writes the short vowels the vocalised Arabic gives (ʻashīrah, not ʻshīrah)
    for scheme, text in transliterations(entry.vocalised or entry.arabic):
        yield text, scheme
    for text in generated_spellings(entry.arabic, generated):
        yield text, "generated"


_collection_lock = threading.Lock()
_collection_pauses: list[bool] = []


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an index is built.

    An index is hundreds of thousands of small objects, none of them garbage: the
    collector would walk them over and over as they are made. Builds in several
    threads pause it once; the last to finish restores the state the first found.

    >>> was = gc.isenabled()
    >>> with _collection_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled() == was
    True
    """
    with _collection_lock:
        if not _collection_pauses:
            was_enabled = gc.isenabled()
            gc.disable()
        else:
            was_enabled = _collection_pauses[0]
        _collection_pauses.append(was_enabled)
    try:
        yield
    finally:
        with _collection_lock:
            _collection_pauses.pop()
            if not _collection_pauses and was_enabled:
                gc.enable()


def _velar_for_guttural(skeleton: str) -> list[str]:
    """*skeleton* with one velar (*k*, *q*, *g*, غ) read as a guttural (*h*, ح, *kh*, خ),
    or one guttural as a velar: spellings write خ as *kh*, *k* or *h* (*Zakho*,
    *Zaco*), and غ as *gh* or *kh* (باغوز, باخوز).

    >>> _velar_for_guttural("SKN")
    ['SHN']
    """
    out = []
    for i, c in enumerate(skeleton):
        if c == "K":
            out.append(skeleton[:i] + "H" + skeleton[i + 1 :])
        elif c == "H":
            out.append(skeleton[:i] + "K" + skeleton[i + 1 :])
    return out


def _deletions(skeleton: str) -> set[str]:
    # the whole-name marker stays: whole names neighbour whole names only
    first = 1 if skeleton.startswith(WHOLE) else 0
    if len(skeleton) - first < 3:
        return set()
    return {skeleton[:i] + skeleton[i + 1 :] for i in range(first, len(skeleton))}


class _Spellings(Sequence[IndexedSpelling]):
    """The spellings of a :class:`SpellingIndex`, each read from its columns when asked for."""

    __slots__ = ("_index",)

    def __init__(self, index: SpellingIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return len(self._index.texts)

    @overload
    def __getitem__(self, spelling: int) -> IndexedSpelling: ...
    @overload
    def __getitem__(self, spelling: slice) -> list[IndexedSpelling]: ...
    def __getitem__(self, spelling: int | slice) -> IndexedSpelling | list[IndexedSpelling]:
        index = self._index
        if isinstance(spelling, slice):
            return [self[s] for s in range(*spelling.indices(len(self)))]
        return IndexedSpelling(
            index.entry_of[spelling],
            index.texts[spelling],
            index.fields[spelling],
            index.forms[spelling],
        )


class SpellingIndex:
    """Spellings of a sequence of entries, indexed for candidate look-up.

    Spelling ``s`` is ``texts[s]`` of entry ``entry_of[s]``, from field
    ``fields[s]``, read as ``forms[s]``; ``attested[s]`` tells whether the
    glossary gives it. ``spellings[s]`` is all of that as one
    :class:`IndexedSpelling`. The spellings of entry ``n`` are ``by_entry[n]``,
    a range of spelling ids. Columns, ranges and tuples of numbers are few
    objects for Python's garbage collector to walk, however large the glossary.

    >>> from qamus.model import Entry
    >>> index = SpellingIndex([Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")])
    >>> index.by_entry[0]
    range(0, 6)
    >>> index.spellings[0]
    IndexedSpelling(entry=0, text='Aleppo', field='name', form=Phonetic(codes='alepo', ...))
    >>> [index.texts[s] for s in index.exact_spellings("ALEPPO")]
    ['Aleppo']
    """

    def __init__(self, entries: Sequence[Entry], *, generated: int = GENERATED_PER_ENTRY) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.entry_of: array[int] = array("i")
        self.texts: list[str] = []
        self.fields: list[str] = []
        self.forms: list[Phonetic] = []
        self.attested: list[bool] = []
        self.spellings: Sequence[IndexedSpelling] = _Spellings(self)
        self.exact: dict[str, tuple[int, ...]] = {}
        self.by_entry: list[range] = []
        self._near_cache: dict[str, tuple[int, tuple[tuple[str, float], ...]]] = {}
        postings: dict[str, list[int]] = defaultdict(list)
        with _collection_paused():
            for number, entry in enumerate(self.entries):
                start = len(self.texts)
                self._add_entry(number, entry, generated, postings)
                self.by_entry.append(range(start, len(self.texts)))
            total = max(len(self.entries), 1)
            # entry numbers in order; a set only for the commonest words, which
            # candidates() intersects with the entries already found
            self.postings: dict[str, tuple[int, ...] | frozenset[int]] = {
                w: frozenset(e) if len(e) > ENOUGH_CANDIDATES else tuple(e)
                for w, e in postings.items()
            }
            self.weight: dict[str, float] = {
                w: math.log(1 + total / len(e)) * min(len(w), 4) for w, e in self.postings.items()
            }
            neighbours: dict[str, list[str]] = defaultdict(list)
            for word in self.postings:
                neighbours[word].append(word)
                for shorter in _deletions(word):
                    neighbours[shorter].append(word)
            self.neighbours: dict[str, tuple[str, ...]] = {
                k: tuple(v) for k, v in neighbours.items()
            }

    def _add_entry(
        self, number: int, entry: Entry, generated: int, postings: dict[str, list[int]]
    ) -> None:
        """Index the spellings of one entry."""
        seen: set[tuple[str, str]] = set()
        exact = self.exact
        for text, field in _spellings_of(entry, generated):
            form = phonetic(text)
            if not form.codes:
                continue
            attested = field in _ATTESTED
            identity = (form.codes, form.script)
            if identity in seen and not attested:
                continue  # sounds like a spelling already kept, which scores the same
            key = normalise(text)
            if not key:
                continue
            spelling_id = len(self.texts)
            seen.add(identity)
            self.entry_of.append(number)
            self.texts.append(text)
            self.fields.append(field)
            self.forms.append(form)
            self.attested.append(attested)
            if key not in exact:
                exact[key] = (spelling_id,)
            elif attested:
                exact[key] += (spelling_id,)
            for word in _words(form):
                found = postings[word]
                if not found or found[-1] != number:
                    found.append(number)

    def exact_spellings(self, query: str) -> tuple[int, ...]:
        """Spellings equal to *query* after normalisation."""
        return self.exact.get(normalise(query), ())

    def _near(
        self, word: str, *, whole_only: bool = False
    ) -> tuple[int, tuple[tuple[str, float], ...]]:
        """The :meth:`near_words` of *word*, lightest first, and how many entries they
        name in all; common words recur in query after query, so each is looked up once.

        With *whole_only*, a whole name (:data:`WHOLE`) finds only itself: a query of
        one word finds names one edit away through its word already, and its whole
        name's neighbours would count them twice, ahead of names the word is part of.
        """
        if whole_only and word.startswith(WHOLE):
            weight = self.weight.get(word)
            if weight is None:
                return 0, ()
            return len(self.postings[word]), ((word, weight),)
        known = self._near_cache.get(word)
        if known is None:
            near = self.near_words(word)
            size = sum(len(self.postings[k]) for k in near)
            known = (size, tuple(sorted(near.items(), key=itemgetter(1))))
            if len(self._near_cache) >= NEAR_CACHE_SIZE:
                self._near_cache.clear()
            self._near_cache[word] = known
        return known

    def near_words(self, word: str) -> dict[str, float]:
        """Indexed words within about one consonant edit of *word*, with their weights.

        A word one edit away weighs :data:`NEAR_WORD_WEIGHT` of its own weight, and
        never more than that share of *word*'s, when the index has *word*: an entry
        sharing the query's word outweighs one sharing only a longer or rarer
        neighbour of it.
        """
        weight = self.weight
        cap = weight.get(word, math.inf)
        found: dict[str, float] = {}
        for known in self.neighbours.get(word, ()):
            if known == word:
                found[known] = weight[known]
            else:
                found[known] = min(weight[known], cap) * NEAR_WORD_WEIGHT
        if len(word.lstrip(WHOLE)) < SUBSTITUTION_FROM:
            # short words: one letter more, never one letter changed or fewer, but for a
            # velar for a guttural, as spellings write kh k or h ("Zaco", Zakho)
            for other in _velar_for_guttural(word):
                if other in weight and other not in found:
                    found[other] = min(weight[other], cap) * NEAR_WORD_WEIGHT
            return found
        for shorter in _deletions(word):
            for known in self.neighbours.get(shorter, ()):
                if known not in found:
                    found[known] = min(weight[known], cap) * NEAR_WORD_WEIGHT
        return found

    def _parts(self, words: list[str]) -> list[str]:
        """The two indexed words each long word of *words* the index lacks may be written as:
        a compound joined in the query and parted in the glossary ("Noureddine" and
        نور الدين, "Matiurrehman" and "Mati ur Rehman")."""
        postings = self.postings
        parts: dict[str, None] = {}
        for word in words:
            if word.startswith(WHOLE) or len(word) < 2 * SPLIT_PART or word in postings:
                continue
            for cut in range(SPLIT_PART, len(word) - SPLIT_PART + 1):
                head, tail = word[:cut], word[cut:]
                if head in postings and tail in postings:
                    parts[head] = parts[tail] = None
        return [p for p in parts if p not in words]

    def holding(self, words: Collection[str], numbers: Iterable[int]) -> Iterator[int]:
        """The entries among *numbers*, in order, indexed under every one of the
        skeletons *words*."""
        held = [self.postings.get(word, ()) for word in words]
        return (n for n in numbers if all(n in entries for entries in held))

    def _holding_all_but_one(self, named: Sequence[Phonetic], totals: dict[int, float]) -> None:
        """Weigh in *totals* the entries holding every word of a query's *named* words
        but one, two at least, as their words' weights add up: common words only add to
        the entries rarer ones found, which may all be others ("Islamic State Irak in
        Großsyrien", whose Islamic, State and Iraq are words of many names). Such an
        entry is among those of the two rarest words, so only those are looked at, and
        only when they are few."""
        postings = self.postings
        own = list(dict.fromkeys(w.skeleton for w in named if w.skeleton in postings))
        if len(own) < 2:
            return
        lists = sorted(((postings[w], w) for w in own), key=lambda item: len(item[0]))
        if len(lists[0][0]) + len(lists[1][0]) > 2 * ENOUGH_CANDIDATES:
            return
        need = max(2, len(own) - 1)
        weight = self.weight
        for number in {*lists[0][0], *lists[1][0]}:
            held = [w for entries, w in lists if number in entries]
            if len(held) >= need:
                total = sum(weight[w] for w in held)
                if total > totals.get(number, 0.0):
                    totals[number] = total

    def candidates(
        self,
        form: Phonetic,
        limit: int,
        allowed: Collection[int] | None = None,
    ) -> list[int]:
        """Up to *limit* entry numbers sharing the most informative words with *form*."""
        postings = self.postings
        # a title is no word of the name: "President Assad" is one word, as "Assad" is,
        # and its entries are those of Assad, not of names a letter from "President"
        named = name_words(form)
        one_word = one_name_word(named)
        words = _words(form)
        if len(named) < len(form.tokens):
            titles = {t.skeleton for t in form.tokens} - {t.skeleton for t in named}
            words = [w for w in words if w not in titles]
        if not one_word and form.script == "latin":
            # a consonant's initial first ("B. al-Assad") is no word to look entries up
            # by, nor is the name run together with it: the entries those begin would
            # crowd out those of the words spelled in full (a vowel alone is a word: the
            # ezafe of "Deyr-i Zor", the Spanish y)
            initial = named[0]
            if len(initial.codes) == 1 and initial.codes not in _VOWEL_CODES:
                spelled = {t.skeleton for t in named[1:]}
                words = [
                    w
                    for w in words
                    if (w != initial.skeleton or w in spelled) and not w.startswith(WHOLE)
                ]
        near = {
            word: self._near(word, whole_only=one_word) for word in (*words, *self._parts(words))
        }
        for other, word in _read_as(form).items():
            # a word's other reading is the same word: its entries count once, not twice
            if other in near and word in near:
                other_size, other_ranked = near.pop(other)
                size, ranked = near[word]
                merged = dict(ranked)
                for known, weight in other_ranked:
                    merged[known] = max(merged.get(known, 0.0), weight)
                near[word] = (size + other_size, tuple(sorted(merged.items(), key=itemgetter(1))))
        found = sorted(
            ((size, ranked, word) for word, (size, ranked) in near.items()), key=_size_then_word
        )
        totals: dict[int, float] = {}
        later: list[tuple[tuple[str, float], ...]] = []
        many = 4 * ENOUGH_CANDIDATES
        for size, ranked, word in found:
            if not ranked:
                continue
            if totals and (len(totals) >= ENOUGH_CANDIDATES or size > many):
                later.append(ranked)
                continue
            best: dict[int, float] = {}
            common: list[tuple[str, float]] = []
            for known, weight in ranked:
                if known == word or len(postings[known]) <= many:
                    best.update(dict.fromkeys(postings[known], weight))
                else:
                    common.append((known, weight))
            if common:
                later.append(tuple(common))
            if not totals:
                totals = best
                continue
            for number, weight in best.items():
                totals[number] = totals.get(number, 0.0) + weight
        if later:
            # enough entries found through rarer words: commoner ones only add to those
            present = set(totals)
            for ranked in later:
                best = {}
                for known, weight in ranked:
                    best.update(dict.fromkeys(present.intersection(postings[known]), weight))
                for number, weight in best.items():
                    totals[number] += weight
        self._holding_all_but_one(named, totals)
        if allowed is not None:
            totals = {n: w for n, w in totals.items() if n in allowed}
        # the best *limit*, ties to the entry first in the glossary, whatever the hash seed
        if len(totals) > limit:
            least = heapq.nlargest(limit, totals.values())[-1]
            pool = [(-w, n) for n, w in totals.items() if w >= least]
        else:
            pool = [(-w, n) for n, w in totals.items()]
        pool.sort()
        top = [n for _, n in pool[:limit]]
        if top:
            floor = totals[top[0]] * CANDIDATE_FLOOR
            # a one-word query keeps the entries it is a word of, however light
            own = [postings[w] for w in words if w in postings] if one_word else []
            top = [n for n in top if totals[n] >= floor or any(n in p for p in own)]
            if own and len(top) < ONE_WORD_ENTRIES:
                # ... and beyond the limit, up to ONE_WORD_ENTRIES: a common word ("Assad",
                # like Sayyid and Saad) is a word of more entries than the limit
                kept = set(top)
                more = sorted(
                    {n for p in own for n in p if n not in kept and n in totals},
                    key=lambda n: (-totals[n], n),
                )
                top += more[: ONE_WORD_ENTRIES - len(top)]
        return top


def _size_then_word(item: tuple[int, tuple[tuple[str, float], ...], str]) -> tuple[int, str]:
    return item[0], item[2]


def _read_as(form: Phonetic) -> dict[str, str]:
    """The skeletons of the other reading of *form*'s words (and of the whole name), each
    with the skeleton of the word it is another reading of."""
    reading = form.reading
    if reading is None:
        return {}
    own = {t.skeleton for t in form.tokens}
    pairs: dict[str, str] = {}
    if len(reading.tokens) == len(form.tokens):
        for word, other in zip(form.tokens, reading.tokens, strict=True):
            if word.skeleton and other.skeleton and other.skeleton not in own:
                pairs[other.skeleton] = word.skeleton
    if form.skeleton and reading.skeleton and reading.skeleton != form.skeleton:
        pairs[WHOLE + reading.skeleton] = WHOLE + form.skeleton
    return pairs


def _words(form: Phonetic) -> list[str]:
    """The skeletons a form is indexed under, in a fixed order: those of its other
    reading too (:attr:`~qamus.match.phonetic.Phonetic.reading`), if it has one."""
    words: set[str] = set()
    for reading in (form, form.reading):
        if reading is not None:
            words.update(t.skeleton for t in reading.tokens if t.skeleton)
            # "ibn Abi Talib" under Abi Talib too, as "b. Abi Talib" and "Abi Talib" write it
            for token in reading.tokens:
                parent = parent_name(token)
                if parent is not None and parent.skeleton:
                    words.add(parent.skeleton)
            if reading.skeleton:
                words.add(WHOLE + reading.skeleton)
    return sorted(words)
