"""Web app latency over a real store, idle and while an upload is being ingested.

Fills a store with the first N articles of the shared bpoil corpus through
``whosaid.api.ingest`` (or reuses ``--db``), then times every page and API route
in-process (FastAPI TestClient: no network, so the figures are the app's own cost), and
times the same reads again while a background upload of more corpus articles runs.

    .venv/bin/python benchmarks/bench_web.py [--articles 300] [--upload 40] [--db store.db]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from fastapi.testclient import TestClient

from whosaid import api
from whosaid.store import Store
from whosaid.web import create_app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bpoil.jsonl"
REPEATS = 5
# Articles in the timed dossier (the web app caps a dossier at 100).
DOSSIER_ARTICLES = 20


def corpus_slice(start: int, n: int, folder: Path) -> Path:
    out = folder / f"corpus-{start}-{start + n}.jsonl"
    with CORPUS.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for i, line in enumerate(f):
            if start <= i < start + n:
                w.write(line)
    return out


def timed(client: TestClient, path: str, repeats: int = REPEATS) -> tuple[float, float, int]:
    """Median and max milliseconds of ``repeats`` GETs, and the last status."""
    ms = []
    status = 0
    for _ in range(repeats):
        t = time.perf_counter()
        status = client.get(path).status_code
        ms.append((time.perf_counter() - t) * 1000)
    return statistics.median(ms), max(ms), status


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--upload", type=int, default=40)
    ap.add_argument("--db", type=Path, default=None, help="reuse this store instead")
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    tmp = Path(tempfile.mkdtemp(prefix="whosaid-bench-web-"))
    db = args.db or tmp / "bench.db"
    if args.db is None:
        t = time.perf_counter()
        with Store(db) as store:
            rep = api.ingest([corpus_slice(0, args.articles, tmp)], store)
        print(
            f"ingest {rep.usable} articles: {time.perf_counter() - t:.1f} s "
            f"({rep.usable / (time.perf_counter() - t):.1f} articles/s)"
        )
    with Store(db) as store:
        stats = store.stats()
        ids = [a.id for a, _ in zip(store.articles(), range(DOSSIER_ARTICLES), strict=False)]
        some = ids[0]
        link = store.links()[0] if store.links() else None
        hit = next((h for h in store.search("oil", kind="quote", limit=5)), None)
    print(
        f"store: {stats['articles']} articles, {stats['quotes']} quotes, "
        f"{stats['links']} quote groups"
    )

    app = create_app(db)
    routes = [
        "/",
        "/search?q=oil+spill",
        "/api/search?q=oil+spill&limit=50",
        f"/article/{some}",
        f"/api/articles/{some}",
        "/groups",
        "/api/groups",
        "/speakers",
        "/speaker?descriptor=source",
        "/api/articles?limit=500",
        "/dossier?" + urlencode({"id": ids}, doseq=True),
    ]
    if link is not None and link.key:
        routes.append(f"/group/{link.key}")
    if hit:
        routes.append(f"/quote/{hit['quote_id']}")
    with TestClient(app) as c:
        idle = {r: timed(c, r) for r in routes}
        print(f"\n{'route':44} {'median ms':>10} {'max ms':>8} status")
        for r, (med, mx, st) in idle.items():
            print(f"{r[:44]:44} {med:10.1f} {mx:8.1f} {st}")

        upload = corpus_slice(args.articles, args.upload, tmp)
        t0 = time.perf_counter()
        job = c.post("/api/uploads", files={"files": (upload.name, upload.read_bytes())}).json()
        job_id = job["job"]["id"]
        busy: list[float] = []
        state = "queued"
        while state in ("queued", "running"):
            for r in ("/api/stats", "/search?q=oil+spill", f"/article/{some}"):
                t = time.perf_counter()
                c.get(r)
                busy.append((time.perf_counter() - t) * 1000)
            snap = c.get(f"/api/jobs/{job_id}").json()["job"]
            state = snap["state"]
        took = time.perf_counter() - t0
        print(
            f"\nupload of {args.upload} articles: {state} in {took:.1f} s "
            f"({json.dumps(snap['result'])[:80]})"
        )
        print(
            f"reads during the upload: {len(busy)} requests, median "
            f"{statistics.median(busy):.1f} ms, max {max(busy):.1f} ms"
        )


if __name__ == "__main__":
    main()
