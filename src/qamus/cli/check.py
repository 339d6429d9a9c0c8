"""``qamus check [PATH...]``: report every problem in glossary files.

Prints ``file:line:col: CODE [entry] field: message`` per problem, the
convention of compilers and linters, or JSON with ``--format json``. Exit
status: 0 clean, 1 problems found, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from qamus.cli import editors_glossary
from qamus.glossary import check_paths


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "check",
        help="check glossary files and report every problem",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="glossary folders or files (default: glossary/ in the current folder or above "
        "it, else the shipped glossary)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"qamus check: no such file or folder: {', '.join(missing)}")
        return 2
    problems = check_paths(*(args.paths or [editors_glossary(writing=False)]))
    if args.format == "json":
        print(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            print(problem)
        files = {p.path for p in problems}
        if problems:
            print(
                f"Found {len(problems)} problem{'s' * (len(problems) != 1)} "
                f"in {len(files)} file{'s' * (len(files) != 1)}."
            )
        else:
            print("All checks passed.")
    return 1 if problems else 0
