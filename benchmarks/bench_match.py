"""Matching speed on a synthetic 50,000-entry glossary, beside rapidfuzz in the same run.

Run ``python benchmarks/bench_match.py [ENTRIES]``. The glossary pairs
realistic Latin and Arabic names (``benchmarks/names.py``), each entry with two
respelled variants; queries mix attested variants, unseen respellings, Arabic
with harakat and names not in the glossary. The baseline is rapidfuzz's
``process.extractOne`` over every spelling of the same glossary (which
answers one best string, not ranked entries with reasons).
"""

from __future__ import annotations

import gc
import multiprocessing
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz import fuzz, process, utils

from _common import header, rate, row
from names import arabic_names, latin_names
from qamus.glossary.store import Glossary
from qamus.match.batch import usable_cpus
from qamus.model import Entry

_SWAPS = (
    ("a", "e"),
    ("i", "ee"),
    ("u", "ou"),
    ("u", "o"),
    ("q", "k"),
    ("al-", "el-"),
    ("al-", "al "),
    ("y", "i"),
    ("dh", "z"),
    ("th", "t"),
    ("kh", "h"),
    ("ss", "s"),
)


def respell(name: str, rng: random.Random, edits: int = 2) -> str:
    """*name* with a few of the usual romanisation swaps applied."""
    out = name
    for _ in range(edits):
        a, b = rng.choice(_SWAPS)
        if a in out.lower():
            i = out.lower().index(a)
            out = out[:i] + b + out[i + len(a) :]
        elif len(out) > 4:
            i = rng.randrange(1, len(out) - 1)
            out = out[:i] + out[i] * 2 + out[i + 1 :]
    return out


def synthetic(
    n: int, seed: int = 1, count: int = 2000
) -> tuple[list[Entry], list[str], list[str | None]]:
    """Entries, queries, and the entry id each query was made from (None: not in the glossary)."""
    rng = random.Random(seed)
    latin, arabic = latin_names(n, seed), arabic_names(n, seed)
    entries: list[Entry] = []
    for i, (name, ar) in enumerate(zip(latin, arabic, strict=True)):
        variants = tuple(
            dict.fromkeys(v for v in (respell(name, rng), respell(name, rng)) if v != name)
        )
        entries.append(Entry(id=f"e{i}", kind="person", name=name, arabic=ar, variants=variants))
    queries, targets = queries_of(entries, rng, count)
    return entries, queries, targets


def queries_of(
    entries: list[Entry], rng: random.Random, count: int = 2000
) -> tuple[list[str], list[str | None]]:
    """*count* queries of *entries*, and the entry id each was made from (None: not in
    the glossary): attested variants, unseen respellings, Arabic with harakat, and
    names not in the glossary."""
    queries: list[str] = []
    targets: list[str | None] = []
    for _ in range(count):
        e = rng.choice(entries)
        kind = rng.random()
        if kind < 0.3 and e.variants:
            queries.append(rng.choice(e.variants))
        elif kind < 0.7:
            queries.append(respell(e.name, rng, 3))
        elif kind < 0.85:
            first, space, rest = e.arabic.partition(" ")
            queries.append("\u064e".join(first) + space + rest)  # harakat on the first word
        else:
            queries.append(" ".join(rng.sample(latin_names(50, rng.randrange(10**6)), 2)))
        targets.append(e.id if len(targets) < len(queries) and kind < 0.85 else None)
    return queries, targets


#: Batches of 2,000 new queries timed for ``match``, and the seed they are drawn with.
FRESH_BATCHES = 3
FRESH_SEED = 2


class _FullCollections:
    """Counts full garbage collections, and the time they take, while in use."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._started = 0.0

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count += 1
            self.seconds += time.perf_counter() - self._started

    def __enter__(self) -> None:
        gc.callbacks.append(self._note)

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._note)


#: The baseline's choices, for worker processes forked from this one.
_choices: list[str] = []


def _extract_each(queries: list[str]) -> list[int]:
    found = (
        process.extractOne(utils.default_process(q), _choices, scorer=fuzz.WRatio, processor=None)
        for q in queries
    )
    return [index for _, _, index in found]  # type: ignore[misc]


def _in_processes(glossary: Glossary, queries: list[str], one_process: float) -> None:
    """``match_many`` in a process per CPU, beside one process and beside rapidfuzz's
    ``extractOne`` spread over as many processes (forked, so neither rebuilds anything)."""
    workers = usable_cpus()
    if workers < 2:
        print("  (one CPU: match_many in worker processes not measured)")
        return
    t0 = time.perf_counter()
    glossary.match_many(queries, limit=1, workers=workers)
    ours = len(queries) / (time.perf_counter() - t0)
    sample = [queries[k : k + 25] for k in range(0, 200, 25)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        t0 = time.perf_counter()
        pool.map(_extract_each, sample)
        theirs = sum(map(len, sample)) / (time.perf_counter() - t0)
    row(f"qamus match_many, {workers} processes, new", ours, "queries/s", one_process, "vs one")
    row(f"rapidfuzz extractOne WRatio, {workers} processes", theirs, "queries/s")
    row("", ours, "queries/s", theirs, "vs WRatio")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 50_000
    header(f"qamus match: {n:,}-entry synthetic glossary")
    entries, queries, targets = synthetic(n)
    glossary = Glossary(entries, check=False)
    t0 = time.perf_counter()
    glossary.match("warm-up")  # builds the index
    built = time.perf_counter() - t0
    spellings = [s for e in entries for s in e.spellings]
    print(f"  {len(spellings):,} attested spellings; {len(queries):,} queries")
    t0 = time.perf_counter()
    prepared = [utils.default_process(s) for s in spellings]
    by_spelling = dict(zip(prepared, range(len(prepared)), strict=True))
    baseline = time.perf_counter() - t0
    print(
        f"  index built in {built:.2f} s; rapidfuzz choices and a dict of the "
        f"{len(by_spelling):,} distinct attested spellings in {baseline:.2f} s "
        f"(index {built / baseline:.0f}x)"
    )

    def baseline_wratio(q: object) -> object:
        return process.extractOne(
            utils.default_process(str(q)), prepared, scorer=fuzz.WRatio, processor=None
        )

    _choices[:] = prepared

    def baseline_ratio(q: object) -> object:
        return process.extractOne(
            utils.default_process(str(q)), prepared, scorer=fuzz.ratio, processor=None
        )

    sample = queries[:100]
    wratio = rate(sample, baseline_wratio, repeat=1)
    ratio = rate(sample, baseline_ratio, repeat=1)
    # A pipeline meets new names: each query is timed once, the first time it is seen,
    # after a batch that fills what the matcher remembers between queries, as in a
    # long run; full garbage collections during the run are counted in.
    rng = random.Random(FRESH_SEED)
    warm_up, *fresh, for_many = (queries_of(entries, rng)[0] for _ in range(FRESH_BATCHES + 2))
    for query in warm_up:
        glossary.match(query, limit=5)
    collections = _FullCollections()
    with collections:
        t0 = time.perf_counter()
        for batch in fresh:
            for query in batch:
                glossary.match(query, limit=5)
        ours = sum(map(len, fresh)) / (time.perf_counter() - t0)
    again = rate(fresh[-1], lambda q: glossary.match(str(q), limit=5), repeat=1)
    row("rapidfuzz extractOne, WRatio", wratio, "queries/s")
    row("rapidfuzz extractOne, ratio", ratio, "queries/s")
    row("qamus Glossary.match (limit=5), new queries", ours, "queries/s", wratio, "vs WRatio")
    row("", ours, "queries/s", ratio, "vs ratio")
    print(
        f"  ({sum(map(len, fresh)):,} queries not seen before, after {len(warm_up):,} others; "
        f"{collections.count} full garbage collections, {collections.seconds:.2f} s, "
        "counted in)"
    )
    row("qamus Glossary.match, the last 2,000 again", again, "queries/s", ratio, "vs ratio")
    many = rate(
        [for_many],
        lambda qs: glossary.match_many(list(qs), limit=1),  # type: ignore[call-overload]
        repeat=1,
    ) * len(for_many)
    row("qamus Glossary.match_many (limit=1), new", many, "queries/s", wratio, "vs WRatio")
    _in_processes(glossary, [q for _ in range(2) for q in queries_of(entries, rng)[0]], many)
    known = [(q, t) for q, t in zip(queries, targets, strict=True) if t is not None]
    top1 = sum(
        bool(m) and m[0].entry.id == t for q, t in known for m in [glossary.match(q, limit=1)]
    )
    print(
        f"  qamus top-1 on the {len(known):,} queries made from an entry: {top1 / len(known):.3f}"
    )
    # a long pipeline pays for a full garbage collection every few thousand new queries
    t0 = time.perf_counter()
    gc.collect()
    print(
        f"  a full gc.collect() with the glossary loaded: {time.perf_counter() - t0:.2f} s "
        f"({len(gc.get_objects()):,} objects tracked)"
    )


if __name__ == "__main__":
    main()
