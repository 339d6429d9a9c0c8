"""Words that say what a place is ("Raqqa Governorate", محافظة الرقة) in queries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.glossary.store import Glossary
from qamus.match import SAME_NAME_THRESHOLD
from qamus.match.places import (
    PLACE_MODIFIERS,
    PLACE_WORDS,
    directions_in,
    is_place_word,
    other_compass_form,
    plain_places,
    without_place_words,
)
from qamus.model import Entry, Relation
from qamus.normalise import normalise
from tests.strategies import any_text, arabic_names, latin_names

LATIN_PLACE_WORDS = [w for w in PLACE_WORDS if w.isascii()]
ARABIC_PLACE_WORDS = [w for w in PLACE_WORDS if not w.isascii()]
MODIFIERS = {normalise(w) for w in PLACE_MODIFIERS}


def _holds_place_words(name: str) -> bool:
    """Whether *name* holds a place word or a word that goes with one of its own."""
    return without_place_words(name) is not None or any(
        is_place_word(w) or normalise(w) in MODIFIERS for w in name.split()
    )


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Raqqa Governorate", "Raqqa"),
        ("Idlib province", "Idlib"),
        ("Governorate of Raqqa", "Raqqa"),
        ("Ville de Damas", "Damas"),
        ("Mezzeh Air-Base", "Mezzeh"),
        ("Tiyas Military Airbase", "Tiyas"),
        ("Hmeimim Air Force Base", "Hmeimim"),  # as the US names its bases
        ("Yarmouk refugee camp", "Yarmouk"),
        ("مخيم الهول", "الهول"),
        ("مطار المزة العسكري", "المزة"),
        ("قاعدة عين الأسد الجوية", "عين الأسد"),
        # Persian and Kurdish: شهر city, پادگان garrison, Parêzgeha governorate
        ("شهر الباب", "الباب"),
        ("شهرک صدر", "صدر"),  # Persian shahrak, township
        ("فرودگاه نظامی الشعیرات", "الشعیرات"),  # Persian military airport
        ("پادگان نظامی اسپایکر", "اسپایکر"),
        ("Parezgay Diyala", "Diyala"),
        ("منطقة بعلبك", "بعلبك"),  # "area", in Arabic and Persian
        ("منطقه البقاع", "البقاع"),
        ("العاصمة بغداد", "بغداد"),  # "the capital", in Arabic and Persian
        ("پایتخت بغداد", "بغداد"),
        # in the other languages of the press: German, Italian, Polish, Indonesian,
        # Dutch, Turkish (with its suffixes) and Kurmanji
        ("Provinz Idlib", "Idlib"),
        ("città di Aleppo", "Aleppo"),
        ("miasto Aleppo", "Aleppo"),
        ("kota Aleppo", "Aleppo"),
        ("lapangan udara Tiyas", "Tiyas"),  # Indonesian, an airfield (Anadolu Indonesia)
        # a prison, named with its town (the Arabic press: "سجن صيدنايا المركزي"), and a
        # town "on the border" (مدينة القائم الحدودية)
        ("سجن صيدنايا المركزي", "صيدنايا"),
        ("Saydnaya prison", "Saydnaya"),
        ("مدينة القائم الحدودية", "القائم"),
        ("stad Aleppo", "Aleppo"),
        ("Halep şehri", "Halep"),
        ("Münbiç kentinde", "Münbiç"),
        # ... with the other case suffixes the Turkish press writes (Hürriyet, Urfa News:
        # "Haseke şehrinin", "Rakka kentine", "Azez İlçesi’ndeki")
        ("Haseke şehrinin", "Haseke"),
        ("Rakka kentine", "Rakka"),
        ("Azez İlçesi’ndeki", "Azez"),
        ("Humeymim Hava Üssü", "Humeymim"),
        ("Idlib-Provinz", "Idlib"),  # German, with a hyphen
        ("Bekaa-Ebene", "Bekaa"),  # German plain and valley, after a hyphen only
        ("Bekaa-Tal", "Bekaa"),
        # Swedish and Danish join the place word to the name (held-out spellings:
        # "Ninevehprovinsen"; "al-Hol-lägret" is written with a hyphen too)
        ("Ninevehprovinsen", "Nineveh"),
        ("al-Hollägret", "al-Hol"),
        ("Hollejren", "Hol"),
        # ... in the genitive too (the Finnish Immigration Service in Swedish:
        # "Aleppoprovinsens")
        ("Aleppoprovinsens", "Aleppo"),
        ("Afrinhéraði", "Afrin"),  # ... and Icelandic its district (Vísir)
        ("bajarê Qamişlo", "Qamişlo"),
        ("شاری کەرکووک", "کەرکووک"),  # Sorani, the ezafe written (Kurdistan24)
        ("staden Raqqa", "Raqqa"),  # Swedish
        ("grad Alep", "Alep"),  # Croatian
        # a quarter of a town, in Arabic and Persian (the Arabic and Persian press:
        # "حي المزة", "محله المزه")
        ("مقاطعة دير الزور", "دير الزور"),  # a province or canton
        ("gouvernorat d’Alep", "Alep"),  # French, de elided (UN meeting coverage)
        ("Muhafazat as Suwayda", "as Suwayda"),  # the Arabic word, romanised
        ("حي المزة", "المزة"),
        ("محله المزه", "المزه"),
        # a river (Indonesian, Turkish, Arabic and Persian press: "Sungai Eufrat",
        # "Fırat Nehri", "نهر الفرات", "رود فرات")
        ("Sungai Eufrat", "Eufrat"),
        ("Fırat Nehri", "Fırat"),
        ("نهر الفرات", "الفرات"),
        ("رود فرات", "فرات"),
        ("Euphrates River", "Euphrates"),
        # ... and Persian and Urdu دریا with the ezafe, Urdu words for a province and a
        # district (Urdu press: "دریائے فرات", "صوبہ ادلب")
        ("دریائے فرات", "فرات"),
        ("دریای فرات", "فرات"),
        ("صوبہ ادلب", "ادلب"),
        ("شهرستان القائم", "القائم"),  # Persian: a county (IRNA: "شهرستان القائم")
        ("بندر بصره", "بصره"),  # Persian: a port (an Arbaeen transport notice: "بندر بصره")
        ("ضلع کرکوک", "کرکوک"),
        # epithets of holy cities after the name, with or without a place word
        ("النجف الأشرف", "النجف"),
        ("مدينة كربلاء المقدسة", "كربلاء"),
        ("Najaf al-Ashraf", "Najaf"),
        ("Qom al Muqaddasa", "Qom"),
        # ... its doubled letter written once (Bilal Muslim Mission, Tanzania: "Qom Al-Muqadasa")
        ("Qom Al-Muqadasa", "Qom"),
        ("کربلای معلی", "کربلای"),  # Persian: "the exalted", after the ezafe
        # ... and "holy", before the name after a place word and after it (Mashregh: "شهر
        # مقدس قم"; Tasnim: "مشهد مقدس")
        ("شهر مقدس قم", "قم"),
        ("مشهد مقدس", "مشهد"),
        ("مقدس", None),
        # "occupied" after a land's name (Arabic press: "الجولان المحتل")
        ("الجولان المحتل", "الجولان"),
        ("هضبة الجولان المحتلة", "هضبة الجولان"),
        ("الأشرف", None),
        ("Ashraf Rifi", None),
        # nothing but place words, or none: no other reading
        ("Camp", None),
        ("القاعدة", None),
        ("تنظيم القاعدة", None),
        ("Air Force Intelligence", None),
        ("Military Operations Command", None),
        ("Rif Dimashq", None),
        ("Tal Afar", None),
    ],
)
def test_place_words_are_left_out(text: str, plain: str | None) -> None:
    assert without_place_words(text) == plain


@given(any_text)
def test_without_place_words_never_raises_and_keeps_words_in_order(text: str) -> None:
    plain = without_place_words(text)
    if plain is None:
        return
    words = text.split()
    kept = plain.split()
    assert 0 < len(kept) < len(words)
    # the words kept are words of the text, in their order, untouched
    it = iter(words)
    assert all(any(k == w for w in it) for k in kept)
    # and none is a place word: reading it again finds nothing more to leave out
    assert without_place_words(plain) is None


@given(latin_names, st.sampled_from(LATIN_PLACE_WORDS))
def test_an_english_place_word_after_a_name_is_left_out(name: str, word: str) -> None:
    if _holds_place_words(name):
        return
    assert without_place_words(f"{name} {word.capitalize()}") == name


@given(arabic_names, st.sampled_from(ARABIC_PLACE_WORDS))
def test_an_arabic_place_word_before_a_name_is_left_out(name: str, word: str) -> None:
    if _holds_place_words(name):
        return
    assert without_place_words(f"{word} {name}") == name


def test_plain_places_add_spellings_and_say_where_from() -> None:
    base = Entry(
        id="tiyas",
        kind="place",
        name="Tiyas Air Base",
        arabic="مطار التيفور",
        variants=("T4",),
    )
    group = Entry(id="camp-group", kind="group", name="Camp Brigade", arabic="لواء المخيم")
    places, read_from = plain_places([base, group])
    assert [e.id for e in places] == ["tiyas"]  # groups are no places
    assert places[0].variants == ("T4", "Tiyas", "التيفور")
    assert read_from["tiyas", "Tiyas"] == "Tiyas Air Base"
    assert read_from["tiyas", "التيفور"] == "مطار التيفور"


GLOSSARY = Glossary(
    [
        Entry(id="raqqa", kind="place", name="Raqqa", arabic="الرقة", variants=("al-Raqqah",)),
        Entry(id="najaf", kind="place", name="Najaf", arabic="النجف"),
        Entry(id="karbala", kind="place", name="Karbala", arabic="كربلاء"),
        Entry(id="qom", kind="place", name="Qom", arabic="قم"),
        Entry(id="muqdadiya", kind="place", name="Muqdadiya", arabic="المقدادية"),
        Entry(
            id="anbar",
            kind="place",
            name="Anbar",
            arabic="الأنبار",
            variants=("Anbar Governorate", "محافظة الأنبار"),
        ),
        Entry(
            id="mezzeh",
            kind="place",
            name="Mezzeh",
            arabic="المزة",
            variants=("Mezzeh Air Base", "مطار المزة العسكري"),
        ),
        Entry(id="al-qaeda", kind="group", name="al-Qaeda", arabic="القاعدة"),
    ],
    check=False,
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Raqqa Governorate", "raqqa"),
        ("محافظة الرقة", "raqqa"),
        ("Raqqah province", "raqqa"),
        ("Mezze Military Airport", "mezzeh"),
        ("مطار المزه", "mezzeh"),
        ("النجف الأشرف", "najaf"),
        ("Karbala al-Muqaddasa", "karbala"),
        ("کربلائے معلی", "karbala"),  # Urdu press
        ("شهر مقدس قم", "qom"),  # Persian press
    ],
)
def test_a_place_named_with_a_place_word_is_the_place(query: str, expected: str) -> None:
    found = GLOSSARY.match(query)
    assert found[0].entry.id == expected
    assert found[0].score >= SAME_NAME_THRESHOLD
    # another place sharing only the place word is not the same name
    assert all(m.score < SAME_NAME_THRESHOLD for m in found[1:] if m.entry.kind == "place")


def test_the_spelling_read_without_place_words_is_reported() -> None:
    best = GLOSSARY.match("Mezze Military Airport")[0]
    assert best.spelling in GLOSSARY["mezzeh"].spellings
    assert best.reason.endswith("'Mezze Military Airport' read without its place words")


def test_a_place_spelled_exactly_keeps_its_exact_score() -> None:
    best = GLOSSARY.match("Anbar Governorate")[0]
    assert (best.entry.id, best.score) == ("anbar", 1.0)


def test_place_words_read_only_for_places() -> None:
    found = GLOSSARY.match("Raqqa Governorate", kind="group")
    assert not any(m.entry.kind == "place" for m in found)
    assert GLOSSARY.match("القاعدة")[0].entry.id == "al-qaeda"


def test_a_place_word_alone_is_no_place() -> None:
    found = {m.entry.id: m for m in GLOSSARY.match("Governorate")}
    assert all(m.score < SAME_NAME_THRESHOLD for m in found.values())


def test_shipped_places_are_found_with_a_place_word() -> None:
    # every shipped place named in one word, in English with "province" after it and
    # in Arabic with محافظة before it, is found first
    from qamus import load

    glossary = load()
    missed = []
    for entry in glossary:
        if entry.kind != "place":
            continue
        for query in (f"{entry.name} province", f"محافظة {entry.arabic}"):
            if len(query.split()) != 2:
                continue
            top = glossary.match(query, limit=1)
            if not top or top[0].entry.id != entry.id:
                missed.append((query, top[0].entry.id if top else None))
    assert not missed


def test_a_place_named_with_a_direction_is_found_by_its_name_alone() -> None:
    # "Eastern Ghouta" is a part of Ghouta; "Ayn al-Asad" is not Asad
    glossary = Glossary(
        [
            Entry(
                id="eastern-ghouta", kind="place", name="Eastern Ghouta", arabic="الغوطة الشرقية"
            ),
            Entry(id="ain-al-asad", kind="place", name="Ayn al-Asad", arabic="عين الأسد"),
        ],
        check=False,
    )
    best = glossary.match("Ghouta")[0]
    assert (best.entry.id, best.score >= SAME_NAME_THRESHOLD) == ("eastern-ghouta", True)
    assert glossary.match("Asad")[0].score < SAME_NAME_THRESHOLD


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("West Ghouta", None),
        ("Western Ghouta", None),
        ("الغوطة الغربية", None),
        ("Eastern Ghuta", "eastern-ghouta"),
        ("East Ghouta", "eastern-ghouta"),
        ("Ghouta", "eastern-ghouta"),
    ],
)
def test_another_part_of_the_compass_is_another_place(query: str, expected: str | None) -> None:
    # Western Ghouta is not Eastern Ghouta, one edit apart though they are
    ghouta = Entry(
        id="eastern-ghouta",
        kind="place",
        name="Eastern Ghouta",
        arabic="الغوطة الشرقية",
        variants=("East Ghouta",),
    )
    best = Glossary([ghouta], check=False).match(query)[0]
    assert (best.score >= SAME_NAME_THRESHOLD) == (expected is not None)
    if expected is None:
        assert "west is not east" in best.reason


@pytest.mark.parametrize(
    ("query", "spelled"),
    [("East Ghouta", "Eastern Ghouta"), ("Northern Iraq", "North Iraq")],
)
def test_a_compass_word_in_its_other_form(query: str, spelled: str) -> None:
    # writers name a place with the noun or the adjective: "East Ghouta", "Eastern Ghouta"
    entries = [
        Entry(id="place", kind="place", name=spelled, arabic="الغوطة الشرقية"),
        Entry(id="other", kind="place", name="Ain al-Asad", arabic="عين الأسد"),
    ]
    best = Glossary(entries, check=False).match(query)[0]
    assert best.entry.id == "place"
    assert best.score >= SAME_NAME_THRESHOLD
    assert f"read as {spelled!r}" in best.reason


@given(latin_names, st.sampled_from(["East", "eastern", "North", "Southern", "West"]))
def test_the_other_compass_form_of_the_other_is_the_name(name: str, word: str) -> None:
    written = f"{word} {name}"
    other = other_compass_form(written)
    assert other is not None
    assert directions_in(other) == directions_in(written)
    assert other_compass_form(other) == written


@given(any_text)
def test_other_compass_form_never_raises(text: str) -> None:
    other_compass_form(text)


def test_directions_in_names() -> None:
    assert directions_in("Southern Front") == {"south"}
    assert directions_in("الجبهة الجنوبية") == {"south"}
    assert directions_in("شرق الفرات") == {"east"}
    assert directions_in("Liwa al-Baqir") == frozenset()


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Raqqa, Syria", "raqqa"), ("الرقة، سوريا", "raqqa"), ("Aleppo, Syria", "aleppo")],
)
def test_a_name_and_the_place_it_is_in_after_a_comma(query: str, expected: str) -> None:
    # a comma before a place is no surname first ("Zawahiri, Ayman"): the name is read
    # alone, the place after it says where it is
    from qamus import load

    best = load().match(query)[0]
    assert (best.entry.id, best.score >= SAME_NAME_THRESHOLD) == (expected, True)


def test_a_place_then_more_words_is_another_thing() -> None:
    # "Mohsen Shukr" is a man (Muhasan is a town); "Mosul Dam" is no Mosul; "Mosul Iraq"
    # is Mosul, in Iraq
    entries = [
        Entry(id="muhasan", kind="place", name="Muhasan", arabic="موحسن", variants=("Mohassan",)),
        Entry(id="mosul", kind="place", name="Mosul", arabic="الموصل",
              relations=(Relation("located-in", "iraq"),)),
        Entry(id="iraq", kind="place", name="Iraq", arabic="العراق"),
    ]  # fmt: skip
    glossary = Glossary(entries, check=False)
    # ... and after compass words: the "North Mosul Brigade" is no Mosul
    for query in ("Mohsen Shukr", "Mosul Dam", "North Mosul Brigade"):
        best = glossary.match(query)[0]
        assert best.score < SAME_NAME_THRESHOLD
        assert "a place's name, and more words after it" in best.reason
    assert glossary.match("Mosul Iraq")[0].entry.id == "mosul"
    assert glossary.match("Mosul Iraq")[0].score >= SAME_NAME_THRESHOLD


def test_an_abbreviated_compass_word_names_a_place_only() -> None:
    # headlines shorten "East" to "E.": E. Ghouta is Eastern Ghouta; a person's initial
    # read so names no place
    ghouta = Entry(
        id="eastern-ghouta", kind="place", name="Eastern Ghouta", arabic="الغوطة الشرقية"
    )
    ali = Entry(id="ali", kind="person", name="Ali Mamlouk", arabic="علي مملوك")
    glossary = Glossary([ghouta, ali], check=False)
    best = glossary.match("E. Ghouta")[0]
    assert best.entry.id == "eastern-ghouta"
    assert best.score >= SAME_NAME_THRESHOLD
    assert all(m.entry.id != "eastern-ghouta" for m in glossary.match("E. Ali"))


@given(st.sampled_from(["Eastern", "Northern", "Western", "Southern"]))
def test_compass_words_in_both_forms_are_read_as_nouns(adjective: str) -> None:
    # Sorani puts the ezafe on the last of two compass words joined by "and" (باکوور و
    # ڕۆژهەڵاتی سووریا): read word for word, one is a noun and the other an adjective
    noun = adjective.removesuffix("ern")
    other = "North" if noun != "North" else "South"
    read = other_compass_form(f"Syrian {adjective} {other} Administration")
    assert read == f"Syrian {noun} {other} Administration"
    assert directions_in(read) == directions_in(f"{adjective} {other}")


def test_a_sorani_name_of_north_and_east_syria_reads_in_english() -> None:
    # Rudaw and the administration's own Sorani pages
    g = Glossary(
        [
            Entry(id="aanes", kind="organisation",
                  name="Autonomous Administration of North and East Syria",
                  arabic="الإدارة الذاتية لشمال وشرق سوريا"),
            Entry(id="bakkara", kind="tribe", name="Bakkara", arabic="البكارة"),
        ],
        check=False,
    )  # fmt: skip
    best = g.match("ئیدارەی خۆسەری باکوور و ڕۆژهەڵاتی سووریا")[0]
    assert best.entry.id == "aanes"
    assert best.score >= SAME_NAME_THRESHOLD


@pytest.mark.parametrize("query", ["Militärflugplatz Tiyas", "Flugplatz Tiyas"])
def test_german_words_for_an_airfield_are_place_words(query: str) -> None:
    # German press (Der Standard, dpa): "Militärflugplatz Tiyas", the Tiyas air base
    g = Glossary(
        [
            Entry(id="tiyas", kind="place", name="Tiyas Air Base", arabic="مطار التياس العسكري"),
            Entry(id="mezzeh", kind="place", name="Mezzeh", arabic="المزة",
                  variants=("Mezzeh Military Airport",)),
        ],
        check=False,
    )  # fmt: skip
    assert g.match(query)[0].entry.id == "tiyas"
