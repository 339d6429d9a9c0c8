"""The cross-script name key: :func:`name_key`.

A blocking key: spellings of one name, in Arabic script or in any
romanisation, should share it, so a matcher can fetch candidates by key and
score them afterwards. Recall comes first; names the key cannot tell apart
are left to the scorer.

How a key is made. The text is normalised (:func:`qamus.normalise.normalise`)
and each word becomes a consonant skeleton over one alphabet for both
scripts. Romanised words go through ``rules/key_latin.txt`` (digraphs first:
``kh sh ch th dh gh dj ph ou``), Arabic words through ``rules/key_arabic.txt``
(one class per letter), words of other scripts through ICU's ``Any-Latin``
first. Then, per word (:func:`skeleton`):

What the key keeps
    one letter per consonant class, in order, doubled consonants once:
    ``b`` (b p ب پ), ``t`` (t s th ت ث س ص ط), ``d`` (d z dh د ذ ز ض ظ),
    ``k`` (k q g c gh ق ك غ گ), ``j`` (j dj ج ژ), ``h`` (h kh x ه ح خ),
    ``x`` (sh ch ش چ), ``f`` (f ph ف ڤ), ``l m n r``, digits;
    ``w`` and ``y`` when they begin a word (Walid, Yasin, وليد, ياسين);
    ``w`` for a long u in a closed last syllable (between the last two
    consonants, the last of which ends the word): Latin u o ou oo w v,
    Arabic و. This is what separates Mahmud (``mhmwd``) from Muhammad
    (``mhmd``), and Zawr/Zor from Zar. Its price: a short u there also
    becomes ``w``, so Yusuf (``ytwf``) parts from Yousef and يوسف (``ytf``),
    and Yunus from Younes; on the UN sanctions names this costs about one
    word key in two hundred.

What the key throws away
    the article (``al`` and the Arabic ``ال`` prefix), ``bin``/``bint``/``ibn``
    and ``بن``/``ابن``/``بنت``; ayn and hamza (most romanisations drop them);
    vowels (a e i, u and o outside a closed last syllable, alef, yeh, and
    waw inside a word: Arabic leaves short vowels unwritten, so the Latin
    ones cannot count); a word-final h or t after another consonant
    (``حماة``/Hama/Hamah, ``جبهة``/Jabhat/Jabha, ``صالح``/Salih), since ta
    marbuta and final h are written -a, -ah, -at, -eh or not at all; the
    silent final e of French spellings (Rahmane); the distinctions between
    the consonants romanisations confuse (q/k/g, th/s/t, dh/z/d, kh/h).

Words written as one or as two count the same: the Latin word step splits
Abdelrahman, Hezbollah and Noureddine, and the Arabic side splits عبدالرحمن,
نصرالله and نورالدين, so both give ``bd rhmn``, ``ntr l``, ``nwr dn``; an article
glued to the word before it is parted too (ديرالزور as دير الزور,
:func:`~qamus.normalise.arabic.part_glued_articles`).

Known collisions and splits, left to the scorer and to curated variants:
Hasan and Husayn share ``htn`` (the yeh of حسين is a diphthong, the yeh of
كريم a long i that romanisations write as plain i, and the key cannot tell
them apart); Egyptian ``g`` for ج (Ragab) falls into the k class with Gulf
``g`` for ق (Gaddafi, Baggara), so Ragab parts from رجب; ``th`` for ذ
(Thahab for ذهب) parts from ``dh``; Syrian al-Bakkara (البكارة) shares its
key with Sudanese al-Baggara (البقارة).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import chain, groupby

from qamus.normalise._checks import require_str
from qamus.normalise._icu import FoldTable, ThreadLocalTransliterator
from qamus.normalise.arabic import ARABIC_RUN, part_glued_articles
from qamus.normalise.latin import LATIN_TABLE, words_of
from qamus.normalise.mixed import normalised_words

__all__ = ["KEY_LATIN_JOINS", "name_key", "skeleton"]

#: Pairs of letters a rule of ``rules/key_latin.txt`` reads together: its digraphs
#: and trigraphs, and a letter with the context after it (``gu`` before e or i).
KEY_LATIN_JOINS = frozenset(
    {"sc", "tc", "ch", "sh", "dj", "kh", "gh", "th", "dh", "ph", "ck"}
    | {"gu", "qu", "ue", "ui", "ou", "oo", "ee", "ce", "ci", "cy"}
)
_KEY_LATIN = ThreadLocalTransliterator("key_latin", joins=KEY_LATIN_JOINS)
_KEY_ARABIC = ThreadLocalTransliterator("key_arabic")
_OTHER_SCRIPTS = ThreadLocalTransliterator("other_scripts")

#: Symbols that are consonants (kept); H and T are h and t that drop when last.
_CONSONANTS = frozenset("btdjkhxflmnrHT0123456789")

_LATIN_DROP = frozenset({"al", "el", "il", "ul", "bin", "bint"})
_ARABIC_DROP = frozenset({"ال", "بن", "ابن", "بنت"})
_ARABIC_ARTICLE = "ال"
_ARABIC_ABD = "عبد"
#: Second elements of compounds that are also written as one word.
_ARABIC_SOLID_SUFFIXES = ("الله", "الدين")


def _arabic_symbol(ch: str) -> str:
    out = _KEY_ARABIC(ch)
    if out != ch:
        return out
    return ch if ch.isascii() and ch.isdigit() else ""


#: Arabic letter (normalise_arabic output) -> key symbol, from key_arabic.txt.
_ARABIC_SYMBOLS = FoldTable(_arabic_symbol, settle=False)


def skeleton(symbols: str) -> str:
    """The key of one word, from its symbols (see the rule files).

    >>> skeleton("mVHmUd"), skeleton("mUHVmmVd")
    ('mhmwd', 'mhmd')
    >>> skeleton("HVmVH"), skeleton("HVmH"), skeleton("mVTI")
    ('hm', 'hm', 'mt')
    """
    # a doubled consonant (Muhammad, Bakkara, Hamzatt) counts once
    symbols = "".join(c for i, c in enumerate(symbols) if i == 0 or c != symbols[i - 1])
    cons = [i for i, c in enumerate(symbols) if c in _CONSONANTS]
    closed = bool(cons) and cons[-1] == len(symbols) - 1
    if closed and len(cons) >= 2 and symbols[-1] in "HT":
        # a final h or t (ta marbuta: -a, -ah, -at) goes, leaving an open syllable
        symbols = symbols[:-1]
        cons.pop()
        closed = False
    # the last syllable, when it is closed: between the last two consonants,
    # the last of which ends the word (Mahmud, Mansur, Nur; not Huda, Musa)
    region = (cons[-2] if len(cons) >= 2 else -1, cons[-1]) if closed else (-1, -1)
    out: list[str] = []
    for i, c in enumerate(symbols):
        if c in _CONSONANTS:
            s = c.lower()
        elif i == 0 and c in "WI":
            s = "w" if c == "W" else "y"
        elif c in "WU" and region[0] < i < region[1]:
            s = "w"
        else:
            continue
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def _latin_keys(word: str) -> tuple[str, ...]:
    if word in _LATIN_DROP:
        return ()
    if len(word) > 3 and word[-1] == "e" and word[-2] not in "aeiouy":
        word = word[:-1]  # the silent final e of French spellings (Rahmane, Alouche)
    return (skeleton(_KEY_LATIN(word)),)


def _arabic_keys(word: str) -> tuple[str, ...]:
    if word in _ARABIC_DROP:
        return ()
    parted = part_glued_articles(word)
    if parted != word:  # ديرالزور as دير الزور
        return tuple(chain.from_iterable(map(_arabic_keys, parted.split())))
    parts = [word]
    for suffix in _ARABIC_SOLID_SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            parts = [word[: -len(suffix)], suffix]
            break
    if parts[0].startswith(_ARABIC_ABD) and len(parts[0]) >= 5:
        parts[:1] = [_ARABIC_ABD, parts[0][len(_ARABIC_ABD) :]]
    keys = []
    for part in parts:
        stem = part[len(_ARABIC_ARTICLE) :] if part.startswith(_ARABIC_ARTICLE) else part
        symbols = (stem if len(part) >= 4 else part).translate(_ARABIC_SYMBOLS)
        if symbols.endswith("HH"):
            # heh + teh marbuta (جبهة, folded to جبهه): the second is the ending
            symbols = symbols[:-1] + "T"
        keys.append(skeleton(symbols))
    return tuple(keys)


def _other_keys(text: str) -> tuple[str, ...]:
    romanised = _OTHER_SCRIPTS(text).translate(LATIN_TABLE)
    return tuple(k for w in words_of(romanised) if w.isascii() for k in _latin_keys(w))


@lru_cache(maxsize=1 << 17)
def _word_keys(word: str) -> tuple[str, ...]:
    if word.isascii():
        keys: Iterable[str] = _latin_keys(word)
    else:
        # one list for all the script runs (a word may alternate scripts many times)
        keys = [
            key
            for arabic, run in groupby(word, ARABIC_RUN.contains)
            for key in (_arabic_keys if arabic else _other_keys)("".join(run))
        ]
    return tuple(k for k in keys if k)


@lru_cache(maxsize=1 << 16)
def _name_key(s: str) -> str:
    return " ".join(chain.from_iterable(map(_word_keys, normalised_words(s))))


def name_key(s: str) -> str:
    """The cross-script blocking key of the name *s*.

    >>> name_key("Liwa al-Baqir") == name_key("لِوَاءُ البَاقِر") == name_key("Liwa' el-Baqer")
    True
    >>> name_key("Hezbollah"), name_key("حزب الله"), name_key("Hizb Allah")
    ('hdb l', 'hdb l', 'hdb l')
    >>> name_key("Muhammad") != name_key("Mahmud")
    True
    """
    require_str(s, "name_key")
    return _name_key(s)
