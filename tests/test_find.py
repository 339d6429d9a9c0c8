"""Finding glossary names in running text: offsets, scripts, boundaries, overlaps."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.glossary.store import Glossary
from qamus.match.finder import Finder
from qamus.model import Entry, Relation
from tests.strategies import any_text
from tests.threads import from_threads


def relations(*links: Relation) -> Any:
    """Relations as Entry takes them (its converter hides the element type from mypy)."""
    return links


ENTRIES = [
    Entry(
        id="liwa-al-baqir",
        kind="group",
        name="Liwa al-Baqir",
        arabic="لواء الباقر",
        variants=("Baqir Brigade", "Liwaa al-Baqer"),
    ),
    Entry(
        id="baqir",
        kind="person",
        name="Muhammad al-Baqir",
        arabic="محمد الباقر",
        variants=("al-Baqir", "الباقر"),
    ),
    Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Halab",)),
    Entry(id="khalid-al-marai", kind="person", name="Khalid al-Mara‘i", arabic="خالد المرعي"),
    Entry(
        id="bakkara",
        kind="tribe",
        name="Bakkara",
        arabic="البكارة",
        variants=("Baggara",),
        relations=relations(Relation("not-same-as", "baggara")),
    ),
    Entry(id="baggara", kind="tribe", name="Baggara", arabic="البقارة"),
]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary(ENTRIES, check=False)


def found(glossary: Glossary, text: str, **options: bool) -> list[tuple[str, str]]:
    return [(m.text, m.entry.id) for m in glossary.find(text, **options)]


def test_latin_with_diacritics_and_case(glossary: Glossary) -> None:
    text = "Fighters of LIWĀ AL-BĀQIR moved to Aleppo."
    assert found(glossary, text) == [("LIWĀ AL-BĀQIR", "liwa-al-baqir"), ("Aleppo", "aleppo")]


def test_ayn_marks_optional(glossary: Glossary) -> None:
    assert found(glossary, "Khalid al-Marai and Khalid al-Mara'i and Khalid al-Maraʿi") == [
        ("Khalid al-Marai", "khalid-al-marai"),
        ("Khalid al-Mara'i", "khalid-al-marai"),
        ("Khalid al-Maraʿi", "khalid-al-marai"),
    ]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Khalid al-Mara'i's men", "Khalid al-Mara'i"),
        ("Bakka'ra", "Bakka'ra"),  # a mark the glossary's spellings leave out
        ("Liwa' al-Baqir", "Liwa' al-Baqir"),  # hamza at a word's end
        ("Liwa al-'Baqir", "Liwa al-'Baqir"),
        ("'Aleppo'", "Aleppo"),  # quotes
        ("the Bakkara's land", "Bakkara"),  # English endings are no part of a name
        ("Aleppo’s fall", "Aleppo"),
        ("Liwa al-Baqir'll", "Liwa al-Baqir"),
    ],
)
def test_ayn_and_hamza_marks_in_the_text_only(glossary: Glossary, text: str, mention: str) -> None:
    assert [m.text for m in glossary.find(text)] == [mention]


@pytest.mark.parametrize("text", ["Halab'i", "Halab’iyya", "x'Aleppo"])
def test_no_match_inside_words_with_marks(glossary: Glossary, text: str) -> None:
    assert glossary.find(text) == []


@given(st.sampled_from([s for e in ENTRIES for s in e.spellings if s.isascii()]), st.data())
def test_found_with_a_mark_inside_a_word(spelling: str, data: st.DataObject) -> None:
    # between two letters of a word, not before an English ending ('s, 're, 't): at least
    # three letters of the word follow
    places = [at for at in range(1, len(spelling) - 2) if spelling[at - 1 : at + 3].isalpha()]
    if not places:
        return
    at = data.draw(st.sampled_from(places))
    written = spelling[:at] + data.draw(st.sampled_from("'’ʿʾ")) + spelling[at:]
    entries = {e.id for e in ENTRIES if spelling in e.spellings}
    mentions = Finder(ENTRIES).find(f"They saw {written} there.", overlapping=True)
    assert {m.entry.id for m in mentions if m.text == written} == entries


def test_arabic_with_harakat_and_tatweel(glossary: Glossary) -> None:
    text = "قاتل لِوَاءُ الـبـاقـر في حلب"
    assert found(glossary, text) == [("لِوَاءُ الـبـاقـر", "liwa-al-baqir"), ("حلب", "aleppo")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("ولواء الباقر", "لواء الباقر"),
        ("فلواء الباقر", "لواء الباقر"),
        ("بحلب", "حلب"),
        ("وبحلب", "حلب"),
        ("والباقر", "الباقر"),
        ("للباقر", "لباقر"),
        ("وللباقر", "لباقر"),
    ],
)
def test_arabic_proclitics(glossary: Glossary, text: str, mention: str) -> None:
    assert [m.text for m in glossary.find(text)] == [mention]


@pytest.mark.parametrize("text", ["Aleppoan", "xAleppo", "Halabi", "حلبي", "محلب", "Bakkaras"])
def test_no_match_inside_words(glossary: Glossary, text: str) -> None:
    assert glossary.find(text) == []


def test_letters_of_scientific_romanisations(glossary: Glossary) -> None:
    # the ICU folds of normalise_latin: ḫ is kh, ʿ and ‘ are one apostrophe
    assert found(glossary, "Ḫālid al-Marāʿī; Ḥalab") == [
        ("Ḫālid al-Marāʿī", "khalid-al-marai"),
        ("Ḥalab", "aleppo"),
    ]


@pytest.mark.parametrize(
    "text", ["Liwa\nal-Baqir", "Liwa  al - Baqir", "LIWA_AL_BAQIR", "Liwa (al-Baqir)"]
)
def test_separators_between_words_are_one_space(glossary: Glossary, text: str) -> None:
    assert found(glossary, text) == [(text.strip("()"), "liwa-al-baqir")]


@pytest.mark.parametrize("text", ["Liwa. Al-Baqir", "Liwa, al-Baqir", "لواء، الباقر"])
def test_no_name_over_a_clause_mark(glossary: Glossary, text: str) -> None:
    assert "liwa-al-baqir" not in [entry for _, entry in found(glossary, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Liwa\n\nal-Baqir",
        "Liwa\n \t\nal-Baqir",
        "Liwa\r\n\r\nal-Baqir",
        "Liwa\r\ral-Baqir",
        "Liwa\u2029al-Baqir",
        "Liwa al-\n\nBaqir",
        "لواء\n\nالباقر",
    ],
)
def test_no_name_over_a_paragraph_break(glossary: Glossary, text: str) -> None:
    # a heading, then a paragraph: two names, not one
    assert "liwa-al-baqir" not in [entry for _, entry in found(glossary, text, overlapping=True)]


@pytest.mark.parametrize("text", ["Liwa\r\nal-Baqir", "Liwa al-\nBaqir", "Liwa\u2028al-Baqir"])
def test_a_name_wraps_at_a_line_break(glossary: Glossary, text: str) -> None:
    assert found(glossary, text) == [(text, "liwa-al-baqir")]


def test_clause_mark_of_the_spelling_itself() -> None:
    hts = Entry(
        id="hts",
        kind="group",
        name="Hay'at Tahrir al-Sham",
        arabic="هيئة تحرير الشام",
        variants=("H.T.S.",),
    )
    finder = Finder([hts])
    assert [m.text for m in finder.find("the H.T.S. said")] == ["H.T.S"]
    assert finder.find("h; t; s") == []


ACRONYMS = [
    Entry(id=f"group-{n}", kind="group", name=name, arabic=arabic, variants=(acronym,))
    for n, (name, arabic, acronym) in enumerate(
        [
            ("Mahdi Army", "جيش المهدي", "JAM"),
            ("Kurdistan Democratic Party", "الحزب الديمقراطي الكردستاني", "KDP"),
            ("Jaysh al-Fatah", "جيش الفتح", "JaF"),
            ("Islamic State", "الدولة الإسلامية", "IS"),
        ]
    )
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("JAM fighters", ["JAM"]),
        ("the KDP and JaF", ["KDP", "JaF"]),
        ("JAF", ["JAF"]),
        ("a traffic jam", []),
        ("Jam session", []),
        ("the kdp", []),
    ],
)
def test_acronyms_are_found_as_written_or_in_capitals(text: str, found: list[str]) -> None:
    assert [m.text for m in Finder(ACRONYMS).find(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two capitals, too short for the automaton, are found as written (Der Spiegel:
        # "IS-Kämpfer"), beside acronyms the glossary gives too
        ("IS fighters took the town", ["IS"]),
        ("IS-Kämpfer", ["IS"]),
        ("the KDP and IS clashed", ["KDP", "IS"]),
        ("the 'IS' group", ["IS"]),
        # ... and never as a word, nor in a headline in capitals
        ("This is it", []),
        ("THIS IS IT", []),
        ("WHAT IS", []),
        ("ISIS", []),
    ],
)
def test_an_acronym_of_two_capitals_is_found_as_written(text: str, found: list[str]) -> None:
    assert [m.text for m in Finder(ACRONYMS).find(text)] == found


@given(st.lists(st.sampled_from(["IS", "is", "THE", "KDP", "Is", "-", "'", " ", "x"])).map("".join))
def test_an_acronym_of_two_capitals_found_slices_the_text_as_written(text: str) -> None:
    for m in Finder(ACRONYMS).find(text, overlapping=True):
        assert text[m.start : m.end] == m.text
        assert m.text != "IS" or (m.spelling == "IS" and m.entry.id == "group-3")


def test_short_generated_spellings_are_not_searched_in_english() -> None:
    # هيت romanises as "Hit": a generated spelling of one short word is an English word
    # too often; the glossary's own spellings are searched whatever their length
    heet = Entry(id="heet", kind="place", name="Heet", arabic="هيت")
    kut = Entry(id="kut", kind="place", name="Kut", arabic="الكوت")
    found = Glossary([heet, kut], check=False).find("He hit back in Heet and Kut.")
    assert [m.text for m in found] == ["Heet", "Kut"]


def test_marks_after_the_last_letter_belong_to_the_mention(glossary: Glossary) -> None:
    assert found(glossary, "في حلبٌ و الباقرِ") == [("حلبٌ", "aleppo"), ("الباقرِ", "baqir")]
    assert found(glossary, "Aleppo\u0301 and Aleppo\u0301n") == [("Aleppo\u0301", "aleppo")]


def test_longest_leftmost(glossary: Glossary) -> None:
    text = "Liwa al-Baqir"
    assert found(glossary, text) == [("Liwa al-Baqir", "liwa-al-baqir")]
    everything = found(glossary, text, overlapping=True)
    assert ("Liwa al-Baqir", "liwa-al-baqir") in everything
    assert ("al-Baqir", "baqir") in everything


def test_declared_ambiguity_gives_both(glossary: Glossary) -> None:
    assert sorted(found(glossary, "the Baggara tribe")) == [
        ("Baggara", "baggara"),
        ("Baggara", "bakkara"),
    ]


def test_spelling_and_entry(glossary: Glossary) -> None:
    (mention,) = glossary.find("in Halab today")
    assert (mention.start, mention.end, mention.entry.id, mention.spelling) == (
        3,
        8,
        "aleppo",
        "Halab",
    )


def test_type_error(glossary: Glossary) -> None:
    with pytest.raises(TypeError, match="str text"):
        glossary.find(b"Aleppo")  # type: ignore[arg-type]


def test_empty(glossary: Glossary) -> None:
    assert glossary.find("") == []
    assert Glossary([], check=False).find("Aleppo") == []


names = st.sampled_from([s for e in ENTRIES for s in e.spellings])
filler = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)


@given(st.lists(st.one_of(names, filler), max_size=8).map(" ".join))
def test_offsets_slice_the_original(text: str) -> None:
    finder = Finder(ENTRIES)
    for overlapping in (False, True):
        for m in finder.find(text, overlapping=overlapping):
            assert text[m.start : m.end] == m.text
            assert 0 <= m.start < m.end <= len(text)


@given(any_text)
def test_never_raises(text: str) -> None:
    Finder(ENTRIES).find(text)


@given(st.lists(names, min_size=1, max_size=5))
def test_every_spelling_found(spellings: list[str]) -> None:
    text = " , ".join(spellings)
    texts = [m.text for m in Finder(ENTRIES).find(text, overlapping=True)]
    for spelling in spellings:
        assert spelling in texts


separators = (
    st.lists(
        st.sampled_from([" ", "\n", "\t", "-", "_", " - ", "\u00a0", "–"]), min_size=1, max_size=3
    )
    .map("".join)
    .filter(lambda sep: sep.count("\n") < 2)  # two line breaks are a paragraph break
)
blank_lines = st.tuples(
    st.sampled_from(["\n", "\r\n", "\u2028"]), st.sampled_from(["", " ", "\t", " \u00a0"])
).map(lambda parts: parts[0] + parts[1] + parts[0])


@given(names, st.lists(separators, min_size=8, max_size=8))
def test_found_whatever_separates_its_words(spelling: str, seps: list[str]) -> None:
    words = spelling.replace("-", " ").split()
    written = words[0] + "".join(s + w for s, w in zip(seps, words[1:], strict=False))
    texts = [m.text for m in Finder(ENTRIES).find(f"({written}).", overlapping=True)]
    assert written in texts


@given(names.filter(lambda name: " " in name), st.data())
def test_never_found_over_a_blank_line(spelling: str, data: st.DataObject) -> None:
    words = spelling.split(" ")
    cut = data.draw(st.integers(1, len(words) - 1))
    written = " ".join(words[:cut]) + data.draw(blank_lines) + " ".join(words[cut:])
    texts = [m.text for m in Finder(ENTRIES).find(f"({written}).", overlapping=True)]
    assert written not in texts


def test_non_overlapping_results_do_not_overlap(glossary: Glossary) -> None:
    text = "Liwa al-Baqir, al-Baqir, لواء الباقر والباقر Aleppo Halab " * 3
    mentions = glossary.find(text)
    spans = sorted({(m.start, m.end) for m in mentions})
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_threads_agree(glossary: Glossary) -> None:
    text = "Liwa al-Baqir fought in Aleppo; ولواء الباقر في حلب; the Baggara. " * 50
    expected = glossary.find(text)
    fresh = Glossary(ENTRIES, check=False)
    results = from_threads(lambda: fresh.find(text))
    assert all(r == expected for r in results)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("قصف في ديرالزور امس", "ديرالزور"),
        ("بيان حزبالله اليوم", "حزبالله"),
        ("ولواءالباقر في حلب", "لواءالباقر"),
    ],
)
def test_arabic_article_glued_to_the_word_before(text: str, mention: str) -> None:
    entries = [
        Entry(id="dez", kind="place", name="Deir ez-Zor", arabic="دير الزور"),
        Entry(id="hzb", kind="group", name="Hezbollah", arabic="حزب الله"),
        Entry(id="lab", kind="group", name="Liwa al-Baqir", arabic="لواء الباقر"),
    ]
    found = Finder(entries).find(text)
    assert [m.text for m in found] == [mention]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_shipped_arabic_names_with_glued_articles_are_found() -> None:
    # every Arabic spelling of several words in the shipped glossary, its articles glued
    # to the words before them (up to GLUED_ARTICLES), is found in a sentence, at its
    # own offsets
    from qamus.glossary import load
    from qamus.match.finder import GLUED_ARTICLES

    glossary = load()
    finder = Finder(glossary)
    checked = 0
    for entry in glossary:
        for spelling in (entry.arabic, *entry.variants):
            if not 0 < spelling.count(" ال") <= GLUED_ARTICLES or any(
                "a" <= c.lower() <= "z" for c in spelling
            ):
                continue
            glued = spelling.replace(" ال", "ال")
            text = f"قال المتحدث إن {glued} في المدينة."
            found = [m for m in finder.find(text) if m.entry.id == entry.id]
            assert [m.text for m in found] == [glued], spelling
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("text", "mention"),
    [("Trending: #LiwaAlBaqir today", "LiwaAlBaqir"), ("#liwaalbaqir", "liwaalbaqir")],
)
def test_a_latin_name_run_together_as_a_hashtag(text: str, mention: str) -> None:
    entries = [Entry(id="lab", kind="group", name="Liwa al-Baqir", arabic="لواء الباقر")]
    found = Finder(entries).find(text)
    assert [m.text for m in found] == [mention]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_a_short_name_run_together_is_not_searched_for() -> None:
    # "Al Bab" run together is a word of its own ("albab" in prose or a handle)
    entries = [Entry(id="bab", kind="place", name="Al Bab", arabic="الباب")]
    assert Finder(entries).find("the albab account") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liwa el-Baqir", "liwa-al-baqir"),
        ("Liwa al Baqir", "liwa-al-baqir"),
        ("Khalid el-Marai", "khalid-al-marai"),
        ("Khalid el-Mara'i", "khalid-al-marai"),
        ("Jabhat an-Nusra", "nusra"),
        ("Jabhat en-Nusra", "nusra"),
        ("Deir el-Zor", "deir-ez-zor"),
        ("Ali bin Abi Talib", "ali"),
        ("Ali ben Abi Talib", "ali"),
    ],
)
def test_articles_and_ibn_in_the_forms_writers_use(text: str, expected: str) -> None:
    glossary = Glossary(
        [
            *ENTRIES,
            Entry(id="nusra", kind="group", name="Jabhat al-Nusra", arabic="جبهة النصرة"),
            Entry(id="deir-ez-zor", kind="place", name="Deir ez-Zor", arabic="دير الزور"),
            Entry(id="ali", kind="person", name="Ali ibn Abi Talib", arabic="علي بن أبي طالب"),
        ],
        check=False,
    )
    assert found(glossary, f"Reports named {text} again.") == [(text, expected)]


@pytest.mark.parametrize("text", ["Ben Ali", "Bin Ali"])
def test_ibn_first_is_a_name_of_its_own(text: str) -> None:
    # Ibn Ali, Ben Ali and Bin Ali are three family names: only between names is each
    # written for another
    glossary = Glossary(
        [Entry(id="ibn-ali", kind="person", name="Ibn Ali", arabic="ابن علي")], check=False
    )
    assert found(glossary, text) == []


@given(
    st.text("bdfhjkmqrwy", min_size=3, max_size=7),
    st.sampled_from(["shams", "nasr", "tahir", "zayd", "rashid", "karim", "hasan"]),
    st.sampled_from(["al-", "el-", "al ", "el "]),
)
def test_a_name_with_the_article_is_found_in_any_of_its_forms(
    first: str, second: str, article: str
) -> None:
    name = f"{first.capitalize()} al-{second.capitalize()}"
    glossary = Glossary([Entry(id="x", kind="person", name=name, arabic="س")], check=False)
    text = f"Then {first.capitalize()} {article}{second.capitalize()} spoke."
    assert [m.entry.id for m in glossary.find(text)] == ["x"]
    if second[:2] == "sh" or second[0] in "tdrzsln":
        sun = second[:2] if second[:2] == "sh" else second[0]
        assimilated = f"Then {first.capitalize()} a{sun}-{second.capitalize()} spoke."
        assert [m.entry.id for m in glossary.find(assimilated)] == ["x"]


def test_a_former_name_that_is_an_everyday_word_is_found_with_its_place_word(
    shipped: Glossary,
) -> None:
    # الثورة, "the revolution", named Tabqa and Sadr City as مدينة الثورة; alone it is
    # the word of any report on 2011 (as in Al Jazeera's own page on Tabqa)
    assert shipped.find("كان عدد سكان الطبقة كبيرا قبل اندلاع الثورة منتصف مارس") == [
        m for m in shipped.find("كان عدد سكان الطبقة كبيرا") if m.entry.id == "tabqa"
    ]
    found = shipped.find("عاد إلى مدينة الثورة")
    assert {m.entry.id for m in found} == {"tabqa", "sadr-city"}
    assert {m.text for m in found} == {"مدينة الثورة"}
