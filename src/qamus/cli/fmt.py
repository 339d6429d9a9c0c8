"""``qamus fmt [--check] [PATH...]``: rewrite glossary files into the canonical layout.

Keeps every comment and every value it does not mean to change. With
``--check``, changes nothing and lists the files that would change (exit 1 if
any). Exit status 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from qamus.glossary import shipped_glossary_path
from qamus.glossary.files import glossary_files
from qamus.glossary.fmt import FormatError, format_text


def register(sub: Any) -> None:
    parser = sub.add_parser("fmt", help="rewrite glossary files into the canonical layout")
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="glossary folders or files (default: the shipped glossary)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; list files that would change, exit 1 if any",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    roots = [Path(p) for p in args.paths] or [shipped_glossary_path()]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        print(f"qamus fmt: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    changed = failed = total = 0
    for root in roots:
        for file in glossary_files(root):
            total += 1
            raw = file.read_bytes()
            try:
                text = raw.decode("utf-8")
                formatted = format_text(text)
            except (UnicodeDecodeError, FormatError) as exc:
                print(f"{file}: {exc}", file=sys.stderr)
                failed += 1
                continue
            if formatted.encode("utf-8") == raw:
                continue
            changed += 1
            if args.check:
                print(f"would reformat {file}")
            else:
                file.write_bytes(formatted.encode("utf-8"))
                print(f"reformatted {file}")
    verb = "would be reformatted" if args.check else "reformatted"
    print(
        f"{changed} of {total} file{'s' * (total != 1)} {verb}"
        + (f", {failed} left as is (see above)" if failed else "")
        + "."
    )
    return 1 if failed or (args.check and changed) else 0
