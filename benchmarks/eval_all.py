"""Score `whosaid extract` with the shared scorers, exactly as the evaluation contract says.

    python benchmarks/eval_all.py [--shared ../shared] [--out /tmp/whosaid-eval]

Runs `whosaid extract INPUT.jsonl --format jsonl` (the CLI, as the held-out scoring does)
on PolNeAR dev and on TimeBank/AQUAINT train, then the two scorers, and prints their
summary lines and the extraction throughput. `--json-out` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHOSAID = [sys.executable, "-m", "whosaid"]


def run_extract(inp: Path, out: Path) -> float:
    t = time.perf_counter()
    with out.open("w") as f:
        r = subprocess.run(
            [*WHOSAID, "extract", str(inp), "--format", "jsonl"],
            stdout=f,
            stderr=subprocess.PIPE,
            text=True,
        )
    if r.returncode not in (0, 1):
        sys.exit(f"whosaid extract failed on {inp}: {r.stderr.strip()[-500:]}")
    return time.perf_counter() - t


def score(cmd: list[str]) -> dict:
    r = subprocess.run([sys.executable, *cmd, "--json"], capture_output=True, text=True, check=True)
    return json.loads(next(line for line in r.stdout.splitlines() if line.startswith("{")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/whosaid-eval"))
    ap.add_argument("--json-out", type=Path)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    ev = a.shared / "eval"
    figures = {}

    pol_in, pol_pred = ev / "polnear" / "dev.jsonl", a.out / "polnear.pred.jsonl"
    secs = run_extract(pol_in, pol_pred)
    n = sum(1 for _ in pol_in.open())
    s = score(
        [str(ev / "score_attribution.py"), str(ev / "polnear" / "dev.gold.jsonl"), str(pol_pred)]
    )
    figures["polnear"] = {
        "docs": n,
        "seconds": round(secs, 1),
        "docs_per_s": round(n / secs, 2),
        "scores": s,
    }
    print(f"PolNeAR dev: {n} docs in {secs:.1f} s ({n / secs:.1f} docs/s)")

    tx_in, tx_pred = ev / "timex" / "train.jsonl", a.out / "timex.pred.jsonl"
    secs = run_extract(tx_in, tx_pred)
    n = sum(1 for _ in tx_in.open())
    s2 = score(
        [
            str(ev / "score_timex.py"),
            str(ev / "timex" / "train.gold.jsonl"),
            str(tx_pred),
            "--input",
            str(tx_in),
        ]
    )
    figures["timex"] = {
        "docs": n,
        "seconds": round(secs, 1),
        "docs_per_s": round(n / secs, 2),
        "scores": s2,
    }
    print(f"TimeBank/AQUAINT train: {n} docs in {secs:.1f} s ({n / secs:.1f} docs/s)")
    print(json.dumps(figures, indent=2)[:4000])
    if a.json_out:
        a.json_out.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
