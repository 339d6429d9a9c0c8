"""qamus works the same from a wheel, an sdist build and an editable install.

tox runs this module in each install mode (envs ``tests`` (editable), ``tests-wheel``,
``tests-sdist``). The checks run in a fresh, isolated interpreter started
outside the source tree, so they see the installed package, not ``src/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

try:
    DISTRIBUTION: metadata.Distribution | None = metadata.distribution("qamus")
except metadata.PackageNotFoundError:
    DISTRIBUTION = None

pytestmark = pytest.mark.skipif(DISTRIBUTION is None, reason="qamus is not installed")

REPOSITORY = Path(__file__).resolve().parents[1]


def _editable() -> bool:
    assert DISTRIBUTION is not None
    text = DISTRIBUTION.read_text("direct_url.json")
    return bool(text and json.loads(text).get("dir_info", {}).get("editable"))


def _isolated(code: str, tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-I", "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout.strip()


def test_installed_package_loads_the_shipped_glossary(tmp_path: Path) -> None:
    out = _isolated(
        "import qamus, json; g = qamus.load(); "
        "print(json.dumps([qamus.__file__, str(qamus.shipped_glossary_path()), len(g)]))",
        tmp_path,
    )
    module_file, glossary_path, count = json.loads(out)
    files = sorted(p.relative_to(glossary_path) for p in Path(glossary_path).rglob("*.toml"))
    repo_files = sorted(
        p.relative_to(REPOSITORY / "glossary") for p in (REPOSITORY / "glossary").rglob("*.toml")
    )
    assert files == repo_files
    assert count == len(repo_files)
    if _editable() or REPOSITORY / "src" in Path(module_file).parents:
        # An editable install (tox installs it from a PEP 660 wheel, without
        # direct_url.json) imports src/ and reads the repository's own glossary.
        assert Path(glossary_path) == REPOSITORY / "glossary"
    else:
        assert Path(glossary_path) == Path(module_file).parent / "_glossary"
        assert REPOSITORY / "src" not in Path(module_file).parents


def test_installed_package_is_typed(tmp_path: Path) -> None:
    out = _isolated("import qamus, pathlib; print(pathlib.Path(qamus.__file__).parent)", tmp_path)
    assert (Path(out) / "py.typed").is_file()


def test_console_script_checks_the_shipped_glossary(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("qamus")
    if not script.exists():
        pytest.skip("no qamus console script beside this interpreter")
    done = subprocess.run(
        [str(script), "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All checks passed." in done.stdout
