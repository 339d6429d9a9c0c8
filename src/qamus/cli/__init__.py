"""The ``qamus`` command: one subcommand per verb, each in its own module.

Each subcommand module defines ``register(subparsers)``, which adds its parser
and sets ``func`` to a callable taking the parsed arguments and returning the
exit status: 0 for success, 1 when the command found problems, 2 for usage
errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from qamus.errors import QamusError
from qamus.glossary.store import Glossary

#: Subcommand modules, in the order ``qamus --help`` lists them.
SUBCOMMANDS = (
    "qamus.cli.match",
    "qamus.cli.find",
    "qamus.cli.transliterate",
    "qamus.cli.check",
    "qamus.cli.fmt",
    "qamus.cli.new",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``qamus`` command."""
    from qamus import __version__

    parser = argparse.ArgumentParser(
        prog="qamus",
        description="Arabic names in every spelling: match, find, transliterate, check glossaries.",
    )
    parser.add_argument("--version", action="version", version=f"qamus {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def add_glossary_option(parser: argparse.ArgumentParser) -> None:
    """The ``--glossary PATH`` option of the verbs that read a glossary."""
    parser.add_argument(
        "--glossary",
        action="append",
        metavar="PATH",
        help="glossary folder or file to use instead of the shipped one (repeatable)",
    )


def load_glossary(args: argparse.Namespace) -> Glossary:
    """The glossary ``--glossary`` names, or the shipped one."""
    from qamus.glossary import load

    return load(*args.glossary) if args.glossary else load()


def editors_glossary(*, writing: bool) -> Path:
    """The glossary folder an editor's command works on when given none: ``glossary/``
    in the current folder or the nearest folder above it that has one (a checkout of
    qamus, or of a project's own glossary), else the shipped glossary, for reading only:
    a command that writes files never writes into the installed package."""
    from qamus.glossary import shipped_glossary_path
    from qamus.model import KINDS

    here = Path.cwd()
    for folder in (here, *here.parents):
        candidate = folder / "glossary"
        if candidate.is_dir() and any((candidate / kind).is_dir() for kind in KINDS):
            return candidate
    shipped = shipped_glossary_path()
    if writing and shipped.parent.name == "qamus":
        raise QamusError(
            f"no glossary/ folder in {here} or above it; give the glossary folder to write in "
            "with --glossary (the shipped glossary, installed with qamus, is read-only)"
        )
    return shipped


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``qamus`` command; return its exit status."""
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.func(args)
    except QamusError as exc:
        print(f"qamus: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - `qamus find big.txt | head`
        return 0
    return status


def _utf8_streams() -> None:
    """Write UTF-8 whatever the locale, so Arabic never raises UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
