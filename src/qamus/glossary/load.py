"""Load glossaries from folders of TOML files: the shipped one, a user's, or several layered.

The shipped glossary sits at the top of the repository as ``glossary/``. A
wheel carries a copy as ``qamus/_glossary``; a source checkout or an editable
install reads the repository's own folder, so edits show up at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from qamus.errors import GlossaryError, Problem, QamusError
from qamus.glossary.cache import cache_key, read_cached, write_cached
from qamus.glossary.check import check_entries
from qamus.glossary.files import read_all
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


def _entries(paths: Iterable[PathLike]) -> tuple[list[Entry], list[Problem]]:
    resolved = []
    problems = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(Problem("Q112", "no such file or folder", str(path)))
        else:
            resolved.append(path)
    entries, found = read_all(resolved)
    return entries, problems + found


def check_paths(*paths: PathLike) -> list[Problem]:
    """Every problem in the glossary files under *paths* (the shipped glossary if none)."""
    entries, problems = _entries(paths or (shipped_glossary_path(),))
    return sorted(
        [*problems, *check_entries(entries)],
        key=lambda p: (p.path or "", p.line or 0, p.column or 0),
    )


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
    if all(p.exists() for layer in layers for p in layer):
        key = cache_key(layers)
        cached = read_cached(key)
        if cached is not None:
            return Glossary(cached, check=False)
    merged: dict[str, Entry] = {}  # a later layer's entry replaces an earlier one's
    repeated: list[Entry] = []  # the same id twice in one layer: reported by the checks
    problems: list[Problem] = []
    for layer in layers:
        entries, found = _entries(layer)
        problems += found
        layer_ids: set[str] = set()
        for entry in entries:
            if entry.id in layer_ids:
                repeated.append(entry)
            else:
                layer_ids.add(entry.id)
                merged[entry.id] = entry
    entries = [*merged.values(), *repeated]
    problems += check_entries(entries)
    if problems:
        raise GlossaryError(problems)
    if key is not None:
        write_cached(key, entries)
    return Glossary(entries, check=False)
