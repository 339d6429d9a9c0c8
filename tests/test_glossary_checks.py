"""Every check reports a broken fixture with file, line, entry, field and what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from qamus.errors import GlossaryError
from qamus.glossary import check_paths, load
from qamus.glossary.check import check_entries
from qamus.glossary.schema import CODES
from qamus.model import Entry, Relation

BROKEN = Path(__file__).parent / "fixtures" / "broken"

# code -> (file inside the fixture, line, entry, field, words the message must contain)
EXPECTED = {
    "Q100": ("place/aleppo.toml", 3, "aleppo", None, "invalid TOML"),
    "Q101": ("place/aleppo.toml", 5, "aleppo", "varients", "did you mean 'variants'"),
    "Q102": ("place/aleppo.toml", 1, "aleppo", None, "'arabic' is missing"),
    "Q103": ("place/aleppo.toml", 5, "aleppo", "variants", "expected an array of strings"),
    "Q104": ("place/aleppo.toml", 1, "halab", "id", "expected the file to be named after its id"),
    "Q105": ("place/Aleppo_City.toml", 1, "Aleppo_City", "id", "lowercase ASCII"),
    "Q106": ("place/aleppo.toml", 2, "aleppo", "kind", "did you mean 'place'"),
    "Q107": ("place/aleppo.toml", 5, "aleppo", "wikidata", "Q12345"),
    "Q108": ("place/aleppo.toml", 9, "aleppo", "sources[0].date", "YYYY-MM-DD"),
    "Q109": ("place/aleppo.toml", 6, "aleppo", "sources[0]", "url or a publisher"),
    "Q110": ("place/aleppo.toml", 7, "aleppo", "relations.located_in", "did you mean 'located-in'"),
    "Q111": ("place/aleppo.toml", 8, "aleppo", "sources[0].url", "https://"),
    "Q112": ("place/aleppo.toml", 2, None, None, "byte 0xCD is not UTF-8"),
    "Q113": ("people/khalid-al-marai.toml", None, "khalid-al-marai", None, "which is not a kind"),
    "Q114": ("term/fahis.txt", None, "fahis", None, "is not a .toml file"),
    "Q200": ("place/aleppo.toml", 1, "aleppo", "id", "used twice"),
    "Q201": ("place/halab.toml", 3, "halab", "name", "also a spelling of 'aleppo'"),
    "Q202": ("place/aleppo.toml", 7, "aleppo", "relations.located-in[0]", "did you mean 'syria'"),
    "Q203": ("place/aleppo.toml", 7, "aleppo", "relations.located-in[0]", "itself"),
    "Q204": ("place/aleppo.toml", 7, "aleppo", "relations.located-in[1]", "'syria' twice"),
    "Q300": ("place/aleppo.toml", 4, "aleppo", "arabic", "expected Arabic script"),
    "Q301": ("place/aleppo.toml", 3, "aleppo", "name", "expected Latin script"),
    "Q302": ("place/aleppo.toml", 5, "aleppo", "variants[0]", "RIGHT-TO-LEFT MARK"),
    "Q303": ("place/aleppo.toml", 4, "aleppo", "arabic", "tatweel"),
    "Q304": ("place/aleppo.toml", 3, "aleppo", "name", "NFC"),
    "Q305": ("place/aleppo.toml", 5, "aleppo", "english", "empty string"),
    "Q306": ("place/aleppo.toml", 3, "aleppo", "name", "whitespace"),
    "Q307": ("place/aleppo.toml", 5, "aleppo", "variants[1]", "is the entry's name"),
    "Q308": ("place/aleppo.toml", 5, "aleppo", "vocalised", "without its marks"),
    "Q309": ("place/aleppo.toml", 4, "aleppo", None, "write the character itself"),
    "Q310": ("place/aleppo.toml", 3, "aleppo", "name", "expected an ordinary space: 'Aleppo City'"),
    "Q311": ("place/aleppo.toml", 4, "aleppo", "arabic", "expected the ordinary letters: 'حلب'"),
    "Q312": ("place/aleppo.toml", 5, "aleppo", "variants[0]", "expected ASCII digits: 'Halab 2'"),
    "Q313": ("place/aleppo.toml", 4, "aleppo", "arabic", "expected the Arabic letters: 'حلب كبير'"),
}


def test_every_code_has_a_fixture() -> None:
    assert sorted(EXPECTED) == sorted(CODES)
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(CODES)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_broken_fixture_reports_its_problem(code: str) -> None:
    file, line, entry, field, words = EXPECTED[code]
    problems = check_paths(BROKEN / code)
    # Each fixture breaks exactly one rule.
    assert [p.code for p in problems] == [code], [str(p) for p in problems]
    problem = problems[0]
    assert problem.path == str(BROKEN / code / file)
    assert problem.line == line
    assert problem.entry == entry
    assert problem.field == field
    assert words in problem.message
    assert str(problem).startswith(f"{BROKEN / code / file}:" + (f"{line}:" if line else ""))


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_load_raises_glossary_error_with_every_problem(code: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        load(BROKEN / code)
    assert [p.code for p in caught.value.problems] == [code]
    assert code in str(caught.value)


def test_all_problems_are_reported_not_just_the_first() -> None:
    problems = check_paths(*(BROKEN / code for code in ("Q101", "Q203", "Q307")))
    # Each fixture defines "aleppo", so the three together also repeat an id.
    assert {p.code for p in problems} == {"Q101", "Q200", "Q203", "Q307"}


def test_entries_built_in_code_are_checked_too() -> None:
    a = Entry(
        id="a", kind="group", name="Liwa A", arabic="لواء", relations=[Relation("part-of", "b")]
    )
    problems = check_entries([a, Entry(id="a", kind="grop", name="A ", arabic="A")])
    codes = sorted(p.code for p in problems)
    assert codes == ["Q106", "Q200", "Q202", "Q300", "Q306"]
    assert all(p.path is None and p.line is None for p in problems)


def test_not_same_as_allows_a_shared_spelling() -> None:
    a = Entry(
        id="bakkara",
        kind="tribe",
        name="Bakkara",
        arabic="البكارة",
        variants=("Baggara",),
        relations=[Relation("not-same-as", "baggara")],
    )
    b = Entry(id="baggara", kind="tribe", name="Baggara", arabic="البقارة")
    assert check_entries([a, b]) == []
    a_plain = Entry(
        id="bakkara", kind="tribe", name="Bakkara", arabic="البكارة", variants=("Baggara",)
    )
    assert [p.code for p in check_entries([a_plain, b])] == ["Q201"]
