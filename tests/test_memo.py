"""What the matcher remembers between comparisons holds no form alive.

A long pipeline compares millions of new names; remembered answers keyed by the
forms themselves kept every form alive and made each key one more object for
every full garbage collection to walk (see :mod:`qamus.match._memo`).
"""

from __future__ import annotations

import copy
import gc
import pickle
import sys
import weakref
from collections.abc import Iterator

import pytest

from qamus.match._memo import remember_pairs
from qamus.match.phonetic import Phonetic, phonetic

similarity_module = sys.modules["qamus.match.similarity"]


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Only reference counting frees objects: a form kept in a cycle stays."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def fresh_form(text: str) -> Phonetic:
    """A copy of the form of *text* that no cache holds, which only its references keep
    alive."""
    return copy.copy(phonetic(text))  # made anew: see test_a_copied_form_has_a_serial_of_its_own


def test_pairs_are_remembered_by_form() -> None:
    calls: list[tuple[str, str]] = []

    @remember_pairs(size=8)
    def codes_of(a: Phonetic, b: Phonetic) -> tuple[str, str]:
        calls.append((a.codes, b.codes))
        return a.codes, b.codes

    a, b = fresh_form("Abu Bakr"), fresh_form("Nasr Allah")
    assert codes_of(a, b) == codes_of(a, b) == (a.codes, b.codes)
    assert len(calls) == 1
    assert codes_of(b, a) == (b.codes, a.codes)  # order matters
    twin = fresh_form("Abu Bakr")  # equal in value, another form: its own answer
    assert twin == a
    codes_of(twin, b)
    assert len(calls) == 3


def test_a_full_memory_starts_again() -> None:
    calls: list[str] = []

    @remember_pairs(size=2)
    def codes_of(a: Phonetic, b: Phonetic) -> str:
        calls.append(a.codes)
        return a.codes + b.codes

    forms = [fresh_form(t) for t in ("Abu Bakr", "Nasr Allah", "Abd al-Rahman")]
    for form in forms:
        codes_of(form, form)
    codes_of(forms[2], forms[2])  # remembered after the memory was emptied
    assert len(calls) == 3
    codes_of(forms[0], forms[0])  # forgotten
    assert len(calls) == 4


@pytest.mark.usefixtures("no_collector")
def test_remembered_comparisons_hold_no_form() -> None:
    @remember_pairs(size=8)
    def same(a: Phonetic, b: Phonetic) -> bool:
        return a.codes == b.codes

    a, b = fresh_form("Abu Bakr"), fresh_form("Abu Bakr")
    assert same(a, b)
    gone = weakref.ref(a)
    del a
    assert gone() is None


@pytest.mark.usefixtures("no_collector")
@pytest.mark.parametrize("text", ["Hasan", "Haji Ahmad Shah", "الحاج خالد المرعي"])
def test_a_forms_words_hold_no_cycle(text: str) -> None:
    form = fresh_form(text)
    words, _, _ = similarity_module._words_of(form)
    assert similarity_module._words_of(form)[0] == words
    assert words == form.tokens or len(words) < len(form.tokens)
    gone = weakref.ref(form)
    del form, words
    assert gone() is None  # freed at once, without the garbage collector


@pytest.mark.parametrize("text", ["Hasan al-Basri", "خالد المرعي", "Chalid"])
def test_a_copied_form_has_a_serial_of_its_own(text: str) -> None:
    # a form pickled in another process arrives with that process's serial, which a
    # form made here may already carry: it is made anew, equal and with its own serial
    form = phonetic(text)
    serials = {f.serial for f in (form, *form.parts)}
    for copied in (pickle.loads(pickle.dumps(form)), copy.deepcopy(form)):
        assert copied == form
        assert copied.reading == form.reading
        assert copied.serial not in serials
        assert not serials & {p.serial for p in copied.parts}
    assert copy.copy(form).serial not in serials  # its words are the same objects
