"""Loading the shipped glossary and users' glossaries."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import qamus
from qamus.cli import main
from qamus.errors import EntryNotFoundError, QamusError
from qamus.glossary.check import check_entries
from qamus.glossary.write import entry_to_toml, variant_sort_key
from qamus.model import KINDS, Entry
from tests.strategies import entries, relation_types, with_relation


def test_shipped_glossary_passes_every_check() -> None:
    problems = qamus.check_paths()
    assert problems == [], "\n".join(map(str, problems))


def test_shipped_glossary_is_large_and_sourced(shipped: qamus.Glossary) -> None:
    assert len(shipped) >= 150
    assert set(shipped.kinds) <= set(KINDS)
    assert all(entry.sources for entry in shipped)


def test_seed_entries_are_present_and_linked(shipped: qamus.Glossary) -> None:
    baqir = shipped["liwa-al-baqir"]
    assert baqir.arabic == "لواء الباقر"
    assert "bakkara" in baqir.related("rooted-in")
    assert "local-defence-forces" in baqir.related("part-of")
    assert shipped["bakkara"].arabic == "البكارة"
    assert shipped["baggara"].arabic == "البقارة"
    assert shipped.not_same_as("bakkara", "baggara")
    assert shipped.not_same_as("baggara", "bakkara")
    assert shipped["khalid-al-marai"].arabic == "خالد المرعي"


def test_unknown_id_raises_qamus_error_with_suggestion(shipped: qamus.Glossary) -> None:
    with pytest.raises(EntryNotFoundError, match="did you mean 'aleppo'"):
        shipped["alepo"]
    with pytest.raises(QamusError):
        shipped["no-such-entry-at-all"]
    assert shipped.get("no-such-entry-at-all") is None


TOWN = """id = "test-town"
kind = "place"
name = "Test Town"
arabic = "بلدة"

[[sources]]
title = "A gazetteer"
publisher = "Example Press"
"""


def test_user_folder_alone(tmp_path: Path) -> None:
    (tmp_path / "place").mkdir()
    (tmp_path / "place" / "test-town.toml").write_text(TOWN, encoding="utf-8")
    alone = qamus.load(tmp_path)
    assert [e.id for e in alone] == ["test-town"]
    assert alone["test-town"].origin is not None


def test_user_folder_on_top_of_shipped(tmp_path: Path, shipped: qamus.Glossary) -> None:
    (tmp_path / "place").mkdir()
    (tmp_path / "place" / "test-town.toml").write_text(TOWN, encoding="utf-8")
    shipped_aleppo = qamus.shipped_glossary_path() / "place" / "aleppo.toml"
    (tmp_path / "place" / "aleppo.toml").write_text(
        shipped_aleppo.read_text(encoding="utf-8").replace(
            'name = "Aleppo"', 'name = "Aleppo City"'
        ),
        encoding="utf-8",
    )
    layered = qamus.load(tmp_path, include_shipped=True)
    assert len(layered) == len(shipped) + 1
    assert layered["aleppo"].name == "Aleppo City"
    assert layered["test-town"].name == "Test Town"


def test_missing_path_is_a_glossary_error(tmp_path: Path) -> None:
    with pytest.raises(qamus.GlossaryError, match="no such file or folder"):
        qamus.load(tmp_path / "nope")


def test_match_seed_names(shipped: qamus.Glossary) -> None:
    assert shipped.match("Bekara")[0].entry.id == "bakkara"
    assert shipped.match("لواء الباقر")[0].entry.id == "liwa-al-baqir"
    ids = {m.entry.id for m in shipped.match("Baggara")}
    assert {"bakkara", "baggara"} <= ids


@given(st.lists(entries(), min_size=1, max_size=4, unique_by=lambda e: e.id), st.data())
def test_valid_entries_round_trip_through_files_fmt_and_load(
    items: list[Entry], data: st.DataObject
) -> None:
    # Give some entries relations to others, as editors do.
    linked = []
    for item in items:
        others = [e.id for e in items if e.id != item.id]
        if others and data.draw(st.booleans()):
            target = data.draw(st.sampled_from(others))
            item = with_relation(item, data.draw(relation_types), target)  # noqa: PLW2901
        linked.append(item)
    # Skip draws whose random spellings collide after normalisation (a real Q201).
    assume(not check_entries(linked))
    with tempfile.TemporaryDirectory() as folder:
        for entry in linked:
            path = Path(folder) / entry.kind / f"{entry.id}.toml"
            path.parent.mkdir(exist_ok=True)
            path.write_text(entry_to_toml(entry), encoding="utf-8")
        assert main(["fmt", "--check", folder]) == 0
        loaded = qamus.load(folder)
    expected = {
        e.id: attrs.evolve(e, variants=sorted(e.variants, key=variant_sort_key)) for e in linked
    }
    assert {e.id: e for e in loaded} == expected


def test_cache_serves_the_same_entries_and_notices_edits(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    (folder / "place").mkdir(parents=True)
    town = folder / "place" / "test-town.toml"
    town.write_text(TOWN, encoding="utf-8")
    first = qamus.load(folder)
    assert list(Path(os.environ["QAMUS_CACHE_DIR"]).glob("glossary-*.json"))
    second = qamus.load(folder)
    assert list(second) == list(first)
    town.write_text(TOWN.replace("Test Town", "Test Village"), encoding="utf-8")
    assert qamus.load(folder)["test-town"].name == "Test Village"
    town.write_text(TOWN.replace('arabic = "بلدة"', 'arabic = "Town"'), encoding="utf-8")
    with pytest.raises(qamus.GlossaryError, match="Q300"):
        qamus.load(folder)


def test_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QAMUS_CACHE_DIR", "")
    (tmp_path / "place").mkdir()
    (tmp_path / "place" / "test-town.toml").write_text(TOWN, encoding="utf-8")
    assert len(qamus.load(tmp_path)) == 1


def test_cache_keeps_only_the_newest_files_of_a_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qamus.glossary.cache import KEEP_PER_GLOSSARY

    cache = tmp_path / "cache"
    monkeypatch.setenv("QAMUS_CACHE_DIR", str(cache))
    folder = tmp_path / "g"
    (folder / "place").mkdir(parents=True)
    town = folder / "place" / "test-town.toml"
    for n in range(5):  # five edits of one glossary: five cache keys
        town.write_text(TOWN.replace("Test Town", f"Test Town {n}"), encoding="utf-8")
        os.utime(town, ns=(n * 10**9, n * 10**9))
        assert qamus.load(folder)["test-town"].name == f"Test Town {n}"
    assert len(list(cache.glob("glossary-*.json"))) == KEEP_PER_GLOSSARY
    assert qamus.load(folder)["test-town"].name == "Test Town 4"


def test_cache_prune_keeps_other_glossaries_and_removes_stale_temporary_files(
    tmp_path: Path,
) -> None:
    from qamus.glossary.cache import KEEP, prune

    old = 10**9
    for n in range(KEEP + 3):  # other glossaries, oldest first
        path = tmp_path / f"glossary-other{n:02d}-key.json"
        path.write_text("[]", encoding="utf-8")
        os.utime(path, ns=(old + n, old + n))
    mine = tmp_path / "glossary-mine-new.json"
    mine.write_text("[]", encoding="utf-8")
    stale = tmp_path / "tmpabc.tmp"
    stale.write_text("[", encoding="utf-8")
    os.utime(stale, ns=(old, old))
    fresh = tmp_path / "tmpdef.tmp"  # another process is writing it now
    fresh.write_text("[", encoding="utf-8")
    prune(tmp_path, "mine-new")
    left = sorted(p.name for p in tmp_path.iterdir())
    others = [f"glossary-other{n:02d}-key.json" for n in range(4, KEEP + 3)]
    assert left == sorted([*others, mine.name, fresh.name])
    assert len(left) - 1 == KEEP
