"""Transliteration that takes glossary names in their fully vowelled form."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from qamus.normalise import normalise_arabic
from qamus.translit._core import transliterate

__all__ = ["transliterate_known"]

_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")


def transliterate_known(
    text: str, scheme: str, vocalised: Mapping[str, str], *, capitalise: bool = False
) -> str:
    """Transliterate *text*, writing known phrases in their fully vowelled form.

    *vocalised* maps unvocalised Arabic phrases (a glossary entry's ``arabic``)
    to their vowelled forms. Phrases are compared as :func:`qamus.normalise_arabic`
    folds them, whole words only, longest first; every match in *text* is
    replaced by the vowelled form before transliteration.

    >>> known = {"لواء الباقر": "لِوَاء البَاقِر"}
    >>> transliterate_known("قائد لواء الباقر", "ala-lc", known)
    'qāʼd liwāʼ al-bāqir'
    >>> transliterate_known("لواء الباقر", "plain", known, capitalise=True)
    'Liwa al-Baqir'
    """
    index: dict[tuple[str, ...], str] = {}
    longest = 0
    for key, value in vocalised.items():
        words = tuple(normalise_arabic(key).split())
        if words:
            index[words] = value
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
