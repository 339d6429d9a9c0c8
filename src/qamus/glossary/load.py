"""Load glossaries from folders of TOML files: the shipped one, a user's, or several layered.

The shipped glossary sits at the top of the repository as ``glossary/``. A
wheel carries a copy as ``qamus/_glossary``; a source checkout or an editable
install reads the repository's own folder, so edits show up at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from qamus.errors import GlossaryError, Problem, QamusError
from qamus.glossary.cache import cache_key, read_cached, write_cached
from qamus.glossary.check import check_entries
from qamus.glossary.files import Reading, glossary_root, read_all, read_file, stray_files
from qamus.glossary.store import Glossary
from qamus.model import Entry

__all__ = ["check_paths", "load", "shipped_glossary_path"]

PathLike = str | os.PathLike[str]


def shipped_glossary_path() -> Path:
    """The folder of the glossary that ships with qamus.

    >>> (shipped_glossary_path() / "group").is_dir()
    True
    """
    package = Path(__file__).resolve().parent.parent
    candidates = (package / "_glossary", package.parent.parent / "glossary")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise QamusError(
        "the shipped glossary is missing: looked in " + ", ".join(str(c) for c in candidates)
    )


def _read(paths: Iterable[PathLike]) -> Reading:
    reading = Reading()
    resolved = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            reading.problems.append(Problem("Q112", "no such file or folder", str(path)))
        else:
            resolved.append(path)
    found = read_all(resolved)
    found.problems[:0] = reading.problems
    return found


def _context(paths: Sequence[Path]) -> list[Path]:
    """What to read to check *paths*: the whole glossary each lies in, else the path itself.

    A file or folder inside a glossary folder is checked against the rest of
    that glossary, so that links, ids and spellings are compared with every entry.
    """
    out: list[Path] = []
    for path in paths:
        root = glossary_root(path)
        context = root if root is not None else path
        if not any(_is_within(context, seen) for seen in out):
            out = [seen for seen in out if not _is_within(seen, context)]
            out.append(context)
    return out


def _is_within(path: Path, folder: Path) -> bool:
    return Path(os.path.abspath(path)).is_relative_to(Path(os.path.abspath(folder)))


def check_paths(*paths: PathLike) -> list[Problem]:
    """Every problem in the glossary files under *paths* (the shipped glossary if none).

    Files inside a glossary folder are checked against the whole glossary,
    and the problems of the files given (or between them and others) reported.
    """
    given = [Path(p) for p in paths] or [shipped_glossary_path()]
    missing = [Problem("Q112", "no such file or folder", str(p)) for p in given if not p.exists()]
    given = [p for p in given if p.exists()]
    reading = read_all(_context(given))
    for path in given:
        # A file that is not a .toml file is only found by the walk in a kind folder.
        if path.is_file() and path.suffix != ".toml" and not _listed(path, reading.problems):
            reading.add(read_file(path))
    problems = [*reading.problems, *check_entries(reading.entries, unread=reading.unread)]

    def chosen(shown: str | None) -> bool:
        return shown is not None and any(_is_within(Path(shown), p) for p in given)

    problems = [p for p in problems if chosen(p.path) or chosen(p.other_path)]
    return sorted(
        [*missing, *problems],
        key=lambda p: (p.path or "", p.line or 0, p.column or 0),
    )


def _listed(path: Path, problems: Iterable[Problem]) -> bool:
    return any(p.path is not None and _is_within(Path(p.path), path) for p in problems)


def load(*paths: PathLike, include_shipped: bool = False) -> Glossary:
    """Load a glossary.

    With no *paths*, the shipped glossary. With *paths* (folders or files),
    the entries under them; with ``include_shipped=True`` on top of the shipped
    glossary, a user's entry replacing a shipped one with the same id.

    Raises :class:`~qamus.errors.GlossaryError` with every problem found.

    >>> g = load()
    >>> g["liwa-al-baqir"].arabic
    'لواء الباقر'
    """
    layers: list[list[Path]] = []
    if not paths or include_shipped:
        layers.append([shipped_glossary_path()])
    if paths:
        layers.append([Path(p) for p in paths])
    key = None
    if all(p.exists() for layer in layers for p in layer) and not _has_strays(layers):
        key = cache_key(layers)
        cached = read_cached(key)
        if cached is not None:
            return Glossary(cached, check=False)
    merged: dict[str, Entry] = {}  # a later layer's entry replaces an earlier one's
    repeated: list[Entry] = []  # the same id twice in one layer: reported by the checks
    problems: list[Problem] = []
    unread: set[str] = set()
    for layer in layers:
        reading = _read(layer)
        problems += reading.problems
        unread |= reading.unread
        layer_ids: set[str] = set()
        for entry in reading.entries:
            if entry.id in layer_ids:
                repeated.append(entry)
            else:
                layer_ids.add(entry.id)
                merged[entry.id] = entry
    entries = [*merged.values(), *repeated]
    problems += check_entries(entries, unread=unread)
    if problems:
        raise GlossaryError(problems)
    if key is not None:
        write_cached(key, entries)
    return Glossary(entries, check=False)


def _has_strays(layers: Sequence[Sequence[Path]]) -> bool:
    """Whether a layer's kind folders hold files that are not .toml files (never cached)."""
    for layer in layers:
        for path in layer:
            root = glossary_root(path) if path.is_dir() else None
            if root is not None and any(stray_files(root)):
                return True
    return False
