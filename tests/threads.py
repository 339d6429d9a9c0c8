"""The same work in many threads at once, for the tests that qamus answers alike from
every thread (its ICU transliterators, caches and lazily built indexes)."""

from __future__ import annotations

import threading
from collections.abc import Callable

#: What a thread that raised leaves in its place: equal to no answer.
_FAILED = object()


def from_threads(work: Callable[[], object], count: int = 16) -> list[object]:
    """The results of *work* run in *count* threads that start together; a thread that
    raised leaves a value equal to nothing in its place."""
    results: list[object] = [_FAILED] * count
    barrier = threading.Barrier(count)

    def run(slot: int) -> None:
        barrier.wait()
        results[slot] = work()

    threads = [threading.Thread(target=run, args=(slot,)) for slot in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
