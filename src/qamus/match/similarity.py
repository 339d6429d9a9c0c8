"""How alike two names sound: :func:`similarity`, 0..1, either script on either side.

Both names are first read into their :func:`~qamus.match.phonetic.phonetic`
form. The score is one minus a weighted sum of normalised Levenshtein
distances taken at several levels of that form (:data:`SAME_SCRIPT_WEIGHTS`,
:data:`CROSS_SCRIPT_WEIGHTS`): a difference between letters of one class
(*k/q*, *e/i*) shows only at the finest level and costs little; a
difference between groups (*b/r*) shows at every level and costs the whole
weight. The weights were set by hand and checked on the ``tune`` half of the
development set (``benchmarks/data/README.md``); a random search over them
gained less than 0.015 F1 in pair verification there, so the rounder values
stay. ``benchmarks/accuracy.py`` reports their effect.

Across scripts, Arabic leaves short vowels unwritten: the comparison then
aligns consonants (with ayn and hamza), asks how many of the Arabic letters,
long vowels included, the Latin spelling covers in order, and how many Latin
consonants and word-final vowels the Arabic lacks, so the short vowels a
romanisation adds cost nothing. A word's first vowel, which Arabic writes (ا أ إ
ع), is the exception: a Latin word opening with a vowel is no Arabic word opening
with a consonant (:data:`OPENING_WEIGHT`), and, by a smaller weight, no Latin word
opening with one (:data:`LATIN_OPENING_WEIGHT`). So are the long vowels and glides
Arabic writes between consonants: و is no Latin *a*, and a Latin *ay* stands for a ي
the Arabic must write (:data:`INNER_VOWEL_WEIGHT`: *Hasan* is not حسين); two Latin
spellings write such a glide, or a vowel, alike (:data:`LATIN_GLIDE_WEIGHT`).

Names of several words are also compared word by word, in any order
(:func:`word_alignment`). Titles (:data:`TITLES`: Haji, Mullah, Sheikh, ...)
are left out; a compound may be written as one word or two; an initial
stands for a word it begins. A word left out costs
:data:`MISSING_WORD_PENALTY` times its share of the longer name, since
partial names are common. Words that disagree cost far more: when each name
has a word the other lacks ("Uday Saddam Hussein" against "Qusay Saddam
Hussein"), or one name starts at the other's second word (a father's name
inside his son's), the names are taken apart, whatever their letters share.
People's names both in Arabic script pair words only when they are nearly
letter for letter the same (:data:`ARABIC_WORD_MATCH`): الحسن and الحسين are
two names, though *Hassan* and *Hasan* are one. Given names whose letters differ no
more than spellings of one name do, yet are two names (*Muhammad* and *Mahmud*,
*Hamid* and *Hamad*: :mod:`~qamus.match.given_names`), are told apart
(:data:`GIVEN_NAMES_APART_FACTOR`).

>>> similarity("Hussein", "Husayn") > 0.8
True
>>> similarity("Liwa el-Baqer", "لواء الباقر") > 0.8
True
>>> similarity("Hasan", "Husayn") < similarity("Hasan", "Hassan")
True
>>> similarity("", "Hasan"), similarity("Hasan", "Hasan")
(0.0, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from typing import Final

import attrs
from rapidfuzz.distance import Indel, Levenshtein

from qamus.match._memo import remember_pairs
from qamus.match._text import normalise
from qamus.match.given_names import names_apart
from qamus.match.phonetic import (
    Phonetic,
    compound_cores,
    family_of_abu,
    is_kunya_word,
    joined,
    long_a_as_ayn,
    phonetic,
)
from qamus.match.threshold import calibrate

__all__ = [
    "ARABIC_SCRIPT_WEIGHTS",
    "ARABIC_WORD_MATCH",
    "CONTRADICTION_FACTOR",
    "CROSS_SCRIPT_WEIGHTS",
    "CROSS_WORD_MATCH",
    "GIVEN_NAMES_APART_FACTOR",
    "GROUP_WORD_MATCH",
    "LATER_CONTRADICTION_FACTOR",
    "LEFTOVER_MATCH",
    "MISSING_WORD_PENALTY",
    "ONE_WORD_CEILING",
    "ONE_WORD_OF",
    "OTHER_TITLE_FACTOR",
    "SAME_SCRIPT_WEIGHTS",
    "SHORT_NAME_WEIGHT",
    "TITLES",
    "WORD_MATCH",
    "WordAlignment",
    "is_kunya",
    "is_title",
    "name_words",
    "one_name_word",
    "similarity",
    "similarity_of",
    "title_left_out",
    "title_skeletons",
    "whole_ceiling",
    "whole_similarity",
    "word_alignment",
    "word_similarity",
]

#: Both in Latin script: weights of the distances between (codes, classes, groups, skeletons).
SAME_SCRIPT_WEIGHTS: Final[tuple[float, float, float, float]] = (0.15, 0.2, 0.25, 0.4)

#: Both in Arabic script: letters are written, not guessed, so the letter codes weigh most.
ARABIC_SCRIPT_WEIGHTS: Final[tuple[float, float, float, float]] = (0.55, 0.2, 0.15, 0.1)

#: Across scripts: weights of the distances between (consonant skeletons, consonants with
#: ayn and hamza, consonant classes), of the share of the Arabic letters the Latin spelling
#: leaves uncovered, and of the share of Latin consonants and word-final vowels Arabic lacks.
CROSS_SCRIPT_WEIGHTS: Final[tuple[float, float, float, float, float]] = (0.4, 0.1, 0.1, 0.25, 0.15)

#: Text of more characters than this is no name (the longest names writers give run to
#: some 70): :func:`similarity` scores it 1.0 against the same text once normalised, else
#: 0.0, and :meth:`qamus.Glossary.match` answers nothing for it.
LONGEST_NAME: Final = 300

#: Distances are multiplied by 1 + this / (letters in the longer name).
SHORT_NAME_WEIGHT: Final = 3.0

#: Share of the score lost when words of the longer name have no counterpart in the shorter
#: (a partial name is usually the same person; matching against a glossary, which ranks
#: complete names first, charges :data:`qamus.match.levels.MATCH_MISSING_WORD_PENALTY`).
MISSING_WORD_PENALTY: Final = 0.3

#: How much a nationality ("Kurdish", "Syrian") weighs, missing from the shorter of two
#: names of groups, places or things, beside another word of the longer.
NATIONALITY_WORD_FACTOR: Final = 0.5


@cache
def _nationalities() -> frozenset[str]:
    """The phonetic codes of the English words for the region's nationalities."""
    from qamus.match.readings import NATIONALITIES

    return frozenset(phonetic(word).codes for word in NATIONALITIES)


#: How much more a word of the longer of two Arabic names of groups or places weighs,
#: missing from the shorter, when it stands between words both names share.
INSERTED_WORD_FACTOR: Final = 1.5

#: A person's name of one word against one of this many words or more (titles aside) ...
ONE_WORD_OF: Final = 3

#: ... scores at most this (raw; below :data:`~qamus.match.SAME_NAME_THRESHOLD` once
#: calibrated): one word shared ("Abdul Rahman" inside "Amir Muhammad Said Abd al-Rahman
#: al-Mawla") makes a candidate, not the same name; unless it is the name's last word,
#: the surname the press names a man by (*al-Sudani*: :data:`SURNAME_MATCH`).
ONE_WORD_CEILING: Final = 0.6

_norm = Levenshtein.normalized_distance
_indel = Indel.distance


def similarity_of(a: Phonetic, b: Phonetic) -> float:
    """:func:`similarity` of two names already read into their phonetic forms.

    The better of the whole names compared as one string and their words
    aligned one to one, in any order, calibrated (:func:`~qamus.match.threshold.calibrate`).
    """
    if not a.codes or not b.codes:
        return 0.0
    whole = whole_similarity(a, b)
    if whole < 1.0:
        whole = title_left_out(a, b, whole) if len(b.tokens) == 2 else title_left_out(b, a, whole)
    if whole == 1.0 or (len(a.tokens) < 2 and len(b.tokens) < 2):
        return calibrate(whole) * (GIVEN_NAMES_APART_FACTOR if names_apart(a, b) else 1.0)
    words = word_alignment(a, b)
    if words.contradicted:
        return calibrate(min(whole, words.score))
    return calibrate(max(whole, words.score))


#: Factor for the score of two words that are given names of ``given_names.tsv`` with no
#: name in common (*Muhammad* and *Mahmud*, حسن and حسين): their letters may sound alike,
#: yet they are two names, under :data:`~qamus.match.SAME_NAME_THRESHOLD`.
GIVEN_NAMES_APART_FACTOR: Final = 0.75


#: Honorifics, titles and military ranks written before names ("Haji Ahmad Jan", "Mullah
#: Naim", "Dr. Muthanna al-Dari", "Brig. Gen. Suheil al-Hassan", "الشيخ"): a word of a
#: name that is one of these may be left out or added without making another name of it.
#: Arabic ranks that are also given names once the article is gone (العماد Imad, الرائد
#: Raed, النقيب Naqib) are not listed, nor اللواء, which is also *Liwa*, a brigade.
#: Sayyid is listed; Amir and Sultan, more often given names, are not. Titles come before
#: names: the last word of a name is a name ("Hani al-Sayyid", "Ahmad al-Hajj").
TITLES: Final[tuple[str, ...]] = (
    "Haji", "Hajji", "Hadji", "Hajj", "al-Hajj", "el-Hajj", "الحاج", "حاجی", "حاجي",
    "Mullah", "Mulla", "Molla", "Mollah", "ملا", "الملا",
    "Maulvi", "Mawlawi", "Moulvi", "Molvi", "Maulavi", "مولوي", "مولوی", "المولوي",
    "Maulana", "Mawlana", "Moulana", "مولانا",
    "Sheikh", "Shaykh", "Shaikh", "Sheik", "Cheikh", "Sheykh", "شيخ", "الشيخ",
    "Imam", "Emam", "الإمام", "الامام",
    # ... as Spanish and Portuguese write it ("el imán Alí", "imã Ali"), and as Swahili
    # writes it and the South Slavic languages decline it ("Imamu Ridha", "imama Husejna")
    "Imán", "Imã", "Imamu", "Imama",
    "Doctor", "Dr", "الدكتور", "دكتور",
    # English forms of address ("Mr Assad"): Mr is no Maher
    "Mr", "Mrs", "Ms", "Mister",
    # military ranks, in lists and the press ("Col. Abdel Hamid Mahmud", "العميد")
    "Col", "Colonel", "Brig", "Brigadier", "Gen", "General", "Lt", "Lieutenant", "Capt",
    "Captain", "Maj", "Major",
    "العقيد", "عقيد", "العميد", "عميد",
    # the Arabic and Persian press's loanword for a general (الجنرال قاآني, جنرال سليماني),
    # and the Urdu press's, with its other ranks (جنرل قاسم سلیمانی, میجر جنرل, written
    # joined too: میجرجنرل قاسم سلیمانی; لیفٹیننٹ, کرنل, بریگیڈیئر)
    "الجنرال", "جنرال", "جنرل", "میجر", "میجرجنرل", "لیفٹیننٹ", "کرنل", "بریگیڈیئر",
    # the Arabic press's "the commander" and "the martyr" before a name (القائد قاسم
    # سليماني, الشهيد أبو مهدي المهندس); Latin *Shahid*, a given name, is none
    "القائد", "الشهيد",
    # ... and "the marja", "the religious marja", before a grand ayatollah's name
    # (المرجع السيستاني, المرجع الديني علي السيستاني)
    "المرجع", "المرجع الديني",
    "Qari", "Qary", "قاري",
    "Ustadh", "Ustad", "Ostad", "أستاذ", "استاد",
    "Sayyid", "Sayed", "Sayyed", "Syed", "Seyed", "Seyyed", "السيد", "سید",
    # and of women descended from the Prophet ("Sayyidah Zaynab bint Ali", السيدة زينب)
    "Sayyida", "Sayyidah", "Sayeda", "Sayyeda", "Seyyede", "Seyyide", "السيدة", "سیده",
    # ... as the English press of Pakistan and India writes it ("Syeda Zainab")
    "Syeda", "Syedda",
    # heads of state and Shi'a clerical ranks ("President Assad", "Ayatollah Khamenei")
    "President", "Pres", "الرئيس",
    "Ayatollah", "Ayatullah", "Ayatolah", "آية الله", "آیت الله", "آیت‌الله", "آیه الله",
    "Oyatulloh",  # Uzbek (Kun.uz: "Oyatulloh Ali Xomanaiy")
    "Hojatoleslam", "Hojjatoleslam", "Hujjat al-Islam", "حجة الإسلام", "حجت الاسلام",
    # ... and its full form, "the proof of Islam and the Muslims" (Al-Kawthar: حجة الاسلام
    # والمسلمين اكرم الكعبي)
    "حجة الإسلام والمسلمين", "حجت الاسلام والمسلمین", "Hujjat al-Islam wal-Muslimin",
    # "grand", of a grand ayatollah (آية الله العظمى, Ayatollah al-Uzma, Grand Ayatollah)
    "Grand", "العظمى", "Uzma", "al-Uzma", "Ozma", "ol-Ozma",
    # Persian and Urdu honorific of prophets, imams and saints ("Hazrat Ali", حضرت علی)
    "Hazrat", "Hazret", "Hadrat", "Hadhrat", "Hazarat", "حضرت", "حضرة",
    # ... and its Turkish, Azerbaijani and Kurmanji forms ("Hazreti Hüseyin", "Hz. Ali",
    # "Həzrət", "Hezretî Elî")
    "Hazreti", "Hz", "Həzrət", "Hezret", "Hezretî",
    # ... and in Roman Urdu and Uzbek with the ezafe written on ("Hazrate Abbas",
    # "Hazrate Zainab", "Hazrati Ali")
    "Hazrate", "Hazrati",
    # "Commander of the Faithful", before the name of Ali and of caliphs (أمير المؤمنين
    # علي, امیرالمؤمنین علی, "Amir al-Mu'minin Ali", "Ameer-ul-Momineen", "Amirul Mukminin")
    "أمير المؤمنين", "امير المؤمنين", "امیرالمؤمنین", "امیر المؤمنین", "Amir al-Mu'minin",
    "Amir al-Muminin", "Amir ul Muminin", "Ameer-ul-Momineen", "Amir-ul-Momineen",
    "Amirul Mukminin", "Amirul Mu'minin",
    # Kurmanji for the hajj title ("Hec Qasim")
    "Hec", "Hecî",
    # "our master", of the Prophet's family, as the Malay and Indonesian press writes it
    # ("Saidina Ali", "Sayyidina Husain"), and the Urdu and Persian "master" (مولا علی,
    # *Maula Ali*)
    "Saidina", "Sayyidina", "Sayidina", "Sayyiduna", "Seyyidina", "مولا",
    "Maula", "Mawla", "Moula", "Maulaa",
    # the Urdu and Persian honorific of a holy woman ("Hazrat Bibi Zainab", بی بی زینب)
    "Bibi", "بی بی", "بیبی",
    # ... and the English "Lady" ("Lady Zaynab", "Lady Fatima"), the Tagalog *Ginang*
    # ("Ginang Zaynab"), and the Persian and Urdu honorific *Janab* (جناب زينب بنت علي)
    "Lady", "Ginang", "جناب", "Janab",
    # Persian for a general of the Revolutionary Guards (سردار قاآنی); in Latin script
    # *Sardar* is a given name too, and is left alone
    "سردار",
    # the same titles in the other languages of the press ("Präsident Assad", "Scheich
    # Nasrallah", "Ayetullah Sistani"; accents are folded: Général is General)
    "Präsident", "Presidente", "Prezydent", "Prezident", "Presiden", "Cumhurbaşkanı",
    "Scheich", "Şeyh", "Jeque", "Sceicco", "Xeique", "Szejk", "Syekh", "Sjeik", "Şêx",
    "Generał", "Generale", "Jenderal", "Ajatollah", "Ayetullah", "Ayatolá", "Ajatolláh",
    "Imám", "Oberst", "Coronel", "Colonnello", "Pułkownik", "Albay",
    # ranks of generals and officers in German, Turkish and Indonesian ("Generalmajor
    # Jamil Hassan", "Tümgeneral", "Letnan"), the Arabic الفريق (a lieutenant general),
    # and the Persian press's ranks of the armed forces and the Revolutionary Guards
    # (سرلشکر قاسم سلیمانی, سرتیپ, سرهنگ)
    "Generalmajor", "Generalleutnant", "Generaloberst", "Brigadegeneral", "Oberstleutnant",
    "Hauptmann", "Tuğgeneral", "Tümgeneral", "Korgeneral", "Orgeneral", "Yarbay",
    "Binbaşı", "Yüzbaşı", "Letnan", "Kolonel", "Mayjen", "Brigjen",
    "الفريق", "سرلشکر", "سرتیپ", "سرهنگ", "سپهبد", "سرگرد", "سروان",
    # ranks in Swahili and Hausa ("Luteni Jenerali Qassem Soleimani", "Laftanar Janar
    # Kassim Sulaimani", "Manjo Janar"; Kanali, Kanar: a colonel)
    "Jenerali", "Luteni", "Meja", "Kanali", "Brigedia", "Janar", "Laftanar", "Manjo",
    "Kanar", "Birgediya",
    # Kurdish for a president or leader, in Sorani and Kurmanji (سەرۆک بارزانی, "Serok Apo")
    "سەرۆک", "Serok",
)  # fmt: skip

#: French and German articles before a title ("le général Soleimani", "der Präsident
#: Assad"), left out with it.
_ARTICLES_BEFORE_TITLES: Final = frozenset({"le", "la", "der", "die"})

#: Two words score at least this (raw) to count as spellings of one word.
WORD_MATCH: Final = 0.3

#: Two words of the names of groups, places and things (not people's), both in one
#: script, score at least this to count as one word: such names are made of common
#: words, so two of them with letters in common are two words ("Hayat" and "Harakat",
#: Iraq and Iran), and names differing in them are two names ("Republic of Iraq",
#: "Islamic Republic of Iran"). Across scripts short words score lower (*Fath* and فتح,
#: 0.37), and :data:`WORD_MATCH` stays.
GROUP_WORD_MATCH: Final = 0.5

#: Two words of people's names both in Arabic script score at least this to count as one
#: word: the script writes a name's letters, long vowels included, so a letter more or
#: less is another name (حسن Hasan, حسين Husayn; سعد Saad, سعيد Said), as it is not in
#: romanisations. (Names of groups and places vary more: الشعب, الشعبية.)
ARABIC_WORD_MATCH: Final = 0.7

#: Share of the score kept when the given names disagree: the first word of either has
#: no counterpart in the other while a word of each is left over ("Uday Saddam Hussein"
#: against "Ali Saddam Hussein"), or one name starts at the other's second word
#: ("Saddam Hussein al-Tikriti" against "Uday Saddam Hussein al-Tikriti": father and
#: son). Partial names leave words out; they do not swap them.
CONTRADICTION_FACTOR: Final = 0.55

#: Share kept when later words disagree: all of it. Lists of one person often give his
#: father's, tribe's or family name differently ("Bashar Sabawi Ibrahim Hasan
#: al-Tikriti" and "... al-Bayjat"); the words left over already cost their share, and
#: the names still score the lower of their whole and word-by-word similarities.
LATER_CONTRADICTION_FACTOR: Final = 1.0


@attrs.frozen
class WordAlignment:
    """Words of two names paired one to one: the score, whether the names disagree, and
    how many words of the longer name (titles aside) found a counterpart."""

    score: float
    contradicted: bool
    paired: int = 0
    words: int = 0


#: Spellings of Muhammad, which many names carry before the given name and many
#: writers leave out ("Mohammed Anwar al-Sadat", "Anwar Sadat").
MUHAMMAD: Final[tuple[str, ...]] = (
    "Muhammad", "Mohammad", "Mohammed", "Muhammed", "Mohamed", "Mohamad", "Mohammod",
    "Mohd", "Md", "Mehmet", "Mahomet", "محمد",
)  # fmt: skip


@cache
def _muhammad_codes() -> frozenset[str]:
    return frozenset(phonetic(t).codes for t in MUHAMMAD)


def _is_muhammad(word: Phonetic) -> bool:
    return word.codes in _muhammad_codes()


def is_title(word: Phonetic) -> bool:
    """Whether a word is one of the :data:`TITLES`.

    >>> is_title(phonetic("Sheikh")), is_title(phonetic("Sheikha"))
    (True, False)
    """
    return _title_key(word) in _title_codes()


#: Latin letter codes of long vowels, and the short ones they are titles with: a title
#: written with its long vowels marked is the title (*Āyatollāh*, *Ḥājjī*).
_SHORTENED: Final = str.maketrans("AIU", "aiu")


def _title_key(word: Phonetic) -> str:
    """*word*'s letter codes as titles are looked up by: in Latin script, long vowels
    read short."""
    return word.codes.translate(_SHORTENED) if word.script == "latin" else word.codes


@cache
def _title_codes() -> frozenset[str]:
    return frozenset(_title_key(phonetic(t)) for t in TITLES)


#: Share of the score kept when both names carry titles and no title of one is a
#: title of the other ("al-Hajj Baqir" against "Imam al-Baqir"). Lists of one person
#: vary his titles too ("Haji Mullah Ahmad Shah", "Maulawi Ahmed Shah"), so the cost
#: is small: enough to rank the name with its own title first.
OTHER_TITLE_FACTOR: Final = 0.95


def _titles_factor(a: Phonetic, b: Phonetic) -> float:
    """:data:`OTHER_TITLE_FACTOR` when both names carry titles, none shared; else 1."""
    titles_a, titles_b = _words_of(a)[1], _words_of(b)[1]
    if titles_a and titles_b and not titles_a & titles_b:
        return OTHER_TITLE_FACTOR
    return 1.0


def _words_of(form: Phonetic) -> tuple[tuple[Phonetic, ...], frozenset[str], int]:
    """The words of *form* without titles (the last word is no title), the titles'
    consonant skeletons (one title in either script: Imam and الإمام), and the letters
    of the words kept: a name is aligned with many others, so each is read once, and
    kept with the form (:attr:`~qamus.match.phonetic.Phonetic.named`)."""
    named = form.named
    if named is None:
        words = form.tokens
        # titles come before names: a last word is a name ("Abd el-Kader el-Sayed")
        found: list[Phonetic] = []
        names: list[Phonetic] = []
        in_titles = _in_titles_of_words(words)
        for at, word in enumerate(words[:-1]):
            before_a_title = at + 1 < len(words) - 1 and is_title(words[at + 1])
            if before_a_title and word.codes in _ARTICLES_BEFORE_TITLES:
                continue  # "le général Soleimani"
            (found if at in in_titles or is_title(word) else names).append(word)
        if found:
            titles, kept = frozenset(w.skeleton for w in found), (*names, *words[-1:])
        else:
            titles, kept = _NO_TITLES, words
        # a one-word form is its own word: kept as form.parts, () (no reference cycle)
        named = (kept if form.parts else (), titles, sum(len(w.codes) for w in kept))
        object.__setattr__(form, "named", named)  # a memo, not part of the frozen value
    if not named[0]:
        return (form,), named[1], named[2]
    return named


_NO_TITLES: Final[frozenset[str]] = frozenset()


def _in_titles_of_words(words: tuple[Phonetic, ...]) -> frozenset[int]:
    """The positions of *words* (the last aside) that make up a title of several words,
    word for word (حجة الإسلام, *Hujjat al-Islam*)."""
    sequences = _title_sequences()
    codes = [_title_key(w) for w in words[:-1]]
    for at, first in enumerate(codes):
        for sequence in sequences.get(first, ()):
            if tuple(codes[at : at + len(sequence)]) == sequence:
                return frozenset(range(at, at + len(sequence)))
        if first not in _title_codes():
            break  # titles come before names: none begins after one
    return frozenset()


@cache
def _title_sequences() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The :data:`TITLES` of several words, as their words' letter codes, by first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for title in TITLES:
        tokens = tuple(_title_key(t) for t in phonetic(title).tokens)
        if len(tokens) > 1:
            found.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(sorted(seqs, key=len, reverse=True)) for first, seqs in found.items()}


def title_left_out(word: Phonetic, name: Phonetic, whole: float) -> float:
    """*whole*, the :func:`whole_similarity` of a name of one *word* and a *name* of a
    title and one word, at most that of *word* and the name without its title: a title
    is no part of the name ("Mawali" holds the letters of "Imam Ali" run together, not
    those of Ali), unless *word* opens with the title written on ("Imamali").

    >>> imam_ali = phonetic("Imam Ali")
    >>> for word in ("Mawali", "Imamali"):
    ...     form = phonetic(word)
    ...     whole = whole_similarity(form, imam_ali)
    ...     print(word, title_left_out(form, imam_ali, whole) == whole)
    Mawali False
    Imamali True
    """
    if len(word.tokens) != 1 or len(name.tokens) != 2 or is_title(word):
        return whole
    named = name_words(name)
    if len(named) != 1 or word.groups.startswith(name.tokens[0].groups):
        return whole
    return min(whole, whole_similarity(word, named[0]))


def name_words(form: Phonetic) -> tuple[Phonetic, ...]:
    """The words of a name without its titles (:data:`TITLES`); its last word is a name.

    >>> [w.codes for w in name_words(phonetic("Haji Mullah Ahmad Shah"))]
    ['ahmad', 'Sa']
    """
    return _words_of(form)[0]


def one_name_word(named: tuple[Phonetic, ...]) -> bool:
    """Whether the :func:`name_words` *named* are one word, or one beside a vowel alone, an
    initial or an ezafe (*A. al-Sharaa*, *Hazret-i Ali*): one word for what it finds.

    >>> initial, full = phonetic("A. al-Sharaa"), phonetic("Ali Mamlouk")
    >>> one_name_word(name_words(initial)), one_name_word(name_words(full))
    (True, False)
    """
    return len(named) == 1 or sum(1 for word in named if word.skeleton) == 1


def title_skeletons(form: Phonetic) -> frozenset[str]:
    """The consonant skeletons of the titles :func:`name_words` leaves out of *form*
    (one title in either script: Imam and الإمام).

    >>> sorted(title_skeletons(phonetic("Haji Mullah Ahmad Shah")))
    ['HJ', 'MLH']
    """
    return _words_of(form)[1]


_Pair = tuple[float, float, tuple[int, ...], tuple[int, ...]]


def _word_pairs(short: tuple[Phonetic, ...], long_: tuple[Phonetic, ...]) -> list[_Pair]:
    """Every word of *short* against every word of *long_*, best first, and between
    equals, words at like places in their names first."""
    n, m = len(short), len(long_)
    pairs: list[_Pair] = [
        (score, -abs(i / n - j / m), (i,), (j,))
        for i, x in enumerate(short)
        for j, y in enumerate(long_)
        # a pair under WORD_MATCH pairs under no floor: left out
        if (score := _word_match(x, y)) >= WORD_MATCH
    ]
    pairs.sort(reverse=True)
    return pairs


def _compound_pairs(
    short: tuple[Phonetic, ...],
    long_: tuple[Phonetic, ...],
    singles: list[_Pair],
    free_short: set[int],
    free_long: set[int],
    least: float = 0.0,
) -> list[_Pair]:
    """The *singles* of :func:`_word_pairs`, plus each word against two neighbours of
    the other name read as one ("Akhund Zada" / "Akhundzada"), where a word of the
    pair, or the word against them, found no counterpart of its own, and the word scores
    at least *least* against them."""
    n, m = len(short), len(long_)
    pairs = list(singles)
    # a word may be two neighbours written as one when it is longer than the longer of
    # them (Arabic leaves short vowels out, so no more is asked); most pairs fail on it
    long_pairs = [_joinable(long_[k], long_[k + 1]) for k in range(m - 1)]
    short_pairs = [_joinable(short[k], short[k + 1]) for k in range(n - 1)]
    for i, x in enumerate(short):
        size = len(x.codes)
        for k in range(m - 1):
            if size > long_pairs[k] and (i in free_short or k in free_long or k + 1 in free_long):
                score = _word_match(x, _joined_pair(long_[k], long_[k + 1]))
                if score >= least:
                    pairs.append((score, -abs(i / n - k / m), (i,), (k, k + 1)))
    for j, y in enumerate(long_):
        size = len(y.codes)
        for k in range(n - 1):
            if size > short_pairs[k] and (j in free_long or k in free_short or k + 1 in free_short):
                score = _word_match(_joined_pair(short[k], short[k + 1]), y)
                if score >= least:
                    pairs.append((score, -abs(k / n - j / m), (k, k + 1), (j,)))
    pairs.sort(reverse=True)
    return pairs


#: A word of the name of a group, place or thing read as two neighbouring words of the
#: other name scores at least this against them: such names are made of common words,
#: and a word that sounds only somewhat like two of them run together is another name
#: (*Tayfour* is not *Tall Afar*, *al-Qurashi* not *Quwat al-Ridha*). People's names,
#: whose compounds are often written apart (*Abdulrahman*, *Abd al-Rahman*), keep the
#: floor of any pair of words.
GROUP_COMPOUND_MATCH: Final = 0.7

#: Words that stand between the words of a name, never inside one: *fi* (في, "in": "Kata'ib
#: Hizballah fi al-Iraq") and *wa* ("and").
_BETWEEN_WORDS: Final = frozenset({"fi", "fI", "fy", "wa"})


def _joinable(first: Phonetic, second: Phonetic) -> float:
    """The letters of the longer of two neighbouring words, which a word read as the two
    must outnumber, or infinity when they are never one word (:data:`_BETWEEN_WORDS`)."""
    if first.codes in _BETWEEN_WORDS or second.codes in _BETWEEN_WORDS:
        return math.inf
    return max(len(first.codes), len(second.codes))


_Pairing = dict[tuple[int, ...], tuple[tuple[int, ...], float]]


def _pair_greedily(
    pairs: list[_Pair], floor: float = WORD_MATCH
) -> tuple[_Pairing, set[int], set[int]]:
    pairing: _Pairing = {}
    used_short: set[int] = set()
    used_long: set[int] = set()
    for score, _, i, j in pairs:
        if score < floor:
            break
        if not used_short.isdisjoint(i) or not used_long.isdisjoint(j):
            continue
        used_short.update(i)
        used_long.update(j)
        pairing[i] = (j, score)
    return pairing, used_short, used_long


@remember_pairs(size=16384)
def _joined_pair(first: Phonetic, second: Phonetic) -> Phonetic:
    return joined((first, second))


@remember_pairs(size=1 << 16)
def _word_pair(first: Phonetic, second: Phonetic) -> float:
    """:func:`whole_similarity` of two words, remembered: names share their words.
    Compound names of one kind whose own parts are unlike score 0 (:func:`_unlike_compounds`),
    as do two given names that are not one (:func:`~qamus.match.given_names.names_apart`:
    *Mahmoud* is not *Mohammed*)."""
    if _unlike_compounds(first, second) or names_apart(first, second):
        return 0.0
    return whole_similarity(first, second)


def _unlike_compounds(first: Phonetic, second: Phonetic) -> bool:
    """Whether two words are compounds of one kind whose own parts are too unlike to be one
    word (:func:`~qamus.match.phonetic.compound_cores`): the part they share makes them
    look alike, not the same ("Jalaluddin" and "Nasiruddin")."""
    cores = compound_cores(first, second)
    return cores is not None and whole_similarity(*cores) < WORD_MATCH


def _word_match(first: Phonetic, second: Phonetic) -> float:
    """:func:`_word_pair` of two words that may count as one word (:data:`WORD_MATCH`),
    else 0: most words of two names are nothing alike, and a bound from their coarsest
    levels (:func:`whole_ceiling`) shows it at a third of the cost of scoring them."""
    if whole_ceiling(first, second) < WORD_MATCH:
        return 0.0
    return _word_pair(first, second)


#: Slack for rounding in :func:`whole_ceiling`'s bound.
_ROUNDING: Final = 1e-9


def _ceiling(a: Phonetic, b: Phonetic) -> float:
    """At least :func:`_whole` of *a* and *b*, from half its comparisons: its distance is
    at least that of their groups and skeletons, as groups coarsen classes letter by
    letter (and in Arabic script classes coarsen codes), so their distance is at most
    the finer levels'; across scripts, at least that of their skeletons and consonants."""
    if not a.codes or not b.codes:
        return 0.0
    if a.script == b.script:
        if a.codes == b.codes:
            return 1.0
        arabic = a.script == "arabic"
        w_codes, w_classes, w_groups, w_skel = (
            ARABIC_SCRIPT_WEIGHTS if arabic else SAME_SCRIPT_WEIGHTS
        )
        w_coarse = w_classes + w_groups + (w_codes if arabic else 0.0)
        least = w_coarse * _norm(a.groups, b.groups) + w_skel * _norm(a.skeleton, b.skeleton)
    else:
        arabic_form, latin = (a, b) if a.script == "arabic" else (b, a)
        w_skel, w_consonants, _, _, _ = CROSS_SCRIPT_WEIGHTS
        least = w_skel * _norm(arabic_form.skeleton, latin.skeleton) + w_consonants * _norm(
            arabic_form.consonants, latin.consonants
        )
    size_a, size_b = len(a.codes), len(b.codes)
    # _shortness, written out: this bound is taken for most pairs of words compared
    ceiling = 1.0 - least * (1.0 + SHORT_NAME_WEIGHT / (size_a if size_a > size_b else size_b))
    return (ceiling if ceiling > 0.0 else 0.0) + _ROUNDING


def whole_ceiling(a: Phonetic, b: Phonetic) -> float:
    """At least :func:`whole_similarity` of *a* and *b*, at half the cost, with room for
    rounding: two words whose ceiling is under :data:`WORD_MATCH` need not be scored.

    >>> a, b = phonetic("Bakkara"), phonetic("Baggara")
    >>> whole_ceiling(a, b) >= whole_similarity(a, b)
    True
    """
    if a.reading is None and b.reading is None:
        return _ceiling(a, b)
    return _in_closer_readings(_ceiling, a, b)


def word_alignment(
    a: Phonetic,
    b: Phonetic,
    *,
    given_names: bool = True,
    missing_penalty: float = MISSING_WORD_PENALTY,
) -> WordAlignment:
    """Words of *a* and *b* aligned one to one, best pairs first, in any order.

    Titles (:data:`TITLES`) are left out. A word may also pair with two neighbours
    of the other name read as one ("Akhund Zada" / "Akhundzada"). A word of
    the longer name with no counterpart costs :data:`MISSING_WORD_PENALTY` times
    its share (and one word against a person's name of :data:`ONE_WORD_OF` words
    scores at most :data:`ONE_WORD_CEILING`, unless it is the name's surname); a word
    of each name with no counterpart
    in the other makes them disagree (:data:`CONTRADICTION_FACTOR` when they are
    people's names whose given names differ, else :data:`LATER_CONTRADICTION_FACTOR`).
    *given_names* false compares names of groups and places, whose first word
    ("Liwa", "Brigade", "Jabhat") is no given name.

    >>> word_alignment(phonetic("Haji Ahmad Jan"), phonetic("Ahmad Jan")).score
    1.0
    >>> word_alignment(phonetic("Ali Saddam Hussein"), phonetic("Uday Saddam Hussein")).contradicted
    True
    """
    words_a, _, length_a = _words_of(a)
    words_b, _, length_b = _words_of(b)
    # roles decided by content, not argument order, so the score is symmetric
    if (len(words_a), length_a, a.codes) <= (len(words_b), length_b, b.codes):
        short, long_, short_length, long_length = words_a, words_b, length_a, length_b
    else:
        short, long_, short_length, long_length = words_b, words_a, length_b, length_a
    if not short_length or not long_length:
        return WordAlignment(0.0, False)
    singles = _word_pairs(short, long_)
    # people's names in Arabic script: a letter more or less is another name
    arabic_people = given_names and a.script == b.script == "arabic"
    # names of groups and places in one script: made of common words
    group_words = not given_names and a.script == b.script
    floor = ARABIC_WORD_MATCH if arabic_people else WORD_MATCH
    if given_names and a.script != b.script:
        floor = CROSS_WORD_MATCH
    if group_words:
        floor = GROUP_WORD_MATCH
    pairing, used_short, used_long = _pair_greedily(singles, floor)
    if len(short) < len(long_) and (
        len(used_short) < len(short) or _starts_apart(short, long_, pairing)
    ):
        # words left over, or pairs out of place, and more words on one side: try
        # compounds written as one word on that side
        free_short = set(range(len(short))) - used_short
        free_long = set(range(len(long_))) - used_long
        least = 0.0 if given_names else GROUP_COMPOUND_MATCH
        compounds = _compound_pairs(short, long_, singles, free_short, free_long, least)
        pairing, used_short, used_long = _pair_greedily(compounds, floor)
    free_short = set(range(len(short))) - used_short
    free_long = set(range(len(long_))) - used_long
    # initials ("Khalid A. Al-Fawaz") and words still left over that share their consonants
    leftover_floor = ARABIC_WORD_MATCH if arabic_people else LEFTOVER_MATCH
    if group_words:
        leftover_floor = GROUP_WORD_MATCH
    leftovers = _leftovers(short, long_, free_short, free_long, leftover_floor, given_names)
    for score, (i,), (j,) in leftovers:
        if (
            i in free_short
            and j in free_long
            and not _crossing_initial(short, long_, i, j, pairing)
        ):
            free_short.discard(i)
            free_long.discard(j)
            pairing[(i,)] = ((j,), score)
    total = sum(score * sum(len(short[k].codes) for k in i) for i, (_, score) in pairing.items())
    aligned = total / short_length
    # a nationality before a group's name describes it ("Kurdish Democratic Union Party"
    # is the Democratic Union Party): it costs less than a word of the name
    described = _nationalities() if not given_names else frozenset()
    missing: float = sum(
        len(long_[j].codes) * (NATIONALITY_WORD_FACTOR if long_[j].codes in described else 1.0)
        for j in free_long
    )
    if group_words and a.script == "arabic" and free_long and len(free_long) < len(long_):
        # in an Arabic name of a group or place, whose words keep their order, a word
        # between words both names share makes another name (جيش ثوار حوران is not جيش
        # حوران); a word before or after them qualifies the same one (الرقة السورية)
        paired_long = [j for j in range(len(long_)) if j not in free_long]
        first, last = paired_long[0], paired_long[-1]
        missing += (INSERTED_WORD_FACTOR - 1.0) * sum(
            len(long_[j].codes) for j in free_long if first < j < last
        )
    score = aligned * (1.0 - missing_penalty * missing / long_length)
    score *= _titles_factor(a, b)
    paired, words = len(long_) - len(free_long), len(long_)
    if (
        given_names
        and len(short) == 1
        and len(long_) >= ONE_WORD_OF
        and not _surname_of(pairing, len(long_))
    ):
        score = min(score, ONE_WORD_CEILING)
    if given_names and (
        _starts_apart(short, long_, pairing) or (free_short and (0 in free_short or 0 in free_long))
    ):
        # the given names differ
        return WordAlignment(score * CONTRADICTION_FACTOR, True, paired, words)
    if free_short:
        return WordAlignment(score * LATER_CONTRADICTION_FACTOR, True, paired, words)
    return WordAlignment(score, False, paired, words)


#: A word alone pairs with the last word of a longer name at least this well to be its
#: surname ("al-Sudani", "Mohammed Shia al-Sudani").
SURNAME_MATCH: Final = 0.9


def _crossing_initial(
    short: tuple[Phonetic, ...], long_: tuple[Phonetic, ...], i: int, j: int, pairing: _Pairing
) -> bool:
    """Whether pairing word *i* of *short* with word *j* of *long_*, one of them an
    initial, crosses a pair already made: an initial stands where its word does ("B.
    Khalid" is no "Khalid Baqir"), whatever order whole words may take."""
    if len(short[i].codes) != 1 and len(long_[j].codes) != 1:
        return False
    return any((k < i) != (m < j) for ks, (ms, _) in pairing.items() for k in ks for m in ms)


def _surname_of(pairing: _Pairing, words: int) -> bool:
    """Whether the one word of the shorter name pairs with the last of *words* words of
    the longer as its spelling (:data:`SURNAME_MATCH`): a surname alone, as the press
    names a man after first naming him in full, not one word from inside his name."""
    return any(j == (words - 1,) and score >= SURNAME_MATCH for j, score in pairing.values())


def _leftovers(
    short: tuple[Phonetic, ...],
    long_: tuple[Phonetic, ...],
    free_short: set[int],
    free_long: set[int],
    floor: float,
    initials: bool = True,
) -> list[tuple[float, tuple[int], tuple[int]]]:
    """Pairs of words left over that may still be one word: an initial and a word it
    begins (when *initials*: people's names abbreviate so, not the names of groups),
    or two words sharing most of their consonants (scored as they are, if at least
    *floor*, above 0: compounds of one kind whose own parts are unlike score 0)."""
    found: list[tuple[float, tuple[int], tuple[int]]] = []
    for i in free_short:
        for j in free_long:
            x, y = short[i], long_[j]
            if len(x.codes) == 1 or len(y.codes) == 1:
                # Latin initials only: Arabic script abbreviates no name to a letter, and
                # letters written apart there spell an acronym (ه.س.د)
                one = x if len(x.codes) == 1 else y
                if initials and one.script == "latin" and x.roman[:1] == y.roman[:1]:
                    found.append((1.0, (i,), (j,)))
            elif _shared_consonants(x, y) >= SHARED_CONSONANTS and (
                x.skeleton == y.skeleton or min(len(x.skeleton), len(y.skeleton)) > 1
            ):
                score = _word_pair(x, y)
                if score >= floor:
                    found.append((score, (i,), (j,)))
    return sorted(found, reverse=True)


#: Two words of people's names, one in each script, score at least this to count as one
#: word: the comparison across scripts already forgives what Arabic leaves unwritten,
#: so a word sharing a letter or two with another (حسن and "Essa") is another name.
#: Chosen on the tune half's pair verification (best F1 at 0.5; 0.3, the floor within
#: one script, let given names pair that differ).
CROSS_WORD_MATCH: Final = 0.5

#: Two leftover words sharing their consonants score at least this to count as one word
#: (in Arabic script, people's names: :data:`ARABIC_WORD_MATCH`): sharing a consonant or
#: two, words with nothing else alike are two names (Ali and خولة Khawla, l and x-l).
LEFTOVER_MATCH: Final = 0.1

#: Share of consonants (by the coarsest classes) two leftover words must share to count
#: as one word spelled far apart ("Ishak" / إسحاق) rather than two different words.
SHARED_CONSONANTS: Final = 0.6


def _shared_consonants(x: Phonetic, y: Phonetic) -> float:
    """Indel similarity of the consonant skeletons of two words."""
    total = len(x.skeleton) + len(y.skeleton)
    if not total:
        return 0.0
    return 1.0 - _indel(x.skeleton, y.skeleton) / total


def _starts_apart(
    short: tuple[Phonetic, ...], long_: tuple[Phonetic, ...], pairing: _Pairing
) -> bool:
    """Whether the longer name has a first word of its own before the words both share,
    as a son's name runs on into his father's: neither name is a part of the other."""
    if (
        len(short) < 2
        or any(0 in j for j, _ in pairing.values())
        or _is_muhammad(long_[0])
        or is_kunya(short[0])
        or (len(short) == 2 and short[1].codes in _DIN)
    ):
        return False
    first = next((j for i, (j, _) in pairing.items() if 0 in i), None)
    # the short name's first word further in, but not last (surname first: "Zawahiri, Ayman")
    return first is not None and min(first) > 0 and max(first) < len(long_) - 1


#: *Din* ("religion") after the article, in letter codes: a name of two words ending in
#: it is one compound name (بدر الدين, *Nur al-Din*), a surname alone as often as a given
#: name ("Mustafa Badr al-Din"), not a given name and a father's.
_DIN: Final = frozenset({"dIn", "din", "dyn", "den"})


#: The shortest kunya, in letter codes: *Abu* and a name of three ("Abu Ali"), longer
#: than given names that begin alike (Abboud, عبود).
KUNYA_LENGTH: Final = 6


def is_kunya(word: Phonetic) -> bool:
    """Whether *word* is a kunya, *Abu* and a name read as one word ("Abu Walid"), which
    names a man by his son, not his father: a name may start with it and leave out the
    given name before it ("Abu Walid al-Sahrawi", "Adnan Abu Walid al-Sahrawi")."""
    return len(word.codes) >= KUNYA_LENGTH and word.roman.lower().startswith(("abu", "abo", "ebu"))


def word_similarity(a: Phonetic, b: Phonetic) -> float:
    """The score of :func:`word_alignment`.

    >>> round(word_similarity(phonetic("Al Zawahiri Ayman"), phonetic("Ayman al-Zawahiri")), 2)
    1.0
    """
    return word_alignment(a, b).score


def whole_similarity(a: Phonetic, b: Phonetic) -> float:
    """The whole names compared as one string of sounds, each in the closer of its
    readings (:attr:`~qamus.match.phonetic.Phonetic.reading`). One word that is a kunya
    (*Abu* and a name) and one that is not are two words: "Abu Israa" is not البصرة,
    unless the other is *Al Bu* and the name (:func:`~qamus.match.phonetic.family_of_abu`)."""
    if not a.parts and not b.parts and is_kunya_word(a) != is_kunya_word(b):
        kunya, other = (a, b) if is_kunya_word(a) else (b, a)
        if not family_of_abu(kunya, other):
            return 0.0
    if a.reading is None and b.reading is None:
        return _whole(a, b)
    return _in_closer_readings(_whole, a, b)


def _in_closer_readings(
    measure: Callable[[Phonetic, Phonetic], float], a: Phonetic, b: Phonetic
) -> float:
    """*measure* of *a* and *b*, the best over their readings (callers take the one
    measure themselves when neither has another reading)."""
    return max(
        measure(x, y)
        for x in (a, a.reading)
        if x is not None
        for y in (b, b.reading)
        if y is not None
    )


def _whole(a: Phonetic, b: Phonetic) -> float:
    if not a.codes or not b.codes:
        return 0.0
    if a.script == b.script:
        if a.codes == b.codes:
            return 1.0
        weights = ARABIC_SCRIPT_WEIGHTS if a.script == "arabic" else SAME_SCRIPT_WEIGHTS
        w_codes, w_classes, w_groups, w_skel = weights
        distance = (
            w_codes * _norm(a.codes, b.codes)
            + w_classes * _norm(a.classes, b.classes)
            + w_groups * _norm(a.groups, b.groups)
            + w_skel * _norm(a.skeleton, b.skeleton)
        )
        if a.script == "latin":
            if a.ends != b.ends:
                distance += FINAL_VOWEL_WEIGHT * _latin_endings_apart(a, b)
            if a.opens != b.opens:
                distance += LATIN_OPENING_WEIGHT * _openings_apart(a, b)
            if a.vowels != b.vowels:
                distance += LATIN_GLIDE_WEIGHT * _glides_apart(a, b)
        score = 1.0 - distance * (1.0 + SHORT_NAME_WEIGHT / max(len(a.codes), len(b.codes)))
        return score if score > 0.0 else 0.0
    arabic, latin = (a, b) if a.script == "arabic" else (b, a)
    return _across(arabic, latin)


def _across(arabic: Phonetic, latin: Phonetic) -> float:
    """How alike an *arabic* and a *latin* form are; a Latin long *a* written double may
    write an ayn the Arabic has (*Saad*, سعد: :func:`~qamus.match.phonetic.long_a_as_ayn`)."""
    score = _across_as_written(arabic, latin)
    if score < 1.0 and "ʿ" in arabic.codes and "A" in latin.codes:
        with_ayn = long_a_as_ayn(latin)
        if with_ayn is not None:
            return max(score, _across_as_written(arabic, with_ayn))
    return score


def _across_as_written(arabic: Phonetic, latin: Phonetic) -> float:
    w_skel, w_consonants, w_classes, w_uncovered, w_unwritten = CROSS_SCRIPT_WEIGHTS
    # Indel distance = len(x) + len(y) - 2 * (longest common subsequence)
    written = arabic.classes
    common = (len(written) + len(latin.spelled) - _indel(written, latin.spelled)) / 2
    anchored = (len(written) + len(latin.anchors) - _indel(written, latin.anchors)) / 2
    distance = (
        w_skel * _norm(arabic.skeleton, latin.skeleton)
        + w_consonants * _norm(arabic.consonants, latin.consonants)
        + w_classes * _norm(arabic.anchors, latin.anchors)
        + w_uncovered * (1.0 - common / len(written))
        + w_unwritten * (1.0 - anchored / max(len(latin.anchors), 1))
        + FINAL_VOWEL_WEIGHT * _endings_apart(arabic, latin)
        + OPENING_WEIGHT * _openings_apart(arabic, latin)
        + INNER_VOWEL_WEIGHT * _inner_vowels_apart(arabic, latin)
    )
    return max(0.0, 1.0 - distance * _shortness(arabic, latin))


#: Weight of the share of words whose ends disagree across scripts: Arabic writes a
#: word-final vowel (ا ى ي و ة), so a Latin *-a*, *-i*, *-o* or *-u* without one, or an
#: Arabic final vowel with a Latin consonant, is a different word ("Bakkara"/الباقر).
#: A final *e* is left alone, as French spellings add it silently ("Slimane", سليمان),
#: and so is a final ه, a vowel in some names and a consonant in others.
FINAL_VOWEL_WEIGHT: Final = 0.1

_ARABIC_FINAL_VOWELS: Final = frozenset("AIUa")
_LATIN_FINAL_VOWELS: Final = frozenset("aiouyAIU")


def _latin_endings_apart(a: Phonetic, b: Phonetic) -> float:
    """Share of words, one to one, where one Latin spelling ends in a vowel (not *e*)
    and the other in a consonant (not *h*): "Bakara" against "Baqir"."""
    ends_a, ends_b = a.ends, b.ends
    if ends_a == ends_b or len(ends_a) != len(ends_b):
        return 0.0
    if len(ends_a) == 1:
        if ends_a in "eh" or ends_b in "eh":
            return 0.0
        return float((ends_a in _LATIN_FINAL_VOWELS) != (ends_b in _LATIN_FINAL_VOWELS))
    apart = sum(
        (x in _LATIN_FINAL_VOWELS) != (y in _LATIN_FINAL_VOWELS)
        for x, y in zip(ends_a, ends_b, strict=True)
        if x not in "eh" and y not in "eh"
    )
    return apart / len(ends_a)


def _endings_apart(arabic: Phonetic, latin: Phonetic) -> float:
    ends_a, ends_l = arabic.ends, latin.ends
    if len(ends_a) != len(ends_l):
        return 0.0  # words not one to one: the word alignment compares their ends
    apart = 0
    for a, b in zip(ends_a, ends_l, strict=True):
        if b in "eh" or a == "h":
            continue  # silent French e; h and ه, vowels in Zadeh and Abdo, not in Allah
        if a == "a" and b == "t":
            continue  # ة read as t, as before a following word (Silsilat al-Dhahab)
        apart += (a in _ARABIC_FINAL_VOWELS) != (b in _LATIN_FINAL_VOWELS)
    return apart / len(ends_a)


#: Weight of the share of words, one to one, where the Arabic opens with a vowel (ا أ إ ع)
#: and the Latin with a consonant, or the Latin with a vowel and the Arabic with a
#: consonant (:func:`~qamus.match.phonetic.opening`): Arabic writes a word's first vowel,
#: so *Amuda* (عامودا) is not مضايا and *Ahrar* (أحرار) is not الحر.
OPENING_WEIGHT: Final = 0.2
#: The same, less, for two Latin spellings: they spell the first vowel the Arabic writes,
#: so *Iraqi* is not *Raqqa*, but some drop it as speech does (*Brahim* for *Ibrahim*).
LATIN_OPENING_WEIGHT: Final = 0.05


_VOWEL_AND_CONSONANT: Final = frozenset("vc")

#: Weight of the share of words, one to one, whose vowels between two consonants
#: disagree across scripts (:func:`~qamus.match.phonetic.inner_vowels`): Arabic writes
#: a long vowel or a glide there, so و against a Latin *a* or *i*, ي against *a* or *u*,
#: and a Latin *w* or *y* (*ay*, *ei*) where the Arabic writes no و or ي, ayn or hamza,
#: make another name (*Muhammad* is not محمود, *Hasan* not حسين, *Husayn* not حسن).
INNER_VOWEL_WEIGHT: Final = 0.2
#: Latin letter codes that write و, and ي, between two consonants.
_FOR_WAW: Final = frozenset("uoUwv")
_FOR_YA: Final = frozenset("ieyI")
#: Arabic letter codes a Latin *w*, and *y*, may write: و or ي, or ayn or hamza, which a
#: romanisation may write so (*Daish*, داعش).
_WAW_READ: Final = frozenset("Uʿ'")
_YA_READ: Final = frozenset("Iʿ'")


def _inner_vowels_apart(arabic: Phonetic, latin: Phonetic) -> float:
    """Share of words, one to one, whose vowels between consonants disagree, of those
    whose consonants pair one to one."""
    words_a, words_l = arabic.vowels, latin.vowels
    if len(words_a) != len(words_l):
        return 0.0
    apart = 0
    for gaps_a, gaps_l in zip(words_a, words_l, strict=True):
        if len(gaps_a) == len(gaps_l):
            apart += any(map(_gap_apart, gaps_a, gaps_l))
    return apart / len(words_a)


#: Weight of the share of words, one to one, where one Latin spelling writes a glide
#: between two consonants (*w*, or *y* of *ay*, *ei*: the و or ي Arabic writes there) and
#: the other no vowel at all: *Yabroud* is not *Beyrouth*, *Sweida* is *Suwayda*.
LATIN_GLIDE_WEIGHT: Final = 0.2
_GLIDES: Final = frozenset("wy")


def _glides_apart(a: Phonetic, b: Phonetic) -> float:
    """Share of words, one to one, where one Latin spelling writes a glide (*w*, *y*)
    between two consonants and the other no vowel at all."""
    words_a, words_b = a.vowels, b.vowels
    if len(words_a) != len(words_b):
        return 0.0
    apart = 0
    for gaps_a, gaps_b in zip(words_a, words_b, strict=True):
        if len(gaps_a) == len(gaps_b):
            apart += any(
                (not x and not _GLIDES.isdisjoint(y)) or (not y and not _GLIDES.isdisjoint(x))
                for x, y in zip(gaps_a, gaps_b, strict=True)
            )
    return apart / len(words_a)


#: Latin vowel letters two of which, side by side, write a hiatus (*Qaem*, *Raed*,
#: *Fuad*): the hamza, ayn or long vowel Arabic writes there (القائم, رائد, فؤاد).
_HIATUS_VOWELS: Final = frozenset("aeiou")


def _gap_apart(arabic: str, latin: str) -> bool:
    """Whether the Arabic and Latin vowels between two consonants disagree."""
    if not arabic and len(latin) > 1 and _HIATUS_VOWELS.issuperset(latin):
        return True  # "Qaem" is القائم, not قم
    if "U" in arabic and _FOR_WAW.isdisjoint(latin):
        return True
    if "I" in arabic and _FOR_YA.isdisjoint(latin):
        return True
    if "w" in latin and _WAW_READ.isdisjoint(arabic):
        return True
    return "y" in latin and _YA_READ.isdisjoint(arabic)


def _openings_apart(a: Phonetic, b: Phonetic) -> float:
    """Share of words, one to one, that open one with a vowel and the other with a
    consonant (none when the names have other numbers of words: the word alignment
    compares their words)."""
    opens_a, opens_b = a.opens, b.opens
    if opens_a == opens_b or len(opens_a) != len(opens_b):
        return 0.0
    # "v" against "c" only: "-" opens either way
    apart = sum({x, y} == _VOWEL_AND_CONSONANT for x, y in zip(opens_a, opens_b, strict=True))
    return apart / len(opens_a)


def _shortness(a: Phonetic, b: Phonetic) -> float:
    """How much more a difference weighs in short names: one letter of five is a lot more
    than its fifth of a name, while long names vary more between spellings."""
    return 1.0 + SHORT_NAME_WEIGHT / max(len(a.codes), len(b.codes))


def similarity(a: str, b: str) -> float:
    """How alike names *a* and *b* sound, from 0 (nothing alike) to 1 (one sound).

    Either may be in Arabic or Latin script. Case, diacritics, tatweel, the
    article, doubled letters and the usual romanisation alternatives
    (*q/k/g*, *e/i*, *o/u*, *dh/d*, *th/t*, ayn and hamza marks) make little or
    no difference. Scores at or above :data:`qamus.match.SAME_NAME_THRESHOLD`
    mean "the same name" with the precision documented there.

    >>> similarity("Bakkara", "Baggara") > similarity("Bakkara", "Bashir")
    True
    >>> similarity("Muhammad", "محمد") > 0.8
    True
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError(
            f"similarity() compares two str names, not {type(a).__name__} and {type(b).__name__}"
        )
    if len(a) > LONGEST_NAME or len(b) > LONGEST_NAME:
        # no name: its words against the other's would cost the product of their counts
        return 1.0 if normalise(a) == normalise(b) else 0.0
    return similarity_of(phonetic(a), phonetic(b))
