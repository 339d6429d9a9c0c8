"""Tests of qamus.normalise.name_key, the cross-script blocking key."""

from __future__ import annotations

import collections
import csv
import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from qamus.normalise import name_key, normalise
from tests.strategies_normalise import (
    AYN_MARKS,
    PLAIN_ARABIC_LETTERS,
    SINGLE_CONSONANTS,
    any_text,
    arabic_names,
    latin_text_names,
    roman_names,
)

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

#: Spellings of one name: every group must share one key.
SAME_NAME = [
    ["Liwa al-Baqir", "Liwa' el-Baqer", "Liwāʾ al-Bāqir", "لواء الباقر", "لِوَاءُ البَاقِر"],
    ["Hezbollah", "Hizballah", "Hizbullah", "Hizb Allah", "Ḥizb Allāh", "حزب الله"],
    ["Deir ez-Zor", "Dayr al-Zawr", "Deir el-Zour", "Dayr az-Zawr", "دير الزور"],
    ["Abd al-Rahman", "Abdul Rahman", "Abdelrahman", "Abdurrahman", "عبد الرحمن", "عبدالرحمن"],
    ["Qasim", "Kassem", "Qassem", "Gasim", "Qāsim", "قاسم"],
    ["Bakkara", "Bekara", "Baggara", "al-Bakkara", "البكارة"],
    ["Hay’at Tahrir al-Sham", "Hayat Tahrir ash-Sham", "Hayʾat Taḥrīr aš-Šām", "هيئة تحرير الشام"],
    ["Muhammad", "Mohammed", "Mohamed", "Muhammed", "Mohammad", "محمد", "مُحَمَّد"],
    ["Mahmud", "Mahmoud", "Mahmood", "محمود"],
    ["Hama", "Hamah", "Ḥamāh", "حماة", "حماه"],
    ["Homs", "Hims", "Ḥimṣ", "حمص"],
    ["Uthman", "Othman", "Osman", "Usman", "عثمان"],
    ["Husayn", "Hussein", "Husain", "Hussain", "حسين"],
    ["Sheikh", "Shaykh", "Shaikh", "Cheikh", "شيخ"],
    ["Jabhat al-Nusra", "Jabhat an-Nusrah", "Jabha al-Nusra", "جبهة النصرة"],
    ["Abu Bakr al-Baghdadi", "Abou Bakr el-Baghdadi", "أبو بكر البغدادي"],
    ["Nasrallah", "Nasr Allah", "نصر الله", "نصرالله"],
    ["Nur al-Din", "Nour ad-Din", "Noureddine", "نور الدين"],
    ["Youssef", "Yousef", "Yusef", "Yusif", "يوسف"],
    ["Хасан", "Hasan", "حسن"],
]

#: Different names the key keeps apart.
DIFFERENT_NAMES = [
    ("Hafez", "Bashar"),
    ("Homs", "Hama"),
    ("حمص", "حماة"),
    ("Nubl", "Nusra"),
    ("نبل", "النصرة"),
    ("Muhammad", "Mahmud"),
    ("محمد", "محمود"),
    ("Mohamed", "Mahmoud"),
    ("Aleppo", "Halab"),  # an exonym, not a romanisation
    ("Jamal", "Kamal"),
    ("Khalid", "Walid"),
    ("Idlib", "Raqqa"),
    ("Ali", "Alan"),
    ("Assad", "Adnan"),
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda g: g[0])
def test_spellings_share_a_key(spellings: list[str]) -> None:
    keys = {s: name_key(s) for s in spellings}
    assert len(set(keys.values())) == 1, keys


@pytest.mark.parametrize(("a", "b"), DIFFERENT_NAMES)
def test_different_names_differ(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_known_split_short_u_in_last_syllable() -> None:
    # The w that keeps Mahmud apart from Muhammad is also given to a short u
    # in a closed last syllable: Yusuf (ALA-LC) and Yousef do not share a key.
    assert name_key("Yusuf") != name_key("Yousef")


def test_known_collision_hasan_husayn() -> None:
    # The yeh of حسين (a diphthong) and of كريم (a long i written as plain i in
    # romanisation) cannot be told apart, so the key drops both: Hasan and
    # Husayn share a key, and the matcher's scoring separates them.
    assert name_key("Hasan") == name_key("Husayn")
    assert name_key("Karim") == name_key("كريم")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Liwa al-Baqir", "l bkr"),
        ("Hezbollah", "hdb l"),
        ("Deir ez-Zor", "dr dwr"),
        ("Muhammad", "mhmd"),
        ("Mahmud", "mhmwd"),
        ("Walid", "wld"),
        ("Yasin", "ytn"),
    ],
)
def test_key_examples(name: str, key: str) -> None:
    assert name_key(name) == key


# --- properties ----------------------------------------------------------------------


@given(text=any_text)
def test_key_is_short_ascii_words(text: str) -> None:
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", name_key(text))


@given(text=st.one_of(any_text, arabic_names, latin_text_names))
def test_key_stable_under_normalise(text: str) -> None:
    assert name_key(normalise(text)) == name_key(text)


@given(data=st.data(), words=roman_names)
def test_latin_article_does_not_matter(data: st.DataObject, words: list[str]) -> None:
    i = data.draw(st.integers(0, len(words) - 1))
    article = data.draw(st.sampled_from(["al-", "al ", "el-", "Al ", "AL-", "al'"]))
    with_article = [*words[:i], article + words[i], *words[i + 1 :]]
    assert name_key(" ".join(with_article)) == name_key(" ".join(words))


@given(data=st.data(), words=st.lists(st.text(PLAIN_ARABIC_LETTERS, min_size=2, max_size=6),
                                      min_size=1, max_size=4))  # fmt: skip
def test_arabic_article_does_not_matter(data: st.DataObject, words: list[str]) -> None:
    assume(not any(w.startswith(("ال", "عبد")) or w.endswith(("الله", "الدين")) for w in words))
    assume(not any(w in {"بن", "ابن", "بنت"} for w in words))
    i = data.draw(st.integers(0, len(words) - 1))
    with_article = [*words[:i], "ال" + words[i], *words[i + 1 :]]
    assert name_key(" ".join(with_article)) == name_key(" ".join(words))


@given(data=st.data(), words=st.lists(st.text(PLAIN_ARABIC_LETTERS, min_size=3, max_size=6),
                                      min_size=2, max_size=4))  # fmt: skip
def test_arabic_article_glued_to_the_word_before_does_not_matter(
    data: st.DataObject, words: list[str]
) -> None:
    # ديرالزور for دير الزور: hurried writing and some lists glue the article on
    i = data.draw(st.integers(1, len(words) - 1))
    spaced = [*words[:i], "ال" + words[i], *words[i + 1 :]]
    glued = [*words[: i - 1], words[i - 1] + "ال" + words[i], *words[i + 1 :]]
    assert name_key(" ".join(glued)) == name_key(" ".join(spaced))


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("ديرالزور", "دير الزور"),
        ("ابوالفضل العباس", "أبو الفضل العباس"),
        ("ابوالفضلالعباس", "أبو الفضل العباس"),
        ("ماهر حافظالأسد", "ماهر حافظ الأسد"),
        ("جلالالدين حقاني", "جلال الدين حقاني"),
    ],
)
def test_glued_article_examples(glued: str, spaced: str) -> None:
    assert name_key(glued) == name_key(spaced)


@pytest.mark.parametrize("name", ["خالد", "صالح", "جمال", "فالح", "سالم", "كمالي"])
def test_names_with_al_inside_keep_their_letters(name: str) -> None:
    # ال inside these names is no article: the key of the word is the word's
    assert len(name_key(name).split()) == 1


@given(data=st.data(), words=roman_names)
def test_doubling_a_consonant_does_not_matter(data: st.DataObject, words: list[str]) -> None:
    name = " ".join(words)
    # not before an h, where the doubled letter would start a digraph (kh, th, ...)
    spots = [
        k
        for k in range(1, len(name))
        if name[k] in SINGLE_CONSONANTS and name[k - 1] != " " and name[k + 1 : k + 2] != "h"
    ]
    assume(spots)
    k = data.draw(st.sampled_from(spots))
    doubled = name[:k] + name[k] + name[k:]
    assume(not any(w.endswith(("llah", "ddin", "ddine", "ddeen")) for w in doubled.split()))
    assert name_key(doubled) == name_key(name)


@given(data=st.data(), words=roman_names)
def test_ayn_and_hamza_marks_do_not_matter(data: st.DataObject, words: list[str]) -> None:
    name = " ".join(words)
    spots = [k for k in range(1, len(name)) if name[k - 1] != " " and name[k] != " "]
    assume(spots)
    marked = name
    for k in sorted(data.draw(st.lists(st.sampled_from(spots), max_size=3)), reverse=True):
        marked = marked[:k] + data.draw(st.sampled_from(AYN_MARKS)) + marked[k:]
    assert name_key(marked) == name_key(name)
    other = data.draw(st.sampled_from(AYN_MARKS))
    swapped = "".join(other if ch in AYN_MARKS else ch for ch in marked)
    assert name_key(swapped) == name_key(name)


@given(data=st.data(), words=roman_names)
def test_case_does_not_matter(data: st.DataObject, words: list[str]) -> None:
    name = " ".join(words)
    assert name_key(name.upper()) == name_key(name.title()) == name_key(name)


# --- the UN sanctions list -----------------------------------------------------------


def _un_groups() -> dict[str, list[str]]:
    path = SHARED_DATA / "un_sc_names_strict.tsv"
    groups: dict[str, list[str]] = collections.defaultdict(list)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                groups[row["group"]].append(row["name"])
    return groups


@pytest.mark.skipif(not _un_groups(), reason="../shared/data/un_sc_names_strict.tsv absent")
def test_un_names_share_word_keys_across_scripts() -> None:
    """Most words of a romanised UN name have their key among the Arabic name's."""
    found = total = 0
    for names in _un_groups().values():
        arabic = [n for n in names if re.search("[\u0600-\u06ff]", n)]
        latin = [n for n in names if n not in arabic]
        arabic_keys = {k for n in arabic for k in name_key(n).split()}
        for n in latin:
            keys = name_key(n).split()
            total += len(keys)
            found += sum(k in arabic_keys for k in keys)
    assert found / total > 0.85
