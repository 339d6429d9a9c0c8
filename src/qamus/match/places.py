"""Words that say what a place is, not which: "Raqqa Governorate", محافظة الرقة.

Writers name a town, a governorate, a camp or an air base with a word for what
it is, in English after the name ("Idlib province", "Mezzeh Air Base"), in
Arabic before it (مخيم الهول, *al-Hawl camp*; مطار المزة العسكري). Such a word
names no place: read as part of the name, it makes "Raqqa Governorate" sound
like the glossary's "Anbar Governorate" more than like al-Raqqa. The matcher
therefore also reads a query without its place words, against the glossary's
places with their spellings read so too (:func:`plain_places`), and lets the
name left over score them.

>>> without_place_words("Raqqa Governorate"), without_place_words("مطار المزة العسكري")
('Raqqa', 'المزة')
>>> without_place_words("Governorate of Raqqa"), without_place_words("القاعدة")
('Raqqa', None)
>>> without_place_words("النجف الأشرف"), without_place_words("Karbala al-Muqaddasa")
('النجف', 'Karbala')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

import attrs

from qamus.model import Entry
from qamus.normalise import normalise

__all__ = [
    "COMPASS_WORDS",
    "DIRECTION_WORDS",
    "PLACE_EPITHETS",
    "PLACE_MODIFIERS",
    "PLACE_WORDS",
    "TURKISH_PLACE_WORDS",
    "compass_abbreviation_read",
    "directions_in",
    "is_airfield_word",
    "is_direction_word",
    "is_place_word",
    "other_compass_form",
    "plain_places",
    "without_place_words",
]

#: Words for what a place is, in English, Arabic, Persian, Kurdish and the other
#: languages of the press: a town, a governorate or its districts, a camp, an air base
#: or airport (Persian شهر, شهرک, استان, شهرستان, فرودگاه; Kurdish پارێزگای, شاری, *bajarê*;
#: German *Provinz*, Turkish *şehri*, Swedish *staden*). Not *countryside* (ريف دمشق,
#: Rif Dimashq, is a governorate of its own), *region* (Kurdistan Region), *valley* or
#: *mount*, which name places of their own with the name they hold, nor حي, a word of
#: names (عبد الحي); but منطقة ("area": منطقة بعلبك, Persian منطقه البقاع), which the
#: glossary's names hold none of, and العاصمة, Persian پایتخت ("the capital": العاصمة
#: بغداد).
PLACE_WORDS: Final[tuple[str, ...]] = (
    "governorate", "governate", "gouvernorat", "province", "district", "subdistrict",
    "city", "town", "village", "ville", "camp", "airbase", "airfield", "airport", "base",
    "neighbourhood", "neighborhood", "quarter", "quartier",
    # a prison, named with the town it stands in ("Saydnaya prison", سجن صيدنايا)
    "prison", "سجن", "زندان", "prisión", "prisão", "Gefängnis", "cezaevi", "cezaevinde",
    # a quarter of a town, in Arabic and Persian (حي المزة, محله المزه)
    "حي", "محلة", "محله",
    # a river, in the languages below and Arabic, Persian and Kurdish ("Sungai Eufrat",
    # "Fırat Nehri", نهر الفرات, رود فرات, ڕووباری فورات, "çemê Firatê")
    "river", "fleuve", "rivière", "Fluss", "río", "rio", "fiume", "rivier", "rzeka",
    "rzeki", "řeka", "sungai", "nehri", "nehir", "نهر", "رود", "رودخانه", "ڕووباری",
    "çem", "çemê",
    # ... and Persian and Urdu دریا, with the ezafe (دریای فرات, دریائے فرات)
    "دریا", "دریای", "دریائے",
    # Urdu: a province, a district, a village, a camp (صوبہ ادلب, ضلع کرکوک)
    "صوبہ", "صوبے", "ضلع", "گاؤں", "کیمپ",
    # ... and the Arabic word romanised, in the construct ("Muhafazat as Suwayda")
    "muhafazat", "muhafazah", "muhafaza", "mohafazat", "mohafaza",
    "محافظة", "مدينة", "بلدة", "قرية", "مخيم", "مطار", "قاعدة", "ناحية", "قضاء", "منطقة",
    # ... and مقاطعة, a province or canton (مقاطعة دير الزور, مقاطعة الجزيرة)
    "مقاطعة",
    "منطقه", "العاصمة", "پایتخت",
    "شهر", "شهرک", "روستا", "روستای", "استان", "شهرستان", "دهستان", "پادگان", "پایگاه",
    "فرودگاه", "پارێزگا",
    # ... and بندر, a port (بندر بصره, the port of Basra)
    "بندر",
    "پارێزگای",
    # Sorani: a city, a village, an area, a camp, with the ezafe ("شاری کەرکووک")
    "شار", "شاری", "گوند", "گوندی", "ناوچە", "ناوچەی", "کەمپی", "شارۆچکە", "شارۆچکەی",
    # ... as older Sorani typing writes ە, with ه ("ناوچهی سوهیدا")
    "ناوچه", "ناوچهی", "شارۆچکه", "شارۆچکهی",
    "parêzgeh", "parêzgeha", "parêzgay",
    # the press of the other languages qamus.match.other_languages reads: French, German,
    # Spanish, Italian, Portuguese, Dutch, Polish, Czech, Slovak, Indonesian, Turkish (the
    # bare words; with the possessive and its suffixes, "Halep şehri", "Münbiç kentinde",
    # in TURKISH_PLACE_WORDS) and Kurmanji ("bajarê Qamişlo")
    "aéroport", "village", "Provinz", "Stadt", "Dorf", "Bezirk", "Gouvernement", "Lager",
    "Flüchtlingslager", "Flughafen", "Militärflughafen", "Luftwaffenstützpunkt",
    "Stützpunkt", "Flugplatz", "Militärflugplatz", "Luftwaffenbasis", "Militärstützpunkt",
    "provincia", "ciudad", "pueblo", "aldea", "localidad", "distrito",
    "gobernación", "campamento", "aeropuerto", "città", "villaggio", "distretto",
    "governatorato", "aeroporto", "província", "cidade", "aldeia", "provincie", "stad",
    "dorp", "kamp", "vliegveld", "luchthaven", "luchtmachtbasis", "prowincja", "prowincji",
    "miasto", "miasta", "mieście", "wieś", "obóz", "obozie", "lotnisko", "lotniska",
    "město", "města", "vesnice", "tábor", "letiště", "základna", "mesto",
    "mesta", "dedina", "letisko", "základňa", "kota", "provinsi", "desa", "kabupaten",
    "bandara", "pangkalan", "lapangan", "şehir", "kent", "vilayet", "ilçe", "köy",
    "havaalanı", "bajar", "bajarê", "gund", "gundê", "navçe", "navçeya",
    "kampa",
    # Swedish, Norwegian and Danish ("staden Raqqa", "byen Aleppo", "provinsen Idlib"),
    # Croatian, Serbian and Bosnian ("grad Alep", "pokrajina Idlib", "logor al-Hol")
    "staden", "byen", "provinsen", "grad", "pokrajina", "provincija", "logor",
    # Icelandic, after a hyphen ("Nineveh-hérað", "Anbar-héraði": the province)
    "hérað", "héraði", "héraðs",
)  # fmt: skip

#: Words that go with a word of :data:`PLACE_WORDS` ("military air base", "Air Force
#: Base", "refugee camp", مطار المزة العسكري) and say what a place is only beside one.
PLACE_MODIFIERS: Final[tuple[str, ...]] = (
    "air", "force", "field", "military", "army", "refugee", "sub", "aerienne", "militaire",
    "العسكري", "العسكرية", "الجوية", "الجوي", "نظامی", "هوایی",
    "aérea", "aéreo", "militar", "militare", "aerea", "militär", "militer", "udara",
    "hava", "askeri", "refugiados", "rifugiati",
    # ... and of a prison ("Saydnaya central prison", سجن صيدنايا المركزي)
    "central", "المركزي",
    # ... and the Persian and Urdu "holy" of a holy city (شهر مقدس قم, "the holy city of
    # Qom")
    "مقدس",
)  # fmt: skip

#: Epithets of praise the press writes after the name of a holy city (النجف الأشرف,
#: كربلاء المقدسة, مشهد المقدسة, *Najaf al-Ashraf*, *Karbala al-Muqaddasa*, Persian
#: کربلای معلی), and the
#: Arabic press's "occupied" after a land's (الجولان المحتل, القدس المحتلة): no part of
#: the name, and read off it as place words are, when they end a name of more words.
PLACE_EPITHETS: Final[tuple[str, ...]] = (
    "الأشرف", "المقدسة", "المنورة", "المكرمة", "المشرفة", "المحتل", "المحتلة",
    # ... and "on the border" (مدينة القائم الحدودية, معبر نصيب الحدودي)
    "الحدودية", "الحدودي",
    # Persian and Urdu: "the exalted" (کربلای معلی, کربلائے معلی) and "holy" (مشهد مقدس)
    "معلی", "معلا", "مقدس",
    "al-Ashraf", "al-Muqaddasa", "al-Muqaddasah", "al-Munawwara", "al-Munawwarah",
    "al-Mukarrama", "al-Mukarramah", "al-Musharrafa", "al-Musharrafah",
    # ... as Urdu and Indonesian devotional writing gives them, the article left out or
    # the Persian ezafe written before them: "noble" (بغداد شریف, *Baghdad Shareef*),
    # *Najaf Asyraf*, *Karbala-e-Mualla*, *Najaf-e-Ashraf*
    "شریف", "شريف", "Sharif", "Shareef", "Sharief", "Ashraf", "Asyraf", "Mualla",
    "Muallah", "Moalla", "Muqaddasa", "Muqaddasah", "e Mualla", "e Ashraf", "i Ashraf",
)  # fmt: skip

#: Words for the part of a place a name names ("Eastern Ghouta", الغوطة الشرقية): the
#: place alone ("Ghouta") is still that place, as it is not beside other words ("Ayn
#: al-Asad" is not Asad).
DIRECTION_WORDS: Final[tuple[str, ...]] = (
    "east", "eastern", "west", "western", "north", "northern", "south", "southern",
    "upper", "lower", "greater", "central",
    "الشرقي", "الشرقية", "الغربي", "الغربية", "الشمالي", "الشمالية", "الجنوبي", "الجنوبية",
)  # fmt: skip

_DIRECTIONS: Final = frozenset(normalise(w) for w in DIRECTION_WORDS)


def is_direction_word(word: str) -> bool:
    """Whether *word* names a part of a place (:data:`DIRECTION_WORDS`).

    >>> is_direction_word("Eastern"), is_direction_word("الشرقية"), is_direction_word("Tell")
    (True, True, False)
    """
    return normalise(word) in _DIRECTIONS


#: Words for the four parts of the compass, in English and Arabic, each under its part: two
#: names that name different parts name different things ("West Ghouta" is no "Eastern
#: Ghouta", الجبهة الجنوبية no الجبهة الشمالية).
COMPASS_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "east": ("east", "eastern", "الشرقي", "الشرقية", "شرق", "شرقي"),
    "west": ("west", "western", "الغربي", "الغربية", "غرب", "غربي"),
    "north": ("north", "northern", "الشمالي", "الشمالية", "شمال", "شمالي"),
    "south": ("south", "southern", "الجنوبي", "الجنوبية", "جنوب", "جنوبي"),
}

_COMPASS: Final = {normalise(w): part for part, words in COMPASS_WORDS.items() for w in words}


@lru_cache(maxsize=1 << 14)
def directions_in(name: str) -> frozenset[str]:
    """The parts of the compass the words of *name* name (:data:`COMPASS_WORDS`).

    >>> sorted(directions_in("Eastern Ghouta")), sorted(directions_in("الغوطة الغربية"))
    (['east'], ['west'])
    >>> directions_in("Ghouta")
    frozenset()
    """
    return frozenset(_COMPASS[word] for word in map(normalise, name.split()) if word in _COMPASS)


#: The English compass words as a noun and as an adjective: writers name one place with
#: either ("East Ghouta" and "Eastern Ghouta", "North Waziristan" and "Northern").
_OTHER_COMPASS_FORM: Final = {
    **{part: f"{part}ern" for part in COMPASS_WORDS},
    **{f"{part}ern": part for part in COMPASS_WORDS},
}


def other_compass_form(name: str) -> str | None:
    """*name* with its English compass words in the other form, if it has one: a name
    writes them all in one form ("North and East Syria", "Northern and Eastern Syria").

    >>> other_compass_form("East Ghouta"), other_compass_form("Northern Syria")
    ('Eastern Ghouta', 'North Syria')
    >>> other_compass_form("Northern Eastern Syria")
    'North East Syria'
    >>> other_compass_form("Ghouta")

    A name read from a language that puts the noun's ending on the last of two words
    joined by *and* holds both forms (Sorani باکوور و ڕۆژهەڵاتی سووریا, "North Eastern
    Syrian"): it is read with the nouns.

    >>> other_compass_form("Syrian Eastern North Autonomous Administration")
    'Syrian East North Autonomous Administration'
    """
    words = name.split(" ")
    forms = {w.lower() in COMPASS_WORDS for w in words if w.lower() in _OTHER_COMPASS_FORM}
    changed = False
    for at, word in enumerate(words):
        other = _OTHER_COMPASS_FORM.get(word.lower())
        if other and (len(forms) == 1 or word.lower() not in COMPASS_WORDS):
            words[at] = other.capitalize() if word[:1].isupper() else other
            changed = True
    return " ".join(words) if changed else None


#: A compass word abbreviated to its capital and a full stop, before a name ("E. Ghouta",
#: "N. Iraq"), and the word it stands for.
_COMPASS_ABBREVIATIONS: Final = {f"{part[0].upper()}.": part.capitalize() for part in COMPASS_WORDS}


def compass_abbreviation_read(name: str) -> str | None:
    """*name* with a first word that abbreviates a compass word written out, as press
    headlines and maps shorten them ("E. Ghouta": East Ghouta); None when it has none.
    The letter may also be a person's initial ("E. Ali"): the matcher lets places only
    answer the name so read.

    >>> compass_abbreviation_read("E. Ghouta"), compass_abbreviation_read("W Ghouta")
    ('East Ghouta', None)
    >>> compass_abbreviation_read("E."), compass_abbreviation_read("Ghouta")
    (None, None)
    """
    first, space, rest = name.strip().partition(" ")
    full = _COMPASS_ABBREVIATIONS.get(first)
    if full is None or not rest.strip():
        return None
    return f"{full}{space}{rest.strip()}"


#: English, French, Spanish, Italian and Portuguese *of* after a place word that begins a
#: name ("City of Aleppo", "città di Aleppo").
_OF: Final = frozenset({"of", "de", "du", "des", "d", "di", "del", "della", "do", "da"})
#: The French *de* elided before a vowel and written on the name (*d'Alep*, *d’Idlib*).
_ELIDED_OF: Final = re.compile("^[dD]['’](?=[^\\W\\d_])")

#: Turkish words for a city, a town, a province, a district, a village, a camp, a base
#: and an airport in the possessive a name takes before them (*Halep şehri*, *Rakka
#: kenti*), each with the case suffixes the press writes on it, after an apostrophe or
#: not (*Haseke şehrinin*, *Rakka kentine*, *Azez İlçesi’ndeki*).
TURKISH_PLACE_WORDS: Final = tuple(
    stem + suffix
    for stem in (
        "şehri", "kenti", "ili", "ilçesi", "köyü", "kasabası", "beldesi", "kampı", "üssü",
        "vilayeti", "havalimanı",
    )
    for suffix in (
        "", "nde", "nda", "nden", "ndan", "ne", "na", "nin", "nın", "nun", "nün", "ni", "nı",
        "nu", "nü", "ndeki", "ndaki",
    )
)  # fmt: skip

_HEADS: Final = frozenset(normalise(w) for w in (*PLACE_WORDS, *TURKISH_PLACE_WORDS))
#: A run of one letter, which a romanisation writes once as often as twice (*Muqaddasa*,
#: *Muqadasa*: the Arabic writes the letter once, doubled by a shadda).
_DOUBLED: Final = re.compile(r"([a-z])\1+")


def _epithet_form(text: str) -> str:
    """*text* as :data:`PLACE_EPITHETS` are compared: normalised, a doubled letter once."""
    return _DOUBLED.sub(r"\1", normalise(text))


_EPITHETS: Final = frozenset(_epithet_form(w) for w in PLACE_EPITHETS)
_MODIFIERS: Final = frozenset(normalise(w) for w in PLACE_MODIFIERS)


def _role(word: str) -> str:
    """``"head"`` for a place word, ``"modifier"`` for a word that goes with one, ``""``
    for another word (a word the normaliser parts, "Air-Base", counts as its parts)."""
    parts = normalise(word).split()
    if not parts:
        return ""
    if all(p in _HEADS or p in _MODIFIERS for p in parts):
        return "head" if any(p in _HEADS for p in parts) else "modifier"
    return ""


def is_place_word(text: str) -> bool:
    """Whether *text* is one of the :data:`PLACE_WORDS` (or :data:`TURKISH_PLACE_WORDS`)
    alone.

    >>> is_place_word("Governorate"), is_place_word("القاعدة"), is_place_word("Raqqa")
    (True, True, False)
    """
    return _one_word_of(text, _HEADS)


def _one_word_of(text: str, words: frozenset[str]) -> bool:
    """Whether *text*, normalised, is one of *words* alone, with the Arabic article or
    not (القاعدة is "the base")."""
    found = normalise(text).split()
    if len(found) != 1:
        return False
    word = found[0]
    return word in words or (word.startswith("ال") and word[2:] in words)


#: Words for an airport or an air base written before its name in Arabic and Persian
#: (مطار التيفور, قاعدة حميميم, فرودگاه تیفور): such a place is called by the name alone
#: too (التيفور, حميميم), unlike a town named with words before a name (*Tell Abyad*).
_AIRFIELD_WORDS: Final = frozenset(normalise(w) for w in ("مطار", "قاعدة", "فرودگاه", "پایگاه"))


def is_airfield_word(text: str) -> bool:
    """Whether *text* is a word for an airport or an air base alone, as Arabic and Persian
    write it before the name (مطار, قاعدة, فرودگاه).

    >>> is_airfield_word("مطار"), is_airfield_word("القاعدة"), is_airfield_word("تل")
    (True, True, False)
    """
    return _one_word_of(text, _AIRFIELD_WORDS)


def without_place_words(text: str) -> str | None:
    """*text* without the words that say what a place is (:data:`PLACE_WORDS`, and the
    :data:`PLACE_MODIFIERS` beside them), an *of* after them at its start and the
    epithets that end it (:data:`PLACE_EPITHETS`); None when it has none, or nothing
    but them ("Base", القاعدة, al-Qaeda, *the base*).

    >>> without_place_words("Tiyas Military Airbase"), without_place_words("Air Force")
    ('Tiyas', None)

    A place word joined to the name by a hyphen, as German writes it, is one too:

    >>> without_place_words("Idlib-Provinz"), without_place_words("al-Qaeda")
    ('Idlib', None)
    >>> without_place_words("Bekaa-Ebene"), without_place_words("Tal Afar")
    ('Bekaa', None)

    >>> without_place_words("gouvernorat d’Alep")
    'Alep'

    ... and one joined to it, as Swedish and Danish write it:

    >>> without_place_words("Ninevehprovinsen"), without_place_words("Hollejren")
    ('Nineveh', 'Hol')
    >>> without_place_words("Aleppoprovinsens"), without_place_words("Hollägrets")
    ('Aleppo', 'Hol')

    ... and epithets of a holy city, after the Persian ezafe too:

    >>> without_place_words("Baghdad Shareef"), without_place_words("Najaf-e-Ashraf")
    ('Baghdad', 'Najaf')
    """
    words: list[str] = []
    roles: list[str] = []
    for word in text.split():
        parts = _hyphened_place_word(word)
        words += parts
        roles += [_role(parts[0]), "head"] if len(parts) == 2 else [_role(word)]
    kept = words
    if "head" in roles:
        # a modifier goes with a place word anywhere in the name: مطار المزة العسكري
        drop = [bool(role) for role in roles]
        if drop[0]:
            first_kept = drop.index(False) if False in drop else len(drop)
            if first_kept < len(words):
                if normalise(words[first_kept]) in _OF:
                    drop[first_kept] = True  # "Governorate of Raqqa"
                else:  # ... and the French elided de ("gouvernorat d'Alep")
                    words[first_kept] = _ELIDED_OF.sub("", words[first_kept])
        kept = [w for w, dropped in zip(words, drop, strict=True) if not dropped]
    kept = _without_epithets(kept)
    if not kept or kept == words:
        return None
    return " ".join(kept)


def _hyphened_place_word(word: str) -> tuple[str, ...]:
    """*word* as the name and the place word it ends with after a hyphen
    ("Idlib-Provinz", "Raqqa-Stadt", "Bekaa-Ebene"), or as itself."""
    head, hyphen, last = word.rpartition("-")
    if hyphen and head and (_role(last) == "head" or normalise(last) in _HYPHENED_HEADS):
        return head, last
    glued = _GLUED_HEAD.match(word)
    if glued:
        return glued.group(1), glued.group(2)
    return (word,)


#: A place word Swedish, Norwegian, Danish, German and Icelandic join to the name with no
#: hyphen ("Ninevehprovinsen", "Idlibprovinz", "Hollägret", "Hollejren", "Afrinhéraði":
#: the district of Afrin), in the genitive too ("Aleppoprovinsens", of the province of
#: Aleppo), after a name of three letters or more that begins with a capital.
_GLUED_HEAD: Final = re.compile(
    r"^((?:[^\W\d_]+-)?[A-ZÀ-Ý][^\W\d_]{2,}?)"
    r"((?:provinsen|lägret|lejren|leiren)s?|provinz|héraði|héraðs|hérað)$"
)


#: German words for a plain, a valley, an area and heights that follow a name after a
#: hyphen ("Bekaa-Ebene", "Bekaa-Tal", "Golan-Höhen"), where they are place words; alone
#: they are not (Tal is also the Arabic *tall*, a hill, of "Tal Afar").
_HYPHENED_HEADS: Final = frozenset(
    normalise(w) for w in ("Ebene", "Hochebene", "Tal", "Gebiet", "Höhen")
)


#: A name and an epithet joined by the Persian ezafe, hyphened ("Karbala-e-Mualla").
_EZAFE_EPITHET: Final = re.compile(r"(.+)-[ei]-([^\W\d_]+)")


def _without_epithets(words: list[str]) -> list[str]:
    """*words* without the epithets that end them (:data:`PLACE_EPITHETS`, written with
    the article joined or apart: "al-Ashraf", "al Ashraf", or after the ezafe joined to
    the name: "Karbala-e-Mualla"), one word at least kept."""
    joined = _EZAFE_EPITHET.fullmatch(words[-1]) if words else None
    if joined and _epithet_form(joined.group(2)) in _EPITHETS:
        words = [*words[:-1], joined.group(1)]
    while True:
        for size in (2, 1):
            if len(words) > size and _epithet_form(" ".join(words[-size:])) in _EPITHETS:
                words = words[:-size]
                break
        else:
            return words


def plain_places(entries: Iterable[Entry]) -> tuple[list[Entry], dict[tuple[str, str], str]]:
    """The places among *entries*, each with its spellings without place words added to
    its variants ("Tiyas Air Base" as "Tiyas" too), and for each spelling so read, keyed
    by entry id and the reading, the spelling it was read from."""
    places: list[Entry] = []
    read_from: dict[tuple[str, str], str] = {}
    for entry in entries:
        if entry.kind != "place":
            continue
        own = set(entry.spellings)
        added: list[str] = []
        for spelling in entry.spellings:
            plain = without_place_words(spelling)
            if plain is not None and plain not in own:
                own.add(plain)
                added.append(plain)
                read_from[entry.id, plain] = spelling
        places.append(attrs.evolve(entry, variants=(*entry.variants, *added)) if added else entry)
    return places, read_from
