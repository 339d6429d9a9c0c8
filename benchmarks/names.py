"""Realistic lists of distinct Arabic names, in Arabic script and romanised.

Names are built by combining given-name and family-name tokens taken from the
shared evaluation data (UN sanctions list names, ALA-LC catalogue name words)
when ``../shared/data`` is present, and from a small built-in list of common
names in both scripts when it is not. Other benchmarks import this module.

>>> len(set(latin_names(1000))) == 1000
True
"""

from __future__ import annotations

import random
from functools import cache

from _common import read_tsv

__all__ = ["arabic_names", "latin_names", "mixed_names"]

#: Common given names and family-name elements, romanised and in Arabic.
_FALLBACK_LATIN = [
    "Muhammad",
    "Ahmad",
    "Ali",
    "Hasan",
    "Husayn",
    "Mahmud",
    "Mustafa",
    "Khalid",
    "Umar",
    "Uthman",
    "Yusuf",
    "Ibrahim",
    "Abd",
    "al-Rahman",
    "Abd",
    "Allah",
    "Abd",
    "al-Aziz",
    "Salih",
    "Qasim",
    "Hamid",
    "Rashid",
    "Karim",
    "Nabil",
    "Walid",
    "Samir",
    "Tariq",
    "Ziyad",
    "Bashar",
    "Hafiz",
    "Jamal",
    "Kamal",
    "Faysal",
    "Sulayman",
    "Ismail",
    "Ayman",
    "Anwar",
    "al-Asad",
    "al-Hakim",
    "al-Baghdadi",
    "al-Tikriti",
    "al-Masri",
    "al-Shami",
    "al-Halabi",
    "al-Husayni",
    "al-Jubouri",
    "al-Dulaymi",
    "al-Ubaydi",
    "al-Qahtani",
    "al-Zawahiri",
    "al-Kuwari",
    "al-Huthi",
    "Nasrallah",
]
_FALLBACK_ARABIC = [
    "محمد",
    "احمد",
    "علي",
    "حسن",
    "حسين",
    "محمود",
    "مصطفى",
    "خالد",
    "عمر",
    "عثمان",
    "يوسف",
    "ابراهيم",
    "عبد",
    "الرحمن",
    "عبد",
    "الله",
    "عبد",
    "العزيز",
    "صالح",
    "قاسم",
    "حامد",
    "راشد",
    "كريم",
    "نبيل",
    "وليد",
    "سمير",
    "طارق",
    "زياد",
    "بشار",
    "حافظ",
    "جمال",
    "كمال",
    "فيصل",
    "سليمان",
    "اسماعيل",
    "ايمن",
    "انور",
    "الاسد",
    "الحكيم",
    "البغدادي",
    "التكريتي",
    "المصري",
    "الشامي",
    "الحلبي",
    "الحسيني",
    "الجبوري",
    "الدليمي",
    "العبيدي",
    "القحطاني",
    "الظواهري",
    "الكواري",
    "الحوثي",
    "نصرالله",
]


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


@cache
def _vocabulary() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(Latin tokens, Arabic tokens) from the shared data, or the fallback."""
    latin: set[str] = set()
    arabic: set[str] = set()
    for row in read_tsv("un_sc_names_all.tsv"):
        for word in row["name"].replace(",", " ").split():
            (arabic if _is_arabic(word) else latin).add(word)
    for row in read_tsv("translit_alalc_catalog_names.tsv"):
        arabic.add(row["arabic"])
        latin.update(row["expected"].split())
    if len(latin) < 50 or len(arabic) < 50:
        latin.update(_FALLBACK_LATIN)
        arabic.update(_FALLBACK_ARABIC)
    return tuple(sorted(latin)), tuple(sorted(arabic))


def _combine(tokens: tuple[str, ...], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        name = " ".join(rng.choice(tokens) for _ in range(rng.choice((2, 2, 3, 3, 3, 4))))
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def latin_names(n: int, seed: int = 0) -> list[str]:
    """*n* distinct romanised names."""
    return _combine(_vocabulary()[0], n, seed)


def arabic_names(n: int, seed: int = 0) -> list[str]:
    """*n* distinct Arabic-script names."""
    return _combine(_vocabulary()[1], n, seed)


def mixed_names(n: int, seed: int = 0) -> list[str]:
    """*n* distinct names, half romanised and half in Arabic script, shuffled."""
    names = latin_names(n - n // 2, seed) + arabic_names(n // 2, seed + 1)
    random.Random(seed).shuffle(names)
    return names
