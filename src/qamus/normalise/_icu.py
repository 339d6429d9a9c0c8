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
"""

from __future__ import annotations

import threading
from functools import cache
from importlib.resources import files
from typing import Any

import icu

__all__ = [
    "FoldTable",
    "ThreadLocalTransliterator",
    "char_digit",
    "is_surrogate",
    "rules_text",
    "unicode_set",
]


def rules_text(name: str) -> str:
    """The text of ``rules/<name>.txt``, shipped inside the package.

    >>> "NFKC" in rules_text("arabic")
    True
    """
    return files("qamus.normalise").joinpath("rules").joinpath(f"{name}.txt").read_text("utf-8")


class ThreadLocalTransliterator:
    """One compiled ICU transliterator per thread for the rules of one file.

    >>> t = ThreadLocalTransliterator("key_arabic")
    >>> t("حافظ")
    'HVfd'
    """

    def __init__(self, name: str) -> None:
        self.name = name
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
        return str(self.get().transliterate(text))


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
