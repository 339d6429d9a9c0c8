"""Find glossary names in text by how they sound: spellings the glossary does not list.

:class:`~qamus.match.finder.Finder` finds a name as the glossary spells it, in
the listed forms of its articles, or as qamus's generator spells its Arabic;
*Liwa al-Baker* or *Dair ez-Zour*, written otherwise, it misses. With
``Glossary.find(text, by_sound=True)`` the text's runs of name-like words are
also matched, as :meth:`qamus.Glossary.match` matches a query:

- a run starts and ends at words whose consonant skeletons are those of the
  first and last words of a spelling of the glossary (*Dair* and *Deir*, *Qasim*
  and *Qassem* share theirs), and has about as many words as that spelling; or,
  in Latin script, it has two to :data:`NAMED_WITH_WORDS` words and begins or ends
  with a word groups are named with, in English or another language ("Division
  al-Hamza", "Brigate Imam Ali", "Badr Brigade");
- in Latin script, a whole run of capitalised words, from its first word (after
  *The*, *On*...) to its last, and a run of one word, whatever their skeletons
  ("Khan Cheikoun", *Deyrizor*), but no English word for a term alone ("Forces",
  *quwwat*; "Brigades"), which prose uses as English;
- in Latin script every word of a run is capitalised but for the particles of
  names (*al*, *ibn*, *of*...), as names are in prose; a run of one word has
  :data:`ONE_WORD_LETTERS` letters or more, scores :data:`ONE_WORD_SCORE` or
  more and has no capitalised word beside it (*Hossein* in "Foreign Minister
  Hossein Amir-Abdollahian" is part of another name), and Arabic runs have two words or
  more, or are a kunya (أبي خولة), as the finder's folds already take most Arabic
  spellings of one word;
- no run crosses a clause mark, a paragraph break or a name already found, and no
  Arabic run begins or ends with a word of prose (:data:`ARABIC_PROSE_WORDS`: *إن
  السيد* is no *Ain al-Asad*);
- a first or last word with the article written as one with it ("Almarai") is also
  looked up without it;
- a proclitic before an Arabic run (و ف ب ل ك, ولواء الباقر) is left out of the
  mention, as the finder leaves it, where the run without it names the same entry;
- a run is a mention when its best match is at
  :data:`~qamus.match.SAME_NAME_THRESHOLD` or above through a spelling of as
  many words, titles aside, or the entry has another spelling of the run's shape
  that is the same name ("Tel Afer", best matched by "Telafer", is "Tal Afar"; a
  surname alone, or a name with words of prose around it, is left), or the run is
  one word that is the spelling's words written as one (*Deyrizor*, "Deir
  Ezzor"; not a person's: a surname alone is no name whole), and it does
  not begin with an English word that begins sentences (*The*, *In*);
- a run may begin with a title or an article written apart before a name's first
  word ("Imam 'Ali ibn Musa", "Al Duliam"), and a kunya written as one word has the
  shape of one written apart (أبومحمد العدناني);
- between the same first and last words, a person's name may hold a father's name
  its spelling leaves out, or leave one out ("Haider Jawad al-Abadi"), and other
  names may leave a word out (الحكومة المؤقتة);
- a longer name found so takes the place of what it holds (*Liwa al-Baker* of
  the term *Liwa*); on one span, a name found as spelled stands.

Matching a run costs far more than looking a spelling up, so this is a choice,
not the default (``benchmarks/bench_find.py`` gives both speeds).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Final

import icu

from qamus.match.other_languages import is_name_word
from qamus.match.phonetic import POSSESSIVE, Phonetic, is_kunya_word, phonetic, script_of
from qamus.match.readings import NAME_SMALL_WORDS, without_proclitics
from qamus.match.similarity import is_title, name_words, similarity_of, whole_similarity
from qamus.match.threshold import SAME_NAME_THRESHOLD
from qamus.model import Entry, Match, Mention

if TYPE_CHECKING:
    from qamus.match.matcher import Matcher

__all__ = [
    "ARABIC_PROSE_WORDS",
    "NAMED_WITH_WORDS",
    "ONE_WORD_LETTERS",
    "ONE_WORD_SCORE",
    "SoundFinder",
    "merge",
]

#: The fewest letters of a run of one Latin word matched by sound: shorter words of
#: prose sound like too many names (*hums* and Homs).
ONE_WORD_LETTERS: Final = 6

#: The least score of a run of one word: one word of prose may sound like a name of
#: one word ("Google" and *Gulale*, 0.83), as two words together rarely do.
ONE_WORD_SCORE: Final = 0.9

#: How many more or fewer words than a spelling a run of it may have ("Abu Bakr
#: al-Baghdadi" and "Abubakr al Baghdadi").
WORD_SLACK: Final = 1

#: The most words of a run matched by sound, besides :data:`WORD_SLACK`.
MOST_WORDS: Final = 8

#: The most words of a run that begins or ends with a word groups are named with
#: (:func:`~qamus.match.other_languages.is_name_word`), matched whatever its shape.
NAMED_WITH_WORDS: Final = 4

#: How many runs' best matches a finder remembers: a text names the same things
#: again and again.
REMEMBERED_RUNS: Final = 8192

#: Arabic marks and tatweel, and the zero-width non-joiner inside Persian words (خامنه‌ای).
_MARKS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c"
_MARK: Final = re.compile(f"[{_MARKS}]")
#: Ayn and hamza marks, and the apostrophes and quotes written for them.
_AYN_MARKS: Final = "'’ʿʾ‘`ʼ"
#: What joins the parts of one word: those marks and a hyphen ("Kata'ib", "al-Baqir").
_JOINERS: Final = _AYN_MARKS + "\\-"
_WORD: Final = re.compile(rf"[\w{_MARKS}]+(?:[{_JOINERS}][\w{_MARKS}]+)*")
#: English words that begin sentences, not names ("The Baggara" is the Baggara).
_NOT_FIRST: Final = frozenset({
    "the", "a", "an", "of", "and", "in", "on", "at", "for", "to", "by", "from", "with", "as",
    "but", "or", "this", "that", "these", "those", "his", "her", "its", "their", "our", "we",
    "he", "she", "it", "they", "mr", "mrs", "ms", "then", "when", "while", "after", "before",
    "since",
})  # fmt: skip
#: Arabic words of prose that begin or end no name: particles, prepositions, pronouns,
#: demonstratives and the verbs of reporting, alone or after و or ف. Their letters
#: sound like names' (إن and عين, عن and عين, على and علي), so a run of Arabic words
#: neither begins nor ends with one. Written as prose writes them: على with its ى
#: (علي is the name), إلى and الى.
ARABIC_PROSE_WORDS: Final = frozenset({
    "إن", "أن", "ان", "إنه", "أنه", "انه", "في", "من", "على", "عن", "إلى", "الى", "مع",
    "قد", "لقد", "ثم", "أو", "او", "لا", "ما", "لم", "لن", "هذا", "هذه", "ذلك", "تلك",
    "التي", "الذي", "الذين", "كان", "كانت", "قال", "قالت", "بين", "حتى", "بعد", "قبل",
    "عند", "منذ", "ضد", "حول", "غير", "كل", "بعض", "هو", "هي", "هم", "كما", "أي", "إذ",
    "إذا", "اذا", "لكن", "بل", "نحو", "لدى", "عبر", "خلال", "أمس", "اليوم", "يوم", "أيضا",
    "أيضاً", "ايضا", "إلا", "الا", "أما", "اما", "وفق", "بحسب", "حسب", "ذكر", "أكد", "أعلن",
})  # fmt: skip

#: Latin capitals, in ICU's Unicode data: names in scholarly and European spellings begin
#: with Ḥ, Ṣ, Ş or É ("Ḥizb al-Daʻwah", "Şengal").
_CAPITALS: Final = re.escape("".join(icu.UnicodeSet("[[[:Lu:][:Lt:]]&[:Latin:]]")))
#: An article or particle joined to a name by a hyphen or an apostrophe: "al-", "ad-",
#: "bin-", "l-", German "asch-".
_JOINED_ARTICLE: Final = "(?:(?:[a-z]{1,3}|[ae]sch)['’\\-])"
#: A Latin word that begins with a capital, after an article joined to it ("al-Baqer").
_CAPITALISED: Final = re.compile(rf"^{_JOINED_ARTICLE}?[{_CAPITALS}]")

_LATIN_NAME_WORD: Final = rf"{_JOINED_ARTICLE}?[{_CAPITALS}][^\W\d_]*(?:[{_JOINERS}][^\W\d_]+)*"
_ARABIC_WORD: Final = "[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u200c]+"
_PARTICLE: Final = "(?:" + "|".join(sorted(NAME_SMALL_WORDS, key=len, reverse=True)) + ")"
#: Spaces between two words of a name: one line break at most, no clause mark.
_GAP: Final = "(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)"
#: A run of name-like words: capitalised Latin words and the particles between them, or
#: Arabic words, with no clause mark or blank line between. A Latin word after the
#: first may begin with an ayn or hamza mark ("Imam 'Ali"); the first may not, as a
#: quote mark before it is no part of it.
_RUN: Final = re.compile(
    rf"(?:{_LATIN_NAME_WORD}|{_ARABIC_WORD})"
    rf"(?:{_GAP}(?:[{_AYN_MARKS}]?{_LATIN_NAME_WORD}|\b{_PARTICLE}\b|{_ARABIC_WORD}))*"
)


#: The article written apart from the name after it ("Al Duliam", "El Baqir").
_ARTICLES: Final = frozenset({"al", "el"})

#: The English possessive ending a word ("Assad's"): not part of the name.
_POSSESSIVE: Final = re.compile(POSSESSIVE + "$")


def _is_arabic(word: str) -> bool:
    return script_of(word) == "arabic"


@lru_cache(maxsize=1 << 16)
def _skeletons(word: str) -> tuple[str, ...]:
    """The consonant skeleton of *word*, and of its other reading when that has another
    ("Almarai" is also read without its article, as *marai*)."""
    form = phonetic(word)
    if form.reading is None or form.reading.skeleton == form.skeleton:
        return (form.skeleton,)
    return (form.skeleton, form.reading.skeleton)


def _is_prose(word: str) -> bool:
    """Whether an Arabic *word* is a word of prose (:data:`ARABIC_PROSE_WORDS`), alone or
    after و or ف, whatever its marks (إنّ).

    >>> _is_prose("وإنّ"), _is_prose("علي")
    (True, False)
    """
    bare = _MARK.sub("", word)
    return bare in ARABIC_PROSE_WORDS or (bare[:1] in "وف" and bare[1:] in ARABIC_PROSE_WORDS)


def _two_names(run: str) -> bool:
    """Whether an Arabic *run* has two name words, titles aside, or is a kunya (أبو خولة,
    Abu and a name, read as one word): a name, not one word of one."""
    named = name_words(phonetic(run))
    return len(named) >= 2 or is_kunya_word(named[0])


def _name_like(word: str) -> bool:
    """Whether a Latin *word* of prose may be part of a name."""
    return bool(_CAPITALISED.match(word)) or word.lower() in NAME_SMALL_WORDS


class SoundFinder:
    """Finds the names of one glossary in text by sound, through its matcher."""

    def __init__(self, entries: Sequence[Entry], matcher: Matcher) -> None:
        self._matcher = matcher
        # the skeletons of a spelling's first and last words -> its numbers of words
        shapes: dict[tuple[str, str], set[int]] = {}
        for entry in entries:
            for spelling in entry.spellings:
                words = spelling.split()
                if not words:
                    continue
                for first in _skeletons(words[0]):
                    for last in _skeletons(words[-1]):
                        if first and last:
                            shapes.setdefault((first, last), set()).add(len(words))
                tokens = phonetic(spelling).tokens
                if 1 < len(tokens) < len(words) and tokens[0].skeleton and tokens[-1].skeleton:
                    # words read as one, a kunya ("Abu Mohammad"), are also written as
                    # one (أبومحمد العدناني)
                    shape = (tokens[0].skeleton, tokens[-1].skeleton)
                    shapes.setdefault(shape, set()).add(len(tokens))
        self._shapes = {k: frozenset(v) for k, v in shapes.items()}
        self._firsts = frozenset(first for first, _ in shapes)
        # text names the same things again and again ("Monday", "Reuters", a name)
        self._best = lru_cache(maxsize=REMEMBERED_RUNS)(self._best_match)

    def _best_match(self, query: str) -> Match | None:
        """The matcher's best answer to *query*, if any."""
        best = self._matcher.match(query, limit=1)
        return best[0] if best else None

    def find(
        self, text: str, found: Sequence[Mention], *, overlapping: bool = False
    ) -> list[Mention]:
        """The mentions *found* in *text* as spelled, with those found by sound: a
        longer name by sound takes the place of what it holds ("Liwa al-Baker" of the
        term *Liwa*); on one span, a name as spelled stands. With *overlapping*, as
        *found* was searched, every mention stays, in order of start, longest first."""
        spelled = _Spans(found)
        by_sound = [
            m for words in self._stretches(text) for m in self._in_stretch(text, words, spelled)
        ]
        if overlapping:
            return sorted([*found, *by_sound], key=lambda m: (m.start, -m.end))
        return merge(found, by_sound)

    def _stretches(self, text: str) -> Iterator[list[tuple[int, int, str]]]:
        """Runs of words of *text* (start, end, word) that no break or other word parts:
        each may hold names."""
        for run in _RUN.finditer(text):
            base = run.start()
            words = []
            for found in _WORD.finditer(run.group()):
                word, end = found.group(), base + found.end()
                possessive = _POSSESSIVE.search(word)
                if possessive:  # "Hezbollah's": the name is Hezbollah
                    word, end = word[: possessive.start()], end - len(possessive.group())
                words.append((base + found.start(), end, word))
            yield words

    def _in_stretch(
        self, text: str, words: list[tuple[int, int, str]], spelled: _Spans
    ) -> Iterator[Mention]:
        """Mentions in one run of name-like words, leftmost first, longest at a start;
        none on a span of a name found as *spelled*, which stands there."""
        whole = _whole_run(words)
        at = 0
        while at < len(words):
            mention = self._at(text, words, at, spelled, whole)
            if mention is None:
                at += 1
                continue
            yield mention
            while at < len(words) and words[at][0] < mention.end:
                at += 1

    def _at(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        at: int,
        spelled: _Spans,
        whole: tuple[int, int],
    ) -> Mention | None:
        """The longest name by sound starting at word *at* of *words*, if any, longer
        than a name found as *spelled* there; *whole* is the first and end word of the
        name the whole run holds (:func:`_whole_run`)."""
        first = words[at][2]
        latin = not _is_arabic(first)
        if latin and (not _CAPITALISED.match(first) or first.lower() in _NOT_FIRST):
            return None
        # (skeleton of the name's first word, words before it): a title or an article
        # written apart may come before the name ("Imam 'Ali ibn Musa", "Al Duliam"),
        # whose first word then leads
        firsts = [(s, 0) for s in _skeletons(first) if s in self._firsts]
        if (
            latin
            and at + 1 < len(words)
            and (first.lower() in _ARTICLES or is_title(phonetic(first)))
        ):
            firsts += [(s, 1) for s in _skeletons(words[at + 1][2]) if s in self._firsts]
        # a word groups are named with, in English or another language, begins a name
        # whatever its shape ("Division al-Hamza", "Brigate Imam Ali")
        named_with = latin and is_name_word(first)
        if (not firsts and not named_with and not latin) or (not latin and _is_prose(first)):
            return None
        end_at = min(len(words), at + MOST_WORDS + WORD_SLACK + (firsts[-1][1] if firsts else 0))
        # the whole run, whatever its skeletons, from its first word to its last name-like
        run_end = whole[1] if latin and at == whole[0] else -1
        for stop in range(end_at, at, -1):  # the longest run first
            size = stop - at
            last = words[stop - 1][2]
            shaped = any(
                abs(size - before - n) <= WORD_SLACK
                for head, before in firsts
                if size > before
                for tail in _skeletons(last)
                for n in self._shapes.get((head, tail), ())
            )
            if not (
                shaped
                or (latin and size == 1)  # a Latin word alone, whatever its skeleton
                or stop == run_end
                or (1 < size <= NAMED_WITH_WORDS and (named_with or (latin and is_name_word(last))))
            ):
                continue
            if not latin and (size < 2 or _is_prose(last)):
                continue
            if latin and not _CAPITALISED.match(last):
                continue  # a name ends with a name, not a particle
            start, end = words[at][0], words[stop - 1][1]
            if (start, end) in spelled:
                return None  # found as spelled: a shorter run is no better
            if spelled.cut(start, end):
                continue  # "مدينة دير" of مدينة دير الزور, where دير الزور is found
            run = text[start:end]
            if size == 1 and (
                sum(c.isalpha() for c in run) < ONE_WORD_LETTERS
                or (latin and _beside_a_name(words, at))
            ):
                continue
            if any(_is_arabic(w[2]) == latin for w in words[at:stop]):
                continue  # one script per name
            if not latin and not _two_names(run):
                continue  # a title and one name (سید علی) is one word of a name
            if size == 1 and not shaped and self._matcher.is_term_gloss(last):
                continue  # "Forces" in English prose is English, not quwwat
            mention = self._matched(run, start, end)
            if mention is not None:
                return mention if latin else self._without_proclitics(mention)
        return None

    def _without_proclitics(self, mention: Mention) -> Mention:
        """*mention*, Arabic, without the proclitics before its first word (ولواء الباقر
        is لواء الباقر), where the run without them names the same entry as well."""
        parted = without_proclitics(mention.text)
        if parted is None:
            return mention
        prefix, rest = parted
        # لل before a name: the second lam is the article's, as the finder reads it
        start = mention.start + len(prefix)
        kept = self._matched(mention.text[len(prefix) :], start, mention.end, query=rest)
        if kept is None or kept.entry != mention.entry or kept.score < mention.score:
            return mention
        return kept

    def _matched(
        self, run: str, start: int, end: int, *, query: str | None = None
    ) -> Mention | None:
        """The mention *run* at *start*, *end* is, matched as *query* (the run itself,
        unless given), if it names an entry whole."""
        query = run if query is None else query
        found = self._best(query)
        least = ONE_WORD_SCORE if len(run.split()) == 1 else SAME_NAME_THRESHOLD
        if found is None or found.score < least:
            return None
        spelling = found.spelling
        # a whole name: not a part of a longer one (a surname alone), nor one with words
        # of prose around it ("Baggara Arabs"). Between the same first and last words, a
        # person's father's name may be written or not ("Haider Jawad al-Abadi"), and
        # other names may leave a word out (الحكومة المؤقتة), not hold one more: in
        # "الجيش وقوات سوريا" the army and the forces are two
        form, spelled = phonetic(query), phonetic(spelling)
        named, whole = name_words(form), name_words(spelled)
        if _written_as_one(form, named, spelled, whole, found.entry):
            return Mention(start, end, run, found.entry, spelling, found.score)
        if len(named) != len(whole) and not (
            (found.entry.kind == "person" or len(named) < len(whole)) and _same_ends(named, whole)
        ):
            # the best spelling has another number of words ("Telafer" for "Tel Afer"):
            # the run names the entry whole if another of its spellings has its shape
            shaped = _spelling_shaped_as(form, found.entry)
            if shaped is None:
                return None
            spelling = shaped
        return Mention(start, end, run, found.entry, spelling, found.score)


class _Spans:
    """The spans of the names of a text found as spelled."""

    def __init__(self, found: Sequence[Mention]) -> None:
        self._spans = sorted({(m.start, m.end) for m in found})
        self._starts = [start for start, _ in self._spans]

    def __contains__(self, span: object) -> bool:
        at = bisect_left(self._spans, span) if isinstance(span, tuple) else len(self._spans)
        return at < len(self._spans) and self._spans[at] == span

    def cut(self, start: int, end: int) -> bool:
        """Whether a run from *start* to *end* holds a part of a name found as spelled
        and not the whole of it: it starts or ends inside the name."""
        for at in range(bisect_left(self._starts, end) - 1, -1, -1):
            found_start, found_end = self._spans[at]
            if found_start < start - _LONGEST_NAME:
                break
            if found_end > start and not (start <= found_start and found_end <= end):
                return True
        return False


#: Characters of the longest name the finder finds (a bound on how far back a name
#: found as spelled that a run overlaps may begin).
_LONGEST_NAME: Final = 300


def _spelling_shaped_as(form: Phonetic, entry: Entry) -> str | None:
    """A spelling of *entry* of as many words as the query's *form*, titles aside, whose
    first and last words have their consonant skeletons, and which is the same name
    (:func:`~qamus.match.similarity.similarity`): "Tal Afar" for "Tel Afer"; else None."""
    named = name_words(form)
    for spelling in entry.spellings:
        spelled = phonetic(spelling)
        words = name_words(spelled)
        if (
            len(words) == len(named)
            and words[0].skeleton == named[0].skeleton
            and words[-1].skeleton == named[-1].skeleton
            and similarity_of(form, spelled) >= SAME_NAME_THRESHOLD
        ):
            return spelling
    return None


def _written_as_one(
    form: Phonetic,
    named: tuple[Phonetic, ...],
    spelled: Phonetic,
    whole: tuple[Phonetic, ...],
    entry: Entry,
) -> bool:
    """Whether a query of one word (*form*, its *named* words) is the words of a longer
    spelling (*spelled*, its *whole* words) written as one: their letters run together
    are one name (:data:`ONE_WORD_SCORE`), as *Deyrizor* is "Deir Ezzor". Not a
    person's name: one word of it is a surname alone, whatever its letters."""
    return (
        len(named) == 1 < len(whole)
        and entry.kind != "person"
        and whole_similarity(form, spelled) >= ONE_WORD_SCORE
    )


def _same_ends(named: tuple[Phonetic, ...], whole: tuple[Phonetic, ...]) -> bool:
    """Whether names of two words or more, *named* and *whole*, begin and end with
    words of one consonant skeleton, and differ only in the words between (a father's
    name written or left out, in people's names)."""
    return (
        min(len(named), len(whole)) >= 2
        and named[0].skeleton == whole[0].skeleton
        and named[-1].skeleton == whole[-1].skeleton
    )


def _whole_run(words: list[tuple[int, int, str]]) -> tuple[int, int]:
    """Where the name a run of capitalised Latin words holds begins and ends, whatever
    the skeletons of its words ("Khan Cheikoun", "Abu Graihb"): from its first word that
    does not begin sentences (*The*, *On*) to after its last ("Abu Graihb The": a name
    ends with no *The*)."""
    name_like = [n for n, (_, _, word) in enumerate(words) if word.lower() not in _NOT_FIRST]
    return (name_like[0], name_like[-1] + 1) if name_like else (len(words), 0)


def _beside_a_name(words: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the Latin word at *at* of a run has a capitalised word beside it that may
    be a name (not *The*, *In*...): the word is then part of a longer name ("Foreign
    Minister Hossein Amir-Abdollahian" names no Imam Husayn)."""
    for other in (at - 1, at + 1):
        if 0 <= other < len(words):
            word = words[other][2]
            if _CAPITALISED.match(word) and word.lower() not in _NOT_FIRST:
                return True
    return False


def merge(found: Sequence[Mention], by_sound: Sequence[Mention]) -> list[Mention]:
    """*found* and *by_sound* mentions, longest-leftmost: the earliest start, then the
    longest there; on one span, those *found* as spelled, all of them (look-alikes).

    >>> e = Entry(id="x", kind="term", name="Liwa", arabic="لواء")
    >>> merge([Mention(0, 4, "Liwa", e, "Liwa")], [Mention(0, 13, "Liwa al-Baker", e, "x", 0.9)])
    [Mention(start=0, end=13, text='Liwa al-Baker', entry=<Entry x>, spelling='x', score=0.9)]
    """
    ranked = sorted(
        [(m.start, -m.end, 0, n, m) for n, m in enumerate(found)]
        + [(m.start, -m.end, 1, n, m) for n, m in enumerate(by_sound)]
    )
    out: list[Mention] = []
    taken_end = -1
    span: tuple[int, int] | None = None
    kind = -1
    for start, minus_end, sound, _, mention in ranked:
        if span == (start, -minus_end):
            if sound == kind == 0:
                out.append(mention)  # look-alikes spelled alike: each stays
            continue
        if start < taken_end:
            continue
        span, taken_end, kind = (start, -minus_end), -minus_end, sound
        out.append(mention)
    return out
