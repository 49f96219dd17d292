"""Helpers that build model records from text written in the tests (no extractor involved)."""

from __future__ import annotations

from datetime import date

from whosaid.link.cluster import attribution
from whosaid.model import Article, Extraction, Occurrence, Quote, QuoteLink, Span, Speaker

# The fields of a quote in the evaluation contract (shared/eval/CONTRACT.md).
CONTRACT_QUOTE_FIELDS = frozenset(
    ["content", "cue", "speaker", "speaker_name", "anonymous", "descriptor", "ordinal", "venue",
     "direct"]
)  # fmt: skip


def span_of(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(start=i, end=i + len(needle), text=needle)


def article(id: str, text: str, published: str | None, outlet: str | None = None, **kw) -> Article:
    return Article(
        id=id,
        text=text,
        published=date.fromisoformat(published) if published else None,
        outlet=outlet,
        **kw,
    )


def quote(
    a: Article,
    words: str,
    *,
    speaker: str | None = None,
    anonymous: bool = False,
    descriptor: str | None = None,
    ordinal: int | None = None,
    name: str | None = None,
    venue: str | None = None,
    relayed: bool = False,
    said_at: str | None = None,
    cue: str | None = None,
) -> Quote:
    sp = None
    if speaker or name:
        sp = Speaker(
            mention=span_of(a.text, speaker) if speaker else None,
            name=name,
            anonymous=anonymous,
            descriptor=descriptor,
            ordinal=ordinal,
        )
    return Quote(
        article_id=a.id,
        content=span_of(a.text, words),
        cue=span_of(a.text, cue) if cue else None,
        speaker=sp,
        venue=venue,
        relayed=relayed,
        said_at=said_at,
        method="test",
    )


def extraction(a: Article, *quotes: Quote, facts=()) -> Extraction:
    return Extraction(article=a, quotes=tuple(quotes), facts=tuple(facts))


def occurrence(x: Extraction, q: Quote, credited: bool | None = None) -> Occurrence:
    """``q`` printed in ``x`` as the link stage records it; ``credited`` overrides the
    reading of its speaker and venue (``link.cluster.attribution``)."""
    how = attribution(q, x.article.outlet)
    sp = q.speaker
    return Occurrence(
        article_id=x.article.id,
        span=q.content,
        published=x.article.published,
        outlet=x.article.outlet,
        speaker=(sp.mention.text if sp and sp.mention else None),
        venue=q.venue,
        credited=how == "credited" if credited is None else credited,
        relayed=q.relayed,
        own_source=how == "own" and not credited,
    )


def link(*occ: Occurrence) -> QuoteLink:
    return QuoteLink(text=occ[0].span.text, occurrences=tuple(occ))
