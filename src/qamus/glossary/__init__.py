"""Glossary files, their checks, and the :class:`Glossary` collection."""

from qamus.glossary.load import check_paths, load, shipped_glossary_path
from qamus.glossary.store import Glossary

__all__ = ["Glossary", "check_paths", "load", "shipped_glossary_path"]
