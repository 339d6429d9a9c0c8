"""``qamus find FILE...``: every glossary name in text files, with its offsets.

Reads each FILE (``-`` for standard input) as UTF-8, or as UTF-16 or UTF-32
when the file begins with their byte order mark, and prints one line per
mention: file, start, end (character offsets into the file's text, not
counting a byte order mark), the text
as written, and the entry id; as tab-separated values (``--format tsv``, the
default) or JSON lines (``--format jsonl``, with the score too: 1.0 for a name
found as spelled). ``--by-sound`` also matches runs of name-like words by sound,
as ``qamus match`` does, finding spellings no entry lists, at a far higher cost.
On a terminal, large inputs show a progress bar when the optional ``tqdm``
package is installed
(``pip install qamus[progress]``). A file that is not valid text in its
encoding (a byte that is not UTF-8, or a NUL byte, which UTF-16 without a byte
order mark has) is reported with the byte and line where it goes wrong, and
the other files are still searched. Exit status: 0 when names were found, 1
when none were, 2 for usage errors and when a file could not be read.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import attrs

from qamus.cli import add_glossary_option, load_glossary
from qamus.model import Mention

#: Inputs larger than this many characters get a progress bar on a terminal.
PROGRESS_FROM = 1_000_000
#: Lines read before a piece of the input is searched, at the next blank line.
_CHUNK_LINES = 2000
#: Lines after which a piece is searched even without a blank line.
_MOST_CHUNK_LINES = 50_000


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "find",
        help="find glossary names in text files",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    parser.add_argument("--format", choices=("tsv", "jsonl"), default="tsv")
    parser.add_argument(
        "--overlapping", action="store_true", help="report overlapping mentions too"
    )
    parser.add_argument(
        "--by-sound",
        action="store_true",
        help="also match runs of name-like words by sound, as qamus match does (slower)",
    )
    add_glossary_option(parser)
    parser.set_defaults(func=run)


def format_mention(name: str, mention: Mention, fmt: str) -> str:
    """One output line.

    >>> from qamus.model import Entry, Mention
    >>> e = Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")
    >>> format_mention("a.txt", Mention(3, 9, "Aleppo", e, "Aleppo"), "tsv")
    'a.txt\\t3\\t9\\tAleppo\\taleppo'
    """
    if fmt == "jsonl":
        return json.dumps(
            {
                "file": name,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "entry": mention.entry.id,
                "score": mention.score,
            },
            ensure_ascii=False,
        )
    text = mention.text.replace("\t", " ").replace("\n", " ")
    return f"{name}\t{mention.start}\t{mention.end}\t{text}\t{mention.entry.id}"


def _chunks(stream: TextIO) -> Iterator[str]:
    """The stream in pieces ending at a blank line, which no name runs over, so a name
    wrapped over two lines is never cut in two (a text with no blank line for
    :data:`_MOST_CHUNK_LINES` lines is cut at a line break)."""
    lines: list[str] = []
    for line in stream:
        lines.append(line)
        if len(lines) >= _CHUNK_LINES and (not line.strip() or len(lines) >= _MOST_CHUNK_LINES):
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def _progress(total: int, name: str) -> Any:
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="char", unit_scale=True, desc=name, file=sys.stderr, leave=False)


#: Byte order marks and the encodings they announce; UTF-32 first (its
#: little-endian mark begins with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BLOCK = 1 << 20


def encoding_of(path: Path) -> str:
    """The encoding to read *path* in: the one its byte order mark names, else UTF-8."""
    with path.open("rb") as f:
        head = f.read(4)
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), "utf-8")


def _where(path: Path, raw: bytes, at: int, lines: int, encoding: str) -> str:
    """``FILE: byte offset N (line L)`` for byte *at*; *raw* ends there, *lines* are before it."""
    line = lines + raw.decode(encoding, "replace").count("\n")
    return f"{path}: byte offset {at} (line {line})"


def unreadable(path: Path, encoding: str) -> str | None:
    """Why *path* cannot be read as text in *encoding*, or None when it can.

    A NUL byte in a file without a byte order mark is reported too: it is
    valid UTF-8, but text has none, and UTF-16 or UTF-32 without a byte order
    mark is full of them.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    done = 0  # bytes read before this block
    lines = 1  # the line the block begins in
    advice = "save it as UTF-8 and try again"
    with path.open("rb") as f:
        while True:
            block = f.read(_BLOCK)
            pending = decoder.getstate()[0]
            raw = pending + block
            start = done - len(pending)  # where raw begins in the file
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as error:
                where = _where(path, raw[: error.start], start + error.start, lines, encoding)
                name = "UTF-8" if encoding == "utf-8" else encoding.upper().removesuffix("-SIG")
                return f"{where}: not valid {name} ({error.reason}); {advice}"
            if encoding == "utf-8" and "\0" in text:
                nul = raw.index(b"\0")
                where = _where(path, raw[:nul], start + nul, lines, encoding)
                return (
                    f"{where}: a NUL byte, which text in UTF-8 does not have (is it UTF-16 "
                    f"or UTF-32 without a byte order mark?); {advice}"
                )
            if not block:
                return None
            lines += text.count("\n")
            done += len(block)


def _usage_problem(name: str) -> str | None:
    """What is wrong with FILE *name* before reading it, if anything."""
    if name == "-":
        return None
    path = Path(name)
    if path.is_dir():
        return (
            f"{name} is a folder, not a text file: give the files in it "
            f"(qamus find {Path(name, '*.txt')})"
        )
    if not path.is_file():
        return f"no such file: {name}"
    return None


def run(args: argparse.Namespace) -> int:
    problems = [p for p in map(_usage_problem, args.files) if p is not None]
    if problems:
        for problem in problems:
            print(f"qamus find: {problem}", file=sys.stderr)
        return 2
    glossary = load_glossary(args)
    found = 0
    failed = False
    for name in args.files:
        if name == "-":
            stream: TextIO = sys.stdin
            total = 0
        else:
            encoding = encoding_of(Path(name))
            why = unreadable(Path(name), encoding)
            if why is not None:
                print(f"qamus find: {why}", file=sys.stderr)
                failed = True
                continue
            stream = open(name, encoding=encoding, newline="")  # noqa: SIM115
            total = Path(name).stat().st_size
        bar = _progress(total, name)
        offset = 0
        try:
            for chunk in _chunks(stream):
                mentions = glossary.find(
                    chunk, overlapping=args.overlapping, by_sound=args.by_sound
                )
                for mention in mentions:
                    shifted = attrs.evolve(
                        mention, start=mention.start + offset, end=mention.end + offset
                    )
                    print(format_mention(name, shifted, args.format))
                    found += 1
                offset += len(chunk)
                if bar is not None:
                    bar.update(len(chunk.encode("utf-8")))
        finally:
            if bar is not None:
                bar.close()
            if stream is not sys.stdin:
                stream.close()
    if failed:
        return 2
    return 0 if found else 1
