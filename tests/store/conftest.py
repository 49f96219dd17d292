"""Hand-built extractions for the store tests (texts written for these tests)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from whosaid.model import Article, Extraction, Fact, Quote, Span, Speaker, Timex
from whosaid.store import Store

HARBOUR = (
    "The harbour master said on Monday that the pier would reopen. "
    '"We have rebuilt every plank twice," Marta Olsen told the Coast Gazette. '
    'A second official added: "Nobody expected the storm to last a week."'
)
BAKERY = (
    "Bakers in the valley are worried about flour prices. "
    '"Our margins vanished overnight," said Tomas Reyes, who runs a family bakery.'
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def harbour(article_id: str = "harbour-1", text: str = HARBOUR, **meta) -> Extraction:
    """An extraction using every field of every record, defaults and non-defaults."""
    meta = {
        "published": date(2021, 3, 8),
        "outlet": "Coast Gazette",
        "title": "Pier to reopen after storm",
        "url": "https://example.org/pier",
        "source": "feed.jsonl:1",
    } | meta
    art = Article(id=article_id, text=text, **meta)
    quotes = (
        Quote(
            article_id=article_id,
            content=span(text, "the pier would reopen"),
            cue=span(text, "said"),
            speaker=Speaker(mention=span(text, "The harbour master"), ref=1),
            direct=False,
            method="indirect",
            said_at="2021-03-08",
        ),
        Quote(
            article_id=article_id,
            content=span(text, "We have rebuilt every plank twice,"),
            cue=span(text, "told"),
            speaker=Speaker(mention=span(text, "Marta Olsen"), name="Marta Olsen", ref=2),
            venue="Coast Gazette",
            relayed=True,
            method="quote_cue",
        ),
        Quote(
            article_id=article_id,
            content=span(text, "Nobody expected the storm to last a week."),
            cue=span(text, "added"),
            speaker=Speaker(
                mention=span(text, "A second official"),
                anonymous=True,
                descriptor="official",
                ordinal=2,
                ref=3,
            ),
            method="introducer",
        ),
        # Degenerate records must survive too: no cue, no speaker, an empty Speaker().
        Quote(article_id=article_id, content=span(text, "every plank")),
        Quote(article_id=article_id, content=span(text, "the storm"), speaker=Speaker(group=True)),
    )
    timexes = (
        Timex(span=span(text, "Monday"), type="DATE", value="2021-03-08"),
        Timex(span=span(text, "a week"), type="DURATION", value="P1W", mod="APPROX"),
        Timex(span=span(text, "twice"), type="SET", value=None),
    )
    facts = (
        Fact(
            article_id=article_id,
            subject="Marta Olsen",
            kind="born",
            span=span(text, "Marta Olsen"),
            lo=date(1970, 1, 1),
            hi=date(1971, 12, 31),
            stated="51",
        ),
        Fact(article_id=article_id, subject="Marta Olsen", kind="married", span=span(text, "pier")),
    )
    return Extraction(article=art, quotes=quotes, timexes=timexes, facts=facts)


def bakery(article_id: str = "bakery-1", text: str = BAKERY, **meta) -> Extraction:
    """A smaller extraction from another outlet, with no title and no date."""
    art = Article(id=article_id, text=text, outlet=meta.pop("outlet", "Valley Post"), **meta)
    quote = Quote(
        article_id=article_id,
        content=span(text, "Our margins vanished overnight,"),
        cue=span(text, "said"),
        speaker=Speaker(mention=span(text, "Tomas Reyes"), name="Tomas Reyes"),
    )
    return Extraction(article=art, quotes=(quote,))


@pytest.fixture()
def store():
    """A fresh in-memory store (sqlite-utils' fresh_db)."""
    with Store(":memory:") as s:
        yield s


@pytest.fixture()
def db_path(tmp_path):
    """A path for a new store file."""
    return tmp_path / "whosaid.db"


@pytest.fixture()
def records() -> SimpleNamespace:
    """The builders above, for test modules (importlib mode cannot import conftest)."""
    return SimpleNamespace(
        harbour=harbour, bakery=bakery, span=span, HARBOUR=HARBOUR, BAKERY=BAKERY
    )
