"""The real documentation: built once into a temporary folder, then read like a reader would.

Needs the documentation's tools (Sphinx, Furo, MyST); skipped without them.
The build takes a minute or so. The screenshot test also needs Chromium.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sphinx")
pytest.importorskip("furo")
pytest.importorskip("myst_parser")

from sphinx.search.en import SearchEnglish

from tests.test_sphinxext import arabic_outside_markup

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: Entries whose pages must show their Arabic right to left and link to one another.
LINKED = {
    "group/liwa-al-baqir": ["../tribe/bakkara.html#bakkara"],
    "tribe/bakkara": ["baggara.html#baggara", "../group/liwa-al-baqir.html#liwa-al-baqir"],
    "tribe/baggara": ["bakkara.html#bakkara"],
}


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "html"
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(DOCS), str(out)],
        check=True,
        cwd=ROOT,
    )
    return out


def read(html: Path, page: str) -> str:
    return (html / page).read_text(encoding="utf-8")


@pytest.mark.parametrize("page", sorted(LINKED))
def test_entries_show_arabic_rtl_and_link_to_each_other(html: Path, page: str) -> None:
    from qamus.glossary import load

    glossary = load()
    entry = glossary[page.split("/")[1]]
    text = read(html, f"glossary/{page}.html")
    assert f'<span dir="rtl" lang="ar">{entry.arabic}</span>' in text
    for link in LINKED[page]:
        assert f'href="{link}"' in text, link


def test_no_arabic_outside_rtl_markup_on_any_page(html: Path) -> None:
    pages = sorted(html.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        found = arabic_outside_markup(path.read_text(encoding="utf-8"))
        assert found.outside == [], path.relative_to(html)
        assert all(direction == "rtl" for _, direction in found.wrapped), path


def test_search_finds_entries_by_attested_spellings(html: Path) -> None:
    from qamus.glossary import load

    text = read(html, "searchindex.js")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    terms = index["terms"]
    bakkara = load()["bakkara"]
    stem = SearchEnglish({}).stem
    for variant in bakkara.variants:
        for word in re.findall(r"\w+", variant.lower()):
            assert stem(word) in terms, word


def test_every_problem_code_has_a_real_example(html: Path) -> None:
    from qamus.glossary.schema import CODES

    text = read(html, "editors/problems.html")
    for code in CODES:
        assert f'id="problem-{code.lower()}"' in text
        # a file's path, and where in it when the problem is inside (Q114: a stray .txt)
        assert re.search(rf"\.(toml|txt)(:\d+:\d+)?: {code} ", text), code


def test_screenshot_of_an_entry_in_chromium(html: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(DOCS))
    try:
        import screenshot
    finally:
        sys.path.remove(str(DOCS))
    browser = screenshot.find_browser()
    if browser is None:
        pytest.skip("Chromium is not installed")
    png = tmp_path / "liwa-al-baqir.png"
    page = (html / "glossary" / "group" / "liwa-al-baqir.html").as_uri()
    screenshot.screenshot(browser, page, png)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000  # a rendered page, not a blank one
