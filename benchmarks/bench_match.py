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


def synthetic(n: int, seed: int = 1) -> tuple[list[Entry], list[str], list[str | None]]:
    """Entries, queries, and the entry id each query was made from (None: not in the glossary)."""
    rng = random.Random(seed)
    latin, arabic = latin_names(n, seed), arabic_names(n, seed)
    entries: list[Entry] = []
    for i, (name, ar) in enumerate(zip(latin, arabic, strict=True)):
        variants = tuple(
            dict.fromkeys(v for v in (respell(name, rng), respell(name, rng)) if v != name)
        )
        entries.append(Entry(id=f"e{i}", kind="person", name=name, arabic=ar, variants=variants))
    queries: list[str] = []
    targets: list[str | None] = []
    for _ in range(2000):
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
    return entries, queries, targets


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

    def baseline_ratio(q: object) -> object:
        return process.extractOne(
            utils.default_process(str(q)), prepared, scorer=fuzz.ratio, processor=None
        )

    sample = queries[:100]
    wratio = rate(sample, baseline_wratio, repeat=1)
    ratio = rate(sample, baseline_ratio, repeat=1)
    ours = rate(queries, lambda q: glossary.match(str(q), limit=5), repeat=3)
    row("rapidfuzz extractOne, WRatio", wratio, "queries/s")
    row("rapidfuzz extractOne, ratio", ratio, "queries/s")
    row("qamus Glossary.match (limit=5)", ours, "queries/s", wratio, "vs WRatio")
    row("", ours, "queries/s", ratio, "vs ratio")
    many = rate(
        [queries],
        lambda qs: glossary.match_many(list(qs), limit=1),  # type: ignore[call-overload]
        repeat=1,
    ) * len(queries)
    row("qamus Glossary.match_many (limit=1)", many, "queries/s", wratio, "vs WRatio")
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
