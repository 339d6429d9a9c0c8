"""qamus.translit.spellings: the customary Latin spellings of Arabic names."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.translit import Spelling, iter_spellings, spellings

# Worked examples: each spelling is in print for the name (Syrian and Lebanese
# press, Reuters/AP copy, the UN sanctions list).
EXPECTED = [
    ("لواء الباقر", ["Liwa al-Baqir", "Liwaa al-Baqir", "Lewa al-Baqir", "Liwa el-Baqer"]),
    ("حزب الله", ["Hezbollah", "Hizballah", "Hizbullah"]),
    ("دير الزور", ["Deir ez-Zor", "Dayr al-Zawr", "Deir al-Zor"]),
    (
        "هيئة تحرير الشام",
        ["Hay’at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham"],
    ),
    ("عبد الرحمن", ["Abd al-Rahman", "Abdul Rahman", "Abdel Rahman"]),
    ("جيش المهاجرين والأنصار", ["Jaysh al-Muhajirin wal-Ansar"]),
    ("مُحَمَّد", ["Muhammad", "Mohammed", "Mohamed", "Mohammad"]),
    ("الدولة الإسلامية", ["al-Dawla al-Islamiyya", "ad-Dawla al-Islamiyya"]),
]


@pytest.mark.parametrize(("arabic", "wanted"), EXPECTED)
def test_customary_spellings_are_among_the_first_twenty(arabic: str, wanted: list[str]) -> None:
    found = spellings(arabic)
    missing = [w for w in wanted if w not in found]
    assert not missing, f"{missing} not in {found}"


def test_best_spelling_first_and_weights_fall() -> None:
    found = list(iter_spellings("لواء الباقر"))
    assert found[0].text == "Liwa al-Baqir"
    weights = [s.weight for s in found]
    assert weights == sorted(weights, reverse=True)
    assert all(0 < w <= 1 for w in weights)


def test_patterns_are_named_and_documented() -> None:
    table = resources.files("qamus.translit").joinpath("spelling_patterns.tsv").read_text("utf-8")
    documented = {line.split("\t")[3] for line in table.splitlines() if line and line[0] != "#"}
    used = {p for s in iter_spellings("لواء الباقر") for p in s.patterns}
    assert used
    assert {p for p in used if not p.startswith("shape-")} <= documented
    bager = next(s for s in iter_spellings("لواء الباقر") if s.text == "Liwa al-Bager")
    assert "q-g" in bager.patterns


def test_every_pattern_row_has_an_example() -> None:
    table = resources.files("qamus.translit").joinpath("spelling_patterns.tsv").read_text("utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            sound, _output, weight, pattern, example = line.split("\t")
            assert sound
            assert pattern
            assert example.strip()
            assert 0 < float(weight) <= 1


def test_limit_and_uniqueness() -> None:
    found = spellings("جبهة النصرة", limit=7)
    assert len(found) == 7
    assert len(set(found)) == 7
    assert spellings("", limit=5) == []


def test_latin_words_pass_through() -> None:
    assert spellings("Hotel الشام")[0] == "Hotel al-Sham"


@given(st.lists(st.text("ابتثجحخدذرزسشصضطظعغفقكلمنهوية", min_size=1, max_size=8), max_size=12))
def test_bounded_on_long_input(words: list[str]) -> None:
    found = list(iter_spellings(" ".join(words)))
    assert len(found) <= 400
    assert all(isinstance(s, Spelling) and s.text for s in found)


@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=40))
def test_never_raises(text: str) -> None:
    assert isinstance(spellings(text), list)
