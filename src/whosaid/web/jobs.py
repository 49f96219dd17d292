"""Background ingest jobs for the web app: one worker thread, progress you can poll.

Extraction costs about 0.3 s per article, so an upload is saved to a private temporary
folder, answered at once with a job id, and ingested by a single worker thread through
:func:`whosaid.api.ingest`, the same workflow (and the same bad-input rules) as
``whosaid ingest``. One worker means one writer at a time: the store's write transaction
never waits on another upload, and readers are never blocked (WAL).
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from whosaid.config import DEFAULT, Settings
from whosaid.errors import WhosaidError
from whosaid.model import Article, Skipped

log = logging.getLogger("whosaid")

# Finished jobs kept for polling; older ones are forgotten first. A local app sees a few
# uploads a session, so 200 is "all of them" without growing without bound.
MAX_JOBS = 200
# Batch size for uploaded articles: small batches make the progress count move every few
# articles instead of every 32 (spaCy's default), at no measurable cost in throughput.
UPLOAD_BATCH_SIZE = 4


@dataclass(slots=True)
class Job:
    """One upload being ingested. ``state`` is queued, running, done or failed."""

    id: str
    files: list[str]
    state: str = "queued"
    total: int | None = None  # usable articles found in the upload, once read
    done: int = 0  # articles handed to extraction so far
    error: str | None = None
    result: dict[str, Any] | None = None
    skipped: list[dict[str, str]] = field(default_factory=list)
    created: float = field(default_factory=time.time)
    finished: float | None = None
    folder: Path | None = field(default=None, repr=False)  # the upload's private copy

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "files": list(self.files),
            "total": self.total,
            "done": self.done,
            "error": self.error,
            "skipped": list(self.skipped),
            "result": self.result,
            "seconds": round((self.finished or time.time()) - self.created, 2),
        }


class Jobs:
    """Runs ingest jobs one at a time on a worker thread and remembers their progress.

    Args:
        db_path: The store every job writes to (each job opens its own connection).
        settings: Pipeline settings for extraction.
    """

    def __init__(self, db_path: str, settings: Settings = DEFAULT) -> None:
        self.db_path = db_path
        self.settings = replace(settings, batch_size=min(settings.batch_size, UPLOAD_BATCH_SIZE))
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def submit(
        self,
        folder: Path,
        paths: list[Path],
        names: list[str],
        *,
        published: date | None = None,
        outlet: str | None = None,
    ) -> Job:
        """Queue the ingest of ``paths`` (saved inside ``folder``, removed afterwards)."""
        job = Job(id=uuid.uuid4().hex, files=names, folder=folder)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > MAX_JOBS:
                self._jobs.popitem(last=False)
        with self._lock:
            # Made on demand: an ASGI lifespan may end (shutdown) and start again.
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="whosaid-ingest")
            self._pool.submit(self._run, job, folder, paths, published, outlet)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def snapshot(self, job_id: str) -> dict[str, Any] | None:
        """The job as a dict, read under the lock so counts are consistent."""
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_dict() if job else None

    def shutdown(self, wait: bool = True) -> None:
        """Stop the worker; queued jobs are cancelled unless ``wait``."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=not wait)
        with self._lock:
            for job in self._jobs.values():
                if job.state == "queued":
                    job.state, job.error = "failed", "the server stopped before this upload ran"
                    if job.folder is not None:
                        shutil.rmtree(job.folder, ignore_errors=True)

    def _run(
        self,
        job: Job,
        folder: Path,
        paths: list[Path],
        published: date | None,
        outlet: str | None,
    ) -> None:
        # Imported here: the workflows pull in the extraction stage, which the app's
        # read-only pages never need.
        from whosaid import api
        from whosaid.ingest import read_articles
        from whosaid.store import Store

        clean = _path_cleaner(folder)
        try:
            with self._lock:
                job.state = "running"
            # A cheap first read (no spaCy) counts the articles for the progress bar and
            # keeps the skip reasons even when the ingest itself refuses the upload.
            items = list(
                read_articles(paths, published=published, outlet=outlet, settings=self.settings)
            )
            with self._lock:
                job.total = sum(isinstance(i, Article) for i in items)
                job.skipped = [_skip(s, clean) for s in items if isinstance(s, Skipped)]

            def tick(_: Article) -> None:
                with self._lock:
                    job.done += 1

            with Store(self.db_path) as store:
                rep = api.ingest(
                    paths,
                    store,
                    published=published,
                    outlet=outlet,
                    settings=self.settings,
                    progress=tick,
                )
            with self._lock:
                job.skipped = [_skip(s, clean) for s in rep.problems]
                job.result = {
                    "added": rep.added,
                    "unchanged": rep.unchanged,
                    "replaced": rep.replaced,
                    "usable": rep.usable,
                    "undated": rep.undated,
                    "ids": list(rep.stored),
                }
                job.state = "done"
        except WhosaidError as e:
            log.warning("upload job %s failed: %s", job.id, e.message)
            with self._lock:
                job.error = clean(e.message)
                job.state = "failed"
        except Exception:  # noqa: BLE001 - reported on the job page, traceback logged
            log.exception("upload job %s crashed", job.id)
            with self._lock:
                job.error = "internal error while ingesting; see the server log"
                job.state = "failed"
        finally:
            with self._lock:
                job.finished = time.time()
            shutil.rmtree(folder, ignore_errors=True)


def _path_cleaner(folder: Path):
    """Strip the private upload folder from messages, leaving the uploaded file's name."""
    pattern = re.compile(re.escape(str(folder)) + r"/\d+/")

    def clean(text: str) -> str:
        return pattern.sub("", text)

    return clean


def _skip(s: Skipped, clean) -> dict[str, str]:
    return {"source": clean(s.source), "reason": clean(s.reason)}
