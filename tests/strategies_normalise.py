"""Hypothesis strategies for the normaliser and name-key tests."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

#: Any text at all: lone surrogates, NUL, unassigned code points included.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
#: Base letters only (no hamza forms, no teh marbuta): for key properties.
PLAIN_ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنوي"
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
TATWEEL = "\u0640"
#: Bidi controls, zero-width characters and the BOM.
INVISIBLES = [
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b",
    "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
]  # fmt: skip
#: The ayn/hamza family as romanisations write it.
AYN_MARKS = ["ʿ", "ʾ", "‘", "’", "'", "`", "´", "ʼ", "ʻ", "′"]

arabic_words = st.text(ARABIC_LETTERS, min_size=1, max_size=8)
arabic_names = st.lists(arabic_words, min_size=1, max_size=4).map(" ".join)

_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyzāīūḥṣḍṭẓʿʾ'-"
latin_text_names = st.lists(
    st.text(_LATIN_LETTERS, min_size=1, max_size=10), min_size=1, max_size=4
).map(" ".join)

#: Consonants of romanised syllables; doubling any single-letter one is
#: a plain gemination (sh, kh, ... are digraphs and are not doubled).
SINGLE_CONSONANTS = "bdfjklmnqrtz"
_CONSONANTS = [*SINGLE_CONSONANTS, "s", "h", "sh", "kh", "th", "dh", "gh", "w", "y"]
_VOWELS = ["a", "i", "u", "aa", "ii", "uu", "e", "o"]

syllables = st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_VOWELS)).map("".join)
#: Romanised words made of consonant-vowel syllables: Salimu, Dhakira, ...
roman_words = st.lists(syllables, min_size=1, max_size=4).map("".join)
roman_names = st.lists(roman_words, min_size=1, max_size=4)


@st.composite
def sprinkled(draw: st.DrawFn, text: str, extras: list[str]) -> str:
    """*text* with characters from *extras* inserted at random places."""
    chars = list(text)
    for _ in range(draw(st.integers(0, 6))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(extras)))
    return "".join(chars)


def _presentation_forms() -> dict[str, list[str]]:
    """Base Arabic letter -> its presentation forms (from Unicode's NFKC)."""
    forms: dict[str, list[str]] = {}
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)]:
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        if len(base) == 1 and base != ch and "\u0621" <= base <= "\u06ff":
            forms.setdefault(base, []).append(ch)
    return forms


PRESENTATION_FORMS = _presentation_forms()


@st.composite
def in_presentation_forms(draw: st.DrawFn, text: str) -> str:
    """*text* with some letters replaced by any of their presentation forms."""
    out = []
    for ch in text:
        forms = PRESENTATION_FORMS.get(ch)
        out.append(draw(st.sampled_from(forms)) if forms and draw(st.booleans()) else ch)
    return "".join(out)
