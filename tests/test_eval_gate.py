"""Quality floors: the shared scorers run on `whosaid extract` output, as the contract says.

The floors live in tests/eval_baseline.json; a drop of more than EPSILON fails. Raise
them on purpose when quality improves (trafilatura's eval gate).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text())
# Run-to-run noise is zero (extraction is deterministic); this only absorbs float rounding.
EPSILON = 0.005


def _extract(inp: Path, out: Path, *options: str) -> None:
    with out.open("w") as f:
        r = subprocess.run(
            [sys.executable, "-m", "whosaid", "extract", str(inp), "--format", "jsonl", *options],
            stdout=f,
            stderr=subprocess.PIPE,
            text=True,
            timeout=900,
        )
    assert r.returncode == 0, r.stderr[-2000:]
    # no document may fail to extract (a failure is reported per document, not raised)
    failed = [d["id"] for d in map(json.loads, out.open(encoding="utf-8")) if d.get("error")]
    assert failed == [], failed


def _score(args: list[str]) -> dict:
    r = subprocess.run(
        [sys.executable, *args, "--json"], capture_output=True, text=True, check=True
    )
    # The JSON object is one line; a summary line may follow it on stdout.
    return json.loads(next(line for line in r.stdout.splitlines() if line.startswith("{")))


def _metric(scores: dict, path: str) -> float:
    v = scores
    for k in path.split("."):
        v = v[k]
    return float(v)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("options", "floors"), [((), "polnear_dev"), (("--fast",), "polnear_dev_fast")]
)
def test_polnear_attribution_floor(shared, tmp_path, options, floors):
    ev = shared / "eval"
    pred = tmp_path / "pred.jsonl"
    _extract(ev / "polnear" / "dev.jsonl", pred, *options)
    s = _score(
        [str(ev / "score_attribution.py"), str(ev / "polnear" / "dev.gold.jsonl"), str(pred)]
    )
    for path, floor in BASELINE[floors].items():
        assert _metric(s, path) >= floor - EPSILON, (path, _metric(s, path), floor)


@pytest.mark.slow
def test_timex_floor(shared, tmp_path):
    ev = shared / "eval"
    pred = tmp_path / "pred.jsonl"
    _extract(ev / "timex" / "train.jsonl", pred)
    s = _score(
        [
            str(ev / "score_timex.py"),
            str(ev / "timex" / "train.gold.jsonl"),
            str(pred),
            "--input",
            str(ev / "timex" / "train.jsonl"),
        ]
    )
    for path, floor in BASELINE["timex_train"].items():
        assert _metric(s, path) >= floor - EPSILON, (path, _metric(s, path), floor)
