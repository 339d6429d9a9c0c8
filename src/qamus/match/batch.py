"""Many queries at once: a column of names, matched in order, in worker processes if asked.

Matching is pure Python, so threads share one core; a batch of names spread over
worker processes uses them all. Each worker holds its own copy of the glossary's
matcher: on Linux the processes are forked from this one and share its memory until
they write to it; elsewhere (and when this process runs other threads, which a fork
would copy mid-work) they are started fresh and build the matcher again, which pays
for itself only on large batches. Answers come back in the order of the queries,
each entry the glossary's own object.

>>> from qamus import Entry, Glossary
>>> g = Glossary([Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")])
>>> [[m.entry.id for m in found] for found in g.match_iter(["Halab", "Xyz", "Haleb"])]
[['aleppo'], [], ['aleppo']]
"""

from __future__ import annotations

import collections
import gc
import itertools
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult, Pool
from typing import TYPE_CHECKING, Final

from qamus.errors import InvalidOptionError
from qamus.model import Entry, Match

if TYPE_CHECKING:
    from qamus.match.matcher import Matcher

__all__ = ["CHUNK", "answers_in_order", "usable_cpus", "worker_count"]

#: Queries are sent to a worker this many at a time (a query repeated within a chunk is
#: matched once): enough that sending them costs little beside matching them.
CHUNK: Final = 256

#: Chunks in flight per worker: the next is waiting when one is done, and a stream of
#: queries is read no further ahead than this.
_AHEAD: Final = 2

#: Options of one batch: kind, limit, min_score.
_Options = tuple[str | Sequence[str] | None, int, float | None]
#: One answer as a worker sends it back: the entry's position, score, reason, spelling.
_Sent = tuple[int, float, str, str]


def usable_cpus() -> int:
    """How many CPUs this process may run on (at least 1)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(workers: int | None) -> int:
    """*workers* checked: a whole number of processes, at least 1, or ``None`` for
    one per usable CPU.

    >>> worker_count(3), worker_count(None) >= 1
    (3, True)
    >>> worker_count(0)
    Traceback (most recent call last):
    qamus.errors.InvalidOptionError: workers must be at least 1 (or None for one per CPU), not 0
    """
    if workers is None:
        return usable_cpus()
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers < 1:
        raise InvalidOptionError(
            f"workers must be at least 1 (or None for one per CPU), not {workers}"
        )
    return workers


def _checked(queries: Iterable[str]) -> Iterator[str]:
    from qamus.match.matcher import check_query

    for number, query in enumerate(queries):
        check_query(query, number)
        yield query


def _chunks(queries: Iterable[str]) -> Iterator[list[str]]:
    iterator = _checked(queries)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        yield chunk


def answers_in_order(
    matcher: Matcher, queries: Iterable[str], options: _Options, workers: int
) -> Iterator[list[Match]]:
    """The answers to *queries*, in order, matched in *workers* processes (here when 1),
    reading *queries* only as far ahead as the workers need."""
    kind, limit, min_score = options
    if multiprocessing.current_process().daemon:
        workers = 1  # a pool's own worker (a daemon) may start no processes: match here
    if workers == 1:
        for chunk in _chunks(queries):
            found = {
                query: matcher.match(query, kind=kind, limit=limit, min_score=min_score)
                for query in dict.fromkeys(chunk)
            }
            for query in chunk:
                yield list(found[query])
        return
    entries = matcher.entries
    with _pool(matcher, workers) as pool:
        pending: collections.deque[tuple[list[str], list[str], AsyncResult[list[list[_Sent]]]]]
        pending = collections.deque()
        for chunk in _chunks(queries):
            distinct = list(dict.fromkeys(chunk))
            pending.append((chunk, distinct, pool.apply_async(_match_chunk, (distinct, options))))
            if len(pending) >= _AHEAD * workers:
                yield from _received(entries, *pending.popleft())
        while pending:
            yield from _received(entries, *pending.popleft())


def _received(
    entries: Sequence[Entry],
    chunk: list[str],
    distinct: list[str],
    result: AsyncResult[list[list[_Sent]]],
) -> Iterator[list[Match]]:
    sent = dict(zip(distinct, result.get(), strict=True))
    for query in chunk:
        yield [
            Match(entries[number], score, reason, spelling)
            for number, score, reason, spelling in sent[query]
        ]


def _pool(matcher: Matcher, workers: int) -> Pool:
    """Worker processes each holding *matcher*: forked with it where that is safe,
    else started fresh to build their own from its entries."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        forked = multiprocessing.get_context("fork")
        # the children share this process's memory until they write to it, and a
        # collection of garbage writes to every object it looks at: it looks at none
        # of those already here
        gc.freeze()
        try:
            return forked.Pool(workers, _start_worker, (matcher,))
        finally:
            gc.unfreeze()
    fresh = multiprocessing.get_context("spawn")
    return fresh.Pool(workers, _start_worker, (matcher.entries,))


class _Worker:
    """What a worker process holds: its matcher, and where each entry stands in it."""

    matcher: Matcher | None = None
    positions: dict[int, int] = {}  # noqa: RUF012 - one worker's own, set once


def _start_worker(source: Matcher | tuple[Entry, ...]) -> None:
    from qamus.match.matcher import Matcher

    if not isinstance(source, Matcher):
        source = Matcher(source)
    _Worker.matcher = source
    _Worker.positions = {id(entry): number for number, entry in enumerate(source.entries)}


def _match_chunk(queries: list[str], options: _Options) -> list[list[_Sent]]:
    matcher = _Worker.matcher
    assert matcher is not None, "a worker matches only once started"
    kind, limit, min_score = options
    return [
        [
            (_position(matcher, m.entry), m.score, m.reason, m.spelling)
            for m in matcher.match(query, kind=kind, limit=limit, min_score=min_score)
        ]
        for query in queries
    ]


def _position(matcher: Matcher, entry: Entry) -> int:
    number = _Worker.positions.get(id(entry))
    return matcher.position(entry.id) if number is None else number
