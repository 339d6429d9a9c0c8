"""qamus's exception types. Everything qamus raises on purpose derives from :class:`QamusError`."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "EntryNotFoundError",
    "GlossaryError",
    "InvalidOptionError",
    "NotReversibleError",
    "Problem",
    "QamusError",
    "UnknownSchemeError",
]


class QamusError(Exception):
    """Base class of every error qamus raises."""


@attrs.frozen
class Problem:
    """One thing wrong in a glossary, located as precisely as qamus can.

    >>> p = Problem(code="Q101", message="unknown field 'nmae'; did you mean 'name'?",
    ...             path="glossary/place/aleppo.toml", line=3, column=1, entry="aleppo",
    ...             field="nmae")
    >>> str(p)
    "glossary/place/aleppo.toml:3:1: Q101 [aleppo] nmae: unknown field 'nmae'; did you mean 'name'?"
    """

    code: str
    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    entry: str | None = None
    field: str | None = None
    severity: str = "error"
    #: For a problem between two entries, the file of the other entry.
    other_path: str | None = None

    def __str__(self) -> str:
        where = self.path or "<glossary>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        subject = f"[{self.entry}] " if self.entry else ""
        if self.field:
            subject += f"{self.field}: "
        return f"{where}: {self.code} {subject}{self.message}"

    def as_dict(self) -> dict[str, object]:
        """The problem as plain data, for ``qamus check --format json``."""
        return attrs.asdict(self)


class GlossaryError(QamusError):
    """A glossary could not be loaded. ``problems`` lists everything found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the glossary"
        lines = [str(p) for p in self.problems[:50]]
        if count > 50:
            lines.append(f"... and {count - 50} more")
        super().__init__("\n  ".join([head + ":", *lines]))


class EntryNotFoundError(QamusError, KeyError):
    """No entry has the id asked for."""

    def __init__(self, entry_id: str, suggestion: str | None = None) -> None:
        self.entry_id = entry_id
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        super().__init__(f"no entry with id {entry_id!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownSchemeError(QamusError, ValueError):
    """A transliteration scheme id that qamus does not know."""


class NotReversibleError(QamusError, ValueError):
    """A transliteration scheme that loses information cannot be reversed."""


class InvalidOptionError(QamusError, ValueError):
    """An option passed to a qamus function has a value it does not accept."""
