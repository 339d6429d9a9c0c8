"""Unicode normalization forms and mark stripping (qamus.normalise.forms)."""

from __future__ import annotations

import icu
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from qamus.normalise.forms import MARKS, is_nfc, nfc, nfd, nfkc, nfkd, without_marks
from tests.strategies import any_text
from tests.threads import from_threads

_MARKS = icu.UnicodeSet(MARKS)


def _marks_left(text: str) -> list[str]:
    return [c for c in text if _MARKS.contains(c)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shuʿayṭāt", "Shuʿaytat"),  # ALA-LC's marks go; its ayn is a letter, not a mark
        ("Bakkāra", "Bakkara"),
        ("Aşireti", "Asireti"),  # a cedilla is a mark too
        ("Saïd", "Said"),
        ("حَسَن", "حسن"),  # harakat are non-spacing marks
        ("Iraq", "Iraq"),
    ],
)
def test_without_marks_worked_examples(text: str, expected: str) -> None:
    assert nfc(without_marks(text)) == expected


def test_without_marks_with_compatibility_folds_ligatures() -> None:
    assert without_marks("ﬁrāq", compatibility=True) == "firaq"
    assert without_marks("ﬁrāq") == "ﬁraq"


@given(any_text, st.booleans())
@example("a\u0301\u0323\u20dd", False)
def test_without_marks_leaves_no_mark_and_is_idempotent(text: str, compatibility: bool) -> None:
    plain = without_marks(text, compatibility=compatibility)
    assert _marks_left(plain) == []
    assert without_marks(plain, compatibility=compatibility) == plain


@given(any_text, st.booleans())
def test_without_marks_keeps_every_other_character_of_each_decomposed_one(
    text: str, compatibility: bool
) -> None:
    form = icu.Normalizer2.getNFKDInstance() if compatibility else icu.Normalizer2.getNFDInstance()
    expected = "".join(c for ch in text for c in str(form.normalize(ch)) if not _MARKS.contains(c))
    assert without_marks(text, compatibility=compatibility) == expected


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=30))
def test_without_marks_is_the_decomposed_text_without_its_marks(text: str) -> None:
    # character by character or whole, the letters left are the same: canonical
    # ordering moves only marks, and they are dropped
    decomposed = str(icu.Normalizer2.getNFDInstance().normalize(text))
    whole = "".join(c for c in decomposed if not _MARKS.contains(c))
    assert without_marks(text) == whole


@given(any_text)
def test_forms_are_idempotent_and_agree_with_each_other(text: str) -> None:
    for form in (nfc, nfd, nfkc, nfkd):
        assert form(form(text)) == form(text)
    assert nfc(nfd(text)) == nfc(text)
    assert nfkc(nfkd(text)) == nfkc(text)


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=30))
@example("e\u0301")
def test_is_nfc_says_whether_nfc_changes_the_text(text: str) -> None:
    assert is_nfc(text) == (nfc(text) == text)
    assert is_nfc(nfc(text))


def test_forms_are_alike_from_many_threads() -> None:
    texts = ["Shuʿayṭāt", "حَسَن", "ﬁrāq", "Dayr al-Zawr"] * 50

    def work() -> list[str]:
        return [without_marks(t, compatibility=True) + nfc(t) for t in texts]

    results = from_threads(work)
    assert all(r == results[0] for r in results)
    assert results[0] == work()
