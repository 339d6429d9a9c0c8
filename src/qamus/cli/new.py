"""``qamus new KIND NAME ARABIC``: start a correctly named entry file for an editor to fill in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from qamus.cli import editors_glossary
from qamus.glossary.files import read_text
from qamus.glossary.new import scaffold, slug
from qamus.model import KINDS


def register(sub: Any) -> None:
    parser = sub.add_parser("new", help="scaffold a new glossary entry file")
    parser.add_argument(
        "kind", choices=sorted(KINDS), metavar="KIND", help=f"one of: {', '.join(KINDS)}"
    )
    parser.add_argument("name", help="the name as English-language writing uses it")
    parser.add_argument("arabic", help="the name in Arabic script, unvocalised")
    parser.add_argument("--id", help="the entry id (default: made from NAME)")
    parser.add_argument(
        "--glossary",
        type=Path,
        default=None,
        help="the glossary folder (default: glossary/ in the current folder or above it)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    entry_id = args.id or slug(args.name)
    if not entry_id:
        print("qamus new: cannot make an id from that name; give one with --id", file=sys.stderr)
        return 2
    root = args.glossary or editors_glossary(writing=True)
    path = root / args.kind / f"{entry_id}.toml"
    if path.exists():
        print(f"qamus new: {path} exists already", file=sys.stderr)
        return 2
    text = scaffold(entry_id, args.kind, args.name, args.arabic)
    _, problems = read_text(text, str(path), expected_id=entry_id, expected_kind=args.kind)
    # The scaffold's blanks are for the editor to fill; only a bad id or kind stops it here.
    hard = [p for p in problems if p.code in ("Q100", "Q103", "Q104", "Q105", "Q106", "Q309")]
    if hard:
        for problem in hard:
            print(problem, file=sys.stderr)
        return 2
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}: fill in the variants and a source, then run `qamus check`")
    return 0
