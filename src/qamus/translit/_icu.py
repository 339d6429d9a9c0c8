"""Compile qamus's ICU transform rule files once, register them, and hand out per-thread copies.

The rule files live in ``qamus/translit/rules/`` and are read with
:mod:`importlib.resources`, so they work from a wheel or a zip. Each file is
compiled with ``Transliterator.createFromRules`` and registered with
``Transliterator.registerInstance`` under the ICU id given by :func:`icu_id`, so
code that uses ICU directly can call qamus's schemes by name::

    icu.Transliterator.createInstance("Arabic-Latin/qamus_ala_lc")

ICU ids take the form ``Source-Target/Variant``; a hyphen inside the variant
breaks ICU's id parser, so qamus scheme ids map to variants with underscores
(``ala-lc`` -> ``qamus_ala_lc``, ``bgn-pcgn`` -> ``qamus_bgn_pcgn``).

Threads: ICU's general rule is that only ``const`` methods of a service
object may be shared between threads, and ICU4C's own source says of
rule-based transliterators (``RuleBasedTransliterator::handleTransliterate``
in ``rbt.cpp``): "Rule-based Transliterators are not thread safe; concurrent
operations must be prevented", which it does by taking one process-wide mutex
(``transliteratorDataMutex``) around every rule pass. PyICU's maintainer does
not vouch for sharing a wrapped transliterator either (PyICU ticket 63), and
ICU4J and ICU4N have fixed races in their transliterators (ICU-23061, ICU4N
ticket 113). qamus
therefore never shares one: each thread gets its own instance from the ICU
registry (``createInstance`` returns a fresh clone of the registered
transliterator), kept in a ``threading.local``. Because of ICU's global mutex,
rule passes from different threads still run one at a time: threads make
qamus safe to call concurrently, not faster.
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources

import icu

__all__ = ["forward", "icu_id", "reverse", "rule_text"]

_PREP_ID = "Arabic-Arabic/qamus_prep"
_lock = threading.Lock()
_local = threading.local()


def icu_id(scheme_id: str, *, reverse: bool = False) -> str:
    """The ICU id qamus registers a scheme under.

    >>> icu_id("ala-lc")
    'Arabic-Latin/qamus_ala_lc'
    >>> icu_id("buckwalter", reverse=True)
    'Latin-Arabic/qamus_buckwalter'
    """
    variant = "qamus_" + scheme_id.replace("-", "_")
    return f"Latin-Arabic/{variant}" if reverse else f"Arabic-Latin/{variant}"


def rule_text(name: str) -> str:
    """The text of the rule file ``rules/<name>.txt`` shipped in the package."""
    return resources.files("qamus.translit").joinpath("rules", f"{name}.txt").read_text("utf-8")


@cache
def _registered(name: str, reverse: bool) -> str:
    """Compile and register one rule file (once per process); return its ICU id."""
    with _lock:
        if name != "prep" and not _prep_done:
            _register_prep()
        ident = _PREP_ID if name == "prep" else icu_id(name, reverse=reverse)
        direction = icu.UTransDirection.REVERSE if reverse else icu.UTransDirection.FORWARD
        transliterator = icu.Transliterator.createFromRules(ident, rule_text(name), direction)
        icu.Transliterator.registerInstance(transliterator)
        return ident


def _register_prep() -> None:
    """Register the shared reading the lossy schemes start from (``::`` needs it first)."""
    transliterator = icu.Transliterator.createFromRules(
        _PREP_ID, rule_text("prep"), icu.UTransDirection.FORWARD
    )
    icu.Transliterator.registerInstance(transliterator)
    _prep_done.append(True)


_prep_done: list[bool] = []


def _instance(name: str, reverse: bool) -> icu.Transliterator:
    cache_: dict[tuple[str, bool], icu.Transliterator] | None = getattr(_local, "cache", None)
    if cache_ is None:
        cache_ = {}
        _local.cache = cache_
    key = (name, reverse)
    found = cache_.get(key)
    if found is None:
        found = icu.Transliterator.createInstance(_registered(name, reverse))
        cache_[key] = found
    return found


def forward(scheme_id: str) -> icu.Transliterator:
    """This thread's transliterator for Arabic -> Latin in *scheme_id*."""
    return _instance(scheme_id, False)


def reverse(scheme_id: str) -> icu.Transliterator:
    """This thread's transliterator for Latin -> Arabic in a reversible *scheme_id*."""
    return _instance(scheme_id, True)
