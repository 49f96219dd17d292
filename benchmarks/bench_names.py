"""Benchmark of person-name grouping across articles (``names.canonical_people``).

usage: python benchmarks/bench_names.py [--names N ...] [--naive-max N] [--seed S]

A store's speaker list and a dossier's people table group every distinct speaker name of a
collection, so this must stay near linear. Names are generated here (given names, short
forms, initials, titles, bare surnames, generational suffixes over a pool of surnames),
then mapped to one name per person by ``canonical_people``, whose grouping step
(``group_full_names``) compares a name only with the people of its surname. In the same
run, up to ``--naive-max`` names, that step is also done by the obvious loop that compares
each name with every person found so far. Prints names/s for both and checks that the
two find the same people. Outlet names (``canonical_outlets``, which finds a name's
outlet through the words it must share) are measured the same way.
"""

from __future__ import annotations

import argparse
import random
import time

from whosaid.names import (
    canonical_outlets,
    canonical_people,
    group_full_names,
    person_parts,
    same_outlet,
    same_person,
)

GIVEN = "Anna Andrew Andy Ben Benjamin Bill William Chris Christopher Lena Karl Kate Katherine"


def make_names(n: int, seed: int) -> list[str]:
    """``n`` written names over about ``n / 4`` surnames, in the shapes articles use."""
    rng = random.Random(seed)
    given = GIVEN.split() + [f"Given{i}" for i in range(max(10, n // 40))]
    surnames = [f"Surname{i}" for i in range(max(10, n // 4))]
    out = []
    for _ in range(n):
        g, s, r = rng.choice(given), rng.choice(surnames), rng.random()
        if r < 0.6:
            out.append(f"{g} {s}")
        elif r < 0.7:
            out.append(f"{g[0]}. {s}")
        elif r < 0.8:
            out.append(f"Mr. {s}")
        elif r < 0.85:
            out.append(f"{g} {s} Jr.")
        else:
            out.append(s)
    return out


def naive_groups(full: list[str]) -> list[list[str]]:
    """``group_full_names`` as the obvious loop: each name against every person so far."""
    people: list[list[str]] = []
    for n in full:
        fits = [g for g in people if all(same_person(n, m) for m in g)]
        if len(fits) == 1:
            fits[0].append(n)
        else:
            people.append([n])
    return people


def make_outlets(n: int, seed: int) -> list[str]:
    """``n`` outlet names: full names, short forms ("the Lantern"), shared head words."""
    rng = random.Random(seed)
    heads = ["Times", "Post", "Star", "Gazette", "Herald", "Weekly", "Review"]
    out = []
    for i in range(n):
        head, r = rng.choice(heads), rng.random()
        place = f"Place{i // 3}"
        out.append(
            f"The {place} {head}" if r < 0.4 else f"{place} Daily {head}" if r < 0.7 else place
        )
    return out


def naive_outlets(names: list[str]) -> list[str]:
    """``canonical_outlets`` as the obvious loop: each name against every outlet kept."""
    out: list[str] = []
    for n in sorted(set(names), key=lambda s: (-len(s), s)):
        if not any(same_outlet(n, o) for o in out):
            out.append(n)
    return sorted(out)


def _timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def _people_line(names: list[str], naive_max: int) -> str:
    canon, secs = _timed(canonical_people, names)
    n = len(names)
    line = f"{n:>8,} names: {n / secs:>10,.0f} names/s ({secs:.2f} s), {len(set(canon.values())):,} people"
    if n <= naive_max:
        full = sorted({m for m in names if len(person_parts(m)) >= 2})
        ours, secs = _timed(group_full_names, full)
        naive, nsecs = _timed(naive_groups, full)
        same = "same people" if naive == ours else "DIFFERENT people"
        line += (
            f" | grouping {len(full):,} full names: {secs:.3f} s, naive loop {nsecs:.2f} s, {same}"
        )
    return line


def _outlets_line(names: list[str], naive_max: int) -> str:
    canon, secs = _timed(canonical_outlets, names)
    n = len(names)
    line = f"{n:>8,} outlet names: {n / secs:>10,.0f} names/s, {len(canon):,} outlets"
    if n <= naive_max:
        naive, nsecs = _timed(naive_outlets, names)
        same = "same outlets" if naive == canon else "DIFFERENT outlets"
        line += f" | naive loop: {n / nsecs:,.0f} names/s, {same}"
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", type=int, nargs="+", default=[2_000, 20_000, 200_000])
    ap.add_argument("--naive-max", type=int, default=4_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    for n in args.names:
        print(_people_line(make_names(n, args.seed), args.naive_max), flush=True)
    for n in args.names:
        print(_outlets_line(make_outlets(n, args.seed), args.naive_max), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
