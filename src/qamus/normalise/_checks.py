"""Argument checks shared by qamus's normalisers."""

from __future__ import annotations

__all__ = ["require_str"]


def require_str(value: object, func: str) -> str:
    """*value* itself when it is a ``str``, else a clear :class:`TypeError`.

    >>> require_str(3, "name_key")
    Traceback (most recent call last):
    ...
    TypeError: name_key() takes a str, not int
    """
    if not isinstance(value, str):
        raise TypeError(f"{func}() takes a str, not {type(value).__name__}")
    return value
