"""``qamus fmt [--check] [PATH...]``: rewrite glossary files into the canonical layout.

Keeps every comment and every value it does not mean to change. With
``--check``, changes nothing and lists the files that would change (exit 1 if
any). A file fmt cannot rewrite safely is left as is and reported with its
line and the reason, and the other files are still formatted (exit 1). Exit
status 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from qamus.cli import editors_glossary
from qamus.glossary.files import glossary_files
from qamus.glossary.fmt import FormatError, format_text


def register(sub: Any) -> None:
    parser = sub.add_parser("fmt", help="rewrite glossary files into the canonical layout")
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="glossary folders or files (default: glossary/ in the current folder or above it)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; list files that would change, exit 1 if any",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    roots = [Path(p) for p in args.paths] or [editors_glossary(writing=True)]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        print(f"qamus fmt: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    changed = failed = total = 0
    for root in roots:
        for file in glossary_files(root):
            total += 1
            try:
                raw = file.read_bytes()
                formatted = _format(raw).encode("utf-8")
                if formatted != raw and not args.check:
                    file.write_bytes(formatted)
            except FormatError as exc:
                print(f"{exc.located(str(file))}; left as is", file=sys.stderr)
                failed += 1
                continue
            except OSError as exc:
                print(f"{file}: cannot read or write the file ({exc}); left as is", file=sys.stderr)
                failed += 1
                continue
            except Exception as exc:  # a bug in qamus must not stop the other files
                print(
                    f"{file}: qamus fmt could not format this file ({type(exc).__name__}: {exc})"
                    "; left as is (please report this to the qamus maintainers)",
                    file=sys.stderr,
                )
                failed += 1
                continue
            if formatted == raw:
                continue
            changed += 1
            print(f"would reformat {file}" if args.check else f"reformatted {file}")
    verb = "would be reformatted" if args.check else "reformatted"
    print(
        f"{changed} of {total} file{'s' * (total != 1)} {verb}"
        + (f", {failed} left as is (see above)" if failed else "")
        + "."
    )
    return 1 if failed or (args.check and changed) else 0


def _format(raw: bytes) -> str:
    """The canonical layout of a file's bytes; :class:`FormatError` when it is left as is."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FormatError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02X}); save the file as UTF-8", line=line
        ) from exc
    return format_text(text)
