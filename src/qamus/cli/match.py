"""``qamus match QUERY...``: the glossary entries a name, in any spelling, refers to.

Prints one line per match: rank, score, entry id, name, Arabic and why it
matched. Arabic is wrapped in Unicode bidi isolates so mixed lines display in
order in a terminal. ``--format json`` prints plain JSON instead. Exit status:
0 when every query matched, 1 when one did not, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
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
    parser.add_argument("queries", nargs="+", metavar="QUERY", help="names to match")
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
        type=float,
        default=0.6,
        metavar="S",
        help="only matches scoring at least S, 0..1 (default 0.6)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
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


def run(args: argparse.Namespace) -> int:
    glossary = load_glossary(args)
    answers = glossary.match_many(
        args.queries, kind=args.kind, limit=args.limit, min_score=args.min_score
    )
    status = 0 if all(answers) else 1
    if args.format == "json":
        out = [
            {"query": q, "matches": [as_json(m) for m in ms]}
            for q, ms in zip(args.queries, answers, strict=True)
        ]
        json.dump(out if len(out) > 1 else out[0], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return status
    for number, (query, matches) in enumerate(zip(args.queries, answers, strict=True)):
        if len(args.queries) > 1:
            print(("\n" if number else "") + f"{isolate(query)}:")
        if not matches:
            print(f"No entry matches {isolate(query)!s}.", file=sys.stdout)
            continue
        for rank, match in enumerate(matches, 1):
            print(format_match(rank, match))
    return status
