"""Tests of qamus.sphinxext: Arabic markup, and pages generated from a small glossary.

The builds run Sphinx in-process on a temporary project (about a second each).
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sphinx = pytest.importorskip("sphinx")

from sphinx.application import Sphinx  # noqa: E402
from sphinx.search.en import SearchEnglish  # noqa: E402

from qamus.sphinxext import GENERATED_MARK, arabic_runs, split_files  # noqa: E402

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")

ENTRIES = {
    "tribe/bakkara.toml": """
        id = "bakkara"
        kind = "tribe"
        name = "Bakkara"
        arabic = "البكارة"
        variants = ["Baggara", "Bekara", "al-Bakkara", "البقارة"]
        notes = "A confederation of the Euphrates valley (not the Baggara of Sudan, البقارة)."

        [relations]
        not-same-as = ["baggara"]

        [[sources]]
        title = "البكارة"
        publisher = "Example Press"
        url = "https://example.org/bakkara"
        """,
    "tribe/baggara.toml": """
        id = "baggara"
        kind = "tribe"
        name = "Baggara"
        arabic = "البقارة"
        english = "cattle herders"
        variants = ["Baqqara"]

        [[sources]]
        title = "The Baggara"
        publisher = "Example Press"
        """,
    "group/liwa-al-baqir.toml": """
        id = "liwa-al-baqir"
        kind = "group"
        name = "Liwa al-Baqir"
        arabic = "لواء الباقر"
        vocalised = "لِوَاءُ الْبَاقِر"
        english = "Baqir Brigade"
        variants = ["Liwaa al-Baqer", "Shi'i militia name"]

        [relations]
        rooted-in = ["bakkara"]

        [[sources]]
        title = "Liwa al-Baqir"
        publisher = "Example Press"
        url = "https://example.org/liwa"
        date = "2017-06-14"
        """,
}

INDEX = """
    Test
    ====

    Arabic in text: :ar:`لواء الباقر`, a link: :qamus:entry:`bakkara`,
    a code: :qamus:problem:`Q101`.

    Arabic without the role: حلب (Aleppo), and in a literal: ``arabic = "دمشق"``.

    .. code-block:: python

       qamus.name_key("حماة")

    .. toctree::

       glossary/index
       codes

    .. qamus-kinds::

    .. qamus-relation-types::
    """

CODES_PAGE = """
    Codes (رموز)
    ============

    .. qamus-problem:: Q101

       An unknown field.

       .. qamus-check-example::
          :path: glossary/place/aleppo.toml
          :code: Q101

          id = "aleppo"
          kind = "place"
          name = "Aleppo"
          arabic = "حلب"
          varients = ["Halab"]

          [[sources]]
          title = "Aleppo"
          publisher = "Encyclopaedia Britannica"
    """


def write_glossary(root: Path, entries: dict[str, str]) -> None:
    for name, text in entries.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def make_project(tmp: Path, entries: dict[str, str], pages: dict[str, str]) -> Path:
    write_glossary(tmp / "my-glossary", entries)
    src = tmp / "docs"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["qamus.sphinxext"]\n'
        'qamus_glossary_paths = ["../my-glossary"]\n'
        "nitpicky = True\n",
        encoding="utf-8",
    )
    for name, text in pages.items():
        (src / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return src


def build(src: Path, builder: str = "html") -> tuple[Path, str]:
    """Build *src*; return the output folder and the warnings."""
    out = src.parent / "_build" / builder
    warnings = io.StringIO()
    app = Sphinx(
        str(src),
        str(src),
        str(out),
        str(src.parent / "_build" / "doctrees"),
        builder,
        status=None,
        warning=warnings,
        freshenv=True,
    )
    app.build()
    return out, warnings.getvalue()


class ArabicOutsideMarkup(HTMLParser):
    """Collects text with Arabic letters that is not inside an element with lang="ar"."""

    VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "col", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.outside: list[str] = []
        self.wrapped: list[tuple[str, str | None]] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        attributes = dict(attrs)
        arabic = attributes.get("lang") == "ar"
        if arabic:
            self.wrapped.append((tag, attributes.get("dir")))
        if tag in ("script", "style", "title"):
            self.skip += 1
        self.stack.append((tag, arabic))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self.stack:
            name, _ = self.stack.pop()
            if name in ("script", "style", "title"):
                self.skip -= 1
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        inside = any(arabic for _, arabic in self.stack)
        if not inside and not self.skip and ARABIC_LETTER.search(data):
            self.outside.append(data)


def arabic_outside_markup(html: str) -> ArabicOutsideMarkup:
    parser = ArabicOutsideMarkup()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    src = make_project(
        tmp_path_factory.mktemp("project"), ENTRIES, {"index.rst": INDEX, "codes.rst": CODES_PAGE}
    )
    return build(src)


# -- Arabic runs ---------------------------------------------------------------------------------


def test_arabic_runs_split_mixed_text() -> None:
    assert list(arabic_runs("Liwa al-Baqir (لواء الباقر), 2012")) == [
        (False, "Liwa al-Baqir ("),
        (True, "لواء الباقر"),
        (False, "), 2012"),
    ]


def test_arabic_runs_keep_marks_and_inner_punctuation() -> None:
    assert list(arabic_runs("لِوَاءُ “الباقر”.. ميليشيا")) == [(True, "لِوَاءُ “الباقر”.. ميليشيا")]


def test_arabic_runs_of_latin_only() -> None:
    assert list(arabic_runs("Aleppo")) == [(False, "Aleppo")]
    assert list(arabic_runs("")) == []


@given(st.text())
def test_arabic_runs_cover_the_text_exactly(text: str) -> None:
    runs = list(arabic_runs(text))
    assert "".join(part for _, part in runs) == text
    for is_arabic, part in runs:
        assert part
        if not is_arabic:
            assert not any("\u0621" <= c <= "\u064a" for c in part)


def test_split_files_uses_the_default_path_without_markers() -> None:
    assert split_files('id = "a"\n', "glossary/place/a.toml") == [
        ("glossary/place/a.toml", 'id = "a"\n')
    ]


# -- a built project -----------------------------------------------------------------------------


def test_build_is_warning_free(built: tuple[Path, str]) -> None:
    _, warnings = built
    assert warnings == ""


def test_role_wraps_arabic_in_lang_and_dir(built: tuple[Path, str]) -> None:
    out, _ = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<span dir="rtl" lang="ar">لواء الباقر</span>' in html


def test_arabic_without_the_role_is_marked_up_too(built: tuple[Path, str]) -> None:
    out, _ = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<span dir="rtl" lang="ar">حلب</span> (Aleppo)' in html
    assert '<span dir="rtl" lang="ar"><span class="pre">دمشق</span></span>' in html  # literal
    # highlighted code (token boundaries vary between Pygments releases)
    assert '<span lang="ar" dir="rtl">حماة</span>' in html


def test_arabic_in_titles_is_marked_up_in_the_navigation(built: tuple[Path, str]) -> None:
    out, _ = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'Codes (<span dir="rtl" lang="ar">رموز</span>)</a>' in html


def test_entry_link_role_resolves_to_the_anchor(built: tuple[Path, str]) -> None:
    out, _ = built
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="glossary/tribe/bakkara.html#bakkara"' in html
    assert 'href="codes.html#problem-q101"' in html


def page(out: Path, name: str) -> str:
    return (out / name).read_text(encoding="utf-8")


def test_a_page_per_entry_with_its_id_as_anchor(built: tuple[Path, str]) -> None:
    out, _ = built
    assert 'id="bakkara"' in page(out, "glossary/tribe/bakkara.html")
    assert 'id="baggara"' in page(out, "glossary/tribe/baggara.html")
    assert 'id="liwa-al-baqir"' in page(out, "glossary/group/liwa-al-baqir.html")
    assert "<title>Liwa al-Baqir" in page(out, "glossary/group/liwa-al-baqir.html")


def test_index_pages_per_kind_and_a_to_z(built: tuple[Path, str]) -> None:
    out, _ = built
    tribes = page(out, "glossary/tribe/index.html")
    assert tribes.index('href="bakkara.html#bakkara"') > tribes.index('href="baggara.html#baggara"')
    assert 'href="tribe/index.html"' in page(out, "glossary/index.html")
    assert (out / "glossary" / "a-z.html").is_file()


def test_every_arabic_string_is_marked_up(built: tuple[Path, str]) -> None:
    out, _ = built
    wrapped = 0
    for page in [
        "index.html",
        "codes.html",
        *(
            f"glossary/{p}"
            for p in (
                "index.html",
                "a-z.html",
                "tribe/index.html",
                "tribe/bakkara.html",
                "tribe/baggara.html",
                "group/liwa-al-baqir.html",
            )
        ),
    ]:
        found = arabic_outside_markup((out / page).read_text(encoding="utf-8"))
        assert found.outside == [], page
        assert all(direction == "rtl" for _, direction in found.wrapped), page
        wrapped += len(found.wrapped)
    assert wrapped > 20


def test_entry_shows_arabic_variants_and_romanisations(built: tuple[Path, str]) -> None:
    out, _ = built
    liwa = page(out, "glossary/group/liwa-al-baqir.html")
    assert '<span dir="rtl" lang="ar">لواء الباقر</span>' in liwa
    assert '<span dir="rtl" lang="ar">لِوَاءُ الْبَاقِر</span>' in liwa
    assert "Liwaa al-Baqer" in liwa
    assert "Shi'i militia name" in liwa  # no smart quotes inside spellings
    from qamus.translit import schemes, transliterate

    for scheme in schemes():
        assert escape(transliterate("لِوَاءُ الْبَاقِر", scheme.id, capitalise=True), quote=False) in liwa


def test_relations_link_both_ways(built: tuple[Path, str]) -> None:
    out, _ = built
    bakkara = page(out, "glossary/tribe/bakkara.html")
    baggara = page(out, "glossary/tribe/baggara.html")
    # not-same-as is declared on bakkara only; both entries show it
    assert 'href="baggara.html#baggara"' in bakkara
    assert 'href="bakkara.html#bakkara"' in baggara
    # rooted-in is declared on the group; the tribe lists it as a link into it
    assert 'href="../group/liwa-al-baqir.html#liwa-al-baqir"' in bakkara
    liwa = page(out, "glossary/group/liwa-al-baqir.html")
    assert 'href="../tribe/bakkara.html#bakkara"' in liwa


def test_sources_are_links(built: tuple[Path, str]) -> None:
    out, _ = built
    assert 'href="https://example.org/bakkara"' in page(out, "glossary/tribe/bakkara.html")


def test_search_finds_entries_by_any_spelling(built: tuple[Path, str]) -> None:
    out, _ = built
    text = (out / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    terms = index["terms"]
    stem = SearchEnglish({}).stem
    for word in ("bekara", "baqqara", "liwaa", "البكارة"):
        assert stem(word) in terms, word


def test_a_to_z_lists_variants(built: tuple[Path, str]) -> None:
    out, _ = built
    html = (out / "glossary" / "a-z.html").read_text(encoding="utf-8")
    assert "<em>Bekara</em>" in html
    assert html.index("<em>Bekara</em>") < html.index("<em>Liwaa al-Baqer</em>")


def test_check_example_shows_the_real_message(built: tuple[Path, str]) -> None:
    out, _ = built
    html = (out / "codes.html").read_text(encoding="utf-8")
    assert "glossary/place/aleppo.toml:5:1: Q101 [aleppo] varients: unknown field" in html


def test_tables_come_from_the_vocabularies(built: tuple[Path, str]) -> None:
    from qamus.model import KINDS, RELATION_TYPES

    out, _ = built
    html = (out / "index.html").read_text(encoding="utf-8")
    for name in [*KINDS, *RELATION_TYPES]:
        assert f'<span class="pre">{name}</span>' in html, name


# -- problems are reported -------------------------------------------------------------------------


def test_glossary_problems_are_warnings_at_file_and_line(tmp_path: Path) -> None:
    broken = dict(ENTRIES)
    broken["tribe/baggara.toml"] = ENTRIES["tribe/baggara.toml"].replace(
        'variants = ["Baqqara"]', 'variants = ["Baqqara"]\nnmae = "x"'
    )
    src = make_project(
        tmp_path, broken, {"index.rst": "T\n=\n\n.. toctree::\n\n   glossary/index\n"}
    )
    _, warnings = build(src)
    assert re.search(
        r"my-glossary/tribe/baggara\.toml:7: WARNING: Q101 \[baggara\] nmae:", warnings
    ), warnings


def test_check_example_warns_when_the_code_is_not_produced(tmp_path: Path) -> None:
    page = """
        T
        =

        .. qamus-check-example::
           :code: Q107

           id = "example"
           kind = "place"
           name = "Example"
           arabic = "مثال"

           [[sources]]
           title = "T"
           publisher = "P"
        """
    src = make_project(tmp_path, ENTRIES, {"index.rst": page})
    (src / "conf.py").write_text(
        (src / "conf.py").read_text() + 'qamus_glossary_folder = ""\n', encoding="utf-8"
    )
    _, warnings = build(src)
    assert "this example does not produce Q107; it produces: nothing" in warnings


def test_generated_pages_are_rewritten_but_others_left_alone(tmp_path: Path) -> None:
    src = make_project(
        tmp_path, ENTRIES, {"index.rst": "T\n=\n\n.. toctree::\n\n   glossary/index\n"}
    )
    folder = src / "glossary"
    folder.mkdir()
    (folder / "person.rst").write_text(GENERATED_MARK + "\n\nOld\n===\n", encoding="utf-8")
    (folder / "notes.rst").write_text("Notes\n=====\n", encoding="utf-8")
    build(src)
    assert not (folder / "person.rst").exists()  # no person entries any more
    assert (folder / "notes.rst").read_text(encoding="utf-8") == "Notes\n=====\n"
    assert (folder / "tribe" / "index.rst").read_text(encoding="utf-8").startswith(GENERATED_MARK)
    assert (folder / "tribe" / "bakkara.rst").is_file()
