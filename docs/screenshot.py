"""Build the HTML documentation and screenshot a glossary entry with headless Chromium.

    python docs/screenshot.py --out /tmp/qamus-liwa-al-baqir.png

Needs Chromium (``apt-get install chromium fonts-noto-core`` on Debian and
Ubuntu). Exit status: 0 when the screenshot was written, 1 when it was not,
2 when Chromium is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    """The path of a Chromium-based browser, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def build_html(out: Path) -> None:
    """Build the HTML documentation into *out*."""
    subprocess.run(  # noqa: S603 - a fixed command
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(DOCS), str(out)],
        check=True,
    )


def screenshot(browser: str, url: str, png: Path, size: str = "1200,1600") -> None:
    """Save a screenshot of *url* to *png* with headless *browser*."""
    with tempfile.TemporaryDirectory(prefix="qamus-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={size}",
            f"--screenshot={png}",
            url,
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root otherwise
        subprocess.run(command, check=True, capture_output=True, timeout=120)  # noqa: S603


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir(), "qamus-liwa-al-baqir.png")
    )
    parser.add_argument(
        "--html",
        type=Path,
        default=DOCS / "_build" / "html",
        help="where the HTML is (and is built, unless --no-build)",
    )
    parser.add_argument("--no-build", action="store_true", help="use the HTML as it is")
    parser.add_argument("--page", default="glossary/group/liwa-al-baqir.html")
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("no Chromium found: install chromium (and fonts-noto-core)", file=sys.stderr)
        return 2
    if not args.no_build:
        build_html(args.html)
    page, _, anchor = args.page.partition("#")
    url = (args.html / page).resolve().as_uri() + (f"#{anchor}" if anchor else "")
    args.out.unlink(missing_ok=True)
    screenshot(browser, url, args.out)
    if not args.out.is_file():
        print(f"Chromium wrote no screenshot to {args.out}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({url})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
