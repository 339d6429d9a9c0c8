"""``qamus match``: text and JSON output, bidi isolation, exit status."""

from __future__ import annotations

import json

import pytest

from qamus.cli import main

FSI, PDI = "\u2068", "\u2069"


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", "Liwa el-Baqer"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("  1. ")
    assert "liwa-al-baqir" in first
    assert f"{FSI}لواء الباقر{PDI}" in first


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", "--format", "json", "--limit", "2", "لواء الباقر"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["query"] == "لواء الباقر"
    assert answer["matches"][0]["id"] == "liwa-al-baqir"
    assert answer["matches"][0]["score"] == 1.0
    assert len(answer["matches"]) <= 2
    assert FSI not in json.dumps(answer, ensure_ascii=False)


def test_several_queries_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["match", "Liwa al-Baqir", "12345"]) == 1
    out = capsys.readouterr().out
    assert "liwa-al-baqir" in out
    assert f"No entry matches {FSI}12345{PDI}." in out


def test_kind_filter(capsys: pytest.CaptureFixture[str]) -> None:
    main(["match", "--kind", "person", "--format", "json", "Liwa al-Baqir"])
    answer = json.loads(capsys.readouterr().out)
    assert all(m["kind"] == "person" for m in answer["matches"])


def test_usage_errors() -> None:
    with pytest.raises(SystemExit):
        main(["match", "--limit", "0", "x"])
    with pytest.raises(SystemExit):
        main(["match", "--kind", "planet", "x"])


def test_queries_from_stdin_as_tsv(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a column of names cut from a spreadsheet: a row for every query, in order, a
    # query nothing matches (or an empty cell) keeping one row of its own
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Liwa el-Baqer\n12345\n\nLiwa el-Baqer\n"))
    assert main(["match", "-", "--format", "tsv", "--limit", "1"]) == 1
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [row[0] for row in rows] == ["Liwa el-Baqer", "12345", "", "Liwa el-Baqer"]
    assert all(len(row) == 8 for row in rows)
    assert (rows[0][1], rows[0][3]) == ("1", "liwa-al-baqir")
    assert 0.0 < float(rows[0][2]) <= 1.0
    assert rows[0][5] == "لواء الباقر"  # no bidi isolates in data
    assert rows[1][1:] == [""] * 7
    assert rows[3] == rows[0]


def test_queries_from_stdin_in_batches_as_jsonl(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from qamus.cli import match as match_cli

    monkeypatch.setattr(match_cli, "BATCH", 2)
    names = ["Liwa al-Baqir", "لواء الباقر", "Liwa el-Baqer", "Liwa al-Baqir", "Bakkara"]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{n}\n" for n in names)))
    assert main(["match", "Baqir Brigade", "-", "--format", "jsonl", "--limit", "1"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["query"] for a in answers] == ["Baqir Brigade", *names]
    assert [a["matches"][0]["id"] for a in answers[:5]] == ["liwa-al-baqir"] * 5
    assert answers[5]["matches"][0]["id"] == "bakkara"


def test_stdin_queries_as_json_are_a_list(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Liwa al-Baqir\n"))
    assert main(["match", "-", "--format", "json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert isinstance(answer, list)
    assert answer[0]["matches"][0]["id"] == "liwa-al-baqir"
