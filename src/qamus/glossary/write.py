"""Write entries as glossary TOML in the canonical layout.

>>> from qamus.model import Entry, Relation, Source
>>> e = Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب", variants=("Halab",),
...           relations=[Relation("located-in", "syria")],
...           sources=[Source("Aleppo", url="https://example.org/aleppo")])
>>> print(entry_to_toml(e), end="")
id = "aleppo"
kind = "place"
name = "Aleppo"
arabic = "حلب"
variants = [
  "Halab",
]
<BLANKLINE>
[relations]
located-in = ["syria"]
<BLANKLINE>
[[sources]]
title = "Aleppo"
url = "https://example.org/aleppo"
"""

from __future__ import annotations

import unicodedata

from qamus.glossary.schema import SOURCE_FIELDS
from qamus.model import RELATION_TYPES, Entry

__all__ = ["entry_to_toml", "shows_nothing", "toml_string", "variant_sort_key"]


def shows_nothing(char: str) -> bool:
    r"""Whether *char* shows nothing in an editor: a control, format or separator
    character, or a space other than U+0020 (an escape for one is kept to show it).

    >>> [shows_nothing(c) for c in " \u00a0\u200d\u2028\u0085ب"]
    [False, True, True, True, True, False]
    """
    category = unicodedata.category(char)
    return category in ("Cc", "Cf", "Zl", "Zp") or (category == "Zs" and char != " ")


def toml_string(value: str) -> str:
    """*value* as a TOML basic string: real characters, only the escapes TOML requires.

    >>> print(toml_string('say "hi"'), toml_string("لواء"), toml_string("a\\\\b"))
    "say \\"hi\\"" "لواء" "a\\\\b"
    """
    out = ['"']
    for char in value:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _multiline(value: str) -> str:
    if '"""' in value or "\\" in value or any(ord(c) < 0x20 and c not in "\n\t" for c in value):
        return toml_string(value)
    body = value if value.endswith("\n") else value + "\n"
    return f'"""\n{body}"""'


def variant_sort_key(variant: str) -> tuple[int, str, str]:
    """Latin spellings first, then Arabic; alphabetical without regard to case.

    >>> sorted(["حلب", "halab", "Alep"], key=variant_sort_key)
    ['Alep', 'halab', 'حلب']
    """
    arabic = any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in variant)
    return (1 if arabic else 0, variant.casefold(), variant)


def entry_to_toml(entry: Entry) -> str:
    """The canonical TOML text of *entry* (what ``qamus fmt`` produces from any layout)."""
    lines = [
        f"id = {toml_string(entry.id)}",
        f"kind = {toml_string(entry.kind)}",
        f"name = {toml_string(entry.name)}",
        f"arabic = {toml_string(entry.arabic)}",
    ]
    if entry.vocalised is not None:
        lines.append(f"vocalised = {toml_string(entry.vocalised)}")
    if entry.english is not None:
        lines.append(f"english = {toml_string(entry.english)}")
    if entry.variants:
        variants = sorted(dict.fromkeys(entry.variants), key=variant_sort_key)
        lines += ["variants = [", *(f"  {toml_string(v)}," for v in variants), "]"]
    if entry.wikidata is not None:
        lines.append(f"wikidata = {toml_string(entry.wikidata)}")
    if entry.notes is not None:
        lines.append(f"notes = {_multiline(entry.notes)}")
    if entry.relations:
        lines += ["", "[relations]"]
        extra = sorted({r.type for r in entry.relations} - set(RELATION_TYPES))
        for rel_type in (*RELATION_TYPES, *extra):
            targets = entry.related(rel_type)
            if targets:
                lines.append(f"{rel_type} = [{', '.join(toml_string(t) for t in targets)}]")
    for source in entry.sources:
        lines += ["", "[[sources]]"]
        for key in SOURCE_FIELDS:
            value = getattr(source, key)
            if value is not None:
                lines.append(f"{key} = {toml_string(value)}")
    return "\n".join(lines) + "\n"
