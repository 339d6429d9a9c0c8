"""Given names that share their consonants and are two names (``given_names.tsv``)."""

from __future__ import annotations

from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.match import SAME_NAME_THRESHOLD, similarity
from qamus.match.given_names import given_names, names_apart
from qamus.match.phonetic import phonetic
from tests.strategies import any_text, latin_names


def _rows() -> list[tuple[str, list[str]]]:
    text = files("qamus.match").joinpath("given_names.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return [
        (a, [s.strip() for s in rest.split(",")])
        for a, rest in (line.split("\t") for line in lines[1:])
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed Aman", "Mahmoud Aman"),
        ("Mehmet", "Mahmut"),
        ("Jamil", "Jamal"),
        ("Fadil", "Fadl"),
        ("Umar", "Ammar"),
        ("Hisham", "هاشم"),
        ("Hamad", "حميد"),
    ],
)
def test_two_given_names_alike_in_letters_are_two_names(a: str, b: str) -> None:
    assert similarity(a, b) < SAME_NAME_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed", "Mehmet"),
        ("Muhammad", "محمد"),
        ("Hamid", "Hamed"),
        ("Hamid", "حامد"),
        ("Hamid", "حميد"),
        ("Husayn", "Hüseyin"),
        ("Hicham", "هشام"),
        ("Nacer", "Nasser"),
        ("Mohammed Aman", "Muhammad Aman"),
    ],
)
def test_spellings_of_one_given_name_stay_one_name(a: str, b: str) -> None:
    assert similarity(a, b) >= SAME_NAME_THRESHOLD


def test_each_spelling_is_read_as_its_name() -> None:
    for arabic, spellings in _rows():
        for spelling in spellings:
            assert arabic in given_names(phonetic(spelling)), spelling


@given(any_text, any_text)
def test_names_apart_is_symmetric_and_never_raises(a: str, b: str) -> None:
    x, y = phonetic(a), phonetic(b)
    assert names_apart(x, y) == names_apart(y, x)
    assert not names_apart(x, x)


@given(st.sampled_from([s for _, spellings in _rows() for s in spellings]), latin_names)
def test_a_given_name_apart_from_another_scores_under_the_threshold(name: str, other: str) -> None:
    if names_apart(phonetic(name), phonetic(other)):
        assert similarity(name, other) < SAME_NAME_THRESHOLD
