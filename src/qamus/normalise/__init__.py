"""Normalisers for Arabic names in either script, and the cross-script name key.

* :func:`normalise_arabic` folds Arabic-script spelling variation
  (presentation forms, harakat, tatweel, hamza and alef forms, ta marbuta,
  alef maqsura, Persian/Urdu letter shapes, Eastern digits, invisible
  characters);
* :func:`normalise_latin` folds romanisation variation (case, diacritics,
  the ayn/hamza marks, separators, the article, Abdul/Abd al, bin/ibn);
* :func:`normalise` does both, each character by the folds of its script;
* :func:`normalise_with_offsets` is :func:`normalise` with a map from every
  normalised character back to the original text, fast on whole documents;
* :func:`name_key` is one consonant-class key for spellings of a name in
  both scripts, for finding candidates (blocking).

Every character fold comes from ICU (transform rules in ``rules/*.txt``,
Normalizer2, case folding, UnicodeSet script tests), applied once per code
point into :meth:`str.translate` tables; word-level results are cached. All
functions are safe to call from many threads (see :mod:`qamus.normalise._icu`).

>>> from qamus.normalise import name_key, normalise
>>> normalise("Liwāʾ al-Bāqir"), normalise("لِوَاءُ البَاقِر")
('liwa al baqir', 'لوا الباقر')
>>> name_key("Liwāʾ al-Bāqir") == name_key("لِوَاءُ البَاقِر")
True
"""

from __future__ import annotations

from qamus.normalise.arabic import normalise_arabic
from qamus.normalise.key import name_key
from qamus.normalise.latin import normalise_latin
from qamus.normalise.mixed import normalise
from qamus.normalise.offsets import NormalisedText, normalise_with_offsets

__all__ = [
    "NormalisedText",
    "name_key",
    "normalise",
    "normalise_arabic",
    "normalise_latin",
    "normalise_with_offsets",
]
