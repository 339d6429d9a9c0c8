"""Sphinx configuration of the qamus documentation.

Build it with ``sphinx-build -n -T -W --keep-going -b html docs docs/_build/html``
and run its examples with ``-b doctest``.
"""

from __future__ import annotations

import inspect
import sys
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# Document the source tree (and its glossary/ folder), installed or not.
sys.path.insert(0, str(ROOT / "src"))

from sphinx.util import logging  # noqa: E402
from sphinx.util.docstrings import prepare_docstring  # noqa: E402
from sphinx.util.inspect import stringify_signature  # noqa: E402

import qamus  # noqa: E402 - after the path is set
from qamus.glossary.schema import CODES  # noqa: E402

logger = logging.getLogger("qamus.docs")

project = "qamus"
author = "The qamus developers"
copyright = "The qamus developers"
release = qamus.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "myst_parser",
    "qamus.sphinxext",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"
nitpicky = True
default_role = "any"
# Straight and curly apostrophes are different letters in romanised names: keep them as written.
smartquotes = False

# -- the glossary pages (qamus.sphinxext) ------------------------------------------------------
# The default documents the shipped glossary; a project documenting its own sets
# qamus_glossary_paths = ["path/to/glossary"].
qamus_glossary_folder = "glossary"

# -- autodoc ----------------------------------------------------------------------------------
autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_type_aliases = {"PathLike": "qamus.glossary.load.PathLike"}

# Types from outside qamus, which no inventory is available for without the network.
nitpick_ignore_regex = [
    ("py:class", r"(collections\.abc|typing|os|re|pathlib|threading)\.\w+"),
    ("py:class", r"icu\.\w+"),
    ("py:class", r"attrs?\.\w+|attr\._make\.\w+"),
    ("py:class", r"PathLike|qamus\.glossary\.load\.PathLike"),
    ("py:class", r"(Iterable|Iterator|Sequence|Mapping|Callable)"),
    ("py:class", r"(KeyError|ValueError|Exception)"),
    ("py:class", r"(docutils|sphinx)\.[\w.]+"),
    # The standard library: no inventory without the network.
    ("py:.*", r"(str|bytes|int|dict|list|tuple|set|frozenset)\.\w+"),
    ("py:.*", r"(functools|gc|threading|concurrent|importlib|tomllib|unicodedata)(\.\w+)*"),
]

# -- doctest ----------------------------------------------------------------------------------
doctest_global_setup = "import qamus"
# Examples in docstrings (the API reference) run under pytest --doctest-modules;
# this build runs the pages' own doctest directives.
doctest_test_doctest_blocks = ""

# -- HTML -------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"qamus {release}"
html_static_path = ["_static"]
html_css_files = ["qamus-docs.css"]
html_theme_options: dict[str, Any] = {
    "navigation_with_keys": True,
}

# -- linkcheck (sphinx-build -b linkcheck docs docs/_build/linkcheck; needs the network) ------
linkcheck_timeout = 30
linkcheck_workers = 8
linkcheck_retries = 2
linkcheck_anchors = False


def _public_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``qamus.sub.module.name`` to the documented ``qamus.name``."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("qamus."):
        return None
    parts = target.split(".")
    for index in range(len(parts) - 1, 0, -1):
        if parts[index] in qamus.__all__:
            public = ".".join(["qamus", *parts[index:]])
            if public != target:
                domain = env.get_domain("py")
                return domain.resolve_xref(
                    env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
                )
    return None


def _every_public_name_documented(app: Any, env: Any) -> None:
    """Warn about any name in ``qamus.__all__`` the API reference leaves out."""
    documented = set(env.get_domain("py").objects)
    for name in qamus.__all__:
        if f"qamus.{name}" not in documented:
            logger.warning("qamus.%s is public but not in the API reference", name)


def _every_problem_code_documented(app: Any, env: Any) -> None:
    """Warn about any problem code without a ``qamus-problem`` section."""
    documented = {name for kind, name in env.get_domain("qamus").objects if kind == "problem"}
    for code in CODES:
        if code not in documented:
            logger.warning("problem code %s is not documented in editors/problems", code)


def _function_not_module(obj: Any) -> Any:
    """``qamus.normalise`` is both a function and a callable subpackage: document the function."""
    if isinstance(obj, types.ModuleType) and callable(
        getattr(obj, obj.__name__.rpartition(".")[2], None)
    ):
        return getattr(obj, obj.__name__.rpartition(".")[2])
    return None


def _docstring_of_function(
    app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    function = _function_not_module(obj)
    if what == "function" and function is not None:
        lines[:] = prepare_docstring(function.__doc__ or "")


def _signature_of_function(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: Any, annotation: Any
) -> Any:
    function = _function_not_module(obj)
    if what == "function" and function is not None:
        return stringify_signature(inspect.signature(function)), None
    return None


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", _docstring_of_function)
    app.connect("autodoc-process-signature", _signature_of_function)
    app.connect("missing-reference", _public_name)
    app.connect("env-check-consistency", _every_public_name_documented)
    app.connect("env-check-consistency", _every_problem_code_documented)
