"""Editors' commands without a path: their own glossary folder, never the installed one."""

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


def test_fmt_and_check_work_on_the_glossary_folder_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    place = tmp_path / "glossary" / "place"
    place.mkdir(parents=True)
    (place / "x.toml").write_text("kind = 'place'\nid = \"x\"\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1  # the entry here lacks its name: this glossary was checked
    assert "x.toml" in capsys.readouterr().out
    assert main(["fmt"]) == 0
    assert (place / "x.toml").read_text(encoding="utf-8") == 'id = "x"\nkind = "place"\n'


def test_fmt_never_rewrites_the_installed_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = tmp_path / "site-packages" / "qamus" / "_glossary"
    (installed / "place").mkdir(parents=True)
    messy = installed / "place" / "x.toml"
    messy.write_text("kind = 'place'\nid = \"x\"\n", encoding="utf-8")
    monkeypatch.setattr("qamus.glossary.shipped_glossary_path", lambda: installed)
    monkeypatch.chdir(tmp_path)
    assert main(["fmt"]) == 1
    assert "--glossary" in capsys.readouterr().err
    assert messy.read_text(encoding="utf-8") == "kind = 'place'\nid = \"x\"\n"
