"""``qamus new`` without ``--glossary``: the editor's glossary folder, never the installed one."""

from __future__ import annotations

from pathlib import Path

import pytest

from qamus import cli
from qamus.cli import main


def test_new_writes_into_the_glossary_folder_of_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "glossary" / "place").mkdir(parents=True)
    work = tmp_path / "docs"
    work.mkdir()
    monkeypatch.chdir(work)  # a folder below the checkout: its glossary/ is found above
    assert main(["new", "place", "Deir Hafer", "دير حافر"]) == 0
    assert (tmp_path / "glossary" / "place" / "deir-hafer.toml").is_file()


def test_new_never_writes_into_the_installed_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = tmp_path / "site-packages" / "qamus" / "_glossary"
    (installed / "place").mkdir(parents=True)
    monkeypatch.setattr("qamus.glossary.shipped_glossary_path", lambda: installed)
    monkeypatch.chdir(tmp_path)  # no glossary/ here or above
    assert main(["new", "place", "Deir Hafer", "دير حافر"]) == 1
    assert "--glossary" in capsys.readouterr().err
    assert not list(installed.rglob("*.toml"))


def test_editors_glossary_reads_the_shipped_one_when_there_is_none_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "qamus" / "_glossary"
    monkeypatch.setattr("qamus.glossary.shipped_glossary_path", lambda: installed)
    monkeypatch.chdir(tmp_path)
    assert cli.editors_glossary(writing=False) == installed
