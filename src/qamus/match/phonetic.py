"""A common phonetic form for names written in Arabic or Latin script.

Matching compares names through this form rather than through one arbitrary
romanisation. Each name becomes a string of *phoneme codes*, one character per
sound, whatever the script:

- Arabic letters map to the sound they are most often romanised with
  (ق to ``q``, ث to ``T`` for *th*, ...); letters Latin script merges keep
  their own code (ح ``ḥ`` beside ه ``h``), merged in ``Phonetic.roman``;
  short vowels are unwritten in Arabic, long vowels ا و ي are ``A U I``;
- Latin text is lower-cased, stripped of diacritics, and its digraphs are
  read as one sound (*sh kh gh th dh dj* ...), the long-vowel digraphs
  *ou oo ee aa* as ``U I A`` and diphthongs *ai ei ey* as ``ay``; ayn and
  hamza marks (``ʿ ʾ ' ‘ ’``) become ``'``;
- the article (``al-``, ``el-``, ``ad-D``, ``ال``, ``Abdel``/``Abdul``) is
  dropped, doubled letters are written once, and spaces and hyphens vanish;
- letters whose marks tell a sound read as that sound (the scholarly schemes'
  ``š ǧ ḫ ṯ ḏ ġ`` as *sh j kh th dh gh*, ``ā ī ū`` as long vowels, Turkish
  ``ş``), words run together in capitals are parted (``HayatTahrirAlSham``), an
  English possessive is left out, and an Arabic article glued to the word
  before it parts the words (``ديرالزور``).

:data:`CLASSES` and :data:`GROUPS` then coarsen the codes in two steps (letter
→ class → group), so that an alignment can charge little for *k/q* or *e/i*
and a lot for *b/r*. These tables are data: :mod:`qamus.match.similarity`
combines the levels with weights checked on the development set.

>>> phonetic("Liwa el-Baqer").codes
'liwabaqer'
>>> phonetic("لواء الباقر").codes
"lUA'bAqr"
>>> phonetic("Abdel Rahman").codes == phonetic("Abd al-Rahman").codes == "abdrahman"
True
>>> phonetic("Hussein").skeleton == phonetic("حسين").skeleton == "HSN"
True
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Final

import attrs

from qamus.normalise._icu import FoldTable
from qamus.normalise.arabic import GLUED_ARTICLE
from qamus.normalise.forms import nfc, without_marks
from qamus.normalise.latin import LATIN_TABLE

__all__ = [
    "CLASSES",
    "GROUPS",
    "POSSESSIVE",
    "VOWEL_GROUP",
    "Phonetic",
    "compound_cores",
    "joined",
    "long_a_as_ayn",
    "names_a_parent",
    "parent_name",
    "phonetic",
    "script_of",
]

# fmt: off
#: Letter code -> class code. Letters sharing a class are spellings of nearly one sound.
CLASSES: Final[dict[str, str]] = {
    # vowels and glides: a, e, i/y, o/u/w, and ayn/hamza
    "a": "A", "e": "E", "i": "I", "y": "I", "o": "U", "u": "U", "w": "U", "'": "'", "ʿ": "'",
    # long vowels, as Latin digraphs mark them (ou, ee, aa)
    "A": "A", "I": "I", "U": "U",
    # labials
    "b": "B", "p": "B", "f": "F", "v": "F", "m": "M",
    # velars and uvulars: k/q/g/c; gh
    "k": "K", "q": "K", "g": "K", "c": "K", "G": "G",
    # dentals: t/th/ط, d/dh/ض
    "t": "T", "T": "T", "ṭ": "T", "d": "D", "D": "D", "ḍ": "D",
    # sibilants: s/ص, z/ظ, sh; j
    "s": "S", "ṣ": "S", "z": "Z", "ẓ": "Z", "S": "C", "j": "J",
    # gutturals: h/ح, kh
    "h": "H", "ḥ": "H", "x": "X",
    "l": "L", "r": "R", "n": "N",
}

#: Class code -> group code. Groups are the coarsest level: a different group is a different sound.
GROUPS: Final[dict[str, str]] = {
    "A": "V", "E": "V", "I": "V", "U": "V", "'": "V",
    "B": "B", "F": "F", "M": "M",
    "K": "K", "G": "K",
    "T": "T", "D": "T",
    "S": "S", "Z": "S", "C": "S", "J": "J",
    "H": "H", "X": "H",
    "L": "L", "R": "R", "N": "N",
}

#: The group of vowels, glides and ayn/hamza: left out of the consonant skeleton.
VOWEL_GROUP: Final = "V"

# Arabic letters (after NFKD has split off hamza and madda) -> letter codes.
_ARABIC: Final[dict[str, str]] = {
    "ا": "A", "ٱ": "A", "ى": "A", "ة": "a", "و": "U", "ي": "I", "ی": "I", "ې": "i", "ے": "i",
    "ء": "'", "ع": "ʿ",
    "ب": "b", "پ": "p", "ت": "t", "ث": "T", "ج": "j", "چ": "j", "ح": "ḥ", "خ": "x",
    "د": "d", "ذ": "D", "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "S", "ص": "ṣ",
    "ض": "ḍ", "ط": "ṭ", "ظ": "ẓ", "غ": "G", "ف": "f", "ڤ": "v", "ق": "q", "ك": "k",
    "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ھ": "h", "ۀ": "a",
    # Kurdish (Sorani) letters: ڵ and ڕ, heavy l and r; ێ ê and ۆ o, long vowels; ە e
    "ڵ": "l", "ڕ": "r", "ێ": "I", "ۆ": "U", "ە": "a",
    # Urdu letters: heh goal ہ (حزب اللہ, دیالہ) and ۃ, retroflex ٹ ڈ ڑ, nasal ں
    "ہ": "h", "ۃ": "a", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n",
    # Pashto letters: ګ g, ټ ډ ړ ڼ retroflex, ښ sh, ږ zh, ځ dz, څ ts, ۍ ay
    "ګ": "g", "ټ": "t", "ډ": "d", "ړ": "r", "ڼ": "n", "ښ": "S", "ږ": "j", "ځ": "z",
    "څ": "s", "ۍ": "I",
    # Uyghur letters: ۋ w, ڭ ng
    "ۋ": "U", "ڭ": "ng",
    # the Sindhi kaf, which Sindhi writes for the ك of Arabic names (ڪربلا, ڪوفو)
    "ڪ": "k",
}

# Latin multi-letter spellings of one sound, longest first (applied after lower-casing).
_DIGRAPHS: Final[tuple[tuple[str, str], ...]] = (
    # German writes ج dsch, doubled ddsch ("Haddsch")
    ("ddsch", "jj"), ("dsch", "j"),
    ("sch", "S"), ("tch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "x"), ("gh", "G"),
    ("th", "T"), ("dh", "D"), ("dj", "j"), ("ph", "f"), ("ck", "k"),
    ("ou", "U"), ("oo", "U"), ("uu", "U"), ("ee", "I"), ("ii", "I"), ("aa", "A"),
    ("ay", "ay"), ("ai", "ay"), ("ei", "ay"), ("ey", "ay"), ("aw", "aw"), ("au", "aw"),
    ("x", "ks"),
    # ن before ب sounds m, and many write it so ("Ambar", Anbar; "Jumblatt", جنبلاط)
    ("mb", "nb"),
)
# fmt: on
_DIGRAPH_RE: Final = re.compile("|".join(re.escape(d) for d, _ in _DIGRAPHS))
_DIGRAPH_MAP: Final = dict(_DIGRAPHS)

_APOSTROPHES: Final = "'`´ʿʾʼʻʹʽ‘’′ʺ"
_LATIN_ARTICLE: Final = re.compile(
    # "Abdel Kader", "Abdul-Rahman", "Abdurrahman", "Abd al-Aziz", "Abdallah"
    r"\babd(?:[- ]?(?:a|e|u|ou|o)?(?:l|([dnrstz])(?=[- ]?\1)))?[- ]?"
    # "al-Baqir", "el Sayed", "ad-Din", "ash-Sham", "as Sayyid", German "asch-Scham"
    # (not after an apostrophe: "Hay'at Tahrir" has none)
    r"|(?<!')\b(?:[aeiu]l[- ]+|[ae](sch|sh|dh|th|[dnrstz])[- ]+(?=\2))"
)
#: *Abu* and the article written as one before a name, as Persian and Turkish
#: romanisations write ابوال (*Abolfazl*, *Abulhassan*, *Ebulfazl*, *Abol-Ghasem*): *Abu*
#: and the name.
_KUNYA_ARTICLE: Final = re.compile(r"\b([ae])b[ou]l[- ]?(?=[^\W\d_]{3})")
#: The article's *l-* alone, its vowel elided after a vowel ("Bani l-Hashim", "Abu
#: l-Fadl"): read before hyphens part words, as a lone *L* may be an initial; and its
#: *a-* alone before a consonant, as some romanise the article assimilated to the sun
#: letter without doubling it ("A-Raqqa", "Ahrar a-Sham").
_ELIDED_ARTICLE: Final = re.compile(r"(?<![\w'’])(?:[lL]-(?=\w)|[aA]-(?=[^\W\d_aeiouAEIOU]))")
# (Kurdish writes the article of Arabic names ئەل, or ئهل as older typing writes ە:
# ئەلباب, al-Bab; ئهلقاعیده, al-Qaeda)
_ARABIC_ARTICLE: Final = re.compile(r"(?:(?<=\bعبد)|\b)(?:ال|ئەل|ئهل)(?=\w\w)")
#: *wa* ("and") written on a later word with the article (جيش القبائل والعشائر, "the
#: army of the tribes and the clans"): the word is the word without it. A first word is
#: left alone (والي, *wali*, a governor), as are short ones (والدة, a mother).
_AND_THE: Final = re.compile(r"(?<=\s)و(?=ال\w{3})")
#: A word-final *h* after *a*, *e* or *o* is silent, written for ة or a final vowel
#: (*Fallujah*, *Fatemeh*), though a name's other reading keeps it, for ح and ه (*Fateh*
#: فتح, *Sameh* سامح); after *i* or *u* it is a consonant (*Wajih* وجيه, *Nuh* نوح). After
#: *l* it is one in a short word (*Salah* صلاح, *Falah*) and in *Allah* (*Nasrallah*),
#: not at the end of a longer one (*Diyalah* ديالى, *Jalawlah*).
_FINAL_AH: Final = re.compile(r"(?:(?<!l)|(?<=\w{4}l)(?<!ll))([aeo])h\b")
#: A word-final *-at* or *-et* after two letters or more: the ة of a word before another
#: (*Hay'at Tahrir*, *Jabhat*) and as Turkish, Persian and Indonesian write it alone
#: (*Heyet* هيئة, *aşiret* عشيرة, *Daulat* دولة), read as *-a* in a name's other reading.
#: Arabic plurals end in ات too (*al-Shayrat* الشعيرات), which the name as written keeps.
_FINAL_AT: Final = re.compile(r"(?<=[a-z']{2})[ae]t\b")
#: A word-final *-e* after a consonant: Turkish, Persian and Kurdish write ة so (*Hille*
#: الحلة, *Felluce*), where French adds a silent *e* (*Slimane*): read as *-a* in a
#: name's other reading.
_FINAL_E: Final = re.compile(r"(?<=[a-z]{2})(?<![aeiouy])e\b")
_C_SOFT: Final = re.compile(r"c(?=[eiy])")
#: *sj* at a word's start, which Dutch, the Scandinavian languages and older Indonesian
#: write for *sh* (*sjeik*, *sjia*, *sjiitisch*); inside a word it is two letters (*Masjid*).
_SJ: Final = re.compile(r"\bsj")
_NON_LETTER: Final = re.compile(r"[^\w']+|_|\d")
_SURNAME_FIRST: Final = re.compile(r"^([^,]+),\s*([^,]+)$")
#: Words run together with a capital for each, as in hashtags and handles
#: ("HayatTahrirAlSham", "AbdelKader"): parted where a capital follows two small
#: letters or more (not "McDonald", "AlQaeda", whose glued article is another reading).
_CAMEL_CASE: Final = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
#: The article run together with a name that keeps its capital ("AlBab", "ElSayed",
#: "#AlQaeda"): the capital says where the name begins, however short it is.
_CAMEL_ARTICLE: Final = re.compile(r"(?<![^\W\d_])([AaEe]l)(?=[A-Z][a-z])")
#: The English possessive ("Assad's", "Hezbollah’s"), not part of the name. After two
#: letters or fewer an apostrophe and *s* are a hamza and a letter ("Ra's al-Ayn").
POSSESSIVE: Final = r"(?<=[A-Za-z]{3})['’]s"
_POSSESSIVE: Final = re.compile(POSSESSIVE + r"\b")


def script_of(text: str) -> str:
    """``"arabic"`` when *text* has any Arabic letter, else ``"latin"``.

    >>> script_of("لواء الباقر"), script_of("Liwa"), script_of("")
    ('arabic', 'latin', 'latin')
    """
    for char in text:
        if (
            "\u0600" <= char <= "\u06ff"
            or "\u0750" <= char <= "\u077f"
            or ("\ufb50" <= char <= "\ufeff")
        ):
            return "arabic"
    return "latin"


_SERIALS: Final = itertools.count()


@attrs.frozen(cache_hash=True)
class Phonetic:
    """A name's phonetic form at three levels of detail, plus its consonant skeleton.

    ``codes`` has one letter code per sound, keeping Arabic's distinct letters
    apart (ح ``ḥ`` and ه ``h``); ``roman`` merges them as Latin script does;
    ``classes`` and ``groups`` coarsen the codes through :data:`CLASSES` and
    :data:`GROUPS`; ``skeleton`` is ``groups`` without vowels, glides and
    ayn/hamza. ``script`` is ``"arabic"`` or ``"latin"``. ``tokens`` holds
    the form of each word.
    """

    codes: str
    roman: str
    classes: str
    groups: str
    skeleton: str
    script: str
    #: ``roman`` without vowels and glides, ayn and hamza kept.
    consonants: str = ""
    #: ``classes`` without the vowels a romanisation may add: in Latin script, vowels
    #: inside a word are dropped and word-final ones kept, as Arabic writes those.
    anchors: str = ""
    #: ``classes`` with ayn and hamza marks kept, in either script.
    spelled: str = ""
    parts: tuple[Phonetic, ...] = attrs.field(default=(), eq=False, repr=False)
    #: The last letter code of each word, for comparing how words end.
    ends: str = attrs.field(default="", eq=False, repr=False)
    #: How each word opens (:func:`opening`): ``v`` with a vowel, ``c`` with a consonant,
    #: ``-`` either way; for comparing how words begin across scripts.
    opens: str = attrs.field(default="", eq=False, repr=False)
    #: The vowels between each word's consonants (:func:`inner_vowels`), word by word.
    vowels: tuple[tuple[str, ...], ...] = attrs.field(default=(), eq=False, repr=False)
    #: Another reading of the name, which some of its spellings follow: for Arabic script
    #: with ث ذ ض ظ ج, as Persian, Urdu, Turkish or Egyptian speakers read them
    #: (:data:`_READING`), and a final ه as ة (:data:`_FINAL_HA`); for Latin with *ch*,
    #: *dh*, *zh*, *c* or *v*, *ch* as German *kh*, *dh* as *z*, *zh* as ژ, *c* as Turkish
    #: *j* and *v* as Persian و, without an article written as one with the name, with a
    #: final *h* after a vowel kept (:data:`_FINAL_AH`), and a final *-at* or *-et* as
    #: the ة it writes (:data:`_FINAL_AT`).
    reading: Phonetic | None = attrs.field(default=None, repr=False)
    #: A number no other form made in this process has (:mod:`qamus.match._memo`
    #: remembers comparisons of forms by it).
    serial: int = attrs.field(init=False, factory=lambda: next(_SERIALS), eq=False, repr=False)
    #: The form's words without titles (``()`` for a one-word form, its own word), the
    #: titles' consonant skeletons and the kept words' letter count, once
    #: :mod:`qamus.match.similarity` has read them: an indexed name is compared with query
    #: after query, so it keeps them.
    named: tuple[tuple[Phonetic, ...], frozenset[str], int] | None = attrs.field(
        init=False, default=None, eq=False, repr=False
    )

    def __reduce__(self) -> tuple[type[Phonetic], tuple[object, ...]]:
        # a copy, or a form from another process, is made anew: a serial of its own
        return Phonetic, tuple(getattr(self, f.name) for f in attrs.fields(Phonetic) if f.init)

    @property
    def tokens(self) -> tuple[Phonetic, ...]:
        """The form of each word (a one-word name is its own only word)."""
        return self.parts or (self,)


_ROMAN: Final = str.maketrans({"ḥ": "h", "ṣ": "s", "ḍ": "d", "ṭ": "t", "ẓ": "z", "ʿ": "'"})
_ARABIC_MARKS: Final = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def _latin_codes(
    text: str,
    digraphs: dict[str, str] = _DIGRAPH_MAP,
    pattern: re.Pattern[str] = _DIGRAPH_RE,
    *,
    silent_h: bool = True,
) -> str:
    text = _C_SOFT.sub("s", text)
    text = _SJ.sub("sh", text)
    text = _KUNYA_ARTICLE.sub(r"\1bu ", text)
    text = _LATIN_ARTICLE.sub(lambda m: "abd " if m.group(0).startswith("abd") else " ", text)
    text = _FINAL_IYYA.sub("iya", text)
    if silent_h:
        text = _FINAL_AH.sub(r"\1", text)
    return pattern.sub(lambda m: digraphs[m.group(0)], text)


#: *ch* is *sh* in French and English-from-French spellings (Cham, Chaabi) but *kh* in
#: German and Dutch ones (Chamenei, Chalid); *dh* writes ذ and ظ, which other spellings
#: of the same names give as *z* (Dhawahri, Zawahiri); *zh* is two letters, ظ or ز
#: before ه, in Arabic names (Mazhar مظهر, Azhar أزهر) but ژ in Persian and Kurdish ones
#: (Zhaleh, Bizhan); *sz* is Hungarian *s* (*Aszad*) but Polish *sh* (*Baszar*,
#: *Raszid*). Latin names with *ch*, *dh*, *zh* or *sz*, a *c* or *v*
#: (:data:`_OTHER_LETTERS`), or an article written as one with the name
#: (:data:`_GLUED_ARTICLE`), carry both readings.
_DIGRAPH_READING: Final = {**_DIGRAPH_MAP, "ch": "x", "dh": "z", "zh": "j"}
_DIGRAPH_READING_RE: Final = re.compile("|".join(map(re.escape, _DIGRAPH_READING)))
#: The digraphs above, which give a Latin name both readings.
_READ_TWO_WAYS: Final = re.compile(r"(?<![st])ch|dh|zh|sz")
#: The article written as one with the name after it (*Alghamdi*, *Elsayed*), which
#: Latin names with another reading read without: before a consonant (not *l*) and at
#: least three letters more, an ayn or hamza mark aside (*Alqa'eda*), so that *Ali*,
#: *Elham*, *Altaf* and *Allawi* keep theirs.
_GLUED_ARTICLE: Final = re.compile(r"\b[ae]l(?=[bcdfghjkmnpqrstvwxz](?:'?[a-z]){3})")
#: The article written *ul* inside one word between two names, as Turkish and Persian
#: spellings run them together (*Aynularab*, Ayn al-Arab; *Resulayn*, Ras al-Ayn;
#: *Muarratulnuman*): read in the other reading as two words, three letters on each side.
#: Not before *-llah* and *-ddin*, which compound names end with (*Habibullah*,
#: *Kamaluddin*), nor *al* and *el*, which too many single names hold (*Jalalabad*).
_MID_ARTICLE: Final = re.compile(r"(?<=[a-z]{3})[uü]l(?=[a-z]{3})(?!l?lah\b|d?din\b)")


#: The ending ية (*-iyya*, *-iya*) as Persian, Levantine and Turkish spellings write it:
#: *-ieh*, *-iyeh*, *-iye* (Nabatieh, Hosseinieh, Hamidiye), not *-i* with a silent *e*.
_FINAL_IYYA: Final = re.compile(r"(?<=\w\w)i(?:y?eh|ye)\b")

#: Latin letters whose marks tell a sound, which stripping the marks would lose: Turkish
#: and Kurdish (Kurmanji) write *sh* as ş (Şam, Şahin), as Romanian does with ș; the
#: scholarly schemes (DIN 31635, ISO 233, ALA-LC, EI) write ش ج خ ث ذ غ as š ǧ ḫ ṯ ḏ ġ
#: (Ǧabhat, Šām, Ḫālid), and the Spanish Arabists ج as ŷ (al-Naŷaf); long vowels with a
#: macron or a circumflex (Bāqir, Ḥusayn b. ʿAlī, Kâzım), or *á* for ى (Muṣṭafá), are
#: read here as the long vowels *aa ii uu*; Turkish dotless ı is an *i*.
_LETTER_TABLE: Final = str.maketrans(
    {"ş": "sh", "Ş": "Sh", "ș": "sh", "Ș": "Sh", "š": "sh", "Š": "Sh", "ǧ": "j", "Ǧ": "J"}
    | {"ŷ": "j", "Ŷ": "J"}
    | {"ḫ": "kh", "Ḫ": "Kh", "ẖ": "kh", "ṯ": "th", "Ṯ": "Th", "ḏ": "dh", "Ḏ": "Dh"}
    | {"ġ": "gh", "Ġ": "Gh", "ž": "zh", "Ž": "Zh", "č": "ch", "Č": "Ch"}
    | {"ā": "aa", "Ā": "Aa", "ī": "ii", "Ī": "Ii", "ū": "uu", "Ū": "Uu", "á": "aa"}
    | {"â": "aa", "Â": "Aa", "î": "ii", "Î": "Ii", "û": "uu", "Û": "Uu", "ı": "i", "İ": "I"}
    # the Azerbaijani ə, an open e (Zeynəb, Nəcəf, Əs-Suveyda)
    | {"ə": "e", "Ə": "E"}
)
#: Latin letters no mark stripping takes to ASCII, folded as ICU's Latin-ASCII does: the
#: hooked letters of Hausa (*Failaƙ ƙudus*, *Ɗan*), Polish ł, Nordic ø, æ, ð and þ, ß.
_OTHER_LATIN_LETTERS: Final = FoldTable(
    lambda ch: ch if ch.isascii() else ch.translate(LATIN_TABLE), settle=False
)
#: ... and *j* as *c* (Necef نجف, Cemal جمال, Cerablus جرابلس): a Latin *c* outside
#: *ch* and *ck* is read as *j* in a name's other reading; Persian spellings write و
#: as *v* (Javad جواد, Vahidi وحيدي, Davoud داود), read there as *w*; and Kurdish ones
#: write خ as *x* (Zaxo زاخو, Xaneqîn خانقين), read there as *kh*; Indonesian and
#: Malay ones write ش as *sy* (Syiah شيعة, Syam الشام), read there as *sh* before *a*, *i*
#: or *u* (*Syria* and the Urdu *Syed* keep theirs); Albanian ones write ج as *xh*
#: (*Haxhi* حاجي, *Xhemal* جمال), read there as *j*.
_OTHER_LETTERS: Final = re.compile(r"c(?![hk])|v|xh|x|sy(?=[aiu])")
_OTHER_LETTER: Final = {"c": "j", "v": "w", "xh": "j", "x": "kh", "sy": "sh"}
#: Polish writes ج as *dż* (*Dżabhat*, *Faludża*, *Dżund*), and Czech, Slovak, Croatian,
#: Bosnian and Lithuanian as *dž* (*Džabhat*, *Hadži*, *Mudžahidinas*), which read as
#: *dz* and *zh* would be two letters Arabic names do not have.
_POLISH_J: Final = re.compile("[dD][żŻžŽ]")


def _polish_j(found: re.Match[str]) -> str:
    return "j" if found.group(0)[0] == "d" else "J"


#: Letters of Turkish, Azerbaijani and Kurdish (Kurmanji) spelling: a name written with
#: one of them reads *c* as *j* only (Hecîn هجين, Menbiç منبج, Nəcəf نجف), never as the *s*
#: or *k* of French or English spellings (Hecîn is not حسين), and *x* as *kh* (Xaneqîn).
_TURKISH_KURDISH: Final = re.compile("[çÇğĞıİêÊîÎûÛşŞəƏ]")
_C: Final = re.compile(r"c(?![hk])")
#: French writes *s* as ç before *a*, *o* or *u* (*Fayçal* فيصل); Turkish ç, a *ch*,
#: ends Arabic names as ج (*Menbiç*) and stands before consonants.
_FRENCH_C: Final = re.compile("[çÇ](?=[aouAOU])")


def _french_c(found: re.Match[str]) -> str:
    return "s" if found.group(0) == "ç" else "S"


_REPEAT: Final = re.compile(r"(.)\1+")


def _collapse(codes: str) -> str:
    return _REPEAT.sub(_first_group, codes) if _REPEAT.search(codes) else codes


def _first_group(found: re.Match[str]) -> str:
    return found.group(1)


@lru_cache(maxsize=65536)
def phonetic(text: str) -> Phonetic:
    """The :class:`Phonetic` form of a name in either script (or a mix of both).

    Characters that are neither letters of the two scripts nor apostrophes are
    ignored, so any string has a form, possibly empty.

    >>> p = phonetic("al-Mara‘i")
    >>> p.codes, p.classes, p.groups, p.skeleton
    ("mara'i", 'MARAI', 'MVRVV', 'MR')
    >>> phonetic("Es Sayed, Kader").codes
    'kadersayed'
    >>> phonetic("حسن").codes, phonetic("حسن").roman
    ('ḥsn', 'hsn')
    """
    script = script_of(text)
    plain = _SURNAME_FIRST.sub(r"\2 \1", text.strip())
    if script == "latin":
        plain = _CAMEL_CASE.sub(" ", _POSSESSIVE.sub("", _ELIDED_ARTICLE.sub("", plain)))
        plain = _CAMEL_ARTICLE.sub(r"\1 ", plain)
    if script == "arabic":
        plain = _ARABIC_MARKS.sub("", nfc(plain))
        if _UYGHUR.search(plain):
            plain = _uyghur_as_arabic(plain)
        plain = _PERSIAN_EI.sub("ئي", _ARABIC_ARTICLE.sub("", _AND_THE.sub("", plain)))
        if _SORANI_TYPED_WITH_HA.search(plain):
            # ئهكرهم: Sorani typed with ه for ە and ى for ی, as older keyboards wrote it
            plain = _INNER_HA.sub("ە", plain).replace("ى", "ی")
        if "ە" in plain or "ئ" in plain:
            plain = _SORANI_INNER_E.sub("", _SORANI_OPENING.sub("ا", plain))
    turkish = False
    if not plain.isascii():
        plain = nfc(plain)
        if script == "latin":
            plain = _IMAM_IN_SPANISH.sub(r"\1mam", plain)  # imán, imã: imam
            plain = _PORTUGUESE_NASAL.sub("an", plain)  # Irã, Irão: Iran
            french = _FRENCH_C.sub(_french_c, plain)
            if not _TURKISH_KURDISH.search(french):
                plain = french  # only a French ç, if any: "Fayçal" is فيصل
            turkish = _TURKISH_KURDISH.search(plain) is not None
        plain = _POLISH_J.sub(_polish_j, plain).translate(_LETTER_TABLE)
    plain = without_marks(plain, compatibility=True)
    if script == "latin" and not plain.isascii():
        plain = plain.translate(_OTHER_LATIN_LETTERS)
    plain = plain.casefold().translate(_APOSTROPHE_TABLE)
    words = " ".join(_NON_LETTER.split(plain))
    if turkish:
        words = _C.sub("j", words).replace("x", "kh")
    # Hungarian writes س sz (*Aszad*, *asz-Szadr*); Polish writes ش so, the other reading
    joined = _latin_codes(words.replace("sz", "s"))
    if script == "arabic" and GLUED_ARTICLE.search(joined):
        # an article glued to the word before (ديرالزور): read parted, and as written
        # whole in the other reading (a form has one); the article itself goes
        parted = GLUED_ARTICLE.sub(r"\1 \2", joined)
        return _with_reading(
            _read(parted, script, _ARABIC_TABLE), _read(joined, script, _ARABIC_TABLE)
        )
    form = _read(joined, script, _ARABIC_TABLE)
    persian_t = (
        script == "arabic"
        and _PERSIAN_FINAL_T.search(joined) is not None
        and _PERSIAN_LETTERS.search(joined) is not None
    )
    if script == "arabic" and (
        _MERGED_IN_READING.search(joined) or _FINAL_HA.search(joined) or persian_t
    ):
        read = _FINAL_HA.sub("ة", joined)
        if persian_t:
            read = _PERSIAN_FINAL_T.sub("ة", read)
        return _with_reading(form, _read(read, script, _ARABIC_READING_TABLE))
    if script == "latin":
        other_letters = _OTHER_LETTERS.search(words)
        final_h = _FINAL_AH.search(words)
        final_t = _FINAL_AT.search(words)
        final_e = _FINAL_E.search(words)
        mid_article = _MID_ARTICLE.search(words)
        if (
            other_letters
            or final_h
            or final_t
            or final_e
            or mid_article
            or _READ_TWO_WAYS.search(words)
            or _GLUED_ARTICLE.search(words)
        ):
            read = _OTHER_LETTERS.sub(_other_letter, words) if other_letters else words
            read = read.replace("sz", "sh")
            if final_t:
                read = _FINAL_AT.sub("a", read)
            if final_e:
                read = _FINAL_E.sub("a", read)
            if mid_article:
                read = _MID_ARTICLE.sub(" ", read)
            other = _latin_codes(
                _GLUED_ARTICLE.sub("", read),
                _DIGRAPH_READING,
                _DIGRAPH_READING_RE,
                silent_h=False,
            )
            return _with_reading(form, _read(other, script, {}))
    return form


#: A word-final ã or ão, which Portuguese writes for a final -an: Irã, Irão (Iran), Teerã.
_PORTUGUESE_NASAL: Final = re.compile(r"[ãÃ][oO]?(?![^\W\d_])")

#: *imam* as Spanish and Portuguese write it, with its accent (*imán*, *imã*, *imãs*),
#: which tells it from the given name Iman (إيمان).
_IMAM_IN_SPANISH: Final = re.compile(r"(?<![^\W\d_])([iI])m(?:án|ÁN|ã|Ã)(?=[sS]?(?![^\W\d_]))")


def _other_letter(found: re.Match[str]) -> str:
    return _OTHER_LETTER[found.group(0)]


def _with_reading(form: Phonetic, reading: Phonetic) -> Phonetic:
    """*form*, and each of its words, carrying its other *reading* where it differs."""
    if not form.parts or len(form.parts) != len(reading.tokens):
        return attrs.evolve(form, reading=reading)
    parts = tuple(
        attrs.evolve(word, reading=other) if word.codes != other.codes else word
        for word, other in zip(form.parts, reading.tokens, strict=True)
    )
    return attrs.evolve(form, parts=parts, reading=reading)


def _read(joined: str, script: str, table: dict[int, str]) -> Phonetic:
    pieces = _NOT_CODE.sub("", joined.translate(table)).split()
    return _of_words(
        [_word_form(p, script) for p in _join_compounds(pieces) if p.strip("'")], script
    )


def _of_words(tokens: list[Phonetic], script: str) -> Phonetic:
    """The form of a name of the words *tokens* (a word alone is its own form)."""
    if len(tokens) < 2:
        return tokens[0] if tokens else _form("", script, ())
    return _form(
        _collapse("".join(t.codes for t in tokens)),
        script,
        tuple(tokens),
        "".join(t.anchors for t in tokens),
    )


@lru_cache(maxsize=1 << 17)
def _word_form(piece: str, script: str) -> Phonetic:
    """The form of one word: names share their words, so each is read once."""
    return _form(_collapse(piece), script, (), opens=opening(piece, script))


@lru_cache(maxsize=1 << 14)
def long_a_as_ayn(form: Phonetic) -> Phonetic | None:
    """*form*, in Latin script, with each long *a* it writes double (*Saad*, *Baath*,
    *Daraa*) read as a short *a* and an ayn beside it, as newsroom spellings write the ayn
    (سعد, البعث, درعا); None when it writes no long *a*.

    >>> long_a_as_ayn(phonetic("Saad")).codes, long_a_as_ayn(phonetic("Sad"))
    ("sa'd", None)
    """
    if form.script != "latin" or "A" not in form.codes:
        return None
    return _of_words(
        [_word_form(t.codes.replace("A", "a'"), "latin") for t in form.tokens], "latin"
    )


#: Letters that Persian, Urdu, Pashto and Turkish, and colloquial Arabic, read as another
#: sound, and romanise so: ث as *s* (Usman), ذ ض ظ as *z* (Zia, Ramazan, Zahir), and ج
#: as Egyptian *g* (Gamal, Golan).
_READING: Final[dict[str, str]] = {"ث": "s", "ذ": "z", "ض": "z", "ظ": "z", "ج": "g"}
_MERGED_IN_READING: Final = re.compile("[" + "".join(_READING) + "]")

#: A word-final ه after two letters or more, which Persian and colloquial Arabic write for
#: ة (رقه for الرقة, فلوجه for الفلوجة, فاطمه), and Urdu as ہ (القاعدہ, سیدہ): read as ة in
#: the other reading, as it is a consonant in other names (وجيه, الله).
_FINAL_HA: Final = re.compile(r"(?<=[^\W\d_]{2})[هہ](?![^\W\d_])")
#: A word-final ت after two letters or more in a name written with Persian letters
#: (ی ک گ پ چ ژ ے): Persian and Urdu write the ة of Arabic words so (هیئت تحریر الشام,
#: حرکت, جمعیت), read as ة in the other reading.
_PERSIAN_FINAL_T: Final = re.compile(r"(?<=[^\W\d_]{2})ت(?![^\W\d_])")
_PERSIAN_LETTERS: Final = re.compile("[یکگپچژے]")


_APOSTROPHE_TABLE: Final = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))
_ARABIC_TABLE: Final = str.maketrans(_ARABIC)
#: Persian writes the word-final *-e'i* of names with ه and ای (خامنه‌ای, with a
#: zero-width non-joiner or a space between, or none), Urdu with ہ (خامنہ ای), Arabic
#: with ئي (خامنئي).
_PERSIAN_EI: Final = re.compile("[هہ][\u200c ]?ا[یي](?![^\\W\\d_])")
_ARABIC_READING_TABLE: Final = str.maketrans(_ARABIC | _READING)
#: Kurdish (Sorani) writes every vowel: a word opening with one opens with ئ, where
#: Arabic writes ا (ئۆجەلان, أوجلان), and its short *e* (ە) inside a word is a vowel
#: Arabic leaves unwritten (بەغدا, بغداد); a word-final ە is read as ة.
_SORANI_OPENING: Final = re.compile("(?<![^\\W\\d_])ئ(?=[ەاۆوێی])")
#: Sorani typed on an Arabic keyboard writes ە as ه: a word opening with ئه, which no
#: Arabic or Persian word does, marks such a text (ئهكرهم كهعبى, Akram al-Kaabi), whose
#: ه after a letter and before another is the vowel ە, and whose ى is ی.
_SORANI_TYPED_WITH_HA: Final = re.compile("(?<![^\\W\\d_])ئه")
_INNER_HA: Final = re.compile("(?<=[^\\W\\d_])ه(?=[^\\W\\d_])")
#: Uyghur letters no other language qamus reads writes (ۇ ۈ ۋ ڭ), and ئى opening a word,
#: which Arabic does not write: Uyghur writes every vowel, short ones too. (A ى inside
#: a word is no mark of Uyghur: hurried Arabic glues the article on, بشرىالأسد.)
_UYGHUR: Final = re.compile("[ۇۈۋڭ]|(?<![^\\W\\d_])ئى")
_UYGHUR_OPENING: Final = re.compile("(?<![^\\W\\d_])ئ[اىەۇۈۆې]?")
_UYGHUR_SHORT_VOWEL: Final = re.compile("(?<=[^\\W\\d_])[ىەۇۈۆې](?=[^\\W\\d_])")
_UYGHUR_FINAL: Final = str.maketrans({"ى": "ي", "ۇ": "و", "ۈ": "و", "ۆ": "و", "ې": "ي"})
#: The Uyghur "and" (ۋە), a word of its own.
_UYGHUR_AND: Final = re.compile("(?<![^\\W\\d_])ۋە(?![^\\W\\d_])")


def _uyghur_as_arabic(text: str) -> str:
    """Uyghur *text* as Arabic writes its names: a vowel opening a word as ا, the vowels
    inside a word left out, a word-final ى as ي, and ۋە as و (ئەبۇ بەكىر باغدادى, أبو بكر
    البغدادي)."""
    text = _UYGHUR_AND.sub("و", text)
    text = _UYGHUR_SHORT_VOWEL.sub("", _UYGHUR_OPENING.sub("ا", text))
    return text.translate(_UYGHUR_FINAL)


_SORANI_INNER_E: Final = re.compile("ە(?=[^\\W\\d_])")
_NOT_CODE: Final = re.compile("[^ " + re.escape("".join(CLASSES)) + "]")


def _join_compounds(pieces: list[str]) -> list[str]:
    """Glue the words of compound names, which writers join or part at will.

    ``abd`` (عبد) and ``abu`` (أبو, and its cases *Abi* أبي and *Aba* أبا) join the word
    after them ("Abd al-Rahman" is one name, like عبدالرحمن; "Abu Bakr" like
    "Abubakar"); ``allah`` (الله) and ``eddine`` join the word before them ("Nasr
    Allah" / "Nasrallah", "Nour Eddine" / "Noureddine");
    ``ul``/``ur``/``ud`` and a lone ``u`` join both ("Zia-ur-Rahman" / "Ziaurrahman",
    "Shams-u-Rahman"); *bin*, *ibn*, *ben*, *bint* and *ould* join the name after them
    ("Bin Laden" / "Binladen"), as do Persian پسر and دختر, read as *bin* and *bint*.
    A bare "Din" may begin a name ("Din Mohammad"), so it joins nothing.
    """
    out: list[str] = []
    glue = False
    last = len(pieces) - 1
    for at, written in enumerate(pieces):
        piece = written
        bare = _collapse(piece)
        if at < last and bare in _KUNYA_CASES:
            # Abi and Aba before a name are Abu in the genitive and accusative ("Ali
            # ibn Abi Talib", "Ali ibn Abu Talib"), Ebu is Turkish for it: one kunya
            piece = bare = _KUNYA_CASES[bare]
        elif at < last and bare in _PERSIAN_SON_OF:
            # Persian پسر and دختر before a name are bin and bint (علی پسر ابوطالب), and
            # its romanised ebne (with the ezafe) is ibn
            piece = bare = _PERSIAN_SON_OF[bare]
        if out and (glue or bare in _COMPOUND_TAILS):
            out[-1] += piece
        else:
            out.append(piece)
        glue = bare in _COMPOUND_HEADS
    return out


_COMPOUND_HEADS: Final = frozenset(
    {"abd", "ʿbd", "'bd", "'abd", "abu", "abU", "AbU", "ul", "ur", "ud", "u"}
    # bin, ibn, ben, bint, ould (بن ابن بنت ولد): "Bin al-Shibh" / "Binalshibh"
    | {"bin", "ibn", "ben", "bint", "bn", "Abn", "bnt", "Uld"}
)
#: Abu in the genitive and accusative, as the separate word before a name: أبي, أبا.
_KUNYA_CASES: Final = {
    "abi": "abu", "abI": "abu", "aba": "abu", "AbI": "AbU", "AbA": "AbU",
    "ebu": "abu", "ebi": "abu",  # Turkish: "Ali bin Ebu Talib", "Ali b. Ebi Talib"
    "ebU": "abu", "ebI": "abu",  # Kurmanji: "Ebû Hemam", "Elî bin Ebî Talib"
    "abo": "abu",  # as the Levant says it, and much English writing from there: "Abo Hamam"
}  # fmt: skip
#: Persian "son" and "daughter" (پسر, دختر) before a father's name, in letter codes: the
#: Arabic *bin* and *bint* (بن, بنت) of a name written in Persian; and *ibn* romanised
#: from Persian, with the ezafe (*Abbas ebne Ali*).
_PERSIAN_SON_OF: Final = {"psr": "bn", "dxtr": "bnt", "ebne": "ibn", "ebn": "ibn", "ibne": "ibn"}
_COMPOUND_TAILS: Final = frozenset(
    {"alah", "lh", "lAh", "edin", "edine", "adin", "udin", "ul", "ur", "ud", "u"}
)
_CLASS_TABLE: Final = str.maketrans(CLASSES)
_GROUP_TABLE: Final = str.maketrans(GROUPS)
_ROMAN_CONSONANTS: Final = str.maketrans(
    dict.fromkeys((c for c, k in CLASSES.items() if GROUPS[k] == VOWEL_GROUP and k != "'"), None)
)
# Latin vowels that are not word-final: Arabic script does not write them
# (an i before another vowel is the glide y, which Arabic writes: "Nassiria", الناصرية)
_INNER_SHORT_VOWEL: Final = re.compile("[aeou](?=.)|i(?=[^aeiouAIU])")


def _form(
    codes: str,
    script: str,
    parts: tuple[Phonetic, ...],
    anchors: str | None = None,
    *,
    opens: str | None = None,
) -> Phonetic:
    """The form of *codes*; *anchors*, when given, are its words' anchors joined, and
    *opens* how the word opens, read before doubled letters were collapsed."""
    spelled = codes.translate(_CLASS_TABLE)
    roman = codes.translate(_ROMAN)
    consonants = roman.translate(_ROMAN_CONSONANTS)
    if script == "arabic":
        classes = spelled
        anchors = spelled if anchors is None else anchors
    else:
        # Latin script marks ayn and hamza optionally: only the letter codes keep them.
        classes = spelled.replace("'", "")
        # Arabic writes consonants, glides, long vowels and word-final vowels, not short ones.
        if anchors is None:
            anchors = _INNER_SHORT_VOWEL.sub("", codes).translate(_CLASS_TABLE)
    groups = classes.translate(_GROUP_TABLE)
    skeleton = _collapse(groups.replace(VOWEL_GROUP, ""))
    ends = "".join(p.codes[-1:] for p in parts) if parts else codes[-1:]
    if opens is None:
        opens = "".join(p.opens for p in parts) if parts else opening(codes, script)
    if parts:
        vowels = tuple(word for p in parts for word in p.vowels)
    else:
        vowels = (inner_vowels(codes, spelled.translate(_GROUP_TABLE), script),)
    return Phonetic(
        codes,
        roman,
        classes,
        groups,
        skeleton,
        script,
        consonants,
        anchors,
        spelled,
        parts,
        ends,
        opens,
        vowels,
    )


def inner_vowels(codes: str, groups: str, script: str) -> tuple[str, ...]:
    """The letter codes between each two consonants of a word (*groups* are its codes'
    groups), those before its first and after its last left out: what a spelling writes
    of its vowels, glides, ayn and hamza inside the word. A و after خ, which Persian does
    not read (خواجه, *Khaja*), is left out.

    >>> inner_vowels("ḥsIn", "HSVN", "arabic"), inner_vowels("husayn", "HVSVVN", "latin")
    (('', 'I'), ('u', 'ay'))
    """
    gaps: list[str] = []
    gap = ""
    last = ""  # the group of the consonant before
    after_kh = False
    for code, group in zip(codes, groups, strict=True):
        if group in _NOT_CONSONANT:
            if not (after_kh and code == "U" and not gap):
                gap += code
            continue
        if last and (gap or group != last):  # a letter doubled is one consonant
            gaps.append(gap)
        gap = ""
        last = group
        after_kh = script == "arabic" and code == "x"
    return tuple(gaps)


#: Groups of letter codes that are no consonant: vowels and glides, ayn and hamza.
_NOT_CONSONANT: Final = frozenset({VOWEL_GROUP, "'"})


#: Letter codes an Arabic word may open with before a vowel: alif or hamza, and ayn.
_ARABIC_OPEN: Final = frozenset("Aʿ'")
#: ... and that open it either way: ي and و, consonants (*Yazid*, *Walid*) or long vowels
#: (*Iyad* إياد is written with alif, but ئ and ؤ seat a hamza).
_ARABIC_GLIDES: Final = frozenset("IU")
#: Latin letter codes that open a word with a vowel (*U* is French *ou*).
_LATIN_VOWELS: Final = frozenset("aeiouU")
#: ... and that may stand for alif, hamza or ayn without a vowel written: *y* and *w*
#: (*Yazidi* الإيزيدية), and ayn and hamza marks.
_LATIN_GLIDES: Final = frozenset("yw'")
#: Latin words whose first vowel writes no letter of the Arabic word: *ibn* (بن), and an
#: article assimilated and written as one with the name (*Ennahda* النهضة, *Assad*); and
#: words that may open otherwise in Arabic: *bin* and a name read as one word
#: (*binAhmed*); and *Abu* and *Abd*, whose vowel some spellings drop (*Bu Kamal*).
_LATIN_UNWRITTEN_VOWEL: Final = re.compile(r"^(?:[ie]bn|[ae]([^aeiouyw'])\1|bin|ben|ab[duoU])")
#: Arabic words whose alif Latin spellings leave out, أبو and ابن (*Bu Kamal*, *bin*),
#: and names with عبد, which a short form leaves out (*Kader* for عبد القادر).
_ARABIC_UNREAD_ALIF: Final = re.compile(r"^(?:Ab[UnIA]|ʿbd..)")


def opening(codes: str, script: str) -> str:
    """How a word of letter *codes* opens: ``v`` with a vowel, ``c`` with a consonant,
    ``-`` either way (a glide, or a vowel some spellings leave unwritten). Arabic
    script writes a word's opening vowel (ا أ إ ع), so a Latin word opening with a
    vowel is not one opening with a consonant in Arabic: *Amuda* is not مضايا.

    >>> opening("mḍAIA", "arabic"), opening("amuda", "latin"), opening("ibn", "latin")
    ('c', 'v', '-')
    """
    first = codes[:1]
    if script == "arabic":
        if first in _ARABIC_GLIDES or _ARABIC_UNREAD_ALIF.match(codes):
            return "-"
        return "v" if first in _ARABIC_OPEN else "c"
    if first in _LATIN_GLIDES or _LATIN_UNWRITTEN_VOWEL.match(codes):
        return "-"
    return "v" if first in _LATIN_VOWELS else "c"


# The parts compound names share, in letter codes once the article is gone: Abd (عبد)
# before a name, al-Din (الدين) and Allah (الله) after one. A name keeps at least two
# letters besides, or none ("Abdullah" is Abd and Allah, with no part of its own).
_COMPOUND_HEAD: Final = re.compile(r"^(?:(?P<abd>'?abd|ʿbd)|(?P<abu>ab[uU]|AbU|ebu))(?=..)")
# ... and after bin or ibn, where Abu is in the genitive too (Abi, ابي: "bin Abitalib")
_FATHERS_HEAD: Final = re.compile(r"^(?:(?P<abd>'?abd|ʿbd)|(?P<abu>ab[uUiI]|Ab[UI]|ebu))(?=...)")
# bin, ibn, bint, ould glued before a name ("bin Abdallah"): not part of it
_GLUED_SON_OF: Final = re.compile(r"^(?:bin|ibn|ben|bint|bn|Abn|bnt|Uld)(?=...)")


def parent_name(word: Phonetic) -> Phonetic | None:
    """The name after *bin*, *ibn*, *bint* or *ould* read as one word with it (``"bin
    Ali"``, ``"ibn Abi Talib"``), or None: a word some write with the particle and others
    without it, or with *b.* apart.

    >>> parent_name(phonetic("ibn Abi Talib")).codes, parent_name(phonetic("Talib"))
    ('abutalib', None)
    """
    found = _GLUED_SON_OF.match(word.codes)
    if found is None:
        return None
    return _word_form(word.codes[found.end() :], word.script)


def names_a_parent(word: Phonetic) -> bool:
    """Whether *word* is a father's or mother's name: *bin*, *ibn*, *bint*, *ould* (بن ابن
    بنت ولد) and a name, read as one word, or *b.* alone.

    >>> names_a_parent(phonetic("bin Ali")), names_a_parent(phonetic("Arnous"))
    (True, False)
    """
    return word.codes == "b" or _GLUED_SON_OF.match(word.codes) is not None


_COMPOUND_TAIL: Final = re.compile(
    r"(?<=..)(?:[aeiou]?(?P<din>dine?)|[aeiou]?(?P<allah>lah)|[aeiou]?(?P<stan>stan))$"
)
_ARABIC_COMPOUND_TAIL: Final = re.compile(
    r"(?<=..)(?:(?P<din>d[Ii]n)|(?P<allah>lA?h)|(?P<stan>stA?n))$"
)
_TAIL_FIRST: Final = {"din": "d", "allah": "l", "stan": "s"}
_BARE_TAIL: Final = {
    **dict.fromkeys(("din", "dine", "dIn"), "din"),
    **dict.fromkeys(("alah", "lah", "lh", "lAh"), "allah"),
}


def _compound(word: Phonetic) -> tuple[str, str, str]:
    """Which of Abd and Abu *word* starts with (``"abd"``, ``"abu"`` or ``""``), which
    name it ends with (``"din"``, ``"allah"`` or ``""``), and its codes without them."""
    return _compound_parts(word.codes, word.script)


@lru_cache(maxsize=1 << 16)
def _compound_parts(codes: str, script: str) -> tuple[str, str, str]:
    # words recur in name after name: each is taken apart once
    son_of = _GLUED_SON_OF.match(codes)
    if son_of:
        codes = codes[son_of.end() :]
    # after bin or ibn, Abu is in the genitive, Abi, written on ("bin Abitalib", ابن ابيطالب)
    head = (_FATHERS_HEAD if son_of else _COMPOUND_HEAD).match(codes)
    head_kind = ""
    if head:
        head_kind = str(head.lastgroup)
        codes = codes[head.end() :]
    tail_re = _ARABIC_COMPOUND_TAIL if script == "arabic" else _COMPOUND_TAIL
    tail = tail_re.search(codes)
    if tail:
        kind = str(tail.lastgroup)
        core = codes[: tail.start()]
        # a part ending in the tail's first letter lost it to it, or not: "Saad al-Din"
        # is sʿdIn in Arabic letters, "Saaduddin" in Latin; it is left out either way
        return head_kind, kind, core.removesuffix(_TAIL_FIRST[kind])
    bare = _BARE_TAIL.get(codes)
    if bare:
        return head_kind, bare, ""  # the tail alone ("al-Din"): no part of its own
    return head_kind, "", codes


def is_kunya_word(word: Phonetic) -> bool:
    """Whether *word* is Abu and a name read as one word (a kunya: "Abu Omar").

    >>> is_kunya_word(phonetic("Abu Omar")), is_kunya_word(phonetic("Aboud"))
    (True, False)
    """
    return _compound(word)[0] == "abu"


#: *Al Bu* ("the family of Abu") written as one with the name after it, or *Bu* after
#: the article: the clans and towns named so (البوكمال, *Albu Mahal*) are also written
#: with *Abu* ("Abu Kamal").
_FAMILY_OF_ABU: Final = re.compile("(?:al)?b[uU]")


def family_of_abu(kunya: Phonetic, word: Phonetic) -> bool:
    """Whether *word*, no kunya, may be *Al Bu* and the name of *kunya*, as writers
    give it both ways ("Albukamal" and "Abu Kamal"): after its *Al Bu*, it begins with
    the letter the name after *Abu* begins with.

    >>> abu = phonetic("Abu Kamal")
    >>> family_of_abu(abu, phonetic("Albukamal")), family_of_abu(abu, phonetic("البوكمال"))
    (True, True)
    >>> family_of_abu(phonetic("Abu Israa"), phonetic("Busra"))
    False
    """
    family = _FAMILY_OF_ABU.match(word.codes)
    if family is None:
        return False
    core, rest = _compound(kunya)[2], word.codes[family.end() :]
    return bool(core) and core[:1] == rest[:1]


def compound_cores(a: Phonetic, b: Phonetic) -> tuple[Phonetic, Phonetic] | None:
    """The parts that tell two compound names of one kind apart, or None if *a* and *b*
    are not both Abd + a name, or both Abu + a name (a kunya), or both a name + al-Din,
    or both a name + Allah, or both names of lands in *-stan*: the part they share says
    little of which name it is (Abd al-Karim is not Abd al-Rahim, Abu Omar not Abu Bakr,
    nor Siraj al-Din Nasir al-Din, nor Afghanistan Pakistan), however alike the whole
    words look.

    >>> [w.codes for w in compound_cores(phonetic("Abdulkarim"), phonetic("عبد الرحيم"))]
    ['karim', 'rḥIm']
    >>> [w.codes for w in compound_cores(phonetic("Serajuddin"), phonetic("Nasreddine"))]
    ['seraj', 'nasr']
    >>> [w.codes for w in compound_cores(phonetic("Abu Omar"), phonetic("أبو بكر"))]
    ['omar', 'bkr']
    >>> compound_cores(phonetic("Abdullah"), phonetic("Nasrullah")) is None
    True
    >>> [w.codes for w in compound_cores(phonetic("Afghanistan"), phonetic("باكستان"))]
    ['afGan', 'bAk']
    """
    head_a, tail_a, core_a = _compound(a)
    head_b, tail_b, core_b = _compound(b)
    shared_head, shared_tail = bool(head_a) and head_a == head_b, bool(tail_a) and tail_a == tail_b
    if not (shared_head or shared_tail):
        return None
    # strip only what both share: "Abd al-Karim" against "Karim al-Din" is no compound
    if not shared_head and (head_a or head_b):
        return None
    if not shared_tail and (tail_a or tail_b):
        return None
    if not core_a and not core_b:
        return None  # "Abdullah" and "Abdallah": Abd and Allah, nothing else to compare
    return _core(a, head_a, tail_a, core_a), _core(b, head_b, tail_b, core_b)


def _core(word: Phonetic, head: str, tail: str, codes: str) -> Phonetic:
    """The form of *codes*, a compound's own part, with its other reading if it has one."""
    core = _form(codes, word.script, ())
    if word.reading is not None:
        reading_head, reading_tail, reading_codes = _compound(word.reading)
        if (reading_head, reading_tail) == (head, tail):
            core = attrs.evolve(core, reading=_form(reading_codes, word.reading.script, ()))
    return core


def joined(words: tuple[Phonetic, ...]) -> Phonetic:
    """Several words read as one: "Nasr Allah" against "Nasrallah", "Akhund Zada" against
    "Akhundzada".

    >>> joined(phonetic("Nasr Allah").tokens) == phonetic("Nasrallah")
    True
    """
    if len(words) == 1:
        return words[0]
    script = "arabic" if any(w.script == "arabic" for w in words) else "latin"
    whole = _form(
        _collapse("".join(w.codes for w in words)), script, (), "".join(w.anchors for w in words)
    )
    if any(w.reading is not None for w in words):
        whole = attrs.evolve(whole, reading=joined(tuple(w.reading or w for w in words)))
    return whole
