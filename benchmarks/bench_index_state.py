"""Size and speed of the saved link index (``QuoteIndex.to_bytes``) against a pickle.

    .venv/bin/python benchmarks/bench_index_state.py [--articles 1000] [--cache PKL]

Extracts the first N articles of the shared corpus (``Settings(fast=True)``; ``--cache``
keeps the extractions so later runs skip spaCy), links all but the last 10%, then saves
and loads the index both ways and prints bytes and milliseconds (best of 3). Finally it
adds the last 10% to the loaded index and to one never saved: the groups must be equal.
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

from bench_claims import CORPUS, load  # the corpus, extracted with --fast (and cached)

from whosaid.link import QuoteIndex


def best_ms(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return 1000 * min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--cache", type=Path)
    a = ap.parse_args()
    xs = load(a.corpus, a.articles, a.cache)
    cut = len(xs) - len(xs) // 10
    index = QuoteIndex()
    index.add_all(xs[:cut])
    links = index.groups()
    n_quotes = sum(len(x.quotes) for x in xs[:cut])
    print(f"{cut} articles, {n_quotes} quotes, {len(index)} indexed, {len(links)} groups")
    blob_p = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    blob_b = index.to_bytes()
    for name, blob, dump, load_ in (
        ("pickle", blob_p, lambda: pickle.dumps(index, protocol=5), lambda: pickle.loads(blob_p)),
        ("to_bytes", blob_b, index.to_bytes, lambda: QuoteIndex.from_bytes(blob_b)),
    ):
        print(
            f"{name:9s} {len(blob) / 1e6:6.2f} MB  save {best_ms(dump):7.1f} ms  "
            f"load {best_ms(load_):7.1f} ms"
        )
    loaded = QuoteIndex.from_bytes(blob_b)
    loaded.add_all(xs[cut:])
    index.add_all(xs[cut:])
    same = loaded.groups() == index.groups()
    print(f"after adding {len(xs) - cut} more articles: same groups as never saved: {same}")


if __name__ == "__main__":
    main()
