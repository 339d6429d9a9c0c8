"""Test configuration: hypothesis profiles and shared fixtures.

``HYPOTHESIS_PROFILE=ci`` (set by ``.ci/run``) runs many more examples than a
developer's default run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None)
settings.register_profile(
    "ci", deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the tests' glossary cache out of the user's cache folder."""
    os.environ["QAMUS_CACHE_DIR"] = str(tmp_path_factory.mktemp("qamus-cache"))


FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def shipped():  # type: ignore[no-untyped-def]
    """The shipped glossary, loaded once (:func:`tests.shipped.shipped_glossary`)."""
    from tests.shipped import shipped_glossary

    return shipped_glossary()
