"""Independent origins of a claim: how many separate sources stand behind it.

A claim (``whosaid.link.claims``) printed by ten articles may rest on one source. Two
occurrences of a claim share an origin when any of these holds:

1. they are copies of the same words: both lie inside occurrences of one ``QuoteLink``
   (syndicated copy, a quote passed on);
2. they credit the same venue, or one credits the outlet the other appeared in ("told
   the Lantern" and the Lantern's own article);
3. they appear in the same outlet (an outlet repeating itself is not a new source);
4. they name the same speaker on record (``SAME_SPEAKER_ONE_ORIGIN``): "Acme said ..." in
   five outlets is one statement by Acme, not five confirmations;
5. a later one cites only hearsay ("reports claimed ..."): it passes on what was
   reported before, so it shares the first printing's origin.

Origins are the connected components of that relation; anonymous speakers ("a source")
never join two occurrences, since two outlets' sources cannot be told apart. Outlet names
are compared with ``names.same_outlet`` ("the Lantern" == "The Daily Lantern").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from whosaid.link.claims import union_root
from whosaid.link.cluster import cites_reports
from whosaid.model import Claim, Occurrence, QuoteLink
from whosaid.names import outlet_of

# A named speaker on record is the origin of what they say, whoever prints it. Set False
# to count each outlet's report of a public statement as its own origin.
SAME_SPEAKER_ONE_ORIGIN = True

_Spans = dict[str, list[tuple[int, int, str]]]


def _link_spans(links: Iterable[QuoteLink]) -> _Spans:
    spans: _Spans = defaultdict(list)
    for n, link in enumerate(links):
        key = link.key or f"#{n}"
        for o in link.occurrences:
            spans[o.article_id].append((o.span.start, o.span.end, key))
    return spans


def _speaker_key(o: Occurrence) -> str | None:
    # credited without a venue: a speaker on record (link.cluster.attribution)
    if not (SAME_SPEAKER_ONE_ORIGIN and o.credited and o.speaker):
        return None
    words = o.speaker.lower().replace("'s", "").split()
    if not words or not o.speaker[:1].isupper() or words[0] in ("the", "a", "an"):
        # "the report", "the company": a description, which two articles may use of
        # two different things
        return None
    return words[-1]  # "President Barack Obama" ~ "Obama"


def _analyse(claim: Claim, spans: _Spans) -> tuple[tuple[str, ...], tuple[int | None, ...], int]:
    occ = claim.occurrences
    canon = outlet_of(n for o in occ for n in (o.venue, o.outlet) if n)

    def outlet_key(name: str) -> str:
        return "outlet:" + canon[name]

    keys: list[list[str]] = []
    for o in occ:
        k = [
            f"link:{key}"
            for s, e, key in spans.get(o.article_id, ())
            if s < o.span.end and o.span.start < e
        ]
        k.append(outlet_key(o.outlet) if o.outlet else f"article:{o.article_id}")
        if o.venue and o.credited:  # not an outlet naming itself
            k.append(outlet_key(o.venue))
        sp = _speaker_key(o)
        if sp:
            k.append(f"speaker:{sp}")
        keys.append(k)

    parent = list(range(len(occ)))

    first_with: dict[str, int] = {}
    copy_of: list[int | None] = [None] * len(occ)
    for i, k in enumerate(keys):
        for key in k:
            j = first_with.setdefault(key, i)
            if j == i:
                continue
            parent[union_root(parent, i)] = union_root(parent, j)
            # a copy: the same words, or words credited to the outlet that printed them
            own_outlet = occ[j].outlet and key == outlet_key(occ[j].outlet)
            if copy_of[i] is None and (key.startswith("link:") or (occ[i].venue and own_outlet)):
                copy_of[i] = j
    for i, o in enumerate(occ[1:], 1):
        # "reports claimed ...": passed on from earlier reporting, not a new source
        if not o.credited and cites_reports(o.speaker) and _not_before(occ[0], o):
            parent[union_root(parent, i)] = union_root(parent, 0)
    roots = [union_root(parent, i) for i in range(len(occ))]
    # an origin is named by the venue one of its occurrences credits (the earliest such:
    # "told NBC" in a later printing names where the words were given), else by its
    # earliest occurrence's outlet
    label: dict[int, str] = {}
    for i, r in enumerate(roots):
        o = occ[i]
        if r not in label and o.venue and o.credited:
            label[r] = outlet_key(o.venue)
    for i, r in enumerate(roots):
        if r not in label:
            o = occ[i]
            name = o.venue or o.outlet
            label[r] = outlet_key(name) if name else f"article:{o.article_id}"
    return tuple(label[r] for r in roots), tuple(copy_of), len(set(roots))


def _not_before(first: Occurrence, o: Occurrence) -> bool:
    return first.published is None or o.published is None or first.published <= o.published


def count_origins(claim: Claim, links: Iterable[QuoteLink] = ()) -> int:
    """Number of independent origins of ``claim`` (see the module docstring).

    Args:
        claim: A claim from ``group_claims``.
        links: Quote groups from ``link_quotes`` over the same articles (copies of words).

    Returns:
        At least 1 for a claim with occurrences.
    """
    return _analyse(claim, _link_spans(links))[2]


def assess_claims(claims: Iterable[Claim], links: Iterable[QuoteLink] = ()) -> list[Claim]:
    """Fill ``origins``, ``origin_keys`` and ``copy_of`` of each claim.

    Args:
        claims: Claims from ``group_claims``.
        links: Quote groups from ``link_quotes`` over the same articles.

    Returns:
        The claims, most independent origins first (then most articles).
    """
    spans = _link_spans(links)
    out = []
    for c in claims:
        keys, copies, n = _analyse(c, spans)
        out.append(replace(c, origins=n, origin_keys=keys, copy_of=copies))
    out.sort(key=lambda c: (-(c.origins or 0), -c.articles))
    return out
