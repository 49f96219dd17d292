"""Throughput of quote extraction on the shared news corpus, against textacy.

Usage:
    .venv/bin/python benchmarks/bench_extract.py [--limit 200] [--shared ../shared]
        [--n-process 1] [--batch-size 32] [--fast] [--no-textacy]

Runs ``extract_articles`` over the first N articles of ``shared/corpus/bpoil.jsonl`` and
prints articles/s, characters/s, quotes found and peak RSS (this process plus its
workers); with ``--fast`` it runs the
selective-parse path (``whosaid.extract.fastparse``) instead of the full pipeline. Then,
in the same run, textacy 0.13 ``direct_quotations`` over the same texts with the full
spaCy pipeline (a clear skip line is printed if textacy is not installed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from pathlib import Path

import psutil

from whosaid.config import Settings
from whosaid.model import Article

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    """Resident memory of this process plus its worker processes (shared pages counted
    once per process, so an upper bound for forked workers)."""
    me = psutil.Process()
    total = me.memory_info().rss
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):  # a worker that just exited
            total += child.memory_info().rss
    return total / 1e6


def _load(path: Path, limit: int) -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("text"):
                out.append(Article(id=d["id"], text=d["text"], outlet=d.get("outlet")))
            if len(out) >= limit:
                break
    return out


def _report(label: str, n: int, chars: int, secs: float, found: int, peak: float) -> None:
    print(
        f"{label:38} {n} articles in {secs:6.1f} s: {n / secs:6.2f} articles/s, "
        f"{chars / secs:9.0f} chars/s, {found} quotes, peak RSS {peak:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=Settings().batch_size)
    ap.add_argument("--fast", action="store_true", help="selective parsing (fastparse)")
    ap.add_argument("--no-textacy", action="store_true")
    args = ap.parse_args(argv)
    arts = _load(args.shared / "corpus" / "bpoil.jsonl", args.limit)
    chars = sum(len(a.text) for a in arts)
    print(f"{len(arts)} articles, {chars} characters (mean {chars // max(1, len(arts))})")

    from whosaid.extract.pipeline import load_nlp

    settings = Settings(n_process=args.n_process, fast=args.fast, batch_size=args.batch_size)
    load_nlp(settings.model)  # model load is not throughput
    peak = _rss_mb()
    t0 = time.perf_counter()
    found = 0
    from whosaid.extract import extract_articles

    stream = extract_articles(arts, settings)
    for i, x in enumerate(stream):
        found += len(x.quotes)
        if i % 20 == 0:
            peak = max(peak, _rss_mb())
    secs = time.perf_counter() - t0
    label = "whosaid" + (" (fast)" if args.fast else "") + f" n_process={args.n_process}"
    label += f" batch={args.batch_size}"
    _report(label, len(arts), chars, secs, found, max(peak, _rss_mb()))

    if args.no_textacy:
        return 0
    try:
        from textacy.extract import direct_quotations
    except ImportError:
        print("textacy: SKIPPED (not installed; pip install textacy==0.13.0)")
        return 0
    nlp = load_nlp(settings.model)
    t0 = time.perf_counter()
    found = 0
    peak = _rss_mb()
    for i, doc in enumerate(nlp.pipe((a.text for a in arts), batch_size=settings.batch_size)):
        # textacy refuses texts with unbalanced quotation marks (ValueError)
        with contextlib.suppress(ValueError):
            found += sum(1 for _ in direct_quotations(doc))
        if i % 20 == 0:
            peak = max(peak, _rss_mb())
    secs = time.perf_counter() - t0
    _report("textacy 0.13 direct_quotations", len(arts), chars, secs, found, max(peak, _rss_mb()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
