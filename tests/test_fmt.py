"""``qamus fmt``: canonical layout, idempotent, lossless, comments kept."""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qamus.glossary.files import read_text
from qamus.glossary.fmt import FormatError, format_text
from qamus.glossary.schema import FIELD_ORDER, SOURCE_FIELDS
from qamus.glossary.write import entry_to_toml, toml_string, variant_sort_key
from qamus.model import RELATION_TYPES, Entry
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


# -- any valid file -------------------------------------------------------------------------

_CONTROLS = "".join(map(chr, [*range(0x09), *range(0x0A, 0x20), 0x7F]))
# Characters that TOML, Unicode or fmt treat specially: line and paragraph separators, NEL,
# invisible spaces and joiners, bidi controls, BOM, quotes, brackets, marks that compose.
_TRICKY = "\u2028\u2029\u0085\u00a0\u200d\u200c\u200f\u202e\ufeff\u3000\t \"'#\\[]{}=,\u0301\u0653"
_chars = st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(_TRICKY))
_values = st.text(st.one_of(_chars, st.sampled_from("\n\r\x00")), max_size=12)
_comments = st.text(
    st.one_of(
        st.characters(exclude_categories=("Cs",), exclude_characters=_CONTROLS),
        st.sampled_from(_TRICKY),
    ),
    max_size=12,
).map(lambda s: "#" + s)


def _parses_to(literal: str, value: str) -> bool:
    try:
        return tomllib.loads(f"v = {literal}")["v"] == value
    except tomllib.TOMLDecodeError:
        return False


def _escape(char: str) -> str:
    return f"\\u{ord(char):04X}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08X}"


@st.composite
def _string_literals(draw: st.DrawFn, value: str) -> str:
    """*value* written as any of TOML's four kinds of string, escapes chosen at random."""
    rnd = draw(st.randoms(use_true_random=False))
    form = draw(st.sampled_from(["basic", "literal", "multi-line basic", "multi-line literal"]))
    candidates = {
        "literal": f"'{value}'",
        "multi-line literal": f"'''\n{value}'''",
        "multi-line basic": '"""\n'
        + "".join(
            c
            if c == "\n" or (c not in '"\\' and c not in _CONTROLS and rnd.random() < 0.8)
            else _escape(c)
            for c in value
        )
        + '"""',
    }
    literal = candidates.get(form)
    if literal is not None and _parses_to(literal, value):
        return literal
    return (
        '"'
        + "".join(
            c if c not in '"\\' and c not in _CONTROLS and rnd.random() < 0.8 else _escape(c)
            for c in value
        )
        + '"'
    )


@st.composite
def _valid_files(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """A valid file built from the glossary's fields, laid out at random: its text, its line
    ending and its comments."""
    comments: list[str] = []

    def comment() -> str:
        text = draw(_comments)
        comments.append(text)
        return text

    def trivia() -> list[str]:
        lines = draw(st.lists(st.sampled_from(["", "  ", None]), max_size=2))
        return [comment() if line is None else line for line in lines]

    def beside() -> str:
        return draw(st.sampled_from(["", " ", "\t"])) + comment() if draw(st.booleans()) else ""

    def array(values: list[str]) -> str:
        literals = [draw(_string_literals(v)) for v in values]
        if not draw(st.booleans()):
            return "[" + ", ".join(literals) + "]"
        lines = ["[" + beside()]
        for n, literal in enumerate(literals):
            lines += ["  " + c if c.strip() else c for c in trivia()]
            comma = "," if n < len(literals) - 1 or draw(st.booleans()) else ""
            lines.append(f"  {literal}{comma}{beside()}")
        lines += ["  " + c if c.strip() else c for c in trivia()]
        return "\n".join([*lines, "]"])

    def pair(key: str, value: str) -> list[str]:
        spacing = draw(st.sampled_from([" = ", "=", "  =\t"]))
        indent = draw(st.sampled_from(["", "", "  "]))
        written = draw(st.sampled_from([key, key, f'"{key}"']))
        return [*trivia(), f"{indent}{written}{spacing}{value}{beside()}"]

    def table(keys: Sequence[str], arrays: bool = False) -> list[str]:
        lines: list[str] = []
        for key in draw(st.permutations(draw(st.lists(st.sampled_from(keys), unique=True)))):
            if arrays or key == "variants":
                values = draw(st.lists(_values, max_size=4))
                lines += pair(
                    key, array(values + draw(st.lists(st.sampled_from(values or [""]), max_size=2)))
                )
            else:
                lines += pair(key, draw(_string_literals(draw(_values))))
        return lines

    top = [k for k in FIELD_ORDER if k not in ("relations", "sources")]
    tables = []
    if draw(st.booleans()):
        tables.append(["[relations]" + beside(), *table(tuple(RELATION_TYPES), arrays=True)])
    for _ in range(draw(st.integers(0, 2))):
        tables.append(["[[sources]]" + beside(), *table(SOURCE_FIELDS)])
    lines = [*trivia(), *table(top)]
    for section in draw(st.permutations(tables)):
        lines += [*trivia(), *section]
    lines += trivia()
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = "\n".join(lines) + "\n" * draw(st.integers(0, 2))
    return text.replace("\n", newline), newline, comments


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _formatted_data(data: Any, top: bool = True) -> Any:
    """What fmt promises the data becomes: NFC text, top-level variants sorted, no repeats."""
    if isinstance(data, str):
        return _nfc(data)
    if isinstance(data, list):
        return [_formatted_data(v, top=False) for v in data]
    if isinstance(data, dict):
        out = {_nfc(k): _formatted_data(v, top=False) for k, v in data.items()}
        if top and isinstance(out.get("variants"), list):
            out["variants"] = sorted(dict.fromkeys(out["variants"]), key=variant_sort_key)
        return out
    return data


def _nfc_everywhere(data: Any) -> Any:
    if isinstance(data, str):
        return _nfc(data)
    if isinstance(data, list):
        return [_nfc_everywhere(v) for v in data]
    if isinstance(data, dict):
        return {_nfc(k): _nfc_everywhere(v) for k, v in data.items()}
    return data


@given(_valid_files())
def test_fmt_keeps_any_valid_file_or_says_why_not(case: tuple[str, str, list[str]]) -> None:
    text, newline, comments = case
    data = tomllib.loads(text)
    try:
        once = format_text(text)
    except FormatError as exc:
        refused: FormatError | None = exc
    else:
        refused = None
    if refused is not None:
        assert refused.line is not None, refused  # the editor is told where
        # fmt refuses only text it cannot bring into NFC without rewriting a value it keeps
        # as written (escapes in a multi-line string, say); everything else it formats.
        assert _nfc_everywhere(data) != data, refused
        return
    assert tomllib.loads(once) == _formatted_data(data)
    assert format_text(once) == once
    if "\n" in text:  # the file's own line ending, kept
        assert once.count("\n") == once.count(newline)
    for comment in comments:
        assert _nfc(comment).rstrip(" \t") in once


# -- what editors met -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("# note\u2028 pasted comment", "# note\u2028 pasted comment"),
        ('notes = "one\u0085two"', 'notes = "one\u0085two"'),
        ("notes = 'a\u2029b'  # x\u2028y", 'notes = "a\u2029b"  # x\u2028y'),
    ],
)
def test_fmt_splits_lines_where_toml_does(line: str, written: str) -> None:
    formatted = format_text(f"{line}\nid = 'x'\n")
    comment_above_id = line.startswith("#")
    assert formatted == (f'{written}\nid = "x"\n' if comment_above_id else f'id = "x"\n{written}\n')
    assert format_text(formatted) == formatted


def test_fmt_keeps_crlf_line_endings() -> None:
    text = '# about\r\n\r\nname = \'X\'\r\nid = "x"\r\nnotes = """\r\nTwo\r\nlines.\r\n"""\r\n'
    formatted = format_text(text)
    assert formatted == (
        '# about\r\n\r\nid = "x"\r\nname = "X"\r\nnotes = """\r\nTwo\r\nlines.\r\n"""\r\n'
    )
    assert format_text(formatted) == formatted


def test_a_comment_between_sources_goes_with_the_source_below() -> None:
    text = (
        'id = "x"\n\n[[sources]]\ntitle = "A"\n# end of A\n\n# about B\n\n'
        '[[sources]]\ntitle = "B"\n'
    )
    assert format_text(text) == (
        'id = "x"\n\n[[sources]]\ntitle = "A"\n# end of A\n\n# about B\n[[sources]]\ntitle = "B"\n'
    )


def test_fmt_blank_lines() -> None:
    text = (
        '\n\n# file\n\n\n# about id\n\nid = "x"\n\n\nkind = "place"\n'
        '\n\n\n[relations]\n# none yet\n\n\n[[sources]]\n\n\ntitle = "A"\n\n\n# last\n\n\n'
    )
    assert format_text(text) == (
        '# file\n\n# about id\n\nid = "x"\nkind = "place"\n\n[relations]\n# none yet\n\n'
        '[[sources]]\ntitle = "A"\n\n# last\n'
    )


def test_fmt_keeps_a_new_entry_as_scaffolded_and_filled_in() -> None:
    from qamus.glossary.new import scaffold

    text = scaffold("aleppo", "place", "Aleppo", "حلب")
    assert format_text(text) == text
    filled = text.replace(
        "variants = [\n", 'variants = [\n  "Halab",\n  # seen in French\n  "Alep",  # Le Monde\n'
    )
    assert 'variants = [\n  # seen in French\n  "Alep",  # Le Monde\n  "Halab",\n  # spellings' in (
        format_text(filled)
    )


def test_fmt_keeps_every_comment_in_variants() -> None:
    text = (
        "variants = [  # seen in print\n  'B', # one\n  # above A\n  \"A\",\n"
        '  "B",  # two\n  # nothing below\n]  # end\n'
    )
    assert format_text(text) == (
        'variants = [  # seen in print\n  # above A\n  "A",\n  # two\n  "B",  # one\n'
        "  # nothing below\n]  # end\n"
    )


def test_fmt_keeps_a_repeats_comment_to_its_last_byte() -> None:
    # a repeat's comment moved above its variant keeps a no-break space it ends with;
    # only the spaces and tabs around it are layout
    text = 'variants = [\n  "B",  # one\n  "B",  # two\u00a0\n]\n'
    assert format_text(text) == 'variants = [\n  # two\u00a0\n  "B",  # one\n]\n'


def test_fmt_says_where_and_why_it_refuses() -> None:
    with pytest.raises(FormatError) as refused:
        format_text('id = "x"\n\nname = "X\n')
    assert (refused.value.line, refused.value.field) == (3, None)
    assert "not valid TOML" in refused.value.located("x.toml")
    assert refused.value.located("x.toml").startswith("x.toml:3: ")
    # A value fmt keeps as written (an array with a comment) that would not come out in NFC.
    text = 'id = "x"\n\n[relations]\nrelated-to = [\n  "e\\u0301",  # why\n]\n'
    with pytest.raises(FormatError) as refused:
        format_text(text)
    assert (refused.value.line, refused.value.field) == (4, "relations.related-to[0]")


def test_fmt_keeps_escapes_of_invisible_characters() -> None:
    text = (
        'name = "A\\u00a0B"\nenglish = "\\u0627\\u200d\\u0628\\u2028"\n'
        "variants = ['C\u00a0D', \"\\u0627\\u200C\\u0628\"]\n"
    )
    assert format_text(text) == (
        'name = "A\\u00A0B"\nenglish = "ا\\u200Dب\\u2028"\n'
        'variants = [\n  "C\u00a0D",\n  "ا\\u200Cب",\n]\n'
    )


def test_fmt_goes_on_after_a_file_it_leaves_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from qamus.cli import main

    files = {
        "a.toml": "kind = 'place'\nid = \"a\"\n",
        "b.toml": 'id = "b"\n\nname = "unterminated\n',
        "c.toml": "# note\u2028 pasted\nkind = 'place'\nid = \"c\"\n",
        "d.toml": b'id = "d"\nname = "\xff"\n',
    }
    for name, content in files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    assert main(["fmt", str(tmp_path)]) == 1
    assert (tmp_path / "a.toml").read_text(encoding="utf-8") == 'id = "a"\nkind = "place"\n'
    formatted = (tmp_path / "c.toml").read_text(encoding="utf-8")
    assert formatted == 'id = "c"\n# note\u2028 pasted\nkind = "place"\n'
    assert (tmp_path / "b.toml").read_text(encoding="utf-8") == files["b.toml"]
    assert (tmp_path / "d.toml").read_bytes() == files["d.toml"]
    err = capsys.readouterr().err
    assert f"{tmp_path / 'b.toml'}:3: not valid TOML" in err
    assert f"{tmp_path / 'd.toml'}:2: not UTF-8 text" in err
