"""Match a name, in any spelling and either script, to glossary entries.

:class:`Matcher` scores only the few candidates the
:class:`~qamus.match.index.SpellingIndex` proposes, so the cost of a query
grows far more slowly than the glossary (``benchmarks/bench_match.py``). Each
candidate entry scores the best phonetic similarity
(:mod:`qamus.match.similarity`) of the query against its spellings, the best
few also word by word:

- a spelling the glossary gives (name, Arabic, variant) equal to the query
  after normalisation scores 1.0, and nothing else does (at most
  :data:`~qamus.match.levels.NEAR_CEILING`);
- otherwise the phonetic similarity, times
  :data:`~qamus.match.levels.GENERATED_FACTOR` when the spelling is one qamus
  generated from the Arabic rather than one the glossary attests, or is in the
  other script.

A close answer that is not the name the query names stays an answer, below
:data:`~qamus.match.SAME_NAME_THRESHOLD`, and its reason says why
(:mod:`qamus.match.not_the_name`): a term inside a longer name ("Jaysh
al-Mahdi" is not the term *jaysh*), or a person or place inside a name made
with a word the glossary's groups are named with ("Liwa al-Bakir" is not
Muhammad al-Baqir). The glossary's acronyms are matched exactly and through
initials, not by sound.

Entries declared ``not-same-as`` stay separate answers
(:mod:`qamus.match.look_alikes`). When both are candidates, both are scored
word by word, where their names differ; when the query is exactly a spelling
of one of them, or matches one better than the other, the other keeps its own
match but scores below :data:`~qamus.match.SAME_NAME_THRESHOLD`: the query
names one of them, not both. Two that match alike both stay (an ambiguous
spelling).

Batch use::

    >>> import qamus                                                 # doctest: +SKIP
    >>> g = qamus.load()                                             # doctest: +SKIP
    >>> df["entry"] = [m[0].entry.id if m else None                  # doctest: +SKIP
    ...                for m in g.match_many(df["name"], limit=1)]
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Iterator, Sequence, Set
from typing import TYPE_CHECKING, Final

import attrs
from rapidfuzz.distance import Levenshtein

from qamus.match._answers import (
    GROUP_KINDS,
)
from qamus.match._text import normalise
from qamus.match.acronym import (
    acronym_letters,
    acronyms_of,
    looks_like_acronym,
    spelled_in_capitals,
)
from qamus.match.index import FIELD_LABELS, IndexedSpelling, SpellingIndex
from qamus.match.levels import (
    BELOW_THRESHOLD,
    GENERATED_FACTOR,
    MATCH_MISSING_WORD_PENALTY,
    NEAR_CEILING,
)
from qamus.match.look_alikes import LookAlikes, Scored
from qamus.match.not_the_name import NotTheName
from qamus.match.other_languages import (
    arabic_script_words_for,
    initials_in_other_languages,
)
from qamus.match.phonetic import Phonetic, phonetic
from qamus.match.places import (
    directions_in,
    is_place_word,
    plain_places,
    without_place_words,
)
from qamus.match.query_readings import LATIN_WORD, QueryReadings
from qamus.match.readings import (
    MILITIA_WORDS,
    ends_with_article,
    english_plural,
    numbers_in,
    singular,
    without_preposition,
)
from qamus.match.similarity import (
    LONGEST_NAME,
    is_title,
    name_words,
    one_name_word,
    title_left_out,
    whole_similarity,
    word_alignment,
)
from qamus.match.threshold import SAME_NAME_THRESHOLD, calibrate
from qamus.match.units import UnitWords
from qamus.model import KINDS, Entry, Match
from qamus.normalise.latin import normalise_latin

if TYPE_CHECKING:
    from qamus.glossary.store import Glossary

__all__ = ["CANDIDATES", "GENERATED_FACTOR", "LONGEST_QUERY", "Matcher"]

#: The score of an entry whose attested Latin spelling has the query for initials
#: ("HTS", "JaF"): the same name, though short ones are often shared.
ACRONYM_SCORE: Final = 0.85
_BELOW_ACRONYM: Final = round(ACRONYM_SCORE - 0.01, 2)

#: Weight of the share of letters two acronyms differ by (Levenshtein, normalised): a
#: letter more, less or another makes another acronym (*PKK* and *PUK*, *KH* and *KHH*),
#: so even one of six leaves the raw score under the threshold (0.58 against 0.61).
ACRONYM_LETTER_WEIGHT: Final = 2.5

#: A query of more characters than this is no name (a paragraph pasted into a cell, a
#: run of junk) and matches nothing (:data:`~qamus.match.similarity.LONGEST_NAME`).
LONGEST_QUERY: Final = LONGEST_NAME

#: How closely a one-word query sounds like the given name of each of several people's
#: names to be that shared given name, which alone names none of them (*Ahmed*).
GIVEN_NAME_MATCH: Final = 0.9

#: How many candidate entries the index proposes for scoring.
CANDIDATES: Final = 16

#: How many when the query is exactly a spelling the glossary gives.
CANDIDATES_BESIDE_EXACT: Final = 6

#: How many of the best-scoring candidates also get their words aligned one to one
#: (every one that would pass the threshold is aligned besides). A fourth changed no
#: answer on any set of ``benchmarks/accuracy.py`` and cost a sixth of the alignments.
WORD_ALIGNED: Final = 3

#: How many of the candidates the index ranks first get their words aligned too: a
#: partial name in another order ("Al Zawahiri Ayman") sounds little like the whole name.
WORD_ALIGNED_PROPOSED: Final = 2

#: How many answers after the first are looked at for a part of it the query names
#: with it (:meth:`Matcher._a_part_named_with_its_whole`).
PART_AFTER_WHOLE: Final = 4

#: How many of the candidates holding every word of a query of several words (titles
#: aside), in the order the index ranks them, get their words aligned too: a partial name
#: ("Haji Ahmad Shah" in "Ahmed Shah Noorzai Obaidullah") sounds little like the whole.
#: As many again whose words are all held by the query ("Republic of Iraq" and Iraq).
WORD_ALIGNED_HOLDING: Final = 4

#: How many spellings of each of those entries, the closest as whole names, are aligned
#: (and the closest attested one in the query's script).
ALIGNED_SPELLINGS: Final = 2

#: A spelling of one word whose skeleton is a word of a query of several words is aligned
#: with it, as one of the words the query names, when this close to that word.
HELD_WORD: Final = 0.8

#: How many answers a reading answered by some entries only (a tribe's, a group's) is
#: asked for before those are kept, whatever the limit: "ميليشيا الباقر" read as
#: الباقر answers a man and the imam before Liwa al-Baqir.
FILTERED_READING_POOL: Final = 10

#: Factor for the score of an answer that is not the name the query names, though close
#: (a term inside a longer name: *kata'ib* in "Kata'ib al-Imam Ali"; a place's name with
#: more words after it): it stays an answer, with its reason, below the answers that may
#: be the name. Of 0.6, 0.75 and 0.85, the held-out spellings chose 0.75. A look-alike
#: declared ``not-same-as`` a closer answer ranks right after that answer instead (by
#: :data:`_JUST_BELOW`): "Bekara" answers Bakkara, then Baggara, and "Shaheed Muhammad
#: Baqir al-Sadr" Muhammad Baqir al-Sadr, then *Imam al-Baqir*.
NOT_THE_NAME_FACTOR: Final = 0.75

#: How far below the answer it is declared apart from a look-alike scores, at most.
_JUST_BELOW: Final = 0.0001

_NONE: Final[frozenset[int]] = frozenset()
_NONE_WORDS: Final[frozenset[str]] = frozenset()

#: A Latin word ending in a vowel and *t*, as Turkish, Persian and Urdu romanise the
#: ة of a word (*Hikmet*, *Jamaat*, *Harakat*: حكمة, جماعة, حركة).
_TA_MARBUTA_AS_T: Final = re.compile("[aeə]t$")
#: ... read so when it has more consonants than this, *t* included: a word of two
#: consonants without it is too short to tell (*Basset* is not *Base*).
_TA_MARBUTA_SKELETON: Final = 3


def skeletons_of(words: Sequence[Phonetic]) -> set[str]:
    """The skeletons of a query's *words*, and of a Latin word of four consonants or more
    ending in *-et* or *-at* also the skeleton without its *t*, the ة Turkish, Persian
    and Urdu write so: a word of an entry's spelling that is among them is a word of the
    query (*Hikmet Partisi* holds *Hikma*).

    >>> sorted(skeletons_of([phonetic("Hikmet"), phonetic("Partisi")]))
    ['BRTS', 'HKM', 'HKMT']
    >>> sorted(skeletons_of([phonetic("Basset")]))
    ['BST']
    """
    found = {w.skeleton for w in words}
    found.update(
        w.skeleton[:-1]
        for w in words
        if w.script == "latin"
        and len(w.skeleton) > _TA_MARBUTA_SKELETON
        and _TA_MARBUTA_AS_T.search(w.codes)
    )
    return found


#: Ties go to an entry's own name or Arabic before its variants, then to glossary order.
_FIELD_RANK: Final = {"name": 0, "arabic": 0, "vocalised": 1, "variant": 2}


def _group_words(index: SpellingIndex) -> frozenset[str]:
    """The letter codes of the words the glossary's groups are named with: one-word
    spellings of its terms that are words of its groups', forces' and organisations'
    spellings too (*liwa*, *kata'ib*, *jaysh*), titles aside, which begin people's names
    too (Imam Ali, Sayyid Hassan); the Persian words for those terms' English glosses
    (تیپ, a brigade, for *liwa*: :func:`~qamus.match.other_languages.arabic_script_words_for`;
    Sorani ones too);
    and the press's words for "militia" (ميليشيا)."""
    term_words: dict[str, int] = {}
    group_words: set[str] = set()
    for number, entry in enumerate(index.entries):
        if entry.kind != "term" and entry.kind not in GROUP_KINDS:
            continue
        for spelling_id in index.by_entry[number]:
            form = index.forms[spelling_id]
            if not index.attested[spelling_id]:
                continue
            if entry.kind in GROUP_KINDS:
                group_words.update(word.codes for word in form.tokens)
            elif len(form.tokens) == 1 and not is_title(form):
                term_words[form.codes] = number
    words = {codes for codes in term_words if codes in group_words}
    for number in {term_words[codes] for codes in words}:
        for gloss in index.entries[number].glosses:
            words.update(phonetic(w).codes for w in arabic_script_words_for(gloss))
    words.update(phonetic(word).codes for word in MILITIA_WORDS)
    return frozenset(words)


def check_query(query: object, number: int | None = None) -> None:
    """Raise :class:`TypeError` unless *query* is a ``str`` (saying which, when it is
    the query numbered *number* of many, from 0)."""
    if not isinstance(query, str):
        which = "" if number is None else f" (query {number}, counting from 0)"
        raise TypeError(f"match() takes a str query, not {type(query).__name__}{which}")


#: What a spreadsheet's cell holds when it holds no name (pandas reads these as missing).
PLACEHOLDERS: Final = frozenset(
    {"n/a", "na", "nan", "null", "none", "nil", "#n/a", "<na>", "-nan", "unknown", "tbd"}
)


def says_no_name(query: str) -> bool:
    """Whether *query* is a placeholder for a missing name (:data:`PLACEHOLDERS`), or no
    more than one letter or digit, however often written ("x", "XXX", "ب"): matched only
    by a spelling the glossary gives, never by sound.

    >>> [says_no_name(q) for q in ("N/A", "None", "xxx", "ب", "- -", "Nawa", "Bab", "T4")]
    [True, True, True, True, True, False, False, False]
    """
    if query.casefold() in PLACEHOLDERS:
        return True
    return len({c for c in query.casefold() if c.isalnum()}) <= 1


def check_options(limit: object, min_score: object) -> None:
    """Raise :class:`TypeError` or :class:`~qamus.errors.InvalidOptionError` unless *limit*
    is a whole number, at least 0, and *min_score* ``None`` or a number from 0 to 1."""
    from qamus.errors import InvalidOptionError

    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"match() takes an int limit, not {type(limit).__name__}")
    if limit < 0:
        raise InvalidOptionError(f"limit must be 0 or more, not {limit}")
    if min_score is None:
        return
    if isinstance(min_score, bool) or not isinstance(min_score, int | float):
        raise TypeError(f"match() takes a float min_score or None, not {type(min_score).__name__}")
    if not 0.0 <= min_score <= 1.0:
        raise InvalidOptionError(f"min_score must be from 0 to 1, not {min_score}")


def check_queries(queries: object) -> None:
    """Raise :class:`TypeError` if *queries*, which should be an iterable of queries, is
    one query (a ``str`` would be read letter by letter) or no iterable at all."""
    if isinstance(queries, str | bytes):
        raise TypeError(
            f"match_many() takes an iterable of str queries (a list, a column), not one "
            f"{type(queries).__name__}: for one query, use match()"
        )
    if not isinstance(queries, Iterable):
        raise TypeError(
            f"match_many() takes an iterable of str queries, not {type(queries).__name__}"
        )


class Matcher:
    """Matches queries against one glossary. Built once; safe to share between threads.

    >>> from qamus.glossary.store import Glossary
    >>> from qamus.model import Entry
    >>> g = Glossary([Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب",
    ...                     variants=("Halab",))], check=False)
    >>> [(m.entry.id, m.score, m.reason) for m in Matcher(g).match("Haleb")]
    [('aleppo', 0.98..., "sounds like the Arabic 'حلب'")]
    >>> Matcher(g).match("   ")
    []
    """

    def __init__(self, glossary: Glossary | Iterable[Entry]) -> None:
        entries = tuple(glossary)
        self._entries = entries
        self._index = SpellingIndex(entries)
        # the glossary's places, their spellings read without place words too: built
        # when a query first holds one ("Raqqa Governorate")
        self._plain_places: tuple[Matcher, dict[tuple[str, str], str]] | None = None
        self._plain_places_lock = threading.Lock()
        self._position = {e.id: n for n, e in enumerate(entries)}
        partners: dict[int, set[int]] = {}
        for number, entry in enumerate(entries):
            for target in entry.related("not-same-as"):
                other = self._position.get(target)
                if other is not None:
                    partners.setdefault(number, set()).add(other)
                    partners.setdefault(other, set()).add(number)
        apart = {n: frozenset(p) for n, p in partners.items()}
        self._by_kind: dict[str, set[int]] = {}
        for number, entry in enumerate(entries):
            self._by_kind.setdefault(entry.kind, set()).add(number)
        # English words for the glossary's terms ("brigade" for liwa): from their glosses
        self._terms: dict[str, str] = {}
        words = [
            (gloss.casefold(), entry.name)
            for entry in entries
            if entry.kind == "term"
            for gloss in entry.glosses
            if LATIN_WORD.fullmatch(gloss)
        ]
        for word, name in words:
            self._terms.setdefault(word, name)
        # ... and their English plurals, where no term glosses the plural itself
        # ("martyrs" for shahid; "brigades" is kata'ib's own, not liwa's)
        for word, name in words:
            self._terms.setdefault(english_plural(word), name)
        self._acronyms: dict[str, dict[int, int]] = {}
        index = self._index
        # the glossary's own acronyms (SDF, HTS), said letter by letter: a name that
        # sounds like one as a word (سنة, "Sheik" and SIG) is not its group
        initialisms: list[int] = []
        for spelling_id, text in enumerate(index.texts):
            if index.attested[spelling_id] and index.forms[spelling_id].script == "latin":
                number = index.entry_of[spelling_id]
                for acronym in acronyms_of(text):
                    key = normalise_latin(acronym)
                    self._acronyms.setdefault(key, {}).setdefault(number, spelling_id)
                if looks_like_acronym(text) or spelled_in_capitals(text):
                    initialisms.append(spelling_id)
        self._initialisms = frozenset(initialisms)
        # the letters each acronym spells, compared with those of a query that looks like one
        self._acronym_letters = {s: acronym_letters(index.texts[s])[0] for s in initialisms}
        # ... and the initials the press of other languages makes of a group's name in
        # its own words ("ASL", the Armée syrienne libre; "IŞİD"), after the glossary's
        for spelling_id, text in enumerate(index.texts):
            number = index.entry_of[spelling_id]
            if (
                index.attested[spelling_id]
                and index.forms[spelling_id].script == "latin"
                and index.entries[number].kind in GROUP_KINDS
            ):
                for acronym in initials_in_other_languages(text):
                    self._acronyms.setdefault(acronym, {}).setdefault(number, spelling_id)
        self._group_words = _group_words(index)
        self._look_alikes = LookAlikes(index, apart, self._group_words)
        self._units = UnitWords(index, CANDIDATES)
        self._not_the_name = NotTheName(index, self._group_words, self._position)
        self._query_readings = QueryReadings(index, self._terms, self._group_words)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """The glossary's entries, in order."""
        return self._entries

    def position(self, entry_id: str) -> int:
        """Where the entry with *entry_id* stands in :attr:`entries`."""
        return self._position[entry_id]

    def check_kind(self, kind: str | Sequence[str] | None) -> None:
        """Raise :class:`~qamus.errors.InvalidOptionError` if *kind* names a kind qamus lacks."""
        self._allowed(kind)

    def is_term_gloss(self, word: str) -> bool:
        """Whether *word*, or its singular, is an English word for one of the
        glossary's terms (a gloss of one word: "Brigades" for *liwa*)."""
        plain = singular(word)
        return word.casefold() in self._terms or (
            plain is not None and plain.casefold() in self._terms
        )

    def match(
        self,
        query: str,
        *,
        kind: str | Sequence[str] | None = None,
        limit: int = 10,
        min_score: float | None = None,
    ) -> list[Match]:
        """Entries matching *query*, best first; see :meth:`qamus.Glossary.match`."""
        check_query(query)
        check_options(limit, min_score)
        query = query.strip()
        if not query or limit <= 0 or len(query) > LONGEST_QUERY:
            return []
        if says_no_name(query) and not self._index.exact_spellings(query):
            return []
        return self._a_part_named_with_its_whole(
            query, self._answers(query, kind, limit, min_score)
        )

    def _answers(
        self,
        query: str,
        kind: str | Sequence[str] | None,
        limit: int,
        min_score: float | None,
    ) -> list[Match]:
        """:meth:`match`'s answers, before a part named with its whole is put first."""
        results = self._match(query, kind, limit, min_score)
        results = self._read_without_place_words(query, kind, limit, min_score, results)
        # English words for the glossary's terms read as those terms ("Brigade Abu
        # al-Fadl al-Abbas"), and, when nothing answers yet, English plurals as
        # singulars ("Alawites")
        answered = bool(results) and results[0].score >= SAME_NAME_THRESHOLD
        readings = self._query_readings.of(query, plurals=not answered)
        if not readings:
            return results
        found = {m.entry.id: m for m in results}
        # once answered, a reading counts only where it answers better than the query,
        # and names a name with the term rather than the term itself, unless the query
        # is the term's English word alone ("State" is dawla, whatever sounds like it)
        best = results[0].score if answered else 0.0
        # a query its best answer pairs word for word holds no prose: its small-letter
        # words are the name's ("Ali khamanei", Ali Khamenei), and a name read beside
        # them ("Ali") answers nothing else
        whole = (
            results[0].entry.id
            if answered
            and any(r.beside_prose for r in readings)
            and self._paired(query, results[0])
            else None
        )
        term_word = ""  # the query is this term's word alone, which a reading answered
        named_numbers = numbers_in(query)
        for reading in readings:
            the_term_alone = reading.text in reading.terms
            # a reading without a number the query names ("الفرقة 25 مهام خاصة" read
            # without the 25) answers no entry whose name lacks it
            lost = named_numbers - numbers_in(reading.text)
            # a reading answered by some entries only looks further down its answers
            pool = limit if reading.allowed is None else max(limit, FILTERED_READING_POOL)
            for m in self._match(reading.text, kind, pool, min_score):
                if reading.allowed is not None and not reading.allowed(m):
                    continue
                if lost and self._not_the_name.numbers_lacked(lost, self._position[m.entry.id]):
                    continue
                if reading.beside_prose and whole is not None and m.entry.id != whole:
                    continue
                # 1.0 is for the query's own spelling
                score = round(min(m.score, NEAR_CEILING) * reading.factor, 4)
                if score <= best or (
                    answered and m.entry.name in reading.terms and not the_term_alone
                ):
                    continue
                if m.entry.id not in found or found[m.entry.id].score < score:
                    reason = f"{m.reason}, {reading.note}"
                    found[m.entry.id] = attrs.evolve(m, score=score, reason=reason)
                    if the_term_alone:  # answered by the term alone (the_term_named)
                        term_word = reading.text
        if term_word:
            # a word for a term is no name its letters resemble: "State" is dawla, not
            # the Shu'atat
            for m in results:
                if found[m.entry.id] is m and BELOW_THRESHOLD < m.score < 1.0:
                    reason = f"{m.reason}; the word for {term_word!r}, not this name"
                    found[m.entry.id] = attrs.evolve(m, score=BELOW_THRESHOLD, reason=reason)
        return sorted(found.values(), key=lambda m: -m.score)[:limit]

    @staticmethod
    def _paired(query: str, answer: Match) -> bool:
        """Whether every word of *query* and of the *answer*'s spelling, titles aside,
        pairs with one of the other's."""
        words = word_alignment(
            phonetic(query), phonetic(answer.spelling), given_names=answer.entry.kind == "person"
        )
        return not words.contradicted and words.words > 1 and words.paired == words.words

    def _a_part_named_with_its_whole(self, query: str, results: list[Match]) -> list[Match]:
        """*results*, with an answer that is ``part-of`` the first put before it, when the
        query holds every word of the spelling it matched: "Revolutionary Guards' Quds
        Force" names the Quds Force, a part of the Revolutionary Guards, named with them."""
        if len(results) < 2 or not SAME_NAME_THRESHOLD <= results[0].score < 1.0:
            return results  # a spelling of the whole, as the glossary gives it, is the whole
        whole = results[0]
        form = phonetic(query)
        script = form.script
        words = {w.skeleton for w in name_words(form)}
        for position, m in enumerate(results[1:PART_AFTER_WHOLE], start=1):
            # however many more words the query has: every word of the part's spelling
            # is in it ("Islamic Revolutionary Guard Corps (IRGC) Qods Force")
            if whole.entry.id not in m.entry.related("part-of"):
                continue
            spelled = phonetic(m.spelling)
            # in the query's script: skeletons across scripts are too coarse to say a
            # word is held (*Assaib* is no word of هيئة الحشد الشعبي)
            if spelled.script == script and {w.skeleton for w in name_words(spelled)} <= words:
                reason = f"{m.reason}; a part of {whole.entry.id!r}, named with it"
                part = attrs.evolve(m, score=whole.score, reason=reason)
                below = attrs.evolve(whole, score=round(whole.score - _JUST_BELOW, 4))
                return [part, below, *results[1:position], *results[position + 1 :]]
        return results

    def _read_without_place_words(
        self,
        query: str,
        kind: str | Sequence[str] | None,
        limit: int,
        min_score: float | None,
        results: list[Match],
    ) -> list[Match]:
        """*results*, with the glossary's places scored by the name *query* holds beside
        words that say what a place is (:mod:`qamus.match.places`), when that name
        answers: "Raqqa Governorate" is al-Raqqa, not the "Anbar Governorate" its
        letters resemble, and بمدينة العشارة ("in the town of al-Asharah") al-Asharah,
        its preposition aside. A place the query spells exactly keeps its score."""
        plain = without_place_words(query)
        preposition = without_preposition(query) if plain is None else None
        if preposition is not None:
            plain = without_place_words(preposition[1])
        if plain is None or "place" not in self._by_kind:
            return results
        allowed = self._allowed(kind)
        if allowed is not None and not allowed & self._by_kind["place"]:
            return results
        matcher, read_from = self._places()
        found = matcher.match(plain, limit=limit, min_score=min_score)
        if not found or found[0].score < SAME_NAME_THRESHOLD:
            return results
        by_id: dict[str, Match] = {}
        for m in found:
            entry = self._entries[self._position[m.entry.id]]
            spelling = read_from.get((entry.id, m.spelling), m.spelling)
            reason = m.reason
            if spelling != m.spelling:
                field = next(
                    (f for f in ("name", "arabic", "vocalised") if getattr(entry, f) == spelling),
                    "variant",
                )
                reason = reason.replace(
                    f"attested variant {m.spelling!r}",
                    f"{FIELD_LABELS[field]} {spelling!r} without its place words",
                )
            reason = f"{reason}, {query!r} read without its place words"
            by_id[entry.id] = Match(entry, min(m.score, NEAR_CEILING), reason, spelling)
        kept = [m for m in results if m.entry.kind != "place" or m.score == 1.0]
        exact = {m.entry.id for m in kept}
        kept += [m for entry_id, m in by_id.items() if entry_id not in exact]
        return sorted(kept, key=lambda m: -m.score)[:limit]

    def _places(self) -> tuple[Matcher, dict[tuple[str, str], str]]:
        """A matcher of the glossary's places with their spellings read without place
        words too (:func:`~qamus.match.places.plain_places`), and what each was read from."""
        with self._plain_places_lock:
            if self._plain_places is None:
                places, read_from = plain_places(self._entries)
                self._plain_places = (Matcher(places), read_from)
            return self._plain_places

    def _match(
        self,
        query: str,
        kind: str | Sequence[str] | None,
        limit: int,
        min_score: float | None,
    ) -> list[Match]:
        allowed = self._allowed(kind)
        index = self._index
        entry_of, forms, attested = index.entry_of, index.forms, index.attested
        exact = index.exact_spellings(query)
        exact_entries = {entry_of[s] for s in exact if attested[s]}
        form = phonetic(query)
        numbers = dict.fromkeys(entry_of[s] for s in exact)
        wanted = CANDIDATES_BESIDE_EXACT if exact_entries else CANDIDATES
        proposed = index.candidates(form, wanted)
        numbers.update(dict.fromkeys(proposed))
        for number in exact_entries:
            numbers.update(dict.fromkeys(self._look_alikes.of(number)))
        arabic_query = form.script == "arabic"
        one_word = len(form.tokens) == 1  # compared whole with a title and a name
        unsounded = self._unsounded(query)
        lettered = self._initialisms if not unsounded else _NONE
        query_letters = acronym_letters(query) if lettered else ()
        scored: list[Scored] = []
        wholes: dict[int, float] = {}  # spelling -> whole-name similarity, for _align_words
        for number in numbers:
            if allowed is not None and number not in allowed:
                continue
            best_score, best = -1.0, -1
            for spelling_id in index.by_entry[number]:
                if arabic_query and not attested[spelling_id]:
                    continue  # generated spellings are Latin: the attested ones suffice
                if spelling_id in exact and attested[spelling_id]:
                    best_score, best = 1.0, spelling_id
                    break
                if spelling_id in unsounded:
                    continue
                spelling_form = forms[spelling_id]
                if spelling_id in lettered:
                    # two acronyms: alike letter by letter, not by sound ("XXX" is no "KH")
                    spelled = self._acronym_letters[spelling_id]
                    distance = min(
                        Levenshtein.normalized_distance(mine, spelled) for mine in query_letters
                    )
                    score = max(0.0, 1.0 - ACRONYM_LETTER_WEIGHT * distance)
                else:
                    score = whole_similarity(form, spelling_form)
                if one_word and len(spelling_form.tokens) == 2:
                    score = title_left_out(form, spelling_form, score)
                wholes[spelling_id] = score
                if not attested[spelling_id] or spelling_form.script != form.script:
                    score *= GENERATED_FACTOR
                if score > best_score:
                    best_score, best = score, spelling_id
            if best >= 0:
                is_exact = best_score == 1.0 and number in exact_entries
                if not is_exact:
                    best_score = min(calibrate(best_score), NEAR_CEILING)
                scored.append((best_score, number, best, is_exact))
        notes: dict[int, str] = {}  # entry -> how its words were aligned, for the reason
        scored = self._align_words(form, scored, proposed, wholes, notes, unsounded)
        unit_words: dict[int, str] = {}  # entry -> reason, named with another unit word
        scored = self._units.rescore(query, scored, allowed, unit_words)
        scored = self._look_alikes.separate(form, scored, unsounded)
        initials = self._initials(query, allowed) if not exact_entries else {}
        through_initials: set[int] = set()  # entries answered by their initials
        if initials:
            scored = [item for item in scored if item[1] not in initials or item[0] > ACRONYM_SCORE]
            through_initials = set(initials) - {item[1] for item in scored}
            # an acronym the glossary does not spell is the initials of a name before it
            # is a word that sounds like it ("SNA": the Syrian National Army, not سنة)
            scored = [
                item if item[1] in initials else (min(item[0], _BELOW_ACRONYM), *item[1:])
                for item in scored
            ]
            scored += [
                (ACRONYM_SCORE, n, s, False) for n, s in initials.items() if n in through_initials
            ]
        ranked: list[tuple[float, int, int, int, bool, str]] = []
        scores = {number: raw for raw, number, _, _ in scored}
        group_words = self._not_the_name.group_words_in(form)
        # a word of the table of other_languages alone, in English or another language
        # ("Syrian", "Islamic", "Mouvement"), is a word of no name of more words, whatever
        # it names; it and the Arabic words groups are named with (liwa) name no group
        lone_name_word = self._not_the_name.a_name_word(query, form)
        lone_group_word = lone_name_word or self._not_the_name.a_group_word(form)
        # only a query of several words may be a town named with more words
        construct = len(form.tokens) > 1 and ends_with_article(query)
        place_word = is_place_word(query)
        named_numbers = numbers_in(query)
        directions = directions_in(query)
        begun = self._begun_with(form, scored)
        # people named by another first name before a parent's (a nasab's forebears)
        nasabs = {
            number: apart
            for _, number, spelling_id, is_exact in scored
            if not is_exact
            and (apart := self._not_the_name.another_nasab(form, number, spelling_id))
        }
        exact_name = " and ".join(repr(index.entries[n].id) for n in sorted(exact_entries))
        for raw_score, number, spelling_id, is_exact in scored:
            score, apart = raw_score, ""
            if not is_exact and named_numbers:
                apart = self._not_the_name.numbers_lacked(named_numbers, number)
            if not is_exact and not apart and directions:
                theirs = directions_in(index.texts[spelling_id])
                if theirs and not theirs & directions:
                    # "West Ghouta" is not "Eastern Ghouta"
                    apart = f"; {'/'.join(sorted(directions))} is not {'/'.join(sorted(theirs))}"
            partner = None
            if not is_exact and not apart:
                partner = self._look_alikes.closer(form, number, raw_score, scores, exact_entries)
                if partner in nasabs:
                    partner = None  # a closer look-alike that is another person is no answer
                if partner is None and number in nasabs:
                    apart = nasabs[number]
                elif partner is not None:
                    # declared different from a name the query matches better: not this one
                    apart = f"; declared not the same as {index.entries[partner].id!r}"
                elif number not in through_initials:
                    # a query that is a name's initials is no word of it ("ISCI", not the
                    # Turkish işçi, "worker"): it is this name, whatever else it reads as
                    apart = self._not_the_name.why(
                        query,
                        form,
                        group_words,
                        lone_group_word,
                        lone_name_word,
                        construct,
                        place_word,
                        number,
                        spelling_id,
                    )
            if partner is not None:
                # a look-alike stays an answer, right after the name it is declared apart
                # from, however far below the threshold that one is
                score = min(score, BELOW_THRESHOLD, scores.get(partner, 1.0) - _JUST_BELOW)
            elif apart:
                score = min(score, BELOW_THRESHOLD) * NOT_THE_NAME_FACTOR
            elif number in begun:
                # "Tal", "Ahrar": the first word of several names names none of them
                score = min(score, BELOW_THRESHOLD)
                apart = f"; the first word of {len(begun)} names"
            elif exact_entries and not is_exact and score > BELOW_THRESHOLD:
                # a spelling the glossary gives names its entries: another one that sounds
                # alike or holds it ("Hezbollah" in Harakat Hezbollah al-Nujaba) is not it
                score = BELOW_THRESHOLD
                apart = f"; the glossary gives {query!r} for {exact_name}"
            score = round(score, 4)
            if score <= 0.0 or (min_score is not None and score < min_score):
                continue  # a name with nothing of the query's is no answer
            # ties: an entry's own name or Arabic before another's variant, then glossary order
            rank = _FIELD_RANK.get(index.fields[spelling_id], 3)
            ranked.append((score, rank, number, spelling_id, is_exact, apart))
        # ties matched across scripts (Arabic leaves vowels out: "Busra" sounds like
        # البصرة and بصرى alike): the entry spelled closer in the query's own script
        # first; one matched in the query's script is as close as can be. Scores
        # rarely tie, so the closeness is found only when two do.
        # Then, of two spellings one query is as close to, the one holding its very
        # words: الباقر is in الإمام الباقر, not in الحاج باقر (the article kept).
        script = form.script
        tied = len({item[0] for item in ranked}) < len(ranked)
        own = self._closest_in_script(script, wholes, exact) if tied else {}
        words_of_query = f" {normalise(query)} " if tied else ""
        ranked.sort(
            key=lambda item: (
                -item[0],
                -(1.0 if index.forms[item[3]].script == script else own.get(item[2], 0.0)),
                tied and words_of_query not in f" {normalise(index.texts[item[3]])} ",
                item[1],
                item[2],
            )
        )
        results: list[Match] = []
        for score, _, number, spelling_id, is_exact, apart in ranked[:limit]:
            spelling = index.spellings[spelling_id]
            if number in through_initials and score == ACRONYM_SCORE:
                reason = f"initials of {spelling.text!r}"
            elif number in unit_words:
                reason = unit_words[number]
            else:
                reason = self._reason(query, spelling, is_exact, notes.get(number))
            results.append(Match(index.entries[number], score, reason + apart, spelling.text))
        return results

    def _begun_with(self, form: Phonetic, scored: list[Scored]) -> frozenset[int]:
        """The candidates whose names (of two words or more, titles aside) begin with the
        one word of a query *form* as it is spelled: several of them (تل: Tell Abyad, Tell
        Rifaat; *Ahrar*: Ahrar al-Sham, Ahrar al-Sharqiya; the given name *Ahmed*: Ahmed
        al-Awda, Ahmed al-Sharaa) or none. A word that begins several names, alone, names
        none of them."""
        named = name_words(form)
        if len(named) != 1:
            return frozenset()
        word = named[0].skeleton
        index = self._index
        begun = frozenset(
            number
            for raw, number, spelling_id, is_exact in scored
            if not is_exact
            and raw >= SAME_NAME_THRESHOLD
            and len(words := name_words(index.forms[spelling_id])) > 1
            and words[0].skeleton == word
            # a man's given name as it is, not one whose consonants it shares (Hasan
            # does not begin Husayn ibn Ali)
            and (
                index.entries[number].kind != "person"
                or whole_similarity(named[0], words[0]) >= GIVEN_NAME_MATCH
            )
        )
        return begun if len(begun) > 1 else frozenset()

    def _closest_in_script(
        self, script: str, wholes: dict[int, float], exact: Iterable[int]
    ) -> dict[int, float]:
        """Each entry's best whole-name similarity among its attested spellings in
        *script*, from *wholes* (spelling -> similarity) and the spellings the query
        spells *exact*ly (1.0)."""
        index = self._index
        forms, attested, entry_of = index.forms, index.attested, index.entry_of
        best: dict[int, float] = {}
        for spelling_id, similarity in itertools.chain(wholes.items(), ((s, 1.0) for s in exact)):
            if attested[spelling_id] and forms[spelling_id].script == script:
                number = entry_of[spelling_id]
                if similarity > best.get(number, -1.0):
                    best[number] = similarity
        return best

    def match_many(
        self,
        queries: Iterable[str],
        *,
        kind: str | Sequence[str] | None = None,
        limit: int = 10,
        min_score: float | None = None,
        workers: int | None = 1,
    ) -> list[list[Match]]:
        """:meth:`match` for each query, in order. A query repeated in the batch (a
        spreadsheet column names the same people again and again) is matched once;
        with several *workers*, in that many processes (:mod:`qamus.match.batch`)."""
        from qamus.match.batch import answers_in_order

        processes = self._checked_batch(queries, kind, limit, min_score, workers)
        every = list(queries)
        for number, query in enumerate(every):
            check_query(query, number)  # before the look-up: an unhashable one is no str either
        distinct = list(dict.fromkeys(every))
        found_each = answers_in_order(self, distinct, (kind, limit, min_score), processes)
        answers = dict(zip(distinct, found_each, strict=True))
        return [list(answers[query]) for query in every]

    def match_iter(
        self,
        queries: Iterable[str],
        *,
        kind: str | Sequence[str] | None = None,
        limit: int = 10,
        min_score: float | None = None,
        workers: int | None = 1,
    ) -> Iterator[list[Match]]:
        """:meth:`match` for each query, in order, as the answers come: *queries* is
        read only as far ahead as matching needs (a stream of millions of names)."""
        from qamus.match.batch import answers_in_order

        processes = self._checked_batch(queries, kind, limit, min_score, workers)
        return answers_in_order(self, queries, (kind, limit, min_score), processes)

    def _checked_batch(
        self,
        queries: Iterable[str],
        kind: str | Sequence[str] | None,
        limit: int,
        min_score: float | None,
        workers: int | None,
    ) -> int:
        """How many processes a batch runs in, once its options are checked (raising
        before any work, as :meth:`match` would on the first query)."""
        from qamus.match.batch import worker_count

        check_queries(queries)
        check_options(limit, min_score)
        self.check_kind(kind)
        return worker_count(workers)

    def _holding_every_word(self, words: set[str], proposed: Sequence[int]) -> list[int]:
        """The *proposed* entries that have every one of the *words* of a query of several
        words (its titles aside), whatever they add: a partial name ("Haji Ahmad Shah" in
        "Ahmed Shah Noorzai Obaidullah") is scored word by word, however unlike the whole
        names are."""
        if len(words) < 2 or "" in words:
            return []
        holding = self._index.holding(words, proposed)
        return list(itertools.islice(holding, WORD_ALIGNED_HOLDING))

    def _held_in(self, words: set[str], scored: list[Scored]) -> list[int]:
        """The candidates, best first, with an attested spelling whose words (titles
        aside) are all among the *words* of a query of several words: the query names
        the entry and more ("Republic of Iraq" holds "Iraq")."""
        if len(words) < 2:
            return []
        index = self._index
        forms, attested = index.forms, index.attested
        found: list[int] = []
        for _, number, _, _ in scored:
            if any(
                attested[s]
                # a name's last word is never a title: most spellings fail on it, at once
                and forms[s].tokens[-1].skeleton in words
                and {w.skeleton for w in name_words(forms[s])} <= words
                for s in index.by_entry[number]
            ):
                found.append(number)
                if len(found) == WORD_ALIGNED_HOLDING:
                    break
        return found

    def _align_words(
        self,
        form: Phonetic,
        scored: list[Scored],
        proposed: Sequence[int],
        wholes: dict[int, float],
        notes: dict[int, str],
        unsounded: frozenset[int],
    ) -> list[Scored]:
        """Give the best candidates a second look with their words aligned one to one.

        The best few by score, every other that would pass
        :data:`~qamus.match.SAME_NAME_THRESHOLD`, and the best few the index proposed are
        scored as
        :func:`~qamus.similarity` scores names: the better of the whole names and
        their words aligned, unless the words disagree (a word of each name with no
        counterpart in the other), when the lower. Names of groups, places and things
        of another number of words than the query are scored by their words alone.
        """
        scored.sort(key=lambda item: -item[0])
        forms, attested = self._index.forms, self._index.attested
        by_entry = self._index.by_entry
        if len(form.tokens) < 2 and all(
            len(forms[s].tokens) < 2 for _, n, _, _ in scored for s in by_entry[n]
        ):
            return scored  # one word against one-word names: nothing to align
        chosen = {n for _, n, _, _ in scored[:WORD_ALIGNED]}
        chosen.update(proposed[:WORD_ALIGNED_PROPOSED])
        named = name_words(form)
        query_words = skeletons_of(named)
        query_skeletons = query_words if len(named) > 1 else _NONE_WORDS
        chosen.update(self._holding_every_word(query_words, proposed))
        chosen.update(self._held_in(query_words, scored))
        if one_name_word(named):
            # a name of one word may be one word of a longer name ("Assad"), also after
            # a vowel alone, an initial or an ezafe ("A. al-Sharaa"): aligning one word
            # is cheap, so every candidate gets the look
            chosen.update(n for _, n, _, _ in scored)
        # and every other that would pass for the same name, none of which does on its
        # letters alone: its closest spelling is checked word by word
        checked = {n for s, n, _, _ in scored if s >= SAME_NAME_THRESHOLD and n not in chosen}
        chosen |= checked
        arabic_query = form.script == "arabic"
        titled_name = len(named) == 1 < len(form.tokens)
        out = list(scored)
        for position, (_, number, best_whole, is_exact) in enumerate(scored):
            if is_exact or number not in chosen:
                continue
            person = self._index.entries[number].kind == "person"
            # ties to the spellings of as many words as the query ("al-Bukamal" before
            # "Albu Kamal" for "Albukamal"), then the later ones
            ranked = sorted(
                (
                    (wholes[s] if s in wholes else whole_similarity(form, forms[s]), s)
                    for s in by_entry[number]
                    if (attested[s] or not arabic_query) and s not in unsounded
                ),
                key=lambda item: (item[0], len(forms[item[1]].tokens) == len(form.tokens), item[1]),
                reverse=True,
            )
            score, best = -1.0, best_whole
            if number in checked:
                aligned_ids = ranked[:1]
            else:
                aligned_ids = ranked[:ALIGNED_SPELLINGS]
                own_script = next(
                    (
                        item
                        for item in ranked
                        if attested[item[1]] and forms[item[1]].script == form.script
                    ),
                    None,
                )
                if own_script is not None and own_script not in aligned_ids:
                    aligned_ids.append(own_script)  # the closest spelling the glossary gives
                # and the one sharing most words with the query, in whatever order
                # ("State Islamic", "Islamic State"), which its letters run together hide
                sharing = self._sharing_most_words(query_skeletons, ranked, form.script)
                if sharing is not None and sharing not in aligned_ids:
                    aligned_ids.append(sharing)
                # and one all of whose words the query holds, with more ("بصرى السورية",
                # Syrian Bosra): its letters run together are far from the query's
                held = self._spelling_held_in(query_skeletons, named, ranked)
                if held is not None and held not in aligned_ids:
                    aligned_ids.append(held)
                # and, for a title and a name ("Saidina Ali"), the closest spelling of a
                # title and a name ("Imam Ali"), whose titles differ, not the name
                titled = self._titled_like(form, named, ranked) if titled_name else None
                if titled is not None and titled not in aligned_ids:
                    aligned_ids.append(titled)
            for whole, spelling_id in aligned_ids:
                aligned, note = self._aligned(form, named, spelling_id, whole, person)
                if aligned > score:
                    score, best = aligned, spelling_id
                    if note:
                        notes[number] = note
                    else:
                        notes.pop(number, None)
            out[position] = (score, number, best, is_exact)
        out.sort(key=lambda item: -item[0])
        return out

    def _aligned(
        self,
        form: Phonetic,
        named: tuple[Phonetic, ...],
        spelling_id: int,
        whole: float,
        person: bool,
    ) -> tuple[float, str]:
        """The calibrated score of a query *form* (its *named* words) against one spelling,
        from their *whole* similarity and their words aligned, and a note on how many
        words paired (or "")."""
        forms, attested = self._index.forms, self._index.attested
        spelling_form = forms[spelling_id]
        raw, note = whole, ""
        if len(spelling_form.tokens) + len(form.tokens) > 2:
            words = word_alignment(
                form,
                spelling_form,
                given_names=person,
                missing_penalty=MATCH_MISSING_WORD_PENALTY,
            )
            if words.contradicted:
                raw = min(whole, words.score)
            elif words.score > whole or (
                # a name of another number of words: the words say how alike
                # they are, not the letters run together ("Ayad Allawi" holds the
                # letters of ديالى, Diyala; "Uday Hussein" those of *Tahsin*). For a
                # person, only within one script (a compound is one word in Latin
                # and two in Arabic: *Jalaluddin*, جلال الدين) and when the words
                # differ in number titles included (a given name that is also a
                # title, *Qari*, is still a word of the name)
                len(named) != len(name_words(spelling_form))
                and (
                    not person
                    or (
                        spelling_form.script == form.script
                        and len(form.tokens) != len(spelling_form.tokens)
                    )
                )
            ):
                raw = words.score
                if words.words > 1:
                    note = f"{words.paired} of {words.words} words"
        if not attested[spelling_id] or spelling_form.script != form.script:
            raw *= GENERATED_FACTOR
        return min(calibrate(raw), NEAR_CEILING), note

    def _spelling_held_in(
        self, words: Set[str], named: tuple[Phonetic, ...], ranked: list[tuple[float, int]]
    ) -> tuple[float, int] | None:
        """Of *ranked* (whole-name similarity, spelling), the first attested spelling all
        of whose words, its titles too (*Sayyidah Zaynab*, a town), are among the
        skeletons *words* of a query of several words (its titles aside), and if it is one
        word, as close as :data:`HELD_WORD` to one of the query's *named* words; or None."""
        if not words:
            return None
        forms, attested = self._index.forms, self._index.attested
        for item in ranked:
            form = forms[item[1]]
            if (
                attested[item[1]]
                and form.tokens[-1].skeleton in words
                and {w.skeleton for w in form.tokens} <= words
                # one word sharing a skeleton may be another word ("Ba'ath", البيضاء)
                and (form.parts or any(whole_similarity(form, w) >= HELD_WORD for w in named))
            ):
                return item
        return None

    def _titled_like(
        self, form: Phonetic, named: tuple[Phonetic, ...], ranked: list[tuple[float, int]]
    ) -> tuple[float, int] | None:
        """Of *ranked* (whole-name similarity, spelling), the attested spelling in the
        script of a query of titles and one name (*named*) that is titles and one name too,
        and of those the one whose name is closest to the query's, or None."""
        forms, attested = self._index.forms, self._index.attested
        best, closest = None, 0.0
        for item in ranked:
            spelling = forms[item[1]]
            if not attested[item[1]] or spelling.script != form.script:
                continue
            words = name_words(spelling)
            if len(words) == 1 < len(spelling.tokens):
                alike = whole_similarity(named[0], words[0])
                if alike > closest:
                    best, closest = item, alike
        return best

    def _sharing_most_words(
        self, words: Set[str], ranked: list[tuple[float, int]], script: str
    ) -> tuple[float, int] | None:
        """Of *ranked* (whole-name similarity, spelling), the attested spelling in *script*
        sharing the most of the skeletons *words* of a query of several words, two at
        least, and of those the one of fewest words, or None."""
        if not words:
            return None
        forms, attested = self._index.forms, self._index.attested
        best, most = None, (1, 0)
        for item in ranked:
            tokens = forms[item[1]].tokens
            if not attested[item[1]] or forms[item[1]].script != script:
                continue
            shared = (len(words & {t.skeleton for t in tokens}), -len(tokens))
            if shared > most:
                best, most = item, shared
        return best

    def _unsounded(self, query: str) -> frozenset[int]:
        """The spellings not compared with *query* by sound: the glossary's acronyms
        (compared letter by letter with a query that looks like one too)."""
        return _NONE if looks_like_acronym(query) else self._initialisms

    def _initials(self, query: str, allowed: set[int] | None) -> dict[int, int]:
        """Entries whose attested Latin spellings have *query* for initials, each with that
        spelling's id."""
        if not looks_like_acronym(query):
            return {}
        found = self._acronyms.get(normalise_latin(query), {})
        if not found:
            # the capitals alone, without the case ending written on (*YNKê*, the PUK)
            capitals = acronym_letters(query)[1:]
            found = self._acronyms.get(capitals[0], {}) if capitals else {}
        return {n: s for n, s in found.items() if allowed is None or n in allowed}

    def _allowed(self, kind: str | Sequence[str] | None) -> set[int] | None:
        if kind is None:
            return None
        kinds = {kind} if isinstance(kind, str) else set(kind)
        unknown = kinds - set(KINDS)
        if unknown:
            from qamus.errors import InvalidOptionError

            raise InvalidOptionError(
                f"unknown kind {sorted(unknown)[0]!r}; expected one of " + ", ".join(sorted(KINDS))
            )
        if len(kinds) == 1:
            return self._by_kind.get(next(iter(kinds)), set())
        return set().union(*(self._by_kind.get(k, set()) for k in kinds))

    def _reason(
        self, query: str, spelling: IndexedSpelling, is_exact: bool, words: str | None = None
    ) -> str:
        label = FIELD_LABELS.get(spelling.field)
        if is_exact and label:
            after = "" if query == spelling.text else " after normalisation"
            return f"{label} {spelling.text!r}{after}"
        if words:
            if spelling.field == "arabic":
                return f"{words} of the Arabic {spelling.text!r} sound alike"
            what = label or f"a reading of {self._index.entries[spelling.entry].arabic},"
            return f"{words} of {what} {spelling.text!r} match"
        edits = Levenshtein.distance(query.casefold(), spelling.text.casefold())
        count = f"{edits} edit{'s' if edits != 1 else ''}"
        if spelling.form.script != phonetic(query).script:
            if spelling.field == "arabic":
                return f"sounds like the Arabic {spelling.text!r}"
            return f"sounds like {label or 'spelling'} {spelling.text!r}"
        if label:
            return f"close to {label} {spelling.text!r}, {count}"
        entry = self._index.entries[spelling.entry]
        return f"transliteration of {entry.arabic}, {count}"
