"""Scale benchmark of cross-article quote linking (``whosaid.link``).

usage: python benchmarks/bench_link.py [--sizes 10000,100000] [--compare 2000] [--real]
                                       [--corpus PATH]

* ``--sizes``: for each size, a fresh process streams that many synthetic articles
  (``gen_link_corpus.py``: the real corpus resampled and shuffled, with planted edited
  reuses) into a ``QuoteIndex`` and prints articles/s (generation time excluded), peak
  RSS and precision/recall over the pairs of articles that print the same planted words.
* ``--compare N``: on N articles, the same verification behind four candidate
  generators: the shingle index (ours), datasketch MinHashLSH, rensa RMinHashLSH and a
  naive pairwise loop (every pair of quotes of different articles sharing a shingle).
* ``--real``: links the real corpus (quotes by regex over curly quote marks) and
  compares the cross-outlet groups with ``shared/corpus/reuse_stats.py``.

Goal (provenance issue): 1M articles in under 15 minutes on 2 cores, peak RSS < 8 GiB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_link_corpus as gen_mod  # noqa: E402

from whosaid.link import QuoteIndex  # noqa: E402
from whosaid.link.normalize import normalize_words  # noqa: E402
from whosaid.link.shingles import SHINGLE_WORDS  # noqa: E402
from whosaid.model import Article, Extraction, Quote, Span  # noqa: E402

CORPUS = HERE.parent.parent / "shared" / "corpus" / "bpoil.jsonl"
GOAL_ARTICLES, GOAL_SECONDS, GOAL_RSS_GIB = 1_000_000, 15 * 60, 8.0
# MinHash settings for the comparison: 128 permutations, Jaccard threshold 0.3 (a
# reuse of one sentence of a three-sentence quote has Jaccard ~0.3 with its source).
NUM_PERM = 128
LSH_THRESHOLD = 0.3


def peak_rss_gib() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, reset by exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def score(links, g: gen_mod.Generated) -> tuple[float, float, int]:
    """Pairwise precision/recall over distinct pairs of articles put in one link.

    A found pair is true when both occurrences are members of one planted family;
    recall is over all pairs of members of each family.
    """
    found: set[tuple[str, str]] = set()
    true: set[tuple[str, str]] = set()
    for lk in links:
        members = []
        for o in lk.occurrences:
            fam = None
            for s, e, f in g.truth.get(o.article_id, ()):
                if s <= o.span.start < e:
                    fam = f
                    break
            members.append((o.article_id, fam))
        for (a, fa), (b, fb) in combinations(members, 2):
            pair = (a, b) if a < b else (b, a)
            found.add(pair)
            if fa is not None and fa == fb:
                true.add(pair)
    planted = g.planted_pairs()
    precision = len(true) / len(found) if found else 1.0
    recall = len(true) / planted if planted else 1.0
    return precision, recall, len(found)


def run_one(n: int, corpus: Path) -> dict:
    """Stream ``n`` articles into one index; then time adding one more day of news."""
    pool = gen_mod.load_pool(corpus)
    g = gen_mod.Generated()
    index = QuoteIndex()
    day = max(1, n // 365)  # the generator spreads n articles over a year
    t_gen = 0.0
    t0 = time.perf_counter()
    it = gen_mod.generate(pool, n, gen=g)
    last_day = []
    while True:
        t = time.perf_counter()
        try:
            x = next(it)
        except StopIteration:
            t_gen += time.perf_counter() - t
            break
        t_gen += time.perf_counter() - t
        if int(x.article.id[1:]) >= n - day:
            last_day.append(x)  # held back: added below as "today's news"
        else:
            index.add(x)
    t_add = time.perf_counter() - t0 - t_gen
    t = time.perf_counter()
    index.groups()
    t_groups = time.perf_counter() - t
    t = time.perf_counter()
    index.add_all(last_day)
    index.flush()
    t_day_match = time.perf_counter() - t
    t = time.perf_counter()
    links = index.groups()
    t_day_groups = time.perf_counter() - t
    p, r, found = score(links, g)
    secs = t_add + t_groups + t_day_match
    return {
        "articles": n,
        "quotes": g.quotes,
        "planted": g.planted,
        "links": len(links),
        "pairs_verified": index.pairs_verified,
        "link_s": round(secs, 1),
        "gen_s": round(t_gen, 1),
        "groups_s": round(t_groups, 1),
        "day_articles": len(last_day),
        "day_match_s": round(t_day_match, 2),
        "day_groups_s": round(t_day_groups, 2),
        "articles_per_s": round(n / secs),
        "peak_rss_gib": round(peak_rss_gib(), 2),
        "precision": round(p, 4),
        "recall": round(r, 4),
    }


def sizes_table(sizes: list[int], corpus: Path) -> None:
    print(
        "articles  quotes    planted  links    verified  link_s  gen_s  art/s   peakRSS  "
        "P       R       +1 day: match_s groups_s"
    )
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--corpus", str(corpus)],
            capture_output=True,
            text=True,
            check=True,
        )
        d = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{d['articles']:<9} {d['quotes']:<9} {d['planted']:<8} {d['links']:<8} "
            f"{d['pairs_verified']:<9} {d['link_s']:<7} {d['gen_s']:<6} {d['articles_per_s']:<7} "
            f"{d['peak_rss_gib']:<7}G {d['precision']:<7} {d['recall']:<7} "
            f"({d['day_articles']} art) {d['day_match_s']:<7} {d['day_groups_s']}",
            flush=True,
        )
        if n < GOAL_ARTICLES:
            est = d["link_s"] * GOAL_ARTICLES / n
            print(
                f"          linear extrapolation to 1M: {est / 60:.1f} min (goal {GOAL_SECONDS // 60} min)"
            )


# -- candidate generators for the comparison ----------------------------------------------


def _shingle_sets(index: QuoteIndex) -> list[set[str]]:
    k = SHINGLE_WORDS
    sets = []
    for qid in range(len(index)):
        w = normalize_words(index.quote_text(qid))
        sets.append({" ".join(w[i : i + k]) for i in range(len(w) - k + 1)})
    return sets


def cand_datasketch(index: QuoteIndex, threshold: float) -> tuple[list[int], list[int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    pa, pb = [], []
    for qid, s in enumerate(_shingle_sets(index)):
        if not s:
            continue
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([x.encode() for x in s])
        for other in lsh.query(m):
            pa.append(other)
            pb.append(qid)
        lsh.insert(qid, m)
    return pa, pb


def cand_rensa(index: QuoteIndex, threshold: float) -> tuple[list[int], list[int]]:
    from rensa import RMinHash, RMinHashLSH

    # bands of 4 rows: the S-curve's midpoint (1/32)^(1/4) ~ 0.42; 0.1 -> 64 bands of 2
    bands = 32 if threshold >= 0.3 else 64
    lsh = RMinHashLSH(threshold=threshold, num_perm=NUM_PERM, num_bands=bands)
    pa, pb = [], []
    for qid, s in enumerate(_shingle_sets(index)):
        if not s:
            continue
        m = RMinHash(num_perm=NUM_PERM, seed=42)
        m.update(list(s))
        for other in lsh.query(m):
            pa.append(other)
            pb.append(qid)
        lsh.insert(qid, m)
    return pa, pb


def cand_naive(index: QuoteIndex, threshold: float = 0.0) -> tuple[list[int], list[int]]:
    sets = _shingle_sets(index)
    arts = [index.quote_article(q) for q in range(len(index))]
    pa, pb = [], []
    for x, y in combinations(range(len(sets)), 2):
        if arts[x] != arts[y] and not sets[x].isdisjoint(sets[y]):
            pa.append(x)
            pb.append(y)
    return pa, pb


def compare(n: int, corpus: Path) -> None:
    """Same quotes, same verification; only the candidate generator differs."""
    pool = gen_mod.load_pool(corpus)
    g = gen_mod.Generated()
    xs = list(gen_mod.generate(pool, n, gen=g, seed=5))
    print(f"candidate generators on {n} articles, {g.quotes} quotes, {g.planted} planted reuses")
    print("method                    total_s  cand_s  candidates  P       R")
    rows = [
        ("shingle index (ours)", None, 0.0),
        ("datasketch LSH t=0.3", cand_datasketch, 0.3),
        ("datasketch LSH t=0.1", cand_datasketch, 0.1),
        ("rensa LSH t=0.3", cand_rensa, 0.3),
        ("rensa LSH t=0.1", cand_rensa, 0.1),
        ("naive pairwise", cand_naive, 0.0),
    ]
    for name, fn, threshold in rows:
        index = QuoteIndex(shingle_candidates=fn is None)
        for x in xs:
            index.add(x)
        t = time.perf_counter()
        if fn is None:
            # one flush does candidates and their verification; time candidates alone too
            links = index.groups()
            total = time.perf_counter() - t
            n_cand = index.pairs_verified
            t = time.perf_counter()
            _shingle_candidates_only(xs)
            t_cand = time.perf_counter() - t
        else:
            index.flush()
            pa, pb = fn(index, threshold)
            t_cand = time.perf_counter() - t
            order = sorted(zip(pa, pb, strict=True))
            n_cand = len(order)
            index.verify_pairs([a for a, _ in order], [b for _, b in order])
            links = index.groups()
            total = time.perf_counter() - t
        p, r, _ = score(links, g)
        print(f"{name:<25} {total:<8.2f} {t_cand:<7.2f} {n_cand:<11} {p:<7.4f} {r:.4f}", flush=True)


def _shingle_candidates_only(xs: list[Extraction]) -> int:
    """The shingle index's candidate step alone (hash, sort, pair, count)."""
    import numpy as np

    from whosaid.link.shingles import ShingleIndex, count_pairs, shingle_hashes

    vocab: dict[str, int] = {}
    ids: list[int] = []
    lens: list[int] = []
    for x in xs:
        for q in x.quotes:
            w = normalize_words(q.content.text)
            if len(w) >= SHINGLE_WORDS:
                ids.extend(vocab.setdefault(t, len(vocab)) for t in w)
                lens.append(len(w))
    h, hq = shingle_hashes(np.array(ids), np.array(lens), np.arange(len(lens)))
    a, b = ShingleIndex().add_batch(h, hq)
    return len(count_pairs(a, b)[0])


# -- the real corpus ----------------------------------------------------------------------


def real(corpus: Path, examples: int = 3) -> None:
    xs = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            from datetime import date

            art = Article(
                id=d["id"],
                text=d["text"],
                published=date.fromisoformat(d["published"]) if d.get("published") else None,
                outlet=d.get("outlet"),
            )
            qs = tuple(
                Quote(article_id=art.id, content=Span.of(art.text, m.start(1), m.end(1)))
                for m in gen_mod.CURLY_QUOTE_RE.finditer(art.text)
            )
            xs.append(Extraction(article=art, quotes=qs))
    t = time.perf_counter()
    index = QuoteIndex()
    index.add_all(xs)
    links = index.groups()
    secs = time.perf_counter() - t
    cross = [lk for lk in links if len({o.outlet for o in lk.occurrences}) >= 2]
    long_cross = [lk for lk in cross if len(normalize_words(lk.text)) >= 8]
    n_quotes = sum(len(x.quotes) for x in xs)
    print(f"real corpus: {len(xs)} articles, {n_quotes} quotes (curly-quote regex), {secs:.1f} s")
    print(
        f"  groups: {len(links)}; in 2+ outlets: {len(cross)}; of those with 8+ words: {len(long_cross)}"
    )
    print(f"  occurrences in cross-outlet groups: {sum(len(lk.occurrences) for lk in cross)}")
    edited = [
        lk
        for lk in cross
        if len({" ".join(normalize_words(o.span.text)) for o in lk.occurrences}) > 1
    ]
    print(f"  cross-outlet groups whose copies differ in words (edited/fragment): {len(edited)}")
    shown = sorted(long_cross, key=lambda lk: -len({o.outlet for o in lk.occurrences}))
    for lk in shown[:examples]:
        outs = ", ".join(f"{o.outlet} {o.published}" for o in lk.occurrences[:6])
        more = f" +{len(lk.occurrences) - 6}" if len(lk.occurrences) > 6 else ""
        print(f"  e.g. “{lk.text[:90]}{'…' if len(lk.text) > 90 else ''}”  [{outs}{more}]")
    stats = corpus.parent / "reuse_stats.py"
    if stats.exists():
        out = subprocess.run(
            [sys.executable, str(stats), str(corpus), "--examples", "0"],
            capture_output=True,
            text=True,
        )
        keep = [ln for ln in out.stdout.splitlines() if "outlet" in ln.lower() or "2+" in ln]
        print("  reuse_stats.py says:")
        for ln in keep[:8]:
            print("   ", ln.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    ap.add_argument(
        "--compare", type=int, default=2000, help="size of the method comparison (0: skip)"
    )
    ap.add_argument("--real", action="store_true", help="also link the real corpus")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    if args.one:
        print(json.dumps(run_one(args.one, args.corpus)))
        return
    if args.real:
        real(args.corpus)
    if args.compare:
        compare(args.compare, args.corpus)
    if args.sizes:
        sizes_table([int(s) for s in args.sizes.split(",") if s], args.corpus)


if __name__ == "__main__":
    main()
