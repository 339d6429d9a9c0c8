"""How long ``import qamus; qamus.load()`` takes, in a fresh interpreter each time.

Baseline: parsing the same files with :mod:`tomllib` alone, in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from _common import header, row

IMPORT_AND_LOAD = "import qamus; qamus.load()"
TOMLLIB_ONLY = (
    "import tomllib, qamus; "
    "[tomllib.loads(p.read_text('utf-8')) for p in qamus.shipped_glossary_path().rglob('*.toml')]"
)


def _seconds(code: str, repeat: int = 5) -> float:
    # The child imports the same qamus as this process, installed or from src/.
    import qamus

    env = dict(os.environ, PYTHONPATH=str(Path(qamus.__file__).resolve().parents[1]))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    header("import qamus; qamus.load() of the shipped glossary (fresh interpreter, best of 5)")
    empty = _seconds("pass")
    ours = _seconds(IMPORT_AND_LOAD) - empty
    base = _seconds(TOMLLIB_ONLY) - empty
    row("import + load, ms (goal < 300)", ours * 1000, "ms")
    row("tomllib parse of the same files, ms", base * 1000, "ms")
    print(f"  load costs {ours / base:.2f}x a bare tomllib parse (interpreter start-up excluded)")


if __name__ == "__main__":
    main()
