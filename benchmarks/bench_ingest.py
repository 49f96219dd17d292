"""Ingest throughput: the corpus JSONL, and HTML pages through trafilatura vs lxml.

1. ``read_articles`` over the shared corpus JSONL: articles/s, MB/s, peak RSS.
2. N HTML pages generated from corpus texts (paragraphs wrapped in navigation, a cookie
   banner, a "most read" box and a footer, with title/site/date metadata) into a temp
   folder, read two ways in the same run: ``read_articles`` (trafilatura + htmldate) and
   a naive baseline, lxml's ``text_content()`` of the whole page. For each: pages/s,
   word recall and precision against the article's own words (title and text), the share
   of pages leaking boilerplate, and (trafilatura only) dates and outlets recovered.

    .venv/bin/python benchmarks/bench_ingest.py [--pages 300] [--repeat 3] [--json OUT]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import lxml.html

from whosaid.ingest import read_articles
from whosaid.model import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bpoil.jsonl"
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
# Strings that occur only in the generated boilerplate, never in corpus texts.
BOILERPLATE = (
    "Skip to navigation",
    "Accept all cookies",
    "Most read this week",
    "Terms of use",
    "ADVERTISEMENT",
    "Read more: Markets rally",
    "Comments are closed",
    "Share this story",
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}T09:00:00Z">
</head><body>
<header><a href="#nav">Skip to navigation</a>
<nav id="nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="cookies">We use cookies to personalise content. Accept all cookies?</div>
</header>
<main><article><h1>{title}</h1>
{paragraphs}
</article>
<aside class="related"><h2>Most read this week</h2><ul>
<li><a href="/1">Markets rally as investors shrug off rate fears</a></li>
<li><a href="/2">Ten recipes for a rainy weekend</a></li>
<li><a href="/3">The best budget phones, tested</a></li></ul></aside></main>
<footer><p>Copyright {outlet}. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a> |
<a href="/contact">Contact</a></p></footer>
</body></html>
"""

# The second layout every other page: no semantic tags, an advert and a "read more" box
# inside the story, share buttons and a comments section, as on many real news sites.
PAGE_DIVS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} - {outlet}</title>
<meta name="date" content="{published}"><meta name="application-name" content="{outlet}">
<meta property="og:site_name" content="{outlet}">
</head><body><div id="top"><div class="menu"><a href="#nav">Skip to navigation</a>
<a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></div>
<div class="banner">Accept all cookies? <button>Yes</button></div></div>
<div id="wrapper"><div class="col-main"><div class="headline"><h1>{title}</h1></div>
<div class="share">Share this story: <a href="#">Facebook</a> <a href="#">Email</a></div>
<div class="story-body">{paragraphs}</div>
<div class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></div>
</div><div class="col-side"><h2>Most read this week</h2>
<a href="/1">Markets rally as investors shrug off rate fears</a></div></div>
<div id="foot">Copyright {outlet} | <a href="/terms">Terms of use</a></div></body></html>
"""
INLINE_BOXES = (
    '<div class="ad">ADVERTISEMENT</div>',
    '<p class="related"><a href="/1">Read more: Markets rally as investors shrug off rate fears</a></p>',
)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def bench_jsonl(path: Path, repeat: int) -> dict:
    size_mb = path.stat().st_size / 1e6
    best = float("inf")
    counts: Counter[str] = Counter()
    for _ in range(repeat):
        counts = Counter()
        t0 = time.perf_counter()
        for rec in read_articles([path]):
            counts[type(rec).__name__] += 1
        best = min(best, time.perf_counter() - t0)
    n = counts["Article"]
    return {
        "file_mb": round(size_mb, 2),
        "articles": n,
        "skipped": counts["Skipped"],
        "seconds": round(best, 3),
        "articles_per_s": round(n / best),
        "mb_per_s": round(size_mb / best, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def make_pages(path: Path, out: Path, n: int) -> dict[str, dict]:
    """Write up to ``n`` pages of corpus articles with at least 80 words; return truth."""
    truth = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text, published = doc["text"], doc.get("published")
            if len(WORD.findall(text)) < 80 or not published:
                continue
            words = text.split()
            title = doc.get("title") or " ".join(words[:8]).rstrip(".,;:")
            sentences = SENTENCE_END.split(text)
            paras = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
            blocks = [f"<p>{html.escape(p)}</p>" for p in paras]
            template = PAGE
            if len(truth) % 2:
                template = PAGE_DIVS
                for i, box in enumerate(INLINE_BOXES):
                    blocks.insert(min(len(blocks), 1 + 2 * i), box)
            page = template.format(
                title=html.escape(title),
                outlet=html.escape(doc["outlet"]),
                published=published,
                paragraphs="\n".join(blocks),
            )
            stem = f"page{len(truth):05d}"
            (out / f"{stem}.html").write_text(page, encoding="utf-8")
            truth[stem] = {
                # A title made from the first words is already counted in the text.
                "words": title + " " + text if doc.get("title") else text,
                "published": published,
                "outlet": doc["outlet"],
            }
            if len(truth) >= n:
                break
    return truth


def overlap(reference: str, extracted: str) -> tuple[float, float]:
    ref = Counter(w.lower() for w in WORD.findall(reference))
    got = Counter(w.lower() for w in WORD.findall(extracted))
    common = sum((ref & got).values())
    return common / max(sum(ref.values()), 1), common / max(sum(got.values()), 1)


def score(texts: dict[str, str], truth: dict[str, dict], seconds: float) -> dict:
    recalls, precisions, leaks = [], [], 0
    for stem, info in truth.items():
        got = texts.get(stem, "")
        r, p = overlap(info["words"], got)
        recalls.append(r)
        precisions.append(p)
        leaks += any(b in got for b in BOILERPLATE)
    n = len(truth)
    return {
        "pages": n,
        "extracted": len(texts),
        "seconds": round(seconds, 2),
        "pages_per_s": round(n / seconds, 1),
        "word_recall": round(sum(recalls) / n, 3),
        "word_precision": round(sum(precisions) / n, 3),
        "pages_leaking_boilerplate": round(leaks / n, 3),
    }


def bench_html(path: Path, n_pages: int, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        truth = make_pages(path, folder, n_pages)

        traf_s = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            arts = [r for r in read_articles([folder]) if isinstance(r, Article)]
            traf_s = min(traf_s, time.perf_counter() - t0)
        traf = score({a.id: a.text for a in arts}, truth, traf_s)
        traf["dates_recovered"] = round(
            sum(
                a.published is not None and a.published.isoformat() == truth[a.id]["published"]
                for a in arts
            )
            / len(truth),
            3,
        )
        traf["outlets_recovered"] = round(
            sum(a.outlet == truth[a.id]["outlet"] for a in arts) / len(truth), 3
        )

        naive_s = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            naive = {}
            for f in sorted(folder.glob("*.html")):
                naive[f.stem] = lxml.html.fromstring(f.read_bytes()).text_content()
            naive_s = min(naive_s, time.perf_counter() - t0)
        base = score(naive, truth, naive_s)
    return {"trafilatura": traf, "lxml_text_content": base}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    results = {"rss_at_start_mb": round(peak_rss_mb(), 1)}
    results["jsonl"] = bench_jsonl(args.corpus, args.repeat)
    results["html"] = bench_html(args.corpus, args.pages, args.repeat)
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)

    j = results["jsonl"]
    print(
        f"jsonl  {j['articles']} articles ({j['skipped']} skipped), {j['file_mb']} MB in "
        f"{j['seconds']} s: {j['articles_per_s']} articles/s, {j['mb_per_s']} MB/s, "
        f"peak RSS {j['peak_rss_mb']} MB (start {results['rss_at_start_mb']} MB)"
    )
    for name, h in results["html"].items():
        extra = ""
        if "dates_recovered" in h:
            extra = f", dates {h['dates_recovered']:.3f}, outlets {h['outlets_recovered']:.3f}"
        print(
            f"html   {name:18s} {h['pages']} pages in {h['seconds']} s: {h['pages_per_s']} pages/s, "
            f"word recall {h['word_recall']:.3f}, precision {h['word_precision']:.3f}, "
            f"boilerplate leaks {h['pages_leaking_boilerplate']:.3f}{extra}"
        )
    print(f"peak RSS {results['peak_rss_mb']} MB")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
