"""The Latin spellings writers actually produce for an Arabic name, most common first.

qamus reads the Arabic with the phonemic rules (``rules/phonemic.txt``: one
ASCII character per sound), splits each word into sounds, and for each sound
offers the spellings listed in ``spelling_patterns.tsv`` (q as q or g, ة as a,
ah or eh, the article as al-, el-, ash- ...), each with a weight saying how
common it is beside the others. A spelling's weight is the product of the
weights of its choices; a beam keeps only the best partial spellings at every
step, so long input never explodes.

Unvocalised words get their short vowels from the commonest word shapes
(CaCC/CiCC, CāCiC, CiCāC/CaCāC, CaCCaC, maCCūC, taCCīC ...); a word of any
other shape gets an a after its first consonant when it starts with two, and
no other vowels. Vocalised words keep their written vowels.

Digits (ASCII, Arabic-Indic, Persian) come out as ASCII digits and Arabic
punctuation as Latin punctuation; Latin and other non-Arabic characters are
copied as they are, never read as sounds. Directional marks are ignored, and
the parts a zero-width non-joiner keeps apart are spelled as two words
(حزب‌الله as حزب الله: Hizb Allah, Hezbollah).

Spellings are for names: only the first 24 words are spelled out, and a word
of more than 40 letters is not a name. Those, and every word after the 24th,
are written once, in the plain scheme (:func:`qamus.transliterate`), so long
text costs time in proportion to its length.

The result is for recall (matching) and for editors to review; qamus never
adds a suggested spelling to a glossary by itself.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

import attrs

from qamus.errors import InvalidOptionError
from qamus.normalise._icu import arabic_digits
from qamus.translit import _icu
from qamus.translit._core import _upper_first, check_text, transliterate

__all__ = ["Spelling", "iter_spellings", "spellings"]

_WORD_BEAM = 32
_PHRASE_BEAM = 100
_MAX_WORDS = 24
_MAX_WORD_LETTERS = 40
_VOWEL_MARKS = re.compile("[\u064b-\u0650]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CONSONANTS = frozenset("'bvjHx*rzs$SDTZEgfqklmnhwyptdJVG")
_SUN = frozenset("tvd*rzs$SDTZln")
_SHORT = frozenset("aiu")
_LONG = frozenset("AIU")
_GLUE = "\x00"
_ARTICLE = "\x01"  # before an article's spelling
_CLITIC = "\x02"  # before an article that follows a clitic (wal-, bil-)
_NOUN = "\x03"  # after an article's spelling: the noun starts here
_DOUBLE = "ː"  # before a consonant written doubled: ːb (a code, never read from text)
_LITERAL = "="  # before text copied as it is (Latin, digits, punctuation)
# Stands in the phonemic reading for one character that is not an Arabic letter
# or mark; _sounds puts the character back as a literal.
_SLOT = "\ue0f0"
# Arabic letters and marks: what the phonemic rules read.
_LETTER = re.compile(
    "[\u0620-\u065f\u0670-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]"
)
# Digits and punctuation to ASCII, directional marks to nothing, and the
# non-joiner to a space: the parts it keeps apart are spelled as words, which
# writers then write apart or joined (حزب‌الله: Hizb Allah, Hezbollah).
_FOLD = str.maketrans(
    {
        **arabic_digits(),
        "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%",
        "\u066b": ".", "\u066c": ",", "\u06d4": ".",
        "\u200c": " ",
        **dict.fromkeys(
            ["\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)),
             *map(chr, range(0x2066, 0x206A))]
        ),
    }
)  # fmt: skip
_SHAPELESS = frozenset({"L", "-L", "@", "%"})

#: Unvocalised word shapes and how writers voice them. In a shape, C is a
#: consonant, A I U a long vowel, V the vowel of a word-initial hamza seat,
#: m a word-initial mīm (the participle prefix mu-/ma-).
#: In a voicing, lower-case a i u are the short vowels supplied, D a consonant
#: written doubled, and Y a long vowel that may also be a diphthong (Husayn).
_TEMPLATES: dict[str, tuple[tuple[str, float, str], ...]] = {
    "CCC": (
        ("CaCaC", 0.5, "shape-CaCaC"),  # Hasan, Jabal
        ("CaDaC", 0.25, "shape-CaCaC-doubled"),  # Hassan for حسن
        ("CaCC", 0.45, "shape-CaCC"),  # Nasr, Bakr
        ("CiCC", 0.45, "shape-CiCC"),  # Hizb, Hilf
        ("CuCaC", 0.3, "shape-CuCaC"),  # Umar
        ("CuCC", 0.2, "shape-CuCC"),  # Husn
    ),
    "CACC": (("CACiC", 0.7, "shape-CaaCiC"), ("CACaC", 0.2, "shape-CaaCaC")),  # Baqir
    "CCAC": (
        ("CaCAC", 0.5, "shape-CaCaaC"),  # Salam, Jamal, Kamal
        ("CiCAC", 0.45, "shape-CiCaaC"),  # Jihad, Nizar
        ("CaDAC", 0.45, "shape-CaCCaaC"),  # Saddam, Abbas, Hassan
        ("CuCAC", 0.2, "shape-CuCaaC"),  # Husam
    ),
    "CCIC": (
        ("CaCIC", 0.6, "shape-CaCiiC"),  # Sa'id, Kabir
        ("CuCYC", 0.45, "shape-CuCayC"),  # Husayn, Zubayr
        ("CuDYC", 0.25, "shape-CuCayC-doubled"),  # Hussein for حسين
    ),
    "CCICAC": (("CuCYCAC", 0.6, "shape-CuCayCaaC"),),  # Sulayman, Uthayman
    "CUCC": (("CUCiC", 0.5, "shape-CuuCiC"), ("CUCuC", 0.5, "shape-CuuCuC")),  # Yunis, Yusuf
    "CCCACI": (("CaCCACI", 0.6, "shape-CaCCaaCii"),),  # Baghdadi
    "CCCICI": (("CiCCICI", 0.5, "shape-CiCCiiCii"), ("CaCCICI", 0.4, "shape-CaCCiiCii")),  # Tikriti
    "CCCA": (("CaCCA", 0.4, "shape-CaCCaa"),),  # Salma
    "mCCA": (("CuCaDA", 0.5, "shape-muCaCCaa"), ("CaCCA", 0.4, "shape-CaCCaa")),  # Muthanna
    "CCCAC": (
        ("CaCCAC", 0.5, "shape-CaCCaaC"),  # Sha'ban
        ("CuCCAC", 0.4, "shape-CuCCaaC"),  # Uthman, Sufyan
        ("CiCCAC", 0.3, "shape-CiCCaaC"),  # Irfan
    ),
    "mCACC": (("CuCACiC", 0.5, "shape-muCaaCiC"), ("CuCACaC", 0.4, "shape-muCaaCaC")),  # Mubarak
    "Bin": (("CiC", 1.0, "shape-bin"),),  # بن
    "CICC": (("CYCaC", 0.6, "shape-CayCaC"),),  # Faylaq, Zaynab, Haydar
    "CCUC": (("CaCUC", 0.5, "shape-CaCuuC"), ("CuCUC", 0.3, "shape-CuCuuC")),
    "CCCC": (
        ("CaCCaC", 0.5, "shape-CaCCaC"),  # Ja'far, Rahman
        ("CiCaCC", 0.2, "shape-CiCaCC"),  # Dimashq
    ),
    "mCCC": (
        ("CuCaDaC", 0.55, "shape-muCaCCaC"),  # Muhammad, Muhannad
        ("CaCCaC", 0.5, "shape-maCCaC"),  # Maktab
        ("CuCCiC", 0.35, "shape-muCCiC"),  # Muhsin
    ),
    "CCCUC": (("CaCCUC", 0.7, "shape-maCCuuC"),),  # Mansur, Mas'ud
    "CCCIC": (("CaCCIC", 0.7, "shape-taCCiiC"),),  # Tahrir
    "CCACC": (("CuCACiC", 0.4, "shape-muCaaCiC"), ("CaCACiC", 0.3, "shape-CaCaaCiC")),
    "CCACCIC": (("CuCACiCIC", 0.6, "shape-muCaaCiCiiC"),),  # Muhajirin
    "CCA": (("CiCA", 0.6, "shape-CiCaa"), ("CaCA", 0.45, "shape-CaCaa")),  # Liwa'
    "CCCI": (("CaCaCI", 0.5, "shape-CaCaCii"), ("CaCCI", 0.4, "shape-CaCCii")),  # Halabi
    "CCCCA": (("CuCCaCA", 0.5, "shape-muCCaCaa"),),  # Mustafa, Murtada
    "Abd": (("CaCC", 1.0, "shape-CaCC"),),  # عبد
    "VCCC": (("VCCaC", 0.8, "shape-aCCaC"),),  # Ahmad, Azhar, Akram
}


#: Writers follow a style, not independent coin tosses: someone who writes
#: Deir also writes ez-Zor and Hezb. Each style scales the documented weights
#: of the patterns it favours (capped at 1) and of the plain forms they replace;
#: every spelling is scored under each style times the style's share, and the
#: best score counts.
_STYLES: dict[str, tuple[float, dict[str, float]]] = {
    "standard": (1.0, {}),
    "levantine": (
        0.8,
        {
            "i-e": 2.2,
            "u-o": 2.2,
            "article-el": 2.2,
            "article-assimilated-e": 2.3,
            "diphthong-ei": 1.5,
            "diphthong-o": 1.5,
            "allah-ollah": 1.8,
            "ta-eh": 2.0,
            "-": 0.6,
        },
    ),
}


@attrs.frozen
class Spelling:
    """One customary Latin spelling of an Arabic name.

    >>> s = next(iter_spellings("لواء الباقر"))
    >>> s.text, s.weight <= 1.0
    ('Liwa al-Baqir', True)
    """

    #: The spelling.
    text: str
    #: How common this spelling is, 0..1: the product of the documented
    #: frequencies of the patterns it uses (1 for the plain spelling).
    weight: float
    #: The names of the patterns it uses (from ``spelling_patterns.tsv``).
    patterns: tuple[str, ...]


@attrs.frozen
class _Choice:
    sound: str
    text: str
    weight: float
    pattern: str


def spellings(arabic: str, *, limit: int = 20) -> list[str]:
    """The customary Latin spellings of *arabic*, most common first.

    >>> found = spellings("لواء الباقر")
    >>> found[0]
    'Liwa al-Baqir'
    >>> {"Liwaa al-Baqir", "Lewa al-Baqir", "Liwa el-Baqer"} <= set(found)
    True
    >>> {"Hezbollah", "Hizballah", "Hizbullah"} <= set(spellings("حزب الله"))
    True
    >>> spellings("اللواء ٩٣", limit=1)
    ['al-Liwa 93']

    *arabic* must be a str (``TypeError`` otherwise) and *limit* a whole
    number of at least 1 (``InvalidOptionError`` from ``qamus.errors`` otherwise).
    """
    check_text(arabic, "spellings")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidOptionError(
            f"spellings(): limit must be a whole number of at least 1, not {limit!r}"
        )
    out: list[str] = []
    for spelling in iter_spellings(arabic):
        out.append(spelling.text)
        if len(out) >= limit:
            break
    return out


def iter_spellings(arabic: str) -> Iterator[Spelling]:
    """Every spelling the beam keeps for *arabic*, best first, each once.

    >>> best = next(iter_spellings("دير الزور"))
    >>> best.text, best.patterns
    ('Deir ez-Zor', ('diphthong-ei', 'article-assimilated-e', 'diphthong-o'))
    """
    check_text(arabic, "iter_spellings")
    words = _phonemic_words(arabic)
    if not words:
        return
    best: dict[str, tuple[float, tuple[str, ...]]] = {}
    for share, scaling in _STYLES.values():
        for raw_weight, raw_text, patterns in _generate(words, scaling):
            text = " ".join(raw_text.split())
            weight = min(1.0, raw_weight) * share
            if text and (text not in best or best[text][0] < weight):
                best[text] = (weight, patterns)
    for text, (weight, patterns) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):
        yield Spelling(text=text, weight=round(weight, 6), patterns=patterns)


def _generate(
    words: list[list[str]], scaling: dict[str, float]
) -> list[tuple[float, str, tuple[str, ...]]]:
    """The beam of whole-phrase spellings under one style."""
    beam: list[tuple[float, str, tuple[str, ...]]] = [(1.0, "", ())]
    previous: list[str] = []
    for word in words:
        options = heapq.nlargest(_WORD_BEAM, _word_options(word, previous, scaling), key=_first)
        beam = _best_products(beam, options, _PHRASE_BEAM, _join_words)
        previous = word
    return beam


def _first(item: tuple[float, str, tuple[str, ...]]) -> float:
    return item[0]


def _join_words(text: str, option: str) -> str:
    if option.startswith(_GLUE) or not text:
        return text + option.lstrip(_GLUE)
    return f"{text} {option}"


def _join_sounds(text: str, option: str) -> str:
    return text + option


def _best_products(
    heads: list[tuple[float, str, tuple[str, ...]]],
    tails: list[tuple[float, str, tuple[str, ...]]],
    keep: int,
    join: Callable[[str, str], str],
) -> list[tuple[float, str, tuple[str, ...]]]:
    """The *keep* heaviest of every head followed by every tail, heaviest first.

    The same as ``heapq.nlargest(keep, products, key=weight)`` over the products in
    order (equal weights keep that order), but only the kept products' texts are
    joined.

    >>> heads = [(1.0, "a", ()), (0.5, "b", ("x",))]
    >>> _best_products(heads, [(0.5, "c", ()), (1.0, "d", ("y",))], 2, _join_sounds)
    [(1.0, 'ad', ('y',)), (0.5, 'ac', ())]
    """
    weights = [weight * tail[0] for weight, _, _ in heads for tail in tails]
    kept = sorted(range(len(weights)), key=weights.__getitem__, reverse=True)[:keep]
    width = len(tails)
    out: list[tuple[float, str, tuple[str, ...]]] = []
    for k in kept:
        _, head_text, head_patterns = heads[k // width]
        _, tail_text, tail_patterns = tails[k % width]
        out.append((weights[k], join(head_text, tail_text), head_patterns + tail_patterns))
    return out


# ---------------------------------------------------------------- reading


def _phonemic_words(arabic: str) -> list[list[str]]:
    """The words of *arabic* as lists of sounds (see ``spelling_patterns.tsv``).

    Only Arabic letters and marks are read; every other character of a word
    becomes a literal sound (``=`` and the character), so no digit or
    punctuation mark can be taken for one of the reading's codes.

    >>> _phonemic_words("الفرقة ٢")[1]
    ['=2']
    >>> _phonemic_words("حلب!")
    [['H', '?a', 'l', 'b', '=!']]
    """
    reader = _icu.forward("phonemic")
    all_words = [w for word in arabic.translate(_FOLD).split() for w in _split_abd(word)]
    raw_words, rest = all_words[:_MAX_WORDS], all_words[_MAX_WORDS:]
    masked: list[str] = []
    literals: list[list[str]] = []
    for raw in raw_words:
        kept = [ch for ch in raw if _LETTER.match(ch) or not _ARABIC.match(ch)]
        literals.append([ch for ch in kept if not _LETTER.match(ch)])
        too_long = len(kept) - len(literals[-1]) > _MAX_WORD_LETTERS
        masked.append(
            _SLOT if too_long else "".join(ch if _LETTER.match(ch) else _SLOT for ch in kept)
        )
    phonemic_words = str(reader.transliterate(" ".join(masked))).split()
    if len(phonemic_words) != len(masked):  # a word read as nothing (a lone tatweel)
        phonemic_words = [str(reader.transliterate(w)) for w in masked]
    words: list[list[str]] = []
    for raw, phonemic, chars in zip(raw_words, phonemic_words, literals, strict=True):
        letters = sum(1 for ch in raw if _LETTER.match(ch))
        if not letters:
            if chars:
                words.append([_LITERAL + "".join(chars)])
            continue
        if letters > _MAX_WORD_LETTERS:
            words.append([_LITERAL + transliterate(raw, "plain", capitalise=True)])
            continue
        sounds = _sounds(phonemic, iter(chars), vocalised=bool(_VOWEL_MARKS.search(raw)))
        if sounds:
            words.append(sounds)
    if rest:
        words.append([_LITERAL + transliterate(" ".join(rest), "plain", capitalise=True)])
    return words


def _split_abd(word: str) -> list[str]:
    """عبدالله, عبدالرحمن: Abd written joined to the following name is two words."""
    if word.startswith("\u0639\u0628\u062f\u0627\u0644") and len(word) > 6:
        return ["\u0639\u0628\u062f", word[3:]]
    return [word]


def _sounds(text: str, literals: Iterator[str], vocalised: bool) -> list[str]:
    """The sounds of one word's phonemic reading; each slot takes the next of *literals*."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == _SLOT:
            out.append(_LITERAL + next(literals, ""))
            i += 1
            continue
        if ch == "-" and nxt == "L":
            out.append("-L")
            i += 2
            continue
        if ch in _CONSONANTS and nxt == ch:
            out.append(_DOUBLE + ch)
            i += 2
            continue
        if ch in "IU" and not vocalised:
            out.append(ch + "?")
        elif ch == "a" and nxt in "yw" and (i + 2 >= len(text) or text[i + 2] not in "aiuAIU"):
            out.append("a" + nxt)
            i += 2
            continue
        elif ch == "A" and nxt in "@%":
            out.append("A" + nxt)
            i += 2
            continue
        elif ch == "A" and nxt == "'" and i + 2 >= len(text):
            out.append("A'")
            i += 2
            continue
        else:
            out.append(ch)
        i += 1
    if len(out) >= 2 and out[-2] in {"i", "I", "I?"} and out[-1] == _DOUBLE + "y":
        out[-2:] = ["iyy"]
    if len(out) >= 3 and out[-1] == "I?":
        out[-1] = "iyy"  # a final ي after a consonant: -ī (al-Mara‘i, al-Arabi)
    if len(out) >= 3 and out[-1] == "U?":
        out[-1] = "U"  # a final و after a consonant: -ū (Abu)
    if len(out) >= 5 and out[-1] == "n" and out[-2] in {"I?", "U?"}:
        out[-2] = out[-2][0]  # plural -īn, -ūn (Muhajirin)
    skip = 1 if out and out[0] in {"L", "-L"} else 0
    for index in range(skip + 3, len(out)):
        if out[index] in {"I?", "U?"}:
            out[index] = out[index][0]  # past the first syllable: a long vowel (Ibrahim)
    if out and out[0] in {"E", "'"}:
        out[0] += "^"
    if not vocalised:
        out = _voiced(out)
    return out


def _voiced(sounds: list[str]) -> list[str]:
    """Mark where an unvocalised word takes its commonest short vowels (as ``?a`` etc.)."""
    start = 1 if sounds and sounds[0] in {"L", "-L"} else 0
    core = [s for s in sounds[start:] if s not in _SHAPELESS]
    shape = "".join(_shape(s) for s in core)
    if core and core[0] in _SHORT:
        shape = "V" + shape[1:]
    if core in (["E^", "b", "d"], ["'^", "b", "d"]):
        shape = "Abd"
    if core == ["b", "n"]:
        shape = "Bin"
    if core and core[0] == "m" and "m" + shape[1:] in _TEMPLATES:
        shape = "m" + shape[1:]
    if shape in _TEMPLATES:
        return ["#" + shape, *sounds]
    if len(core) >= 2 and _shape(core[0]) == "C" and _shape(core[1]) == "C":
        first = sounds.index(core[0], start)
        return [*sounds[: first + 1], "?a", *sounds[first + 1 :]]
    return sounds


def _shape(sound: str) -> str:
    if sound.startswith(_LITERAL):
        return "?"
    if sound == "iyy":
        return "I"
    if sound == "Y":
        return "A"
    if sound[0] in "AIU":
        return sound[0]
    if sound[0] == _DOUBLE:
        return "C"
    return "C" if sound.rstrip("^")[-1:] in _CONSONANTS else "?"


# ---------------------------------------------------------------- choices


@cache
def _patterns() -> dict[str, tuple[_Choice, ...]]:
    table: dict[str, list[_Choice]] = {}
    text = resources.files("qamus.translit").joinpath("spelling_patterns.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        sound, output, weight, pattern, _example = line.split("\t")
        table.setdefault(sound, []).append(_Choice(sound, output, float(weight), pattern))
    return {k: tuple(v) for k, v in table.items()}


def _choices(sound: str) -> tuple[_Choice, ...]:
    found = _patterns().get(sound)
    return found if found else (_Choice(sound, sound, 1.0, "-"),)


def _plain(sound: str) -> str:
    """The plain (weight 1) spelling of a consonant, for doubling and assimilation."""
    return _choices(sound)[0].text


def _word_options(
    word: list[str], previous: list[str], scaling: dict[str, float]
) -> list[tuple[float, str, tuple[str, ...]]]:
    if len(word) == 1 and word[0].startswith(_LITERAL):
        return [(1.0, word[0][1:], ())]
    if word == ["!"]:
        return [
            (
                _scaled(c, scaling),
                (_GLUE if not c.text.startswith(" ") else "") + c.text.strip(),
                _names(c),
            )
            for c in _choices("!")
        ]
    after_abd = [s for s in previous if s not in {"?a"} and not s.startswith("#")] in (
        ["E^", "b", "d"],
        ["'^", "b", "d"],
    )
    partials: list[tuple[float, str, tuple[str, ...]]] = [(1.0, "", ())]
    sounds = list(word)
    templates: tuple[tuple[str, float, str], ...] = (("", 1.0, ""),)
    if sounds and sounds[0].startswith("#"):
        templates = _TEMPLATES[sounds.pop(0)[1:]]
    results: list[tuple[float, str, tuple[str, ...]]] = []
    for template, t_weight, t_name in templates:
        voiced = _apply_template(sounds, template)
        partials = [(t_weight, "", (t_name,) if t_name else ())]
        for index, sound in enumerate(voiced):
            nxt = voiced[index + 1] if index + 1 < len(voiced) else ""
            options = _sound_options(sound, nxt, scaling, after_abd=after_abd and index == 0)
            partials = _best_products(partials, options, _WORD_BEAM, _join_sounds)
        results.extend(partials)
    # the phrase beam keeps only the heaviest _WORD_BEAM options of a word: capitalise those
    return [(w, _capitalise(t), p) for w, t, p in heapq.nlargest(_WORD_BEAM, results, key=_first)]


def _apply_template(sounds: list[str], template: str) -> list[str]:
    if not template:
        return [("a" if s == "?a" else s) for s in sounds]
    out: list[str] = []
    slots = iter(template)
    for index, sound in enumerate(sounds):
        initial_vowel = sound in _SHORT and all(p in _SHAPELESS for p in sounds[:index])
        if sound in _SHAPELESS or (_shape(sound) == "?" and not initial_vowel):
            out.append(sound)
            continue
        for slot in slots:
            if slot in "aiu":
                out.append(slot)
                continue
            if slot == "D" and _shape(sound) == "C" and not sound.startswith(_DOUBLE):
                out.append(_DOUBLE + sound.rstrip("^"))
            elif slot in "IU" and sound in {"I?", "U?"}:
                out.append(slot)
            else:
                out.append(sound)
            break
    out.extend(s for s in slots if s in "aiu")
    return out


def _names(choice: _Choice) -> tuple[str, ...]:
    return () if choice.pattern == "-" else (choice.pattern,)


def _scaled(choice: _Choice, scaling: dict[str, float]) -> float:
    """The choice's weight under a style; the plain form yields only where the style has a rival."""
    factor = scaling.get(choice.pattern, 1.0)
    if choice.pattern == "-" and not _has_rival(choice.sound, frozenset(scaling)):
        factor = 1.0
    return min(1.0, choice.weight * factor)


@cache
def _has_rival(sound: str, favoured: frozenset[str]) -> bool:
    return any(c.pattern in favoured and c.pattern != "-" for c in _choices(sound))


def _sound_options(
    sound: str, nxt: str, scaling: dict[str, float], *, after_abd: bool
) -> list[tuple[float, str, tuple[str, ...]]]:
    if sound in {"L", "-L"}:
        sun = nxt[-1:] if nxt and not nxt.startswith(_LITERAL) else ""
        if nxt.startswith(_DOUBLE):
            sun = nxt[1:2]
        key = sound
        if sound == "L" and sun in _SUN:
            key = "Ls"
        if after_abd:
            key = "Abd"
        spelled_sun = _plain(sun) if sun else ""
        out = []
        for c in _choices(key):
            if "{S}" in c.text and sun not in _SUN:
                continue
            text = c.text.replace("{S}", spelled_sun)
            if key == "Abd":
                text = text if text.startswith(" ") else _GLUE + text
            marker = _CLITIC if sound == "-L" else _ARTICLE
            out.append((_scaled(c, scaling), marker + text.lstrip(" ") + _NOUN, _names(c)))
        return out
    if sound.startswith(_LITERAL):
        return [(1.0, sound[1:], ())]
    if sound.startswith(_DOUBLE) and len(sound) == 2:
        single = _choices(sound[1])
        return [
            (
                _scaled(c, scaling) * d.weight,
                c.text * (2 if d.text == "double" else 1),
                _names(c) + _names(d),
            )
            for c in single
            for d in _choices(_DOUBLE)
        ]
    return [(_scaled(c, scaling), c.text, _names(c)) for c in _choices(sound)]


def _capitalise(text: str) -> str:
    """Capitalise the noun, not the article or a clitic (wal-Ansar, al-Baqir, Abdul Rahman)."""
    if _NOUN not in text:
        return _upper_first(text)
    before, _, noun = text.partition(_NOUN)
    cut = max(before.rfind(_ARTICLE), before.rfind(_CLITIC))
    head, article = before[:cut], before[cut + 1 :]
    clitic = before[cut] == _CLITIC
    glue = article.startswith(_GLUE)
    article = article.lstrip(_GLUE)
    if not (article and not article.endswith(("-", " "))):
        noun = _upper_first(noun)
    head = head if clitic else _upper_first(head)
    return (_GLUE if glue else "") + head + article + noun
