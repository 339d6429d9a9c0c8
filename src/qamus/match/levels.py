"""Score levels and factors the parts of the matcher share.

>>> NEAR_CEILING < 1.0, BELOW_THRESHOLD < SAME_NAME_THRESHOLD
(True, True)
"""

from __future__ import annotations

from typing import Final

from qamus.match.threshold import SAME_NAME_THRESHOLD

__all__ = ["BELOW_THRESHOLD", "GENERATED_FACTOR", "MATCH_MISSING_WORD_PENALTY", "NEAR_CEILING"]

#: Score factor for spellings generated from the Arabic rather than attested, and for
#: spellings compared across scripts: a reading, not a spelling the glossary gives.
GENERATED_FACTOR: Final = 0.97

#: The best score of a spelling that is not one the glossary gives, once normalised.
NEAR_CEILING: Final = 0.99

#: Share of the score lost in matching for words of the longer name with no counterpart,
#: above :data:`~qamus.match.similarity.MISSING_WORD_PENALTY`: among the entries of a
#: glossary, one that accounts for every word of the query should rank above one that
#: holds the query inside a longer name. (Asking whether two names are one, as
#: :func:`~qamus.similarity` does, is better served by the lighter penalty.)
MATCH_MISSING_WORD_PENALTY: Final = 0.5

#: The most an answer that is not the name the query names may score, though close: a
#: look-alike declared ``not-same-as`` a closer answer (and no more than just under
#: that answer), or a term inside a longer name and the like (then times
#: :data:`~qamus.match.matcher.NOT_THE_NAME_FACTOR`).
BELOW_THRESHOLD: Final = round(SAME_NAME_THRESHOLD - 0.01, 2)
