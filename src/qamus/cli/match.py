"""``qamus match QUERY...``: the glossary entries a name, in any spelling, refers to.

Prints one line per match: rank, score, entry id, name, Arabic and why it
matched. Arabic is wrapped in Unicode bidi isolates so mixed lines display in
order in a terminal. ``--format json`` prints plain JSON instead. A QUERY of
``-`` reads queries from standard input, one per line (a column of names cut
from a spreadsheet), matched in batches as they come; ``--format tsv`` prints
one tab-separated line per match (query, rank, score, id, name, Arabic,
spelling, reason; a query nothing matches gets one line with the query alone)
and ``--format jsonl`` one JSON object per query, both without bidi isolates.
Exit status: 0 when every query matched, 1 when one did not, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from qamus.cli import add_glossary_option, load_glossary
from qamus.match.phonetic import script_of
from qamus.model import KINDS, Match

FSI = "\u2068"
PDI = "\u2069"


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "match",
        help="match names in any spelling to glossary entries",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument(
        "queries", nargs="+", metavar="QUERY", help="names to match, or - for one per line of stdin"
    )
    parser.add_argument(
        "--kind",
        choices=sorted(KINDS),
        action="append",
        help="only entries of this kind (repeatable)",
    )
    parser.add_argument(
        "--limit",
        type=_positive,
        default=5,
        metavar="N",
        help="at most N matches per query (default 5)",
    )
    parser.add_argument(
        "--min-score",
        type=_score,
        default=0.6,
        metavar="S",
        help="only matches scoring at least S, 0..1 (default 0.6)",
    )
    parser.add_argument("--format", choices=("text", "json", "tsv", "jsonl"), default="text")
    parser.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="match in N processes, or 'auto' for one per CPU: for long lists (default 1)",
    )
    add_glossary_option(parser)
    parser.set_defaults(func=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a score from 0 to 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a score from 0 to 1, got {value}")
    return value


def _workers(text: str) -> int | None:
    return None if text == "auto" else _positive(text)


def isolate(text: str) -> str:
    """*text* between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.

    >>> isolate("حلب") == "\\u2068حلب\\u2069"
    True
    """
    return f"{FSI}{text}{PDI}"


def format_match(rank: int, match: Match) -> str:
    """One line of text output.

    >>> from qamus.model import Entry, Match
    >>> e = Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")
    >>> format_match(1, Match(e, 0.97, "sounds like the Arabic 'حلب'", "حلب"))
    "  1. 0.97  aleppo  Aleppo  \\u2068حلب\\u2069  sounds like the Arabic '\\u2068حلب\\u2069'"
    """
    entry = match.entry
    reason = match.reason
    if entry.arabic and entry.arabic in reason:
        reason = reason.replace(entry.arabic, isolate(entry.arabic))
    elif match.spelling in reason and script_of(match.spelling) == "arabic":
        reason = reason.replace(match.spelling, isolate(match.spelling))
    return (
        f"{rank:>3}. {match.score:.2f}  {entry.id}  {entry.name}  {isolate(entry.arabic)}  {reason}"
    )


def as_json(match: Match) -> dict[str, object]:
    """One match as plain data."""
    return {
        "id": match.entry.id,
        "kind": match.entry.kind,
        "name": match.entry.name,
        "arabic": match.entry.arabic,
        "score": match.score,
        "reason": match.reason,
        "spelling": match.spelling,
    }


#: Answers are printed this many queries at a time (and at the end).
BATCH = 1000


def _queries(arguments: Iterable[str]) -> Iterator[str]:
    """The queries: each argument, and for ``-`` each line of standard input."""
    for argument in arguments:
        if argument == "-":
            for line in sys.stdin:
                yield line.rstrip("\r\n")
        else:
            yield argument


def _field(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def tsv_lines(query: str, matches: list[Match]) -> list[str]:
    """Tab-separated lines for one query's matches; one line with the query alone when
    there are none, so each query keeps at least one row.

    >>> from qamus.model import Entry, Match
    >>> e = Entry(id="aleppo", kind="place", name="Aleppo", arabic="حلب")
    >>> tsv_lines("Halab", [Match(e, 0.97, "sounds like the Arabic 'حلب'", "حلب")])
    ["Halab\\t1\\t0.97\\taleppo\\tAleppo\\tحلب\\tحلب\\tsounds like the Arabic 'حلب'"]
    >>> tsv_lines("Xyz", [])
    ['Xyz\\t\\t\\t\\t\\t\\t\\t']
    """
    if not matches:
        return [_field(query) + "\t" * 7]
    return [
        "\t".join(
            (
                _field(query),
                str(rank),
                str(match.score),
                match.entry.id,
                _field(match.entry.name),
                _field(match.entry.arabic),
                _field(match.spelling),
                _field(match.reason),
            )
        )
        for rank, match in enumerate(matches, 1)
    ]


def _text_lines(query: str, matches: list[Match], number: int, several: bool) -> list[str]:
    lines = [("\n" if number else "") + f"{isolate(query)}:"] if several else []
    if not matches:
        return [*lines, f"No entry matches {isolate(query)!s}."]
    return lines + [format_match(rank, match) for rank, match in enumerate(matches, 1)]


def run(args: argparse.Namespace) -> int:
    glossary = load_glossary(args)
    several = len(args.queries) > 1 or "-" in args.queries
    every_one_matched = True
    collected: list[dict[str, object]] = []  # --format json prints them all at the end
    # the queries are read as matching needs them (a stream of names), and echoed beside
    # their answers, which come in order
    queries, echoed = itertools.tee(_queries(args.queries))
    answers = glossary.match_iter(
        queries, kind=args.kind, limit=args.limit, min_score=args.min_score, workers=args.workers
    )
    lines: list[str] = []
    for number, (query, matches) in enumerate(zip(echoed, answers, strict=True)):
        every_one_matched = every_one_matched and bool(matches)
        if args.format in ("json", "jsonl"):
            item: dict[str, object] = {
                "query": query,
                "matches": [as_json(m) for m in matches],
            }
            if args.format == "json":
                collected.append(item)
            else:
                lines.append(json.dumps(item, ensure_ascii=False))
        elif args.format == "tsv":
            lines += tsv_lines(query, matches)
        else:
            lines += _text_lines(query, matches, number, several)
        if (number + 1) % BATCH == 0 and lines:
            print("\n".join(lines), flush=True)
            lines = []
    if lines:
        print("\n".join(lines), flush=True)
    if args.format == "json":
        out = collected if several or len(collected) != 1 else collected[0]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 0 if every_one_matched else 1
