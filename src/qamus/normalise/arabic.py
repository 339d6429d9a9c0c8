"""Normalising Arabic-script names for comparison.

Every fold is an ICU transform rule in ``rules/arabic.txt``, where each one is
explained; in short:

* presentation forms (U+FB50-FDFF, U+FE70-FEFF) to base letters, by NFKC
  restricted to those blocks: ``ﻟﻮﺍء`` becomes ``لواء``;
* removed: tatweel, harakat, shadda, sukun, tanwin, the dagger alif, Quranic
  annotation signs, bidi controls, zero-width and other invisible characters;
* ``أ إ آ ٱ`` to ``ا``; ``ى`` to ``ي``; ``ة`` to ``ه`` (حماة and حماه are the
  same city); ``ؤ`` to ``و``; ``ئ`` to ``ي``; the lone hamza ``ء`` is dropped
  (لواء and لوا are the same word, and every seated hamza is already folded);
* Persian, Urdu and Kurdish shapes of Arabic letters (``ک ی ۀ ہ ھ ...``) to
  the Arabic letter; letters with sounds of their own (``پ چ ژ گ ڤ``) stay;
* Arabic-Indic and Extended Arabic-Indic digits to ASCII digits;
* whitespace collapsed to single spaces and stripped.

Text in other scripts passes through unchanged, apart from invisible
characters and whitespace.
"""

from __future__ import annotations

import re
from typing import Final

from qamus.normalise._checks import require_str
from qamus.normalise._icu import FoldTable, ThreadLocalTransliterator, is_surrogate, unicode_set

__all__ = ["ARABIC_RUN", "ARABIC_TABLE", "GLUED_ARTICLE", "normalise_arabic", "part_glued_articles"]

#: Characters the Arabic rules apply to (everything else passes through).
_DOMAIN = unicode_set(
    r"[[:scx=Arab:][\uFB50-\uFDFF][\uFE70-\uFEFF]"
    r"[:Default_Ignorable_Code_Point:][:Bidi_Control:][:White_Space:][:Cc:]]"
)

#: Characters that :func:`qamus.normalise.normalise` hands to the Arabic
#: folds: the Arabic script (letters, marks, digits, tatweel, symbols) except
#: its punctuation, which separates words like any other punctuation.
ARABIC_RUN = unicode_set(r"[[[:scx=Arab:][\uFB50-\uFDFF][\uFE70-\uFEFC]]-[[:P:][:Z:]]]")

_RULES = ThreadLocalTransliterator("arabic")


def _fold_char(ch: str) -> str:
    if is_surrogate(ord(ch)):
        return ""
    if not _DOMAIN.contains(ch):
        return ch
    return _RULES(ch)


#: ``str.translate`` table of the Arabic folds, filled from the ICU rules.
ARABIC_TABLE = FoldTable(_fold_char)


def normalise_arabic(s: str) -> str:
    """*s* with the Arabic-script folds applied, for comparing names.

    >>> normalise_arabic("لِوَاءُ  البَاقِر")
    'لوا الباقر'
    >>> normalise_arabic("ﻟﻮﺍء") == normalise_arabic("لواء")
    True
    >>> normalise_arabic("حماة") == normalise_arabic("حماه")
    True
    >>> normalise_arabic("إبراهيم ٢٠١٣")
    'ابراهيم 2013'
    """
    require_str(s, "normalise_arabic")
    return " ".join(s.translate(ARABIC_TABLE).split())


#: The article glued to a name after another word (ديرالزور for دير الزور, ابوالفضل,
#: نورالدين), as hurried writing and some lists write it: ال inside a word of Arabic
#: script, after two letters or more and before three or more (the last such, so that
#: جلالالدين is جلال الدين). No name has ال so: صالح, خالد and جمال have too few
#: letters on one side, and عبدالله and نصرالله keep their الله whole.
GLUED_ARTICLE: Final = re.compile(
    r"([\u0621-\u064a\u0671-\u06d3]{2,})ال([\u0621-\u064a\u0671-\u06d3]{3,})"
)


def part_glued_articles(s: str) -> str:
    """*s* (normalised Arabic) with every article glued to the word before it set apart.

    >>> part_glued_articles("ديرالزور"), part_glued_articles("ابوالفضلالعباس")
    ('دير الزور', 'ابو الفضل العباس')
    >>> part_glued_articles("خالد صالح عبدالله")
    'خالد صالح عبدالله'
    """
    while True:
        parted = GLUED_ARTICLE.sub(r"\1 ال\2", s)
        if parted == s:
            return s
        s = parted
