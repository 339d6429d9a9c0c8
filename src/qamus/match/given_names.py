"""Given names that share their consonants and are not the same name.

*Muhammad* and *Mahmud*, *Hasan* and *Husayn*, *Hamid* and *Hamad* differ in the long
vowels Arabic writes and romanisations blur, and their spellings differ no more than
spellings of one name do (*Mohammed*, *Mehmet*). ``given_names.tsv`` lists such names
with the spellings each is written with; :func:`names_apart` tells two words that can
only be different names of it apart, for :func:`~qamus.similarity`.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from qamus.match.phonetic import Phonetic, phonetic
from qamus.normalise import normalise_arabic

__all__ = ["given_names", "names_apart"]


@cache
def _names_of_codes() -> dict[str, frozenset[str]]:
    """The names of ``given_names.tsv`` (vocalised Arabic) each word's letter codes may
    spell, for its Arabic and for each of its spellings."""
    text = files("qamus.match").joinpath("given_names.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    names: dict[str, set[str]] = {}
    for arabic, spellings in rows[1:]:  # the header
        written = (normalise_arabic(arabic), *(s.strip() for s in spellings.split(",")))
        for spelling in written:
            names.setdefault(phonetic(spelling).codes, set()).add(arabic)
    return {codes: frozenset(of) for codes, of in names.items()}


def given_names(word: Phonetic) -> frozenset[str]:
    """The given names of ``given_names.tsv`` a *word* may be, in vocalised Arabic;
    empty if it is none of its spellings.

    >>> sorted(given_names(phonetic("Mahmoud"))), sorted(given_names(phonetic("محمد")))
    (['مَحْمُود'], ['مُحَمَّد'])
    >>> len(given_names(phonetic("Hamid"))), given_names(phonetic("Raqqa"))
    (2, frozenset())
    """
    if len(word.tokens) != 1:
        return frozenset()
    return _names_of_codes().get(word.codes, frozenset())


def names_apart(a: Phonetic, b: Phonetic) -> bool:
    """Whether words *a* and *b* are both spellings of given names of ``given_names.tsv``
    and can be no name in common.

    >>> names_apart(phonetic("Mahmoud"), phonetic("Muhammad"))
    True
    >>> names_apart(phonetic("Mohammed"), phonetic("محمد"))
    False
    >>> hamid, hamed, raqqa = phonetic("Hamid"), phonetic("Hamed"), phonetic("Raqqa")
    >>> names_apart(hamid, hamed), names_apart(phonetic("Ali"), raqqa)
    (False, False)
    """
    first = given_names(a)
    if not first:
        return False
    second = given_names(b)
    return bool(second) and first.isdisjoint(second)
