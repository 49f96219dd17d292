"""Score whosaid's TIMEX3 tagger on the TempEval-3 training set and time it against dateparser.

Usage:
    .venv/bin/python benchmarks/eval_timex.py [--shared ../shared] [--errors N] [--corpus]
        [--no-dateparser]

Writes the predictions to ``/tmp/whosaid_timex_pred.jsonl``, runs the shared scorer
(``shared/eval/score_timex.py``) on them and prints its table and summary line, then the
speed of ``find_timexes`` and of dateparser's ``search_dates`` on the same texts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

from whosaid.extract.dates import find_timexes

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--corpus", action="store_true", help="also time the shared news corpus")
    ap.add_argument("--out", type=Path, default=Path("/tmp/whosaid_timex_pred.jsonl"))
    args = ap.parse_args(argv)
    ev = args.shared / "eval"
    inp = ev / "timex" / "train.jsonl"
    docs = [json.loads(line) for line in inp.open(encoding="utf-8") if line.strip()]

    t0 = time.perf_counter()
    recs = []
    for d in docs:
        pub = date.fromisoformat(d["published"]) if d.get("published") else None
        tx = find_timexes(d["text"], pub)
        recs.append({"id": d["id"], "quotes": [], "timexes": [t.to_dict() for t in tx]})
    ours = time.perf_counter() - t0
    with args.out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(ev / "score_timex.py"), str(ev / "timex" / "train.gold.jsonl"),
           str(args.out), "--input", str(inp), "--errors", str(args.errors)]  # fmt: skip
    subprocess.run(cmd, check=True)
    chars = sum(len(d["text"]) for d in docs)
    print(f"whosaid find_timexes: {len(docs)} docs in {ours:.2f} s = {len(docs) / ours:.0f} docs/s "
          f"({chars / ours / 1e6:.2f} M chars/s)")  # fmt: skip
    if args.corpus:
        corpus = args.shared / "corpus" / "bpoil.jsonl"
        cdocs = [json.loads(x) for x in corpus.open(encoding="utf-8") if x.strip()]
        t0 = time.perf_counter()
        n = 0
        for d in cdocs:
            pub = date.fromisoformat(d["published"][:10]) if d.get("published") else None
            n += len(find_timexes(d["text"], pub))
        el = time.perf_counter() - t0
        print(f"whosaid find_timexes on {corpus.name}: {len(cdocs)} docs, {n} timexes in "
              f"{el:.2f} s = {len(cdocs) / el:.0f} docs/s")  # fmt: skip
    if not args.no_dateparser:
        try:
            from dateparser.search import search_dates
        except ImportError:
            print("dateparser not installed: speed comparison skipped")
            return 0
        t0 = time.perf_counter()
        for d in docs:
            base = datetime.strptime(d["published"], "%Y-%m-%d")
            # dateparser raises on some inputs; this loop only times it
            with contextlib.suppress(Exception):
                search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": base})
        dp = time.perf_counter() - t0
        print(
            f"dateparser search_dates: {len(docs)} docs in {dp:.2f} s = {len(docs) / dp:.0f} docs/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
