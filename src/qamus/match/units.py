"""A group's name under another word for its unit: فرقة النمر for قوات النمر.

Writers name a group with another word for what it is than the glossary's spelling
(a division for forces, a brigade for forces, لواء for قوات). :class:`UnitWords`
scores a group so named as the same name but for that word, just under the
threshold: another word for the unit may be another group's name (Liwa al-Quds and
Faylaq al-Quds, the Quds Force).

>>> from qamus.match.phonetic import phonetic
>>> from qamus.model import Entry
>>> codes = unit_words([Entry(id="liwa", kind="term", name="liwa", arabic="لواء",
...                           english="brigade")])
>>> [phonetic(word).codes in codes for word in ("liwa", "لواء", "Brigade", "Liwa al-Quds")]
[True, True, True, False]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from qamus.match._answers import GROUP_KINDS
from qamus.match.index import FIELD_LABELS, SpellingIndex
from qamus.match.levels import BELOW_THRESHOLD
from qamus.match.look_alikes import Scored
from qamus.match.other_languages import arabic_script_words_for
from qamus.match.phonetic import Phonetic, phonetic
from qamus.match.similarity import similarity_of
from qamus.match.threshold import SAME_NAME_THRESHOLD
from qamus.model import Entry

__all__ = ["UNIT_GLOSSES", "UnitWords", "unit_words"]

#: English glosses of the glossary's terms for an armed unit (*liwa*, a brigade; *quwwat*,
#: forces; *firqa*, a division): a group's name written with another of them (فرقة
#: النمر for قوات النمر, *Liwa al-Ridha* for Quwat al-Ridha) is the same group's as often
#: as another's (Liwa al-Quds and Faylaq al-Quds, the Quds Force).
UNIT_GLOSSES: Final = frozenset(
    {"brigade", "brigades", "battalion", "battalions", "forces", "division", "corps"}
    | {"legion", "regiment", "companies", "detachments"}
)


def unit_words(entries: Iterable[Entry]) -> frozenset[str]:
    """The letter codes of the words for an armed unit: the one-word spellings of the
    glossary's terms glossed with one of :data:`UNIT_GLOSSES` (*liwa*, لواء, *kata'ib*),
    those English words themselves and the Persian and Sorani words for them
    (:func:`~qamus.match.other_languages.arabic_script_words_for`)."""
    words: set[str] = set()
    for entry in entries:
        if entry.kind == "term" and {g.casefold() for g in entry.glosses} & UNIT_GLOSSES:
            words.update(s for s in entry.spellings if " " not in s.strip())
    for gloss in UNIT_GLOSSES:
        words.add(gloss)
        words.update(arabic_script_words_for(gloss))
    return frozenset(phonetic(word).codes for word in words) - {""}


class UnitWords:
    """The words for a unit of the glossary of an *index* (:func:`unit_words`), and
    the groups a query names with another of them; *candidates* is how many entries
    the index proposes for the rest of such a query. What it learns of each spelling
    is remembered (the same for every thread)."""

    def __init__(self, index: SpellingIndex, candidates: int) -> None:
        self._index = index
        self.codes = unit_words(index.entries)
        self.candidates = candidates
        # spelling -> its form without its words for a unit, None if it has none
        self._without_units: dict[int, Phonetic | None] = {}

    def rescore(
        self,
        query: str,
        scored: list[Scored],
        allowed: set[int] | None,
        reasons: dict[int, str],
    ) -> list[Scored]:
        """*scored*, with the groups whose name is the query's but for their words for an
        armed unit (:data:`UNIT_GLOSSES`) scored so, just under the threshold times how
        alike the rest is, if that is the same name and better than they scored: فرقة
        النمر, "the Tiger Division", is the Tiger Forces (قوات النمر) when the glossary
        holds no Tiger Division. Each such group's reason goes into *reasons*."""
        words = query.split()
        if len(words) < 2 or not self.codes:
            return scored
        units = [w for w in words if phonetic(w).codes in self.codes]
        if not units or len(units) == len(words):
            return scored
        rest = phonetic(" ".join(w for w in words if w not in units))
        index = self._index
        best = {number: score for score, number, _, _ in scored}
        numbers = [*best, *index.candidates(rest, self.candidates)]
        lifted: dict[int, tuple[float, int]] = {}
        for number in dict.fromkeys(numbers):
            if index.entries[number].kind not in GROUP_KINDS or (
                allowed is not None and number not in allowed
            ):
                continue
            for spelling_id in index.by_entry[number]:
                theirs = self._without_unit_words(spelling_id)
                if theirs is None:
                    continue
                alike = similarity_of(rest, theirs)
                score = BELOW_THRESHOLD * alike
                if (
                    alike >= SAME_NAME_THRESHOLD
                    and score > best.get(number, -1.0)
                    and score > lifted.get(number, (-1.0, -1))[0]
                ):
                    lifted[number] = (score, spelling_id)
        if not lifted:
            return scored
        for number, (_, spelling_id) in lifted.items():
            label = FIELD_LABELS.get(index.fields[spelling_id], "spelling")
            reasons[number] = (
                f"{label} {index.texts[spelling_id]!r} but for its word for the unit"
                f" ({' '.join(units)!r} in the query)"
            )
        out = [item for item in scored if item[1] not in lifted]
        out += [(score, number, s, False) for number, (score, s) in lifted.items()]
        out.sort(key=lambda item: -item[0])
        return out

    def _without_unit_words(self, spelling_id: int) -> Phonetic | None:
        """The form of attested spelling *spelling_id* without its words for a unit, or
        None if it has none, or nothing else; remembered (the same for every thread)."""
        if spelling_id in self._without_units:
            return self._without_units[spelling_id]
        index = self._index
        found = None
        if index.attested[spelling_id]:
            words = index.texts[spelling_id].split()
            rest = [w for w in words if phonetic(w).codes not in self.codes]
            if rest and len(rest) < len(words):
                found = phonetic(" ".join(rest))
        self._without_units[spelling_id] = found
        return found
