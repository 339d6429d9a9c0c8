"""The text services matching relies on: a character-wise fold with offsets, and spellings.

:func:`fold` reads one character at a time, so every folded character traces
back to its place in the original text (what ``find`` needs, at scanning
speed): Arabic script through the ICU-built table of
:func:`qamus.normalise_arabic`, other scripts through case folding and the
removal of marks, with the ayn/hamza family made one apostrophe. Spellings
come from :mod:`qamus.normalise` and :mod:`qamus.translit`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from qamus.normalise import normalise
from qamus.normalise.arabic import ARABIC_RUN, ARABIC_TABLE
from qamus.translit import iter_spellings, transliterate

__all__ = ["fold", "fold_with_offsets", "generated_spellings", "normalise", "transliterations"]

_APOSTROPHES: Final = str.maketrans(dict.fromkeys("`´ʿʾʼʻʹʽ‘’′", "'"))
_SPACES: Final = re.compile(r"[\s\-_‐‑–—]+")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    if ARABIC_RUN.contains(char):
        # Arabic script folds exactly as qamus.normalise_arabic folds it (ICU rules).
        return char.translate(ARABIC_TABLE)
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold().translate(_APOSTROPHES)


def fold(text: str) -> str:
    """The local reading: one character at a time, so offsets stay traceable.

    >>> fold("Liwāʾ al-Bāqir"), fold("لِوَاءُ الـباقر")
    ("liwa' al-baqir", 'لوا الباقر')
    """
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def fold_with_offsets(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """:func:`fold`, with the start and end in *text* of each folded character.

    The offsets are ``None`` when every character folds to exactly one (the
    folded text then lines up with *text*), as in most text without harakat.

    >>> fold_with_offsets("Bāqir")
    ('baqir', None, None)
    >>> fold_with_offsets("بَاقر")
    ('باقر', [0, 2, 3, 4], [1, 3, 4, 5])
    """
    if text.isascii():
        return text.lower(), None, None
    others = [c for c in set(text) if not c.isascii()]
    table = {ord(c): _fold_char(c) for c in others}
    irregular = [c for c in others if len(table[ord(c)]) != 1 or len(c.lower()) != 1]
    if not irregular:
        # lower() does the ASCII letters in C; each other character is replaced in one pass
        folded = text.lower()
        for char in others:
            lowered, target = char.lower(), table[ord(char)]
            if lowered != target and lowered in folded:
                folded = folded.replace(lowered, target)
        return folded, None, None
    folded = text.translate(table | {ord(c): c.lower() for c in set(text) if c.isascii()})
    starts: list[int] = []
    ends: list[int] = []
    previous = 0
    pattern = re.compile("[" + "".join(re.escape(c) for c in irregular) + "]")
    for found in pattern.finditer(text):
        index = found.start()
        starts.extend(range(previous, index))
        ends.extend(range(previous + 1, index + 1))
        pieces = len(table[ord(text[index])])
        starts.extend([index] * pieces)
        ends.extend([index + 1] * pieces)
        previous = index + 1
    starts.extend(range(previous, len(text)))
    ends.extend(range(previous + 1, len(text) + 1))
    return folded, starts, ends


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
