"""``qamus fmt``: canonical layout, idempotent, lossless, comments kept."""

from __future__ import annotations

import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.glossary.files import read_text
from qamus.glossary.fmt import FormatError, format_text
from qamus.glossary.write import entry_to_toml, toml_string, variant_sort_key
from qamus.model import Entry
from tests.strategies import entries


def _quote(value: str, single: bool) -> str:
    if single and "'" not in value and "\n" not in value:
        return f"'{value}'"
    return toml_string(value)


@st.composite
def scrambled_files(draw: st.DrawFn) -> tuple[Entry, str, list[str]]:
    """An entry, a file for it in a messy but valid layout, and the comments in that file."""
    entry = draw(entries())
    single = draw(st.booleans())
    top = {
        "id": entry.id,
        "kind": entry.kind,
        "name": entry.name,
        "arabic": entry.arabic,
        "english": entry.english,
        "wikidata": entry.wikidata,
        "notes": entry.notes,
    }
    lines_by_key = {k: f"{k}={_quote(v, single)}" for k, v in top.items() if v is not None}
    if entry.variants:
        repeated = list(entry.variants) + draw(
            st.lists(st.sampled_from(entry.variants), max_size=2)
        )
        shuffled = draw(st.permutations(repeated))
        lines_by_key["variants"] = (
            "variants = [\n" + "".join(f"    {_quote(v, single)},\n" for v in shuffled) + "]"
        )
    order = draw(st.permutations(list(lines_by_key)))
    comments: list[str] = []
    out: list[str] = []
    for n, key in enumerate(order):
        if draw(st.booleans()):
            comment = f"# note {n} about {key}"
            comments.append(comment)
            out.append(comment)
        out.append(lines_by_key[key])
    for n, source in enumerate(entry.sources):
        out.append("")
        out.append("[[sources]]")
        fields = [(k, getattr(source, k)) for k in ("url", "publisher", "title", "date")]
        for key, value in draw(st.permutations(fields)):
            if value is not None:
                out.append(f"{key} = {_quote(value, single)}")
        if draw(st.booleans()):
            comment = f"# source {n} checked"
            comments.append(comment)
            out.append(comment)
    return entry, "\n".join(out) + "\n" * draw(st.integers(0, 3)), comments


def _read(text: str) -> Entry:
    entry, problems = read_text(text, "x.toml")
    assert entry is not None, problems
    return entry


def _same_up_to_variant_order(entry: Entry) -> Entry:
    """fmt sorts variants and drops repeats; everything else must be kept as it was."""
    return attrs.evolve(entry, variants=sorted(set(entry.variants), key=variant_sort_key))


@given(scrambled_files())
def test_fmt_keeps_the_entry_and_every_comment(case: tuple[Entry, str, list[str]]) -> None:
    entry, text, comments = case
    formatted = format_text(text)
    before, after = _read(text), _read(formatted)
    assert _same_up_to_variant_order(before) == _same_up_to_variant_order(entry)
    assert after == _same_up_to_variant_order(before)
    for comment in comments:
        assert comment in formatted


@given(scrambled_files())
def test_fmt_is_idempotent(case: tuple[Entry, str, list[str]]) -> None:
    once = format_text(case[1])
    assert format_text(once) == once
    assert once.endswith("\n")
    assert not once.endswith("\n\n")


@given(entries())
def test_canonical_writer_is_what_fmt_produces(entry: Entry) -> None:
    text = entry_to_toml(entry)
    assert format_text(text) == text
    assert _read(text) == _same_up_to_variant_order(entry)


def test_fmt_sorts_and_deduplicates_variants_and_unescapes() -> None:
    text = (
        'id = "aleppo"\nkind = "place"\nname = "Aleppo"\narabic = "\\u062D\\u0644\\u0628"\n'
        "variants = ['Halab', \"Alep\", \"حلب الشهباء\", 'Halab']\n"
    )
    formatted = format_text(text)
    assert 'arabic = "حلب"' in formatted
    assert 'variants = [\n  "Alep",\n  "Halab",\n  "حلب الشهباء",\n]' in formatted


def test_fmt_makes_text_nfc() -> None:
    formatted = format_text('name = "Ale\u0301ppo"\n')
    assert formatted == 'name = "Al\u00e9ppo"\n'


def test_fmt_refuses_invalid_toml() -> None:
    with pytest.raises(FormatError, match="not valid TOML"):
        format_text('name = "unterminated\n')


def test_fmt_leaves_the_shipped_glossary_unchanged() -> None:
    from qamus.glossary import shipped_glossary_path
    from qamus.glossary.files import glossary_files

    changed = [
        str(f)
        for f in glossary_files(shipped_glossary_path())
        if format_text(f.read_text(encoding="utf-8")) != f.read_text(encoding="utf-8")
    ]
    assert changed == []


def test_fmt_keeps_unknown_tables_and_values(tmp_path: Path) -> None:
    text = 'id = "x"\nextra = 1.5  # mine\n\n[custom]\nkey = [1, 2]\n'
    formatted = format_text(text)
    assert tomllib.loads(formatted) == tomllib.loads(text)
    assert "# mine" in formatted
