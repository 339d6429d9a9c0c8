"""Look-alikes declared ``not-same-as``: told apart word by word, and the one a query names.

Entries an editor declares apart (al-Mara‘i and al-Marri, Hasan and Husayn,
البكارة and البقارة) stay separate answers. :class:`LookAlikes` scores a pair
that a query meets word by word, where their names differ, and finds which of
them the query names: the one it spells exactly, or whose own word it holds,
or that it matches better.
"""

from __future__ import annotations

from typing import Final

from qamus.match.index import SpellingIndex
from qamus.match.levels import GENERATED_FACTOR, MATCH_MISSING_WORD_PENALTY, NEAR_CEILING
from qamus.match.phonetic import Phonetic
from qamus.match.similarity import name_words, whole_similarity, word_alignment
from qamus.match.threshold import calibrate

__all__ = ["APART_ACROSS_SCRIPTS", "PARTNER_WORD", "PARTNER_WORD_MARGIN", "LookAlikes", "Scored"]

#: Score, entry number, the spelling id that scored it, and whether it is the query's spelling.
Scored = tuple[float, int, int, bool]

#: A word of a query is a look-alike's own (*Hasan*, not *Husayn*) when it scores at least
#: this against a word of the look-alike that the entry declared apart lacks...
PARTNER_WORD: Final = 0.9

#: ...and at least this much more than against every word of the entry's own, in the
#: same script: *Hasan* scores 0.76 against *Husayn*, *Baggara* 0.96 against *Bakkara*
#: (the Syrian tribe's name is spelled both ways, so neither word tells them apart).
PARTNER_WORD_MARGIN: Final = 0.15

#: A look-alike's word close to a word of the entry's in the other script still tells
#: them apart when the look-alike's own spelling in that script is closer by this much:
#: *Husayn* scores 0.91 against الحسن (Hasan), as Arabic leaves vowels unwritten, and
#: 1.0 against الحسين (Husayn).
APART_ACROSS_SCRIPTS: Final = 0.05


class LookAlikes:
    """The entries of an *index* declared apart (*partners*: entry -> entries), with
    *group_words*, the letter codes of words groups are named with, which tell no
    group apart from another. What it learns of each entry's words is remembered."""

    def __init__(
        self,
        index: SpellingIndex,
        partners: dict[int, frozenset[int]],
        group_words: frozenset[str],
    ) -> None:
        self._index = index
        self._partners = partners
        self._group_words = group_words
        self._words_of_entry: dict[int, dict[str, dict[str, Phonetic]]] = {}
        self._apart_words: dict[tuple[int, int], dict[str, tuple[Phonetic, ...]]] = {}

    def of(self, number: int) -> frozenset[int]:
        """The entries declared apart from entry *number*."""
        return self._partners.get(number, frozenset())

    def separate(
        self, form: Phonetic, scored: list[Scored], unsounded: frozenset[int]
    ) -> list[Scored]:
        """Score look-alikes declared ``not-same-as`` word by word, where they differ.

        Whole long names differing in one word (الحسن بن علي بن أبي طالب against
        الحسين بن علي) look almost the same letter by letter; aligned word by
        word, the differing word weighs as a word.
        """
        index = self._index
        present = {item[1] for item in scored}
        out = list(scored)
        for position, (_, number, best_whole, is_exact) in enumerate(scored):
            partners = self._partners.get(number, frozenset()) & present
            if is_exact or not partners or len(form.tokens) < 2:
                continue
            score, best = -1.0, best_whole
            # a group's, place's or thing's first word is no given name: its words pair
            # only when half alike, as the matcher's word alignment pairs them ("Tiger
            # Brigade" is no "Suqour al-Sham Brigade")
            person = index.entries[number].kind == "person"
            for spelling_id in index.by_entry[number]:
                if not index.attested[spelling_id] or spelling_id in unsounded:
                    continue
                spelling_form = index.forms[spelling_id]
                aligned = word_alignment(
                    form,
                    spelling_form,
                    given_names=person,
                    missing_penalty=MATCH_MISSING_WORD_PENALTY,
                ).score
                if spelling_form.script != form.script:
                    aligned *= GENERATED_FACTOR
                if aligned > score:
                    score, best = aligned, spelling_id
            if score >= 0:
                out[position] = (min(calibrate(score), NEAR_CEILING), number, best, is_exact)
        return out

    def closer(
        self,
        form: Phonetic,
        number: int,
        score: float,
        scores: dict[int, float],
        exact: set[int],
    ) -> int | None:
        """A look-alike declared ``not-same-as`` entry *number* that the query spells
        exactly, or failing that, whose own word the query holds
        (:meth:`named`), or failing that, that scores higher than *score* and
        is not named against in turn; None if there is none."""
        partners = self._partners.get(number)
        if not partners:
            return None
        if partners & exact:
            return min(partners & exact)
        named = self.named(form, number)
        if named is not None:
            return named
        closer = [
            (-scores[p], p)
            for p in partners
            if scores.get(p, -1.0) > score and self.named(form, p) != number
        ]
        return min(closer)[1] if closer else None

    def named(self, form: Phonetic, number: int) -> int | None:
        """A look-alike declared ``not-same-as`` entry *number* whose own word the query
        holds: a word of the look-alike's names that no word of the entry's, in either
        script, is close to (:meth:`_words_apart`), close to a word of the query
        (:data:`PARTNER_WORD`) as no word of the entry's in its script is
        (:data:`PARTNER_WORD_MARGIN`). "Hasan ibn Ali ibn Abi Talib" names Hasan ibn
        Ali, however like "Husayn ibn Ali ibn Abi Talib" the rest is."""
        partners = self._partners.get(number)
        if not partners:
            return None
        own = self._entry_words(number)
        for word in name_words(form):
            mine = own.get(word.script)
            if not mine or word.codes in self._group_words:
                continue  # *liwa*, *jaysh*: words of many groups' names tell none apart
            if any(_one_and_more(word.codes, codes) for codes in mine):
                continue  # the entry's own word in the other number ("Force", "Forces")
            closest_own = max(whole_similarity(word, w) for w in mine.values())
            if closest_own > 1.0 - PARTNER_WORD_MARGIN:
                continue  # the entry's own word, or close enough to one
            for partner in sorted(partners):
                theirs = self._words_apart(partner, number).get(word.script, ())
                closest = max((whole_similarity(word, w) for w in theirs), default=0.0)
                if closest >= PARTNER_WORD and closest - closest_own >= PARTNER_WORD_MARGIN:
                    return partner
        return None

    def _entry_words(self, number: int) -> dict[str, dict[str, Phonetic]]:
        """The name words of entry *number*'s attested spellings, titles aside, by script
        and letter codes; remembered (the same for every thread that builds them)."""
        known = self._words_of_entry.get(number)
        if known is None:
            index = self._index
            known = {}
            for spelling_id in index.by_entry[number]:
                if index.attested[spelling_id]:
                    spelling = index.forms[spelling_id]
                    for word in name_words(spelling):
                        known.setdefault(spelling.script, {}).setdefault(word.codes, word)
            self._words_of_entry[number] = known
        return known

    def _words_apart(self, partner: int, number: int) -> dict[str, tuple[Phonetic, ...]]:
        """The name words of entry *partner*, by script, that no word of entry *number*'s
        is close to (:data:`PARTNER_WORD`) in either script: *Husayn* against Hasan ibn
        Ali, not *Talib*, which Hasan's Arabic spellings have."""
        key = (partner, number)
        known = self._apart_words.get(key)
        if known is None:
            own = [w for words in self._entry_words(number).values() for w in words.values()]
            theirs = self._entry_words(partner)

            def close_to_own(word: Phonetic) -> bool:
                for other in own:
                    if other.script == word.script and _one_and_more(word.codes, other.codes):
                        return True
                    score = whole_similarity(word, other)
                    if score < PARTNER_WORD:
                        continue
                    if other.script == word.script:
                        return True
                    # across scripts, unwritten vowels make words alike: the look-alike's
                    # own spelling in that script may be closer still (*Husayn*: الحسين
                    # 1.0, الحسن 0.91)
                    in_script = theirs.get(other.script, {}).values()
                    closest = max((whole_similarity(word, w) for w in in_script), default=0.0)
                    if closest < score + APART_ACROSS_SCRIPTS:
                        return True
                return False

            known = {
                script: tuple(w for w in words.values() if not close_to_own(w))
                for script, words in theirs.items()
            }
            self._apart_words[key] = known
        return known


def _one_and_more(codes: str, other: str) -> bool:
    """Whether two Latin words are one word, singular and English plural ("Force",
    "Forces"): a look-alike's word in the other number is no word of its own."""
    return len(codes) > 2 and (other == codes + "s" or codes == other + "s")
