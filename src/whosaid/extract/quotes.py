"""Quotation and reported-speech extraction (stub: replaced by the real extractor)."""

from __future__ import annotations

from whosaid.model import Article, Quote


def find_quotes(doc, article: Article) -> list[Quote]:
    """Return the quotes of one parsed article, in text order."""
    return []
