"""Speed of qamus's normalisers and name key, and the key's recall.

Speed: names per second for :func:`qamus.normalise.normalise` and
:func:`qamus.normalise.name_key` over 100,000 distinct names in both scripts,
beside ``unidecode(s).lower()``, ``anyascii(s)`` and
``normality.normalize(s, ascii=True)`` measured in the same run, and text
throughput of :func:`qamus.normalise.normalise_with_offsets` beside
``str.lower``.

Agreement: per operation of the peer libraries' vectors
(``normalisation_cases.tsv``), how often qamus's Arabic folds agree.

Recall: on the UN Security Council names (``../shared/data``), the fraction
of same-name Arabic/Latin pairs whose keys share a word / are equal, and the
fraction of different-name pairs whose keys are equal.
"""

from __future__ import annotations

import collections
import itertools
import random
import time
from collections.abc import Callable

from _common import best_of, header, read_tsv, row
from names import latin_names, mixed_names

N_NAMES = 100_000


def _baselines() -> dict[str, Callable[[str], object]]:
    out: dict[str, Callable[[str], object]] = {}
    try:
        from unidecode import unidecode

        out["unidecode(s).lower()"] = lambda s: unidecode(s).lower()
    except ImportError:
        pass
    try:
        from anyascii import anyascii

        out["anyascii(s)"] = anyascii
    except ImportError:
        pass
    try:
        import normality

        out["normality.normalize(s, ascii=True)"] = lambda s: normality.normalize(s, ascii=True)
    except ImportError:
        pass
    return out


def _per_second(names: list[str], fn: Callable[[str], object], repeat: int = 3) -> float:
    def loop() -> None:
        for name in names:
            fn(name)

    return len(names) / best_of(loop, repeat)


def _speed() -> None:
    from qamus.normalise import name_key, normalise

    names = mixed_names(N_NAMES)
    print(f"  {len(names):,} distinct names, half Arabic script, half romanised")
    base_rates = {label: _per_second(names, fn) for label, fn in _baselines().items()}
    for label, value in base_rates.items():
        row(label, value, "names/s")
    for label, fn in (("qamus normalise(s)", normalise), ("qamus name_key(s)", name_key)):
        # the first pass also fills the per-character tables and word caches
        row(f"{label}, first pass", _per_second(names, fn, repeat=1), "names/s")
        value = _per_second(names, fn)
        for blabel, bvalue in base_rates.items():
            row(label, value, "names/s", bvalue, f"of {blabel}")


def _document(n_words: int = 1_000_000) -> str:
    """English-like running text with romanised and Arabic names mixed in."""
    rng = random.Random(1)
    english = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "it",
        "as",
        "was",
        "with",
        "on",
        "by",
        "at",
        "from",
        "this",
        "are",
        "be",
        "or",
        "which",
        "were",
        "fighters",
        "town",
        "forces",
        "said",
        "control",
        "government",
        "killed",
        "report",
    ]
    names = latin_names(2000) + mixed_names(500, seed=3)
    words = [
        rng.choice(names) if rng.random() < 0.05 else rng.choice(english) for _ in range(n_words)
    ]
    for i in range(12, len(words), 13):
        words[i] += rng.choice((".", ",", ";", " —"))
    return " ".join(words)


def _throughput() -> None:
    from qamus.normalise import normalise, normalise_with_offsets

    text = _document()
    mb = len(text.encode("utf-8")) / 1e6
    print(f"  document: {mb:.1f} MB of English-like text with names")
    lower = mb / best_of(text.lower)
    t0 = time.perf_counter()
    normalise_with_offsets(text)
    cold = mb / (time.perf_counter() - t0)
    warm = mb / best_of(lambda: normalise_with_offsets(text))
    plain = mb / best_of(lambda: normalise(text))
    row("str.lower", lower, "MB/s")
    row("normalise_with_offsets (first pass)", cold, "MB/s", lower, "of str.lower")
    row("normalise_with_offsets", warm, "MB/s", lower, "of str.lower")
    row("normalise (no offsets)", plain, "MB/s", lower, "of str.lower")


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in s)


def recall(file: str = "un_sc_names_strict.tsv") -> dict[str, float] | None:
    """The key's recall and collision figures on a shared name file."""
    from qamus.normalise import name_key

    rows = read_tsv(file)
    if not rows:
        return None
    groups: dict[str, list[str]] = collections.defaultdict(list)
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for r in rows:
        groups[r["group"]].append(r["name"])
        owners[r["name"]].add(r["group"])
    shared = {name for name, gs in owners.items() if len(gs) > 1}
    keys = {name: name_key(name) for name in owners}
    words = {name: set(key.split()) for name, key in keys.items()}
    same = same_word = same_full = 0
    word_total = word_found = 0
    for names in groups.values():
        arabic = [n for n in names if _is_arabic(n)]
        latin = [n for n in names if not _is_arabic(n)]
        arabic_words = set().union(*(words[a] for a in arabic))
        for b in latin:
            word_total += len(keys[b].split())
            word_found += sum(k in arabic_words for k in keys[b].split())
        for a, b in itertools.product(arabic, latin):
            same += 1
            same_word += bool(words[a] & words[b])
            same_full += keys[a] == keys[b]
    pool = [(g, n) for g, names in groups.items() for n in names if n not in shared]
    diff = diff_full = diff_word = 0
    for (ga, a), (gb, b) in itertools.combinations(pool, 2):
        if ga == gb or _is_arabic(a) == _is_arabic(b):
            continue
        diff += 1
        diff_full += keys[a] == keys[b]
        diff_word += bool(words[a] & words[b])
    return {
        "pairs": same,
        "same_word": same_word / same,
        "same_full": same_full / same,
        "word_recall": word_found / word_total,
        "diff_pairs": diff,
        "diff_full": diff_full / diff,
        "diff_word": diff_word / diff,
    }


def _recall() -> None:
    for file in ("un_sc_names_strict.tsv", "un_sc_names_all.tsv"):
        figures = recall(file)
        if figures is None:
            print(f"  {file}: not present, skipped")
            continue
        print(f"  {file}: {figures['pairs']:,} same-name Arabic/Latin pairs")
        print(f"    share at least one word key:   {figures['same_word']:7.1%}")
        print(f"    equal full key:                {figures['same_full']:7.1%}")
        print(f"    Latin word keys found among the Arabic name's: {figures['word_recall']:.1%}")
        print(f"    different-name pairs ({figures['diff_pairs']:,}):")
        print(f"      equal full key (collision):  {figures['diff_full']:7.2%}")
        print(f"      share a word key:            {figures['diff_word']:7.2%}")


def _agreement() -> None:
    """Per operation of the peer libraries' vectors: how often qamus agrees."""
    from qamus.normalise import normalise_arabic

    rows = read_tsv("normalisation_cases.tsv")
    if not rows:
        print("  normalisation_cases.tsv: not present, skipped")
        return
    by_operation: dict[str, list[bool]] = collections.defaultdict(list)
    for r in rows:
        agree = normalise_arabic(r["input"]) == normalise_arabic(r["expected"])
        by_operation[r["operation"]].append(agree)
    for operation, results in sorted(by_operation.items()):
        print(f"  {sum(results):>2}/{len(results):<2} {operation}")


def main() -> None:
    header("qamus.normalise: normalise and name_key")
    _speed()
    print()
    _throughput()
    print()
    print("name_key recall (UN Security Council names)")
    _recall()
    print()
    print("agreement with peer vectors: normalise_arabic(input) == normalise_arabic(expected)")
    print("(conventions differ on purpose for hamza, dagger alif and digit direction)")
    _agreement()


if __name__ == "__main__":
    main()
