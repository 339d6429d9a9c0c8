"""Arabic script in published romanisation schemes, and the spellings writers use.

Every scheme is an ICU transform rule file in ``qamus/translit/rules/``,
compiled once and registered with ICU under ``Arabic-Latin/qamus_<id>``
(hyphens in the id become underscores), so ICU users can call it by name.

>>> from qamus.translit import transliterate, schemes
>>> transliterate("البَاقِر", "ala-lc")
'al-bāqir'
>>> [s.id for s in schemes() if s.reversible]
['iso233', 'buckwalter']
"""

from qamus.translit._core import letter_table, transliterate, untransliterate
from qamus.translit._known import transliterate_known
from qamus.translit._schemes import Scheme, schemes
from qamus.translit._spellings import Spelling, iter_spellings, spellings

__all__ = [
    "Scheme",
    "Spelling",
    "iter_spellings",
    "letter_table",
    "schemes",
    "spellings",
    "transliterate",
    "transliterate_known",
    "untransliterate",
]
