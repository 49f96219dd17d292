"""Score whosaid's quotation/attribution extractor on PolNeAR dev.

Usage:
    .venv/bin/python benchmarks/eval_attribution.py [--shared ../shared] [--out FILE]
        [--limit N] [--errors N] [--fast] [--gold FILE] [--constructions]

Runs ``extract_articles`` over ``shared/eval/polnear/dev.jsonl``, writes contract JSONL
(default ``/tmp/whosaid_polnear_pred.jsonl``), runs ``shared/eval/score_attribution.py``
and prints its table and summary line, then recall and precision per ``method``.
``--fast`` uses selective parsing (``whosaid.extract.fastparse``).
``--errors N`` prints N missed gold contents and N unmatched predictions for analysis.
``--gold FILE`` scores another gold file that carries the texts (contract gold JSONL, as
``build_polnear.py`` writes), e.g. the PolNeAR train samples of
``benchmarks/polnear_samples.tsv``. ``--constructions`` then prints recall per
construction (``attribution_constructions.py``).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from whosaid.config import Settings
from whosaid.extract import extract_articles
from whosaid.model import Article

ROOT = Path(__file__).resolve().parents[1]


def _article(d: dict) -> Article:
    pub = date.fromisoformat(d["published"]) if d.get("published") else None
    return Article(
        id=d["id"], text=d["text"], published=pub, outlet=d.get("outlet"), title=d.get("title")
    )


def _overlap_report(gold_path: Path, preds: list[dict], n: int) -> None:
    """Print missed gold contents and unmatched predictions (loose: any 50% overlap)."""
    gold = {g["id"]: g for g in map(json.loads, gold_path.open(encoding="utf-8"))}
    missed, spurious = [], []
    per_method = collections.Counter()
    hit_method = collections.Counter()
    for p in preds:
        g = gold.get(p["id"])
        if g is None:
            continue
        t = g["text"]
        gsets = [set().union(*(range(s, e) for s, e in a["content"])) for a in g["attributions"]]
        used = set()
        for q in p["quotes"]:
            ps = set(range(q["content"]["start"], q["content"]["end"]))
            best = max(
                ((len(ps & gs) / max(1, len(ps | gs)), i) for i, gs in enumerate(gsets)),
                default=(0, -1),
            )
            per_method[q.get("method")] += 1
            if best[0] >= 0.5:
                used.add(best[1])
                hit_method[q.get("method")] += 1
            else:
                spurious.append((q.get("method"), q["content"]["text"][:160]))
        for i, a in enumerate(g["attributions"]):
            if i not in used:
                src = " ".join(t[s:e] for s, e in a["source"])
                cue = " ".join(t[s:e] for s, e in a["cue"])
                c = " || ".join(t[s:e] for s, e in a["content"])
                missed.append((src, cue, a.get("quoting"), c[:160]))
    print("\nper method: predicted / loosely matched")
    for m, k in per_method.most_common():
        print(f"  {m!s:12} {k:5d} {hit_method[m]:5d}  ({hit_method[m] / k:.2f})")
    if n:
        print(f"\n{n} missed gold contents (source < cue > quoting :: content):")
        for src, cue, qk, c in missed[:: max(1, len(missed) // n)][:n]:
            print(f"  {src!r} < {cue!r} > {qk} :: {c!r}")
        print(f"\n{n} unmatched predictions (method :: content):")
        for m, c in spurious[:: max(1, len(spurious) // n)][:n]:
            print(f"  {m} :: {c!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/whosaid_polnear_pred.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--fast", action="store_true", help="selective parsing (fastparse)")
    ap.add_argument(
        "--gold",
        type=Path,
        help="another gold file with texts (e.g. PolNeAR train samples rebuilt as in "
        "benchmarks/polnear_samples.tsv); default: PolNeAR dev",
    )
    ap.add_argument(
        "--constructions", action="store_true", help="recall per construction, from gold"
    )
    args = ap.parse_args(argv)
    pn = args.shared / "eval" / "polnear"
    source = args.gold or pn / "dev.jsonl"
    docs = [json.loads(line) for line in source.open(encoding="utf-8")]
    if args.limit:
        docs = docs[: args.limit]
    t0 = time.perf_counter()
    settings = Settings(fast=args.fast)
    preds = [x.to_dict() for x in extract_articles((_article(d) for d in docs), settings)]
    secs = time.perf_counter() - t0
    with args.out.open("w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    gold = args.gold or pn / "dev.gold.jsonl"
    if args.limit:
        sub = Path(str(args.out) + ".gold")
        keep = {d["id"] for d in docs}
        with sub.open("w", encoding="utf-8") as f:
            for line in gold.open(encoding="utf-8"):
                if json.loads(line)["id"] in keep:
                    f.write(line)
        gold = sub
    print(f"{len(docs)} documents, {sum(len(p['quotes']) for p in preds)} quotes, {secs:.1f} s")
    _overlap_report(gold, preds, args.errors)
    scorer = args.shared / "eval" / "score_attribution.py"
    res = subprocess.run([sys.executable, str(scorer), str(gold), str(args.out)], check=False)
    if args.constructions and res.returncode == 0:
        from attribution_constructions import main as constructions

        print()
        return constructions([str(gold), str(args.out), "--shared", str(args.shared)])
    return res.returncode


if __name__ == "__main__":
    raise SystemExit(main())
