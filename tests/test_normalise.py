"""Tests of qamus.normalise: normalise_arabic, normalise_latin, normalise, offsets."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.normalise import (
    NormalisedText,
    name_key,
    normalise,
    normalise_arabic,
    normalise_latin,
    normalise_with_offsets,
)
from qamus.normalise.latin import words_of
from qamus.normalise.mixed import MIXED_TABLE
from qamus.normalise.offsets import fold_with_offsets
from tests.strategies_normalise import (
    AYN_MARKS,
    HARAKAT,
    INVISIBLES,
    TATWEEL,
    any_text,
    arabic_names,
    in_presentation_forms,
    latin_text_names,
    sprinkled,
)
from tests.threads import from_threads

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

NORMALISERS: list[Callable[[str], str]] = [normalise_arabic, normalise_latin, normalise]
ALL_FUNCTIONS: list[Callable[[str], object]] = [*NORMALISERS, name_key, normalise_with_offsets]


# --- never raising, types ------------------------------------------------------------


@pytest.mark.parametrize("func", ALL_FUNCTIONS, ids=lambda f: f.__name__)
@given(text=any_text)
def test_never_raises_on_any_text(func: Callable[[str], object], text: str) -> None:
    result = func(text)
    assert isinstance(result, str | NormalisedText)


@pytest.mark.parametrize("func", ALL_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "text",
    [
        "\ud800\udfff\x00\U000e0001\U0010ffff",
        "al-" * 5000,
        "a" * 10000 + "!",
        "ﻟﻮﺍء" * 2500,
        "abd" * 3000 + "allah",
        "Abdul " * 2000,
        "ــ" * 5000,
        "ʿ" * 10000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_long_and_adversarial_inputs(func: Callable[[str], object], text: str) -> None:
    assert isinstance(func(text), str | NormalisedText)


@pytest.mark.parametrize("func", ALL_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("bad", [None, 3, b"Liwa", ["Liwa"]])
def test_non_str_is_a_type_error(func: Callable[[object], object], bad: object) -> None:
    with pytest.raises(TypeError, match=r"takes a str, not"):
        func(bad)


# --- idempotence ---------------------------------------------------------------------


@pytest.mark.parametrize("func", NORMALISERS, ids=lambda f: f.__name__)
@given(text=any_text)
def test_idempotent_on_any_text(func: Callable[[str], str], text: str) -> None:
    once = func(text)
    assert func(once) == once


@pytest.mark.parametrize("func", NORMALISERS, ids=lambda f: f.__name__)
@given(text=st.one_of(arabic_names, latin_text_names))
def test_idempotent_on_names(func: Callable[[str], str], text: str) -> None:
    once = func(text)
    assert func(once) == once


# --- invariance ----------------------------------------------------------------------


@given(data=st.data(), name=arabic_names)
def test_arabic_ignores_harakat_tatweel_and_invisibles(data: st.DataObject, name: str) -> None:
    noisy = data.draw(sprinkled(name, [*HARAKAT, TATWEEL, *INVISIBLES]))
    assert normalise_arabic(noisy) == normalise_arabic(name)
    assert normalise(noisy) == normalise(name)
    assert name_key(noisy) == name_key(name)


@given(data=st.data(), name=arabic_names)
def test_presentation_forms_equal_base_letters(data: st.DataObject, name: str) -> None:
    shaped = data.draw(in_presentation_forms(name))
    assert normalise_arabic(shaped) == normalise_arabic(name)
    assert normalise(shaped) == normalise(name)


@pytest.mark.parametrize("form", ["NFC", "NFD", "NFKC", "NFKD"])
@pytest.mark.parametrize("func", [*NORMALISERS, name_key], ids=lambda f: f.__name__)
@given(name=arabic_names)
def test_unicode_normal_forms_do_not_matter_arabic(
    func: Callable[[str], str], form: Literal["NFC", "NFD", "NFKC", "NFKD"], name: str
) -> None:
    assert func(unicodedata.normalize(form, name)) == func(name)


@pytest.mark.parametrize("form", ["NFC", "NFD", "NFKC", "NFKD"])
@pytest.mark.parametrize("func", [normalise_latin, normalise, name_key], ids=lambda f: f.__name__)
@given(name=latin_text_names)
def test_unicode_normal_forms_do_not_matter_latin(
    func: Callable[[str], str], form: Literal["NFC", "NFD", "NFKC", "NFKD"], name: str
) -> None:
    # normalise_arabic leaves romanised text as it is, normal form included
    assert func(unicodedata.normalize(form, name)) == func(name)


@given(data=st.data(), name=latin_text_names)
def test_latin_ignores_case_and_invisibles(data: st.DataObject, name: str) -> None:
    noisy = data.draw(sprinkled(name, INVISIBLES))
    for variant in (name.upper(), name.title(), noisy):
        assert normalise_latin(variant) == normalise_latin(name)
        assert normalise(variant) == normalise(name)


@given(name=latin_text_names)
def test_latin_output_is_lowercase_ascii_words(name: str) -> None:
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", normalise_latin(name))


@given(data=st.data(), name=latin_text_names)
def test_ayn_and_hamza_marks_are_interchangeable(data: st.DataObject, name: str) -> None:
    mark = data.draw(st.sampled_from(AYN_MARKS))
    swapped = "".join(mark if ch in AYN_MARKS else ch for ch in name)
    assert normalise_latin(swapped) == normalise_latin(name)


# --- worked examples -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        (["لواء", "لِوَاءُ", "ﻟﻮﺍء", "لـــواء", "\u200fلواء\u200e"], "لوا"),
        (["حماة", "حماه", "حَمَاة"], "حماه"),
        (["أحمد", "إحمد", "احمد", "أَحْمَد"], "احمد"),
        (["آسامة", "أسامة"], "اسامه"),
        (["علي", "على", "عليّ"], "علي"),
        (["مسؤول", "مسوول"], "مسوول"),
        (["هيئة", "هييه"], "هييه"),
        (["عبداللطیف", "عبداللطيف"], "عبداللطيف"),  # Persian yeh (UN list, Afghan names)
        (["کابل", "كابل"], "كابل"),
        (["هٰذا", "هذا"], "هذا"),
        (["٢٠١٣", "۲۰۱۳", "2013"], "2013"),
        (["  دير   الزور "], "دير الزور"),
    ],
)
def test_arabic_folds(variants: list[str], expected: str) -> None:
    assert [normalise_arabic(v) for v in variants] == [expected] * len(variants)


def test_arabic_passes_other_text_through() -> None:
    assert normalise_arabic("Liwa’  al-Baqir\u200b (لواء)") == "Liwa’ al-Baqir (لوا)"


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        (["Liwa al-Baqir", "Liwā’ al-Bāqir", "LIWA AL BAQIR", "Liwa al_Baqir"], "liwa al baqir"),
        (["Liwa' el-Baqer", "Liwaʾ el Baqer", "liwa el-baqer"], "liwa al baqer"),
        (["Deir ez-Zor", "Deir ez Zor", "DEIR EZ-ZOR"], "deir al zor"),
        (["Dayr al-Zawr", "Dayr az-Zawr", "Dayr al'Zawr"], "dayr al zawr"),
        (["Hay’at Tahrir al-Sham", "Hayat Tahrir ash-Sham", "Hayʾat Taḥrīr aš-Šām"],
         "hayat tahrir al sham"),
        (["Abd al-Rahman", "Abdul Rahman", "Abdelrahman", "ʿAbd al-Raḥmān", "Abd-al-Rahman",
          "Abdurrahman", "Abdur Rahman", "Abdel Rahman", "ABD EL RAHMAN"], "abd al rahman"),
        (["Hezbollah"], "hezb allah"),
        (["Ali ibn Abi Talib", "Ali bin Abi Talib", "Ali ben Abi Talib"], "ali bin abi talib"),
        # Portuguese Wikipedia and Roman Urdu write ibne ("Huceine ibne Ali")
        (["Ali ibne Abi Talib"], "ali bin abi talib"),
        (["Nour ad-Din", "Nour al-Din", "Nour el-Din", "NOUR AL DIN"], "nour al din"),
        (["Noureddine", "Nour-eddine"], "nour al dine"),
        (["Ǧaʿfar", "Ja'far", "Jafar"], "jafar"),
        # the Spanish Arabists' ŷ for ج, as Spanish Wikipedia romanises النجف: Al-Naŷaf
        (["al-Naŷaf", "al-Najaf", "AL-NAŶAF"], "al najaf"),
    ],
)  # fmt: skip
def test_latin_folds(variants: list[str], expected: str) -> None:
    assert [normalise_latin(v) for v in variants] == [expected] * len(variants)


@pytest.mark.parametrize("word", ["Alan", "Ali", "Assad", "Adnan", "Alawite", "Elias", "Asad"])
def test_article_only_as_separate_element(word: str) -> None:
    assert normalise_latin(f"{word} Baqir") == f"{word.lower()} baqir"


def test_sun_article_needs_its_consonant() -> None:
    assert normalise_latin("ash-Sham") == "al sham"
    assert normalise_latin("as-Sayyid") == "al sayyid"
    assert normalise_latin("an-Nusra") == "al nusra"
    assert normalise_latin("as Baqir") == "as baqir"
    assert normalise_latin("at the town") == "at the town"


def test_mixed_text_uses_each_scripts_folds() -> None:
    assert normalise("لِوَاءُ البَاقِر (Liwā’ al-Bāqir)") == "لوا الباقر liwa al baqir"
    assert normalise("لواء، الباقر") == "لوا الباقر"


# --- offsets -------------------------------------------------------------------------


def _check_offsets(text: str) -> NormalisedText:
    result = normalise_with_offsets(text)
    assert result.text == normalise(text)
    n = len(result.text)
    assert len(result.starts) == len(result.ends) == n
    starts, ends = list(result.starts), list(result.ends)
    assert starts == sorted(starts)
    for i in range(n):
        assert 0 <= starts[i] < ends[i] <= len(text)
        assert result.starts[i] == starts[i]
        assert result.ends[i] == ends[i]
    if n:
        assert result.original_span(0, n) == (starts[0], ends[-1])
    return result


@given(text=any_text)
def test_offsets_on_any_text(text: str) -> None:
    _check_offsets(text)


@given(text=st.lists(st.one_of(arabic_names, latin_text_names), max_size=6).map(", ".join))
def test_offsets_on_names(text: str) -> None:
    _check_offsets(text)


def test_offsets_are_character_precise_within_words() -> None:
    text = "From Dayr az-Zawr to لِوَاءُ البَاقِر, Abdelrahman said."
    result = _check_offsets(text)
    spans = [text[s:e] for s, e in zip(result.starts, result.ends, strict=True)]
    i = result.text.index("dayr")
    assert spans[i : i + 4] == ["D", "a", "y", "r"]
    j = result.text.index("لوا")
    assert spans[j : j + 3] == ["لِ", "وَ", "اءُ"]
    k = result.text.index("al zawr")
    assert spans[k : k + 2] == ["az", "az"]
    m = result.text.index("abd al rahman")
    s, e = result.original_span(m, m + len("abd al rahman"))
    assert text[s:e] == "Abdelrahman"


def test_offsets_find_a_name_in_running_text() -> None:
    text = "Fighters of Liwā’ al-Bāqir entered; later LIWA EL BAQER withdrew."
    result = _check_offsets(text)
    target = normalise("Liwa al-Baqir")
    found = [m.start() for m in re.finditer(re.escape(target[:4]), result.text)]
    spans = [result.original_span(i, i + len(target)) for i in found]
    assert [text[s:e] for s, e in spans] == ["Liwā’ al-Bāqir", "LIWA EL BAQER"]


def test_offsets_of_empty_and_blank_text() -> None:
    for text in ("", "   ", "\u200b\u200f", "---"):
        result = _check_offsets(text)
        assert result.text == ""
        assert result.original_span(0, 0) == (0, 0)


def test_offsets_large_document_equals_normalise() -> None:
    text = ("Deir ez-Zor, at the town of al-Mayadin; دير الزور — Liwa el-Baqer.\n") * 2000
    result = normalise_with_offsets(text)
    assert result.text == normalise(text)
    assert len(result.starts) == len(result.text)
    last = result.text.rindex("baqer")
    s, e = result.original_span(last, last + 5)
    assert text[s:e] == "Baqer"


# --- the character step with offsets (what find scans) -------------------------------


def _reference_fold(text: str) -> tuple[str, list[int], list[int]]:
    """fold_with_offsets, one character at a time: the definition it must meet."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for pos, ch in enumerate(text):
        out = MIXED_TABLE[ord(ch)]
        for c in out:
            if c == " " and (not chars or chars[-1] == " "):
                if chars:
                    ends[-1] = pos + 1  # one space for the whole run
                continue
            chars.append(c)
            starts.append(pos)
            ends.append(pos + 1)
        if not out and chars and chars[-1] != " ":
            ends[-1] = pos + 1
    if chars and chars[-1] == " ":
        del chars[-1], starts[-1], ends[-1]
    return "".join(chars), starts, ends


#: Characters whose fold is not one character, or not what str.lower gives.
_AWKWARD = "ßẞİıΣσςᎠꭰǅﬁ½⑴℡ʿʾ’`´\u0640\u064e\u0651\u200f\x00\ud800\udc00\U0001d400"
awkward_text = st.text(
    st.one_of(
        st.sampled_from([*_AWKWARD, *HARAKAT, *INVISIBLES, *" .,;-()\n\tAbcلوالباقرة"]),
        st.characters(codec=None, exclude_categories=()),
    ),
    max_size=60,
)


@given(text=st.one_of(any_text, awkward_text))
def test_fold_with_offsets_is_the_character_step(text: str) -> None:
    folded = fold_with_offsets(text)
    assert (folded.text, list(folded.starts), list(folded.ends)) == _reference_fold(text)


@given(text=st.one_of(any_text, awkward_text))
def test_normalise_is_the_fold_then_the_word_rules(text: str) -> None:
    assert normalise(text) == " ".join(words_of(fold_with_offsets(text).text))


def test_fold_with_offsets_on_a_long_document() -> None:
    text = "Ḫālid (al-Marāʿī), لِوَاءُ  الـباقر; ΣΟΦΙΑ ﬁn ß\u200f.\n" * 3000
    folded = fold_with_offsets(text)
    expected = _reference_fold(text)
    assert folded.text == expected[0]
    for i in range(0, len(folded.text), 97):
        assert (folded.starts[i], folded.ends[i]) == (expected[1][i], expected[2][i])


# --- threads -------------------------------------------------------------------------


def test_same_results_from_16_threads() -> None:
    from qamus.normalise import key, latin, mixed, offsets

    # fresh words and characters, so the threads fill the ICU tables and caches
    words = [
        "Ḫālid", "Ǧaʿfar", "Хасан", "Ἀλέξανδρος", "Ştefan", "Łódź", "ǅemal", "Ⅻ",
        "ﻟﻮﺍء", "ﷺ", "عبدالرحمن", "Nasrallah", "İstanbul", "Ŋuru", "Ʒafar", "ǂxoo",
    ]  # fmt: skip
    texts = [f"{a} {b}-{c}" for a in words for b in words[::3] for c in words[::5]]
    funcs: list[Callable[[str], object]] = [
        normalise_arabic, normalise_latin, normalise, name_key,
        lambda s: normalise_with_offsets(s).text,
        lambda s: list(normalise_with_offsets(s).starts),
    ]  # fmt: skip
    for cache in (key._word_keys, key._name_key, latin.split_word, mixed.chunk_words,
                  offsets._chunk):  # fmt: skip
        cache.cache_clear()
    results = from_threads(lambda: [f(t) for t in texts for f in funcs])
    expected = [f(t) for t in texts for f in funcs]
    assert len(results) == 16
    assert all(r == expected for r in results)


# --- peer libraries' test vectors ----------------------------------------------------

#: Peer operations that are one of qamus's Arabic folds (or a subset of them):
#: for these, qamus and the peer must agree once both outputs are normalised.
#: Left out: pyarabic's normalize_hamza (folds every hamza to ء; qamus folds
#: them onto their seat), normalize_alef (writes the dagger alif as ا; qamus
#: drops it), maha's small-alef and honorific-ligature expansions beyond
#: Unicode NFKC, and digit conversions to Eastern digits.
MATCHED_OPERATIONS = {
    "pyarabic.araby.strip_tashkeel(text)",
    "pyarabic.araby.strip_harakat(text)",
    "pyarabic.araby.strip_tatweel(text)",
    "pyarabic.araby.strip_shadda(text)",
    "pyarabic.araby.strip_small(text)",
    "pyarabic.araby.normalize_teh(text)",
    "pyarabic.trans.normalize_digits(text, source='all', out='west')",
    "maha.cleaners.functions.normalize(text, lam_alef=True)",
    "maha.cleaners.functions.normalize(text, waw=True)",
    "maha.cleaners.functions.normalize(text, yeh=True)",
    "maha.cleaners.functions.normalize(text, teh_marbuta=True)",
    "maha.cleaners.functions.normalize_lam_alef(text, keep_hamza=False)",
    "maha.cleaners.functions.remove(text, harakat=True)",
    "maha.cleaners.functions.remove_all_harakat(text)",
    "maha.cleaners.functions.remove(text, tatweel=True)",
    "maha.cleaners.functions.remove_tatweel(text)",
    "lugha.TextNormalizer.normalizeText(text)",
    "lugha.TextNormalizer.normalizeAllAlifsToBareAlif(text)",
    "lugha.DiacriticsRemover.removeDiacritics(text)",
    "lugha.DiacriticsRemover.removeSukun(text)",
}


def _peer_cases() -> list[dict[str, str]]:
    path = SHARED_DATA / "normalisation_cases.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.skipif(not _peer_cases(), reason="../shared/data/normalisation_cases.tsv absent")
@pytest.mark.parametrize("operation", sorted(MATCHED_OPERATIONS))
def test_agreement_with_peer_vectors(operation: str) -> None:
    rows = [r for r in _peer_cases() if r["operation"] == operation]
    if not rows:
        pytest.skip(f"no vectors for {operation}")
    disagreements = [
        (r["input"], r["expected"])
        for r in rows
        if normalise_arabic(r["input"]) != normalise_arabic(r["expected"])
    ]
    assert not disagreements, f"{operation}: {len(disagreements)}/{len(rows)} disagree"


@pytest.mark.parametrize("bad", [2.5, None, "3", True])
def test_original_span_takes_whole_numbers(bad: object) -> None:
    result = normalise_with_offsets("Liwa al-Baqir")
    with pytest.raises(TypeError, match="original_span\\(\\) takes int indices"):
        result.original_span(bad, 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="original_span\\(\\) takes int indices"):
        result.original_span(0, bad)  # type: ignore[arg-type]
