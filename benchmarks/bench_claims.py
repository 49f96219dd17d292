"""Benchmark and hand-check of claim grouping (``whosaid.link.claims``) on the real corpus.

usage: python benchmarks/bench_claims.py [--corpus PATH] [--articles N] [--naive-articles N]
                                         [--cache PKL] [--sample K] [--pairs K] [--embed]
                                         [--old] [--scale N ...] [--old-max N]

1. Extracts quotes (direct and reported) with ``extract_articles(..., Settings(fast=True))``
   from the first ``--articles`` articles (all by default); ``--cache`` keeps the
   extractions in a pickle so later runs skip spaCy.
2. Links the same words (``link_quotes``), groups claims, counts independent origins;
   prints units, candidate pairs, claims, seconds and units/s.
3. Same run, on the first ``--naive-articles`` articles: the All-Pairs candidate search
   against a naive loop over every pair of units of different articles, with the same
   vectors and scoring; the similar pairs must be identical (the filter is exact).
4. ``--sample K`` prints K random claim groups to hand-check; ``--pairs K`` prints K
   random scored pairs per similarity band (how ``THRESHOLD`` was chosen).
5. ``--old``: the same extractions and links through ``unit_group_claims`` (below: the
   grouping as it was before a statement's copies were collapsed into one node); prints
   both times, claims and sizes, and every group whose articles differ.
6. ``--scale N ...`` (no corpus): one statement reprinted N times, grouped lexically
   (``reprinted``; also timed without the statement: the 24 quoted sentences per article
   that keep its words from being common words) and through its quote link
   (``bench_scale.wire_story``), against ``unit_group_claims`` up to ``--old-max``
   printings; prints seconds and claim sizes.
"""

from __future__ import annotations

import argparse
import json
import logging
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from whosaid.assess.claims import assess_claims
from whosaid.config import Settings
from whosaid.link import claims as C
from whosaid.link import link_quotes
from whosaid.link.cluster import _date_key
from whosaid.model import (
    Article,
    Claim,
    Extraction,
    Quote,
    QuoteLink,
    Span,
    Speaker,
)

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "bpoil.jsonl"
# The reprinted statement, and its first half (printed on its own by every ninth article).
STATEMENT = (
    "The harbour pipeline was sealed on Thursday and the diesel has stopped leaking into the bay"
)
STATEMENT_CUT = "The harbour pipeline was sealed on Thursday"
_SYLLABLES = [c + v for c in "bdfgklmnprtvz" for v in "aiou"]


def load(path: Path, n: int | None, cache: Path | None) -> list[Extraction]:
    if cache and cache.exists():
        xs = pickle.loads(cache.read_bytes())
        return xs[:n] if n else xs
    arts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            pub = date.fromisoformat(d["published"]) if d.get("published") else None
            arts.append(Article(id=d["id"], text=d["text"], published=pub, outlet=d.get("outlet")))
    arts = arts[:n] if n else arts
    from whosaid.extract import extract_articles  # spaCy: only when not cached

    t = time.perf_counter()
    xs = list(extract_articles(arts, Settings(fast=True)))
    print(f"extracted {len(xs)} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    if cache:
        cache.write_bytes(pickle.dumps(xs, protocol=pickle.HIGHEST_PROTOCOL))
    return xs


def units_of(xs: list[Extraction]):
    units = []
    a = 0
    for x in xs:
        if x.error or not x.quotes:
            continue
        for q in x.quotes:
            units.extend(C._units(a, q, x.article.outlet))
        a += 1
    return units


def naive_vs_filtered(xs: list[Extraction]) -> None:
    units = units_of(xs)
    vecs = C._weights(units)
    arts = [u.article for u in units]
    bound = C.THRESHOLD - C.SPEAKER_BONUS
    t = time.perf_counter()
    fast = C.candidate_pairs(vecs, arts, bound, C.MIN_SHARED_TERMS)
    sims_fast, _ = C.score_pairs(units, fast)
    t_fast = time.perf_counter() - t
    t = time.perf_counter()
    naive = []
    for i in range(len(units)):
        vi, ai = vecs[i], arts[i]
        for j in range(i + 1, len(units)):
            if arts[j] != ai:
                dot, shared = C._cosine(vi, vecs[j])
                if dot >= bound:
                    naive.append((i, j, dot, shared))
    sims_naive, _ = C.score_pairs(units, naive)
    t_naive = time.perf_counter() - t
    n_pairs = (
        sum(1 for i in range(len(units)) for j in range(i + 1, len(units)) if arts[i] != arts[j])
        if len(units) < 12_000
        else None
    )
    same = sims_fast.keys() == sims_naive.keys()
    print(
        f"naive vs all-pairs on {len(units)} units ({n_pairs} cross-article pairs): "
        f"naive {t_naive:.2f} s, all-pairs {t_fast:.2f} s ({t_naive / t_fast:.0f}x), "
        f"similar pairs {len(sims_naive)} / {len(sims_fast)}, identical: {same}"
    )


def reprinted(n: int, seed: int = 1, own: int = 24) -> list[Extraction]:
    """``n`` articles that print one statement, as wire copy is printed.

    The speaker is "Ann Lee", "Lee" (every fifth) or nobody (every seventh); every ninth
    printing has only the statement's first half, and every 50th denies it ("Lee denied
    that ..."). Each article also quotes a source at length on its own matter (``own``
    sentences of made-up words), so that the statement is in fewer than
    ``COMMON_DF_SHARE`` of the units and its words keep their weight, as in a collection of
    that size. Grouped right, the printings make two claims: the statement, and its denial.
    """
    rng = random.Random(seed)
    words = sorted({"".join(rng.choices(_SYLLABLES, k=4)) for _ in range(150 * n + 2000)})
    xs = []
    for i in range(n):
        aid = f"r{i:06d}"
        name = None if i % 7 == 0 else "Lee" if i % 5 == 0 else "Ann Lee"
        said = STATEMENT_CUT if i % 9 == 4 else STATEMENT
        cue = "denied" if i % 50 == 49 else "said"
        text = f"{name or 'An official'} {cue} that {said}. "
        start, at = text.index(said), text.index(cue)
        talk = " ".join(" ".join(rng.choices(words, k=6)).capitalize() + "." for _ in range(own))
        text += f"“{talk}” a source said."
        quotes = (
            Quote(
                article_id=aid,
                content=Span.of(text, start, start + len(said)),
                cue=Span.of(text, at, at + len(cue)),
                speaker=Speaker(name=name) if name else None,
                direct=False,
                method="bench",
            ),
            Quote(
                article_id=aid,
                content=Span.of(text, text.index(talk), text.index(talk) + len(talk)),
                speaker=Speaker(anonymous=True, descriptor="source"),
                method="bench",
            ),
        )
        published = date(2024, 1, 1) + timedelta(days=i % 60)
        art = Article(id=aid, text=text, published=published, outlet=f"Outlet {i % 97}")
        xs.append(Extraction(article=art, quotes=quotes))
    return xs


def scale(sizes: list[int], old_max: int) -> None:
    from bench_scale import wire_story  # a wire quote in every article, and its quote link

    def sizes_of(claims: list[Claim]) -> str:
        return f"{len(claims)} claims of {[c.articles for c in claims[:4]]} articles"

    for name, make in (("lexical", lambda n: (reprinted(n), None)), ("linked", wire_story)):
        for n in sizes:
            xs, links = make(n)
            t = time.perf_counter()
            new = C.group_claims(xs, links, embed=False)
            t_new = time.perf_counter() - t
            line = f"{name:7s} {n:>5} printings: new {t_new:6.2f} s, {sizes_of(new)}"
            if links is None:
                # the cost of the articles' own quotes, which the collection needs (above)
                own = [replace(x, quotes=x.quotes[1:]) for x in xs]
                t = time.perf_counter()
                C.group_claims(own, embed=False)
                line += f" (own quotes alone {time.perf_counter() - t:5.2f} s)"
            if n <= old_max:
                t = time.perf_counter()
                old = unit_group_claims(xs, links)
                t_old = time.perf_counter() - t
                line += f"; old {t_old:6.2f} s, {sizes_of(old)}"
            print(line, flush=True)


def compare_old(xs: list[Extraction], links: list[QuoteLink], claims: list[Claim]) -> None:
    t = time.perf_counter()
    old = unit_group_claims(xs, links)
    t_old = time.perf_counter() - t

    def by_articles(cs: list[Claim]) -> Counter[frozenset[str]]:
        return Counter(frozenset(o.article_id for o in c.occurrences) for c in cs)

    def occurrences(cs: list[Claim]) -> set[frozenset[tuple[str, int, int]]]:
        return {
            frozenset((o.article_id, o.span.start, o.span.end) for o in c.occurrences) for c in cs
        }

    def sizes(cs: list[Claim]) -> list[tuple[int, int]]:
        return sorted(Counter(min(c.articles, 10) for c in cs).items())

    new_a, old_a = by_articles(claims), by_articles(old)
    new_o, old_o = occurrences(claims), occurrences(old)
    print(
        f"unit-level path {t_old:.2f} s: {len(old)} claims (node path {len(claims)}); "
        f"articles per claim old {sizes(old)}, new {sizes(claims)}; claims with the same "
        f"occurrences {len(new_o & old_o)}, the same articles {(new_a & old_a).total()}, "
        f"only old {(old_a - new_a).total()}, only new {(new_a - old_a).total()}"
    )
    for label, only, cs in (("old", old_a - new_a, old), ("new", new_a - old_a, claims)):
        for c in cs:
            if frozenset(o.article_id for o in c.occurrences) in only:
                print(f"  only {label}: {c.articles} articles, score {c.score:.3f}: {c.text[:100]}")
                for o in c.occurrences[:8]:
                    print(f"      {o.article_id} [{o.speaker}] {o.span.text[:100]}")


# -- the unit-level reference: group_claims as it was before units were collapsed into nodes
# (every pair of copies scored and merged one by one); the tests check the node path
# against it on small random collections.

UNIT_MAX_MERGE_PAIRS = 40_000  # the old bound on one merge's cross product


def unit_group_claims(
    xs: list[Extraction], links: list[QuoteLink] | None = None, *, max_merge: bool = True
) -> list[Claim]:
    """Lexical ``group_claims`` over every unit pair (the old path; ``max_merge`` keeps its
    bound on the cross product of one merge)."""
    arts = [x for x in xs if not x.error and x.quotes]
    units = [
        u for a, x in enumerate(arts) for q in x.quotes for u in C._units(a, q, x.article.outlet)
    ]
    if not units:
        return []
    vecs = C._weights(units)
    unit_art = [u.article for u in units]
    pairs = C.candidate_pairs(vecs, unit_art, C.THRESHOLD - C.SPEAKER_BONUS, C.MIN_SHARED_TERMS)
    sims, cannot = C.score_pairs(units, pairs)
    if links is not None:
        for i, j in _unit_linked_pairs(units, arts, links):
            if (i, j) not in cannot:
                sims[i, j] = max(sims.get((i, j), 0.0), 1.0)
    groups = _unit_cluster(len(units), unit_art, sims, cannot, max_merge)
    claims = [_unit_claim(m, units, arts, sims) for m in groups]
    claims.sort(key=lambda c: (-c.articles, _date_key(c.occurrences[0].published), c.key or ""))
    return claims


def _unit_cluster(
    n: int,
    arts: list[int],
    sims: dict[tuple[int, int], float],
    cannot: set[tuple[int, int]],
    max_merge: bool,
) -> list[list[int]]:
    members: dict[int, list[int]] = {}
    parent = list(range(n))

    def sim(i: int, j: int) -> float:
        return sims.get((i, j) if i < j else (j, i), 0.0)

    for (i, j), _s in sorted(sims.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = C.union_root(parent, i), C.union_root(parent, j)
        if ri == rj:
            continue
        a, b = members.get(ri, [ri]), members.get(rj, [rj])
        if max_merge and len(a) * len(b) > UNIT_MAX_MERGE_PAIRS:
            continue
        total, count, clash = 0.0, 0, False
        for x in a:
            for y in b:
                if arts[x] == arts[y]:
                    continue
                if ((x, y) if x < y else (y, x)) in cannot:
                    clash = True
                    break
                total += sim(x, y)
                count += 1
            if clash:
                break
        if clash or (count and total / count < C.GROUP_MIN):
            continue
        parent[rj] = ri
        members[ri] = a + b
        members.pop(rj, None)
    return [m for m in members.values() if len({arts[k] for k in m}) >= 2]


def _unit_linked_pairs(units, arts: list[Extraction], links: list[QuoteLink]):
    by_id = {x.article.id: a for a, x in enumerate(arts)}
    by_art: dict[int, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        by_art[u.article].append(k)
    for link in links:
        inside: list[int] = []
        for o in link.occurrences:
            a = by_id.get(o.article_id)
            if a is None:
                continue
            inside.extend(
                k
                for k in by_art.get(a, ())
                if units[k].start >= o.span.start and units[k].end <= o.span.end
            )
        for x in range(len(inside)):
            for y in range(x + 1, len(inside)):
                i, j = sorted((inside[x], inside[y]))
                ti, tj = units[i].terms, units[j].terms
                if units[i].article != units[j].article and (
                    len(ti & tj) >= C.LINK_UNIT_OVERLAP * len(ti | tj)
                ):
                    yield i, j


def _unit_claim(member: list[int], units, arts: list[Extraction], sims) -> Claim:
    def sim(i: int, j: int) -> float:
        return sims.get((i, j) if i < j else (j, i), 0.0)

    strength = {k: sum(sim(k, m) for m in member if m != k) for k in member}
    best: dict[int, int] = {}
    for k in member:
        a = units[k].article
        if a not in best or strength[k] > strength[best[a]]:
            best[a] = k
    chosen = list(best.values())
    occ = C._occurrences(units, arts, chosen)
    scored = [sim(i, j) for x, i in enumerate(chosen) for j in chosen[x + 1 :] if sim(i, j)]
    medoid = max(chosen, key=lambda k: (strength[k], -k))
    first = occ[0]
    return Claim(
        text=units[medoid].text,
        occurrences=tuple(occ),
        score=sum(scored) / len(scored) if scored else 0.0,
        key=f"{first.article_id}:{first.span.start}-{first.span.end}",
    )


def show_pairs(xs: list[Extraction], k: int, seed: int) -> None:
    units = units_of(xs)
    vecs = C._weights(units)
    pairs = C.candidate_pairs(vecs, [u.article for u in units], 0.3)
    saved = C.THRESHOLD
    C.THRESHOLD = 0.3
    try:
        sims, _ = C.score_pairs(units, pairs)
    finally:
        C.THRESHOLD = saved
    rng = random.Random(seed)
    for lo, hi in ((0.35, 0.45), (0.45, 0.55), (0.55, 0.65), (0.65, 0.8), (0.8, 0.95)):
        band = sorted((p, s) for p, s in sims.items() if lo <= s < hi)
        print(f"== band {lo}-{hi}: {len(band)} pairs")
        for (i, j), s in rng.sample(band, min(k, len(band))):
            print(f"  {s:.2f} A[{units[i].speaker}] {units[i].text[:140]}")
            print(f"       B[{units[j].speaker}] {units[j].text[:140]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--articles", type=int, default=None)
    ap.add_argument("--naive-articles", type=int, default=300)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--pairs", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--embed", action="store_true", help="use the embedding extra")
    ap.add_argument("--old", action="store_true", help="compare with the unit-level path")
    ap.add_argument("--scale", type=int, nargs="+", help="reprinted statements, no corpus")
    ap.add_argument("--old-max", type=int, default=4_000)
    args = ap.parse_args()
    if args.scale:
        scale(args.scale, args.old_max)
        return
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    xs = load(args.corpus, args.articles, args.cache)
    quotes = [q for x in xs for q in x.quotes]
    print(
        f"{len(xs)} articles, {len(quotes)} quotes "
        f"({sum(not q.direct for q in quotes)} reported, {sum(q.direct for q in quotes)} direct)"
    )

    t = time.perf_counter()
    links = link_quotes(xs)
    t_link = time.perf_counter() - t
    t = time.perf_counter()
    claims = C.group_claims(xs, links, embed=bool(args.embed))
    t_claims = time.perf_counter() - t
    t = time.perf_counter()
    claims = assess_claims(claims, links)
    t_assess = time.perf_counter() - t
    n_units = len(units_of(xs))
    print(
        f"link_quotes {t_link:.2f} s ({len(links)} links); group_claims {t_claims:.2f} s "
        f"({n_units} units, {n_units / t_claims:.0f} units/s, {len(xs) / t_claims:.0f} "
        f"articles/s); assess_claims {t_assess:.3f} s"
    )
    paraphrased = [c for c in claims if c.score < 0.95]
    print(
        f"{len(claims)} claims in 2+ articles ({len(paraphrased)} with mean score < 0.95, "
        f"i.e. not mere copies); articles per claim: "
        f"{sorted(Counter(min(c.articles, 10) for c in claims).items())}"
    )
    print(f"origins per claim: {sorted(Counter(min(c.origins or 0, 5) for c in claims).items())}")
    if args.old:
        compare_old(xs, links, claims)
    if args.naive_articles:
        naive_vs_filtered(xs[: args.naive_articles])
    if args.pairs:
        show_pairs(xs, args.pairs, args.seed)
    if args.sample:
        rng = random.Random(args.seed)
        for n, c in enumerate(rng.sample(claims, min(args.sample, len(claims)))):
            print(f"## {n} articles={c.articles} origins={c.origins} score={c.score:.2f}")
            for o, key in zip(c.occurrences[:5], c.origin_keys or (), strict=False):
                print(
                    f"   [{(o.outlet or '-')[:10]} {o.published} {key} sp={o.speaker}] "
                    f"{o.span.text[:150]}"
                )


if __name__ == "__main__":
    main()
