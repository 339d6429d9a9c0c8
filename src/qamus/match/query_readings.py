"""Other readings of a query, each asked of the glossary again.

A query may name an entry otherwise than any of its spellings: after an office
("Hezbollah leader Hassan Nasrallah"), before a word for militia ("Baqir
militia"), in another language's words ("Armée syrienne libre"), with a
proclitic (ولواء الباقر), a case ending (*w Iraku*) or a kunya before the name.
:meth:`QueryReadings.of` lists those readings
(:class:`~qamus.match._answers.Reading`), each with a note for the reason, a
factor for its scores and the answers it may have; most of the text readings
themselves are :mod:`qamus.match.readings`.
"""

from __future__ import annotations

import re
from typing import Final

from qamus.match._answers import (
    GROUP_KINDS,
    Reading,
    a_group,
    a_group_of_one_word,
    a_militia,
    a_person,
    a_person_named,
    a_place_named,
    a_term,
    a_tribe,
    a_tribe_spelled,
    as_acronym,
    either,
    of_a_unit_in_arabic,
    same_name,
    same_name_of,
    spelled_alike,
    the_surname,
    the_term_named,
)
from qamus.match.acronym import arabic_letters_apart, letter_names, spelled_letters, undotted
from qamus.match.index import SpellingIndex
from qamus.match.levels import GENERATED_FACTOR
from qamus.match.other_languages import readings_in_english
from qamus.match.phonetic import phonetic
from qamus.match.places import compass_abbreviation_read, other_compass_form
from qamus.match.readings import (
    MILITIA_WORDS,
    before_a_militia_word,
    catalan_ll,
    in_chat_letters,
    in_hungarian_letters,
    in_maltese_letters,
    in_somali_letters,
    j_for_y,
    kh_for_j,
    kurdish_e_for_h,
    named_parts,
    names_after_an_office,
    nisba,
    nisba_of_collective,
    nisba_of_plural,
    other_number,
    other_polish_locative,
    sect_of_adjective,
    sh_for_x,
    singular,
    sons_of,
    terms_inflected,
    tribe_of_nisba,
    with_sorani_article,
    without_case_ending,
    without_elision,
    without_genitive_a,
    without_gentilic,
    without_german_genitive,
    without_honorific,
    without_irish_article,
    without_joining_ending,
    without_kurdish_oblique,
    without_letter_marks,
    without_linking_i,
    without_nationality,
    without_preposition,
    without_proclitics,
    without_sect_word,
    without_short_ending,
    without_sorani_locative,
    without_sorani_preposition,
    without_swahili_prefix,
    without_tribe_word,
    without_turkic_suffix,
    without_vocative,
    written_letters,
    y_for_final_alif_maqsura,
    y_for_glide_j,
    y_for_j,
)
from qamus.match.similarity import is_kunya

__all__ = [
    "IN_ENGLISH_FACTOR",
    "LATIN_WORD",
    "OTHER_PART_FACTOR",
    "WITHOUT_GROUP_WORD_FACTOR",
    "QueryReadings",
]

#: *Abu* as the first word of a kunya, in Latin and Arabic script (أبو الحسن).
_KUNYA_HEADS: Final = frozenset({"abu", "abou", "abo", "abū", "ebu", "أبو", "ابو"})

#: Arabic military ranks that are also a word groups are named with or a given name
#: (اللواء *Liwa*, العماد *Imad*, الرائد *Raed*, النقيب *Naqib*), so no titles
#: (:data:`~qamus.match.similarity.TITLES`): before a name of two words or more the
#: matcher reads them as ranks too, answered by people only, and before one word as a
#: rank before a surname (اللواء مملوك), answered by people whose names end with it.
_ARABIC_RANKS: Final = frozenset({"اللواء", "العماد", "الرائد", "النقيب"})

#: The Arabic article written as a word of its own ("Abu al Hasan").
_ARTICLES_APART: Final = frozenset({"al", "el", "ul", "ال"})

#: Score factor for a name a query holds beside words of prose that is not the likelier
#: one ("Hezbollah" in "Hezbollah leader Hassan Nasrallah"): it is named, but the query
#: is about the other.
OTHER_PART_FACTOR: Final = 0.98

#: Score factor for a query's reading without its first word when that is a word groups
#: are named with (*Liwa*, لواء) and two words or more remain: "Liwa Suqour al-Sham" is
#: Suqour al-Sham, which its spellings may name without it, though not always.
WITHOUT_GROUP_WORD_FACTOR: Final = 0.96

#: Score factor for a query read in English from another language
#: (:func:`~qamus.match.other_languages.in_english`: "Armée syrienne libre" as "Free Syrian
#: Army"): a reading word for word passes for the same name only when every word agrees,
#: as names of groups share most of their words ("National Shia Current" is not the
#: "Courant de la Sagesse nationale").
IN_ENGLISH_FACTOR: Final = 0.9

_COMMA: Final = re.compile(r"\s*[,،]\s*")
#: The kinds of entry a term is used in: a place, and a group whose label it is
#: (المقاومة الإسلامية في حزب الله).
_WHERE_A_TERM_IS_USED: Final = frozenset({"place", *GROUP_KINDS})
_A_PLACE: Final = frozenset({"place"})
#: A name, a word for *in* (English, German, French, Spanish, Italian, Indonesian,
#: romanised and written Arabic) and the rest, the place.
_NAME_IN_A_PLACE: Final = re.compile(r"(.+?)\s+(?:in|im|en|di|fi|fī|في)\s+(\S.*)", re.IGNORECASE)

#: A Latin word of three letters or more, which may be an English gloss of a term.
LATIN_WORD: Final = re.compile(r"[A-Za-z]{3,}")


#: The kind of entry :meth:`QueryReadings._terms_inflected` reads a query as.
_TERM: Final = frozenset({"term"})


class QueryReadings:
    """The other readings of queries to the glossary of an *index*: *terms* are the
    English glosses of its terms (a gloss -> the term's name), *group_words* the letter
    codes of the words its groups are named with."""

    def __init__(
        self, index: SpellingIndex, terms: dict[str, str], group_words: frozenset[str]
    ) -> None:
        self._index = index
        self._terms = terms
        self._group_words = group_words

    def of(self, query: str, *, plurals: bool) -> list[Reading]:
        """Other readings of *query*, each with a note for the reason, the names of the
        terms it reads in and a factor for its scores, in this order: the Arabic of a
        transliteration letter for letter (:func:`~qamus.match.readings.written_letters`,
        alone when it is one); the names it holds (after an office, beside words of
        prose, before a word for militia, after a kunya or an Arabic rank, before a
        place); an acronym's letters (پەکەکە, بي كي كي, *P.M.F.*); an Arabic query without
        a proclitic or a preposition (ولواء الباقر, بقم); English words for the glossary's
        terms read as the terms, and the words of other languages read in English; a
        tribe's or sect's name without the word for it, and a tribe's nisba as the tribe;
        a compass word's other form, and ي for a final ى; inflections read away (case
        endings, the plurals of nisbas and terms, the Slavic genitive, the article Sorani
        writes joined); German, Spanish, Catalan, Hungarian and Somali respellings, which
        count only where they answer better than the query; and with *plurals*, the query
        without a first word groups are named with (*Liwa*, لواء), and each reading in the
        other number, as a singular or as an Arabic adjective (:mod:`qamus.match.readings`).
        A Latin query written with a scheme's marks (*Banū ʿAnaza*) that nothing answers yet
        (*plurals*) is read so without them too, and a holy name without the blessing in
        brackets or written out after it (الإمام علي (ع), *İmam Hüseyn(ə.s)*, زينب عليها
        السلام), with its own readings."""
        out = self._of(query, plurals=plurals)
        bare = without_honorific(query)
        if bare:
            # the name without the blessing after it, and the name's own readings
            out.append(Reading(bare, f"read as {bare!r}"))
            out += self._of(bare, plurals=plurals)
        plain = without_letter_marks(query) if plurals else query
        if plain != query:
            # its words as other readings look for them (*Banu*, *qabilat*): the readings
            # it has without them, not those the query has with them
            known = {without_letter_marks(reading.text) for reading in out}
            out += [r for r in self._of(plain, plurals=plurals) if r.text not in known]
        return out

    def _of(self, query: str, *, plurals: bool) -> list[Reading]:
        """:meth:`of`'s readings of *query* as it is written."""
        letters = written_letters(query)
        if letters:
            scheme, arabic = letters
            return [Reading(arabic, f"read as {scheme}")]
        out = [
            *self._names_held(query),
            *_as_letters(query),
            *_without_a_first_letter(query),
            *self._in_english(query),
            *_without_a_kin_or_sect_word(query),
            *_other_forms(query),
            *self._without_a_nationality(query),
            *_inflected(query),
            *self._terms_inflected(query),
            *self._guessed(query, plurals=plurals),
        ]
        if not plurals:
            return out
        out += self._without_a_group_word(query)
        # each reading, the query's own among them, read in the other number, as a
        # singular or as an Arabic adjective too, with what its parent allows
        for parent in [Reading(query, ""), *out]:
            text = parent.text
            number = other_number(text)
            if number:
                # answered by Arabic spellings only: جبهات reads like the Latin "Jabhat";
                # and by no person: كتيبة أبو الفضل العباس is a battalion, not the man
                out.append(parent.derived(number, f"read as {number!r}", of_a_unit_in_arabic))
            one = singular(text)
            if one:
                out.append(parent.derived(one, f"read as the singular {one!r}"))
            for adjective in (text, one):
                arabic_adjective = nisba(adjective) if adjective else None
                if arabic_adjective:
                    out.append(parent.derived(arabic_adjective, f"read as {arabic_adjective!r}"))
        return out

    def _names_held(self, query: str) -> list[Reading]:
        """The names *query* holds: after an office, beside words of prose, before a
        word for militia, after a kunya or an Arabic rank, or before a place."""
        # the name after an office is the one the query is about, in any of its lengths;
        # of the other names it holds, the likeliest (first) unless there is one
        ends = names_after_an_office(query)
        parts = [*ends, *(p for p in named_parts(query) if p not in ends)]
        likeliest = max(len(ends), 1)
        # "Baqir militia": the name before a word for militia is a group's
        militia = before_a_militia_word(query)
        out = [
            Reading(
                part,
                f"reading {part!r} in the query",
                factor=1.0 if n < likeliest else OTHER_PART_FACTOR,
                allowed=a_militia if militia else None,
                beside_prose=True,
            )
            for n, part in enumerate(parts)
        ]
        if militia and militia not in parts:
            note = f"read without {query.strip()[len(militia) :].strip(' -')!r}"
            out.append(Reading(militia, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_militia))
        kunya = self._kunya_and_name(query)
        if kunya:
            note = f"read without the kunya {kunya[0]!r}"
            out.append(Reading(kunya[1], note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_person))
        rank, _, named = query.strip().partition(" ")
        if rank in _ARABIC_RANKS and named:
            # اللواء سهيل الحسن: a general's rank before his name, answered by people only;
            # before one word, his surname (اللواء مملوك)
            note = f"read without the rank {rank!r}"
            allowed = a_person if " " in named.strip() else the_surname(named)
            out.append(Reading(named, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=allowed))
        where = self._name_and_place(query)
        if where:
            out.insert(0, Reading(where[0], f"reading {where[0]!r} in {where[1]!r}"))
        term = self._term_in_a_place(query)
        if term:
            note = f"reading the term {term[0]!r} used in {term[1]!r}"
            out.append(Reading(term[0], note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_term))
        return out

    def _in_english(self, query: str) -> list[Reading]:
        """*query* with English words for the glossary's terms read as the terms, and
        read in English from the words of other languages (:mod:`~qamus.match.other_languages`)."""
        out: list[Reading] = []
        glossed, notes, terms = self._glossed(query)
        if notes:
            # a word alone read as a term is the term, not what sounds like it: "Tribe"
            # is ‘ashira, not the town al-Asharah
            alone = the_term_named(glossed) if glossed in terms else None
            note = ", ".join(notes)
            out.append(Reading(glossed, note, frozenset(terms), allowed=alone))
            out += self._unit_word_first(glossed, note, terms, GENERATED_FACTOR, guessed=False)
        # a word of two senses reads both ways ("Kurtuluş": Salvation, Liberation)
        for text, language in readings_in_english(query):
            note = f"read in English as {text!r} ({language})"
            out.append(Reading(text, note, factor=IN_ENGLISH_FACTOR))
            # ... and in Arabic order, as a name of a unit ("Frente Fath al-Sham", "Tentara
            # Fatah": Jabhat Fath al-Sham, Jaysh al-Fatah)
            glossed_text, text_notes, text_terms = self._glossed(text)
            if text_notes:
                note_first = ", ".join([note, *text_notes])
                out += self._unit_word_first(
                    glossed_text, note_first, text_terms, IN_ENGLISH_FACTOR, guessed=True
                )
            term = self._terms.get(text.casefold())
            if term:
                # ... and a word alone for a term read as the term (Somali *dawladda*)
                out.append(
                    Reading(
                        term,
                        f"{note}, reading {text!r} as {term!r}",
                        frozenset({term}),
                        IN_ENGLISH_FACTOR,
                        the_term_named(term),
                    )
                )
            held = named_parts(text)
            if len(held) == 1 and held[0] != text and " " not in held[0]:
                # an acronym and the word for what it names ("YPG-joukkojen": the YPG's
                # forces), as :meth:`_names_held` reads one in English
                note = f"{note}, reading {held[0]!r} in it"
                out.append(Reading(held[0], note, factor=IN_ENGLISH_FACTOR, allowed=same_name))
            compass = other_compass_form(text)
            if compass:
                # "Kuzey ve Doğu Suriye": Northern and Eastern Syria, North and East Syria
                note = f"read in English as {compass!r} ({language})"
                out.append(Reading(compass, note, factor=IN_ENGLISH_FACTOR))
        return out

    def _glossed(self, text: str) -> tuple[str, list[str], set[str]]:
        """*text* with the English words for the glossary's terms read as the terms, the
        notes saying so, and the terms."""
        glossed = text
        notes: list[str] = []
        terms: set[str] = set()
        for word in LATIN_WORD.findall(text):
            term = self._terms.get(word.casefold())
            if term:
                glossed = re.sub(rf"\b{re.escape(word)}\b", term, glossed)
                notes.append(f"reading {word!r} as {term!r}")
                terms.add(term)
        return glossed, notes, terms

    def _unit_word_first(
        self, glossed: str, note: str, terms: set[str], factor: float, *, guessed: bool
    ) -> list[Reading]:
        """*glossed* with its last word first when that is a term groups are named with:
        English names a unit after its name, Arabic before it ("Fath al-Sham Front",
        Jabhat Fath al-Sham). A *guessed* reading (of words read in English from another
        language) is answered only as the same name, every word of it."""
        head, _, last = glossed.rpartition(" ")
        if not head.strip() or last not in terms or not self._a_group_word(last):
            return []
        first = f"{last} {head.strip()}"
        allowed = same_name_of(len(phonetic(first).tokens)) if guessed else None
        return [Reading(first, f"{note}, {last!r} first", frozenset(terms), factor, allowed)]

    def _a_group_word(self, term: str) -> bool:
        """Whether *term*, of one word, is one the glossary's groups are named with
        (*jabha*, *liwa*)."""
        words = phonetic(term).tokens
        return len(words) == 1 and words[0].codes in self._group_words

    def _guessed(self, query: str, *, plurals: bool) -> list[Reading]:
        """*query* respelled as German, Spanish, Catalan, Hungarian and Somali write names,
        answered only by the same name: English and the scholarly schemes write j for ج,
        so the German y and the Spanish kh are guesses, as is ج in a Spanish y, ش in a
        Catalan x and the Hungarian and Somali letters read as English writes them. Once
        the query answers (not *plurals*), only as a spelling the glossary gives ("Nayaf"
        is Najaf, though it sounds like the given name Nawaf), looked up before it is
        matched."""
        guesses = (
            y_for_j(query),
            kh_for_j(query),
            j_for_y(query),
            sh_for_x(query),
            in_hungarian_letters(query),
            in_somali_letters(query),
        )
        guessed = same_name if plurals else spelled_alike
        out = [
            Reading(guess, f"read as {guess!r}", factor=GENERATED_FACTOR, allowed=guessed)
            for guess in guesses
            if guess and (plurals or self._index.exact_spellings(guess))
        ]
        # a j closing a syllable is the glide, whatever answered (Husejn: Husayn, not Hasan)
        glide = y_for_glide_j(query)
        if glide and all(reading.text != glide for reading in out):
            out.append(
                Reading(glide, f"read as {glide!r}", factor=GENERATED_FACTOR, allowed=same_name)
            )
        return out

    def _without_a_nationality(self, query: str) -> list[Reading]:
        """*query* without a nationality's adjective before or after a place's name
        ("Golan syrien", الجولان السوري), answered by places only, unless what is left
        holds a word groups are named with (القوات اللبنانية, the Lebanese Forces, is no
        place called القوات)."""
        rest = without_nationality(query)
        if not rest or any(t.codes in self._group_words for t in phonetic(rest).tokens):
            return []
        note = f"read without {_left_out(query, rest)!r}"
        return [Reading(rest, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_place_named)]

    def _without_a_group_word(self, query: str) -> list[Reading]:
        """*query* without a first word groups are named with ("Liwa Suqour al-Sham",
        لواء صقور الشام: a group named with a word for what it is that its spellings
        leave out), answered by groups only: "Liwa Shuhada al-Yarmouk" is no Yarmouk
        Camp. A name of one word after it (قوات الأسايش) is answered only by a group's
        name of one word, but after the press's word for militia (ميليشيا الباقر): جيش
        الأحرار is not أحرار الشام."""
        first, _, rest = query.partition(" ")
        left = len(rest.split())
        if not left or phonetic(first).codes not in self._group_words:
            return []
        note = f"read without {first!r}"
        after_militia = first.casefold() in MILITIA_WORDS
        allowed = a_group if left >= 2 or after_militia else a_group_of_one_word
        return [Reading(rest, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=allowed)]

    def _kunya_and_name(self, query: str) -> tuple[str, str] | None:
        """The kunya that opens *query* and the name after it, when two words or more of
        a name follow it and none is a word groups are named with: "Abu al-Hasan Ali ibn
        Abi Talib" is Ali ibn Abi Talib, named with his kunya first; else None. A kunya
        with one word after it ("Abu Bakr al-Baghdadi") is a name of its own."""
        words = query.split()
        if len(words) < 3:
            return None
        if words[0].casefold() in _KUNYA_HEADS:
            # the kunya's name, with an article written apart ("Abu al Hasan")
            start = 3 if words[1].casefold() in _ARTICLES_APART else 2
        elif is_kunya(phonetic(words[0])):
            start = 1  # written as one word: "Abulhasan", "Abu-l-Hasan"
        else:
            return None
        rest = words[start:]
        form = phonetic(" ".join(rest))
        if len(form.tokens) < 2 or any(t.codes in self._group_words for t in form.tokens):
            return None
        return " ".join(words[:start]), " ".join(rest)

    def _term_in_a_place(self, query: str) -> tuple[str, str] | None:
        """A name and, after a word for *in*, a place or a group the glossary spells so:
        the name read alone, answered by terms only. A label used in a place or by a
        group names its use there ("the Islamic Resistance in Iraq", المقاومة الإسلامية
        في العراق, في حزب الله); a group named so is another group (al-Qaeda in Iraq),
        so groups do not answer."""
        found = _NAME_IN_A_PLACE.fullmatch(query.strip())
        if not found:
            return None
        name, place = found.group(1), found.group(2)
        return (name, place) if self._spelled_as(place, _WHERE_A_TERM_IS_USED) else None

    def _name_and_place(self, query: str) -> tuple[str, str] | None:
        """A name and, after a comma, a place the glossary spells so ("Raqqa, Syria",
        الرقة، سوريا): the name is read alone. Other names with a comma are a surname
        first ("Zawahiri, Ayman"), read whole."""
        parts = _COMMA.split(query)
        if len(parts) != 2 or not all(parts):
            return None
        if not self._spelled_as(parts[1], _A_PLACE, attested_only=True):
            return None
        return parts[0], parts[1]

    def _terms_inflected(self, query: str) -> list[Reading]:
        """An Arabic *query* of one word read as a term it inflects: the singular of a
        plural or dual, without a possessive ending or a proclitic
        (:func:`~qamus.match.readings.terms_inflected`; الحوزات, ألوية, الفوجين,
        كتائبه: answered by terms only), where the glossary spells a term so, its
        article aside: a name that ends like a dual or a possessive (عثمان, كركوك) is
        read as nothing, and costs no look-up."""
        out: list[Reading] = []
        for term, note in terms_inflected(query):
            bare = term[2:] if term.startswith("ال") else term
            if self._spelled_as(bare, _TERM) or self._spelled_as(term, _TERM):
                out.append(Reading(term, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_term))
        return out

    def _spelled_as(self, text: str, kinds: frozenset[str], *, attested_only: bool = False) -> bool:
        """Whether the glossary gives *text*, once normalised, as a spelling of an entry
        of one of *kinds* (one it attests, with *attested_only*)."""
        index = self._index
        return any(
            index.entries[index.entry_of[spelling_id]].kind in kinds
            and (index.attested[spelling_id] or not attested_only)
            for spelling_id in index.exact_spellings(text)
        )


def _as_letters(query: str) -> list[Reading]:
    """*query* read as an acronym's letters: spelled in Kurdish or Persian letters
    (پەکەکە, پ.ک.ک), in the names of the letters the Arabic press writes (بي كي كي), or
    with dots (*P.M.F.*); and an Arabic acronym's letters written apart (د ا ع ش) as
    the word."""
    out = [
        Reading(
            acronym,
            f"read as the letters {acronym!r}",
            factor=GENERATED_FACTOR,
            allowed=as_acronym(acronym),
        )
        for acronym in spelled_letters(query) or letter_names(query)
    ]
    dotted = undotted(query)
    if dotted:
        out.append(Reading(dotted, f"read as {dotted!r}"))
    joined = arabic_letters_apart(query)
    if joined:
        # an Arabic acronym spelled out (د ا ع ش): the word, answered as the same name
        out.append(Reading(joined, f"read as {joined!r}", allowed=same_name))
    return out


def _without_a_first_letter(query: str) -> list[Reading]:
    """An Arabic *query* without the proclitics of its first word (ولواء الباقر), or
    without a preposition written as one with it (بقم, "in Qom": answered only by the
    same name, of as many words, as the letter may be the name's own, لواء)."""
    out: list[Reading] = []
    proclitics = without_proclitics(query)
    if proclitics:
        prefix, rest = proclitics
        out.append(Reading(rest, f"read without the proclitic {prefix!r}"))
    called = without_vocative(query)
    if called:
        # the name a lament or a chant calls (يا بغداد): answered only as the same name
        note = "read without the vocative 'يا'"
        out.append(Reading(called, note, factor=GENERATED_FACTOR, allowed=same_name))
    preposition = without_preposition(query)
    if preposition:
        prefix, rest = preposition
        note = f"read without the preposition {prefix!r}"
        allowed = same_name_of(len(phonetic(rest).tokens))
        out.append(Reading(rest, note, factor=GENERATED_FACTOR, allowed=allowed))
    return out


def _left_out(query: str, kept: str) -> str:
    """What *query* holds beside *kept*, its words before and after it: the words a
    reading leaves out ("Muslims" of "Sunni Muslims", قبيلة of قبيلة طيء)."""
    before, found, after = query.strip().partition(kept)
    if not found:
        return query.strip()
    return " ... ".join(part.strip() for part in (before, after) if part.strip())


def _without_a_kin_or_sect_word(query: str) -> list[Reading]:
    """A tribe's name after a word for tribe (*Banu*, قبيلة) or a sect's after الطائفة,
    answered by tribes and terms only, and a tribe's nisba read as the tribe, answered
    only by a tribe it spells (العبادي is no nisba of العبيد)."""
    out: list[Reading] = []
    tribe = without_tribe_word(query)
    if tribe:
        note = f"read without {_left_out(query, tribe)!r}"
        out.append(Reading(tribe, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_tribe))
    sect = without_sect_word(query)
    if sect:
        # answered by terms only: الطائفة العلوية is the Alawites, not a place
        note = f"read without {_left_out(query, sect)!r}"
        out.append(Reading(sect, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_term))
    adjective = sect_of_adjective(query)
    if adjective:
        # answered by terms only: a sect's adjective of one word is the sect
        note = f"read as {adjective!r}"
        out.append(Reading(adjective, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_term))
    # ... after a word for tribe too ("Tamimi tribe", عشيرة الجبوري)
    stem = tribe_of_nisba(query) or (tribe_of_nisba(tribe) if tribe else None)
    if stem is None:
        # ... in the plural, as English writes a tribe's men ("the Shammaris", "Tamimis"),
        # or with a gentilic ending (*Tamimites*, *Anazaítas*)
        one = singular(query)
        stem = (tribe_of_nisba(one) if one else None) or without_gentilic(query)
    if stem:
        note = f"read as the tribe {stem!r}"
        allowed = a_tribe_spelled
        out.append(Reading(stem, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=allowed))
    for name, allowed in ((tribe, a_tribe), (stem, a_tribe_spelled)):
        full = sons_of(name) if name else None
        if full:
            note = f"read as the tribe {full!r}"
            out.append(Reading(full, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=allowed))
    return out


def _other_forms(query: str) -> list[Reading]:
    """*query* with an English compass word in its other form ("East Ghouta" as
    "Eastern Ghouta"), or written out from its abbreviation ("E. Ghouta": answered only
    by a place of the same name, as the letter may be a person's initial), the Catalan
    *l·l* as *ll* (*Hezbol·lah*), with ي for a final ى
    (على بن أبي طالب: Ali, as Egypt writes him; answered only by the same name),
    Kurdish with ە for ه inside its words (مهنبهجی; answered only by the same name), and
    the chat alphabet's digits as letters (*7alab*, Halab; its 2 as a hamza and as the
    qaf spoken so, *el 3ira2*: answered only by the same name)."""
    out: list[Reading] = []
    compass = other_compass_form(query)
    if compass:
        out.append(Reading(compass, f"read as {compass!r}"))
    written_out = compass_abbreviation_read(query)
    if written_out:
        for text in (written_out, other_compass_form(written_out)):
            if text:
                out.append(Reading(text, f"read as {text!r}", allowed=a_place_named))
    geminate = catalan_ll(query)
    if geminate:
        out.append(Reading(geminate, f"read as {geminate!r}"))
    read_as = (
        y_for_final_alif_maqsura(query),
        kurdish_e_for_h(query),
        in_chat_letters(query),
        in_chat_letters(query, qaf=True),
    )
    for read in dict.fromkeys(filter(None, read_as)):
        out.append(Reading(read, f"read as {read!r}", factor=GENERATED_FACTOR, allowed=same_name))
    return out


def _inflected(query: str) -> list[Reading]:
    """*query* without its inflections: a last word without a case ending ("w Iraku",
    "w Basrze": answered only by the same name, as the ending is a guess; the languages
    that inflect so write j for y, "v Nasiriji"), the plural of a nisba as the nisba
    (النصيريون, الصدريون: the members of a sect or movement, answered by those), a
    man's names in the Slavic genitive ("Baszszara al-Asada": answered by people
    only), and the Arabic article Sorani writes joined to the word before it written
    apart (تەحریرولشام: answered only by the same name). A term's plurals, duals and
    possessives are read by :meth:`QueryReadings._terms_inflected`."""
    out: list[Reading] = []
    # Sorani as written, and with ە for the ه Arabic keyboards typed it with (سووریهدا)
    sorani = tuple(dict.fromkeys((query, kurdish_e_for_h(query) or query)))
    plain = without_case_ending(query)
    # the plain form with j for y, without the Finnish linking i, and in English letters
    # when Hungarian letters spell it (Nadzsafban: Nadzsaf, Najaf)
    case_forms = (
        dict.fromkeys(
            (
                plain,
                y_for_j(plain) or plain,
                without_linking_i(query) or plain,
                in_hungarian_letters(plain) or plain,
                other_polish_locative(query) or plain,
            )
        )
        if plain
        else ()
    )
    # each ending (and an Irish article) read away, answered only as the same name;
    # endings names end in as often, only by a spelling the glossary gives (Alepon,
    # Iraka: but Hassan, Hama)
    for read_away, ending, answering in (
        (case_forms, "a case ending", same_name),
        (tuple(map(without_sorani_locative, sorani)), "the Sorani locative", same_name),
        (tuple(map(without_joining_ending, sorani)), "the izafe or oblique ending", same_name),
        (without_sorani_preposition(query), "the Sorani preposition", same_name),
        (without_kurdish_oblique(query), "the Kurdish oblique", same_name),
        ((without_turkic_suffix(query),), "a case suffix", same_name),
        ((without_german_genitive(query),), "the German genitive", same_name),
        ((without_irish_article(query),), "an article", same_name),
        ((without_elision(query),), "an elided article or preposition", same_name),
        ((in_maltese_letters(query),), "the Maltese article", same_name),
        (without_short_ending(query), "a case ending", spelled_alike),
    ):
        for read in filter(None, read_away):
            note = f"read without {ending} as {read!r}"
            out.append(Reading(read, note, factor=GENERATED_FACTOR, allowed=answering))
    apart = with_sorani_article(query)
    if apart:
        note = f"read with the article apart as {apart!r}"
        out.append(Reading(apart, note, factor=GENERATED_FACTOR, allowed=same_name))
    members = nisba_of_plural(query)
    if members:
        # ... and by tribes: العنزيين, the men of Anizah (العنزي), are the tribe
        allowed = either(a_term, a_group, a_tribe)
        note = f"read as {members!r}"
        out.append(Reading(members, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=allowed))
    collective = nisba_of_collective(query)
    if collective:
        # answered by terms only, a sect among them: النصيرية is the Alawites' old name,
        # not the town الناصرية its letters sound like
        note = f"read as {collective!r}"
        out.append(Reading(collective, note, allowed=a_term))
    manner = without_swahili_prefix(query)
    if manner:
        # answered by terms only: "Kirkuk" read as "rkuk" names nothing
        note = f"read without the Swahili prefix as {manner!r}"
        out.append(Reading(manner, note, factor=WITHOUT_GROUP_WORD_FACTOR, allowed=a_term))
    genitive = without_genitive_a(query)
    if genitive:
        note = f"read without the genitive as {genitive!r}"
        out.append(Reading(genitive, note, factor=GENERATED_FACTOR, allowed=a_person_named))
    return out
