"""Why a close answer is not the name a query names.

A query sounds like many names; some of those answers are close in their letters
and still not what the query names: a term inside a longer name ("Jaysh al-Mahdi"
is not the term *jaysh*), a person's given name when the query names more, another
place named with more words, a person's surname that sounds like a place
(البغدادي is no Baghdad), a person or place inside a name made with a word groups
are named with ("Liwa al-Bakir" is not Muhammad al-Baqir). :meth:`NotTheName.why`
says which, for the answer's reason; the matcher then keeps the answer below the
threshold.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Final

from qamus.match._answers import GROUP_KINDS
from qamus.match.index import SpellingIndex
from qamus.match.other_languages import is_name_word
from qamus.match.phonetic import Phonetic, joined, names_a_parent, phonetic
from qamus.match.places import DIRECTION_WORDS, is_airfield_word, is_direction_word
from qamus.match.readings import numbers_in
from qamus.match.similarity import is_kunya, name_words, title_skeletons, whole_similarity
from qamus.match.threshold import calibrate

__all__ = [
    "CONSTRUCT_PLACE",
    "GIVEN_NAME_MATCH",
    "TERM_AS_A_WHOLE",
    "TITLE_SPELLED",
    "WHERE_A_PLACE_IS",
    "NotTheName",
    "is_adjective_of",
]

#: A query's last word with the article scores at least this (raw) against a place's
#: one-word spelling to be that place in an Arabic construct ("Republic of Iraq").
CONSTRUCT_PLACE: Final = 0.9

#: A given name before a parent's scores at least this against the spelling's to be
#: that name (:meth:`NotTheName.another_nasab`): low enough for a short name written
#: with other vowels (Kurmanji *Elî* for Ali), as names that differ score far less
#: (*Zaynab* and *Ali*, *Muhammad* and *Husayn*).
NASAB_GIVEN_NAME_MATCH: Final = 0.6

#: A one-word spelling of a person or place scores at least this (raw) against the first
#: word of a query of more words to be read as its given name, or against the last to be
#: read as the place's name (:meth:`NotTheName._given_name_alone`,
#: :meth:`NotTheName._place_named_with_more`).
GIVEN_NAME_MATCH: Final = 0.7

#: A query of more words than a term's spelling is the term written otherwise when it
#: scores this much against it as a whole ("Ahl-e Bayt" and "Ahlulbayt", 0.93); a name
#: made with the term scores less, even with a short word added ("Jaysh al-Izza", 0.81).
TERM_AS_A_WHOLE: Final = 0.9

#: The least similarity of the words after a place's name in a query to a spelling of a
#: place it is in (``located-in``) for them to say where it is ("Aleppo Syria").
WHERE_A_PLACE_IS: Final = 0.9

#: English and French *of*: a place's name after it is the place ("City of Aleppo").
_OF: Final = frozenset({"of", "de", "du", "des"})


@cache
def _direction_codes() -> frozenset[str]:
    """The letter codes of the compass words (:data:`~qamus.match.places.DIRECTION_WORDS`)."""
    return frozenset(phonetic(w).codes for w in DIRECTION_WORDS)


_NONE_WORDS: Final[frozenset[str]] = frozenset()

#: Kinds of entry no word for what a place is names alone ("City" is no Shiite), unlike
#: a group's or a man's name (القاعدة, "the base", is al-Qaeda).
_NOT_NAMED_BY_PLACE_WORDS: Final = frozenset({"place", "tribe", "term"})

#: Kinds of entry a person's title before a name does not name, unless one of the
#: entry's own spellings has the title (:meth:`NotTheName._a_title_it_lacks`).
_TITLED_NOT: Final = frozenset({"place", "tribe"})


def _surname_key(word: Phonetic) -> str:
    """*word*'s letter codes, a Latin long vowel as the short (*ou* as *u*: *Sarout* and
    *Sarut* spell one surname), for :meth:`NotTheName._a_surname_not_a_place`."""
    return word.codes.casefold() if word.script == "latin" else word.codes


def _before_a_parent(words: tuple[Phonetic, ...]) -> tuple[Phonetic, ...]:
    """The name *words* before the first that names a parent (*bin Ali*, *b.*), or ()
    when none does or the first does.

    >>> [w.codes for w in _before_a_parent(name_words(phonetic("Zaynab bint Ali ibn Abi Talib")))]
    ['zaynab']
    >>> _before_a_parent(name_words(phonetic("Zaynab al-Kubra")))
    ()
    """
    for at, word in enumerate(words):
        if names_a_parent(word):
            return words[:at]
    return ()


def _closest_at(word: Phonetic, words: tuple[Phonetic, ...], at: int) -> bool:
    """Whether *word* is the word at *at* of *words*: as close to it as
    :data:`GIVEN_NAME_MATCH` and closer than to any other."""
    scores = [whole_similarity(word, other) for other in words]
    best = scores[at]
    return best >= GIVEN_NAME_MATCH and all(s < best for i, s in enumerate(scores) if i != at)


def is_adjective_of(word: Phonetic, place: Phonetic) -> bool:
    """Whether *word*, in Arabic script, is the adjective of the name *place*, made with ي
    (or ية, in the feminine) in place of its final ا or ة, or after its last letter:
    Arabic qualifies a place by the land it is in so (بصرى السورية, "Syrian Bosra";
    البقاع اللبناني).

    >>> from qamus.match.phonetic import phonetic
    >>> is_adjective_of(phonetic("السورية"), phonetic("سوريا"))
    True
    >>> is_adjective_of(phonetic("اللبناني"), phonetic("لبنان"))
    True
    >>> is_adjective_of(phonetic("الشام"), phonetic("سوريا"))
    False
    """
    if word.script != "arabic" or place.script != "arabic" or word.parts or place.parts:
        return False
    stem = place.codes.rstrip("Aa")
    if not stem:
        return False
    if stem.endswith("I"):
        return word.codes in (stem, stem + "a")
    return word.codes in (stem + "I", stem + "Ia")


#: A word before a given name scores at least this against the title a spelling writes
#: before it to be taken for that title in another spelling (*Imamu Hussein*, *imán
#: Hussain*), not for another man's given name (*Uday*, *Wissam*: 0 and 0.30 against
#: *Imam*); set low, so that a doubt leaves the answer as it was.
TITLE_SPELLED: Final = 0.3


class NotTheName:
    """The judgements of :meth:`why` over the entries of an *index*, with
    *group_words*, the letter codes of words groups are named with, and *position*,
    each entry's number by its id. What they need of the whole glossary (places'
    titles, people's surnames) is built when first asked."""

    def __init__(
        self, index: SpellingIndex, group_words: frozenset[str], position: dict[str, int]
    ) -> None:
        self._index = index
        self._group_words = group_words
        self._position = position
        # places and tribes with a title in a spelling (Sheikh Maqsoud): built when
        # first asked
        self._titled: dict[int, frozenset[str]] | None = None
        # people's surnames, by _surname_key: built when a query of one word first meets
        # a place (_a_surname_not_a_place)
        self._surnames: frozenset[str] | None = None

    def _names_more_than_a_term(self, form: Phonetic, number: int, spelling_id: int) -> bool:
        """Whether entry *number* is a term (a common word: *jaysh*, *liwa*, *haraka*)
        that the query, of more words than its spelling *spelling_id*, holds as one of
        them, unlike the term as a whole: "Jaish al-Mahdi" and "Harakat Hazm" are names
        made with a term, each another thing than the term ("Ahlul Bayt" is "Ahlulbayt")."""
        index = self._index
        spelling = index.forms[spelling_id]
        if index.entries[number].kind != "term" or len(form.tokens) <= len(spelling.tokens):
            return False
        return calibrate(whole_similarity(form, spelling)) < TERM_AS_A_WHOLE

    def why(
        self,
        query: str,
        form: Phonetic,
        group_words: frozenset[str],
        lone_group_word: bool,
        lone_name_word: bool,
        construct: bool,
        place_word: bool,
        number: int,
        spelling_id: int,
    ) -> str:
        """Why entry *number*, matched by its spelling *spelling_id* (not exactly), is
        not the name the query names, for its reason; ``""`` if it may be (a look-alike
        declared ``not-same-as`` a closer answer is told apart by the caller).
        *group_words* are the query's words that groups are named with, *lone_group_word*
        whether the query is one such word alone, *lone_name_word* whether it is a word of
        the table of :mod:`~qamus.match.other_languages` alone, *construct* whether
        its last word carries the article, *place_word* whether it is a word for what a
        place is alone (:func:`~qamus.match.places.is_place_word`)."""
        if self._names_more_than_a_term(form, number, spelling_id):
            return "; a name made with the term, not the term"
        if lone_group_word and self._a_group_with_more_words(number, spelling_id):
            return "; a word groups are named with, not the group"
        if lone_name_word and len(name_words(self._index.forms[spelling_id])) > 1:
            # "Syrian" is not the Syrian Badia, nor "Islamic" the Islamic Resistance
            return "; a word names are made with, not the name"
        if self._given_name_alone(form, number, spelling_id):
            return "; a given name alone, and the query names more"
        if self._given_name_after_another(form, number, spelling_id):
            return "; a given name after another, another man's"
        if self._place_named_with_more(form, construct, number, spelling_id):
            return "; another place, named with more words"
        if self._a_surname_not_a_place(form, number):
            what = "kunya" if is_kunya(name_words(form)[0]) else "surname"
            return f"; a person's {what} alone, not the place"
        if self._place_then_more_words(form, number, spelling_id):
            return "; a place's name, and more words after it"
        kind = self._index.entries[number].kind
        if self._a_title_it_lacks(form, number):
            return f"; a person's title, not a {kind}'s name"
        if self._last_word_of_a_place(form, number, spelling_id):
            return "; the last word of a place's name, not the place"
        if place_word and kind in _NOT_NAMED_BY_PLACE_WORDS:
            # القاعدة, "the base", is no air base's name (nor "Camp" a camp's), and
            # "City" no name that sounds like it (Shiite, الشعيطات); a group or a man
            # may be named with the word alone (القاعدة, al-Qaeda)
            what = "the place" if kind == "place" else "a name"
            return f"; a word for what a place is, not {what}"
        maker = self._group_word_lacked(query, form, group_words, number, spelling_id)
        if maker:
            return f"; {maker!r} names a group, not a {kind}"
        return ""

    def numbers_lacked(self, numbers: frozenset[int], number: int) -> str:
        """Why entry *number* is not what a query naming *numbers* names, when no spelling
        of it has one of them ("Liwa 313" is not the term *liwa*, "5th Division" not the
        4th); else ``""``."""
        entry = self._index.entries[number]
        own = frozenset().union(*(numbers_in(s) for s in entry.spellings))
        lacked = numbers - own
        if not lacked:
            return ""
        return f"; {min(lacked)} is no number of its name"

    def _given_name_alone(self, form: Phonetic, number: int, spelling_id: int) -> bool:
        """Whether entry *number*, a person, is matched through a spelling *spelling_id*
        of one word, a given name that begins a query of more words, none of them a
        parent's name: "Hussein Arnous" is someone else than Imam Husayn, while "Husayn
        ibn Ali" is he, and "Bashar Assad" is the Assad spelled "Assad"."""
        if self._index.entries[number].kind != "person":
            return False
        named = name_words(form)
        if len(named) < 2 or is_kunya(named[0]) or any(names_a_parent(w) for w in named[1:]):
            return False
        return self._spells_word(spelling_id, named, 0)

    def _given_name_after_another(self, form: Phonetic, number: int, spelling_id: int) -> bool:
        """Whether entry *number*, a person, is matched through a spelling *spelling_id*
        of one word (titles aside: *Imam Husayn*, الإمام الحسن) that is the given name his
        own name begins with, and that ends a query of more words, none of them a
        parent's name nor a kunya first: there it is a father's or family name after
        another man's given name ("Uday Hussein", Saddam's son, is not Imam Husayn;
        "Wissam al-Hassan" not Imam Hasan), while "Husayn ibn Ali" is he."""
        entry = self._index.entries[number]
        if entry.kind != "person":
            return False
        named = name_words(form)
        if len(named) < 2 or is_kunya(named[0]) or any(names_a_parent(w) for w in named):
            return False
        if not self._spells_word(spelling_id, named, len(named) - 1):
            return False
        own = name_words(phonetic(entry.name))
        spelling = self._index.forms[spelling_id]
        spelled = name_words(spelling)  # one word: _spells_word asked it
        if len(own) < 2 or is_kunya(own[0]) or own[0].skeleton != spelled[0].skeleton:
            return False
        # the spelling's own title in another language's spelling (*Imamu*, *imán*, ئیمام)
        # is that title, not a given name
        titles = [w for w in spelling.tokens if w not in spelled]
        return not any(
            whole_similarity(word, title) >= TITLE_SPELLED
            for word in named[:-1]
            for title in titles
        )

    def another_nasab(self, form: Phonetic, number: int, spelling_id: int) -> str:
        """Why entry *number*, a person, is not the one a query *form* names, when its
        spelling *spelling_id* names a parent (*ibn*, *bint*, بن), as the query does, after
        a given name none of the query's words before its parent's sounds like: the first
        name of a nasab is the person's, those after it the forebears' ("Ali bin Abi Talib"
        is not *Zaynab bint Ali ibn Abi Talib*, his daughter; "Muhammad bin Ali bin Husain"
        not *Husayn ibn Ali*, his grandfather); else ``""``. A look-alike declared apart
        from another is told apart so too, before it is kept next to that one."""
        if self._index.entries[number].kind != "person":
            return ""
        asked = _before_a_parent(name_words(form))
        spelled = _before_a_parent(name_words(self._index.forms[spelling_id]))
        if (
            not asked
            or not spelled
            or any(
                whole_similarity(mine, theirs) >= NASAB_GIVEN_NAME_MATCH
                for mine in asked
                for theirs in spelled
            )
        ):
            return ""
        return "; another given name before the parent's, another person's"

    def _place_named_with_more(
        self, form: Phonetic, construct: bool, number: int, spelling_id: int
    ) -> bool:
        """Whether entry *number*, a place, is matched through a spelling *spelling_id* of
        one word that ends a query of more words: a town named with words before another
        place's name (*Kafr*, *Tell*, *Ras*, *Khan*) is another town ("Kafr Nabl" is not
        Nubl, "Tell Tamer" not Tadmur). Not so after *of* ("City of Aleppo"), nor when the
        last word carries the article and is the place's name itself (*construct*, which
        the caller asks of :func:`~qamus.match.readings.ends_with_article`: جمهورية
        العراق, Republic of Iraq), not a man's nisba ("Abu Omar al-Baghdadi" is not
        Bakhdida)."""
        if self._index.entries[number].kind != "place":
            return False
        named = name_words(form)
        if any(w.codes in _OF for w in named):
            return False  # "City of Aleppo", "Ville de Damas": Aleppo and Damascus
        if not self._spells_word(spelling_id, named, len(named) - 1):
            return False
        # جمهورية العراق, the Republic of Iraq: the place itself
        place = self._index.forms[spelling_id]
        return not (construct and whole_similarity(named[-1], place) >= CONSTRUCT_PLACE)

    def _a_surname_not_a_place(self, form: Phonetic, number: int) -> bool:
        """Whether entry *number*, a place, is answered by a query of one word (titles
        aside) that spells a person's surname (the last word of a name of two words or
        more) or kunya letter for letter (:func:`_surname_key`: *Sarut* as *Sarout*), as
        no word of the place's spellings does:
        *al-Maliki* and البغدادي name men, not al-Malikiyah and Baghdad (while *Sadr* may be
        Sadr City), and أبو همام, in Arabic script, Abu Humam al-Shami, not the town of Abu
        Hamam (أبو حمام)."""
        index = self._index
        named = name_words(form)
        if index.entries[number].kind != "place" or len(named) != 1:
            return False
        key = _surname_key(named[0])
        if is_kunya(named[0]) and form.script != "arabic":
            return False  # Latin h is ح and ه alike: *Abu Humam* may be أبو حمام, the town
        return key in self._surnames_and_kunyas() and all(
            _surname_key(w) != key
            for s in index.by_entry[number]
            for w in name_words(index.forms[s])
        )

    def _surnames_and_kunyas(self) -> frozenset[str]:
        """The keys (:func:`_surname_key`) of people's surnames and kunyas: the last
        word (not a kunya) of each attested spelling of a person of two name words or
        more, in its other reading too (:attr:`~qamus.match.phonetic.Phonetic.reading`),
        and its first word when that is a kunya. Built once, when first asked: most
        queries never meet a place."""
        surnames = self._surnames
        if surnames is None:
            index = self._index
            last_words = (
                name_words(form)
                for spelling_id, form in enumerate(index.forms)
                if index.attested[spelling_id]
                and index.entries[index.entry_of[spelling_id]].kind == "person"
            )
            found: set[str] = set()
            for named in last_words:
                if len(named) > 1 and not is_kunya(named[-1]):
                    found.add(_surname_key(named[-1]))
                    if named[-1].reading is not None:
                        # and as its other reading writes it: *Kadhemi* as *Kazemi*
                        found.add(_surname_key(named[-1].reading))
                if len(named) > 1 and is_kunya(named[0]):
                    found.add(_surname_key(named[0]))
            surnames = self._surnames = frozenset(found)
        return surnames

    def _place_then_more_words(self, form: Phonetic, number: int, spelling_id: int) -> bool:
        """Whether entry *number*, a place, is matched through a spelling *spelling_id* of
        one word that begins a query of more name words, or follows compass words only:
        a man's given name ("Mohsen Shukr" is not the town Muhasan) or another thing
        named after the place ("Mosul Dam", "South Lebanon Army"); not so when the words
        after it name a place it is in ("Aleppo Syria", :data:`WHERE_A_PLACE_IS`), or are
        its adjective (بصرى السورية, :func:`is_adjective_of`). Words that say what a place
        is are read off before (*Raqqa Governorate*, :mod:`qamus.match.places`)."""
        entry = self._index.entries[number]
        if entry.kind != "place":
            return False
        named = name_words(form)
        # the place's word first, or after compass words ("South Lebanon Army")
        at = 0
        while at < len(named) - 2 and named[at].codes in _direction_codes():
            at += 1
        if not self._spells_word(spelling_id, named, at):
            return False
        # "Aleppo Syria": the place and where it is
        rest = named[at + 1] if len(named) == at + 2 else joined(named[at + 1 :])
        index = self._index
        for target in entry.related("located-in"):
            other = self._position.get(target)
            for spelling in () if other is None else index.by_entry[other]:
                if index.attested[spelling] and (
                    whole_similarity(rest, index.forms[spelling]) >= WHERE_A_PLACE_IS
                    or is_adjective_of(rest, index.forms[spelling])
                ):
                    return False
        return True

    def _a_title_it_lacks(self, form: Phonetic, number: int) -> bool:
        """Whether the query names someone by a title (*al-Hajj*, *Sheikh*, *Imam*) and
        entry *number* is a place or a tribe no spelling of which has that title: الحاج
        محسن is a man, not the town Muhasan, *Hz. Zeynep* (Turkish *Hazreti*) is Zaynab,
        not the town of Sayyida Zaynab (*Sheikh Maqsoud* keeps its title, and is a
        place), and *al-Hajj Khalid* a man, not the Bani Khalid."""
        if self._index.entries[number].kind not in _TITLED_NOT:
            return False
        titles = title_skeletons(form)
        if not titles:
            return False
        titled = self._titled
        if titled is None:
            index = self._index
            found: dict[int, set[str]] = defaultdict(set)
            for s, spelling in enumerate(index.forms):
                number_of = index.entry_of[s]
                if index.attested[s] and index.entries[number_of].kind in _TITLED_NOT:
                    found[number_of].update(title_skeletons(spelling))
            titled = self._titled = {n: frozenset(t) for n, t in found.items() if t}
        return titles.isdisjoint(titled.get(number, ()))

    def _last_word_of_a_place(self, form: Phonetic, number: int, spelling_id: int) -> bool:
        """Whether entry *number*, a place, is matched through a spelling *spelling_id* of
        more words whose last word is the query, a word alone: a place named with words
        before a name is not that name ("Asad" is not Ayn al-Asad, "Abyad" not Tell
        Abyad), unless the words before name a part of it ("Eastern Ghouta") or say it is an
        airport or an air base (مطار التيفور: التيفور names the base). To a query of
        one word and no title, a title is a word of a place's name too (*Zaynab* is not
        the town of Sayyida Zaynab, which *Sayyeda Zainab* is)."""
        if self._index.entries[number].kind != "place":
            return False
        named = name_words(form)
        spelled = name_words(self._index.forms[spelling_id])
        if len(spelled) == 1 and len(form.tokens) == 1:
            spelled = self._index.forms[spelling_id].tokens
        if len(named) != 1 or len(spelled) < 2:
            return False
        # "Eastern Ghouta" is a part of Ghouta, and مطار التيفور the base التيفور: the
        # query names it
        before = self._index.texts[spelling_id].split()[:-1]
        if all(is_direction_word(w) for w in before) or all(map(is_airfield_word, before)):
            return False
        return _closest_at(named[0], spelled, len(spelled) - 1)

    def _spells_word(self, spelling_id: int, named: tuple[Phonetic, ...], at: int) -> bool:
        """Whether spelling *spelling_id* is one word, the word at *at* of *named*, the
        name words of a query of two words or more (:func:`_closest_at`)."""
        spelled = name_words(self._index.forms[spelling_id])
        if len(spelled) != 1 or len(named) < 2:
            return False
        return _closest_at(spelled[0], named, at)

    def group_words_in(self, form: Phonetic) -> frozenset[str]:
        """The words of a query of several words that the glossary's groups are named
        with (:func:`~qamus.match.matcher._group_words`): such a query names a group."""
        if len(form.tokens) < 2:
            return _NONE_WORDS
        return self._group_words.intersection(w.codes for w in form.tokens)

    def a_group_word(self, form: Phonetic) -> bool:
        """Whether a query of one word is a word the glossary's groups are named with
        (*liwa*, لواء: :func:`~qamus.match.matcher._group_words`)."""
        return len(form.tokens) == 1 and form.tokens[0].codes in self._group_words

    @staticmethod
    def a_name_word(query: str, form: Phonetic) -> bool:
        """Whether a Latin query of one word is a word names of groups and places are made
        with, in English or another language ("Movement", "Mouvement", "Syrian",
        :func:`~qamus.match.other_languages.is_name_word`)."""
        return len(form.tokens) == 1 and form.script == "latin" and is_name_word(query)

    def _a_group_with_more_words(self, number: int, spelling_id: int) -> bool:
        """Whether entry *number* is a group matched through a spelling *spelling_id* of
        more words than one, for a query of one word that groups are named with:
        "Movement" alone is not the Amal Movement."""
        if self._index.entries[number].kind not in GROUP_KINDS:
            return False
        return len(name_words(self._index.forms[spelling_id])) > 1

    def _group_word_lacked(
        self,
        query: str,
        form: Phonetic,
        group_words: frozenset[str],
        number: int,
        spelling_id: int,
    ) -> str:
        """The word of *query* among its *group_words*, if any, that entry *number*, a
        person or a place, lacks in its spelling *spelling_id*, as the query writes it
        (ميليشيا, *Kata'ib*): "Kata'ib al-Imam Ali" names a group, not Ali, and "Liwa
        al-Quds" not Jerusalem; else ``""``."""
        if not group_words or self._index.entries[number].kind not in ("person", "place"):
            return ""
        lacked = group_words - {w.codes for w in self._index.forms[spelling_id].tokens}
        if not lacked:
            return ""
        written = (word for word in query.split() if phonetic(word).codes in lacked)
        return next(written, None) or next(w.roman for w in form.tokens if w.codes in lacked)
