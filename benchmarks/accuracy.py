"""How well qamus matches spellings it has never seen, beside plain fuzzy-matching baselines.

Run ``python benchmarks/accuracy.py``. Data: see ``benchmarks/data/README.md``.

Reports, for each experiment, top-1 accuracy and mean reciprocal rank (MRR) of
:meth:`qamus.Glossary.match`, and of the same ranking done by rapidfuzz
``fuzz.ratio`` and ``fuzz.WRatio`` on lower-cased strings, ``unidecode`` then
``ratio``, and ICU ``Any-Latin; Latin-ASCII`` then ``ratio``; then pair
verification (is this pair one name?) at :data:`qamus.match.SAME_NAME_THRESHOLD`,
with precision, recall and F1, beside each baseline at its own best threshold; and
how many of the real spellings held out :meth:`qamus.Glossary.find` finds in a
sentence, as spelled and by sound, beside a plain Aho-Corasick scan of the
glossary's spellings.
"""

from __future__ import annotations

import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Final

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz import fuzz, process

from _common import header, read_tsv
from qamus.glossary.store import Glossary
from qamus.match import SAME_NAME_THRESHOLD, similarity
from qamus.match.matcher import Matcher
from qamus.match.phonetic import script_of
from qamus.model import Entry

DATA = Path(__file__).resolve().parent / "data"
Query = tuple[str, str]  # (query, expected entry id)


# -- baselines --------------------------------------------------------------------------------


@cache
def _icu_latin() -> Callable[[str], str]:
    import icu

    transliterator = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")
    return lambda s: str(transliterator.transliterate(s))


def _unidecode(s: str) -> str:
    from unidecode import unidecode

    return str(unidecode(s)).lower()


BASELINES: dict[str, tuple[Callable[[str], str], Callable[..., float]]] = {
    "ratio (lower)": (str.lower, fuzz.ratio),
    "WRatio (lower)": (str.lower, fuzz.WRatio),
    "unidecode + ratio": (_unidecode, fuzz.ratio),
    "ICU Any-Latin + ratio": (lambda s: _icu_latin()(s).lower(), fuzz.ratio),
}


# -- data -------------------------------------------------------------------------------------


def un_groups(part: str) -> dict[str, dict[str, list[str]]]:
    """UN sanctions list groups, split by a stable hash: ``tune`` or ``held-out``."""
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"arabic": [], "latin": []})
    for row in read_tsv("un_sc_names_strict.tsv"):
        in_tune = zlib.crc32(row["group"].encode()) % 2 == 0
        if (part == "tune") == in_tune:
            groups[row["group"]][script_of(row["name"])].append(row["name"])
    return {g: v for g, v in groups.items() if v["arabic"] and v["latin"]}


def confusables() -> list[tuple[str, str]]:
    import csv

    with (DATA / "confusables.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["a"], r["b"]) for r in rows]


def _slug(group: str) -> str:
    return group.lower().replace(".", "-")


def un_experiments(
    groups: dict[str, dict[str, list[str]]],
) -> dict[str, tuple[list[Entry], list[Query]]]:
    """Tiny glossaries and their queries: within Latin script, and across scripts."""
    latin_first = [
        Entry(id=_slug(g), kind="person", name=v["latin"][0], arabic=v["arabic"][0])
        for g, v in groups.items()
    ]
    within = [(q, _slug(g)) for g, v in groups.items() for q in v["latin"][1:]]
    arabic_only = [
        Entry(id=_slug(g), kind="person", name=v["arabic"][0], arabic=v["arabic"][0])
        for g, v in groups.items()
    ]
    latin_to_arabic = [(q, _slug(g)) for g, v in groups.items() for q in v["latin"]]
    latin_only = [
        Entry(id=_slug(g), kind="person", name=v["latin"][0], arabic="") for g, v in groups.items()
    ]
    arabic_to_latin = [(q, _slug(g)) for g, v in groups.items() for q in v["arabic"]]
    return {
        "Latin -> Latin": (latin_first, within),
        "Latin -> Arabic": (arabic_only, latin_to_arabic),
        "Arabic -> Latin": (latin_only, arabic_to_latin),
    }


def glossary_leave_one_out() -> dict[str, tuple[list[Entry], list[Query]]]:
    """Each variant of the shipped glossary, removed from its entry and used as the query."""
    import attrs

    try:
        from qamus.glossary import load

        entries = list(load())
    except Exception as exc:
        print(f"  (shipped glossary skipped: {exc.__class__.__name__})")
        return {}
    out: dict[str, tuple[list[Entry], list[Query]]] = {}
    for entry in entries:
        for variant in entry.variants:
            rest = tuple(v for v in entry.variants if v != variant)
            trimmed = [attrs.evolve(e, variants=rest) if e.id == entry.id else e for e in entries]
            kind = "spelling" if is_spelling(variant) else "other name"
            key = f"{script_of(variant)} {kind}:{entry.id}:{variant}"
            out[key] = (trimmed, [(variant, entry.id)])
    return out


_ACRONYM = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{1,3})?$")
_ENGLISH_WORDS = (
    "the of and for in brigade brigades army forces force division party front battalions "
    "battalion network league movement god units unit corps council organization organisation "
    "men conquest righteous master martyrs state islamic syrian national democratic "
    # French names of groups are translations too
    "armée parti observatoire syrien syrienne syriennes libre des de du"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())


def is_spelling(variant: str) -> bool:
    """Whether a variant spells the name, rather than abbreviating or translating it."""
    if _ACRONYM.match(variant):
        return False
    return not any(w.lower().strip("-,.") in _ENGLISH for w in variant.split())


# -- measures ---------------------------------------------------------------------------------


def rank_qamus(entries: Sequence[Entry], queries: Sequence[Query]) -> list[int | None]:
    """The rank of the expected entry for each query (None when absent)."""
    return rank_and_threshold(entries, queries)[0]


def rank_and_threshold(
    entries: Sequence[Entry], queries: Sequence[Query]
) -> tuple[list[int | None], tuple[int, int, int]]:
    """:func:`rank_qamus`, and at :data:`SAME_NAME_THRESHOLD`: how many matches scored
    at least that, how many of them were the query's own entry, and for how many
    queries the own entry did."""
    matcher = Matcher(Glossary(entries, check=False))
    ranks: list[int | None] = []
    answers = right = found_own = 0
    for query, expected in queries:
        matches = matcher.match(query, limit=10)
        found = [m.entry.id for m in matches]
        ranks.append(found.index(expected) + 1 if expected in found else None)
        passing = [m.entry.id for m in matches if m.score >= SAME_NAME_THRESHOLD]
        answers += len(passing)
        right += passing.count(expected)
        found_own += expected in passing
    return ranks, (answers, right, found_own)


def rank_baseline(
    entries: Sequence[Entry],
    queries: Sequence[Query],
    prepare: Callable[[str], str],
    scorer: Callable[..., float],
) -> list[int | None]:
    choices: list[str] = []
    owners: list[str] = []
    for e in entries:
        for s in e.spellings:
            choices.append(prepare(s))
            owners.append(e.id)
    ranks: list[int | None] = []
    for query, expected in queries:
        best: list[str] = []
        for _, _, i in process.extract(prepare(query), choices, scorer=scorer, limit=30):
            if owners[i] not in best:
                best.append(owners[i])
        ranks.append(best.index(expected) + 1 if expected in best else None)
    return ranks


def summary(ranks: Sequence[int | None]) -> tuple[float, float]:
    top1 = sum(r == 1 for r in ranks) / max(len(ranks), 1)
    mrr = sum(1 / r for r in ranks if r) / max(len(ranks), 1)
    return top1, mrr


def pair_sets(
    groups: dict[str, dict[str, list[str]]],
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Positive pairs (spellings of one name) and hard negatives (nearest other name)."""
    positives: list[tuple[str, str]] = []
    names: list[tuple[str, str]] = []
    for g, v in groups.items():
        spellings = v["arabic"] + v["latin"]
        names += [(g, s) for s in spellings]
        positives += [(a, b) for i, a in enumerate(spellings) for b in spellings[i + 1 :]]
    texts = [_unidecode(s) for _, s in names]
    negatives = list(confusables())
    seen: set[frozenset[str]] = set()
    for i, (g, s) in enumerate(names):
        # the two nearest spellings of other names by a neutral measure: hard negatives
        near = process.extract(texts[i], texts, scorer=fuzz.WRatio, limit=6)
        taken = 0
        for _, _, j in near:
            if names[j][0] != g and names[j][1] != s and taken < 2:
                pair = frozenset((s, names[j][1]))
                if pair not in seen:
                    seen.add(pair)
                    negatives.append((s, names[j][1]))
                taken += 1
    return positives, negatives


def verification(
    positives: Sequence[tuple[str, str]],
    negatives: Sequence[tuple[str, str]],
    score: Callable[[str, str], float],
    threshold: float | None,
) -> tuple[float, float, float, float]:
    """(precision, recall, F1, threshold) at *threshold*, or at the best one when None."""
    pos = [score(a, b) for a, b in positives]
    neg = [score(a, b) for a, b in negatives]
    candidates = [threshold] if threshold is not None else sorted(set(pos + neg))
    best = (0.0, 0.0, 0.0, 0.0)
    for t in candidates:
        tp = sum(s >= t for s in pos)
        fp = sum(s >= t for s in neg)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / len(pos) if pos else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 >= best[2]:
            best = (precision, recall, f1, t)
    return best


def _baseline_pair(
    prepare: Callable[[str], str],
    scorer: Callable[..., float],
) -> Callable[[str, str], float]:
    return lambda a, b: scorer(prepare(a), prepare(b)) / 100


def report_ranking(title: str, experiments: dict[str, tuple[list[Entry], list[Query]]]) -> None:
    print(f"\n{title}")
    print(f"  {'':<28} {'queries':>7}  {'qamus top-1':>11} {'MRR':>6}   baselines top-1")
    passing: list[str] = []
    for name, (entries, queries) in experiments.items():
        ranks, (answers, right, found_own) = rank_and_threshold(entries, queries)
        top1, mrr = summary(ranks)
        base = "  ".join(
            f"{label} {summary(rank_baseline(entries, queries, prep, sc))[0]:.3f}"
            for label, (prep, sc) in BASELINES.items()
        )
        print(f"  {name:<28} {len(queries):>7}  {top1:>11.3f} {mrr:>6.3f}   {base}")
        passing.append(
            f"  {name:<28} {answers:>7} answers, {right / max(answers, 1):.3f} of them the "
            f"query's entry; its entry among them for {found_own / max(len(queries), 1):.3f} "
            "of queries"
        )
    print(f"  Match.score at or above {SAME_NAME_THRESHOLD}:")
    print("\n".join(passing))


def report_loo() -> None:
    experiments = glossary_leave_one_out()
    if not experiments:
        return
    by_script: dict[str, list[int | None]] = defaultdict(list)
    base: dict[str, dict[str, list[int | None]]] = defaultdict(lambda: defaultdict(list))
    for key, (entries, queries) in experiments.items():
        script = key.split(":", 1)[0]
        by_script[script] += rank_qamus(entries, queries)
        for label, (prep, sc) in BASELINES.items():
            base[script][label] += rank_baseline(entries, queries, prep, sc)
    print("\nShipped glossary, leave one variant out (other names: acronyms, translations)")
    for script, ranks in by_script.items():
        top1, mrr = summary(ranks)
        b = "  ".join(f"{label} {summary(r)[0]:.3f}" for label, r in base[script].items())
        print(f"  {script + 's':<28} {len(ranks):>7}  {top1:>11.3f} {mrr:>6.3f}   {b}")


def heldout_spellings() -> list[tuple[str, str, str]]:
    """(query, entry id, script) of real spellings the shipped glossary does not hold."""
    import csv

    with (DATA / "heldout_spellings.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["query"], r["entry"], r["script"]) for r in rows]


def report_heldout() -> None:
    """Real spellings of shipped entries, seen in print but kept out of the glossary."""
    try:
        from qamus.glossary import load

        entries = list(load())
    except Exception as exc:
        print(f"  (shipped glossary skipped: {exc.__class__.__name__})")
        return
    rows = heldout_spellings()
    print(
        f"\nReal spellings not in the glossary ({len(rows)}, heldout_spellings.tsv), "
        "against the whole shipped glossary"
    )
    for script in ("latin", "arabic"):
        queries = [(q, e) for q, e, s in rows if s == script]
        top1, mrr = summary(rank_qamus(entries, queries))
        base = "  ".join(
            f"{label} {summary(rank_baseline(entries, queries, prep, sc))[0]:.3f}"
            for label, (prep, sc) in BASELINES.items()
        )
        print(f"  {script:<28} {len(queries):>7}  {top1:>11.3f} {mrr:>6.3f}   {base}")


def outside_names() -> list[tuple[str, str]]:
    """(name, kind) of real names the shipped glossary does not hold."""
    import csv

    with (DATA / "outside_names.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["query"], r["kind"]) for r in rows]


@cache
def baseline_thresholds() -> dict[str, float]:
    """Each baseline's threshold of best pair-verification F1 on the tune half."""
    positives, negatives = pair_sets(un_groups("tune"))
    return {
        label: verification(positives, negatives, _baseline_pair(prep, sc), None)[3]
        for label, (prep, sc) in BASELINES.items()
    }


def report_outside() -> None:
    """Real names of groups, places and people the shipped glossary does not hold:
    every answer at the threshold is a wrong one."""
    try:
        from qamus.glossary import load

        entries = list(load())
    except Exception as exc:
        print(f"  (shipped glossary skipped: {exc.__class__.__name__})")
        return
    names = [q for q, _ in outside_names()]
    matcher = Matcher(Glossary(entries, check=False))
    wrong = []
    for name in names:
        best = matcher.match(name, limit=1)
        if best and best[0].score >= SAME_NAME_THRESHOLD:
            wrong.append((name, best[0].entry.id, best[0].score))
    choices = [s for e in entries for s in e.spellings]
    base = []
    for label, threshold in (baseline_thresholds() if un_groups("tune") else {}).items():
        prep, scorer = BASELINES[label]
        prepared = [prep(c) for c in choices]
        passing = sum(
            process.extractOne(prep(n), prepared, scorer=scorer)[1] / 100 >= threshold
            for n in names
        )
        base.append(f"{label} {passing / len(names):.3f} (at {threshold:.2f})")
    print(
        f"\nReal names not in the glossary ({len(names)}, outside_names.tsv): share answered "
        f"at {SAME_NAME_THRESHOLD} or above, all wrongly (baselines at their best-F1 "
        "threshold on the tune half's pairs)"
    )
    print(f"  qamus {len(wrong) / len(names):.3f}   " + "  ".join(base))
    for name, entry, score in wrong:
        print(f"    {name} -> {entry} {score:.2f}")


#: Sentences a held-out spelling is set in, for finding it in running text.
SENTENCES: Final = {
    "latin": "On Monday, sources said {} announced it.",
    "arabic": "وقال مصدر يوم الاثنين إن {} أعلن ذلك.",
}


def _aho_corasick(entries: Sequence[Entry]) -> Callable[[str], list[tuple[int, int, str]]]:
    """The baseline finder: every spelling, lower-cased, in one Aho-Corasick automaton;
    (start, end, entry id) of each hit between word boundaries."""
    import ahocorasick

    ids: dict[str, tuple[str, ...]] = defaultdict(tuple)
    for entry in entries:
        for spelling in entry.spellings:
            ids[spelling.lower()] += (entry.id,)
    automaton = ahocorasick.Automaton()
    for key, named in ids.items():
        automaton.add_word(key, (len(key), named))
    automaton.make_automaton()

    def scan(text: str) -> list[tuple[int, int, str]]:
        lowered = text.lower()  # same length as text for the sentences used here
        found = []
        for last, (size, named) in automaton.iter(lowered):
            start, end = last - size + 1, last + 1
            if lowered[start - 1 : start].isalnum() or lowered[end : end + 1].isalnum():
                continue
            found.extend((start, end, entry_id) for entry_id in named)
        return found

    return scan


def report_in_text() -> None:
    """The real spellings held out, each in a sentence: share found by ``find`` as
    spelled, by sound, and by a plain Aho-Corasick scan; a spelling is found when a
    mention of its entry overlaps it."""
    try:
        from qamus.glossary import load

        entries = list(load())
    except Exception as exc:
        print(f"  (shipped glossary skipped: {exc.__class__.__name__})")
        return
    glossary = Glossary(entries, check=False)
    scan = _aho_corasick(entries)
    rows = heldout_spellings()
    print(
        f"\nReal spellings not in the glossary, in a sentence ({len(rows)}): share "
        "found by find (a mention of the entry over the spelling)"
    )
    print(f"  {'':<28} {'texts':>7}  {'as spelled':>10} {'by sound':>9}   baseline")
    for script in ("latin", "arabic"):
        counts = [0, 0, 0]
        queries = [(q, e) for q, e, s in rows if s == script]
        for query, expected in queries:
            text = SENTENCES[script].format(query)
            start = text.index(query)
            end = start + len(query)
            found = (
                [(m.start, m.end, m.entry.id) for m in glossary.find(text)],
                [(m.start, m.end, m.entry.id) for m in glossary.find(text, by_sound=True)],
                scan(text),
            )
            for n, mentions in enumerate(found):
                counts[n] += any(
                    entry_id == expected and s < end and start < e for s, e, entry_id in mentions
                )
        spelled, sound, plain = (c / len(queries) for c in counts)
        print(
            f"  {script:<28} {len(queries):>7}  {spelled:>10.3f} {sound:>9.3f}   "
            f"Aho-Corasick {plain:.3f}"
        )
    # names the glossary does not hold, each in a sentence: a mention by sound of no
    # name found as spelled there is a false one
    outside = outside_names()
    false = 0
    for name, _ in outside:
        script = "arabic" if script_of(name) == "arabic" else "latin"
        text = SENTENCES[script].format(name)
        spelled_spans = {(m.start, m.end, m.entry.id) for m in glossary.find(text)}
        false += any(
            (m.start, m.end, m.entry.id) not in spelled_spans
            for m in glossary.find(text, by_sound=True)
        )
    print(
        f"  names outside the glossary ({len(outside)}) given a mention by sound only: "
        f"{false / len(outside):.3f}"
    )


def report_pairs(title: str, groups: dict[str, dict[str, list[str]]]) -> None:
    positives, negatives = pair_sets(groups)
    cross_pos = [(a, b) for a, b in positives if script_of(a) != script_of(b)]
    same_pos = [(a, b) for a, b in positives if script_of(a) == script_of(b)]
    print(
        f"\n{title}: pair verification ({len(positives)} same-name pairs, "
        f"{len(negatives)} look-alike pairs)"
    )
    for label, pos in (
        ("all pairs", positives),
        ("same script", same_pos),
        ("across scripts", cross_pos),
    ):
        p, r, f, _ = verification(pos, negatives, similarity, SAME_NAME_THRESHOLD)
        _, _, bf, bt = verification(pos, negatives, similarity, None)
        print(
            f"  qamus {label:<16} at {SAME_NAME_THRESHOLD}: precision {p:.3f} recall {r:.3f} "
            f"F1 {f:.3f}   (best F1 {bf:.3f} at {bt:.3f})"
        )
    for label, (prep, sc) in BASELINES.items():
        p, r, f, t = verification(positives, negatives, _baseline_pair(prep, sc), None)
        print(f"  {label:<28} best F1 {f:.3f} (precision {p:.3f} recall {r:.3f} at {t:.2f})")


def main() -> None:
    header("qamus matching accuracy")
    report_loo()
    report_heldout()
    report_outside()
    report_in_text()
    for part in ("tune", "held-out"):
        groups = un_groups(part)
        if not groups:
            print("\n(UN sanctions list data absent: ../shared/data not found)")
            break
        report_ranking(
            f"UN sanctions list names, {part} half ({len(groups)} names)", un_experiments(groups)
        )
        report_pairs(f"UN sanctions list names, {part} half", groups)


if __name__ == "__main__":
    main()
