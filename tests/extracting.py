"""Helpers that run the quote extractor on sentences written in the tests."""

from __future__ import annotations

from whosaid.extract.quotes import find_quotes
from whosaid.model import Article, Quote


def quotes_in(nlp, text: str, outlet: str | None = None) -> list[Quote]:
    """The quotes ``find_quotes`` finds in ``text``, parsed as one article."""
    return find_quotes(nlp(text), Article(id="t", text=text, outlet=outlet))


def quote_with(quotes: list[Quote], inside: str) -> Quote:
    """The first quote whose content contains ``inside``; fails the test if none does."""
    for q in quotes:
        if inside in q.content.text:
            return q
    raise AssertionError(f"no quote containing {inside!r}: {[q.content.text for q in quotes]}")
