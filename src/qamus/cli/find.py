"""``qamus find FILE...``: every glossary name in text files, with its offsets.

Reads each FILE (``-`` for standard input) as UTF-8 and prints one line per
mention: file, start, end (character offsets into the file's text), the text
as written, and the entry id; as tab-separated values (``--format tsv``, the
default) or JSON lines (``--format jsonl``, with the score too: 1.0 for a name
found as spelled). ``--by-sound`` also matches runs of name-like words by sound,
as ``qamus match`` does, finding spellings no entry lists, at a far higher cost.
On a terminal, large inputs show a progress bar when the optional ``tqdm``
package is installed
(``pip install qamus[progress]``). Exit status: 0 when names were found, 1
when none were, 2 for usage errors.
"""

from __future__ import annotations

import argparse
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


def run(args: argparse.Namespace) -> int:
    missing = [f for f in args.files if f != "-" and not Path(f).is_file()]
    if missing:
        print(f"qamus find: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    glossary = load_glossary(args)
    found = 0
    for name in args.files:
        if name == "-":
            stream: TextIO = sys.stdin
            total = 0
        else:
            stream = open(name, encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
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
    return 0 if found else 1
