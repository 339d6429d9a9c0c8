"""Acronyms: "HTS" for *Hay'at Tahrir al-Sham*, "JaF" for *Jaysh al-Fatah*.

Writers shorten the names of groups to their initials, in English (SDF, IRGC),
in French (FDS, OSDH) or in the romanised original (HTS, PKK, YPG).
:func:`acronyms_of` gives the initials of a Latin spelling, with and without its
articles and small words; :func:`looks_like_acronym` tells a query that may be one.

>>> sorted(acronyms_of("Hay'at Tahrir al-Sham"))
['htas', 'hts']
>>> sorted(acronyms_of("Jaysh al-Fatah"))
['jaf']
>>> sorted(acronyms_of("Islamic State of Iraq and the Levant"))
['isil', 'isoial', 'isoiatl']
>>> sorted(acronyms_of("Observatoire syrien des droits de l'homme"))
['osdddh', 'osdh']
>>> looks_like_acronym("HTS"), looks_like_acronym("JaF"), looks_like_acronym("Hama")
(True, True, False)
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from qamus.normalise.forms import without_marks

__all__ = [
    "MIN_LETTERS",
    "SMALL_WORDS",
    "acronyms_of",
    "arabic_letters_apart",
    "letter_names",
    "looks_like_acronym",
    "spelled_letters",
    "undotted",
]

#: Acronyms shorter than this are too ambiguous to match on their own.
MIN_LETTERS: Final = 3

#: Articles, Arabic as romanised, English and French: initials may leave them out alone
#: (*EOW*, the Eagles of the Whirlwind).
_ARTICLES: Final = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ur", "the"}
    | {"la", "le", "les"}
)

#: Words an acronym may leave out: articles, and English and French function words.
SMALL_WORDS: Final = (
    _ARTICLES
    | {"of", "and", "for", "in", "on", "wa"}
    | {"de", "des", "du", "et", "pour"}
    # "son of" inside a name ("Jaysh Khalid ibn al-Walid": JKW)
    | {"ibn", "bin", "bint"}
)

#: French elided articles and prepositions (*l'homme*, *d'Alep*), left out of initials.
_ELISION: Final = re.compile(r"^[ldLD]['’]")

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’ʼʿ‘][^\W\d_]+)*")
#: Latin letters, with or without diacritics (the Turkish *IŞİD*, *ÖSO*).
_LATIN_LETTERS: Final = re.compile(r"^[A-Za-z\u00c0-\u024f]+$")


def looks_like_acronym(query: str) -> bool:
    """Whether *query* is one word of 3 to 6 Latin letters, at least two of them capitals.

    >>> looks_like_acronym("IŞİD"), looks_like_acronym("Öso"), looks_like_acronym("SDF2")
    (True, False, False)
    """
    word = query.strip()
    return (
        MIN_LETTERS <= len(word) <= 6
        and _LATIN_LETTERS.match(word) is not None
        and sum(c.isupper() for c in word) >= 2
    )


def spelled_in_capitals(spelling: str) -> bool:
    """Whether *spelling* is one word of 2 to 6 Latin capitals: an acronym however short
    ("KH", Kata'ib Hizballah), whose letters are said one by one, not read as sounds.

    >>> spelled_in_capitals("KH"), spelled_in_capitals("Kh"), spelled_in_capitals("A")
    (True, False, False)
    """
    word = spelling.strip()
    return 2 <= len(word) <= 6 and _LATIN_LETTERS.match(word) is not None and word.isupper()


#: The longest case ending or suffix in small letters written after an acronym in
#: capitals, as Kurdish and Turkish write them (*PDKê*, *PKK'nin*).
_ENDING: Final = 3


def acronym_letters(acronym: str) -> tuple[str, ...]:
    """The letters *acronym* spells, lower case and without their marks (*HTŠ* is *hts*),
    and those of its capitals alone when a few small letters end it (*PDKê*, *PDK*).

    >>> acronym_letters("HTŠ"), acronym_letters("PDKê"), acronym_letters("JaF")
    (('hts',), ('pdke', 'pdk'), ('jaf',))
    """

    def letters(text: str) -> str:
        return without_marks(text).casefold()

    word = acronym.strip()
    capitals = next((n for n, c in enumerate(word) if not c.isupper()), len(word))
    ending = word[capitals:].lstrip("'’")
    if capitals >= 2 and 0 < len(ending) <= _ENDING and ending.isalpha() and ending.islower():
        return (letters(word), letters(word[:capitals]))
    return (letters(word),)


def acronyms_of(spelling: str) -> set[str]:
    """Lower-case initials of the words of *spelling*: every word's, the initials
    without :data:`SMALL_WORDS`, and without its articles alone (*EOW*, the Eagles of
    the Whirlwind); none for a spelling of fewer than two words."""
    words = [_ELISION.sub("", w) for w in _WORD.findall(spelling.replace("-", " ")) if w]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).casefold()
    content = "".join(w[0] for w in words if w.casefold() not in SMALL_WORDS).casefold()
    named = "".join(w[0] for w in words if w.casefold() not in _ARTICLES).casefold()
    return {a for a in (every, content, named) if len(a) >= MIN_LETTERS}


def undotted(query: str) -> str | None:
    """The acronym *query* writes with a dot after each capital (*P.M.F.*, *S. D. F.*),
    as one word; None for any other query.

    >>> undotted("P.M.F."), undotted("S. D. F."), undotted("U.S."), undotted("PMF")
    ('PMF', 'SDF', None, None)
    """
    found = _DOTTED.fullmatch(query.strip())
    return "".join(c for c in found.group() if c.isalpha()) if found else None


#: Three capitals or more, each with a dot after it (the last may go without).
_DOTTED: Final = re.compile(r"(?:[A-Z]\.\s?){2,}[A-Z]\.?")


def arabic_letters_apart(query: str) -> str | None:
    """The word an Arabic-script *query* of three to six letters written apart spells,
    with spaces or dots between them, as the press spells an Arabic acronym out (د ا ع ش,
    ق.س.د: داعش, قسد); None for any other query.

    >>> arabic_letters_apart("د ا ع ش"), arabic_letters_apart("ق.س.د")
    ('داعش', 'قسد')
    >>> arabic_letters_apart("داعش"), arabic_letters_apart("ي ب"), arabic_letters_apart("P K K")
    (None, None, None)
    """
    found = _ARABIC_LETTERS_APART.fullmatch(query.strip())
    return "".join(c for c in found.group() if not c.isspace() and c != ".") if found else None


#: Three to six Arabic-script letters, each alone, with dots or spaces between them.
_ARABIC_LETTERS_APART: Final = re.compile(
    r"[\u0621-\u064a\u0671-\u06d5](?:[.\s]+[\u0621-\u064a\u0671-\u06d5]){2,5}\.?"
)


#: The Latin letter of each Arabic-script consonant in the Kurdish and Persian press's
#: acronyms, as the Kurdish Latin alphabet writes them (ج *c*, ژ *j*, خ *x*: *KCK*):
#: Sorani spells a Latin acronym's letters out, each with ە (پەکەکە *PKK*, هەسەدە *HSD*,
#: یەپەگە *YPG*), Badini with ه (پهكهكێ), Persian and Arabic write the letters apart
#: (پ.ک.ک, ي ب ك).
_LATIN_LETTER_OF: Final = {
    "ب": "B", "پ": "P", "ت": "T", "ج": "C", "چ": "Ç", "خ": "X", "د": "D", "ر": "R",
    "ڕ": "R", "ز": "Z", "ژ": "J", "س": "S", "ش": "Ş", "ف": "F", "ڤ": "V", "ق": "Q",
    "ک": "K", "ك": "K", "گ": "G", "ل": "L", "ڵ": "L", "م": "M", "ن": "N", "ه": "H",
    "و": "W", "ی": "Y", "ي": "Y",
}  # fmt: skip
_CONSONANT: Final = "[" + "".join(_LATIN_LETTER_OF) + "]"
#: Letters spelled out as Sorani and Badini write them: each consonant with the vowel
#: ە (or ه and a zero-width non-joiner), the last one with ێ too (the oblique *-ê*).
_SPELLED_OUT: Final = re.compile(rf"^(?:{_CONSONANT}(?:ە|ه\u200c?)){{2,}}{_CONSONANT}(?:ە|ه|ێ)$")
_LETTER_AND_VOWEL: Final = re.compile(rf"({_CONSONANT})(?:ە|ه\u200c?|ێ)")
#: Sorani suffixes written on a word: the postposition *-ewe* ("from", "by"), the
#: plural possessive *-yan*, the copula *-ye* and the ezafe *-y*.
_SORANI_SUFFIXES: Final = ("وە", "یان", "یە", "ی")
#: Letters written apart, with dots or spaces between them.
_LETTERS_APART: Final = re.compile(rf"^{_CONSONANT}(?:[.\s]+{_CONSONANT}){{2,}}\.?$")
#: Three or four letters joined, none a vowel letter: Persian writes acronyms so (پکک).
_LETTERS_JOINED: Final = re.compile(rf"^{_CONSONANT}{{3,4}}$")
#: Arabic letters written apart stand for Latin letters Arabic has none of too: ب for *p*
#: and ك for *g* (ب ي د *PYD*, ي ب ك *YPG*, as the Arabic press writes Turkish acronyms);
#: Persian and Kurdish have پ and گ of their own.
_ARABIC_LETTER_ALSO: Final = {"ب": "P", "ك": "G"}


def spelled_letters(query: str) -> tuple[str, ...]:
    """The Latin acronyms an Arabic-script *query* spells letter by letter, or ().

    >>> spelled_letters("پەکەکە"), spelled_letters("هەسەدە"), spelled_letters("پ.ک.ک")
    (('PKK',), ('HSD',), ('PKK',))
    >>> spelled_letters("پهكهكێ"), spelled_letters("ب ي د"), spelled_letters("پەدەکەوە")
    (('PKK',), ('BYD', 'PYD'), ('PDKW', 'PDK'))
    >>> spelled_letters("هەسەدەیان"), spelled_letters("هەسەدەی")
    (('HSD',), ('HSD',))

    Persian writes them joined, as a word of consonants alone (پکک, *PKK*; یپگ, *YPG*);
    such a word may be a word too, so a reading of it is answered by acronyms alone.

    >>> spelled_letters("پکک"), spelled_letters("یپگ")
    (('PKK',), ('YPG',))
    >>> spelled_letters("حزب الله"), spelled_letters("بەغدا"), spelled_letters("PKK")
    ((), (), ())
    """
    text = query.strip()
    # the letters, or the letters and a Sorani suffix (پەدەکەوە, *PDK* and -ewe;
    # هەسەدەیان, *HSD* and -yan)
    stems = [text, *(text.removesuffix(end) for end in _SORANI_SUFFIXES if text.endswith(end))]
    spelled = tuple(
        "".join(_LATIN_LETTER_OF[c] for c in _LETTER_AND_VOWEL.findall(stem))
        for stem in stems
        if _SPELLED_OUT.match(stem)
    )
    if spelled:
        return spelled
    if _LETTERS_APART.match(text) or _LETTERS_JOINED.match(text):
        choices = [
            _LATIN_LETTER_OF[c] + _ARABIC_LETTER_ALSO.get(c, "")
            for c in re.findall(_CONSONANT, text)
        ]
        return tuple("".join(letters) for letters in itertools.product(*choices))
    return ()


#: The names of Latin letters as the Arabic and Persian press writes them out for an
#: acronym (بي كي كي, *PKK*; واي بي جي, *YPG*): Arabic has no *p* and writes بي for it,
#: as for *b*. Names that are words of names too (ال, the article, for *L*; اي for *E*
#: and *I*) are left out.
_LETTER_NAMES: Final = {
    "إيه": "A", "ايه": "A", "بي": "BP", "پی": "P", "پي": "P", "سي": "C", "دي": "D",
    "إف": "F", "اف": "F", "جي": "G", "إتش": "H", "اتش": "H", "إيتش": "H", "آي": "I",
    "جيه": "J", "جاي": "J", "كي": "K", "كيه": "K", "كا": "K", "کی": "K", "إل": "L",
    "إم": "M", "ام": "M", "إن": "N", "أو": "O", "او": "O", "كيو": "Q", "آر": "R",
    "ار": "R", "إس": "S", "اس": "S", "تي": "T", "يو": "U", "في": "V", "دبليو": "W",
    "إكس": "X", "اكس": "X", "واي": "Y", "وائي": "Y", "زد": "Z",
    # ... and as the Urdu press writes them (ایس ڈی ایف *SDF*, آئی ایس آئی ایس *ISIS*),
    # after the Persian letters are read as Arabic ones (:data:`_PERSIAN_LETTERS`)
    "ايس": "S", "ڈي": "D", "ايف": "F", "آئي": "I", "ٹي": "T", "ايچ": "H", "ايم": "M",
    "اين": "N", "ايل": "L", "وي": "V", "ڈبليو": "W", "ايكس": "X", "زيڈ": "Z",
}  # fmt: skip

#: Names of letters the Urdu press writes with ے that :data:`_PERSIAN_LETTERS` would
#: make another letter's (جے *J*, not جی *G*; اے *A*).
_URDU_LETTER_NAMES: Final = {"جے": "J", "اے": "A"}


#: Persian and Urdu letters read as the Arabic ones the names of :data:`_LETTER_NAMES`
#: are written with: ی and the Urdu ے as ي, ک as ك (پی کے کے, *PKK*).
_PERSIAN_LETTERS: Final = str.maketrans({"ی": "ي", "ے": "ي", "ک": "ك"})


def letter_names(query: str) -> tuple[str, ...]:
    """The Latin acronyms an Arabic-script *query* of three letter names or more spells
    out (بي for *b* or *p*), or ().

    >>> letter_names("بي كي كي"), letter_names("واي بي جي"), letter_names("كي دي")
    (('BKK', 'PKK'), ('YBG', 'YPG'), ())
    >>> letter_names("بي كا كا"), letter_names("حزب الله"), letter_names("البي كا كا")
    (('BKK', 'PKK'), (), ('BKK', 'PKK'))

    Urdu and Persian write the names with their own letters (پی کے کے, وائی پی جی).

    >>> letter_names("پی کے کے"), letter_names("وائی پی جی")
    (('PKK',), ('YPG',))
    >>> letter_names("ایس ڈی ایف"), letter_names("آئی ایس آئی ایس"), letter_names("جے کے ایل")
    (('SDF',), ('ISIS',), ('JKL',))
    """
    names = query.split()
    if names and names[0].startswith("ال") and names[0][2:] in _LETTER_NAMES:
        names[0] = names[0][2:]  # the article written on the first (البي كا كا)
    choices = [
        _URDU_LETTER_NAMES.get(name) or _LETTER_NAMES.get(name.translate(_PERSIAN_LETTERS), "")
        for name in names
    ]
    if not MIN_LETTERS <= len(names) <= 6 or not all(choices):
        return ()
    return tuple("".join(letters) for letters in itertools.product(*choices))
