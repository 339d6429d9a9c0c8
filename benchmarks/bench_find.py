"""Finding speed: glossary names in English text, beside a bare Aho-Corasick scan.

Run ``python benchmarks/bench_find.py [ENTRIES] [MEGABYTES]``. The glossary
has 10,000 synthetic entries (``benchmarks/names.py``); the text is English
prose with some of their names mixed in. The baseline scans the same folded
patterns over the same lower-cased text with pyahocorasick and nothing else:
no folding with offsets, no word boundaries, no overlap resolution. Finding by
sound (``find(text, by_sound=True)``) is timed on the first 500 kB.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ahocorasick

from _common import best_of, header, row
from names import arabic_names, latin_names
from qamus.glossary.store import Glossary
from qamus.match.finder import Finder, find_key
from qamus.model import Entry

_SENTENCES = (
    "The council met on Tuesday to discuss the situation in the north of the country, "
    "where fighting between government forces and armed groups has displaced thousands. "
    "Local sources said that the commander of the brigade had returned to the city after "
    "months abroad, and that negotiations over the crossing remained stalled. Aid agencies "
    "warned that supplies of food and fuel would run out within weeks unless access improved."
)
_PROSE = _SENTENCES.split(" ")

#: Characters of the text searched by sound too (``find(text, by_sound=True)``).
SOUND_SLICE = 500_000


def text_of(size: int, names: list[str], seed: int = 2) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(names) if rng.random() < 0.01 else rng.choice(_PROSE)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def main() -> None:
    args = [a for a in sys.argv[1:] if a.isdigit()]
    n = int(args[0]) if args else 10_000
    megabytes = int(args[1]) if len(args) > 1 else 5
    header(f"qamus find: {n:,}-entry glossary, {megabytes} MB of English text")
    entries = [
        Entry(id=f"e{i}", kind="person", name=name, arabic=ar)
        for i, (name, ar) in enumerate(zip(latin_names(n), arabic_names(n), strict=True))
    ]
    t0 = time.perf_counter()
    finder = Finder(entries)
    print(f"  automaton built in {time.perf_counter() - t0:.1f} s")
    text = text_of(megabytes * 1_000_000, [e.name for e in entries])
    size = len(text.encode("utf-8"))

    bare = ahocorasick.Automaton()
    for e in entries:
        for s in e.spellings:
            bare.add_word(find_key(s), s)
    bare.make_automaton()

    def scan() -> None:
        for _ in bare.iter(text.lower()):
            pass

    mentions: list[object] = []

    def find() -> None:
        mentions[:] = finder.find(text)

    baseline = size / best_of(scan, 3)
    ours = size / best_of(find, 3)
    row("bare Aho-Corasick scan (lower-cased)", baseline / 1e6, "MB/s")
    row("qamus Finder.find", ours / 1e6, "MB/s", baseline / 1e6, "vs bare scan")
    print(f"  {len(mentions):,} mentions")

    # by sound: runs of name-like words matched as queries, on a slice of the text
    glossary = Glossary(entries, check=False)
    t0 = time.perf_counter()
    glossary.find("Warm Up", by_sound=True)  # builds the matcher
    print(f"  matcher built in {time.perf_counter() - t0:.1f} s")
    piece = text[:SOUND_SLICE]
    piece_size = len(piece.encode("utf-8"))
    found: list[object] = []

    def find_by_sound() -> None:
        found[:] = glossary.find(piece, by_sound=True)

    sound = piece_size / best_of(find_by_sound, 1)
    row(
        f"qamus find(by_sound=True), first {SOUND_SLICE // 1000} kB",
        sound / 1e6,
        "MB/s",
        baseline / 1e6,
        "vs bare scan",
    )
    print(f"  {len(found):,} mentions in that slice, {len(finder.find(piece)):,} without sound")


if __name__ == "__main__":
    main()
