"""Names written in the chat alphabet (Arabizi): Latin letters with digits for Arabic ones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus import Entry, Glossary
from qamus.match.readings import chat_words, in_chat_letters, numbers_in
from tests.strategies import any_text

ENTRIES = [
    Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Halab",)),
    Entry(id="daraa", kind="place", name="Daraa", arabic="درعا", variants=("Dar'a",)),
    Entry(id="darayya", kind="place", name="Darayya", arabic="داريا"),
    Entry(id="iraq", kind="place", name="Iraq", arabic="العراق", variants=("al-Iraq",)),
    Entry(id="hezbollah", kind="group", name="Hezbollah", arabic="حزب الله"),
    Entry(id="fifth-corps", kind="force", name="Fifth Corps", arabic="الفيلق الخامس"),
    Entry(id="fourth-corps", kind="force", name="Fourth Corps", arabic="الفيلق الرابع"),
    Entry(
        id="hayat-tahrir-al-sham",
        kind="group",
        name="Hay’at Tahrir al-Sham",
        arabic="هيئة تحرير الشام",
    ),
]


# The digits as the chat alphabet uses them: 2 ء, 3 ع, 5 خ, 6 ط, 7 ح, 9 ص, with an
# apostrophe for the dotted letter (3' غ, 7' خ) (Wikipedia, "Arabic chat alphabet",
# table of letters); a Levantine 2 also writes the qaf spoken as a hamza.
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("7alab", "aleppo"),
        ("Dar3a", "daraa"),
        ("7ezbollah", "hezbollah"),
        ("7izb allah", "hezbollah"),
        ("el 3ira2", "iraq"),
        ("Hay2at Ta7rir el Sham", "hayat-tahrir-al-sham"),
    ],
)
def test_a_name_in_the_chat_alphabet_finds_its_entry(query: str, expected: str) -> None:
    top = Glossary(ENTRIES, check=False).match(query)
    assert top[0].entry.id == expected
    assert "read as" in top[0].reason


def test_a_digit_of_the_chat_alphabet_is_no_number_of_the_name() -> None:
    # Dar3a is درعا, not Darayya with a 3 it lacks
    top = Glossary(ENTRIES, check=False).match("Dar3a")
    assert "no number" not in top[0].reason
    assert numbers_in("Dar3a") == frozenset()


@pytest.mark.parametrize(
    ("query", "number"),
    [
        ("5th Corps", 5),
        ("T4 base", 4),
        ("Brigade5", 5),
        ("MH17", 17),
        ("3ème corps", 3),
        ("Feyleqê 5mîn", 5),  # the Kurdish ordinal (Timeturk Kurdî)
        ("5inci Kolordu", 5),  # the Turkish one
    ],
)
def test_numbers_beside_letters_stay_numbers(query: str, number: int) -> None:
    assert number in numbers_in(query)
    assert in_chat_letters(query) is None


def test_a_number_the_name_lacks_still_tells_units_apart() -> None:
    top = Glossary(ENTRIES, check=False).match("5th Corps")
    assert top[0].entry.id == "fifth-corps"


@given(any_text)
def test_reading_the_chat_alphabet_never_raises(query: str) -> None:
    read = in_chat_letters(query)
    assert read is None or read != query
    assert in_chat_letters(query, qaf=True) is None or read is not None


chat_word = st.sampled_from(["7alab", "Dar3a", "3ira2", "Ta7rir", "7'alid", "sha3bi", "3'outa"])
chat_queries = st.tuples(
    st.lists(st.sampled_from(["el", "al-", "Liwa", "Jaysh"]), max_size=2),
    st.lists(chat_word, min_size=1, max_size=3),
).map(lambda parts: " ".join(parts[0] + parts[1]))


@given(chat_queries)
def test_a_chat_alphabet_reading_has_no_chat_words_left(query: str) -> None:
    read = in_chat_letters(query)
    assert read is not None
    assert chat_words(read) == []
    assert in_chat_letters(read) is None
    assert numbers_in(query) == frozenset()
