"""``qamus find``: TSV and JSON lines, offsets into each file, stdin, exit status."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from qamus.cli import main

TEXT = "Reports from Aleppo.\r\nقاتل ولواء الباقر هناك.\nLiwa al-Baqir again.\n"


def test_tsv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    assert main(["find", str(path)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [r[4] for r in rows] == ["aleppo", "liwa-al-baqir", "liwa-al-baqir"]
    for name, start, end, text, _ in rows:
        assert name == str(path)
        assert TEXT[int(start) : int(end)] == text


def test_jsonl_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("in Aleppo today"))
    assert main(["find", "--format", "jsonl", "-"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {
        "file": "-",
        "start": 3,
        "end": 9,
        "text": "Aleppo",
        "entry": "aleppo",
        "score": 1.0,
    }


def test_by_sound(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Fighters of Liwa al-Bakker, in Aleppo."
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["find", "-"]) == 0
    plain = [line.split("\t")[3] for line in capsys.readouterr().out.splitlines()]
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["find", "--by-sound", "--format", "jsonl", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "Liwa al-Bakker" not in plain
    assert [(r["text"], r["entry"]) for r in rows] == [
        ("Liwa al-Bakker", "liwa-al-baqir"),
        ("Aleppo", "aleppo"),
    ]
    assert 0.8 <= rows[0]["score"] < 1.0 == rows[1]["score"]


def test_a_name_wrapped_over_two_lines_is_found_in_a_long_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the file is searched in pieces, cut at blank lines, which no name runs over
    lines = ["nothing here\n"] * 4000
    for at in (1999, 2999):  # a name over a line break, where a cut could fall
        lines[at : at + 2] = ["Liwa al-\n", "Baqir fought there.\n"]
    lines[3500] = "\n"
    text = "".join(lines)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["find", str(path)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(r[4], text[int(r[1]) : int(r[2])]) for r in rows] == [
        ("liwa-al-baqir", "Liwa al-\nBaqir")
    ] * 2


def test_nothing_found(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("nothing to see here\n", encoding="utf-8")
    assert main(["find", str(path)]) == 1


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "/no/such/file.txt"]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_names_the_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = tmp_path / "news.txt"
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert main(["find", str(path)]) == 0
    captured = capsys.readouterr()
    rows = [line.split("\t") for line in captured.out.splitlines()]
    assert [r[4] for r in rows] == ["aleppo", "liwa-al-baqir", "liwa-al-baqir"]
    # offsets into the text, the byte order mark not counted
    assert [TEXT[int(r[1]) : int(r[2])] for r in rows] == [r[3] for r in rows]
    assert "\0" not in captured.out
    assert not captured.err


def test_a_file_not_in_utf8_is_reported_and_the_others_searched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("in Aleppo\nCafé Liwa al-Baqir\n".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("in Aleppo\n", encoding="utf-8")
    assert main(["find", str(bad), str(good)]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{good}\t3\t9\tAleppo\taleppo"]
    assert f"{bad}: byte offset 13 (line 2): not valid UTF-8" in captured.err
    assert "save it as UTF-8" in captured.err


def test_utf16_without_a_byte_order_mark_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes("Hezbollah\nحزب الله\n".encode("utf-16-le"))
    assert main(["find", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{path}: byte offset 1 (line 1): a NUL byte" in captured.err
    assert "UTF-16" in captured.err


def test_a_file_cut_inside_a_character_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes("Aleppo\nحلب".encode()[:-1])
    assert main(["find", str(path)]) == 2
    assert f"{path}: byte offset 11 (line 2): not valid UTF-8" in capsys.readouterr().err


def test_a_folder_is_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path} is a folder, not a text file" in err
    assert "no such file" not in err
