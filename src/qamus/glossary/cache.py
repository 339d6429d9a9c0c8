"""A cache of checked glossaries, so ``qamus.load()`` need not parse and check every file.

The cache holds the entries of a glossary that passed every check, as JSON (no
code is ever loaded from it), under a key made from the path, size and
modification time of every glossary file and of qamus's own code and rules.
Any change to either makes a new key, so a stale cache is never used.

It lives in ``$QAMUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/qamus``, else
``~/.cache/qamus``; ``QAMUS_CACHE_DIR=""`` turns it off. When the folder cannot
be written, qamus works without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from qamus.model import Entry, Origin, Relation, Source

__all__ = ["cache_key", "read_cached", "write_cached"]

_FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent.parent


def _cache_dir() -> Path | None:
    configured = os.environ.get("QAMUS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "qamus"


def _stamp(path: Path) -> list[Any]:
    stat = path.stat()
    return [str(path), stat.st_size, stat.st_mtime_ns]


def cache_key(layers: Sequence[Sequence[Path]]) -> str:
    """A key that changes whenever a glossary file or qamus's code or rules change."""
    from qamus.glossary.files import glossary_files

    code = sorted(p for p in _PACKAGE.rglob("*") if p.suffix in (".py", ".txt", ".tsv"))
    parts: list[Any] = [_FORMAT, [_stamp(p) for p in code]]
    for layer in layers:
        parts.append([[_stamp(f) for f in glossary_files(root)] for root in layer])
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:32]


def _to_json(entry: Entry) -> dict[str, Any]:
    data = attrs.asdict(entry, filter=lambda a, _: a.name != "origin")
    data["path"] = entry.origin.path if entry.origin else None
    return data


def _from_json(data: dict[str, Any]) -> Entry:
    path = data.pop("path")
    data["relations"] = [Relation(**r) for r in data["relations"]]
    data["sources"] = [Source(**s) for s in data["sources"]]
    return Entry(**data, origin=Origin(path) if path else None)


def read_cached(key: str) -> list[Entry] | None:
    """The entries cached under *key*, or None."""
    folder = _cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"glossary-{key}.json").open(encoding="utf-8") as f:
            return [_from_json(item) for item in json.load(f)]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def write_cached(key: str, entries: Sequence[Entry]) -> None:
    """Cache *entries* under *key*, replacing older caches; silently skipped if unwritable."""
    folder = _cache_dir()
    if folder is None:
        return
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        # Keep the few most recent glossaries (a user's and the shipped one, say).
        older = sorted(folder.glob("glossary-*.json"), key=lambda p: p.stat().st_mtime)
        for old in older[:-7]:
            with contextlib.suppress(OSError):
                old.unlink()
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump([_to_json(e) for e in entries], f, ensure_ascii=False)
        os.replace(tmp, folder / f"glossary-{key}.json")
