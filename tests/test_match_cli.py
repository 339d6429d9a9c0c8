"""``qamus match``: text and JSON output, bidi isolation, exit status."""

from __future__ import annotations

import json

import pytest

from qamus.cli import main

FSI, PDI = "\u2068", "\u2069"


def _shipped_or_skip() -> None:
    from qamus.glossary import load

    try:
        glossary = load()
    except Exception as exc:
        pytest.skip(f"the shipped glossary does not load: {exc}")
    if "liwa-al-baqir" not in glossary:
        pytest.skip("liwa-al-baqir is not in the shipped glossary")


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    _shipped_or_skip()
    assert main(["match", "Liwa el-Baqer"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("  1. ")
    assert "liwa-al-baqir" in first
    assert f"{FSI}لواء الباقر{PDI}" in first


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    _shipped_or_skip()
    assert main(["match", "--format", "json", "--limit", "2", "لواء الباقر"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["query"] == "لواء الباقر"
    assert answer["matches"][0]["id"] == "liwa-al-baqir"
    assert answer["matches"][0]["score"] == 1.0
    assert len(answer["matches"]) <= 2
    assert FSI not in json.dumps(answer, ensure_ascii=False)


def test_several_queries_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    _shipped_or_skip()
    assert main(["match", "Liwa al-Baqir", "12345"]) == 1
    out = capsys.readouterr().out
    assert "liwa-al-baqir" in out
    assert f"No entry matches {FSI}12345{PDI}." in out


def test_kind_filter(capsys: pytest.CaptureFixture[str]) -> None:
    _shipped_or_skip()
    main(["match", "--kind", "person", "--format", "json", "Liwa al-Baqir"])
    answer = json.loads(capsys.readouterr().out)
    assert all(m["kind"] == "person" for m in answer["matches"])


def test_usage_errors() -> None:
    with pytest.raises(SystemExit):
        main(["match", "--limit", "0", "x"])
    with pytest.raises(SystemExit):
        main(["match", "--kind", "planet", "x"])
