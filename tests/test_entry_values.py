"""Entries built in code: clear errors for values of the wrong type, and for
unknown kinds and relation types asked of a glossary."""

from __future__ import annotations

import pytest

from qamus import Entry, Glossary, GlossaryError, QamusError, Relation, Source


def _entry(**fields: object) -> Entry:
    values: dict[str, object] = {
        "id": "hezbollah",
        "kind": "group",
        "name": "Hezbollah",
        "arabic": "حزب الله",
    }
    values.update(fields)
    return Entry(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("variants", "Hizballah"),
        ("variants", b"Hizballah"),
        ("relations", "part-of"),
        ("sources", "Some Press"),
    ],
)
def test_one_string_for_a_tuple_field_is_a_type_error(field: str, value: object) -> None:
    with pytest.raises(TypeError, match=rf"Entry {field} takes a tuple of values, not one"):
        _entry(**{field: value})


def test_the_type_error_shows_how_to_write_it() -> None:
    with pytest.raises(TypeError, match=r"write variants=\('Hizballah',\)"):
        _entry(variants="Hizballah")


def test_tuples_and_lists_still_do() -> None:
    entry = _entry(
        variants=["Hizballah"],
        relations=[Relation("located-in", "lebanon")],
        sources=(Source(title="A", url="https://example.org"),),
    )
    assert entry.variants == ("Hizballah",)
    assert entry.relations == (Relation("located-in", "lebanon"),)


@pytest.mark.parametrize("bad", [None, 3, b"hezbollah"])
def test_an_id_that_is_not_a_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=r"Entry id takes a str .* not "):
        _entry(id=bad)


def test_related_with_an_unknown_type_raises() -> None:
    g = Glossary([_entry()])
    with pytest.raises(QamusError, match=r"unknown relation type 'nonsense'; expected one of: "):
        g.related("hezbollah", "nonsense")
    with pytest.raises(QamusError, match=r"part-of, member-of"):
        g.related(g["hezbollah"], "nonsense")
    assert g.related("hezbollah", "part-of") == ()


def test_by_kind_with_an_unknown_kind_raises() -> None:
    g = Glossary([_entry()])
    with pytest.raises(QamusError, match=r"unknown kind 'groups'; expected one of: group, "):
        g.by_kind("groups")
    assert [e.id for e in g.by_kind("group")] == ["hezbollah"]
    assert g.by_kind("place") == ()


@pytest.mark.parametrize("bad_id", ["x y", "Aleppo", "al--bab", "-bab", ""])
def test_an_entry_built_in_code_has_a_slug_for_its_id(bad_id: str) -> None:
    entry = Entry(id=bad_id, kind="place", name="X", arabic="س")
    with pytest.raises(GlossaryError) as raised:
        Glossary([entry])
    assert [p.code for p in raised.value.problems] == ["Q105"]
