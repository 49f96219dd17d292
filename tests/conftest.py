"""Shared fixtures: the spaCy pipeline (session-scoped) and the shared/ data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# ../shared sits beside the repo in CI and on developer machines; tests that read it skip
# with a reason where it is absent.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from whosaid.extract.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data folder not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared) -> Path:
    d = shared / "seeds"
    if not d.is_dir():
        pytest.skip(f"seed articles not found at {d}")
    return d


@pytest.fixture()
def fixtures() -> Path:
    return FIXTURES
