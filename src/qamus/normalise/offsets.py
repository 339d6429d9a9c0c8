"""Normalised text with a map back to the original: :func:`normalise_with_offsets`.

It is built on one fold, :func:`fold_with_offsets`: the character step of
:func:`qamus.normalise.normalise` (its per-character table, ICU-derived), with
runs of separators made one space and the original span of every character.
``Glossary.find`` scans that fold; :func:`normalise_with_offsets` applies it
to each chunk of text and then the word rules.

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

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, not_
from typing import NamedTuple, overload

import attrs

from qamus.normalise._checks import require_str
from qamus.normalise.latin import MARK, TRIGGERS, rewrite_words, split_word
from qamus.normalise.mixed import CHUNK, MIXED_TABLE

__all__ = ["NormalisedText", "fold_with_offsets", "normalise_with_offsets"]


class _Offsets(Sequence[int]):
    """A read-only sequence of offsets, equal to any sequence of the same numbers.

    Subclasses give ``__len__`` and ``_at`` (one offset, by an index in range).
    """

    #: What the offsets index, for the message of an index out of range.
    _indexes = "text"

    def _at(self, index: int) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        length = len(self)
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(length))]
        if index < 0:
            index += length
        if not 0 <= index < length:
            raise IndexError(f"{self._indexes} index out of range")
        return self._at(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class _SpanMap(_Offsets):
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

    _indexes = "normalised text"

    def __len__(self) -> int:
        return self._length

    def _at(self, index: int) -> int:
        k = bisect_right(self._outs, index) - 1
        return self._bases[k] + self._rels[k][index - self._outs[k]]

    def __iter__(self) -> Iterator[int]:
        for base, rel in zip(self._bases, self._rels, strict=True):
            for r in rel:
                yield base + r


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
        where it sits in the original. Indices that are not whole numbers raise
        :class:`TypeError`.
        """
        for index in (i, j):
            if isinstance(index, bool) or not isinstance(index, int):
                raise TypeError(f"original_span() takes int indices, not {type(index).__name__}")
        n = len(self.text)
        i = max(0, min(i, n))
        j = max(i, min(j, n))
        if i < j:
            return self.starts[i], self.ends[j - 1]
        if i < n:
            return self.starts[i], self.starts[i]
        end = self.ends[n - 1] if n else 0
        return end, end


#: The character step on ASCII, for ``bytes.translate``: (table, bytes removed).
_ASCII_STEP = (
    bytes(ord(MIXED_TABLE[c] or " ") for c in range(128)) + bytes(range(128, 256)),
    bytes(c for c in range(128) if not MIXED_TABLE[c]),
)
_ASCII_BYTES = bytes(range(128))


def _character_step(text: str) -> tuple[str, str]:
    """``text.translate(MIXED_TABLE)``, and the characters of *text* not folded to exactly one.

    The same string, built faster than ``str.translate`` does it: the ASCII
    characters with ``bytes.translate`` on the UTF-8 (other characters'
    bytes are all above 127), then each distinct other character that
    changes with one ``str.replace``.
    """
    data = text.encode("utf-8", "surrogatepass")
    table, removed = _ASCII_STEP
    folded = data.translate(table, removed).decode("utf-8", "surrogatepass")
    irregular = set(text) & set(removed.decode()) if len(folded) != len(text) else set()
    others = set(data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
    for ch in others:
        out = MIXED_TABLE[ord(ch)]
        if out != ch:
            folded = folded.replace(ch, out)
        if len(out) != 1:
            irregular.add(ch)
    return folded, "".join(irregular)


def _character_spans(
    text: str, folded: str, irregular: str
) -> tuple[Sequence[int], Sequence[int]] | None:
    """Per character of the character step, its (starts, ends) in *text*.

    None when every character folds to exactly one: the spans are then
    ``(i, i + 1)``. A removed character belongs to the character before it,
    unless that is a space.
    """
    if not irregular:
        return None
    outs: list[int] = []
    bases: list[int] = []
    starts: list[Sequence[int]] = []
    ends: list[Sequence[int]] = []
    at = done = 0  # in folded, in text

    def piece(base: int, size: int, rel_starts: Sequence[int], rel_ends: Sequence[int]) -> None:
        nonlocal at
        outs.append(at)
        bases.append(base)
        starts.append(rel_starts)
        ends.append(rel_ends)
        at += size

    pattern = re.compile("[" + "".join(map(re.escape, sorted(irregular))) + "]")
    for found in pattern.finditer(text):
        pos = found.start()
        if pos > done:
            piece(done, pos - done, range(pos - done), range(1, pos - done + 1))
        size = len(MIXED_TABLE[ord(text[pos])])
        if size:
            piece(pos, size, (0,) * size, (1,) * size)
        elif at and folded[at - 1] != " ":
            last = ends[-1]
            if len(last) > 1 and isinstance(last, range):  # split off the run's last character
                base = bases[-1] + len(last) - 1
                ends[-1], starts[-1] = last[:-1], starts[-1][:-1]
                at -= 1
                piece(base, 1, (0,), (pos + 1 - base,))
            else:
                ends[-1] = (*last[:-1], pos + 1 - bases[-1])
        done = pos + 1
    if len(text) > done:
        piece(done, len(text) - done, range(len(text) - done), range(1, len(text) - done + 1))
    return _SpanMap(outs, bases, starts, at), _SpanMap(outs, bases, ends, at)


def _space_runs(parts: list[str]) -> list[int]:
    """Make ``text.split("  ")`` the text between runs of spaces; the runs' lengths.

    *parts* is changed in place. Runs longer than two spaces leave a part
    that is empty or starts with a space; they are rare, so they are found
    with C-level iteration and fixed one by one.

    >>> parts = "a  b   c    d      e".split("  ")
    >>> _space_runs(parts), parts
    ([2, 3, 4, 6], ['a', 'b', 'c', 'd', 'e'])
    """
    runs = [2] * (len(parts) - 1)
    for i in compress(count(), map(str.startswith, parts, repeat(" "))):
        runs[i - 1] += 1
        parts[i] = parts[i][1:]
    for i in reversed(list(compress(count(), map(not_, parts)))):
        if 0 < i < len(runs):
            runs[i - 1] += runs.pop(i)
            del parts[i]
    return runs


class _Spaces:
    """The character step with its runs of spaces made one space, and stripped.

    ``raw(i, last)`` is where character *i* of the result is in the character
    step: a space that stands for a run gives the run's first space, or its
    last one when *last* is true.
    """

    __slots__ = ("_firsts", "_lead", "_outs", "_runs", "text")
    text: str
    _lead: int
    _runs: list[int]
    _outs: list[int]
    _firsts: list[int]

    def __init__(self, folded: str) -> None:
        body = folded.lstrip(" ")
        self._lead = len(folded) - len(body)
        body = body.rstrip(" ")
        parts = body.split("  ")
        runs = _space_runs(parts) if "   " in body else [2] * (len(parts) - 1)
        self.text = " ".join(parts)
        # per run of spaces: its length, its space in the result, its first raw index
        self._runs = runs
        before = list(accumulate(map(len, parts[:-1])))
        self._outs = list(map(add, before, range(len(runs))))
        self._firsts = list(map(add, before, accumulate(runs, initial=self._lead)))

    def raw(self, i: int, last: bool) -> int:
        k = bisect_right(self._outs, i) - 1
        if k < 0:
            return i + self._lead
        first, out = self._firsts[k], self._outs[k]
        if i == out:
            return first + self._runs[k] - 1 if last else first
        return first + self._runs[k] + i - out - 1


class _FoldMap(_Offsets):
    """``starts`` (or ``ends``, when *last* is true) of :func:`fold_with_offsets`."""

    __slots__ = ("_chars", "_last", "_spaces")

    def __init__(self, spaces: _Spaces, chars: Sequence[int] | None, last: bool) -> None:
        self._spaces = spaces
        self._chars = chars
        self._last = last

    _indexes = "folded text"

    def __len__(self) -> int:
        return len(self._spaces.text)

    def _at(self, index: int) -> int:
        raw = self._spaces.raw(index, self._last)
        if self._chars is None:
            return raw + 1 if self._last else raw
        return self._chars[raw]


def fold_with_offsets(text: str) -> NormalisedText:
    """The character step of :func:`qamus.normalise.normalise`, with offsets.

    Each character goes through the one table :func:`~qamus.normalise.normalise`
    uses (:data:`qamus.normalise.mixed.MIXED_TABLE`, built from the ICU rules:
    case, marks, the ayn/hamza family as ``'``, punctuation as spaces, the
    Arabic letter folds); runs of spaces become one space and the ends are
    stripped. The word rules of :mod:`qamus.normalise.latin` (the article,
    ``Abdul``, ``Hezbollah``, ``ibn``, removing ``'``) are not applied: they
    rewrite whole words, not characters.

    The spans are character-precise: a character folded to several keeps the
    span of its original, a removed character (a mark, tatweel, an invisible
    control) belongs to the character before it, and a space spans the
    separators it stands for. Fast on whole documents: ``str.lower`` and
    ``str.replace`` build the text, and the spans are kept as pieces, read
    where they are asked for.

    >>> f = fold_with_offsets("Liwāʾ (al-BĀQIR)")
    >>> f.text
    "liwa' al baqir"
    >>> f.original_span(6, 14)
    (7, 15)
    >>> g = fold_with_offsets("لِوَاءُ  الـباقر")
    >>> g.text, g.original_span(0, 3)
    ('لوا الباقر', (0, 7))
    """
    require_str(text, "fold_with_offsets")
    folded, irregular = _character_step(text)
    spaces = _Spaces(folded)
    chars = _character_spans(text, folded, irregular)
    starts, ends = (None, None) if chars is None else chars
    return NormalisedText(
        spaces.text, _FoldMap(spaces, starts, last=False), _FoldMap(spaces, ends, last=True)
    )


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


def _chunk_word_list(chunk: str) -> list[_Word]:
    folded = fold_with_offsets(chunk)
    chars = folded.text
    starts, ends = tuple(folded.starts), tuple(folded.ends)
    words: list[_Word] = []
    i = 0
    gap = (0, 0)  # the first word's gap is never read
    for word in chars.split(" ") if chars else ():
        j = i + len(word)
        parts = split_word(word)
        if parts == (word,):
            words.append(_Word(word, starts[i:j], ends[i:j], gap))
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
        if j < len(chars):
            gap = (starts[j], ends[j])  # the space after the word spans the separator
        i = j + 1
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
