"""Long input: the normalisers and the name key read it in time linear in its length.

No test times anything. Each checks the structure that keeps the cost linear (a
regex that starts only where a word starts, ICU given short pieces), or the output
on an input so long that a cost growing with the square of its length would take
minutes, while a linear one takes a fraction of a second.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.normalise import key as key_module
from qamus.normalise import name_key, normalise, normalise_with_offsets
from qamus.normalise._icu import PIECE, ThreadLocalTransliterator, pieces
from qamus.normalise.arabic import GLUED_ARTICLE, part_glued_articles
from qamus.normalise.key import KEY_LATIN_JOINS

#: The glued-article rule as one pattern applied until nothing changes: what
#: part_glued_articles must give, in a form simple enough to trust (and slow).
_LETTER = r"[\u0621-\u064a\u0671-\u06d3]"
_REFERENCE = re.compile(f"({_LETTER}{{2,}})ال({_LETTER}{{3,}})")


def _parted_reference(s: str) -> str:
    while True:
        parted = _REFERENCE.sub(r"\1 ال\2", s)
        if parted == s:
            return s
        s = parted


# --- the glued article ------------------------------------------------------------------


def test_glued_article_pattern_starts_only_where_a_word_starts() -> None:
    # tried from inside a word, the pattern would read the rest of the word again
    # from every letter: a word of n letters cost n * n steps
    assert GLUED_ARTICLE.search("ديرالزور").span() == (0, 8)
    assert GLUED_ARTICLE.match("ديرالزور", 1) is None
    assert GLUED_ARTICLE.match("x ديرالزور", 2) is not None


def test_part_glued_articles_on_a_word_of_300000_letters() -> None:
    assert part_glued_articles("ب" * 300_000) == "ب" * 300_000
    glued = "بب" + "الببب" * 60_000
    assert part_glued_articles(glued) == " ".join(["بب", *["الببب"] * 60_000])


_GLUED_PIECES = st.lists(
    st.sampled_from(["ال", "ا", "ل", "ب", "ه", "پ", " ", "x"]), min_size=1, max_size=8
).map("".join)


@given(head=_GLUED_PIECES, unit=_GLUED_PIECES, times=st.integers(1, 80), tail=_GLUED_PIECES)
def test_part_glued_articles_on_long_repeated_text(
    head: str, unit: str, times: int, tail: str
) -> None:
    text = head + unit * times + tail
    assert part_glued_articles(text) == _parted_reference(text)


@given(head=_GLUED_PIECES, unit=_GLUED_PIECES, times=st.integers(1, 80))
def test_glued_article_pattern_parts_as_before(head: str, unit: str, times: int) -> None:
    text = head + unit * times
    assert GLUED_ARTICLE.sub(r"\1 \2", text) == _REFERENCE.sub(r"\1 \2", text)


def test_name_key_of_a_long_glued_word() -> None:
    assert name_key("ب" * 300_000) == "b"
    assert name_key("ديرالزور" * 3) == name_key("دير الزور" * 3)


# --- ICU on long words ---------------------------------------------------------------------


class _Spy:
    """Stands for a compiled ICU transliterator; records the length of every text."""

    def __init__(self, real: Any, lengths: list[int]) -> None:
        self._real = real
        self._lengths = lengths

    def transliterate(self, text: str) -> str:
        self._lengths.append(len(text))
        return str(self._real.transliterate(text))


@pytest.mark.parametrize(
    ("word", "key"),
    [("shaykh" * 20_000 + "q", "hk"), ("ee" * 50_000 + "n", "n"), ("я" * 50_000 + "z", "d")],
)
def test_icu_is_given_a_long_word_in_short_pieces(
    monkeypatch: pytest.MonkeyPatch, word: str, key: str
) -> None:
    # ICU edits its buffer in place: a rule that changes the length of the text
    # (sh, ee, a Cyrillic letter to two Latin ones) costs time in the square of the
    # length of what it is given
    lengths: list[int] = []
    for name in ("_KEY_LATIN", "_OTHER_SCRIPTS"):
        trans: ThreadLocalTransliterator = getattr(key_module, name)
        real = trans.get()
        monkeypatch.setattr(trans, "get", lambda real=real: _Spy(real, lengths))
    assert name_key(word)[-len(key) :] == key
    assert lengths
    assert max(lengths) <= 2 * PIECE


def test_key_latin_joins_are_every_pair_the_rules_read_together() -> None:
    # a text cut between two letters that are not a pair in KEY_LATIN_JOINS
    # transliterates to the same in pieces as whole
    trans = key_module._KEY_LATIN
    letters = sorted({*"".join(KEY_LATIN_JOINS), *"abnrz1"})
    short = ["".join(p) for size in (1, 2) for p in product(letters, repeat=size)]
    for left in short:
        for right in short:
            if left[-1] + right[0] not in KEY_LATIN_JOINS:
                assert trans(left + right) == trans(left) + trans(right), (left, right)


_ROMAN = st.text(alphabet="abcdeghijkoqstuyz", min_size=1, max_size=6)


@given(head=_ROMAN, unit=_ROMAN, times=st.integers(1, 400), size=st.sampled_from([2, 5, PIECE]))
def test_key_latin_in_pieces_is_the_whole(head: str, unit: str, times: int, size: int) -> None:
    trans = key_module._KEY_LATIN
    whole = str(trans.get().transliterate(head + unit * times))
    cut = list(pieces(head + unit * times, KEY_LATIN_JOINS, size))
    assert "".join(cut) == head + unit * times
    assert "".join(trans(piece) for piece in cut) == whole


def test_name_key_of_a_word_alternating_scripts() -> None:
    # each run of one script adds its keys to one list, not to a new tuple
    assert name_key("بb" * 300_000) == " ".join(["b"] * 600_000)


@pytest.mark.parametrize("text", ["ب" * 300_000, "sh" * 150_000, "بِ" * 150_000])
def test_normalisers_on_long_words(text: str) -> None:
    assert normalise(text) == normalise_with_offsets(text).text
