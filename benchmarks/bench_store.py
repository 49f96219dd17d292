"""Store throughput: one transaction for a whole batch vs one per article.

Builds N synthetic extractions (article texts recycled from the shared bpoil corpus,
Q quotes and two dates each, spans at word boundaries), inserts them into a fresh file
store both ways, then times full-text queries and reports the file size and peak RSS.

    .venv/bin/python benchmarks/bench_store.py [--articles 10000] [--quotes 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from whosaid.model import Article, Extraction, Quote, Span, Speaker, Timex
from whosaid.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bpoil.jsonl"
WORD = re.compile(r"\w+")
QUOTE_CHARS = 120  # a typical quoted sentence in the corpus is 100-150 characters


def load_docs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def synthetic(docs: list[dict], n: int, quotes: int) -> list[Extraction]:
    """n distinct extractions: corpus texts recycled, made unique by the title."""
    out = []
    for i in range(n):
        doc = docs[i % len(docs)]
        text = doc["text"]
        aid = f"bench-{i}"
        qs = []
        step = max(1, len(text) // (quotes + 1))
        for k in range(quotes):
            start = text.find(" ", k * step) + 1
            end = min(len(text), start + QUOTE_CHARS)
            if start <= 0 or end <= start:
                continue
            anon = k % 2 == 1
            qs.append(
                Quote(
                    article_id=aid,
                    content=Span.of(text, start, end),
                    speaker=Speaker(
                        name=None if anon else f"Speaker {k}",
                        anonymous=anon,
                        descriptor="source" if anon else None,
                    ),
                    venue=doc.get("outlet") if anon else None,
                    method="bench",
                )
            )
        tx = tuple(
            Timex(span=Span.of(text, 0, min(len(text), 8)), type="DATE", value="2010-05")
            for _ in range(2)
        )
        published = date.fromisoformat(doc["published"]) if doc.get("published") else None
        art = Article(
            id=aid,
            text=text,
            published=published,
            outlet=doc.get("outlet"),
            title=f"{doc.get('title') or 'untitled'} #{i}",
            url=doc.get("url"),
        )
        out.append(Extraction(article=art, quotes=tuple(qs), timexes=tx))
    return out


def rows_of(exs: list[Extraction]) -> int:
    return sum(1 + len(e.quotes) + len(e.timexes) for e in exs)


def size_mb(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


def insert(path: Path, exs: list[Extraction], per_article: bool) -> float:
    t0 = time.perf_counter()
    with Store(path) as s:
        if per_article:
            for ex in exs:
                s.add([ex])
        else:
            s.add(exs)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--quotes", type=int, default=5)
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    docs = load_docs(args.corpus)
    exs = synthetic(docs, args.articles, args.quotes)
    n_rows = rows_of(exs)
    chars = sum(len(e.article.text) for e in exs)
    print(
        f"{len(exs)} articles ({chars / 1e6:.1f} M chars), "
        f"{sum(len(e.quotes) for e in exs)} quotes, {n_rows} rows in all"
    )
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for label, per_article in (("one transaction", False), ("per article", True)):
            path = Path(tmp) / f"{label.replace(' ', '_')}.db"
            secs = insert(path, exs, per_article)
            results[label] = secs
            print(
                f"{label:16s} {secs:7.2f} s  {n_rows / secs:9.0f} rows/s  "
                f"{len(exs) / secs:7.0f} articles/s  db {size_mb(path):.1f} MB"
            )
        print(
            f"speed-up of one transaction: {results['per article'] / results['one transaction']:.2f}x"
        )

        path = Path(tmp) / "one_transaction.db"
        rng = random.Random(17)
        vocab = [w for w in WORD.findall(" ".join(d["text"] for d in docs[:200])) if len(w) > 4]
        queries = [" ".join(rng.sample(vocab, rng.choice((1, 1, 2)))) for _ in range(args.queries)]
        with Store(path) as s:
            s.search("warmup")
            lat = []
            hits = 0
            for q in queries:
                t0 = time.perf_counter()
                hits += len(s.search(q, limit=20))
                lat.append((time.perf_counter() - t0) * 1000)
            stats = s.stats()
        lat.sort()
        p95 = lat[int(0.95 * (len(lat) - 1))]
        print(
            f"search ({len(queries)} queries, limit 20, articles+quotes): "
            f"p50 {statistics.median(lat):.1f} ms  p95 {p95:.1f} ms  max {lat[-1]:.1f} ms  "
            f"mean hits {hits / len(queries):.1f}"
        )
        print(f"store stats: {stats['articles']} articles, {stats['quotes']} quotes")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS {peak:.0f} MB (includes the {len(exs)} extractions held in memory)")
    print(f"python {sys.version.split()[0]}, cpus {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
