"""The transliteration schemes qamus knows, and looking one up by id."""

from __future__ import annotations

import difflib

import attrs

from qamus.errors import UnknownSchemeError

__all__ = ["SCHEMES", "Scheme", "get_scheme", "schemes"]


@attrs.frozen
class Scheme:
    """A romanisation standard qamus implements as an ICU rule file.

    >>> get_scheme("din31635").title
    'DIN 31635'
    >>> get_scheme("buckwalter").reversible
    True
    """

    #: The id passed as ``scheme=`` and used in the rule file's name.
    id: str
    #: A short human title.
    title: str
    #: Full citation of the standard the rules follow.
    reference: str
    #: Whether :func:`qamus.translit.untransliterate` can undo it losslessly.
    reversible: bool


SCHEMES: tuple[Scheme, ...] = (
    Scheme(
        id="ala-lc",
        title="ALA-LC",
        reference=(
            "American Library Association and Library of Congress, ALA-LC Romanization "
            "Tables: Arabic. Washington, DC: Library of Congress, 2012."
        ),
        reversible=False,
    ),
    Scheme(
        id="ijmes",
        title="IJMES",
        reference=(
            "International Journal of Middle East Studies, IJMES Translation and "
            "Transliteration Guide: Transliteration System for Arabic, Persian, and "
            "Turkish. Cambridge University Press."
        ),
        reversible=False,
    ),
    Scheme(
        id="din31635",
        title="DIN 31635",
        reference=(
            "Deutsches Institut für Normung, DIN 31635:2011-07 Information und "
            "Dokumentation - Umschrift des arabischen Alphabets für die Sprachen "
            "Arabisch, Osmanisch-Türkisch, Persisch, Kurdisch, Urdu und Paschtu. Berlin: "
            "Beuth, 2011."
        ),
        reversible=False,
    ),
    Scheme(
        id="iso233",
        title="ISO 233",
        reference=(
            "International Organization for Standardization, ISO 233:1984 Documentation - "
            "Transliteration of Arabic characters into Latin characters. Geneva: ISO, 1984."
        ),
        reversible=True,
    ),
    Scheme(
        id="buckwalter",
        title="Buckwalter",
        reference=(
            "Tim Buckwalter, Buckwalter Arabic Morphological Analyzer Version 1.0, "
            "LDC2002L49. Philadelphia: Linguistic Data Consortium, 2002 "
            "(transliteration table)."
        ),
        reversible=True,
    ),
    Scheme(
        id="bgn-pcgn",
        title="BGN/PCGN 1956",
        reference=(
            "United States Board on Geographic Names and Permanent Committee on "
            "Geographical Names for British Official Use, Romanization of Arabic: "
            "BGN/PCGN 1956 System (revised presentation, 2019)."
        ),
        reversible=False,
    ),
    Scheme(
        id="plain",
        title="Plain (newsroom)",
        reference=(
            "qamus plain style: newsroom romanisation without diacritics, with ‘ for "
            "ayn and ’ for hamza, as in qamus's glossary (al-Mara‘i, Hay’at Tahrir "
            "al-Sham, Liwa al-Baqir)."
        ),
        reversible=False,
    ),
)

_BY_ID = {s.id: s for s in SCHEMES}


def schemes() -> tuple[Scheme, ...]:
    """Every scheme qamus implements, in documentation order.

    >>> [s.id for s in schemes()]
    ['ala-lc', 'ijmes', 'din31635', 'iso233', 'buckwalter', 'bgn-pcgn', 'plain']
    """
    return SCHEMES


def get_scheme(scheme_id: str) -> Scheme:
    """The scheme called *scheme_id*; :class:`~qamus.errors.UnknownSchemeError` if none is.

    >>> get_scheme("alalc")
    Traceback (most recent call last):
    ...
    qamus.errors.UnknownSchemeError: unknown transliteration scheme 'alalc' (did you mean ...
    """
    found = _BY_ID.get(scheme_id) if isinstance(scheme_id, str) else None
    if found is not None:
        return found
    valid = ", ".join(_BY_ID)
    guess = difflib.get_close_matches(str(scheme_id).lower(), list(_BY_ID), n=1, cutoff=0.5)
    hint = f" (did you mean {guess[0]!r}?)" if guess else ""
    raise UnknownSchemeError(
        f"unknown transliteration scheme {scheme_id!r}{hint}; valid schemes: {valid}"
    )
