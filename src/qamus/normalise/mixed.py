"""Normalising text in either script, or both: :func:`normalise`.

Each character goes to the folds of its own script: Arabic-script letters,
marks, digits and symbols to :func:`~qamus.normalise.normalise_arabic`'s,
everything else (Latin, punctuation of every script, other scripts) to
:func:`~qamus.normalise.normalise_latin`'s. The script test is ICU's
(``[:scx=Arab:]``, script extensions, so tatweel and the Arabic-Indic digits
count as Arabic). The folds are per character, so splitting the text into
script runs and joining the normalised runs is the same as one pass of a
combined table. The word rules of :mod:`qamus.normalise.latin` then apply to
the romanised words. Arabic punctuation (``، ؛ ؟``) separates words here,
like any punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from qamus.normalise._checks import require_str
from qamus.normalise._icu import FoldTable, unicode_set
from qamus.normalise.arabic import ARABIC_RUN, ARABIC_TABLE
from qamus.normalise.latin import LATIN_TABLE, apply_word_rules, split_word

__all__ = [
    "CHUNK",
    "MIXED_TABLE",
    "WHITESPACE_CLASS",
    "chunk_words",
    "normalise",
    "normalised_words",
]


def _fold_char(ch: str) -> str:
    if ARABIC_RUN.contains(ch):
        return ARABIC_TABLE[ord(ch)]
    return LATIN_TABLE[ord(ch)]


#: ``str.translate`` table: the Arabic folds for Arabic, the Latin ones else.
MIXED_TABLE = FoldTable(_fold_char)


#: ICU's White_Space, as the inside of a regex character class.
WHITESPACE_CLASS = "".join(
    re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}"
    for a, b in unicode_set("[:White_Space:]").ranges()
)

#: Runs of characters that are not ICU White_Space: the unit of caching.
CHUNK = re.compile(f"[^{WHITESPACE_CLASS}]+")


@lru_cache(maxsize=1 << 16)
def chunk_words(chunk: str) -> tuple[str, ...]:
    """The words one whitespace-free chunk of text normalises to.

    >>> chunk_words("(al-Bāqir),")
    ('al', 'baqir')
    """
    return tuple(
        piece for word in chunk.translate(MIXED_TABLE).split() for piece in split_word(word)
    )


def normalised_words(s: str) -> list[str]:
    """The words of ``normalise(s)``, as a list."""
    return apply_word_rules(list(chain.from_iterable(map(chunk_words, CHUNK.findall(s)))))


def normalise(s: str) -> str:
    """*s* normalised for comparison, whichever script each part is in.

    >>> normalise("لِوَاءُ البَاقِر (Liwa' el-Baqer)")
    'لوا الباقر liwa al baqer'
    >>> normalise("Dayr al-Zawr") == normalise("DAYR AL ZAWR")
    True
    """
    require_str(s, "normalise")
    return " ".join(normalised_words(s))
