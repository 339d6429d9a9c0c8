"""Arabic to Latin in a published scheme, Latin back to Arabic where that is lossless."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import icu

from qamus.errors import InvalidOptionError, NotReversibleError
from qamus.translit import _icu
from qamus.translit._schemes import get_scheme

__all__ = [
    "REVERSIBLE_SETS",
    "letter_table",
    "transliterate",
    "untransliterate",
]

#: For each reversible scheme, the ICU UnicodeSet pattern of the Arabic characters
#: it covers: every string over this set comes back unchanged from Latin.
REVERSIBLE_SETS: dict[str, str] = {
    "buckwalter": r"[\u0621-\u063A \u0640-\u0652 \u0670 \u0671 \u067E \u0686 \u06A4 \u06AF]",
    "iso233": r"[\u0621-\u063A \u0641-\u0652 \u0670 \u0671]",
}

_REVERSIBLE_IDS = frozenset(REVERSIBLE_SETS)

_WHY_NOT_REVERSIBLE: dict[str, str] = {
    "ala-lc": (
        "ala-lc writes ة and ه both as h, ا and ى before a vowel sign the same way, drops "
        "initial hamza and unwritten short vowels are indistinguishable from written ones"
    ),
    "ijmes": ("ijmes writes ة as a (like a fatha), ى and ا both as ā, and drops initial hamza"),
    "din31635": (
        "din31635 assimilates the article (aš-šams for الشمس), writes ة as a and ى as ā, "
        "and drops initial hamza"
    ),
    "bgn-pcgn": (
        "bgn-pcgn writes ة and ه both as h, assimilates the article, drops tanwin and initial hamza"
    ),
    "plain": ("plain drops every diacritic: ح and ه are both h, long and short vowels look alike"),
}

# Letters (and the few signs) every table lists, with the context each is read in.
_LETTERS = (
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + ["\u0671", "\u067e", "\u0686", "\u0698", "\u06a4", "\u06af"]
)
_MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
_TANWIN = {"\u064b", "\u064c", "\u064d"}


def check_text(value: object, function: str) -> str:
    """*value* if it is a str; a ``TypeError`` naming *function* if not.

    >>> check_text(None, "transliterate")
    Traceback (most recent call last):
    ...
    TypeError: transliterate() takes a str, not NoneType
    """
    if not isinstance(value, str):
        raise TypeError(f"{function}() takes a str, not {type(value).__name__}")
    return value


def check_flag(value: object, option: str, function: str) -> bool:
    """*value* if it is True or False; ``InvalidOptionError`` if not.

    >>> check_flag("yes", "capitalise", "transliterate")
    Traceback (most recent call last):
    ...
    qamus.errors.InvalidOptionError: transliterate(): capitalise must be True or False, not 'yes'
    """
    if not isinstance(value, bool):
        raise InvalidOptionError(f"{function}(): {option} must be True or False, not {value!r}")
    return value


def transliterate(s: str, scheme: str = "ala-lc", *, capitalise: bool = False) -> str:
    """Romanise the Arabic script in *s* in *scheme*; other text passes through.

    With *capitalise*, names are capitalised as the scheme does (see
    ``capitalise_names``); the case-sensitive codes ``buckwalter`` and
    ``iso233`` ignore it.

    Vocalised input gives full output; unvocalised input gives what is written:
    consonants and long vowels, never invented short vowels (the readings
    Arabic spelling itself implies are listed in ``rules/prep.txt``). ASCII
    digits and Latin pass through; Arabic-Indic and Persian digits become ASCII
    digits and Arabic punctuation Latin punctuation. Directional marks (U+200E,
    U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) are ignored, and a zero-width
    non-joiner is not copied: ALA-LC writes a prime for one between the parts
    of a word, the other schemes nothing. The lossy schemes use the
    private-use code points U+E0E0-U+E0EF as markers and drop them from the
    input.

    Vocalised text is written with every vowel it marks, case endings
    included, as in the ALA-LC table's own examples (maʻnan, qāḍin); glossary
    names (``Glossary.transliterate``) are written in pause, as writers print
    them.

    *s* must be a str (``TypeError`` otherwise); an unknown *scheme* raises
    ``UnknownSchemeError`` and a *capitalise* that is not True or False
    ``InvalidOptionError`` (both from ``qamus.errors``).

    >>> transliterate("لِوَاء البَاقِر", "ala-lc", capitalise=True)
    'Liwāʼ al-Bāqir'
    >>> transliterate("هَيْئَة تَحْرِير الشَّام", "plain", capitalise=True)
    'Hay’at Tahrir al-Sham'
    >>> transliterate("الشَّام", "din31635")
    'aš-šām'
    >>> transliterate("دَيْر الزَّوْر", "bgn-pcgn", capitalise=True)
    'Dayr az Zawr'
    >>> transliterate("دير الزور ١٩٨٠", "ala-lc")
    'dīr al-zūr 1980'
    >>> transliterate("أحمد بن محمد", "ala-lc", capitalise=True)
    'Aḥmd ibn Mḥmd'
    """
    check_text(s, "transliterate")
    get_scheme(scheme)
    check_flag(capitalise, "capitalise", "transliterate")
    out: str = _icu.forward(scheme).transliterate(s)
    if capitalise and scheme not in _REVERSIBLE_IDS:
        out = capitalise_names(out, scheme)
    return out


def untransliterate(s: str, scheme: str) -> str:
    """Arabic from a Latin transliteration in a lossless *scheme* (``buckwalter``, ``iso233``).

    >>> untransliterate("ktAb", "buckwalter")
    'كتاب'
    >>> untransliterate(transliterate("مَدْرَسَة", "iso233"), "iso233")
    'مَدْرَسَة'
    >>> untransliterate("kitāb", "ala-lc")
    Traceback (most recent call last):
    ...
    qamus.errors.NotReversibleError: ala-lc cannot be reversed: ala-lc writes ة and ه both as h, ...
    """
    check_text(s, "untransliterate")
    found = get_scheme(scheme)
    if not found.reversible:
        raise NotReversibleError(
            f"{scheme} cannot be reversed: {_WHY_NOT_REVERSIBLE[scheme]}; "
            f"use buckwalter or iso233 for text that must come back"
        )
    out: str = _icu.reverse(scheme).transliterate(s)
    return out


def letter_table(scheme: str) -> list[tuple[str, str, str]]:
    """(Arabic, Unicode name, output) for every letter and sign *scheme* covers.

    The output is what the compiled rules give for the character in a neutral
    context (between two syllables ``بَـ ... ـَب``, so nothing is initial or
    final); harakat are shown on ب; ة lists its pausal and construct forms.

    >>> table = {ar: out for ar, _, out in letter_table("din31635")}
    >>> table["ش"], table["ع"], table["ة"]
    ('š', 'ʿ', 'a/at')
    >>> letter_table("buckwalter")[0]
    ('ء', 'ARABIC LETTER HAMZA', "'")
    """
    get_scheme(scheme)
    return list(_letter_table(scheme))


@cache
def _letter_table(scheme: str) -> tuple[tuple[str, str, str], ...]:
    covered = icu.UnicodeSet(REVERSIBLE_SETS[scheme]) if scheme in REVERSIBLE_SETS else None
    rows: list[tuple[str, str, str]] = []
    for ch in _LETTERS:
        if covered is not None and not covered.contains(ch):
            continue
        rows.append((ch, unicodedata.name(ch), _letter_output(ch, scheme)))
    for mark in _MARKS:
        rows.append(("\u0628" + mark, unicodedata.name(mark), _mark_output(mark, scheme)))
    return tuple(row for row in rows if row[2])


def _strip(text: str, prefix: str, suffix: str) -> str:
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text


def _letter_output(ch: str, scheme: str) -> str:
    pre = transliterate("\u0628\u064e", scheme)  # "ba"
    post = transliterate("\u064e\u0628", scheme)  # "ab" (a bare fatha then b)
    if ch == "\u0629":
        b = transliterate("\u0628", scheme)
        pausal = _strip(transliterate("\u0628\u0629", scheme), b, "")
        construct = transliterate("\u0628\u0629 \u0628\u064e\u0628", scheme)
        construct = _strip(construct.split(" ")[0], b, "")
        return pausal if pausal == construct else f"{pausal}/{construct}"
    if ch in "\u0627\u0649\u0622\u0671":
        b = transliterate("\u0628", scheme)
        return _strip(transliterate("\u0628" + ch + "\u0628", scheme), b, b)
    return _strip(transliterate("\u0628\u064e" + ch + "\u064e\u0628", scheme), pre, post)


def _mark_output(mark: str, scheme: str) -> str:
    pre = transliterate("\u0628\u064e", scheme)
    if mark in _TANWIN:
        return _strip(transliterate("\u0628\u064e\u0628" + mark, scheme), pre, "")
    post = transliterate("\u064e\u0628", scheme)
    return _strip(transliterate("\u0628\u064e\u0628" + mark + "\u064e\u0628", scheme), pre, post)


# ---------------------------------------------------------------- capitals

_QUOTES = "ʻʼʿʾ‘’'ˌˈ"
_SPACE_RE = re.compile(r"(\s+)")
_PARTICLES = (
    "فِي", "في", "مِن", "من", "عَن", "عن", "إِلَى", "الى", "إلى", "عَلَى", "على", "مَعَ", "مع",
    "وَ", "و", "أَو", "او", "أو", "ثُمَّ", "ثم",
)  # fmt: skip
# "son of", "daughter of" between two names (ALA-LC: Aḥmad ibn Muḥammad ibn Abī
# al-Rabīʻ; a name that starts with one keeps its capital: Ibn Mālik).
_LINKS = ("ابن", "بِنْت", "اِبْنَة")


def capitalise_names(text: str, scheme: str) -> str:
    """Capitalise romanised names as *scheme* does: the noun, not the article.

    ALA-LC, IJMES, DIN 31635 and plain keep the article and clitics lower case
    (al-Bāqir, wa-al-Kabīr, aš-Šām); BGN/PCGN capitalises an article that
    starts the name and writes it lower case inside (Ash Shām, Dayr az Zawr).
    Particles (fī, min, ʻalá, wa ...) stay lower case, and so do ibn and bint
    between two names.

    >>> capitalise_names("ʻabd al-raḥmān fī al-shām", "ala-lc")
    'ʻAbd al-Raḥmān fī al-Shām'
    >>> capitalise_names("ibn ʻaqīl ibn abī ṭālib", "ala-lc")
    'Ibn ʻAqīl ibn Abī Ṭālib'
    >>> capitalise_names("tall as sarāy", "bgn-pcgn")
    'Tall as Sarāy'
    """
    articles, particles, links = _function_words(scheme)
    pieces = _SPACE_RE.split(text)
    words_seen = 0
    for i, piece in enumerate(pieces):
        if not piece or piece.isspace():
            continue
        first = words_seen == 0
        words_seen += 1
        lowered = piece.lower()
        if lowered in particles or (lowered in links and not first):
            continue
        if lowered in articles:
            if first and scheme == "bgn-pcgn":
                pieces[i] = _upper_first(piece)
            continue
        head, sep, last = piece.rpartition("-")
        pieces[i] = head + sep + _upper_first(last) if sep else _upper_first(piece)
    return "".join(pieces)


def _upper_first(word: str) -> str:
    for i, ch in enumerate(word):
        if ch in _QUOTES:
            continue
        return word[:i] + ch.upper() + word[i + 1 :]
    return word


@cache
def _function_words(scheme: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Article tokens (space-separated schemes), particles and name links, read from the rules."""
    forward = _icu.forward(scheme)
    particles = frozenset(forward.transliterate(p).lower() for p in _PARTICLES)
    links = frozenset(forward.transliterate(p).lower() for p in _LINKS)
    articles: set[str] = set()
    for letter in _LETTERS:
        for prefix in ("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0627\u0644"):
            words = forward.transliterate(prefix + letter + "\u064e\u0627\u0628").split(" ")
            articles.update(w.lower() for w in words[:-1])
    return frozenset(articles), particles, links
