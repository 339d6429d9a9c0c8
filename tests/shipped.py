"""The shipped glossary, loaded and indexed once for the whole test session: the
``shipped`` fixture (``conftest.py``) and the tests that call it directly share it."""

from __future__ import annotations

import functools

import qamus


@functools.cache
def shipped_glossary() -> qamus.Glossary:
    """The shipped glossary, loaded on the first call."""
    return qamus.load()
