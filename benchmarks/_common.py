"""Shared helpers for qamus's benchmarks: timing, the machine, ratios, data.

Every benchmark prints each qamus figure beside a baseline measured in the same
run, as a ratio, so figures from different machines can be compared.
"""

from __future__ import annotations

import csv
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def machine() -> str:
    """One line describing the machine, Python and ICU."""
    import icu

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{cpu}; {os.cpu_count()} cores; Python {platform.python_version()} "
        f"({sys.implementation.name}); ICU {icu.ICU_VERSION}; PyICU {icu.VERSION}"
    )


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of *repeat* wall-clock runs of *fn*, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def rate(items: Sequence[object], fn: Callable[[object], object], repeat: int = 3) -> float:
    """Items per second for calling *fn* on every item (best of *repeat*)."""

    def loop() -> None:
        for x in items:
            fn(x)

    return len(items) / best_of(loop, repeat)


def header(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))
    print(f"machine: {machine()}")


def row(
    label: str, value: float, unit: str, baseline: float | None = None, baseline_label: str = ""
) -> None:
    """Print one figure, and its ratio to a baseline when given."""
    text = f"  {label:<44} {value:>14,.0f} {unit}"
    if baseline:
        text += f"   {value / baseline:6.2f}x {baseline_label}"
    print(text)


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a shared evaluation file, or [] when ../shared/data is absent."""
    path = SHARED_DATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def chunks(items: Iterable[str], n: int) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for x in items:
        if len(out[-1]) == n:
            out.append([])
        out[-1].append(x)
    return out
