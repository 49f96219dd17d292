"""Web fixtures: a real store filled through ``whosaid.api.ingest`` from invented articles."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

WEB_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
# Seconds an upload job may take in tests: a few articles extract in well under a second
# once spaCy is loaded; loading it cold takes a few seconds more.
JOB_TIMEOUT_S = 60
# A token long enough for create_app (MIN_TOKEN_CHARS).
TOKEN = "test-token-0123456789abcdef"


@pytest.fixture(scope="session")
def base_db(tmp_path_factory, nlp) -> Path:
    """A store holding the invented ferry story (three outlets) and the markup article."""
    from whosaid import api
    from whosaid.store import Store

    db = tmp_path_factory.mktemp("web") / "base.db"
    with Store(db) as store:
        rep = api.ingest([WEB_FIXTURES / "story.jsonl", WEB_FIXTURES / "xss.jsonl"], store)
    assert rep.added == 4 and not rep.problems
    return db


@pytest.fixture()
def db(base_db, tmp_path) -> Path:
    """A private copy of the base store, for tests that write to it."""
    copy = tmp_path / "store.db"
    shutil.copyfile(base_db, copy)
    return copy


@pytest.fixture(scope="session")
def client(base_db):
    """A TestClient over the shared base store (read-only tests)."""
    from fastapi.testclient import TestClient

    from whosaid.web import create_app

    with TestClient(create_app(base_db)) as c:
        yield c


def _wait_job(client, job_id: str, headers: dict | None = None) -> dict:
    deadline = time.monotonic() + JOB_TIMEOUT_S
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}", headers=headers or {}).json()["job"]
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"upload job {job_id} did not finish in {JOB_TIMEOUT_S}s")


@pytest.fixture()
def wait_job():
    """``wait_job(client, job_id)`` polls an upload job until it is done or failed."""
    return _wait_job
