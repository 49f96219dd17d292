"""Extraction stage: quotes, speakers, venues, dates and facts from each article.

``extract_articles`` streams: it parses articles in batches with ``nlp.pipe`` and yields
one :class:`~whosaid.model.Extraction` per input article, in input order. An article that
fails is yielded with ``error`` set and empty lists, so a batch survives one bad article.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from whosaid.config import DEFAULT, Settings
from whosaid.extract.dates import assign_said_at, find_timexes
from whosaid.extract.facts import find_facts
from whosaid.extract.pipeline import load_nlp
from whosaid.extract.quotes import find_quotes
from whosaid.model import Article, Extraction, Quote
from whosaid.names import same_outlet

log = logging.getLogger("whosaid")

__all__ = ["extract_articles", "extract_one", "find_quotes", "find_timexes", "load_nlp"]


def _own_venue(q: Quote, article: Article) -> Quote:
    """Words given to the article's own outlet are its own reporting, not relayed."""
    if q.relayed and same_outlet(q.venue, article.outlet):
        return replace(q, relayed=False)
    return q


def extract_one(doc, article: Article) -> Extraction:
    """Run every extractor over one parsed article."""
    timexes = find_timexes(article.text, article.published)
    quotes = [_own_venue(q, article) for q in find_quotes(doc, article)]
    quotes = assign_said_at(quotes, timexes, article)
    facts = find_facts(doc, article, timexes)
    return Extraction(
        article=article, quotes=tuple(quotes), timexes=tuple(timexes), facts=tuple(facts)
    )


def extract_articles(
    articles: Iterable[Article], settings: Settings = DEFAULT
) -> Iterator[Extraction]:
    """Extract quotes, timexes and facts from each article, streaming.

    Args:
        articles: any iterable of articles; it is consumed lazily.
        settings: model name, batch size, process count, and ``fast`` (parse only the
            sentences that can hold an attribution, see ``extract.fastparse``).

    Yields:
        One Extraction per article, in order; ``error`` is set if that article failed.
    """
    nlp = load_nlp(settings.model)
    if settings.fast:
        from whosaid.extract.fastparse import parse_articles

        parsed = parse_articles(nlp, articles, settings)
    else:
        parsed = nlp.pipe(
            ((a.text, a) for a in articles),
            as_tuples=True,
            batch_size=settings.batch_size,
            n_process=settings.n_process,
        )
    for doc, article in parsed:
        try:
            yield extract_one(doc, article)
        except Exception as e:  # noqa: BLE001 - recorded, not hidden: see Extraction.error
            log.exception("extraction failed for %s", article.id)
            yield Extraction(article=article, error=f"extraction failed: {type(e).__name__}: {e}")
