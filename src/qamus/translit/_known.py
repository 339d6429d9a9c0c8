"""Transliteration that takes glossary names in their fully vowelled form."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from qamus.normalise import normalise_arabic
from qamus.translit._core import check_text, transliterate
from qamus.translit._schemes import get_scheme

__all__ = ["pausal", "transliterate_known"]

_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
# The marks at the end of a word, and the case ending among them: a short vowel
# or tanwin (shadda and sukun stay).
_FINAL_MARKS = re.compile(r"[\u064B-\u0652]+(?![\u0620-\u065F\u0670-\u06D3])")
_CASE_ENDING = re.compile(r"[\u064B-\u0650]")
# بن / بْن, once its case ending is gone: "son of" between two names.
_BIN = re.compile(r"(?<=\s)\u0628\u0652?\u0646(?=\s|$)")


def pausal(vocalised: str, *, ibn: bool = True) -> str:
    """*vocalised* as a name is said and printed: in pause, without case endings.

    Names are romanised in their pause form: the final short vowel or tanwin
    of the case ending (iʻrāb) is not written (ALA-LC Romanization Tables:
    Arabic, "tanwīn is normally disregarded"; the Library of Congress's own
    catalogue samples print ʻAlī ibn Abī Ṭālib, not ʻAlīyu bnu Abī Ṭālibin;
    IJMES and DIN 31635 give names the same way). A shadda or sukun at the end
    of a word stays. With *ibn*, بْن between two names gets the alif of ibn, as
    ALA-LC writes it (Aḥmad ibn Muḥammad ibn Abī al-Rabīʻ); the strict
    letter-for-letter schemes (iso233, buckwalter) write only what is spelled.

    >>> pausal("حِزْبُ اللهِ")
    'حِزْب الله'
    >>> pausal("عَلِيُّ بْنُ أَبِي طَالِبٍ")
    'عَلِيّ اِبْن أَبِي طَالِب'
    """
    text = _FINAL_MARKS.sub(lambda m: _CASE_ENDING.sub("", m.group()), vocalised)
    return _BIN.sub("\u0627\u0650\u0628\u0652\u0646", text) if ibn else text


def transliterate_known(
    text: str, scheme: str, vocalised: Mapping[str, str], *, capitalise: bool = False
) -> str:
    """Transliterate *text*, writing known phrases in their fully vowelled form.

    *vocalised* maps unvocalised Arabic phrases (a glossary entry's ``arabic``)
    to their vowelled forms. Phrases are compared as :func:`qamus.normalise_arabic`
    folds them, whole words only, longest first; every match in *text* is
    replaced by the vowelled form, in pause (``pausal``: no case endings,
    ibn between names), before transliteration.

    >>> known = {"لواء الباقر": "لِوَاء البَاقِر"}
    >>> transliterate_known("قائد لواء الباقر", "ala-lc", known)
    'qāʼd liwāʼ al-bāqir'
    >>> transliterate_known("لواء الباقر", "plain", known, capitalise=True)
    'Liwa al-Baqir'
    >>> known = {"علي بن أبي طالب": "عَلِيُّ بْنُ أَبِي طَالِبٍ"}
    >>> transliterate_known("علي بن أبي طالب", "plain", known, capitalise=True)
    '‘Ali ibn Abi Talib'
    """
    check_text(text, "transliterate")
    ibn = not get_scheme(scheme).reversible
    index: dict[tuple[str, ...], str] = {}
    longest = 0
    for key, value in vocalised.items():
        words = tuple(normalise_arabic(key).split())
        if words:
            index[words] = pausal(value, ibn=ibn)
            longest = max(longest, len(words))
    if not index:
        return transliterate(text, scheme, capitalise=capitalise)
    spans = [(m.start(), m.end(), normalise_arabic(m.group())) for m in _ARABIC_WORD.finditer(text)]
    pieces: list[str] = []
    position = 0
    i = 0
    while i < len(spans):
        for n in range(min(longest, len(spans) - i), 0, -1):
            group = spans[i : i + n]
            gaps = (text[a[1] : b[0]] for a, b in itertools.pairwise(group))
            if any(gap.strip() for gap in gaps):
                continue
            found = index.get(tuple(word for _, _, word in group))
            if found is not None:
                pieces.append(text[position : group[0][0]])
                pieces.append(found)
                position = group[-1][1]
                i += n
                break
        else:
            i += 1
    pieces.append(text[position:])
    return transliterate("".join(pieces), scheme, capitalise=capitalise)
