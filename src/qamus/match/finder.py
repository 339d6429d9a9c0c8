"""Find every glossary name in running text, in either script and any listed spelling.

:class:`Finder` compiles one Aho-Corasick automaton (pyahocorasick) over the
folded spellings of every entry: its name, Arabic, vocalised form and
variants, each also without apostrophes (*Mara'i* and *Marai*), plus a few
spellings generated from its Arabic. The text is folded the same way, by
:func:`qamus.normalise.offsets.fold_with_offsets`: the character step of
:func:`qamus.normalise.normalise` (case, marks, tatweel, the Arabic letter
folds, ``ḫ`` and ``kh``, the ayn/hamza family as one apostrophe, punctuation
as spaces), one character at a time, with runs of separators made one space.
Every folded character keeps its original span, so each hit maps back to an
exact slice of the original text. Then, in spellings and text alike, an
apostrophe touching a letter is dropped (*Kata'ib* is *Kataib*, *al-'Asad* is
*al-Asad*) unless it begins an English ending (*Hezbollah's*, *don't*), so a name
is found with or without its ayn and hamza marks, and ends before *'s*.

The word rules of :func:`~qamus.normalise.normalise_latin` (the forms of the
article, ``Abdul`` for ``Abd al``, ``Hezbollah`` for ``Hezb Allah``, ``ibn``
for ``bin``) rewrite whole words, not characters, so they are not applied to
the text. Instead, each Latin spelling is also searched for with its articles
in the forms writers use (*al*, *el*, and assimilated before a sun letter:
*Jabhat an-Nusra*, *Deir el-Zor*) and *ibn* between names as *bin* or *ben*
(:data:`ARTICLE_FORMS` forms at most); other word forms are found when they
are among its listed or generated spellings.

Word boundaries:

- a Latin hit never starts or ends inside a word (a combining mark or an
  invisible character is part of the letter before it, not a boundary);
- between the words of a name, any run of spaces, line breaks, hyphens and
  other separators counts as one space (*Liwa al-Baqir* in
  ``"Liwa\\nal - Baqir"``), but a hit never runs over a clause or sentence
  mark (``, ; : . ! ?`` and ``، ؛ ؟``) that its spelling does not have:
  ``"Hassan. Nasrallah"`` is not *Hassan Nasrallah*; nor over a paragraph
  break (a blank line, or U+2029): a line break alone may wrap a name, two
  end a heading or a paragraph;
- an Arabic name of several words is also found with the article glued to the
  word before it (*ديرالزور* for *دير الزور*), as hurried writing has it, and a
  Latin one of :data:`RUN_TOGETHER` letters or more with its words run together,
  as hashtags have it (*#HayatTahrirAlSham*);
- an Arabic hit may follow proclitics written together with it: و ف, then
  ب ل ك, then the article ال (*ولواء الباقر*, *بالباقر*), or لل before a name
  whose article it absorbs (*للباقر* for *الباقر*). The mention covers the
  name only, without its proclitics: in *ولواء الباقر* it is *لواء الباقر*.

An acronym the glossary gives (*SDF*, *KDP*) is found as written or in capitals,
never as a word of the text (*jam* is not the Mahdi Army's *JAM*). One of two
capitals (*IS*, *KH*), too short for the automaton, is found only as written, and not
beside another word in capitals that is no acronym of the glossary's, as in a headline
("THIS IS IT").

Overlapping hits are resolved longest-leftmost: the earliest start wins,
then the longest hit there. Entries sharing one spelling (declared
``not-same-as``) each get a mention of the same span.

>>> from qamus.glossary.store import Glossary
>>> from qamus.model import Entry
>>> g = Glossary([Entry(id="liwa-al-baqir", kind="group", name="Liwa al-Baqir",
...                     arabic="لواء الباقر")], check=False)
>>> text = "Fighters of Liwā al-Bāqir, ولواء الباقر"
>>> [(m.start, m.end, m.text) for m in Finder(g).find(text)]
[(12, 25, 'Liwā al-Bāqir'), (28, 39, 'لواء الباقر')]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import Final

import ahocorasick

from qamus.match._text import generated_spellings
from qamus.match.acronym import looks_like_acronym, spelled_in_capitals
from qamus.model import Entry, Mention
from qamus.normalise.offsets import fold_with_offsets

__all__ = [
    "ARTICLE_FORMS",
    "GENERATED_PER_ENTRY",
    "GENERATED_SHORTEST_WORD",
    "NAME_PARTS",
    "Finder",
    "find_key",
]

#: How many generated spellings of each entry's Arabic are searched for too.
GENERATED_PER_ENTRY: Final = 4

#: Shortest generated spelling of one word searched for: short ones are often English
#: words (هيت romanised *Hit*); the glossary's own spellings are searched whatever their
#: length.
GENERATED_SHORTEST_WORD: Final = 5

#: Shortest folded spelling searched for: shorter ones (initials) match too much prose.
MIN_LENGTH: Final = 3

#: Words names are made with, never searched for alone, whatever spelling folds to one:
#: آبو (*Apo*, Abdullah Öcalan) folds to ابو, the *Abu* of every kunya.
NAME_PARTS: Final = frozenset(
    {
        "ابو",
        "ابي",
        "ابن",
        "بن",
        "بنت",
        "عبد",
        "ام",
        "abu",
        "abi",
        "ibn",
        "bin",
        "bint",
        "abd",
        "umm",
    }
)

_PROCLITICS: Final = re.compile("[وف]?[بلك]?(?:ال)?")
_LAM_PROCLITICS: Final = re.compile("[وف]?")
#: Marks that end a clause or sentence: a name does not run over them.
_CLAUSE_MARKS: Final = re.compile("[,;:.!?…،؛؟۔]")
#: The line breaks :meth:`str.splitlines` knows (CR LF counted as one, so CR apart), and
#: the spaces that are not line breaks.
_BREAKS: Final = r"\n\v\f\x1c-\x1e\x85\u2028\u2029"
_LINE_BREAK: Final = rf"(?:\r\n|\r(?!\n)|[{_BREAKS}])"
_SPACE: Final = rf"[^\S\r{_BREAKS}]"
#: Two line breaks with nothing but spaces between, or a paragraph separator: a name
#: does not run over them.
_PARAGRAPH_BREAK: Final = re.compile(rf"{_LINE_BREAK}{_SPACE}*{_LINE_BREAK}|\u2029")

# (entry number, spelling, absorbed article): one spelling may belong to several entries
_Payload = tuple[int, str, bool]


def find_key(spelling: str) -> str:
    """A spelling folded as :class:`Finder` searches for it: ayn and hamza marks are
    dropped (:func:`_without_marks`), an English contraction keeps its apostrophe.

    >>> find_key("Liwā  al-Bāqir"), find_key("لِواء الـباقر"), find_key("Ǧaʿfar")
    ('liwa al baqir', 'لوا الباقر', 'jafar')
    >>> find_key("Ra's al-'Ayn"), find_key("Kata’ib Hezbollah’s")
    ("ra's al ayn", "kataib hezbollah's")
    """
    return _without_marks(fold_with_offsets(spelling).text)[0]


#: An apostrophe the fold left (ayn, hamza, or a quote) that touches a letter: before
#: one, unless it begins an English ending (*'s*, *'ll*, *'re*, *'ve*: "Hezbollah's"),
#: or after one at a word's end ("Liwa' al-Baqir", "the militants' leaders").
_MARK: Final = re.compile(
    r"'(?:(?=[^\W\d_])(?!(?:s|ll|re|ve)(?![^\W\d_]))|(?<=[^\W\d_]')(?![^\W\d_]))"
)

#: English words before *'d* ("they'd"): elsewhere *'d* is a name's ("Sa'd").
_BEFORE_D: Final = frozenset({"i", "you", "he", "she", "we", "they", "it", "who", "that", "there"})


def _english_contraction(folded: str, at: int) -> bool:
    """Whether the apostrophe at *at* writes an English *n't*, *I'm* or *they'd*."""
    ending = folded[at + 1 : at + 3]
    if not ending or ending[0] not in "tmd" or ending[1:].isalpha():
        return False
    start = at
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    word = folded[start:at]
    if ending[0] == "t":
        return word.endswith("n")  # don't, can't, isn't
    return word == "i" if ending[0] == "m" else word in _BEFORE_D


def _without_marks(folded: str) -> tuple[str, list[int]]:
    """*folded* without the apostrophes writers put for ayn and hamza, or leave out
    (*Kata'ib* and *Kataib*, *al-'Asad*, *Liwa'*): a name is found either way. Also, for
    each apostrophe dropped in turn, the index in the result where it stood, so that
    :func:`_folded_index` finds an index of *folded* again."""
    if "'" not in folded:
        return folded, []
    dropped = [
        m.start() for m in _MARK.finditer(folded) if not _english_contraction(folded, m.start())
    ]
    if not dropped:
        return folded, []
    pieces, previous = [], 0
    for at in dropped:
        pieces.append(folded[previous:at])
        previous = at + 1
    pieces.append(folded[previous:])
    return "".join(pieces), [at - k for k, at in enumerate(dropped)]


def _folded_index(index: int, dropped: list[int]) -> int:
    """The index in the folded text of *index* in it without its marks (a character,
    not a dropped apostrophe, so one standing there comes before it)."""
    return index + bisect.bisect_right(dropped, index)


#: The shortest Latin name of several words also searched for with its words run
#: together, as hashtags write them (#HayatTahrirAlSham, #DeirEzzor): shorter ones
#: run together may be words of their own.
RUN_TOGETHER: Final = 8

#: How many articles of one name may each be glued to the word before, or not, in all
#: ways: names rarely have more, and the ways double with each.
GLUED_ARTICLES: Final = 3


def _glued_articles(key: str) -> list[str]:
    """*key* with the article glued to the word before it, at one or more of its words
    (ابوالفضل العباس, أبو الفضلالعباس, ...), every way.

    >>> _glued_articles("ابو الفضل العباس")
    ['ابوالفضل العباس', 'ابو الفضلالعباس', 'ابوالفضلالعباس']
    """
    parts = key.split(" ال")
    joints = len(parts) - 1
    if not joints or joints > GLUED_ARTICLES:
        return []
    out = []
    for mask in range(1, 1 << joints):
        text = parts[0]
        for joint, part in enumerate(parts[1:]):
            text += ("ال" if mask >> joint & 1 else " ال") + part
        out.append(text)
    return out


#: Consonants the article assimilates to in romanisation (*ash-Sham*, *an-Nusra*,
#: *ez-Zor*), as :func:`find_key` folds them, digraphs first.
_SUN_CONSONANTS: Final = ("sh", "th", "dh", "t", "d", "r", "z", "s", "l", "n")

#: Words for *son of* that writers use one for another between names.
_SON_OF: Final = ("ibn", "bin", "ben")

#: Most forms of one Latin spelling searched for with its articles and *ibn* written
#: otherwise (:func:`_article_forms`).
ARTICLE_FORMS: Final = 32


def _sun_consonant(word: str) -> str:
    return next((c for c in _SUN_CONSONANTS if word.startswith(c)), "")


def _article_forms(key: str) -> list[str]:
    """*key*, a folded Latin spelling, with each article in the forms writers use for it
    (*al*, *el*, and before a sun letter *an-Nusra*, *en-Nusra*) and each *ibn* as *bin*
    or *ben*, every way, up to :data:`ARTICLE_FORMS`; [] when it has none.

    >>> _article_forms("jabhat al nusra")
    ['jabhat el nusra', 'jabhat an nusra', 'jabhat en nusra']
    >>> _article_forms("deir ez zor")[:3], _article_forms("hayat tahrir")
    (['deir al zor', 'deir el zor', 'deir az zor'], [])
    """
    if not key.isascii():
        return []
    words = key.split(" ")
    options: list[list[str]] = []
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        sun = _sun_consonant(after)
        if after and (word in ("al", "el") or (sun and word in ("a" + sun, "e" + sun))):
            forms = ["al", "el", *(("a" + sun, "e" + sun) if sun else ())]
            options.append([word, *(f for f in forms if f != word)])
        elif at and after and word in _SON_OF:
            options.append([word, *(f for f in _SON_OF if f != word)])
        else:
            options.append([word])
    if all(len(o) == 1 for o in options):
        return []
    out: list[str] = []
    for combination in itertools.islice(itertools.product(*options), 1, ARTICLE_FORMS + 1):
        out.append(" ".join(combination))
    return out


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f"


class Finder:
    """Finds the names of one glossary's entries in text. Safe to share between threads."""

    def __init__(self, glossary: Iterable[Entry]) -> None:
        self._entries: tuple[Entry, ...] = tuple(glossary)
        keys: dict[str, list[_Payload]] = {}
        # acronyms (JAM, KDP, SDF) are found as written or in capitals, not as words
        # ("traffic jam")
        self._acronyms = frozenset(
            s for entry in self._entries for s in entry.spellings if looks_like_acronym(s)
        )

        def add(key: str, payload: _Payload) -> None:
            if key in NAME_PARTS:
                return
            if len(key) >= MIN_LENGTH and payload not in keys.setdefault(key, []):
                keys[key].append(payload)

        for number, entry in enumerate(self._entries):
            spellings = list(entry.spellings)
            spellings += [
                spelling
                for spelling in generated_spellings(entry.arabic, GENERATED_PER_ENTRY)
                if " " in spelling or len(spelling) >= GENERATED_SHORTEST_WORD
            ]
            for spelling in spellings:
                key = find_key(spelling)
                written = [key]
                if "'" in key:
                    written.append(" ".join(key.replace("'", "").split()))
                for form in written:
                    add(form, (number, spelling, False))
                    for other in _article_forms(form):  # "Jabhat an-Nusra", "Ahrar el-Sham"
                        add(other, (number, spelling, False))
                if key.startswith("ال") and len(key) > 3:
                    add("ل" + key[2:], (number, spelling, True))
                for glued in _glued_articles(key):  # ديرالزور for دير الزور
                    add(glued, (number, spelling, False))
                if " " in key and len(key) >= RUN_TOGETHER and key.isascii():
                    # hashtags and handles run the words together: #HayatTahrirAlSham
                    add(key.replace(" ", "").replace("'", ""), (number, spelling, False))
        # acronyms of two capitals (IS, KH), found as written, apart from the automaton
        self._two_capitals: dict[str, list[tuple[int, str]]] = {}
        for number, entry in enumerate(self._entries):
            for spelling in entry.spellings:
                if len(spelling) < MIN_LENGTH and spelled_in_capitals(spelling):
                    self._two_capitals.setdefault(spelling, []).append((number, spelling))
        self._automaton = ahocorasick.Automaton()
        for key, payloads in keys.items():
            self._automaton.add_word(key, (len(key), tuple(payloads)))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys and not self._two_capitals

    def find(self, text: str, *, overlapping: bool = False) -> list[Mention]:
        """Every glossary name in *text*; see :meth:`qamus.Glossary.find`."""
        if not isinstance(text, str):
            raise TypeError(f"find() takes a str text, not {type(text).__name__}")
        if self._empty or not text:
            return []
        mapped = fold_with_offsets(text)
        folded, dropped = _without_marks(mapped.text)
        acronyms = self._acronyms
        hits: list[tuple[int, int, int, str]] = []
        for last, (length, payloads) in self._automaton.iter(folded):
            first = last - length + 1
            after = last + 1
            if after < len(folded) and folded[after].isalnum():
                continue
            lam_ok = self._proclitics_ok(folded, first)
            if not any(lam_ok):
                continue
            start, end = mapped.original_span(
                _folded_index(first, dropped), _folded_index(last, dropped) + 1
            )
            if _PARAGRAPH_BREAK.search(text, start, end):
                continue
            marks = _CLAUSE_MARKS.findall(text, start, end)
            for number, spelling, absorbed in payloads:
                if absorbed and not lam_ok[1]:
                    continue
                if not absorbed and not lam_ok[0]:
                    continue
                if marks and not all(mark in spelling for mark in marks):
                    continue
                if spelling in acronyms and not _written_as(text[start:end], spelling):
                    continue
                hits.append((start, end, number, spelling))
        if self._two_capitals:
            hits += self._two_capital_hits(text)
        if not overlapping:
            hits = _longest_leftmost(hits)
        else:
            hits = sorted(set(hits), key=lambda h: (h[0], -h[1], h[2]))
        return [Mention(s, e, text[s:e], self._entries[n], sp) for s, e, n, sp in hits]

    def _two_capital_hits(self, text: str) -> list[tuple[int, int, int, str]]:
        """The glossary's acronyms of two capitals in *text*, as written, where no word
        beside them is in capitals but an acronym the glossary gives ("IS fighters", "the
        YPG and IS"; not "THIS IS IT")."""
        hits: list[tuple[int, int, int, str]] = []
        for found in _TWO_CAPITALS_IN_TEXT.finditer(text):
            payloads = self._two_capitals.get(found.group())
            if payloads is None or self._beside_capitals(text, found.start(), found.end()):
                continue
            hits += [(found.start(), found.end(), number, sp) for number, sp in payloads]
        return hits

    def _beside_capitals(self, text: str, start: int, end: int) -> bool:
        """Whether the word before *start* or after *end*, with only spaces between, is
        written in capitals and is no acronym of the glossary's."""
        before = _WORD_BEFORE.search(text, max(0, start - _NEIGHBOUR_REACH), start)
        after = _WORD_AFTER.match(text, end)
        return any(
            word is not None
            and word.group(1).isupper()
            and word.group(1) not in self._acronyms
            and word.group(1) not in self._two_capitals
            for word in (before, after)
        )

    @staticmethod
    def _proclitics_ok(folded: str, first: int) -> tuple[bool, bool]:
        """Whether a hit starting at *first* starts a word: (as written, after لل)."""
        if first == 0 or not folded[first - 1].isalnum():
            return True, False
        if not _is_arabic(folded[first]):
            return False, False
        word_start = first
        while word_start > 0 and folded[word_start - 1].isalnum():
            word_start -= 1
        prefix = folded[word_start:first]
        plain = _PROCLITICS.fullmatch(prefix) is not None
        # "للباقر": the hit "لباقر" starts at the second lam; the first is the preposition
        absorbed = prefix.endswith("ل") and _LAM_PROCLITICS.fullmatch(prefix[:-1]) is not None
        return plain, absorbed


#: An acronym of two Latin capitals (*IS*, the Islamic State; *KH*, Kata'ib Hizballah) in
#: a text, as a word of its own ("IS fighters", "IS-Kämpfer"; not "ISIS", "IS2").
_TWO_CAPITALS_IN_TEXT: Final = re.compile(r"(?<!\w)[A-Z]{2}(?!\w)")
#: The word right before a place in a text, with only spaces after it, and right after.
_WORD_BEFORE: Final = re.compile(r"(\w+)[^\S\n]+\Z")
_WORD_AFTER: Final = re.compile(r"[^\S\n]+(\w+)")
#: How far back the word before an acronym is looked for: a text is not read again from
#: its start for each acronym in it.
_NEIGHBOUR_REACH: Final = 64


def _written_as(found: str, acronym: str) -> bool:
    """Whether *found* writes *acronym* as an acronym: as it is, or in capitals.

    >>> _written_as("JAM", "JAM"), _written_as("jam", "JAM"), _written_as("JAF", "JaF")
    (True, False, True)
    """
    return found == acronym or found.isupper()


def _longest_leftmost(hits: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    hits.sort(key=lambda h: (h[0], -h[1], h[2]))
    out: list[tuple[int, int, int, str]] = []
    taken_end = -1
    span: tuple[int, int] | None = None
    seen: set[int] = set()
    for start, end, number, spelling in hits:
        if span == (start, end):
            if number not in seen:
                seen.add(number)
                out.append((start, end, number, spelling))
            continue
        if start < taken_end:
            continue
        span, taken_end, seen = (start, end), end, {number}
        out.append((start, end, number, spelling))
    return out
