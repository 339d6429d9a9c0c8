"""The score at which two spellings are taken to name the same thing, and its calibration.

The phonetic comparison of :mod:`qamus.match.similarity` gives a raw score;
:func:`calibrate` maps it, piecewise linearly and keeping its order, so that
:data:`SAME_NAME_THRESHOLD` (0.8) falls near where pair verification on the
development set (``benchmarks/accuracy.py``, the ``tune`` half of the UN
sanctions list names against look-alike names) has its best F1. Measured at
0.8 over pairs in either script: precision 0.949, recall 0.936, F1 0.942 on
the tune half; precision 0.954, recall 0.923, F1 0.938 on the held-out half
(same script: precision 0.916, F1 0.907; across scripts: precision 0.906,
F1 0.929).

:attr:`Match.score <qamus.Match.score>` is on the same scale. Among the answers of
:meth:`qamus.Glossary.match` at 0.8 or above on the held-out half, 0.916 (Latin to
Latin), 0.944 (Latin to Arabic) and 0.977 (Arabic to Latin) name the query's own
entry, which is among them for 0.92, 0.91 and 0.99 of queries: the others are mostly
other people sharing most of a name (partial names such as "Muhammad Qasim", given
names alike in Latin script such as Aman and Amin) and groups of one name (Ansar
al-Sharia in Benghazi and in Derna).

Moving the point to the tune half's very best F1 would gain under 0.01 F1
and cost precision, so it stays.

Names sharing their consonants (Hasan/Husayn, Said/Saad) can score above
the threshold in Latin script, where vowels vary freely (in Arabic script
they do not pass): glossaries keep such entries apart with ``not-same-as``.

>>> calibrate(0.0), calibrate(1.0), calibrate(CALIBRATION[1][0]) == SAME_NAME_THRESHOLD
(0.0, 1.0, True)
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

__all__ = ["CALIBRATION", "SAME_NAME_THRESHOLD", "calibrate"]

#: Scores at or above this mean "the same name".
SAME_NAME_THRESHOLD: Final = 0.8

#: (raw, calibrated) points of the calibration, raw increasing; fitted on the tune half.
CALIBRATION: Final[tuple[tuple[float, float], ...]] = ((0.0, 0.0), (0.61, 0.8), (1.0, 1.0))


def calibrate(raw: float) -> float:
    """The calibrated score of a raw phonetic similarity in 0..1.

    >>> calibrate(0.305)
    0.4
    """
    if raw <= 0.0:
        return 0.0
    for (x0, y0), (x1, y1) in pairwise(CALIBRATION):
        if raw <= x1:
            return round(y0 + (raw - x0) * (y1 - y0) / (x1 - x0), 6)
    return 1.0
