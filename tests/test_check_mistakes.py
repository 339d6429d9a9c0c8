"""Editors' mistakes are all reported, where they are, and nothing else is."""

from __future__ import annotations

import datetime
import os
import shutil
from pathlib import Path

import pytest

import qamus
from qamus.cli import main
from qamus.errors import GlossaryError, Problem
from qamus.glossary import check_paths, shipped_glossary_path
from qamus.glossary.check import text_problems

SOURCE = '\n[[sources]]\ntitle = "A gazetteer"\npublisher = "Example Press"\n'
FAHIS = 'id = "fahis"\nkind = "term"\nname = "fahis"\narabic = "فاحص"\n' + SOURCE
SYRIA = 'id = "syria"\nkind = "place"\nname = "Syria"\narabic = "سوريا"\n' + SOURCE


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(problems: list[Problem]) -> list[tuple[str, str | None]]:
    return [(p.code, p.field) for p in problems]


def test_a_missing_field_does_not_hide_the_files_other_problems(tmp_path: Path) -> None:
    write(tmp_path, "place/syria.toml", SYRIA)
    write(
        tmp_path,
        "place/aleppo.toml",
        'id = "aleppo"\nkind = "place"\narabic = "Halab"\nvariants = ["Alep", "Alep"]\n'
        '\n[relations]\nlocated-in = ["nowhere", "aleppo", "syria"]\n' + SOURCE,
    )
    assert codes(check_paths(tmp_path)) == [
        ("Q102", None),
        ("Q300", "arabic"),
        ("Q307", "variants[1]"),
        ("Q202", "relations.located-in[0]"),
        ("Q203", "relations.located-in[1]"),
    ]


@pytest.mark.parametrize(
    "broken",
    [
        'id = "syria"\nkind = "place"\nname = "Syria\narabic = "سوريا"\n' + SOURCE,
        "\ufeff" + SYRIA,
        SYRIA.replace('name = "Syria"\n', ""),
        SYRIA.replace('id = "syria"\n', ""),
    ],
    ids=["toml-error", "bom", "no-name", "no-id"],
)
def test_links_to_an_entry_whose_file_fails_are_not_dangling(tmp_path: Path, broken: str) -> None:
    write(tmp_path, "place/syria.toml", broken)
    write(
        tmp_path,
        "place/aleppo.toml",
        'id = "aleppo"\nkind = "place"\nname = "Aleppo"\narabic = "حلب"\n'
        '\n[relations]\nlocated-in = ["syria"]\n' + SOURCE,
    )
    problems = check_paths(tmp_path)
    assert problems
    assert all(p.path.endswith("syria.toml") for p in problems if p.path), problems
    with pytest.raises(GlossaryError) as caught:
        qamus.load(tmp_path)
    assert "Q202" not in str(caught.value)


def test_no_suggestion_of_an_entry_declared_different(tmp_path: Path) -> None:
    write(
        tmp_path,
        "person/khalid-al-mithali.toml",
        'id = "khalid-al-mithali"\nkind = "person"\nname = "Khalid al-Mithali"\n'
        'arabic = "خالد المثالي"\n\n[relations]\nnot-same-as = ["khalid-al-mithli"]\n' + SOURCE,
    )
    write(
        tmp_path,
        "group/liwa.toml",
        'id = "liwa"\nkind = "group"\nname = "Liwa"\narabic = "لواء"\n'
        '\n[relations]\nled-by = ["khalid-al-mithli"]\n' + SOURCE,
    )
    problems = check_paths(tmp_path)
    assert {p.code for p in problems} == {"Q202"}
    assert all("did you mean" not in p.message for p in problems)


@pytest.fixture
def glossary_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(shipped_glossary_path(), tmp_path / "glossary")
    monkeypatch.chdir(tmp_path)
    return Path("glossary")


def test_one_file_or_folder_is_checked_against_the_whole_glossary(glossary_copy: Path) -> None:
    assert check_paths(glossary_copy / "place" / "aleppo.toml") == []
    assert check_paths(glossary_copy / "group") == []
    # A repeated id and a shared spelling are found against files not given.
    write(glossary_copy, "place/aleppo-2.toml", SYRIA.replace('"syria"', '"aleppo-2"'))
    found = check_paths(glossary_copy / "place" / "aleppo-2.toml")
    assert {(p.code, p.path, p.other_path) for p in found} == {
        ("Q201", "glossary/place/syria.toml", "glossary/place/aleppo-2.toml")
    }
    # Problems of other files are left out; one between two entries is kept.
    write(glossary_copy, "term/broken.toml", 'id = "broken"\n')
    assert check_paths(glossary_copy / "place") == found


def test_files_in_the_wrong_place_are_reported(glossary_copy: Path) -> None:
    person = (glossary_copy / "person" / "khalid-al-marai.toml").read_text(encoding="utf-8")
    aleppo = (glossary_copy / "place" / "aleppo.toml").read_text(encoding="utf-8")
    (glossary_copy / "person" / "khalid-al-marai.toml").unlink()
    (glossary_copy / "place" / "aleppo.toml").unlink()
    write(glossary_copy, "people/khalid-al-marai.toml", person)
    write(glossary_copy, "place/sub/aleppo.toml", aleppo)
    write(glossary_copy, "fahis.toml", FAHIS)
    write(glossary_copy, "term/fahis.txt", "x")
    write(glossary_copy, "term/fatwa.TOML", "x")
    write(glossary_copy, "term/README.md", "notes")
    write(glossary_copy, "term/.fahis.toml.swp", "x")
    found = {(p.code, p.path) for p in check_paths(glossary_copy)}
    assert found == {
        ("Q113", "glossary/people/khalid-al-marai.toml"),
        ("Q113", "glossary/place/sub/aleppo.toml"),
        ("Q113", "glossary/fahis.toml"),
        ("Q114", "glossary/term/fahis.txt"),
        ("Q114", "glossary/term/fatwa.TOML"),
    }
    with pytest.raises(GlossaryError) as caught:
        qamus.load(glossary_copy)
    assert {p.code for p in caught.value.problems} == {"Q113", "Q114"}
    message = str(caught.value)
    assert "glossary/person/khalid-al-marai.toml" in message


def test_a_file_given_that_is_not_toml_is_reported(
    glossary_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(glossary_copy, "term/fahis.txt", SYRIA)
    assert main(["check", "glossary/term/fahis.txt"]) == 1
    assert "Q114" in capsys.readouterr().out
    write(glossary_copy.parent, "notes.txt", "x")
    assert main(["check", "notes.txt"]) == 1
    assert "All checks passed." not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("Deir\u00a0ez-Zor", "Q310", "U+00A0 NO-BREAK SPACE"),
        ("Deir\u202fez-Zor", "Q310", "NARROW NO-BREAK SPACE"),
        ("Deir\u2009ez-Zor", "Q310", "THIN SPACE"),
        ("Deir\tez-Zor", "Q310", "'Deir ez-Zor'"),
        ("Deir  ez-Zor", "Q310", "two spaces"),
        ("Liwa ٣١٣", "Q312", "'Liwa 313'"),
    ],
)
def test_look_alike_characters_in_latin_text(text: str, code: str, words: str) -> None:
    [(found, message)] = text_problems(text, "latin")
    assert found == code
    assert words in message


def test_presentation_forms_and_persian_letters(tmp_path: Path) -> None:
    assert [c for c, _ in text_problems("\ufea3\ufee0\ufe90", "arabic")] == ["Q311"]
    write(tmp_path, "place/syria.toml", SYRIA)
    # Persian letters are fine in a variant, and in arabic when they are not mixed.
    write(
        tmp_path,
        "person/karimi.toml",
        'id = "karimi"\nkind = "person"\nname = "Karimi"\narabic = "کریمی"\n'
        'variants = ["کریمی زاده"]\n' + SOURCE,
    )
    write(
        tmp_path,
        "person/kabir.toml",
        'id = "kabir"\nkind = "person"\nname = "Kabir"\narabic = "کبير"\n' + SOURCE,
    )
    assert codes(check_paths(tmp_path)) == [("Q313", "arabic")]


def test_shipped_glossary_has_no_mixed_keyboards(shipped: qamus.Glossary) -> None:
    mixed = [
        e.id
        for e in shipped
        if any(c in e.arabic for c in "یک") and any(c in e.arabic for c in "يك")
    ]
    assert mixed == []


def test_each_array_item_has_its_own_index_and_line(tmp_path: Path) -> None:
    write(tmp_path, "place/syria.toml", SYRIA)
    write(
        tmp_path,
        "place/aleppo.toml",
        'id = "aleppo"\nkind = "place"\nname = "Aleppo"\narabic = "حلب"\nvariants = [\n'
        '  "Halab",\n  1,\n  ["nested"],\n  "",\n]\n\n[relations]\n'
        'backed-by = [42, "nowhere"]\n' + SOURCE,
    )
    found = [(p.code, p.field, p.line, p.column) for p in check_paths(tmp_path)]
    assert found == [
        ("Q103", "variants[1]", 7, 3),
        ("Q103", "variants[2]", 8, 3),
        ("Q305", "variants[3]", 9, 3),
        ("Q103", "relations.backed-by[0]", 13, 14),
        ("Q202", "relations.backed-by[1]", 13, 18),
    ]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("\ufeff" + SYRIA, 1, "byte-order mark"),
        (SYRIA.replace('"Syria"', "“Syria”"), 3, "curly quotes"),
        (SYRIA.replace('"Syria"', '"Syria'), 3, "string is not closed"),
        ('name = "Syria"\n' + SYRIA, 4, "given twice"),
        (SYRIA.replace('name = "Syria"', 'name = "Syria"\nvariants = ["a"\n "b"]'), 5, "comma"),
        (SYRIA + 'notes = """\nabc\n', 9, 'add the closing """'),
        (SYRIA.replace('"Example Press"', "Example"), 8, "in double quotes"),
    ],
)
def test_toml_errors_come_with_a_hint(tmp_path: Path, text: str, line: int, words: str) -> None:
    write(tmp_path, "place/syria.toml", text)
    problem = check_paths(tmp_path)[0]
    assert problem.code == "Q100"
    assert problem.line == line
    assert words in problem.message


def test_unquoted_date_and_latin1_file(tmp_path: Path) -> None:
    write(tmp_path, "place/syria.toml", SYRIA + "date = 2020-01-02\n")
    [problem] = check_paths(tmp_path)
    assert "datetime" not in problem.message
    assert 'an unquoted date 2020-01-02; expected a string in double quotes: "2020-01-02"' in (
        problem.message
    )
    (tmp_path / "place" / "syria.toml").write_bytes(
        FAHIS.replace("فاحص", "").replace('name = "fahis', 'name = "fahisé').encode("latin-1")
    )
    [problem] = check_paths(tmp_path)
    assert (problem.code, problem.line, problem.column) == ("Q112", 3, 14)


def test_an_entry_field_after_sources_is_explained(tmp_path: Path) -> None:
    write(tmp_path, "place/syria.toml", SYRIA + 'wikidata = "Q858"\n')
    [problem] = check_paths(tmp_path)
    assert "falls under the [[sources]] table above it" in problem.message
    assert "move it above the first [[sources]] line (line 6)" in problem.message
    assert "the first source" in problem.message


def test_minor_messages(tmp_path: Path) -> None:
    source = SOURCE.replace('title = "A gazetteer"', 'title = ""')
    source += '\n[[sources]]\ntitle = "B"\nurl = ""\n'
    source += '\n[[sources]]\ntitle = "C"\nurl = "HTTPS://example.org"\ndate = "3020"\n'
    write(
        tmp_path,
        "place/aleppo.toml",
        'id = "aleppo"\nkind = "place"\nname = "Aleppo"\narabic = "حلب"\n'
        f'variants = ["حلب", "{"x" * 1000}"]\n'
        '\n[relations]\nlocated-in = ["aleppo-x", "aleppo-x"]\n' + source,
    )
    problems = check_paths(tmp_path)
    by_field = {p.field: p for p in problems}
    assert sorted(codes(problems), key=str) == sorted(
        [
            ("Q307", "variants[0]"),
            ("Q202", "relations.located-in[0]"),
            ("Q204", "relations.located-in[1]"),
            ("Q305", "sources[0].title"),
            ("Q305", "sources[1].url"),
            ("Q108", "sources[2].date"),
        ],
        key=str,
    )
    assert "leave the field out" not in by_field["sources[0].title"].message
    assert "after today" in by_field["sources[2].date"].message
    assert "the third source" in by_field["sources[2].date"].message
    assert all(len(p.message) < 400 for p in problems)
    assert str(datetime.date.today().year + 1) not in by_field["variants[0]"].message


def test_invisible_character_column_is_exact(tmp_path: Path) -> None:
    write(tmp_path, "place/syria.toml", SYRIA.replace('"Syria"', '"Syr\u200fia"'))
    [problem] = check_paths(tmp_path)
    assert (problem.code, problem.line, problem.column) == ("Q302", 3, 12)


def test_long_values_are_shortened(tmp_path: Path) -> None:
    write(tmp_path, "place/syria.toml", SYRIA.replace('"سوريا"', '"' + "S" * 100_000 + '"'))
    [problem] = check_paths(tmp_path)
    assert problem.code == "Q300"
    assert len(problem.message) < 200
    assert "…" in problem.message


def test_check_of_a_file_in_the_current_folder(
    glossary_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(glossary_copy / "place")
    assert check_paths("aleppo.toml") == []
    assert os.path.exists("aleppo.toml")


def test_an_escape_shows_an_invisible_character_and_hides_no_visible_one(tmp_path: Path) -> None:
    # qamus fmt keeps an escape for a character an editor would not see; check agrees,
    # and asks for the character itself only where it is visible
    notes = 'notes = "Tigre\\u00A0: a no-break space before the colon"\n'
    write(tmp_path, "place/syria.toml", SYRIA.replace(SOURCE, notes + SOURCE))
    assert codes(check_paths(tmp_path)) == []
    write(tmp_path, "place/syria.toml", SYRIA.replace('"Syria"', '"Syri\\u0061"'))
    assert codes(check_paths(tmp_path)) == [("Q309", None)]


def test_lines_are_counted_as_toml_counts_them(tmp_path: Path) -> None:
    # a line separator pasted inside a string is no line break: the mistake below it is
    # reported on its own line
    text = SYRIA.replace(SOURCE, 'notes = "one\u2028two\u0085three"\nwikidata = "x"\n' + SOURCE)
    path = write(tmp_path, "place/syria.toml", text)
    found = [(p.code, p.field, p.line) for p in check_paths(path)]
    assert found == [("Q302", "notes", 5), ("Q107", "wikidata", 6)]
