"""``qamus transliterate`` and ``qamus spellings``."""

from __future__ import annotations

import argparse
import io

import pytest

from qamus.cli import transliterate as command


def _run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qamus")
    sub = parser.add_subparsers(dest="command", required=True)
    command.register(sub)
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


def test_transliterate_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["transliterate", "--scheme", "plain", "--capitalise", "لِوَاء", "البَاقِر"]) == 0
    assert capsys.readouterr().out == "Liwa al-Baqir\n"


def test_transliterate_all_schemes(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["transliterate", "--all", "الشَّام"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert lines["din31635"] == "aš-šām"
    assert lines["ala-lc"] == "al-shām"
    assert len(lines) == 7


def test_transliterate_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(["transliterate"], "حَلَب\nحِمْص\n", monkeypatch) == 0
    assert capsys.readouterr().out == "ḥalab\nḥimṣ\n"


def test_unknown_scheme_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["transliterate", "--scheme", "alalc", "حلب"]) == 2
    assert "did you mean 'ala-lc'" in capsys.readouterr().err


def test_spellings(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["spellings", "--limit", "3", "لواء", "الباقر"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Liwa al-Baqir"
    assert len(out) == 3


def test_spellings_of_a_numbered_unit(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["spellings", "--limit", "5", "الفرقة", "٢"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 5
    assert all(line.endswith(" 2") for line in out)


def test_transliterate_digits_and_marks(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["transliterate", "--all", "\u200fاللواء ٩٣"]) == 0
    lines = dict(line.split("\t") for line in capsys.readouterr().out.splitlines())
    assert all(out.endswith(" 93") and "\u200f" not in out for out in lines.values())


def test_spellings_bad_limit_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["spellings", "--limit", "0", "حلب"]) == 2
    assert "--limit" in capsys.readouterr().err


def test_main_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    cli = pytest.importorskip("qamus.cli")
    try:
        status = cli.main(["transliterate", "--scheme", "ijmes", "الشَّام"])
    except ImportError as exc:  # another subcommand module is not written yet
        pytest.skip(f"qamus command not assembled: {exc}")
    assert status == 0
    assert capsys.readouterr().out == "al-shām\n"
