"""Incremental relinking in a real store: add a day of news to N stored articles.

    .venv/bin/python benchmarks/bench_relink.py [--articles 20000] [--day 100]

Fills a fresh SQLite store with N synthetic articles (``gen_link_corpus.py``: the shared
corpus resampled, with planted reuses), links it once (full build, index saved with the
links), then adds one more day of articles and relinks: incrementally through the saved
index (``api.link_store``), and, in the same run, by the obvious alternative, a full
``link_quotes`` over every stored article. Prints seconds for each and the index size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen_link_corpus import generate, load_pool  # noqa: E402

from whosaid import api  # noqa: E402
from whosaid.link import link_quotes  # noqa: E402
from whosaid.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--day", type=int, default=100)
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bpoil.jsonl"
    )
    a = ap.parse_args()
    pool = load_pool(a.corpus)
    stream = generate(pool, a.articles + a.day, seed=7)
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "bench.db")) as store:
        t = time.perf_counter()
        store.add(x for _, x in zip(range(a.articles), stream, strict=False))
        print(f"stored {a.articles} articles in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        rep = api.link_store(store)
        print(
            f"first link (full build):   {time.perf_counter() - t:7.2f} s, {len(rep.links)} groups, "
            f"index {len(store.link_state() or b'') / 2**20:.1f} MiB"
        )
        store.add(stream)
        t = time.perf_counter()
        rep = api.link_store(store)
        inc = time.perf_counter() - t
        print(
            f"add {a.day} articles, incremental relink: {inc:7.2f} s "
            f"(added {rep.added}, rebuilt {rep.rebuilt}), {len(rep.links)} groups"
        )
        t = time.perf_counter()
        full = link_quotes(store.extractions())
        dt = time.perf_counter() - t
        print(
            f"same, full recompute:               {dt:7.2f} s, {len(full)} groups "
            f"({dt / inc:.1f}x slower); same groups: {full == rep.links}"
        )


if __name__ == "__main__":
    main()
