"""Acronyms: "HTS" for *Hay'at Tahrir al-Sham*, "JaF" for *Jaysh al-Fatah*.

Writers shorten the names of groups to their initials, in English (SDF, IRGC),
in French (FDS, OSDH) or in the romanised original (HTS, PKK, YPG).
:func:`acronyms_of` gives the initials of a Latin spelling, with and without its
articles and small words; :func:`looks_like_acronym` tells a query that may be one.

>>> sorted(acronyms_of("Hay'at Tahrir al-Sham"))
['htas', 'hts']
>>> sorted(acronyms_of("Jaysh al-Fatah"))
['jaf']
>>> sorted(acronyms_of("Islamic State of Iraq and the Levant"))
['isil', 'isoiatl']
>>> sorted(acronyms_of("Observatoire syrien des droits de l'homme"))
['osdddh', 'osdh']
>>> looks_like_acronym("HTS"), looks_like_acronym("JaF"), looks_like_acronym("Hama")
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["MIN_LETTERS", "SMALL_WORDS", "acronyms_of", "looks_like_acronym"]

#: Acronyms shorter than this are too ambiguous to match on their own.
MIN_LETTERS: Final = 3

#: Words an acronym may leave out: articles, and English and French function words.
SMALL_WORDS: Final = frozenset(
    {
        *("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ur"),
        *("of", "the", "and", "for", "in", "on", "wa"),
        *("de", "des", "du", "la", "le", "les", "et", "pour"),
    }
)

#: French elided articles and prepositions (*l'homme*, *d'Alep*), left out of initials.
_ELISION: Final = re.compile(r"^[ldLD]['’]")

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’ʼʿ‘][^\W\d_]+)*")
_ACRONYM: Final = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z]{3,6}$")


def looks_like_acronym(query: str) -> bool:
    """Whether *query* is one word of 3 to 6 Latin letters, at least two of them capitals."""
    return bool(_ACRONYM.match(query.strip()))


def acronyms_of(spelling: str) -> set[str]:
    """Lower-case initials of the words of *spelling*: every word's, and the initials
    without :data:`SMALL_WORDS`; none for a spelling of fewer than two words."""
    words = [_ELISION.sub("", w) for w in _WORD.findall(spelling.replace("-", " ")) if w]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).casefold()
    content = "".join(w[0] for w in words if w.casefold() not in SMALL_WORDS).casefold()
    return {a for a in (every, content) if len(a) >= MIN_LETTERS}
