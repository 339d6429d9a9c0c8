"""Loading the shipped glossary and users' glossaries."""

from __future__ import annotations

from pathlib import Path

import pytest

import qamus
from qamus.errors import EntryNotFoundError, QamusError
from qamus.model import KINDS


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
        shipped_aleppo.read_text(encoding="utf-8").replace('name = "Aleppo"', 'name = "Aleppo City"'),
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
