"""The same extraction on a Dask cluster, for collections that outgrow one machine.

The driver streams articles from the readers, cuts them into batches and submits each
batch to the cluster; every worker process loads the spaCy model once (``load_nlp`` is
cached per process) and runs :func:`whosaid.extract.extract_articles` on its batch.
At most ``MAX_IN_FLIGHT_PER_WORKER`` batches per worker are pending at any time, so the
driver's memory stays flat however large the input; results come back in input order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from whosaid.config import DEFAULT, Settings
from whosaid.errors import InputError, WhosaidError
from whosaid.extract import extract_batch
from whosaid.extract.pipeline import batches, in_order
from whosaid.model import Article, Extraction

log = logging.getLogger("whosaid")

# Batches queued per worker: two keeps every worker busy while one result travels back,
# without buffering the input (measured: 3+ gave no speed-up on a 2-core LocalCluster).
MAX_IN_FLIGHT_PER_WORKER = 2


def connect(scheduler: str | None = None, n_workers: int = 2):
    """A Dask client: to ``scheduler`` (``tcp://host:8786``) or a new LocalCluster.

    Raises:
        WhosaidError: dask.distributed is not installed or the scheduler is unreachable.
        InputError: ``scheduler`` is not an address (``tcp://host:port``).
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the install
        raise WhosaidError("Dask is not installed", hint="pip install 'whosaid[scale]'") from e
    if scheduler:
        _check_address(scheduler)
    try:
        if scheduler:
            return Client(scheduler, timeout="10s")
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster)
    except OSError as e:
        raise WhosaidError(f"cannot reach Dask scheduler {scheduler or 'local'}: {e}") from e


def _check_address(scheduler: str) -> None:
    """Refuse a TCP/TLS address without host and port before a client starts for it
    (the client would start its event loop, then fail with a bare ValueError)."""
    from distributed.comm.addressing import get_address_host_port, parse_address

    try:
        if parse_address(scheduler)[0] in ("tcp", "tls"):
            get_address_host_port(scheduler)
    except ValueError as e:
        raise InputError(
            f"not a Dask scheduler address: {scheduler!r} ({e})",
            hint="give 'local' or an address such as tcp://127.0.0.1:8786",
        ) from e


def extract_distributed(
    articles: Iterable[Article], client, settings: Settings = DEFAULT
) -> Iterator[Extraction]:
    """Extract articles on the cluster behind ``client``, streaming, in input order.

    Args:
        articles: any iterable of articles, consumed lazily.
        client: a ``dask.distributed.Client``.
        settings: passed to every worker; ``batch_size`` articles go in one task.

    Yields:
        One Extraction per article, in input order.
    """
    # Each worker is one process: no nested spaCy processes, no nested cluster.
    settings = replace(settings, n_process=1, dask=None)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    yield from in_order(
        lambda batch: client.submit(extract_batch, batch, settings, pure=False),
        batches(articles, settings.batch_size),
        workers * MAX_IN_FLIGHT_PER_WORKER,
    )
