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
romanisation adds cost nothing.

Names of several words are also compared word by word, in any order
(:func:`word_similarity`); a word left out costs :data:`MISSING_WORD_PENALTY`
times its share of the longer name.

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

from typing import Final

from rapidfuzz.distance import Indel, Levenshtein

from qamus.match.phonetic import Phonetic, phonetic
from qamus.match.threshold import calibrate

__all__ = [
    "ARABIC_SCRIPT_WEIGHTS",
    "CROSS_SCRIPT_WEIGHTS",
    "MISSING_WORD_PENALTY",
    "SAME_SCRIPT_WEIGHTS",
    "SHORT_NAME_WEIGHT",
    "similarity",
    "similarity_of",
    "whole_similarity",
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

#: Distances are multiplied by 1 + this / (letters in the longer name).
SHORT_NAME_WEIGHT: Final = 3.0

#: Share of the score lost when words of the longer name have no counterpart in the shorter.
MISSING_WORD_PENALTY: Final = 0.5

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
    if whole == 1.0 or (len(a.tokens) < 2 and len(b.tokens) < 2):
        return calibrate(whole)
    return calibrate(max(whole, word_similarity(a, b)))


def word_similarity(a: Phonetic, b: Phonetic) -> float:
    """Words of *a* and *b* aligned one to one, best pairs first, in any order.

    >>> round(word_similarity(phonetic("Al Zawahiri Ayman"), phonetic("Ayman al-Zawahiri")), 2)
    1.0
    """
    # roles decided by content, not argument order, so the score is symmetric
    key_a, key_b = (len(a.tokens), len(a.codes), a.codes), (len(b.tokens), len(b.codes), b.codes)
    short, long_ = (a.tokens, b.tokens) if key_a <= key_b else (b.tokens, a.tokens)
    short_length = sum(len(t.codes) for t in short)
    long_length = sum(len(t.codes) for t in long_)
    if not short_length or not long_length:
        return 0.0
    pairs = sorted(
        ((whole_similarity(x, y), i, j) for i, x in enumerate(short) for j, y in enumerate(long_)),
        reverse=True,
    )
    used_short: set[int] = set()
    used_long: set[int] = set()
    total = 0.0
    for score, i, j in pairs:
        if i in used_short or j in used_long:
            continue
        used_short.add(i)
        used_long.add(j)
        total += score * len(short[i].codes)
    aligned = total / short_length
    missing = sum(len(t.codes) for j, t in enumerate(long_) if j not in used_long)
    return aligned * (1.0 - MISSING_WORD_PENALTY * missing / long_length)


def whole_similarity(a: Phonetic, b: Phonetic) -> float:
    """The whole names compared as one string of sounds."""
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
        return max(
            0.0, 1.0 - distance * (1.0 + SHORT_NAME_WEIGHT / max(len(a.codes), len(b.codes)))
        )
    arabic, latin = (a, b) if a.script == "arabic" else (b, a)
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
    )
    return max(0.0, 1.0 - distance * _shortness(arabic, latin))


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
    return similarity_of(phonetic(a), phonetic(b))
