"""A cache of checked glossaries, so ``qamus.load()`` need not parse and check every file.

The cache holds the entries of a glossary that passed every check, as JSON (no
code is ever loaded from it), under a key made from the path, size and
modification time of every glossary file and of qamus's own code and rules.
Any change to either makes a new key, so a stale cache is never used.

It lives in ``$QAMUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/qamus``, else
``~/.cache/qamus``; ``QAMUS_CACHE_DIR=""`` turns it off. When the folder cannot
be written, qamus works without it.

The folder stays small: each cache file is named after the glossary folders it
holds and the key (``glossary-<folders>-<key>.json``), and writing one removes
all but the newest :data:`KEEP_PER_GLOSSARY` of the same folders, all but the
newest :data:`KEEP` in all, and temporary files a process stopped writing long
ago. Processes may write at once: each writes a temporary file and renames it
into place, and a file another process removed first is simply skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import attrs

from qamus.model import Entry, Origin, Relation, Source

__all__ = ["KEEP", "KEEP_PER_GLOSSARY", "cache_key", "prune", "read_cached", "write_cached"]

#: Cache files kept for one set of glossary folders (a change of code or files
#: makes a new one; the one before is kept for a process still running the old).
KEEP_PER_GLOSSARY: Final = 2
#: Cache files kept in all (a user's glossary and the shipped one, say).
KEEP: Final = 8
#: Seconds after which a temporary file is taken for one a stopped process left.
_STALE_TMP = 3600

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
    folders = [[str(Path(root).resolve()) for root in layer] for layer in layers]
    return f"{_digest(folders, 12)}-{_digest(parts, 32)}"


def _digest(value: Any, size: int) -> str:
    return hashlib.sha256(json.dumps(value).encode("utf-8")).hexdigest()[:size]


def _mtimes(paths: Iterator[Path]) -> list[tuple[int, Path]]:
    """*paths* with their modification times, newest first; a path gone meanwhile is left out."""
    found = []
    for path in paths:
        with contextlib.suppress(OSError):
            found.append((path.stat().st_mtime_ns, path))
    return sorted(found, reverse=True)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # removed by another process first, or read-only
        path.unlink()


def prune(folder: Path, key: str) -> None:
    """Remove the cache files of *folder* that are no longer worth keeping (see above).

    The file for *key* is kept whatever its age.
    """
    mine = folder / f"glossary-{key}.json"
    same_glossary = key.split("-", 1)[0]
    caches = [path for _, path in _mtimes(folder.glob("glossary-*.json")) if path != mine]
    kept = 1
    kept_here = 1
    for path in caches:
        here = path.name.removeprefix("glossary-").split("-", 1)[0] == same_glossary
        if kept >= KEEP or (here and kept_here >= KEEP_PER_GLOSSARY):
            _remove(path)
        else:
            kept += 1
            kept_here += here
    now = time.time_ns()
    for mtime, path in _mtimes(folder.glob("*.tmp")):
        if now - mtime > _STALE_TMP * 1_000_000_000:
            _remove(path)


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
    """Cache *entries* under *key*, then prune the folder; silently skipped if unwritable."""
    folder = _cache_dir()
    if folder is None:
        return
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump([_to_json(e) for e in entries], f, ensure_ascii=False)
            os.replace(tmp, folder / f"glossary-{key}.json")
        except BaseException:
            _remove(Path(tmp))
            raise
        prune(folder, key)
