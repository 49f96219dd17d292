"""Extraction stage: quotes, speakers, venues, dates and facts from each article.

``extract_articles`` streams: it parses articles in batches with ``nlp.pipe`` and yields
one :class:`~whosaid.model.Extraction` per input article, in input order. An article that
fails is yielded with ``error`` set and empty lists, so a batch survives one bad article.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from whosaid.config import DEFAULT, Settings
from whosaid.extract.casing import parse_text
from whosaid.extract.dates import assign_said_at, find_timexes
from whosaid.extract.facts import find_facts
from whosaid.extract.pipeline import batches, in_order, load_nlp
from whosaid.extract.quotes import find_quotes
from whosaid.extract.timex_rules import MONTH_RE
from whosaid.model import Article, Extraction, Quote
from whosaid.names import same_outlet

log = logging.getLogger("whosaid")

__all__ = ["extract_articles", "extract_one", "find_quotes", "find_timexes", "load_nlp"]


def _own_venue(q: Quote, article: Article) -> Quote:
    """Words given to the article's own outlet are its own reporting, not relayed."""
    if q.relayed and same_outlet(q.venue, article.outlet):
        return replace(q, relayed=False)
    return q


# A reader's comment printed under an article: "At 1:35 pm on 28 May 2010, Jo wrote:",
# "At 19:55 1st Jun 2010, Jo wrote:".
_COMMENT_HEADER = re.compile(
    r"\bAt \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?: on)? \d{1,2}(?:st|nd|rd|th)?"
    r" " + MONTH_RE + r" \d{4}, [^\s,:]+(?: [^\s,:]+){0,2} wrote:"
)


def comments_start(text: str) -> int:
    """Where readers' comments begin in an article's text: at the first of two or more
    comment headers ("At 1:35 pm on 28 May 2010, Jo wrote:"); ``len(text)`` if there
    are none. What readers wrote is not the article's reporting: their words and the
    news they paste are no quotes of it."""
    heads = _COMMENT_HEADER.finditer(text)
    first = next(heads, None)
    return first.start() if first is not None and next(heads, None) is not None else len(text)


def extract_one(doc, article: Article) -> Extraction:
    """Run every extractor over one parsed article (its readers' comments left out,
    ``comments_start``)."""
    timexes = find_timexes(article.text, article.published)
    end = comments_start(article.text)
    quotes = [_own_venue(q, article) for q in find_quotes(doc, article) if q.content.start < end]
    quotes = assign_said_at(quotes, timexes, article)
    facts = [f for f in find_facts(doc, article, timexes) if f.span.start < end]
    return Extraction(
        article=article, quotes=tuple(quotes), timexes=tuple(timexes), facts=tuple(facts)
    )


# Batches in flight per worker process: enough to keep every worker busy while the
# parent collects results in order, few enough that memory does not grow with the input.
IN_FLIGHT_PER_WORKER = 4


def _extract_safe(doc, article: Article) -> Extraction:
    """``extract_one``, with a failure recorded in ``Extraction.error`` instead of raised."""
    try:
        return extract_one(doc, article)
    except Exception as e:  # noqa: BLE001 - recorded, not hidden: see Extraction.error
        log.exception("extraction failed for %s", article.id)
        return Extraction(article=article, error=f"extraction failed: {type(e).__name__}: {e}")


def _parse(nlp, articles: Iterable[Article], settings: Settings, n_process: int):
    """``(doc, article)`` pairs from the fast or the full pipeline, in input order."""
    if settings.fast:
        from whosaid.extract.fastparse import parse_articles

        return parse_articles(nlp, articles, settings)
    return nlp.pipe(
        ((parse_text(a.text), a) for a in articles),
        as_tuples=True,
        batch_size=settings.batch_size,
        n_process=n_process,
    )


#: Batches each process runs outside a memory zone, to fill spaCy's tokenizer cache.
WARM_BATCHES = 8
_warm_batches = 0


def extract_batch(batch: list[Article], settings: Settings) -> list[Extraction]:
    """Parse and extract one batch (a worker's task; the model is loaded once per process).

    The batch runs in a spaCy memory zone: the words and strings its Docs added to the
    shared vocabulary are dropped at its end, so memory stays flat over any number of
    batches. Extractions hold plain values only, never a Doc, Span or Token.
    """
    nlp = load_nlp(settings.model)
    global _warm_batches
    if _warm_batches < WARM_BATCHES:
        # inside a zone spaCy stops filling its tokenizer cache (~13% slower): the first
        # batches of each process fill it, and what they add stays
        _warm_batches += 1
        zone = contextlib.nullcontext()
    else:
        zone = nlp.memory_zone()
    with zone:
        return [_extract_safe(doc, a) for doc, a in _parse(nlp, batch, settings, 1)]


def _extract_pooled(articles: Iterable[Article], settings: Settings) -> Iterator[Extraction]:
    """Parse and extract in ``settings.n_process`` worker processes, in input order.

    Workers return Extractions (small, picklable), not Docs, so quotes, dates and facts run
    in parallel too. At most ``IN_FLIGHT_PER_WORKER`` batches per worker are pending, so
    memory stays flat however long the input is.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the already-loaded model copy-on-write; elsewhere workers load their own
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    n = settings.n_process
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        yield from in_order(
            lambda batch: pool.submit(extract_batch, batch, settings),
            batches(articles, settings.batch_size),
            n * IN_FLIGHT_PER_WORKER,
        )


def extract_articles(
    articles: Iterable[Article], settings: Settings = DEFAULT
) -> Iterator[Extraction]:
    """Extract quotes, timexes and facts from each article, streaming.

    With ``settings.n_process > 1`` both parsing and extraction run in a pool of worker
    processes over batches of ``settings.batch_size`` articles (fast and full paths alike).

    Args:
        articles: any iterable of articles; it is consumed lazily.
        settings: model name, batch size, process count, and ``fast`` (parse only the
            sentences that can hold an attribution, see ``extract.fastparse``).

    Yields:
        One Extraction per article, in order; ``error`` is set if that article failed.
    """
    load_nlp(settings.model)  # raises ModelMissing here, not in a worker
    if settings.n_process > 1:
        yield from _extract_pooled(articles, settings)
        return
    for batch in batches(articles, settings.batch_size):
        yield from extract_batch(batch, settings)
