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
from itertools import pairwise
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


#: Letters a glued article may sit between (the Arabic letters, with the Persian
#: and Urdu shapes): the inside of a regex character class.
_LETTER_CLASS = "\u0621-\u064a\u0671-\u06d3"
_LETTERS: Final = re.compile(f"[{_LETTER_CLASS}]+")
_ARTICLE = "ال"

#: The article glued to a name after another word (ديرالزور for دير الزور, ابوالفضل,
#: نورالدين), as hurried writing and some lists write it: ال inside a word of Arabic
#: script, after two letters or more and before three or more (the last such, so that
#: جلالالدين is جلال الدين). No name has ال so: صالح, خالد and جمال have too few
#: letters on one side, and عبدالله and نصرالله keep their الله whole. A match starts
#: only where a word starts (the look-behind), so a search reads each word once
#: whatever its length, instead of once from each of its letters.
GLUED_ARTICLE: Final = re.compile(
    f"(?<![{_LETTER_CLASS}])([{_LETTER_CLASS}]{{2,}}){_ARTICLE}([{_LETTER_CLASS}]{{3,}})"
)


def _glued_article_starts(word: str) -> list[int]:
    """Where the glued articles of one word of letters begin, from the last.

    Each is the last ال with two letters or more before it and three or more
    before the next article found (or the end of the word); one pass from the
    end, so a word of any length is read about once.

    >>> _glued_article_starts("ابوالفضلالعباس")
    [8, 3]
    >>> _glued_article_starts("جلالالدين"), _glued_article_starts("عبدالله")
    ([4], [])
    """
    starts: list[int] = []
    end = len(word)
    # seven letters at least: two, the article, three
    while end >= 7 and (at := word.rfind(_ARTICLE, 2, end - 3)) >= 0:
        starts.append(at)
        end = at
    return starts


def _part_word(found: re.Match[str]) -> str:
    word = found.group()
    starts = _glued_article_starts(word)
    if not starts:
        return word
    cuts = [0, *reversed(starts), len(word)]
    return " ".join(word[a:b] for a, b in pairwise(cuts))


def part_glued_articles(s: str) -> str:
    """*s* (normalised Arabic) with every article glued to the word before it set apart.

    The same as applying :data:`GLUED_ARTICLE` (``\\1 ال\\2``) until nothing
    changes, in time linear in the length of *s*.

    >>> part_glued_articles("ديرالزور"), part_glued_articles("ابوالفضلالعباس")
    ('دير الزور', 'ابو الفضل العباس')
    >>> part_glued_articles("خالد صالح عبدالله")
    'خالد صالح عبدالله'
    """
    return _LETTERS.sub(_part_word, s)
