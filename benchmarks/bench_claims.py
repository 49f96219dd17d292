"""Benchmark and hand-check of claim grouping (``whosaid.link.claims``) on the real corpus.

usage: python benchmarks/bench_claims.py [--corpus PATH] [--articles N] [--naive-articles N]
                                         [--cache PKL] [--sample K] [--pairs K] [--embed]

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
"""

from __future__ import annotations

import argparse
import json
import logging
import pickle
import random
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from whosaid.assess.claims import assess_claims
from whosaid.config import Settings
from whosaid.extract import extract_articles
from whosaid.link import claims as C
from whosaid.link import link_quotes
from whosaid.model import Article, Extraction

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "bpoil.jsonl"


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
            units.extend(C._units(a, q))
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
    args = ap.parse_args()
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
