"""Normalising romanised (Latin-script) Arabic names for comparison.

Two steps. The character step is ICU's: ``rules/latin_marks.txt``, ICU's
NFKC_Casefold normaliser, then ``rules/latin.txt``, applied once per code
point into a :meth:`str.translate` table:

* case folded with ICU (``ß`` to ``ss``, ``İ`` to ``i``), NFKC (``ﬁ`` to
  ``fi``), every combining mark removed (``ḥ ā ṣ ẓ ū`` to ``h a s z u``),
  ICU ``Latin-ASCII`` for letters without a decomposition (``ø ł đ``);
* the scientific single letters for digraphs keep the common digraph:
  ``š`` to ``sh``, ``ǧ`` to ``j``, ``ḫ`` to ``kh``, ``ġ`` to ``gh``,
  ``ṯ`` to ``th``, ``ḏ`` to ``dh`` (DIN 31635 / ISO 233 against ALA-LC),
  and the Spanish Arabists' ``ŷ`` to ``j``;
* the ayn/hamza family (``ʿ ʾ ‘ ’ ' ` ´ ʼ ʻ ′`` and look-alikes) is removed:
  writers use any of them, or none (Hay’at, Hay'at, Hayat);
* hyphens, dots, underscores, other punctuation and symbols are spaces;
  decimal digits of every script become ASCII digits.

The word step (:func:`split_word`, :func:`rewrite_words`) unifies the
elements of a name that romanisations write in many ways:

* the article, when it stands as its own element before a word: ``al``,
  ``el``, ``il``, ``ul`` and the assimilated forms before a sun letter
  (``ad-Din``, ``ash-Sham``, ``ar-Rahman``, ``as-Sayyid``, ``at-Tall``,
  ``az-Zawr``, ``an-Nusra``, ``ath-Thawra``, ``adh-Dhahab``, ``es-``,
  ``et-``, ``ed-``, ``er-``, ``ez-``, ``esh-`` ..., and ``ur``/``ud``/``un``
  of South Asian names, Aziz-ur-Rahman) all become ``al``, and so does
  ``al'`` written with an apostrophe. Inside a word nothing changes: Alan,
  Ali, Assad and Adnan stay as they are. An assimilated form counts only
  before a word that begins with its consonant (``t`` not before ``th``,
  which has ``ath``), so English "at the" stays; "as soon" or "an nth" in
  running text are read as an article, which names never notice;
* ``Abdul``, ``Abdel``, ``Abdal``, ``Abdol``, ``Abdoul``, ``Abd-al``,
  ``Abd al``, ``Abdur Rahman``, ``Abdelrahman``, ``Abdurrahman`` all become
  ``abd al`` followed by the name;
* compounds with Allah and al-Din written as one word (``Hezbollah``,
  ``Nasrallah``, ``Abdullah``, ``Noureddine``, ``Shamsuddin``) are split
  like the Arabic writes them: ``hezb allah``, ``nour al dine``;
* ``bin``, ``ben``, ``ibn``, ``bn``, ``ebn``, ``ibni``, ``ibne`` before a word become
  ``bin``; ``bint``, ``bent``, ``binti`` become ``bint``. They are kept (they
  are part of the name); :func:`qamus.normalise.name_key` leaves them out.

Output for Latin input is lower-case ASCII letters, digits and single spaces.
Letters of other scripts pass through, case folded and without marks.
"""

from __future__ import annotations

from functools import lru_cache

import icu

from qamus.normalise._checks import require_str
from qamus.normalise._icu import FoldTable, ThreadLocalTransliterator, char_digit, is_surrogate

__all__ = [
    "BIN_FORMS",
    "LATIN_TABLE",
    "MARK",
    "PLAIN_ARTICLES",
    "SOLID_SUFFIXES",
    "SUN_ARTICLES",
    "TRIGGERS",
    "apply_word_rules",
    "normalise_latin",
    "rewrite_word",
    "rewrite_words",
    "split_word",
    "words_of",
]

#: The one character the ayn/hamza family becomes in the character step.
MARK = "'"

_MARKS = ThreadLocalTransliterator("latin_marks")
_LATIN = ThreadLocalTransliterator("latin")
_NFKC_CF = icu.Normalizer2.getInstance(None, "nfkc_cf", icu.UNormalizationMode2.COMPOSE)


def _fold_char(ch: str) -> str:
    if is_surrogate(ord(ch)):
        return ""
    digit = char_digit(ch)
    if digit >= 0:
        return str(digit)
    return _LATIN(str(_NFKC_CF.normalize(_MARKS(ch))))


#: ``str.translate`` table of the Latin character step, filled from ICU.
LATIN_TABLE = FoldTable(_fold_char)

PLAIN_ARTICLES = frozenset({"al", "el", "il", "ul"})
#: Consonants the article assimilates to (sun letters), as romanised.
_SUN = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")
#: Assimilated article -> the consonant the next word must begin with.
#: a- and e- forms (ad-Din, ez-Zor), and the u- forms of names from South Asia
#: (Aziz-ur-Rahman) except us and ut, which are English words.
SUN_ARTICLES = {vowel + c: c for vowel in "aeu" for c in _SUN if vowel + c not in {"us", "ut"}}
BIN_FORMS = {
    "bin": "bin",
    "ben": "bin",
    "ibn": "bin",
    "bn": "bin",
    "ebn": "bin",
    "ibni": "bin",
    "ibne": "bin",
    "bint": "bint",
    "bent": "bint",
    "binti": "bint",
}
_ABD_VOWELS = ("ou", "u", "e", "a", "o", "i")
#: Abdul, Abdel, ... standing alone before a word.
_ABD_L = frozenset(f"abd{v}l" for v in _ABD_VOWELS)
#: Abdur, Abdus, ... -> the consonant the next word must begin with.
_ABD_SUN = {f"abd{v}{c}": c for v in _ABD_VOWELS for c in _SUN}
#: Words the cross-word rules (:func:`rewrite_words`) may rewrite.
TRIGGERS = PLAIN_ARTICLES | SUN_ARTICLES.keys() | BIN_FORMS.keys() | _ABD_L | _ABD_SUN.keys()
_NO_MARK = {ord(MARK): None}


def _split_abd(word: str) -> tuple[str, ...] | None:
    """``abdelaziz`` -> abd al aziz, ``abdurrahman`` -> abd al rahman."""
    if not word.startswith("abd"):
        return None
    for vowel in _ABD_VOWELS:
        if not word.startswith(vowel, 3):
            continue
        at = 3 + len(vowel)
        if word.startswith("l", at) and len(word) - at - 1 >= 2:
            return ("abd", "al", word[at + 1 :])
        for c in _SUN:
            if word.startswith(c + c, at) and len(word) - at - len(c) >= 3:
                return ("abd", "al", word[at + len(c) :])
    return None


#: Second elements of compounds written as one word -> how they are split.
SOLID_SUFFIXES = {
    "llah": ("allah",),
    "ddin": ("al", "din"),
    "ddine": ("al", "dine"),
    "ddeen": ("al", "deen"),
}


_ARTICLE_DIN = frozenset({"ddin", "ddine", "ddeen"})


def _split_compound(word: str) -> tuple[str, ...] | None:
    """``hezbollah`` -> hezb allah, ``noureddine`` -> nour al dine.

    Only after a stem of three letters or more and a linking vowel.
    """
    for suffix, parts in SOLID_SUFFIXES.items():
        cut = len(word) - len(suffix) - 1
        if cut >= 3 and word.endswith(suffix) and word[cut] in "aeiou":
            return (word[:cut], *parts)
    return None


@lru_cache(maxsize=1 << 16)
def split_word(word: str) -> tuple[str, ...]:
    """The elements one word of the character step stands for.

    >>> split_word("al'baqir")
    ('al', 'baqir')
    >>> split_word("hay'at")
    ('hayat',)
    >>> split_word("abdelrahman")
    ('abd', 'al', 'rahman')
    >>> split_word("hizbullah")
    ('hizb', 'allah')
    >>> split_word("alan")
    ('alan',)
    """
    if MARK in word:
        head, _, rest = word.partition(MARK)
        rest = rest.translate(_NO_MARK)
        if head in PLAIN_ARTICLES and rest:
            return ("al", *split_word(rest))
        word = head + rest
        if not word:
            return ()
    if not word.isascii():
        return (word,)
    if word[:1] in "aeiou" and word[1:] in _ARTICLE_DIN:
        return ("al", word[2:])  # eddine, uddin: the article joined to Din
    compound = _split_compound(word)
    if compound is not None:
        return (*(_split_abd(compound[0]) or compound[:1]), *compound[1:])
    return _split_abd(word) or (word,)


def _starts_word(word: str | None, prefix: str) -> bool:
    return (
        word is not None and word[:1].isascii() and word[:1].isalpha() and word.startswith(prefix)
    )


def _starts_sun(word: str | None, consonant: str) -> bool:
    """Whether *word* begins with the sun letter an assimilated article names.

    ``t`` does not match ``th``: the article before ث is written ath-, and so
    English "at the" is not read as an article.
    """
    return _starts_word(word, consonant) and not (consonant == "t" and _starts_word(word, "th"))


def rewrite_word(word: str, nxt: str | None) -> tuple[str, ...] | None:
    """What the article, Abd and bin rules make of *word* before *nxt*.

    None when no rule changes it.

    >>> rewrite_word("ez", "zor"), rewrite_word("abdul", "rahman"), rewrite_word("as", "baqir")
    (('al',), ('abd', 'al'), None)
    """
    if word not in TRIGGERS or not _starts_word(nxt, ""):
        return None
    if word in PLAIN_ARTICLES:
        return None if word == "al" else ("al",)
    sun = SUN_ARTICLES.get(word)
    if sun is not None and _starts_sun(nxt, sun):
        return ("al",)
    if word in BIN_FORMS:
        return None if word == BIN_FORMS[word] else (BIN_FORMS[word],)
    abd_sun = _ABD_SUN.get(word)
    if word in _ABD_L or (abd_sun is not None and _starts_sun(nxt, abd_sun)):
        return ("abd", "al")
    return None


def rewrite_words(words: list[str]) -> list[tuple[str, int, bool]]:
    """Apply the article, Abd and bin rules across *words*.

    Each result is (word, index of the input word it comes from, whether a
    rule rewrote it).

    >>> [w for w, _, _ in rewrite_words(["deir", "ez", "zor"])]
    ['deir', 'al', 'zor']
    >>> [w for w, _, _ in rewrite_words(["abdul", "rahman", "ibn", "ali"])]
    ['abd', 'al', 'rahman', 'bin', 'ali']
    >>> [w for w, _, _ in rewrite_words(["as", "an", "ad"])]
    ['as', 'an', 'ad']
    """
    out: list[tuple[str, int, bool]] = []
    last = len(words) - 1
    for i, word in enumerate(words):
        new = rewrite_word(word, words[i + 1] if i < last else None)
        if new is None:
            out.append((word, i, False))
        else:
            out.extend((w, i, True) for w in new)
    return out


def apply_word_rules(words: list[str]) -> list[str]:
    """*words* after the article, Abd and bin rules (only where they apply)."""
    hits = [i for i, word in enumerate(words) if word in TRIGGERS]
    if not hits:
        return words
    out: list[str] = []
    done = 0
    last = len(words) - 1
    for i in hits:
        new = rewrite_word(words[i], words[i + 1] if i < last else None)
        if new is not None:
            out.extend(words[done:i])
            out.extend(new)
            done = i + 1
    out.extend(words[done:])
    return out


def words_of(folded: str) -> list[str]:
    """The normalised words of text that went through a character table."""
    return apply_word_rules([piece for word in folded.split() for piece in split_word(word)])


def normalise_latin(s: str) -> str:
    """*s* with the romanisation folds applied, for comparing names.

    >>> normalise_latin("Liwa' el-Baqer")
    'liwa al baqer'
    >>> normalise_latin("Deir ez-Zor") == normalise_latin("DEIR AL ZOR")
    True
    >>> normalise_latin("ʿAbd al-Raḥmān"), normalise_latin("ABDUL RAHMAN")
    ('abd al rahman', 'abd al rahman')
    >>> normalise_latin("Alan Assad Adnan")
    'alan assad adnan'
    >>> normalise_latin("Hayʾat Taḥrīr ash-Shām")
    'hayat tahrir al sham'
    """
    require_str(s, "normalise_latin")
    return " ".join(words_of(s.translate(LATIN_TABLE)))
