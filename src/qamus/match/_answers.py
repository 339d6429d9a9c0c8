"""Which answers a reading of a query may give.

The matcher asks the glossary again for other readings of a query (without a word
for militia, a Spanish *y* read as *j*, a query read in English); a
:class:`Reading` carries the text, a note for the reason, a factor for its scores
and a filter of the answers it may have: only a group for "Baqir militia", only
the same name for a guess.

>>> from qamus.model import Entry, Match
>>> tayy = Entry(id="tayy", kind="tribe", name="Tayy", arabic="طيء")
>>> a_tribe(Match(tayy, 0.9, "", "Tayy")), a_group(Match(tayy, 0.9, "", "Tayy"))
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

from qamus.match.acronym import acronyms_of
from qamus.match.phonetic import phonetic, script_of
from qamus.match.similarity import SURNAME_MATCH, name_words, whole_similarity
from qamus.match.threshold import SAME_NAME_THRESHOLD
from qamus.model import Match

__all__ = [
    "GROUP_KINDS",
    "TRIBE_OF_NISBA_MATCH",
    "Reading",
    "a_group",
    "a_group_of_one_word",
    "a_militia",
    "a_person",
    "a_person_named",
    "a_place_named",
    "a_term",
    "a_tribe",
    "a_tribe_spelled",
    "as_acronym",
    "both",
    "either",
    "in_arabic",
    "same_name",
    "same_name_of",
    "spelled_alike",
    "the_surname",
    "the_term_named",
]

#: Kinds of entry named with terms (*Liwa* al-Baqir, *Jaysh* al-Islam, *Quwat* al-Ridha).
GROUP_KINDS: Final = frozenset({"group", "force", "organisation"})


@attrs.frozen
class Reading:
    """Another reading of a query: its *text*, a *note* for the reason, the names of the
    *terms* it reads in, a *factor* for its scores, which answers it may have
    (*allowed*; None: any), and whether it is a name the query holds beside words taken
    for prose (*beside_prose*: "Hezbollah" in "Hezbollah fighters")."""

    text: str
    note: str
    terms: frozenset[str] = frozenset()
    factor: float = 1.0
    allowed: Callable[[Match], bool] | None = None
    beside_prose: bool = False

    def derived(
        self, text: str, note: str, allowed: Callable[[Match], bool] | None = None
    ) -> Reading:
        """A reading of this one's text, as *text*: its terms and factor, its answers
        those both readings allow."""
        joined = f"{self.note}, {note}" if self.note else note
        allowed = both(self.allowed, allowed)
        return Reading(text, joined, self.terms, self.factor, allowed, self.beside_prose)


def both(
    first: Callable[[Match], bool] | None, second: Callable[[Match], bool] | None
) -> Callable[[Match], bool] | None:
    """The answers both filters allow (None: any)."""
    if first is None or second is None:
        return first or second
    return lambda match: first(match) and second(match)


def either(*filters: Callable[[Match], bool]) -> Callable[[Match], bool]:
    """The answers any of *filters* allows."""
    return lambda match: any(allows(match) for allows in filters)


def in_arabic(match: Match) -> bool:
    """Whether *match* was made through an Arabic spelling."""
    return script_of(match.spelling) == "arabic"


def of_a_unit_in_arabic(match: Match) -> bool:
    """Whether *match* was made through an Arabic spelling (:func:`in_arabic`) and names
    no person: a word for a unit in the other number (كتيبات for كتيبة) names a group."""
    return in_arabic(match) and match.entry.kind != "person"


def same_name(match: Match) -> bool:
    """Whether *match* scores as the same name (:data:`~qamus.match.SAME_NAME_THRESHOLD`)."""
    return match.score >= SAME_NAME_THRESHOLD


def spelled_alike(match: Match) -> bool:
    """Whether *match* is through a spelling the glossary gives, once normalised."""
    return match.score == 1.0


def same_name_of(words: int) -> Callable[[Match], bool]:
    """Whether a match scores as the same name (:func:`same_name`) through a spelling
    of as many *words*: all of them answer, not one word among others."""
    return lambda match: same_name(match) and len(phonetic(match.spelling).tokens) == words


def a_person(match: Match) -> bool:
    """Whether *match* names a person."""
    return match.entry.kind == "person"


def the_surname(word: str) -> Callable[[Match], bool]:
    """Whether a match names a person whose spelling (of two name words or more, titles
    aside) ends with *word*, as his surname (:data:`~qamus.match.similarity.SURNAME_MATCH`):
    one word after a general's rank (اللواء مملوك), not his given name, nor the whole
    name of one called by a title and a name (الإمام الحسن)."""
    form = phonetic(word)

    def named(match: Match) -> bool:
        if not a_person(match):
            return False
        words = name_words(phonetic(match.spelling))
        return len(words) > 1 and whole_similarity(words[-1], form) >= SURNAME_MATCH

    return named


def a_person_named(match: Match) -> bool:
    """Whether *match* names a person and scores as the same name (:func:`same_name`)."""
    return a_person(match) and same_name(match)


def a_militia(match: Match) -> bool:
    """Whether *match* names a group (:func:`a_group`), or is a term for militiamen by
    its English gloss (*shabbiha*): the name before a word for militia ("Shabiha-Miliz")."""
    entry = match.entry
    return a_group(match) or (
        entry.kind == "term" and "militia" in (entry.english or "").casefold()
    )


def as_acronym(acronym: str) -> Callable[[Match], bool]:
    """Whether a match is made through *acronym* as an acronym: a spelling that is the
    acronym, or a spelling whose initials it is (not a name that sounds like it)."""
    key = acronym.casefold()
    return lambda match: match.spelling.casefold() == key or key in acronyms_of(match.spelling)


def a_group_of_one_word(match: Match) -> bool:
    """Whether *match* names a group (:func:`a_group`) through a spelling of one word."""
    return a_group(match) and len(phonetic(match.spelling).tokens) == 1


def a_place_named(match: Match) -> bool:
    """Whether *match* names a place and scores as the same name (:func:`same_name`)."""
    return match.entry.kind == "place" and same_name(match)


def a_tribe(match: Match) -> bool:
    """Whether *match* names a tribe."""
    return match.entry.kind == "tribe"


#: How close the stem of a nisba must be to a tribe's name to be read as the tribe:
#: "al-Obaidi" spells al-Ubayd (العبيدي, العبيد); العبادي and *Abadi* are surnames of
#: their own, whose stems (العباد) only sound like it.
TRIBE_OF_NISBA_MATCH: Final = 0.95


def a_tribe_spelled(match: Match) -> bool:
    """Whether *match* names a tribe (:func:`a_tribe`) as closely as
    :data:`TRIBE_OF_NISBA_MATCH`."""
    return a_tribe(match) and match.score >= TRIBE_OF_NISBA_MATCH


def a_term(match: Match) -> bool:
    """Whether *match* names a term (a sect among them: Alawite, Shia)."""
    return match.entry.kind == "term"


def the_term_named(name: str) -> Callable[[Match], bool]:
    """Whether a match names the term *name* itself (a word alone read as it)."""
    return lambda match: a_term(match) and match.entry.name == name


def a_group(match: Match) -> bool:
    """Whether *match* names a group, force or organisation."""
    return match.entry.kind in GROUP_KINDS
