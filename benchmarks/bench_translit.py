"""Speed of qamus's transliteration schemes and of its spelling generator.

Names per second for :func:`qamus.translit.transliterate` in every scheme over
100,000 distinct Arabic names, beside ICU's own ``Any-Latin`` and
``Arabic-Latin`` transforms measured in the same run (ratios against
``Arabic-Latin``: qamus's rules run a shared reading pass, then the scheme).
Also :func:`qamus.translit.spellings` (the 20 best spellings) over 2,000 names,
and its recall on the UN Security Council names (``../shared/data``): the
fraction of the words of each group's Latin names (particles al/bin/abu/abd
left out, accents and apostrophes folded) found among the words of the
spellings generated from the group's Arabic name, beside the same measure for
one ICU ``Arabic-Latin`` reading and one qamus ``plain`` reading.
"""

from __future__ import annotations

import collections
import re
import unicodedata
from collections.abc import Callable

import icu

from _common import header, rate, read_tsv, row
from names import arabic_names
from qamus.translit import schemes, spellings, transliterate

N_NAMES = 100_000
N_SPELLINGS = 2_000
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd"})


def _words(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return set(re.sub(r"[‘’'ʻʼʿʾ`\-]", " ", folded).split()) - _PARTICLES


def _recall(readings: Callable[[str], list[str]]) -> tuple[int, int]:
    groups: dict[str, tuple[list[str], list[str]]] = collections.defaultdict(lambda: ([], []))
    for r in read_tsv("un_sc_names_strict.tsv"):
        arabic = any("\u0600" <= c <= "\u06ff" for c in r["name"])
        groups[r["group"]][0 if arabic else 1].append(r["name"])
    found = total = 0
    for group, (arabic_names_, latin) in groups.items():
        if group.startswith("TA") or not arabic_names_:  # Dari/Pashto spellings
            continue
        offered: set[str] = set()
        for reading in readings(arabic_names_[0]):
            offered |= _words(reading)
        for name in latin:
            words = _words(name)
            total += len(words)
            found += len(words & offered)
    return found, total


def main() -> None:
    names = arabic_names(N_NAMES)
    header(f"transliterate: names per second over {len(names):,} Arabic names (best of 3)")
    arabic_latin = icu.Transliterator.createInstance("Arabic-Latin")
    any_latin = icu.Transliterator.createInstance("Any-Latin")
    base = rate(names, arabic_latin.transliterate)
    row("ICU Arabic-Latin (baseline)", base, "names/s", base, "Arabic-Latin")
    row("ICU Any-Latin", rate(names, any_latin.transliterate), "names/s", base, "Arabic-Latin")
    for scheme in schemes():
        scheme_id = scheme.id
        transliterate(names[0], scheme_id)  # compile outside the timing

        def one(name: object, scheme_id: str = scheme_id) -> str:
            out: str = transliterate(str(name), scheme_id)
            return out

        row(f"qamus {scheme_id}", rate(names, one), "names/s", base, "Arabic-Latin")
    few = names[:N_SPELLINGS]
    print()
    print(f"spellings(limit=20) over {len(few):,} names (one run)")
    one_rate = rate(few, lambda n: spellings(str(n)), repeat=1)
    row("qamus spellings", one_rate, "names/s", base, "Arabic-Latin")
    if not read_tsv("un_sc_names_strict.tsv"):
        return
    print()
    print("word recall on UN Security Council names (% of Latin name words offered)")
    icu_found, total = _recall(lambda a: [str(arabic_latin.transliterate(a))])
    baseline = 100 * icu_found / total
    row("ICU Arabic-Latin, one reading (baseline)", baseline, "%", baseline, "ICU")
    found, _ = _recall(lambda a: [transliterate(a, "plain")])
    row("qamus plain, one reading", 100 * found / total, "%", baseline, "ICU")
    for limit in (20, 50):

        def offered(arabic: str, limit: int = limit) -> list[str]:
            return spellings(arabic, limit=limit)

        found, _ = _recall(offered)
        row(f"qamus spellings, best {limit}", 100 * found / total, "%", baseline, "ICU")


if __name__ == "__main__":
    main()
