"""Did-you-mean suggestions for editors' typos."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["closest", "did_you_mean"]


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice most like *word*, if any is close enough.

    >>> closest("tribes", ["tribe", "place"]), closest("zzz", ["tribe"])
    ('tribe', None)
    """
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest choice, or ``""``.

    >>> did_you_mean("nmae", ["name", "notes"])
    "; did you mean 'name'?"
    """
    best = closest(word, choices)
    return f"; did you mean {best!r}?" if best else ""
