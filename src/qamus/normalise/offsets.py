"""Normalised text with a map back to the original: :func:`normalise_with_offsets`.

``normalise_with_offsets(text).text`` is exactly ``normalise(text)``; for each
normalised character ``i``, ``text[starts[i]:ends[i]]`` is the original span
that produced it. The map is character-precise where a fold is per character
(case, diacritics, Arabic letter folds; a removed mark or tatweel belongs to
the letter before it). Where a word rule rewrites a unit (an article form,
``Abdul`` to ``abd al``, ``Hezbollah`` to ``hezb allah``), every character of
the rewrite maps to the whole rewritten word. A space maps to the gap between
the words it separates.

Built for documents of megabytes: the text is cut at whitespace, each distinct
chunk is normalised once (``functools.lru_cache``) with offsets relative to
the chunk, and the result keeps one entry per chunk; ``starts`` and ``ends``
are computed from those entries when read.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple, overload

import attrs

from qamus.normalise._checks import require_str
from qamus.normalise.latin import MARK, TRIGGERS, rewrite_words, split_word
from qamus.normalise.mixed import CHUNK, MIXED_TABLE

__all__ = ["NormalisedText", "normalise_with_offsets"]


class _SpanMap(Sequence[int]):
    """``starts`` or ``ends`` of a :class:`NormalisedText`, read from its pieces.

    Piece ``k`` starts at ``outs[k]`` in the normalised text; its character
    ``i`` comes from ``bases[k] + rels[k][i]`` in the original.
    """

    __slots__ = ("_bases", "_length", "_outs", "_rels")

    def __init__(
        self,
        outs: Sequence[int],
        bases: Sequence[int],
        rels: Sequence[Sequence[int]],
        length: int,
    ) -> None:
        self._outs = outs
        self._bases = bases
        self._rels = rels
        self._length = length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("normalised text index out of range")
        k = bisect_right(self._outs, index) - 1
        return self._bases[k] + self._rels[k][index - self._outs[k]]

    def __iter__(self) -> Iterator[int]:
        for base, rel in zip(self._bases, self._rels, strict=True):
            for r in rel:
                yield base + r

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


@attrs.frozen
class NormalisedText:
    """Normalised text and, per character, the original span it came from.

    >>> n = normalise_with_offsets("Liwā' el-Bāqir")
    >>> n.text
    'liwa al baqir'
    >>> n.original_span(8, 13)
    (9, 14)
    >>> len(n.starts) == len(n.ends) == len(n.text)
    True
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def original_span(self, i: int, j: int) -> tuple[int, int]:
        """The original (start, end) of the normalised slice ``text[i:j]``.

        Indices are clamped to the text; an empty slice maps to an empty span
        where it sits in the original.
        """
        n = len(self.text)
        i = max(0, min(i, n))
        j = max(i, min(j, n))
        if i < j:
            return self.starts[i], self.ends[j - 1]
        if i < n:
            return self.starts[i], self.starts[i]
        end = self.ends[n - 1] if n else 0
        return end, end


class _Word(NamedTuple):
    text: str
    rel_starts: tuple[int, ...]
    rel_ends: tuple[int, ...]
    #: span of the separator before the word, inside its chunk
    gap: tuple[int, int] = (0, 0)


class _Chunk(NamedTuple):
    """One whitespace-free chunk, normalised, with spans relative to it.

    The ``lead_`` fields are the same with the space that joins the chunk to
    the one before: it spans the whitespace character before the chunk and
    whatever the chunk drops before its first word (an opening bracket).
    """

    words: tuple[_Word, ...]
    text: str
    rel_starts: tuple[int, ...]
    rel_ends: tuple[int, ...]
    has_trigger: bool
    lead_text: str
    lead_starts: tuple[int, ...]
    lead_ends: tuple[int, ...]


def _make_chunk(words: Sequence[_Word], has_trigger: bool) -> _Chunk:
    text, starts, ends = _join(words)
    if not words:
        return _Chunk((), "", (), (), False, "", (), ())
    return _Chunk(
        tuple(words), text, starts, ends, has_trigger, " " + text, (-1, *starts), (starts[0], *ends)
    )


def _fold_with_spans(chunk: str) -> tuple[list[str], list[int], list[int]]:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for pos, ch in enumerate(chunk):
        out = MIXED_TABLE[ord(ch)]
        if out:
            for c in out:
                chars.append(c)
                starts.append(pos)
                ends.append(pos + 1)
        elif chars and chars[-1] != " ":
            ends[-1] = pos + 1  # a removed mark belongs to the letter before it
    return chars, starts, ends


def _chunk_word_list(chunk: str) -> list[_Word]:
    chars, starts, ends = _fold_with_spans(chunk)
    words: list[_Word] = []
    i, n = 0, len(chars)
    gap_start = -1
    while i < n:
        if chars[i] == " ":
            if gap_start < 0:
                gap_start = i
            i += 1
            continue
        gap = (starts[gap_start], ends[i - 1]) if gap_start >= 0 else (0, 0)
        gap_start = -1
        j = i
        while j < n and chars[j] != " ":
            j += 1
        word = "".join(chars[i:j])
        parts = split_word(word)
        if parts == (word,):
            words.append(_Word(word, tuple(starts[i:j]), tuple(ends[i:j]), gap))
        elif len(parts) == 1 and parts[0] == word.replace(MARK, ""):
            keep = [k for k in range(i, j) if chars[k] != MARK]
            kept_starts = tuple(starts[k] for k in keep)
            words.append(_Word(parts[0], kept_starts, tuple(ends[k] for k in keep), gap))
        else:  # a rewritten unit: every character maps to the whole word
            whole = (starts[i], ends[j - 1])
            for k, part in enumerate(parts):
                size = len(part)
                words.append(
                    _Word(part, (whole[0],) * size, (whole[1],) * size, whole if k else gap)
                )
        i = j
    return words


def _join(words: Sequence[_Word]) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Words joined by spaces; a space spans the separator between its words."""
    starts: list[int] = []
    ends: list[int] = []
    for k, word in enumerate(words):
        if k:
            starts.append(word.gap[0])
            ends.append(word.gap[1])
        starts.extend(word.rel_starts)
        ends.extend(word.rel_ends)
    return " ".join(w.text for w in words), tuple(starts), tuple(ends)


@lru_cache(maxsize=1 << 15)
def _chunk(chunk: str) -> _Chunk:
    words = _chunk_word_list(chunk)
    return _make_chunk(words, any(w.text in TRIGGERS for w in words))


def _rewrite_chunk(chunk: _Chunk, next_word: str | None) -> _Chunk:
    """*chunk* after the cross-word rules, given the word that follows it."""
    texts = [w.text for w in chunk.words]
    if next_word is not None:
        texts.append(next_word)
    words: list[_Word] = []
    for text, source, rewritten in rewrite_words(texts):
        if source == len(chunk.words):
            continue
        word = chunk.words[source]
        if rewritten:
            first, last = word.rel_starts[0], word.rel_ends[-1]
            word = _Word(text, (first,) * len(text), (last,) * len(text), word.gap)
        words.append(word)
    return _make_chunk(words, False)


@lru_cache(maxsize=1 << 14)
def _rewritten_chunk(chunk: str, next_word: str | None) -> _Chunk:
    return _rewrite_chunk(_chunk(chunk), next_word)


def normalise_with_offsets(text: str) -> NormalisedText:
    """``normalise(text)`` with the original span of every normalised character.

    >>> original = "قال لِوَاءُ الباقر"
    >>> n = normalise_with_offsets(original)
    >>> n.text
    'قال لوا الباقر'
    >>> s, e = n.original_span(4, 7)
    >>> original[s:e]
    'لِوَاءُ'
    """
    require_str(text, "normalise_with_offsets")
    # Parallel lists of ints, strings and cached records: no new container
    # per chunk, which keeps the garbage collector out of the way.
    bases = [m.start() for m in CHUNK.finditer(text)]
    chunk_texts = CHUNK.findall(text)
    chunks = [_chunk(s) for s in chunk_texts]
    live = [k for k, chunk in enumerate(chunks) if chunk.words]
    if not live:
        return NormalisedText("", (), ())
    for n, k in enumerate(live):
        if chunks[k].has_trigger:
            next_word = chunks[live[n + 1]].words[0].text if n + 1 < len(live) else None
            chunks[k] = _rewritten_chunk(chunk_texts[k], next_word)
    first = chunks[live[0]]
    texts = [chunk.lead_text for chunk in chunks]
    starts = [chunk.lead_starts for chunk in chunks]
    ends = [chunk.lead_ends for chunk in chunks]
    k = live[0]
    texts[k], starts[k], ends[k] = first.text, first.rel_starts, first.rel_ends
    outs = [0, *accumulate(map(len, texts))]
    length = outs.pop()
    return NormalisedText(
        "".join(texts),
        _SpanMap(outs, bases, starts, length),
        _SpanMap(outs, bases, ends, length),
    )
