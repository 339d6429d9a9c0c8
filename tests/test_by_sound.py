"""Finding names in text by sound: ``find(text, by_sound=True)``."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qamus import load
from qamus.glossary.store import Glossary
from qamus.match import SAME_NAME_THRESHOLD
from tests.strategies import any_text
from tests.threads import from_threads


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # spellings no entry lists, nor the generator writes
        ("Liwa al-Baker", "liwa-al-baqir"),
        ("Dair ez-Zour", "deir-ez-zor"),
        ("Qasim Suleimani", "qasem-soleimani"),
        ("Abu Mehdi al-Mohandes", "abu-mahdi-al-muhandis"),
        ("Jaish al-Izzah", "jaysh-al-izza"),
        ("مقتدى صدر", "muqtada-al-sadr"),
    ],
)
def test_spellings_no_entry_lists_are_found_by_sound(
    shipped: Glossary, written: str, expected: str
) -> None:
    text = f"On Monday {written} said, again, that nothing had changed."
    assert all(m.text != written for m in shipped.find(text))
    found = shipped.find(text, by_sound=True)
    assert [(m.text, m.entry.id) for m in found] == [(written, expected)]
    (mention,) = found
    assert text[mention.start : mention.end] == written
    assert SAME_NAME_THRESHOLD <= mention.score < 1.0
    assert mention.spelling in mention.entry.spellings


def test_a_longer_name_by_sound_takes_the_place_of_a_term_it_holds(shipped: Glossary) -> None:
    text = "Fighters of Liwa al-Baker moved."
    assert [m.entry.id for m in shipped.find(text)] == ["liwa"]
    assert [m.entry.id for m in shipped.find(text, by_sound=True)] == ["liwa-al-baqir"]


def test_names_as_spelled_stand_with_their_look_alikes(shipped: Glossary) -> None:
    text = "The Baggara and the Bakkara met in Aleppo."
    assert shipped.find(text, by_sound=True) == shipped.find(text)


PROSE = (
    "The Minister of Defence said on Monday that the President would travel to Paris "
    "and Berlin. Mr Johnson, the British Prime Minister, met Angela Merkel; the Council "
    "of Europe and the United Nations Security Council discussed Hamburg, Barcelona, "
    "Madrid, Amsterdam and Marseille. Heavy rain fell over London, Manchester and "
    "Birmingham while Microsoft, Google and Amazon reported their results."
)


def test_prose_without_names_of_the_glossary_gives_nothing(shipped: Glossary) -> None:
    assert shipped.find(PROSE, by_sound=True) == []


def test_sound_does_not_cross_a_clause_mark(shipped: Glossary) -> None:
    # "Qasim. Suleimani" is two sentences, not a name
    found = shipped.find("He met Qasim. Suleimani left.", by_sound=True)
    assert all(m.entry.id != "qasem-soleimani" for m in found)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *PROSE.split(),
                "Liwa",
                "al-Baker",
                "Dair",
                "ez-Zour",
                "Qasim",
                "Suleimani",
                ",",
                "لواء",
                "الباقر",
                "\n\n",
            ]
        ),
        max_size=30,
    )
)
def test_mentions_slice_the_text_and_never_overlap(words: list[str]) -> None:
    glossary = load()
    text = " ".join(words)
    found = glossary.find(text, by_sound=True)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    for first, second in pairwise(found):
        assert (first.start, first.end) == (second.start, second.end) or first.end <= second.start
    # a name found as spelled is kept, or held by a longer one found by sound
    for mention in glossary.find(text):
        assert any(m.start <= mention.start and mention.end <= m.end for m in found)


@given(any_text)
def test_never_raises(text: str) -> None:
    load().find(text, by_sound=True)


def test_threads_agree(shipped: Glossary) -> None:
    text = " ".join(f"{name} met Liwa al-Baker in Dair ez-Zour." for name in ("Ali", "Omar"))
    fresh = Glossary(list(shipped), check=False)  # its sound finder is built by the threads
    expected = shipped.find(text, by_sound=True)
    results = from_threads(lambda: fresh.find(text, by_sound=True))
    assert all(r == expected for r in results)


def test_one_word_of_a_longer_name_is_no_name_by_sound(shipped: Glossary) -> None:
    # Hossein Amir-Abdollahian is no Imam Husayn; "In" before a name is no name
    text = "In Tehran, Foreign Minister Hossein Amir-Abdollahian met them. In Shuhayl, nothing."
    found = {m.entry.id for m in shipped.find(text, by_sound=True)}
    assert "husayn-ibn-ali" not in found


def test_an_english_possessive_is_not_part_of_a_name_by_sound(shipped: Glossary) -> None:
    text = "Hezbollah's fighters and Liwa al-Baker's men."
    assert [m.text for m in shipped.find(text, by_sound=True)] == ["Hezbollah", "Liwa al-Baker"]


def test_persian_text_with_non_joiners(shipped: Glossary) -> None:
    # خامنه‌ای is one word with a zero-width non-joiner; سید علی, a title and a given
    # name, is no name of its own
    text = "دیدار آیت‌الله سید علی خامنه‌ای با قاسم سلیمانی در تهران"
    found = {m.entry.id: m for m in shipped.find(text, by_sound=True)}
    assert "ali-khamenei" in found
    assert found["ali-khamenei"].text.endswith("خامنه‌ای")
    assert "ali-ibn-abi-talib" not in found


def test_overlapping_mentions_stay_with_those_found_by_sound(shipped: Glossary) -> None:
    text = "Fighters of Liwa al-Baqir and Liwa al-Baker."
    spelled = shipped.find(text, overlapping=True)
    found = shipped.find(text, overlapping=True, by_sound=True)
    assert all(m in found for m in spelled)  # "Liwa" inside "Liwa al-Baqir" stays
    assert ("Liwa al-Baker", "liwa-al-baqir") in [(m.text, m.entry.id) for m in found]
    assert found == sorted(found, key=lambda m: (m.start, -m.end))


def test_arabic_words_of_prose_begin_no_name_by_sound(shipped: Glossary) -> None:
    # إن السيد ("that Mr") and أن السويداء sound like عين الأسد (Ain al-Asad); a run
    # of Arabic words neither begins nor ends with a particle
    text = "وقال مصدر إن السيد حسن نصر الله أعلن ذلك، وأكد أن السويداء شهدت احتجاجات."
    found = shipped.find(text, by_sound=True)
    assert [(m.text, m.entry.id) for m in found] == [
        ("السيد حسن نصر الله", "hassan-nasrallah"),
        ("السويداء", "suwayda"),
    ]


def test_a_proclitic_before_a_name_by_sound_is_left_out(shipped: Glossary) -> None:
    # الديموقراطية, as many write it, is no spelling the glossary lists; the و before
    # قوات is "and", as the finder reads it in ولواء الباقر
    text = "انسحبت وحدات من الجيش وقوات سوريا الديموقراطية من المدينة."
    found = {m.entry.id: m for m in shipped.find(text, by_sound=True)}
    mention = found["syrian-democratic-forces"]
    assert mention.text == "قوات سوريا الديموقراطية"
    assert text[mention.start - 1] == "و"
    assert text[mention.start : mention.end] == mention.text


def test_an_article_written_as_one_with_a_name_by_sound(shipped: Glossary) -> None:
    text = "On Monday Khalid Almarai said nothing."
    assert shipped.find(text) == []
    found = shipped.find(text, by_sound=True)
    assert [(m.text, m.entry.id) for m in found] == [("Khalid Almarai", "khalid-al-marai")]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # capitals of scholarly and European spellings: Ḍ, Ṣ, Ḥ (ALA-LC)
        ("al-Ḍāḥiyah", "dahiyeh"),
        ("Jurf al-Ṣakhr", "jurf-al-sakhar"),
        # German's assimilated article, asch-
        ("Al-Haschd asch-Schaʿbī", "popular-mobilization-forces"),
        # a kunya is a whole name in Arabic too
        ("أبي خولة", "ahmed-al-khabil"),
        # a title before the name, an ayn mark before a word of it
        ("Imam 'Ali ibn Musa Ar-Ridha", "ali-al-rida"),
        ("Sheikh Qais el-Khaz'aly", "qais-al-khazali"),
        # an article written apart before the name
        ("Al Duliam", "dulaim"),
        # a father's name written or left out between the same first and last words
        ("Haider Jawad al-Abadi", "haider-al-abadi"),
        ("حيدر جواد العبادي", "haider-al-abadi"),
        # a kunya written as one word
        ("أبومحمد العدناني", "abu-mohammad-al-adnani"),
    ],
)
def test_more_spellings_found_by_sound(shipped: Glossary, written: str, expected: str) -> None:
    arabic = written[0] >= "\u0600"
    text = f"وقال مصدر إن {written} أعلن ذلك." if arabic else f"Sources said {written} left."
    assert all(m.entry.id != expected for m in shipped.find(text))
    found = shipped.find(text, by_sound=True)
    assert [(m.text, m.entry.id) for m in found] == [(written, expected)]


def test_a_run_is_a_name_through_a_spelling_of_its_shape(shipped: Glossary) -> None:
    # "Tel Afer" sounds most like "Telafer", one word; "Tal Afar" has its two words
    text = "On Monday, sources said Tel Afer announced it."
    found = shipped.find(text, by_sound=True)
    assert [(m.text, m.entry.id, m.spelling) for m in found] == [
        ("Tel Afer", "tal-afar", "Tal Afar")
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Division al-Hamza", "hamza-division"),  # French, Spanish: the word before the name
        ("Brigate Imam Ali", "kataib-al-imam-ali"),  # Italian
        ("Badr Brigade", "badr-organization"),  # English, the word after
    ],
)
def test_a_run_with_a_word_groups_are_named_with_by_sound(
    shipped: Glossary, written: str, expected: str
) -> None:
    text = f"On Monday, sources said {written} announced it."
    found = [(m.text, m.entry.id) for m in shipped.find(text, by_sound=True)]
    assert (written, expected) in found


def test_words_groups_are_named_with_alone_name_no_group_by_sound(shipped: Glossary) -> None:
    text = (
        "The Brigade Commander said the Party Congress met in the Capital City; "
        "Movement Leader Hassan spoke at the Front Line."
    )
    assert shipped.find(text, by_sound=True) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # words of no spelling's consonant skeletons, first or last (Polish j for y)
        ("Abu Ghurejb", "abu-ghraib"),
        ("Hajdar al-Abbadi", "haider-al-abadi"),
        ("Chan Szejchun", "khan-shaykhun"),
        ("Fajlaq ar-Rahman", "faylaq-al-rahman"),
        # one word of no spelling's skeleton; two words of a spelling written as one
        ("Sejdnaja", "saydnaya"),
        ("Deyrezzur", "deir-ez-zor"),
    ],
)
def test_a_whole_run_of_capitalised_words_is_matched_by_sound(
    shipped: Glossary, written: str, expected: str
) -> None:
    text = f"On Monday, sources said {written} had changed."
    assert all(m.entry.id != expected for m in shipped.find(text))
    found = shipped.find(text, by_sound=True)
    assert [(m.text, m.entry.id) for m in found] == [(written, expected)]


@pytest.mark.parametrize("word", ["Forces", "Brigades", "Movement", "Legion"])
def test_an_english_word_for_a_term_alone_is_english_by_sound(shipped: Glossary, word: str) -> None:
    # match reads the word alone as the term (quwwat, kataib, haraka, faylaq) ...
    (best,) = shipped.match(word, limit=1)
    assert best.entry.kind == "term"
    assert best.score >= SAME_NAME_THRESHOLD
    # ... which running English text does not name
    text = f"On Monday, sources said {word} had withdrawn."
    assert shipped.find(text, by_sound=True) == []


def test_one_word_of_a_persons_name_is_no_name_written_as_one(shipped: Glossary) -> None:
    # a surname alone is no person's name whole, however its letters run
    text = "On Monday, sources said Baghdadi had changed."
    found = shipped.find(text, by_sound=True)
    assert all(m.entry.kind != "person" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        # مدينة دير, "the city of Deir", sounds like Deir ez-Zor with its place word read off
        "سيطر التنظيم على مدينة دير الزور قبل سنوات.",
        "On Monday, sources said Consejo Militar de Deir ez-Zor announced it.",
    ],
)
def test_a_run_by_sound_cuts_no_name_found_as_spelled(shipped: Glossary, text: str) -> None:
    spelled = shipped.find(text)
    assert spelled
    found = shipped.find(text, by_sound=True)
    for name in spelled:
        # each name found as spelled stays, whole, or inside a longer name by sound
        assert any(m.start <= name.start and name.end <= m.end for m in found)
        for m in found:
            assert (
                m.end <= name.start
                or name.end <= m.start
                or (m.start <= name.start and name.end <= m.end)
            )
