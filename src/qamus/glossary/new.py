"""Scaffolds for new glossary entries."""

from __future__ import annotations

import re
from functools import cache

import icu

from qamus.glossary.write import toml_string

__all__ = ["scaffold", "slug"]


@cache
def _to_ascii() -> icu.Transliterator:
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Lower")


def slug(name: str) -> str:
    """An entry id made from *name*: lowercase ASCII words joined by hyphens.

    >>> slug("Hay’at Tahrir al-Sham"), slug("Deir ez-Zor"), slug("Khalid al-Mara‘i")
    ('hayat-tahrir-al-sham', 'deir-ez-zor', 'khalid-al-marai')
    """
    ascii_text = str(_to_ascii().transliterate(name))
    ascii_text = re.sub(r"['`\u2018\u2019\u02bc\u02bb]", "", ascii_text)
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))


def scaffold(entry_id: str, kind: str, name: str, arabic: str) -> str:
    """The text of a new entry file, with every field visible and explained.

    >>> print(scaffold("aleppo", "place", "Aleppo", "حلب").splitlines()[0])
    id = "aleppo"
    """
    return f"""id = {toml_string(entry_id)}
kind = {toml_string(kind)}
name = {toml_string(name)}
arabic = {toml_string(arabic)}
# vocalised = ""  # fully vowelled Arabic, only where certain
# english = ""  # a gloss or translation
variants = [
  # spellings writers actually use, in either script, each seen in print
]
# wikidata = "Q..."  # only once verified
notes = \"\"\"
\"\"\"

[relations]
# part-of = ["an-entry-id"]
# not-same-as = ["a-look-alike-id"]

[[sources]]
title = ""
url = ""
# publisher = ""
# author = ""
# date = "YYYY-MM-DD"
"""
