"""The ``qamus`` command: check, fmt and new (the other verbs are tested beside their code)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qamus.cli import main
from qamus.glossary import shipped_glossary_path

BROKEN = Path(__file__).parent / "fixtures" / "broken"


def test_check_shipped_glossary_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "All checks passed." in capsys.readouterr().out


def test_check_reports_problems_like_a_compiler(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(BROKEN / "Q202")]) == 1
    out = capsys.readouterr().out
    assert f"{BROKEN / 'Q202' / 'place' / 'aleppo.toml'}:7:15: Q202 [aleppo]" in out
    assert "did you mean 'syria'?" in out


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(BROKEN / "Q101")]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    assert problem["code"] == "Q101"
    assert problem["line"] == 5
    assert problem["entry"] == "aleppo"


def test_check_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "/no/such/folder"]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--format", "yaml"])
    assert exit_info.value.code == 2


def test_fmt_check_then_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "place" / "x.toml"
    target.parent.mkdir()
    target.write_text("kind = 'place'\nid = \"x\"  # keep me\n", encoding="utf-8")
    assert main(["fmt", "--check", str(tmp_path)]) == 1
    assert "would reformat" in capsys.readouterr().out
    assert main(["fmt", str(tmp_path)]) == 0
    assert target.read_text(encoding="utf-8") == 'id = "x"  # keep me\nkind = "place"\n'
    assert main(["fmt", "--check", str(tmp_path)]) == 0


def test_fmt_leaves_broken_toml_alone(tmp_path: Path) -> None:
    shutil.copytree(BROKEN / "Q100", tmp_path / "g")
    file = tmp_path / "g" / "place" / "aleppo.toml"
    before = file.read_bytes()
    assert main(["fmt", str(tmp_path / "g")]) == 1
    assert file.read_bytes() == before


def test_fmt_check_passes_on_shipped_glossary() -> None:
    assert main(["fmt", "--check", str(shipped_glossary_path())]) == 0


def test_new_scaffolds_a_named_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "place", "Deir Hafer", "دير حافر", "--glossary", str(tmp_path)]) == 0
    path = tmp_path / "place" / "deir-hafer.toml"
    text = path.read_text(encoding="utf-8")
    assert 'arabic = "دير حافر"' in text
    assert 'id = "deir-hafer"' in text
    # The scaffold parses, and check points the editor at the blanks left to fill.
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "Q305" in out
    assert main(["new", "place", "Deir Hafer", "دير حافر", "--glossary", str(tmp_path)]) == 2


def test_new_rejects_an_unknown_kind() -> None:
    with pytest.raises(SystemExit):
        main(["new", "village", "X", "س"])
