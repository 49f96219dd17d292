"""TIMEX3 recognition and normalisation (stub: replaced by the real tagger)."""

from __future__ import annotations

from datetime import date

from whosaid.model import Article, Quote, Timex


def find_timexes(text: str, published: date | None) -> list[Timex]:
    """Return TIMEX3 expressions in ``text``, resolved against ``published``."""
    return []


def assign_said_at(quotes: list[Quote], timexes: list[Timex], article: Article) -> list[Quote]:
    """Return ``quotes`` with ``said_at`` set where the text tells when words were said."""
    return quotes
