"""Matching names to glossary entries, and finding glossary names in text.

>>> from qamus.match import similarity, SAME_NAME_THRESHOLD
>>> similarity("Liwa el-Baqer", "لواء الباقر") >= SAME_NAME_THRESHOLD
True
"""

from __future__ import annotations

from qamus.match.similarity import similarity
from qamus.match.threshold import SAME_NAME_THRESHOLD

__all__ = ["SAME_NAME_THRESHOLD", "similarity"]
