"""Names of groups, forces and places written in the words of other languages.

The press of other languages writes a group's name in its own words ("Armée syrienne
libre", "Demokratische Kräfte Syriens", "Halk Koruma Birlikleri", "Pasukan Quds",
"نیروهای دموکراتیک سوریه") or with the Arabic name kept ("Division al-Hamza", "Brigate
Imam Ali"). :func:`in_english` reads such a
name in the English words the glossary's English names use, from a table of the words
such names are made with (``name_words.tsv``), and keeps the other words as written:

>>> in_english("Armée syrienne libre")
('Free Syrian Army', 'French')
>>> in_english("Gardiens de la révolution")
('Revolution Guardians', 'French')
>>> in_english("Division al-Hamza")
('al-Hamza Division', 'in the word order of French, Spanish or Italian')
>>> in_english("Halk Koruma Birlikleri")
('People Protection Units', 'Turkish')
>>> in_english("Weißhelme")
('White Helmets', 'German')
>>> in_english("Syrian Democratic Forces") is None  # English already
True

French, Spanish and Italian put the noun first and its adjectives and complements after
it, English the other way round, so the words of a name in those languages are read in
reverse order ("Forces démocratiques syriennes", "Syrian Democratic Forces"), names kept
whole ("Brigades Abdallah Azzam", "Abdallah Azzam Brigades"). Portuguese, Indonesian and
Malay, Kurmanji, Sorani, Persian, Romanian, Hausa, Swahili, Somali and Vietnamese do the
same; Swedish, Norwegian, Danish, Croatian, Serbian, Bosnian, Hungarian, Finnish and
Azerbaijani put adjectives first, as English does ("Fria syriska armén", "Szabad
Szíriai Hadsereg"). Vietnamese writes a word syllable by syllable ("Lực lượng Dân chủ
Syria", forces, democratic: the Syrian Democratic Forces); the table's words of two or
three syllables are read where a name writes them in a row. A Persian or Sorani name
keeps its names transliterated (:func:`~qamus.translit.transliterate`, plain), and
Persian words that are Arabic words too (عربی, اسلامی, جبهه) read as English words
without making an Arabic name Persian.
A word is read only when it is not already the English word: "Front" and "Division"
alone leave a name as it is.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection
from functools import cache, lru_cache
from importlib.resources import files
from typing import Final, NamedTuple

from qamus.match.phonetic import script_of
from qamus.normalise.arabic import normalise_arabic, part_glued_articles
from qamus.normalise.forms import nfkc
from qamus.normalise.latin import normalise_latin
from qamus.translit import transliterate

__all__ = [
    "LANGUAGES",
    "SENSES",
    "arabic_script_words_for",
    "in_english",
    "initials_in_other_languages",
    "is_name_word",
    "nationality_in_english",
    "readings_in_english",
    "senses",
    "without_maltese_articles",
]

#: The languages of ``name_words.tsv``, by code.
LANGUAGES: Final = {
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "tr": "Turkish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "id": "Indonesian or Malay",
    "ku": "Kurdish",
    "ckb": "Sorani Kurdish",
    "fa": "Persian",
    "sv": "Swedish",
    "no": "Norwegian",
    "da": "Danish",
    "sh": "Croatian, Serbian or Bosnian",
    "hu": "Hungarian",
    "ro": "Romanian",
    "fi": "Finnish",
    "az": "Azerbaijani",
    "ha": "Hausa",
    "sw": "Swahili",
    "so": "Somali",
    "ur": "Urdu",
    "ps": "Pashto",
    "sl": "Slovenian",
    "lt": "Lithuanian",
    "et": "Estonian",
    "sq": "Albanian",
    "ca": "Catalan",
    "uz": "Uzbek",
    "tk": "Turkmen",
    "ug": "Uyghur",
    "is": "Icelandic",
    "cy": "Welsh",
    "lv": "Latvian",
    "eu": "Basque",
    "vi": "Vietnamese",
    "mt": "Maltese",
}

#: Languages that put adjectives and complements after the noun ("Exército Livre",
#: "Pasukan Quds", "Hêzên Sûriya Demokratîk"). Polish does so in some names only
#: ("Państwo Islamskie"), and is read in its order: words are aligned in any order.
_NOUN_FIRST: Final = frozenset(
    {"fr", "es", "it", "pt", "id", "ku", "ckb", "fa", "ro", "ha", "sw", "so", "sq", "ca", "cy"}
    | {"vi", "mt"}
)

#: Slavic languages, which make an adjective of a place's name ("Golanska planota",
#: "Golanskoj visoravni", "Golanských výšinách": the Golan Heights).
_SLAVIC: Final = frozenset({"pl", "cs", "sk", "sh", "sl"})
#: A Slavic adjective of a place's name written with its capital: the name, *-sk-* (or
#: *-ck-*) and an ending for gender, number and case.
_SLAVIC_PLACE_ADJECTIVE: Final = re.compile(
    r"([^\W\d_]{3,}?)[sc]k(?:i|a|o|e|u|oj|og|om|ih|im|ima|ie|iego|ich|ą"
    r"|á|é|ý|ého|ých|ém|ou|ým|ými)"
)


def _slavic_place(word: str) -> str:
    """*word*, a name kept as written in a reading in a Slavic language, as the place's
    name when it is a Slavic adjective of one; else as written.

    >>> _slavic_place("Golanskoj"), _slavic_place("Golanských"), _slavic_place("Asad")
    ('Golan', 'Golan', 'Asad')
    """
    found = _SLAVIC_PLACE_ADJECTIVE.fullmatch(word) if word[:1].isupper() else None
    return found.group(1) if found else word


#: Persian and Urdu, which share many words: a name made only of them is read in Persian
#: order, which Urdu keeps in names it takes from Persian (سپاہ پاسداران انقلاب اسلامی).
_PERSIAN_OR_URDU: Final = frozenset({"fa", "ur"})

#: Articles, prepositions and conjunctions that names in each language are written with
#: ("Gardiens de la révolution"): left out of the English reading.
_SMALL_WORDS: Final = {
    "fr": frozenset({"de", "du", "des", "la", "le", "les", "et", "en", "au", "aux"}),
    "de": frozenset(
        {"der", "die", "das", "des", "den", "dem", "und", "von", "vom", "zur", "zum", "fur", "im"}
    ),
    "es": frozenset({"de", "del", "la", "el", "los", "las", "y", "para", "por", "en"}),
    "it": frozenset({"di", "del", "della", "dello", "dei", "degli", "delle", "il", "lo", "e"}),
    "tr": frozenset({"ve"}),
    "pt": frozenset(
        {"de", "da", "do", "das", "dos", "e", "em", "na", "no", "nas", "nos", "para"}
        | {"a", "o", "as", "os", "ao", "aos", "pela", "pelo"}
    ),
    "nl": frozenset({"de", "het", "van", "der", "den", "voor", "en"}),
    "pl": frozenset({"i", "w", "we", "z", "ze", "dla", "oraz"}),
    "cs": frozenset({"v", "ve", "z", "ze", "pro"}),
    "sk": frozenset({"v", "vo", "z", "zo", "pre"}),
    "id": frozenset({"dan", "untuk", "bagi", "dari", "yang", "di", "ke", "asasi"}),
    "ku": frozenset({"a", "ya", "ye", "yen", "u", "ji", "li"}),
    "ckb": frozenset({"و", "بو", "له"}),
    "fa": frozenset({"و", "از", "در", "براي", "به", "ي"}),
    "sv": frozenset({"och", "av", "for", "i", "den", "det", "de"}),
    "no": frozenset({"og", "av", "for", "i", "den", "det", "de", "ei"}),
    "da": frozenset({"og", "af", "for", "i", "den", "det", "de"}),
    "sh": frozenset({"i", "za", "u", "od"}),
    "hu": frozenset({"a", "az", "es"}),
    "ro": frozenset(
        {"de", "din", "a", "al", "ai", "ale", "lui", "pentru", "si", "in", "la", "cu", "pe"}
        | {"cel", "cea", "cei", "cele", "celor"}
    ),
    "fi": frozenset({"ja", "seka"}),
    "az": frozenset({"və", "uzrə"}),
    "ha": frozenset({"na", "ta", "da", "a", "mai", "masu", "kan", "ga"}),
    "sw": frozenset({"la", "ya", "wa", "cha", "vya", "za", "kwa", "na", "mwa"}),
    "so": frozenset({"ee", "ah", "iyo", "oo", "ama", "ka", "ku", "u", "la"}),
    # Urdu and Pashto, folded as _fold writes them (کی, کے: كي; برائے: برايي)
    "ur": frozenset({"كي", "كا", "و", "اور", "برايي", "اف", "مين", "فار"}),
    "ps": frozenset({"د", "او", "په", "كي", "پر", "له", "څخه", "ته", "لپاره"}),
    "sl": frozenset({"za", "v", "na", "iz", "z", "s", "in", "pri", "od", "ob"}),
    "lt": frozenset({"ir", "bei", "arba"}),
    "et": frozenset({"ja", "ning", "eest"}),
    "sq": frozenset({"i", "e", "te", "se", "dhe", "per", "ne", "nga", "me"}),
    "ca": frozenset(
        {"de", "del", "dels", "la", "les", "el", "els", "i", "per", "pel", "pels", "amb", "en"}
    ),
    "uz": frozenset({"va", "boyicha", "uchun"}),
    "tk": frozenset({"we", "boyunca", "ucin"}),
    "ug": frozenset({"وه"}),  # ۋە, folded
    "is": frozenset({"og", "i", "a", "um", "til", "af", "fyrir"}),
    "cy": frozenset({"y", "yr", "a", "ac", "o", "yn", "i", "ar"}),
    "lv": frozenset({"un", "par", "ar", "no", "uz", "pie", "pret", "pec", "bez", "vai"}),
    "eu": frozenset({"eta", "edo"}),
    # the plural marker, "and", "of", and "person", before a people ("người Kurd")
    "vi": frozenset({"cac", "nhung", "va", "cua", "nguoi"}),
    "mt": frozenset({"u", "ta", "fi"}),
}

#: Persian words of the table that are Arabic words too, once folded (عربی, اسلامی,
#: جبهه, كردستان, شهدا): they are read in English, but say nothing of a name's language,
#: so an Arabic name made with them is read as written ("جبهة النصرة"), unless written
#: with a letter Arabic lacks (:data:`_NOT_ARABIC_LETTERS`).
_ALSO_ARABIC: Final = frozenset(
    {
        "جبهه", "سوري", "سوريه", "عربي", "مدني", "محلي", "عمليات", "جمهوري", "لبناني",
        "عراقي", "اسلامي", "نظامي", "عالي", "انقلاب", "انقلابي", "اطلاعات", "ايراني",
        "مسلمان", "شهدا", "كرد", "كردي", "كردستان", "شرقي", "غربي", "شمالي", "عشاير",
        "موقت", "انتقالي", "خلق", "مدافع", "اداره", "شورا", "ملي", "حكمت", "سوريا",
        "ائتلاف", "قانون", "صحرا", "شمال",
        # ... and Urdu and Pashto ones (شامی, فوج, تنظیم, بشري)
        "شامي", "فوج", "فوجي", "صوبه", "مغربي", "مشرقي", "انساني", "حقوق", "سلامتي",
        "تحريك", "انتظاميه", "عوامي", "فضايي", "هوايي", "خصوصي", "عبوري", "جمهوريه",
        "قومي", "تنظيم", "بشري",
    }
)  # fmt: skip


#: English small words: a name written with them is English ("Front for the Liberation").
_ENGLISH_SMALL_WORDS: Final = frozenset({"of", "the", "for", "and", "in", "on", "to"})

#: An elided article or preposition before a word: l'État, d'Abu, dell'Islam.
_ELIDED: Final = re.compile(r"^(?:l|d|dell|dall|all|nell|sull|qu)['’](?=\w)", re.IGNORECASE)

#: The Maltese article at a word's start, in small letters, before a hyphen: *il-*, *l-*,
#: written on a preposition (*tal-*, *fil-*, *fl-*), or assimilated to the sun letter
#: that follows (*is-*, *tas-*, *fix-*).
_MALTESE_ARTICLE: Final = re.compile(
    "(?<![^\\W\\d_'’])(?:(?:ta|fi|bi|mi|li|sa|ma|għa|i)(?:ll?|([ċdnrstxżz]))|fl|l)-(?=[^\\W\\d_])"
)


def without_maltese_articles(text: str) -> str:
    """*text* without the Maltese articles its words are written with (the assimilated
    ones only before their own sun letter: *is-Sirja*, not *is-Raqqa*).

    >>> without_maltese_articles("Għoljiet tal-Golan"), without_maltese_articles("Tal-Afar")
    ('Għoljiet Golan', 'Tal-Afar')
    >>> without_maltese_articles("l-Istat Iżlamiku")
    'Istat Iżlamiku'
    """
    parts: list[str] = []
    last = 0
    for found in _MALTESE_ARTICLE.finditer(text):
        sun = found.group(1)
        if sun and text[found.end() : found.end() + 1].casefold() != sun:
            continue
        parts.append(text[last : found.start()])
        last = found.end()
    return "".join(parts) + text[last:] if parts else text


#: An ordinal written with a French, Spanish, Italian, German or Turkish ending: 4e, 4ème,
#: 4ta, 4ª, 4°, 4.
_ORDINAL: Final = re.compile(
    r"^(\d+)(?:e|ème|eme|er|re|\.?o|\.?a|ta|to|\.?º|\.?ª|°|\.)$", re.IGNORECASE
)

#: Languages that write the words of a name as one word: two words of the table
#: (*Weißhelme*), or a name and the word of the table after it (*Nusrafronten*,
#: *Tawhiddivisionen*, *Sadristenbeweging*, *Bekaadalen*).
_COMPOUNDING: Final = frozenset({"de", "nl", "sv", "no", "da", "is", "fi", "et", "hu"})

#: Linking letters between the parts of a German compound: Volk-s-verteidigung.
_LINKS: Final = ("", "s", "n", "en", "es")

#: The shortest part of a compound word read as two words of the table.
_PART: Final = 3

#: Endings of the German genitive of a noun (*Widerstands*, *Staates*).
_GERMAN_GENITIVE: Final = ("es", "s")

#: Turkish and Azerbaijani case suffixes (folded: ı is i, ü is u), longest first, as
#: they follow a word of the table written without an apostrophe (*Tugaylarının*,
#: *Vadisine*, *Birliklerinden*): after its possessive -i a noun takes -n- before them.
_TURKISH_CASES: Final = tuple(
    sorted(
        {"nin", "nun", "na", "ne", "nda", "nde", "ndan", "nden", "ni", "nu", "in", "un"}
        | {"a", "e", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye"}
        | {"yi", "yu", "i", "u"},
        key=len,
        reverse=True,
    )
)
_TURKISH: Final = frozenset({"tr", "az"})
_NOT_IN_TABLE: Final[tuple[str, frozenset[str]]] = ("", frozenset())

#: The shortest compound word read as words of the table (*Weißhelme*).
_COMPOUND: Final = 8


@lru_cache(maxsize=1 << 15)
def _fold(word: str) -> str:
    """*word* folded as the table's forms are (names repeat their words)."""
    if script_of(word) == "arabic":
        return normalise_arabic(word)
    return normalise_latin(word)


def _whole_word(folded: str) -> tuple[str, ...] | None:
    """*folded* as the one word of the table it is, or None."""
    return (folded,) if folded in _table() else None


@cache
def _rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The rows of ``name_words.tsv``: English word, language and forms, as written."""
    text = files("qamus.match").joinpath("name_words.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = []
    for line in lines[1:]:  # the header
        english, language, forms = line.split("\t")
        rows.append((english, language, tuple(f.strip() for f in forms.split(","))))
    return tuple(rows)


@cache
def _table() -> dict[str, tuple[str, frozenset[str]]]:
    """Each folded form of ``name_words.tsv``: its English word and its languages."""
    english_of: dict[str, str] = {}
    languages: dict[str, set[str]] = {}
    for english, language, forms in _rows():
        for form in forms:
            folded = _fold(form)
            english_of.setdefault(folded, english)
            languages.setdefault(folded, set()).add(language)
    return {form: (english_of[form], frozenset(languages[form])) for form in english_of}


@cache
def _first_words() -> frozenset[str]:
    """The first words of the forms of ``name_words.tsv`` written as several (folded):
    a word of a name is read with the next only after one of them."""
    return frozenset(form.split(" ")[0] for form in _table() if " " in form)


#: Parts the English senses of a form with two (*kurtuluş*, "Salvation|Liberation").
SENSES: Final = "|"


def senses(english: str) -> tuple[str, ...]:
    """The English senses of a form of ``name_words.tsv`` (most have one).

    >>> senses("Salvation|Liberation"), senses("Army")
    (('Salvation', 'Liberation'), ('Army',))
    """
    return tuple(english.split(SENSES))


#: English words of ``name_words.tsv`` that English prose writes as often in small
#: letters ("men", "in the east", "the law"): in English they are no name words.
_ALSO_PROSE: Final = frozenset(
    {"east", "north", "men", "call", "hope", "law", "social", "glory", "brave", "league"}
    | {"gathering", "followers", "desert", "fifth", "of"}
)


@cache
def _english_words() -> frozenset[str]:
    """The English words of ``name_words.tsv``, folded, but those English prose writes
    as often in small letters (:data:`_ALSO_PROSE`)."""
    words = {
        normalise_latin(w)
        for english, _ in _table().values()
        for sense in senses(english)
        for w in sense.split()
    }
    return frozenset(words - _ALSO_PROSE)


def is_name_word(word: str, *, compounds: bool = False) -> bool:
    """Whether *word* is one of the words names of groups and places are made with, in
    English or in the languages of ``name_words.tsv``; with *compounds*, or a compound of
    them (*forsvarsenheter*, "defence units").

    >>> is_name_word("Movement"), is_name_word("mouvement"), is_name_word("Baqir")
    (True, True, False)
    >>> is_name_word("forsvarsenheter"), is_name_word("forsvarsenheter", compounds=True)
    (False, True)
    """
    folded = _fold(word)
    if folded in _table() or folded in _english_words():
        return True
    return compounds and _compound(folded) is not None


#: The nationalities of the region in English, as ``name_words.tsv`` gives them.
_NATIONALITIES_IN_TABLE: Final = frozenset(
    {"Syrian", "Iraqi", "Lebanese", "Iranian", "Kurdish", "Turkish"}
)


def nationality_in_english(word: str) -> str | None:
    """The English adjective of the region's nationality *word* is, in the languages of
    ``name_words.tsv`` (*syrien*, *irakischen*, *Suriye*), or None.

    >>> nationality_in_english("syrien"), nationality_in_english("Syrian")
    ('Syrian', 'Syrian')
    >>> nationality_in_english("Golan")
    """
    found = _table().get(_fold(word))
    if found is not None and found[0] in _NATIONALITIES_IN_TABLE:
        return found[0]
    english = word.strip().capitalize()
    return english if english in _NATIONALITIES_IN_TABLE else None


def arabic_script_words_for(english: str) -> frozenset[str]:
    """The words of ``name_words.tsv`` in Arabic script (Persian, Sorani, Urdu, Pashto) that read
    as the English word *english*, folded.

    >>> sorted(arabic_script_words_for("Brigade"))
    ['بريگيد', 'تيپ', 'ليواي']
    """
    key = english.casefold()
    return frozenset(
        form
        for form, (word, _) in _table().items()
        if key in (sense.casefold() for sense in senses(word)) and script_of(form) == "arabic"
    )


@cache
def _forms_of() -> dict[tuple[str, str], tuple[str, ...]]:
    """The forms of ``name_words.tsv`` in Latin script, by English word (folded) and
    language."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for english, language, forms in _rows():
        for form in forms:
            if form and script_of(form) != "arabic":
                for sense in senses(english):
                    found[sense.casefold(), language].append(form)
    return {key: tuple(forms) for key, forms in found.items()}


#: How the press of each language orders the words of a translated name when it makes
#: initials of them: the noun first and the part after *of* after it ("État islamique
#: en Irak et au Levant", *EIIL*; "Union patriotique du Kurdistan", *UPK*), or, in
#: Turkish, in the English order or with the part after *of* first ("Özgür Suriye
#: Ordusu", *ÖSO*; "Irak Şam İslam Devleti", *IŞİD*; "Kürdistan Yurtseverler Birliği").
_INITIALS_NOUN_FIRST: Final = ("fr", "es", "it", "pt", "ku", "id")
_INITIALS_GENITIVE_FIRST: Final = ("tr",)
#: English words a name's part after them names what it is of: initials put it after
#: (or, in Turkish, before) the rest.
_OF_WORDS: Final = frozenset({"of", "for", "in"})
#: English and Arabic small words no initials are made of.
_NO_INITIAL: Final = frozenset({"the", "and", "al", "el", "ad", "ar", "as", "ash", "at", "az"})
#: The most letter choices one name's initials are made with (a word of two forms in one
#: language, with two initials, doubles them).
_MOST_INITIALS: Final = 16


def initials_in_other_languages(name: str) -> frozenset[str]:
    """The initials of an English *name* translated word by word into the languages of
    the press (``name_words.tsv``) that write their own acronyms, folded as
    :func:`~qamus.normalise.latin.normalise_latin` folds them; words the table lacks keep
    their own initial, and a language that translates none of them gives none.

    >>> {"asl", "esl", "oso"} <= initials_in_other_languages("Free Syrian Army")
    True
    >>> "eiil" in initials_in_other_languages("Islamic State of Iraq and the Levant")
    True
    >>> "isid" in initials_in_other_languages("Islamic State of Iraq and al-Sham")
    True
    """
    head: list[str] = []
    tail: list[str] = []
    for word in re.findall(r"[^\W\d_]+", name.replace("-", " ")):
        folded = word.casefold()
        if folded in _OF_WORDS and head:
            if tail:
                return frozenset()  # a second "of": too long a name to make initials of
            tail.append("")
            continue
        if folded not in _NO_INITIAL:
            (tail if tail else head).append(word)
    tail = [w for w in tail if w]
    if len(head) + len(tail) < 3:
        return frozenset()
    english = "".join(w[0] for w in head + tail).casefold()
    forms = _forms_of()
    found: set[str] = set()
    for language in (*_INITIALS_NOUN_FIRST, *_INITIALS_GENITIVE_FIRST):
        translated = False
        letters: dict[str, frozenset[str]] = {}
        for word in head + tail:
            own = forms.get((word.casefold(), language))
            translated = translated or own is not None
            letters[word] = frozenset(normalise_latin(f)[:1] for f in own or (word,)) - {""}
        if not translated:
            continue
        if language in _INITIALS_NOUN_FIRST:
            # the noun first, its adjectives after it in either order ("Ejército Libre
            # Sirio", *ELS*; "Armée syrienne libre", *ASL*)
            orders = [
                [*head[::-1], *tail[::-1]],
                [*head[::-1], *tail],
                [*head[-1:], *head[:-1], *tail],
            ]
        else:
            orders = [[*head, *tail], [*tail, *head]]
        for order in orders:
            choices = [letters[w] for w in order]
            if math.prod(len(c) for c in choices) > _MOST_INITIALS:
                continue
            found.update("".join(combo) for combo in itertools.product(*choices))
    found.discard(english)
    return frozenset(a for a in found if 3 <= len(a) <= 6)


def _ordinal(number: str) -> str:
    n = int(number)
    if n % 100 in (11, 12, 13):
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


@lru_cache(maxsize=1 << 14)
def _compound(folded: str) -> tuple[str, ...] | None:
    """The words of the table a word is, or a compound of a language that writes them so
    is made of ("weisshelme": white, helmets), or None. Names are read in query after
    query: each word once."""
    table = _table()
    if folded in table:
        return (folded,)
    for ending in _GERMAN_GENITIVE:
        # the German genitive of a noun of the table ("des Islamischen Widerstands")
        stem = folded.removesuffix(ending)
        if stem != folded and len(stem) > _PART and "de" in table.get(stem, _NOT_IN_TABLE)[1]:
            return (stem,)
    for ending in _TURKISH_CASES:
        # a Turkish noun of the table with its case suffix ("Hizbullah Tugaylarının")
        stem = folded.removesuffix(ending)
        if (
            stem != folded
            and len(stem) > _PART
            and not _TURKISH.isdisjoint(table.get(stem, _NOT_IN_TABLE)[1])
        ):
            return (stem,)
    if len(folded) < _COMPOUND or not folded.isascii():
        return None
    for cut in range(_PART, len(folded) - _PART + 1):
        head, tail = folded[:cut], folded[cut:]
        for link in _LINKS:
            stem = head[: len(head) - len(link)] if link else head
            if (
                head.endswith(link)
                and len(stem) >= _PART
                and not table.get(stem, _NOT_IN_TABLE)[1].isdisjoint(_COMPOUNDING)
            ):
                rest = _compound(tail) if len(tail) >= _COMPOUND else _whole_word(tail)
                if rest is not None:
                    return (stem, *rest)
    return None


#: The shortest name, and the shortest word of the table after it, read in such a word.
_NAME_PART: Final = 4
_HEAD_PART: Final = 5


@lru_cache(maxsize=1 << 14)
def _name_and_head(folded: str) -> tuple[str, str] | None:
    """A name and the word of the table that a word no part of which is in the table
    ends with, in a language that writes them as one ("nusrafronten": nusra, fronten),
    the longest such word; or None.

    >>> _name_and_head("nusrafronten"), _name_and_head("bekaadalen")
    (('nusra', 'fronten'), ('bekaa', 'dalen'))
    >>> _name_and_head("hezbollah"), _name_and_head("front")
    (None, None)
    """
    table = _table()
    for cut in range(_NAME_PART, len(folded) - _HEAD_PART + 1):
        head, tail = folded[:cut], folded[cut:]
        languages = table.get(tail, _NOT_IN_TABLE)[1]
        if not languages.isdisjoint(_COMPOUNDING) and head not in table:
            return head, tail
    return None


class _Word(NamedTuple):
    """A word of a name as :func:`_words` reads it."""

    #: An English word of the table, an English ordinal, or the word kept as written.
    read: str
    #: The word folded (:data:`_ORDINAL_MARK` for an ordinal).
    folded: str
    #: The languages of the table it is a word of (none: kept as written).
    languages: frozenset[str] = frozenset()
    #: Whether it is an Arabic word as written (:data:`_ALSO_ARABIC`), and so says nothing
    #: of the name's language.
    arabic_too: bool = False


#: Letters of Persian, Urdu, Pashto, Kurdish and Uyghur that Arabic does not write: a
#: word written with them is no Arabic word, though it folds to one (Urdu شامی,
#: "Syrian", Arabic شامي).
_NOT_ARABIC_LETTERS: Final = re.compile("[یکگپچژہھےۓںٹڈڑۍېګښځڅډړټږڼۀەۆێڵڕۇۈۋڭ]")


def _words(name: str) -> list[_Word]:
    """The words of *name*, each read (:class:`_Word`). A hyphenated token with no word
    of the table is one word ("al-Hamza")."""
    table = _table()
    words: list[_Word] = []
    for written in _half_spaced(name.split(), table):
        token = _ELIDED.sub("", without_maltese_articles(written))
        # a superscript ending read as the letters it raises ("4ᵉ division", "1ʳᵉ")
        ordinal = _ORDINAL.match(nfkc(token)) if token[:1].isdigit() else None
        if ordinal:
            words.append(_Word(_ordinal(ordinal.group(1)), _ORDINAL_MARK))
            continue
        parts_written = token.split("-")
        read = [(part, _compound(_fold(part))) for part in parts_written]
        if all(pieces is None for _, pieces in read):
            named = [(part, _name_and_head(_fold(part))) for part in parts_written]
            if all(parts is None for _, parts in named):
                words.append(_Word(token, _fold(token)))
                continue
            for part, parts in named:
                if parts is None:
                    words.append(_Word(part, _fold(part)))
                    continue
                name, head = parts
                english, languages = table[head]
                # the name as written, where folding kept its letters one for one
                written_name = part[: len(name)] if len(part) == len(_fold(part)) else name
                words.extend((_Word(written_name, name), _Word(english, head, languages)))
            continue
        for part, pieces in read:
            if pieces is None:
                words.append(_Word(part, _fold(part)))
                continue
            arabic_letters = _NOT_ARABIC_LETTERS.search(part) is None
            for piece in pieces:
                english, languages = table[piece]
                arabic_too = arabic_letters and piece in _ALSO_ARABIC
                words.append(_Word(english, piece, languages, arabic_too))
    return words


#: The Persian plural ending, alone and before the ezafe (گردان های, "battalions of"),
#: written apart from a word of the table that is a word without it too; folded, as
#: :func:`_fold` writes ی.
_PLURAL_SUFFIXES: Final = frozenset({"ها", "هاي"})


def _half_spaced(tokens: list[str], table: Collection[str]) -> list[str]:
    """*tokens*, with two or three neighbours in Arabic script that make a word of the
    table written as one: Persian joins such a word's parts with a zero-width
    non-joiner, which many writers type as a space (دیده بان for دیده‌بان, "observer";
    کلاه سفید ها for کلاه‌سفیدها, "White Helmets"; گردان های, "battalions of", though
    گردان, "battalion", is a word of the table too); and the syllables of a Vietnamese
    word of the table (lực lượng, "forces")."""
    out: list[str] = []
    for token in tokens:
        if (
            out
            and script_of(token) == "arabic"
            and script_of(out[-1]) == "arabic"
            and (_fold(out[-1]) not in table or _fold(token) in _PLURAL_SUFFIXES)
            and _fold(out[-1] + token) in table
        ):
            out[-1] += "\u200c" + token
        elif (
            len(out) > 1
            and script_of(token) == script_of(out[-1]) == script_of(out[-2]) == "arabic"
            and _fold(out[-2] + out[-1] + token) in table
        ):
            # three parts: کلاه سفید ها for کلاه‌سفیدها ("White Helmets")
            out[-2:] = ["\u200c".join((out[-2], out[-1], token))]
        elif (
            len(out) > 1
            and _fold(out[-2]) in _first_words()
            and _fold(f"{out[-2]} {out[-1]} {token}") in table
        ):
            # a word of three syllables: Vietnamese tổng động viên ("mobilisation")
            out[-2:] = [f"{out[-2]} {out[-1]} {token}"]
        elif out and _fold(out[-1]) in _first_words() and _fold(f"{out[-1]} {token}") in table:
            out[-1] = f"{out[-1]} {token}"  # ... and of two: lực lượng ("forces")
        else:
            out.append(token)
    return out


#: English ordinals the table reads words of other languages as (*quatrième*, *Fourth*).
_ENGLISH_ORDINALS: Final = frozenset({"First", "Second", "Third", "Fourth", "Fifth"})

#: Stands for an ordinal among the folded words of :func:`_words`.
_ORDINAL_MARK: Final = "#"


def _language(words: list[_Word]) -> tuple[frozenset[str], bool]:
    """The likeliest languages of *words* (all of those tied), by their words of the table
    that English writes otherwise and by their small words; and whether a word of the
    table is not English."""
    votes: Counter[str] = Counter()
    foreign = False
    for english, folded, languages, arabic_too in words:
        if (
            languages
            and all(folded != _fold(sense) for sense in senses(english))
            and not arabic_too
        ):
            votes.update(languages)
            foreign = True
        elif not languages:
            votes.update(code for code, small in _SMALL_WORDS.items() if folded in small)
    if not votes:
        return frozenset(), foreign
    most = max(votes.values())
    return frozenset(code for code, n in votes.items() if n == most), foreign


def _in_latin(word: str) -> str:
    """*word*, a name kept as written in a reading, in Latin script: a Persian name
    read in English keeps its names transliterated ("نیروی قدس", "qds Force"), with an
    article written as one with the word before set apart ("دیرالزور", "dir al-zur")."""
    if script_of(word) == "arabic":
        return transliterate(part_glued_articles(word), scheme="plain")
    return word


def in_english(name: str) -> tuple[str, str] | None:
    """*name* read in English, and the language it was read from. None when no word of
    it is one English writes otherwise, unless it begins with a word of the table that
    English writes alike, before a name: then it reads in the order of French
    ("Division al-Hamza", "Camp de Yarmouk"). A name made with a word of two senses
    reads in the first here; :func:`readings_in_english` gives every reading."""
    readings = readings_in_english(name)
    return readings[0] if readings else None


#: The most readings of one name made with words of two senses.
_MOST_READINGS: Final = 4


def readings_in_english(name: str) -> tuple[tuple[str, str], ...]:
    """Every reading of *name* in English (:func:`in_english`), one for each sense of
    its words of two senses ("Suriye Kurtuluş Hükümeti": the Syrian Salvation
    Government, or Liberation), at most :data:`_MOST_READINGS`; () when it reads as
    none.

    >>> [english for english, _ in readings_in_english("Suriye Kurtuluş Hükümeti")]
    ['Syrian Salvation Government', 'Syrian Liberation Government']
    """
    words = _words(name)
    languages, foreign = _language(words)
    label = ""
    if not foreign:
        # "Front al-Nosra": a name after a word English writes alike reads as French does
        if (
            script_of(name) == "arabic"
            or len(words) < 2
            or not words[0].languages
            or words[-1].languages
            or words[-1].folded == _ORDINAL_MARK
            or words[-1].read.isdecimal()
            or any(word.folded in _ENGLISH_SMALL_WORDS for word in words)
        ):
            return ()
        if not languages:
            languages, label = _NOUN_FIRST, "in the word order of French, Spanish or Italian"
    small = frozenset().union(*(_SMALL_WORDS[code] for code in languages))
    slavic = bool(languages) and languages <= _SLAVIC
    units: list[tuple[str, ...]] = []  # each unit's readings: a word of two senses has two
    run: list[str] = []
    for written, folded, of_table, _ in words:
        read = bool(of_table) or folded == _ORDINAL_MARK  # an English word or ordinal
        if not read and folded not in small:
            run.append(_slavic_place(written) if slavic else _in_latin(written))
            continue
        if run:
            units.append((" ".join(run),))  # a name, kept as written
            run = []
        if read:
            units.append(senses(written) if of_table else (written,))  # small words go
    if run:
        units.append((" ".join(run),))
    if languages and (languages <= _NOUN_FIRST or languages == _PERSIAN_OR_URDU):
        # an ordinal stays first: "4e division blindée", "Quatrième division", "4th
        # Armoured Division"
        ordinal_first = words[0].folded == _ORDINAL_MARK or words[0].read in _ENGLISH_ORDINALS
        first = 1 if ordinal_first else 0
        units[first:] = units[first:][::-1]
    language = label or " or ".join(sorted(LANGUAGES[code] for code in languages))
    readings: list[tuple[str, str]] = []
    for choice in itertools.islice(itertools.product(*units), _MOST_READINGS):
        english = " ".join(choice)
        if english and normalise_latin(english) != normalise_latin(name):
            readings.append((english, language))
    return tuple(readings)
