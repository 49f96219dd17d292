"""Scale checks of the stages after extraction: a wire story reprinted everywhere.

usage: python benchmarks/bench_scale.py [--sizes N ...] [--naive-max N] [--only NAME ...]

A wire quote printed by thousands of articles makes one very large group: one person's
stated age in every article, one quote group with an occurrence per article, a dossier
with thousands of articles. Each check builds such a collection here (no spaCy), times
the code at each ``--sizes`` and, up to ``--naive-max``, the obvious way the code used to
do it (kept below), checks that both give the same result, and prints items/s for both.

Checks:

- ``facts``: ``fact_conflicts`` over one person's age in every article (three ages, so
  three accounts that disagree), against the loop over every pair of facts.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from whosaid.assess.facts import fact_conflicts
from whosaid.model import Fact, Span


def age_facts(n: int) -> list[Fact]:
    """One person's age, 40, 41 or 42, stated by ``n`` articles over two months."""
    out = []
    for i in range(n):
        pub = date(2024, 1, 1) + timedelta(days=i % 60)
        age = 40 + i % 3
        out.append(
            Fact(
                article_id=f"a{i:07d}",
                subject="Lee" if i % 4 else "Ann Lee",
                kind="born",
                span=Span(start=10, end=17, text=f"Lee, {age}"),
                lo=date(pub.year - age - 1, pub.month, 1) + timedelta(days=1),
                hi=date(pub.year - age, pub.month, 1),
                stated=str(age),
            )
        )
    return out


def naive_fact_conflicts(facts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """``fact_conflicts`` for one person and kind as the loop over every pair of facts."""
    group = sorted(facts, key=lambda f: (f.article_id, f.span.start))
    parent = list(range(len(group)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def overlap(a: Fact, b: Fact) -> bool:
        return a.lo <= b.hi and b.lo <= a.hi  # type: ignore[operator]

    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            if overlap(a, group[j]):
                parent[find(i)] = find(j)
    out, reported = [], set()
    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            pair = frozenset({find(i), find(j)})
            if overlap(a, group[j]) or pair in reported:
                continue
            reported.add(pair)
            out.append((replace(a, subject="Ann Lee"), replace(group[j], subject="Ann Lee")))
    return out


def check_facts(n: int, naive: bool) -> tuple[float, float | None]:
    facts = age_facts(n)
    new, t_new = timed(lambda: fact_conflicts(facts))
    if not naive:
        return t_new, None
    old, t_old = timed(lambda: naive_fact_conflicts(facts))
    assert new == old, "fact_conflicts differs from the all-pairs loop"
    return t_new, t_old


CHECKS: dict[str, tuple[str, Callable[[int, bool], tuple[float, float | None]]]] = {
    "facts": ("facts", check_facts),
}


def timed(f: Callable[[], Any]) -> tuple[Any, float]:
    t = time.perf_counter()
    out = f()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2_000, 20_000])
    ap.add_argument("--naive-max", type=int, default=2_000)
    ap.add_argument("--only", nargs="+", choices=sorted(CHECKS))
    args = ap.parse_args()
    for name, (unit, check) in CHECKS.items():
        if args.only and name not in args.only:
            continue
        for n in args.sizes:
            t_new, t_old = check(n, n <= args.naive_max)
            line = f"{name:8s} {n:>9,} {unit}: {t_new:7.3f} s ({n / t_new:>12,.0f} {unit}/s)"
            if t_old is not None:
                line += f"; old way {t_old:7.3f} s ({n / t_old:>10,.0f} {unit}/s), same result"
            print(line, flush=True)


if __name__ == "__main__":
    main()
