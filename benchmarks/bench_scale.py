"""Scale checks of the stages after extraction: a wire story reprinted everywhere.

usage: python benchmarks/bench_scale.py [--sizes N ...] [--naive-max N] [--only NAME ...]

A wire quote printed by thousands of articles makes one very large group: one person's
stated age in every article, one quote group with an occurrence per article, a dossier
with thousands of articles. Each check builds such a collection here (no spaCy), times
the code at each ``--sizes`` and, up to ``--naive-max``, the obvious way the code used to
do it (kept below), checks that both give the same result, and prints items/s for both.

Checks:

- ``facts``: ``fact_conflicts`` over one person's age in every article (three ages, so
  three accounts that disagree), against the loop over every pair of facts.
- ``html``: the HTML dossier of a wire story (one quote group with an occurrence in
  every article), against the same page with the old copy graph (each article tested
  against every occurrence); the pages must be byte-identical.
- ``drift``: ``assess_link`` of a wire quote whose every printing names the speaker its
  own way ("spokesperson 17 of the agency"), against testing each form against every
  form kept before it.
- ``copies``: ``assess_link`` of a wire quote that every later printing gives to
  "officials" of its own, half of them in a rewrite that copies too few of its words: the
  search for the printing each one copied, against aligning it with every earlier
  printing.
- ``segments``: an article's text cut at its quotes and speaker mentions
  (``report.dossier.segments``, for the HTML dossier and the article page), for an
  article of that many quotes, against testing every span for every piece.
- ``web``: a store of the wire story, with a second group for each pair of articles; the
  web app's page data of the quoted person (a quote in every article) and of one
  article, against the old way of finding their quote groups: every link of the store
  read, then scanned once per article (``speaker``) or per page (``article``).
- ``quotes``: the same store; ``whosaid quotes --format jsonl``'s rows streamed from the
  store (``api.quotes``) against building the whole dossier for them; prints the peak
  memory (tracemalloc) of both.
- ``groups``: the same store; the home page's ten most reused groups and the third page
  of the group list ranked by SQLite (``Store.ranked_links``), against summarising and
  sorting every group.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from whosaid import api
from whosaid.assess import assess, assess_link, provenance
from whosaid.assess.facts import fact_conflicts
from whosaid.link.align import matched_words
from whosaid.link.claims import union_root
from whosaid.link.cluster import _date_key
from whosaid.link.normalize import normalize_words
from whosaid.model import (
    Article,
    Extraction,
    Fact,
    Occurrence,
    Quote,
    QuoteLink,
    Span,
    Speaker,
    Timex,
)
from whosaid.names import same_outlet
from whosaid.report import build_dossier
from whosaid.report import html as report_html
from whosaid.report.dossier import segments
from whosaid.store import Store
from whosaid.web import views

WIRE = (
    "The well has been capped and no more oil is flowing into the gulf tonight, "
    "the engineers confirmed"
)


def wire_story(n: int, outlets: int | None = None) -> tuple[list[Extraction], list[QuoteLink]]:
    """``n`` articles from ``outlets`` outlets (``n / 4``), each printing the wire quote
    (a third credit Reuters) and two quotes of its own from a source, and the one quote
    group that links the wire quote's printings, oldest first."""
    outlets = outlets or max(1, n // 4)
    xs, occ = [], []
    for i in range(n):
        aid = f"a{i:07d}"
        pub = date(2024, 1, 1) + timedelta(days=i % 60)
        credited = i % 3 == 0
        text = f"Story {i}. On 2024-03-{1 + i % 28:02d} officials met. "
        spans = [(len(text) + 1, "Ann Lee" if i % 5 else "Lee", "Reuters" if credited else None)]
        text += f"“{WIRE},” said Ann Lee{', told Reuters' if credited else ''}. "
        for k in range(2):
            own = f"the pier number {i} needs repair before winter, part {k} of the plan"
            spans.append((len(text) + 1, None, None))
            text += f"“{own},” said a source. "
        quotes = []
        for start, name, venue in spans:
            end = text.index("”", start) - (1 if name else 0)
            quotes.append(
                Quote(
                    article_id=aid,
                    content=Span.of(text, start, end),
                    speaker=Speaker(
                        name=name, anonymous=name is None, descriptor=None if name else "source"
                    ),
                    venue=venue,
                    method="bench",
                    said_at="2024-02-03" if name else None,
                )
            )
        art = Article(
            id=aid, text=text, published=pub, outlet=f"Outlet {i % outlets:05d}", title=f"T{i}"
        )
        timex = Timex(span=Span.of(text, 13, 23), type="DATE", value=text[13:23])
        xs.append(Extraction(article=art, quotes=tuple(quotes), timexes=(timex,)))
        q = quotes[0]
        occ.append(
            Occurrence(
                article_id=aid,
                span=q.content,
                published=pub,
                outlet=art.outlet,
                speaker=q.speaker.name,  # type: ignore[union-attr]
                venue=q.venue,
                credited=True,
            )
        )
    occ.sort(key=lambda o: (_date_key(o.published), o.article_id))
    first = occ[0]
    link = QuoteLink(
        text=first.span.text, occurrences=tuple(occ), key=f"{first.article_id}:{first.span.start}"
    )
    return xs, [link]


def age_facts(n: int) -> list[Fact]:
    """One person's age, 40, 41 or 42, stated by ``n`` articles over two months."""
    out = []
    for i in range(n):
        pub = date(2024, 1, 1) + timedelta(days=i % 60)
        age = 40 + i % 3
        out.append(
            Fact(
                article_id=f"a{i:07d}",
                subject="Lee" if i % 4 else "Ann Lee",
                kind="born",
                span=Span(start=10, end=17, text=f"Lee, {age}"),
                lo=date(pub.year - age - 1, pub.month, 1) + timedelta(days=1),
                hi=date(pub.year - age, pub.month, 1),
                stated=str(age),
            )
        )
    return out


def naive_fact_conflicts(facts: list[Fact], subject: str | None = None) -> list[tuple[Fact, Fact]]:
    """``fact_conflicts`` for one person and kind as the loop over every pair of facts of
    two different articles (also the reference of tests/assess/test_facts.py);
    ``subject``: the person's canonical name, which ``fact_conflicts`` puts on the facts
    it returns."""
    group = sorted(facts, key=lambda f: (f.article_id, f.span.start))
    parent = list(range(len(group)))

    def overlap(a: Fact, b: Fact) -> bool:
        return a.lo <= b.hi and b.lo <= a.hi  # type: ignore[operator]

    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            if overlap(a, group[j]):
                parent[union_root(parent, i)] = union_root(parent, j)
    out, reported = [], set()
    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            pair = frozenset({union_root(parent, i), union_root(parent, j)})
            if overlap(a, group[j]) or a.article_id == group[j].article_id or pair in reported:
                continue
            reported.add(pair)
            b = group[j]
            out.append(
                (replace(a, subject=subject), replace(b, subject=subject)) if subject else (a, b)
            )
    return out


def check_facts(n: int, naive: bool) -> tuple[float, float | None]:
    facts = age_facts(n)
    new, t_new = timed(lambda: fact_conflicts(facts))
    if not naive:
        return t_new, None
    old, t_old = timed(lambda: naive_fact_conflicts(facts, "Ann Lee"))
    assert new == old, "fact_conflicts differs from the all-pairs loop"
    return t_new, t_old


def naive_graph_figure(d: dict[str, Any]) -> dict[str, Any] | None:
    """``report.html._graph_figure`` as it was: each article tested against every
    occurrence of every group."""
    if not d["groups"]:
        return None
    ids = [
        a["id"]
        for a in d["articles"]
        if any(o["article_id"] == a["id"] for g in d["groups"] for o in g["occurrences"])
    ]
    return report_html._graph_of(d, ids)


def naive_distinct_speakers(names: Any) -> list[str]:
    """``provenance._distinct_speakers`` as it was: each form against every kept one."""
    out: list[str] = []
    for name in names:
        low = (name or "").lower()
        if low and not any(low in s.lower() or s.lower() in low for s in out):
            out.append(name)
    return out


def check_drift(n: int, naive: bool) -> tuple[float, float | None]:
    _, (link,) = wire_story(n)
    link = replace(
        link,
        occurrences=tuple(
            replace(o, speaker=f"spokesperson {k} of the agency", credited=k % 2 == 0)
            for k, o in enumerate(link.occurrences)
        ),
    )
    return _assess_both(link, naive, "_distinct_speakers", naive_distinct_speakers)


def _assess_both(
    link: QuoteLink, naive: bool, name: str, old_way: Any
) -> tuple[float, float | None]:
    """``assess_link(link)`` timed, and (``naive``) again with ``provenance.<name>``
    swapped for ``old_way``: both must give the same provenance."""
    new, t_new = timed(lambda: assess_link(link))
    if not naive:
        return t_new, None
    fast = getattr(provenance, name)
    setattr(provenance, name, old_way)
    try:
        old, t_old = timed(lambda: assess_link(link))
    finally:
        setattr(provenance, name, fast)
    assert new == old, f"provenance differs with the old {name}"
    return t_new, t_old


def naive_sources(occ: Any) -> Any:
    """``provenance._sources`` the obvious way: every earlier printing aligned with the
    accused one, no cap and no word-count bound first."""

    def copied(i: int, n: int) -> Any:
        mine = normalize_words(occ[i].span.text)
        for e in occ[:i]:
            theirs = normalize_words(e.span.text)
            if not same_outlet(e.outlet, occ[i].outlet) and matched_words(mine, theirs) >= n:
                yield e

    return copied


def check_copies(n: int, naive: bool) -> tuple[float, float | None]:
    """A wire quote that every printing after the first gives to "officials" of its own:
    half print the wire's words (each is compared until its source is found), half a
    rewrite sharing 6 of them with the rest (compared with every earlier printing)."""
    _, (link,) = wire_story(n)
    occ = []
    for k, o in enumerate(link.occurrences):
        if k and k % 2:
            text = f"engineers {k} say the well has been capped for now at last"
            o = replace(o, span=Span.of(text, 0, len(text)))
        occ.append(replace(o, speaker="officials", credited=k == 0, own_source=k > 0))
    return _assess_both(replace(link, occurrences=tuple(occ)), naive, "_sources", naive_sources)


def check_html(n: int, naive: bool) -> tuple[float, float | None]:
    xs, links = wire_story(n)
    d = build_dossier(xs, assess(links))
    new, t_new = timed(lambda: report_html.render_html(d))
    if not naive:
        return t_new, None
    fast = report_html._graph_figure
    report_html._graph_figure = naive_graph_figure
    try:
        old, t_old = timed(lambda: report_html.render_html(d))
    finally:
        report_html._graph_figure = fast
    assert new == old, "the HTML dossier differs from the old one"
    return t_new, t_old


def naive_segments(text: str, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """``segments`` as it was: every span tested for every piece."""
    n = len(text)
    spans = [(max(0, min(s, n)), max(0, min(e, n)), k) for s, e, k in spans]
    bounds = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        kinds = tuple(sorted({k for s, e, k in spans if s <= lo and hi <= e}))
        out.append({"text": text[lo:hi], "kinds": kinds, "start": lo})
    return out


def check_segments(n: int, naive: bool) -> tuple[float, float | None]:
    text, spans = "", []
    for k in range(n):
        head = f"Speaker {k} said: “"
        start = len(text) + len(head)
        text += head + f"quote number {k} of the hearing" + "”. "
        spans += [(start, start + 31, "quote"), (start - len(head), start - 14, "speaker")]
    new, t_new = timed(lambda: segments(text, spans))
    if not naive:
        return t_new, None
    old, t_old = timed(lambda: naive_segments(text, spans))
    assert new == old, "segments differ from the old loop's"
    return t_new, t_old


def wire_store(path: str, n: int) -> Store:
    """The wire story in a store, linked: the wire group and one group per two articles."""
    xs, links = wire_story(n)
    store = Store(path)
    store.add(xs)
    for i in range(0, n - 1, 2):
        occ = []
        for x in (xs[i], xs[i + 1]):
            q = x.quotes[1]
            occ.append(
                Occurrence(
                    article_id=x.article.id,
                    span=q.content,
                    published=x.article.published,
                    outlet=x.article.outlet,
                    speaker="a source",
                )
            )
        links.append(QuoteLink(text=occ[0].span.text, occurrences=tuple(occ), key=f"p{i}"))
    store.replace_links(links)
    return store


def naive_article_links(store: Store, article_ids: Any) -> dict[str, list]:
    """``views._article_links`` the old way: every link read, then scanned per article."""
    every = [(views.group_ref(lk, n), lk) for n, lk in enumerate(store.links(), start=1)]
    out = {}
    for a in dict.fromkeys(article_ids):
        out[a] = [
            (ref, lk, [o.span.start for o in lk.occurrences if o.article_id == a])
            for ref, lk in every
            if any(o.article_id == a for o in lk.occurrences)
        ]
    return out


def check_web(n: int, naive: bool) -> tuple[float, float | None]:
    with tempfile.TemporaryDirectory() as tmp:
        store = wire_store(f"{tmp}/wire.db", n)
        try:
            return _time_pages(store, f"a{n // 2:07d}", naive)
        finally:
            store.close()


def _time_pages(store: Store, article_id: str, naive: bool) -> tuple[float, float | None]:
    def pages() -> tuple[Any, Any]:
        return views.speaker(store, name="Lee"), views.article(store, article_id)

    new, t_new = timed(pages)
    if not naive:
        return t_new, None
    fast = views._article_links
    views._article_links = naive_article_links
    try:
        old, t_old = timed(pages)
    finally:
        views._article_links = fast
    assert new == old, "the page data differs from the old way's"
    return t_new, t_old


def check_quotes(n: int, naive: bool) -> tuple[float, float | None]:
    with tempfile.TemporaryDirectory() as tmp:
        store = wire_store(f"{tmp}/wire.db", n)
        try:
            new, t_new, m_new = traced(lambda: sum(1 for _ in api.quotes(store)))
            line = f"quotes   {n:>9,} articles: peak {m_new:6.1f} MB streamed"
            if not naive:
                print(line)
                return t_new, None
            old, t_old, m_old = traced(
                lambda: len(build_dossier(list(store.extractions()))["quotes"])
            )
            print(f"{line}, {m_old:6.1f} MB from the whole dossier")
            assert new == old
            return t_new, t_old
        finally:
            store.close()


def traced(f: Callable[[], Any]) -> tuple[Any, float, float]:
    """``f()``, its seconds (traced, so slower than untraced) and peak MB allocated."""
    tracemalloc.start()
    try:
        out, t = timed(f)
        return out, t, tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def check_groups(n: int, naive: bool) -> tuple[float, float | None]:
    with tempfile.TemporaryDirectory() as tmp:
        store = wire_store(f"{tmp}/wire.db", n)
        try:
            new, t_new = timed(lambda: (views.groups(store, 10), views.groups(store, 200, 400)))
            if not naive:
                return t_new, None
            every, t_old = timed(lambda: views.groups(store))
            assert new == (every[:10], every[400:600]), "the ranking differs from the sort's"
            return t_new, t_old
        finally:
            store.close()


CHECKS: dict[str, tuple[str, Callable[[int, bool], tuple[float, float | None]]]] = {
    "facts": ("facts", check_facts),
    "html": ("articles", check_html),
    "drift": ("printings", check_drift),
    "copies": ("printings", check_copies),
    "segments": ("quotes", check_segments),
    "web": ("articles", check_web),
    "groups": ("articles", check_groups),
    "quotes": ("articles", check_quotes),
}


def timed(f: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    out = f()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2_000, 20_000])
    ap.add_argument("--naive-max", type=int, default=2_000)
    ap.add_argument("--only", nargs="+", choices=sorted(CHECKS))
    args = ap.parse_args()
    for name, (unit, check) in CHECKS.items():
        if args.only and name not in args.only:
            continue
        for n in args.sizes:
            t_new, t_old = check(n, n <= args.naive_max)
            line = f"{name:8s} {n:>9,} {unit}: {t_new:7.3f} s ({n / t_new:>12,.0f} {unit}/s)"
            if t_old is not None:
                line += f"; old way {t_old:7.3f} s ({n / t_old:>10,.0f} {unit}/s), same result"
            print(line, flush=True)


if __name__ == "__main__":
    main()
