"""qamus: Arabic names in every spelling.

A glossary of names in Arabic script and their romanisations, normalisers and
a cross-script name key built on ICU, transliteration in the published
schemes, and matching of any spelling, in either script, to its entry.

>>> import qamus
>>> g = qamus.load()
>>> g.match("Liwa al-Baqir")[0].entry.id
'liwa-al-baqir'
"""

from __future__ import annotations

from qamus.errors import (
    EntryNotFoundError,
    GlossaryError,
    InvalidOptionError,
    NotReversibleError,
    Problem,
    QamusError,
    UnknownSchemeError,
)
from qamus.glossary import Glossary, check_paths, load, shipped_glossary_path
from qamus.match import similarity
from qamus.model import KINDS, RELATION_TYPES, Entry, Match, Mention, Origin, Relation, Source

# The subpackage qamus.normalise shares its name with the function: importing the function
# last binds the name ``qamus.normalise`` to the function, which is what users call.
from qamus.normalise import (
    NormalisedText,
    name_key,
    normalise,
    normalise_arabic,
    normalise_latin,
    normalise_with_offsets,
)
from qamus.translit import (
    Scheme,
    Spelling,
    iter_spellings,
    schemes,
    spellings,
    transliterate,
    untransliterate,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "KINDS",
    "RELATION_TYPES",
    "Entry",
    "EntryNotFoundError",
    "Glossary",
    "GlossaryError",
    "InvalidOptionError",
    "Match",
    "Mention",
    "NormalisedText",
    "NotReversibleError",
    "Origin",
    "Problem",
    "QamusError",
    "Relation",
    "Scheme",
    "Source",
    "Spelling",
    "UnknownSchemeError",
    "check_paths",
    "iter_spellings",
    "load",
    "name_key",
    "normalise",
    "normalise_arabic",
    "normalise_latin",
    "normalise_with_offsets",
    "schemes",
    "shipped_glossary_path",
    "similarity",
    "spellings",
    "transliterate",
    "untransliterate",
]
