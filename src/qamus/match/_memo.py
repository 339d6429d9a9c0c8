"""Memory of comparisons between phonetic forms, keyed by the forms' serial numbers.

A matcher compares each query with many indexed forms, and remembers what it may
compare again (the same two words in other names, two words read as one).
:func:`functools.lru_cache` would key each answer by the forms themselves,
in a tuple the garbage collector must follow as long as it is remembered; in a long
pipeline every new key then counts towards a full collection, which walks every
form of the glossary (over a second on a 50,000-entry glossary, every few thousand
queries, as much time as the matching itself). Keyed by
:attr:`~qamus.match.phonetic.Phonetic.serial` instead, a key holds two ints, which
the collector stops following at once. A memory that fills up starts again empty.

>>> from qamus.match.phonetic import phonetic
>>> @remember_pairs(size=2)
... def same_letters(a, b):
...     return a.codes == b.codes
>>> a = phonetic("Hasan")
>>> same_letters(a, a), same_letters(a, phonetic("Husayn"))
(True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from qamus.match.phonetic import Phonetic

__all__ = ["remember_pairs"]

_T = TypeVar("_T")
_UNKNOWN: object = object()


def remember_pairs(
    size: int,
) -> Callable[[Callable[[Phonetic, Phonetic], _T]], Callable[[Phonetic, Phonetic], _T]]:
    """Remember up to *size* answers of a function of two forms, by their serials."""

    def decorate(
        function: Callable[[Phonetic, Phonetic], _T],
    ) -> Callable[[Phonetic, Phonetic], _T]:
        known: dict[tuple[int, int], _T] = {}

        @functools.wraps(function)
        def remembered(first: Phonetic, second: Phonetic) -> _T:
            key = (first.serial, second.serial)
            found = known.get(key, _UNKNOWN)
            if found is not _UNKNOWN:
                return found  # type: ignore[return-value]
            found = function(first, second)
            if len(known) >= size:
                known.clear()
            known[key] = found
            return found

        return remembered

    return decorate
