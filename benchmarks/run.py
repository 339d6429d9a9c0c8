"""Run every qamus benchmark: ``python benchmarks/run.py [NAME ...]``.

Each benchmark prints its figures beside baselines measured in the same run,
as ratios. Names: normalise, translit, match, find, accuracy, load.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("load", "normalise", "translit", "match", "find", "accuracy")


def main(argv: list[str]) -> int:
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    try:
        import qamus  # noqa: F401 - installed
    except ImportError:  # a source checkout without an install: use src/
        sys.path.insert(0, str(HERE.parent / "src"))
    chosen = argv or list(BENCHMARKS)
    unknown = [n for n in chosen if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
        return 2
    for name in chosen:
        module = importlib.import_module("accuracy" if name == "accuracy" else f"bench_{name}")
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
