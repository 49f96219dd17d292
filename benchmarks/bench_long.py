"""Extraction time against article length, for one long line of repeated prose.

Usage:
    .venv/bin/python benchmarks/bench_long.py [--sizes 42 84 168 336] [--kind rep] [--fast]

Builds one article per size (kB) by repeating a short passage on a single line (kinds:
``rep`` a quotation and a "said" clause, ``desc`` descriptions needing an antecedent,
``pron`` pronouns after named subjects, ``nobreak`` no sentence break the parser trusts,
``dates`` many relative dates) and prints parse and extract seconds per size, and the
extract time per kB. Near-linear code keeps the last column flat as the size doubles; a
quadratic step doubles it (QA review: 82 kB took 34 s, 164 kB 120 s).
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from whosaid.config import Settings
from whosaid.extract import _parse, extract_one
from whosaid.extract.pipeline import load_nlp
from whosaid.model import Article

KINDS = {
    "rep": '"The show will open in May," the spokesman said. Officials said the plan was sound. ',
    "desc": 'Julian Ode, the choreographer, arrived. "It is done," the choreographer said. '
    'A source said it was fine. "Yes," another said. ',
    "pron": 'John Smith spoke on Monday. "We will win," he said. She said it was late last week. ',
    "nobreak": '"the show will open in may," the spokesman said, and officials said the plan '
    "was sound; ",
    "dates": "He said last week that next year the plan, due on Monday, would open in May "
    "2010, three years ago. ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[42, 84, 168, 336])
    ap.add_argument("--kind", choices=sorted(KINDS), default="rep")
    ap.add_argument("--fast", action="store_true", help="the selective-parse path")
    args = ap.parse_args()
    settings = Settings(fast=args.fast)
    nlp = load_nlp(settings.model)
    unit = KINDS[args.kind]
    print(f"kind={args.kind} fast={args.fast}")
    for kb in args.sizes:
        text = unit * (kb * 1000 // len(unit))
        article = Article(id=f"{args.kind}{kb}", text=text, published=date(2024, 1, 2))
        t0 = time.perf_counter()
        [(doc, _)] = list(_parse(nlp, [article], settings, 1))
        t1 = time.perf_counter()
        ex = extract_one(doc, article)
        t2 = time.perf_counter()
        print(
            f"{len(text) / 1000:6.0f} kB  parse {t1 - t0:6.1f} s  extract {t2 - t1:6.1f} s  "
            f"({(t2 - t1) / len(text) * 1000:.3f} s/kB)  {len(ex.quotes)} quotes"
        )


if __name__ == "__main__":
    main()
