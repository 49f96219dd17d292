"""Fixtures for the ingest tests: the folder of hand-written input files."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture()
def ingest_dir(fixtures) -> Path:
    return fixtures / "ingest"
