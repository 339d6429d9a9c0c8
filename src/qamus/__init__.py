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

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from qamus.errors import (
    EntryNotFoundError,
    GlossaryError,
    NotReversibleError,
    Problem,
    QamusError,
    UnknownSchemeError,
)
from qamus.glossary import Glossary, check_paths, load, shipped_glossary_path
from qamus.model import KINDS, RELATION_TYPES, Entry, Match, Mention, Origin, Relation, Source

if TYPE_CHECKING:
    from qamus.match import similarity
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

try:
    __version__ = version("qamus")
except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0.0.0"

#: Names re-exported from subpackages, imported on first use so ``import qamus`` stays fast.
_LAZY = {
    "NormalisedText": "qamus.normalise",
    "name_key": "qamus.normalise",
    "normalise": "qamus.normalise",
    "normalise_arabic": "qamus.normalise",
    "normalise_latin": "qamus.normalise",
    "normalise_with_offsets": "qamus.normalise",
    "Scheme": "qamus.translit",
    "Spelling": "qamus.translit",
    "iter_spellings": "qamus.translit",
    "schemes": "qamus.translit",
    "spellings": "qamus.translit",
    "transliterate": "qamus.translit",
    "untransliterate": "qamus.translit",
    "similarity": "qamus.match",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'qamus' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "KINDS",
    "RELATION_TYPES",
    "Entry",
    "EntryNotFoundError",
    "Glossary",
    "GlossaryError",
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
