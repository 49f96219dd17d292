"""Data behind each page: plain dicts, shared by the HTML pages and the JSON API.

Every function reads a :class:`~whosaid.store.Store` and returns JSON-serialisable data;
the HTML templates render exactly what ``/api/...`` returns, so the two cannot disagree.
Article text is untrusted: nothing here builds HTML (see :func:`marked`, which escapes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from whosaid.assess import assess_link
from whosaid.assess.provenance import standings
from whosaid.errors import InputError, NotFound
from whosaid.model import Article, Provenance, Quote, QuoteLink
from whosaid.report import article_label
from whosaid.report.dossier import segments as report_segments
from whosaid.report.html import safe_url
from whosaid.store import Store

# Articles listed on the home page (newest first).
HOME_ARTICLES = 15
# Quote groups and speakers listed on the home page.
HOME_GROUPS = 10
HOME_SPEAKERS = 10
# Largest page of the article list API.
MAX_PAGE = 500


def marked(text: str | None, marks: Iterable[Iterable[int]] = ()) -> Markup:
    """Escape ``text`` and wrap the ``(start, end)`` ranges in ``<mark>``.

    The only HTML in the result is our own ``<mark>`` tags; overlapping or out-of-range
    marks are ignored.
    """
    text = text or ""
    out: list[str] = []
    pos = 0
    for start, end in sorted(tuple(m)[:2] for m in marks):
        if start < pos or end <= start or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def article_row(a: Article) -> dict[str, Any]:
    """An article's metadata (no text)."""
    return {
        "id": a.id,
        "label": article_label(a),
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "safe_url": safe_url(a.url),
    }


def group_ref(link: QuoteLink, index: int) -> str:
    """A group's address: the link stage's key, else its 1-based place in the store."""
    return link.key or f"g{index}"


def _numbered_links(store: Store) -> list[tuple[str, QuoteLink]]:
    return [(group_ref(lk, i), lk) for i, lk in enumerate(store.links(), start=1)]


def speaker_of(q: Quote) -> dict[str, Any]:
    """How a quote's speaker is shown, and the query string of their speaker page."""
    sp = q.speaker
    if sp is None:
        return {"label": None, "name": None, "anonymous": False, "descriptor": None, "query": None}
    label = (
        sp.name
        if sp.name and not sp.anonymous
        else (sp.mention.text if sp.mention else sp.descriptor)
    )
    query: dict[str, str] | None = None
    if sp.name:
        query = {"name": sp.name}
    elif sp.descriptor:
        query = {"descriptor": sp.descriptor}
        if q.venue:
            query["venue"] = q.venue
    return {
        "label": label,
        "name": sp.name,
        "mention": sp.mention.text if sp.mention else None,
        "anonymous": sp.anonymous,
        "descriptor": sp.descriptor,
        "ordinal": sp.ordinal,
        "query": query,
    }


def _quote_key(q: Quote) -> tuple[str, int, int]:
    """A stored quote's key in ``Store.quote_ids``."""
    return q.article_id, q.content.start, q.content.end


def quote_row(q: Quote, groups: list[str] | None = None, qid: int | None = None) -> dict[str, Any]:
    """A quote with its speaker, cue, venue and the quote groups it belongs to."""
    return {
        "id": qid,
        "article_id": q.article_id,
        "start": q.content.start,
        "end": q.content.end,
        "text": q.words,
        "cue": q.cue.text if q.cue else None,
        "speaker": speaker_of(q),
        "venue": q.venue,
        "direct": q.direct,
        "relayed": q.relayed,
        "said_at": q.said_at,
        "method": q.method,
        "kind": q.kind,
        "groups": groups or [],
    }


# A quote group as one article sees it: its reference, the group, and where its
# occurrences in that article start.
_ArticleLink = tuple[str, QuoteLink, list[int]]


def _article_links(store: Store, article_ids: Iterable[str]) -> dict[str, list[_ArticleLink]]:
    """The quote groups of each article, in store order, each group read once.

    A page about a few articles reads only their groups (``Store.numbered_links``), not
    every link of the store; a wire quote's group, printed by thousands of the articles,
    is read and walked once, not once per article or per quote.
    """
    ids = list(dict.fromkeys(article_ids))
    out: dict[str, list[_ArticleLink]] = {i: [] for i in ids}
    for n, lk in store.numbered_links(article_ids=ids):
        starts: dict[str, list[int]] = {}
        for o in lk.occurrences:
            if o.article_id in out:
                starts.setdefault(o.article_id, []).append(o.span.start)
        ref = group_ref(lk, n)
        for a, s in starts.items():
            out[a].append((ref, lk, s))
    return out


def _groups_of_quote(q: Quote, links: list[_ArticleLink]) -> list[str]:
    """References of the groups (of the quote's article) with an occurrence in ``q``."""
    return [
        ref for ref, _, starts in links if any(q.content.start <= s < q.content.end for s in starts)
    ]


def home(store: Store) -> dict[str, Any]:
    """Figures, newest articles, most reused quote groups and most quoted speakers."""
    return {
        "stats": store.stats(),
        "articles": [article_row(a) for a in store.newest(HOME_ARTICLES)],
        "groups": groups(store, HOME_GROUPS),
        "speakers": speakers(store)[:HOME_SPEAKERS],
    }


def articles(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """One page of articles, oldest first."""
    if not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit must be between 1 and {MAX_PAGE}: {limit}")
    if offset < 0:
        raise InputError(f"offset must not be negative: {offset}")
    rows = [article_row(a) for a in store.articles(limit, offset)]
    return {"total": store.count(), "limit": limit, "offset": offset, "articles": rows}


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One article with its text cut into plain, quote and speaker segments.

    Raises:
        NotFound: no article has this id.
    """
    a = store.article(article_id)
    x = next(iter(store.extractions([article_id])))
    links = _article_links(store, [article_id])[article_id]
    ids = store.quote_ids([article_id])
    quotes = [quote_row(q, _groups_of_quote(q, links), ids.get(_quote_key(q))) for q in x.quotes]
    return {
        **article_row(a),
        "text": a.text,
        "segments": segments(a.text, x.quotes),
        "quotes": quotes,
        "timexes": [t.to_dict() for t in x.timexes],
        "groups": [group_summary(ref, lk, _Labels(store)) for ref, lk, _ in links],
    }


def segments(text: str, quotes: Iterable[Quote]) -> list[dict[str, Any]]:
    """Cut ``text`` where a quote or a speaker mention starts or ends.

    Each segment is ``{"text", "quote", "speaker", "anchor"}``; ``anchor`` is the start
    offset of a quote beginning there (the page's ``#q-<start>`` target).
    """
    spans = []
    for q in quotes:
        spans.append((q.content.start, q.content.end, "quote"))
        if q.speaker and q.speaker.mention:
            spans.append((q.speaker.mention.start, q.speaker.mention.end, "speaker"))
    starts = {max(0, s) for s, _, k in spans if k == "quote"}
    return [
        {
            "text": p["text"],
            "quote": "quote" in p["kinds"],
            "speaker": "speaker" in p["kinds"],
            "anchor": p["start"] if p["start"] in starts else None,
        }
        for p in report_segments(text, spans)
    ]


class _Labels(dict):
    """Article id -> how it is named to a reader (outlet, else title, else id), looked up once."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def prefetch(self, article_ids: Iterable[str]) -> None:
        """Name these articles in a few queries (a group printed by 50,000 articles was
        50,000 reads of whole articles, 1 s of its page's 1.6 s)."""
        wanted = [i for i in dict.fromkeys(article_ids) if i not in self]
        for i, (outlet, title) in self.store.article_names(wanted).items():
            self[i] = article_label(Article(id=i, text="", outlet=outlet, title=title))

    def text(self, article_id: str) -> str | None:
        """The article's text (``assess_link``'s ``text_of``), None if it is gone."""
        try:
            return self.store.article(article_id).text
        except NotFound:
            return None

    def __missing__(self, article_id: str) -> str:
        try:
            label = article_label(self.store.article(article_id))
        except NotFound:
            label = article_id
        self[article_id] = label
        return label


def group_summary(
    ref: str, link: QuoteLink, labels: _Labels, p: Provenance | None = None
) -> dict[str, Any]:
    """One line about a quote group: words, first printing, reuse counts (``p``: the
    group's provenance, when the caller assessed it already)."""
    p = p or assess_link(link)
    o = link.origin
    return {
        "ref": ref,
        "text": link.text,
        "first_article": p.first_article,
        "first_label": labels[p.first_article],
        "first_published": p.first_published.isoformat() if p.first_published else None,
        "first_outlet": o.outlet,
        "credited_venue": p.credited_venue,
        "occurrences": len(link.occurrences),
        "uncredited": len(p.uncredited),
        "max_age_days": max(p.stale_days.values(), default=0),
    }


def groups(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """All quote groups, most uncredited reuse first; or ``limit`` of them from
    ``offset`` on, ranked by the store (``Store.ranked_links``) without reading the rest."""
    labels = _Labels(store)
    if limit is not None:
        return [
            group_summary(group_ref(lk, n), lk, labels)
            for n, lk in store.ranked_links(limit, offset)
        ]
    rows = [group_summary(ref, lk, labels) for ref, lk in _numbered_links(store)]
    rows.sort(key=lambda g: (-g["uncredited"], -g["max_age_days"], -g["occurrences"]))
    return rows


def group(store: Store, ref: str) -> dict[str, Any]:
    """A quote group's history: every printing, oldest first, with credit and age.

    Raises:
        NotFound: no group has this reference.
    """
    # the first group in store order whose reference is ``ref``: its key, or "g<place>"
    # for a group without one (read by key or by place, not by reading every group)
    found = store.numbered_links(key=ref)[:1] if ref else []
    m = re.fullmatch(r"g([1-9][0-9]*)", ref)
    if m:
        found += [(n, lk) for n, lk in store.numbered_links(number=int(m[1])) if not lk.key]
    if found:
        n, lk = min(found, key=lambda p: p[0])
        return _trace(ref, lk, _Labels(store))
    raise NotFound(f"quote group {ref!r} is not in {store.path} (groups change on re-linking)")


def _trace(ref: str, link: QuoteLink, labels: _Labels) -> dict[str, Any]:
    labels.prefetch(o.article_id for o in link.occurrences)
    # notes name articles as the page does; only a printing that may have dropped the
    # venue has its text read
    p = assess_link(link, labels.__getitem__, labels.text)
    occs = []
    for i, (o, credit) in enumerate(zip(link.occurrences, standings(p), strict=True)):
        occs.append(
            {
                "article_id": o.article_id,
                "article": labels[o.article_id],
                "published": o.published.isoformat() if o.published else None,
                "start": o.span.start,
                "end": o.span.end,
                "text": o.span.text,
                "speaker": o.speaker,
                "venue": o.venue,
                "first": i == 0,
                "credited": o.credited,
                "credit": credit,
                "relayed": o.relayed,
                "age_days": p.stale_days.get(o.article_id) if i else 0,
            }
        )
    return {
        **group_summary(ref, link, labels, p),
        "independent_origins": p.independent_origins,
        "notes": list(p.notes),
        "printings": occs,
    }


def quote(store: Store, quote_id: int) -> dict[str, Any]:
    """One quote (by the id search returns), its article and the groups it is in.

    Raises:
        NotFound: no quote has this id.
    """
    q = store.quote(quote_id)
    a = store.article(q.article_id)
    links = _article_links(store, [q.article_id])[q.article_id]
    refs = _groups_of_quote(q, links)
    labels = _Labels(store)
    traces = [_trace(ref, lk, labels) for ref, lk, _ in links if ref in refs]
    return {"quote": quote_row(q, refs, quote_id), "article": article_row(a), "traces": traces}


def speakers(store: Store) -> list[dict[str, Any]]:
    """Every speaker with counts, and the query string of their page (which lists the
    quotes counted: an unnamed speaker given to no outlet has ``venue=""``)."""
    out = []
    for s in store.speakers():
        query = {"name": s["name"]} if s["name"] else {"descriptor": s["descriptor"]}
        if not s["name"]:
            query["venue"] = s["venue"] or ""
        out.append({**s, "query": query})
    return out


def speaker(
    store: Store,
    *,
    name: str | None = None,
    descriptor: str | None = None,
    venue: str | None = None,
    outlet: str | None = None,
) -> dict[str, Any]:
    """Everything one speaker said: a named person, or an unnamed "insider" or "source".

    A named person's quotes are those ``Store.speakers()`` counts for them: every name
    it groups with ``name`` (``Store.aliases``). Unnamed speakers are picked by
    ``descriptor``, optionally narrowed to the ``venue`` the words were given to ("" for
    none) and to the ``outlet`` that printed them.

    Raises:
        InputError: neither ``name`` nor ``descriptor`` is given.
        NotFound: nobody so named or described is quoted in the store.
    """
    name = (name or "").strip() or None
    descriptor = (descriptor or "").strip() or None
    if not name and not descriptor:
        raise InputError("name a speaker (name=...) or a kind of source (descriptor=...)")
    aliases: list[str] = []
    if name:
        # every written form of the person: "Ben Okafor" finds "Benjamin Okafor" too
        aliases = store.aliases(name)
        quotes = list(store.quotes(names=[name, *aliases]))
    else:
        d = descriptor.lower()  # type: ignore[union-attr]
        # the forms of the descriptor first (a handful), then only their quotes: reading
        # every quote of the store took 3.5 s on 50,000 articles
        forms = [f for f in store.descriptor_forms() if f.lower() == d]
        quotes = [
            q
            for q in (store.quotes(descriptors=forms) if forms else ())
            if q.speaker and not q.speaker.name and (q.speaker.descriptor or "").lower() == d
        ]
    if venue is not None:
        quotes = [q for q in quotes if (q.venue or "").lower() == venue.lower()]
    arts: dict[str, Article] = {}
    for q in quotes:
        if q.article_id not in arts:
            arts[q.article_id] = store.article(q.article_id)
    if outlet:
        quotes = [q for q in quotes if (arts[q.article_id].outlet or "").lower() == outlet.lower()]
    label = name or " ".join(
        filter(
            None, [descriptor, f"→ {venue}" if venue else None, f"in {outlet}" if outlet else None]
        )
    )
    if not quotes:
        raise NotFound(f"no quote by {label!r} in {store.path}")
    outlets: dict[str, int] = {}
    for q in quotes:
        o = arts[q.article_id].outlet
        if o:
            outlets[o] = outlets.get(o, 0) + 1
    links = _article_links(store, (q.article_id for q in quotes))
    ids = store.quote_ids(arts)
    rows = []
    for q in quotes:
        row = quote_row(q, _groups_of_quote(q, links[q.article_id]), ids.get(_quote_key(q)))
        row["article"] = article_row(arts[q.article_id])
        rows.append(row)
    return {
        "name": name,
        "aliases": [a for a in aliases if a != name],
        "descriptor": descriptor,
        "venue": venue,
        "outlet": outlet,
        "label": label,
        "quotes": rows,
        "articles": len(arts),
        "outlets": dict(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def search(
    store: Store, q: str, *, kind: str | None = None, limit: int = 20, offset: int = 0
) -> dict[str, Any]:
    """Search hits with plain text and mark offsets (escape, then mark: see ``marked``)."""
    hits = store.search(q, limit=limit, offset=offset, kind=kind or None)
    return {"query": q, "kind": kind or None, "limit": limit, "offset": offset, "hits": hits}


def require_article_ids(store: Store, ids: Iterable[str]) -> list[str]:
    """``ids`` without duplicates, each checked to be stored.

    Raises:
        NotFound: one of them is not stored.
    """
    out = list(dict.fromkeys(ids))
    for i in out:
        store.article(i)
    return out
