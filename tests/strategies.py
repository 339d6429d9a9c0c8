"""Hypothesis strategies shared by qamus's tests."""

from __future__ import annotations

import string
import unicodedata

from hypothesis import strategies as st

from qamus.model import KINDS, RELATION_TYPES, Entry, Relation, Source

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"

#: Any text at all, lone surrogates, NUL and unassigned code points included.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=60)

slugs = st.lists(
    st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=6), min_size=1, max_size=3
).map("-".join)

latin_words = st.text(string.ascii_letters, min_size=1, max_size=9).map(str.capitalize)
latin_names = st.lists(latin_words, min_size=1, max_size=3).map(" ".join)
arabic_words = st.text(ARABIC_LETTERS, min_size=2, max_size=7)
arabic_names = st.lists(arabic_words, min_size=1, max_size=3).map(" ".join)

# Free text for notes and titles: printable, with no characters the checks reject.
free_text = (
    st.text(
        st.characters(categories=("L", "N", "P", "Zs"), exclude_characters='\u0640\\"'),
        min_size=1,
        max_size=40,
    )
    .map(lambda s: unicodedata.normalize("NFC", s).strip())
    .filter(bool)
)

sources = st.builds(
    Source,
    title=free_text,
    url=st.one_of(st.none(), slugs.map(lambda s: f"https://example.org/{s}")),
    publisher=st.one_of(st.none(), free_text),
    date=st.one_of(st.none(), st.sampled_from(["2019", "2020-05", "2021-11-30"])),
).filter(lambda s: bool(s.url or s.publisher))


@st.composite
def entries(draw: st.DrawFn, entry_id: str | None = None) -> Entry:
    """A valid entry, as an editor could write it (no relations)."""
    name = draw(latin_names)
    variants = draw(st.lists(st.one_of(latin_names, arabic_names), max_size=5))
    return Entry(
        id=entry_id or draw(slugs),
        kind=draw(st.sampled_from(sorted(KINDS))),
        name=name,
        arabic=draw(arabic_names),
        english=draw(st.one_of(st.none(), latin_names)),
        variants=tuple(dict.fromkeys(v for v in variants if v != name)),
        notes=draw(st.one_of(st.none(), free_text)),
        sources=tuple(draw(st.lists(sources, min_size=1, max_size=2))),
        wikidata=draw(st.one_of(st.none(), st.integers(1, 10**8).map(lambda n: f"Q{n}"))),
    )


relation_types = st.sampled_from(sorted(RELATION_TYPES))


def with_relation(entry: Entry, rel_type: str, target: str) -> Entry:
    """*entry* with one more relation."""
    import attrs

    return attrs.evolve(entry, relations=(*entry.relations, Relation(rel_type, target)))
