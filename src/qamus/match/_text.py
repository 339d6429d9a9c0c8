"""The spellings matching indexes beside the glossary's own: generated Latin spellings
and romanisations of each entry's Arabic, from :mod:`qamus.translit`, and the
:func:`qamus.normalise` that keys them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from qamus.normalise import normalise
from qamus.translit import iter_spellings, transliterate

__all__ = ["generated_spellings", "normalise", "transliterations"]


@lru_cache(maxsize=65536)
def _word_spellings(word: str, limit: int) -> tuple[str, ...]:
    out: list[str] = []
    for spelling in iter_spellings(word):
        if spelling.text and spelling.text not in out:
            out.append(spelling.text)
        if len(out) >= limit:
            break
    return tuple(out)


#: Alternatives generated per Arabic word; names combine them word by word.
WORD_ALTERNATIVES: Final = 3


def generated_spellings(arabic: str, limit: int) -> list[str]:
    """Up to *limit* likely Latin spellings of *arabic*, most likely first ([] without translit).

    Spellings are generated word by word (so each distinct word is read once,
    however many names share it): the first joins each word's likeliest
    spelling; the next ones change one word to its next alternative.
    """
    if limit <= 0:
        return []
    options = [_word_spellings(w, WORD_ALTERNATIVES) for w in arabic.split()]
    if not options or not all(options):
        return []
    first = [o[0] for o in options]
    out = [" ".join(first)]
    for rank in range(1, WORD_ALTERNATIVES):
        for position, choices in enumerate(options):
            if len(out) >= limit:
                return out
            if rank < len(choices):
                out.append(" ".join([*first[:position], choices[rank], *first[position + 1 :]]))
    return out[:limit]


#: Schemes whose romanisations of each entry's Arabic are indexed too.
SCHEMES: Final = ("ala-lc", "bgn-pcgn")


@lru_cache(maxsize=65536)
def _transliterate_word(word: str, scheme: str) -> str:
    return transliterate(word, scheme)


def transliterations(arabic: str) -> list[tuple[str, str]]:
    """``(scheme, romanisation)`` of *arabic* in :data:`SCHEMES`, word by word."""
    out: list[tuple[str, str]] = []
    for scheme in SCHEMES:
        words = [_transliterate_word(w, scheme) for w in arabic.split()]
        if words and all(words):
            out.append((scheme, " ".join(words)))
    return out
