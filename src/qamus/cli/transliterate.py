"""``qamus transliterate`` and ``qamus spellings``: romanise Arabic from the command line."""

from __future__ import annotations

import argparse
import sys

from qamus.errors import QamusError
from qamus.translit import schemes, spellings, transliterate

__all__ = ["register", "run", "run_spellings"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``transliterate`` and ``spellings`` subcommands."""
    ids = [s.id for s in schemes()]
    parser = subparsers.add_parser(
        "transliterate",
        help="romanise Arabic text in a published scheme",
        description=(
            "Romanise Arabic text (the arguments, or standard input line by line) in a "
            f"published scheme: {', '.join(ids)}."
        ),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--scheme", default="ala-lc", metavar="ID", help="scheme id (ala-lc)")
    which.add_argument(
        "--all", action="store_true", help='every scheme, one line each: "<id>\\t<output>"'
    )
    parser.add_argument(
        "--capitalise", action="store_true", help="capitalise names as the scheme does"
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="Arabic text (default: stdin)")
    parser.set_defaults(func=run)

    spell = subparsers.add_parser(
        "spellings",
        help="the Latin spellings writers use for an Arabic name",
        description="The customary Latin spellings of an Arabic name, most common first.",
    )
    spell.add_argument("--limit", type=int, default=20, metavar="N", help="how many (20)")
    spell.add_argument("arabic", nargs="+", metavar="ARABIC", help="the name in Arabic")
    spell.set_defaults(func=run_spellings)


def run(args: argparse.Namespace) -> int:
    """Print the transliteration of each TEXT argument, or of each stdin line."""
    lines = [" ".join(args.text)] if args.text else (line.rstrip("\n") for line in sys.stdin)
    chosen = [s.id for s in schemes()] if args.all else [args.scheme]
    try:
        for line in lines:
            for scheme in chosen:
                out = transliterate(line, scheme, capitalise=args.capitalise)
                print(f"{scheme}\t{out}" if args.all else out)
    except QamusError as exc:
        print(f"qamus transliterate: {exc}", file=sys.stderr)
        return 2
    return 0


def run_spellings(args: argparse.Namespace) -> int:
    """Print the customary spellings of ARABIC, one a line."""
    if args.limit < 1:
        print("qamus spellings: --limit must be at least 1", file=sys.stderr)
        return 2
    try:
        found = spellings(" ".join(args.arabic), limit=args.limit)
    except QamusError as exc:
        print(f"qamus spellings: {exc}", file=sys.stderr)
        return 2
    for spelling in found:
        print(spelling)
    return 0
