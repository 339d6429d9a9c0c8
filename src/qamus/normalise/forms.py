"""Unicode normalization forms and combining marks, from ICU's data.

Every module of qamus that composes, decomposes or strips marks from a string does it
here, so that one Unicode version (ICU's, which the normalisers' fold tables come
from) decides what a mark is and how a letter decomposes; Python's ``unicodedata``
may carry an older version. The instances ICU returns for the standard forms are
unmodifiable singletons, safe to share between threads.

>>> from qamus.normalise.forms import nfc, nfd, without_marks
>>> len(nfd("ā")), len(nfc("a\\u0304"))
(2, 1)
>>> without_marks("Shuʿayṭāt"), without_marks("ﬁrāq", compatibility=True)
('Shuʿaytat', 'firaq')
"""

from __future__ import annotations

from typing import Any, Final

import icu

from qamus.normalise._icu import FoldTable, unicode_set

__all__ = ["MARKS", "is_nfc", "nfc", "nfd", "nfkc", "nfkd", "without_marks"]

#: The combining marks, as an ICU UnicodeSet pattern: non-spacing and enclosing marks.
MARKS: Final = "[[:Mn:][:Me:]]"

_NFC: Final[Any] = icu.Normalizer2.getNFCInstance()
_NFD: Final[Any] = icu.Normalizer2.getNFDInstance()
_NFKC: Final[Any] = icu.Normalizer2.getNFKCInstance()
_NFKD: Final[Any] = icu.Normalizer2.getNFKDInstance()


def nfc(text: str) -> str:
    """*text* in Normalization Form C (composed)."""
    return text if text.isascii() else str(_NFC.normalize(text))


def is_nfc(text: str) -> bool:
    """Whether *text* is in Normalization Form C already."""
    return text.isascii() or bool(_NFC.isNormalized(text))


def nfd(text: str) -> str:
    """*text* in Normalization Form D (decomposed)."""
    return text if text.isascii() else str(_NFD.normalize(text))


def nfkc(text: str) -> str:
    """*text* in Normalization Form KC (compatibility forms folded, composed)."""
    return text if text.isascii() else str(_NFKC.normalize(text))


def nfkd(text: str) -> str:
    """*text* in Normalization Form KD (compatibility forms folded, decomposed)."""
    return text if text.isascii() else str(_NFKD.normalize(text))


def _without_marks_of(form: Any) -> FoldTable:
    """A :class:`~qamus.normalise._icu.FoldTable` of each character decomposed by *form*
    without the combining marks of :data:`MARKS`."""
    marks = unicode_set(MARKS)

    def fold(ch: str) -> str:
        return "".join(c for c in str(form.normalize(ch)) if not marks.contains(c))

    return FoldTable(fold, settle=False)


_PLAIN: Final[FoldTable] = _without_marks_of(_NFD)
_PLAIN_COMPATIBLE: Final[FoldTable] = _without_marks_of(_NFKD)


def without_marks(text: str, *, compatibility: bool = False) -> str:
    """*text* decomposed (NFD, or NFKD with *compatibility*) and without its combining
    marks: ``é`` is ``e``, and a letter with no decomposition (``ʿ``, ``ı``) stays. Each
    character is decomposed alone, through a :meth:`str.translate` table filled from
    ICU on first use: the marks canonical ordering would move are dropped anyway."""
    if text.isascii():
        return text
    return text.translate(_PLAIN_COMPATIBLE if compatibility else _PLAIN)
