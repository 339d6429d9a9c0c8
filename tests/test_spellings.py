"""qamus.translit.spellings: the customary Latin spellings of Arabic names."""

from __future__ import annotations

import time
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.errors import InvalidOptionError
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


# ---------------------------------------------------------------- digits


@pytest.mark.parametrize(
    ("arabic", "digits"),
    [
        ("الفرقة ٢", "2"),
        ("اللواء ٢٢", "22"),
        ("الفرقة 17", "17"),
        ("اللواء ٩٣", "93"),
        ("۱۴۰۲", "1402"),
    ],
)
def test_digits_are_digits_not_codes(arabic: str, digits: str) -> None:
    found = spellings(arabic)
    assert found
    for spelling in found:
        assert spelling.split()[-1] == digits
        assert "ouble" not in spelling
        assert "ingle" not in spelling


def test_a_number_alone_is_itself() -> None:
    assert spellings("٢٠١٣") == ["2013"]
    assert spellings("اللواء ٢٢")[0] == "al-Liwa 22"


def test_punctuation_inside_a_word_is_not_a_code() -> None:
    # "!" is the reading's code for Allah, "%" and "@" for ta marbuta.
    assert all(s.endswith("!") and "Allah" not in s for s in spellings("حلب!"))
    assert all(s.endswith("%") for s in spellings("حلب٪"))


# ---------------------------------------------------------------- marks


def test_directional_marks_are_ignored() -> None:
    plain = spellings("لواء الباقر")
    assert spellings("\u200fلواء الباقر") == plain
    assert spellings("لواء الباقر\u200f") == plain
    assert spellings("\u202bلواء\u200e الباقر\u202c \u200f") == plain


def test_zero_width_non_joiner_separates_words() -> None:
    found = spellings("حزب\u200cالله")
    assert found == spellings("حزب الله")
    assert "Hezbollah" in found


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("value", [None, 42, ["لواء"], b"Liwa"])
def test_text_that_is_not_a_str_is_a_type_error(value: object) -> None:
    name = type(value).__name__
    with pytest.raises(TypeError, match=rf"^spellings\(\) takes a str, not {name}$"):
        spellings(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=rf"^iter_spellings\(\) takes a str, not {name}$"):
        next(iter_spellings(value))  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [-1, 0, 2.5, "3", True, None])
def test_limit_must_be_a_whole_number_of_at_least_one(limit: object) -> None:
    with pytest.raises(InvalidOptionError, match="limit must be a whole number of at least 1"):
        spellings("حلب", limit=limit)  # type: ignore[arg-type]


# ---------------------------------------------------------------- long input


def test_long_text_costs_time_in_proportion_to_its_length() -> None:
    # 22,000 words took over two minutes when every word was spelled out.
    started = time.monotonic()
    found = spellings("حزب الله " * 11000, limit=3)
    one_word = spellings("ب" * 100_000, limit=3)
    assert time.monotonic() - started < 15
    # The first 24 words are spelled out, the rest written once in plain.
    assert len(found) == 3
    assert all(len(s.split()) == 22000 for s in found)
    assert found[0].startswith(spellings("حزب الله " * 12)[0])
    assert found[0].endswith("Hzb Allah")
    assert one_word == ["B" + "b" * 99_999]


@given(
    st.text(
        st.one_of(
            st.characters(min_codepoint=0x0621, max_codepoint=0x0652),
            st.sampled_from(
                " 0123456789\u0660\u0662\u0669\u06f1\u06f4\u200c\u200e\u200f\u202b\u2067"
            ),
        ),
        max_size=40,
    )
)
def test_digits_and_marks_in_any_text(text: str) -> None:
    digits = "".join(str(int(ch)) for ch in text if ch.isdigit())
    for spelling in spellings(text, limit=5):
        assert "".join(ch for ch in spelling if ch.isdigit()) == digits
        assert not any(ch in "\u200c\u200e\u200f\u202b\u2067" for ch in spelling)
