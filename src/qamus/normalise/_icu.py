"""The ICU side of qamus's normalisers: rule files, transliterators, tables.

The rules in ``qamus/normalise/rules/*.txt`` are ICU transform rules. They are
compiled with :meth:`icu.Transliterator.createFromRules` and applied to one
code point at a time, on first use, to fill :class:`FoldTable` objects: dict
tables for :meth:`str.translate`. ICU stays the source of truth for every
character fold, and the hot path runs at :meth:`str.translate` speed.

Thread safety. ICU4C's rule-based transliterator is not thread-safe: the
source of ``RuleBasedTransliterator::handleTransliterate`` (``rbt.cpp``) says
"Rule-based Transliterators are not thread safe; concurrent operations must
be prevented" and serialises every call on one process-wide mutex, and PyICU
leaves sharing between threads to ICU. qamus therefore never shares a
transliterator: :class:`ThreadLocalTransliterator` compiles one instance per
thread (``threading.local``), and the tables and ``functools.lru_cache``
caches built from them hold plain Python strings, which every thread may read.

Long text. ICU rewrites its buffer in place, so a transform whose rules change
the length of the text (two letters to one symbol, one letter to two) costs
time in the square of the text's length. A name's words are short; a longer
text (a pasted or malformed "word" of thousands of letters) is given to ICU
in pieces of about :data:`PIECE` characters, so the cost stays linear.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import Any, Final

import icu

__all__ = [
    "PIECE",
    "FoldTable",
    "ThreadLocalTransliterator",
    "arabic_digits",
    "char_digit",
    "is_surrogate",
    "pieces",
    "rules_text",
    "unicode_set",
]


def rules_text(name: str) -> str:
    """The text of ``rules/<name>.txt``, shipped inside the package.

    >>> "NFKC" in rules_text("arabic")
    True
    """
    return files("qamus.normalise").joinpath("rules").joinpath(f"{name}.txt").read_text("utf-8")


#: The most characters (about) given to an ICU transliterator at once.
PIECE: Final = 256


def _cut(text: str, start: int, lo: int, joins: frozenset[str]) -> int:
    """Where to end the piece of *text* that begins at *start*: at *lo* or after.

    The first place from *lo* between two characters that no rule reads
    together (not a pair in *joins*); inside a run of one letter that a rule
    reads two at a time (``ee``), an even number of letters from where the run
    begins. The end of *text* when there is no such place.
    """
    run = lo - 1  # where the run of text[lo - 1] begins (at start at the earliest)
    while run > start and text[run - 1] == text[lo - 1]:
        run -= 1
    for k in range(lo, len(text)):
        if text[k - 1] != text[k - 2] and k - 2 >= start:
            run = k - 1
        pair = text[k - 1 : k + 1]
        if pair not in joins or (pair[0] == pair[1] and (k - run) % 2 == 0):
            return k
    return len(text)


def pieces(text: str, joins: frozenset[str] | None, size: int = PIECE) -> Iterator[str]:
    """*text* in pieces of about *size* characters, for ICU one at a time.

    *joins* are the pairs of characters some rule reads together (a digraph,
    a letter and its context): a piece ends only between other pairs, so the
    pieces transliterate to the same as the whole. With no *joins* (rules
    not known pair by pair, such as ICU's own ``Any-Latin``), pieces are cut
    every *size* characters.

    >>> list(pieces("shshsh", frozenset({"sh"}), size=3))
    ['shsh', 'sh']
    >>> list(pieces("aeeeee", frozenset({"ee"}), size=2))
    ['aee', 'ee', 'e']
    """
    start = 0
    while len(text) - start > size:
        end = start + size if joins is None else _cut(text, start, start + size, joins)
        yield text[start:end]
        start = end
    if start < len(text) or not text:
        yield text[start:]


class ThreadLocalTransliterator:
    """One compiled ICU transliterator per thread for the rules of one file.

    *joins* are the pairs of characters the rules read together (see
    :func:`pieces`); a long text is given to ICU in pieces cut elsewhere.

    >>> t = ThreadLocalTransliterator("key_arabic")
    >>> t("حافظ")
    'HVfd'
    """

    def __init__(self, name: str, *, joins: frozenset[str] | None = None) -> None:
        self.name = name
        self.joins = joins
        self._rules = rules_text(name)
        self._local = threading.local()
        self.get()  # compile once here, so a rule error shows at import

    def get(self) -> Any:
        """This thread's transliterator, compiled on first use in the thread."""
        trans = getattr(self._local, "trans", None)
        if trans is None:
            trans = icu.Transliterator.createFromRules(
                f"qamus-{self.name}", self._rules, icu.UTransDirection.FORWARD
            )
            self._local.trans = trans
        return trans

    def __call__(self, text: str) -> str:
        trans = self.get()
        if len(text) <= PIECE:
            return str(trans.transliterate(text))
        return "".join(str(trans.transliterate(piece)) for piece in pieces(text, self.joins))


@cache
def unicode_set(pattern: str) -> Any:
    """A frozen ICU UnicodeSet for *pattern* (frozen sets are thread-safe)."""
    uset = icu.UnicodeSet(pattern)
    uset.freeze()
    return uset


def is_surrogate(cp: int) -> bool:
    """Whether *cp* is a surrogate code point, which ICU cannot take alone."""
    return 0xD800 <= cp <= 0xDFFF


def char_digit(ch: str) -> int:
    """ICU's decimal digit value of *ch*, or -1 when it is not a decimal digit."""
    return int(icu.Char.digit(ch, 10))


@cache
def arabic_digits() -> dict[str, str]:
    """The digits of the Arabic script (Arabic-Indic, and the Extended Arabic-Indic
    digits of Persian and Urdu), each with its ASCII digit, from ICU's data.

    >>> "".join(arabic_digits()[c] for c in "٢٠١٣۴")
    '20134'
    """
    return {str(c): str(char_digit(str(c))) for c in unicode_set("[[:Arabic:]&[:Nd:]]")}


class FoldTable(dict[int, str]):
    """A :meth:`str.translate` table whose entries are computed on first use.

    *fold* maps one character to its replacement. Each entry is taken to a
    fixed point (the replacement folded again, character by character, until
    it no longer changes), so one pass of the table is idempotent; tables
    whose output is in another alphabet (``settle=False``) skip that step.
    """

    def __init__(self, fold: Any, *, settle: bool = True) -> None:
        super().__init__()
        self._fold = fold
        self._settle = settle

    def _fixed_point(self, ch: str) -> str:
        out = self._fold(ch)
        for _ in range(4 if self._settle else 0):
            again = "".join(self._fold(c) for c in out)
            if again == out:
                break
            out = again
        return str(out)

    def __missing__(self, cp: int) -> str:
        value = self._fixed_point(chr(cp))
        self[cp] = value
        return value
