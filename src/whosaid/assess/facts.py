"""Contradictions between stated facts: two articles that cannot both be right.

A fact (``extract.facts``) bounds a date: a birth date for an age, the start of a marriage
for "married in 2011" or "after 11 years of marriage". Two facts about the same person and
of the same kind conflict when their ranges do not overlap: "42" on 2024-01-27 (born
1981-01-28 ... 1982-01-27) against "40" on 2023-08-07 (born 1982-08-08 ... 1983-08-07).
Ranges that touch or overlap are compatible: "married in 2011" and "after 11 years of
marriage" on 2023-08-07 (2011-08-08 ... 2012-08-07) agree.

People are matched across articles by name: "Natalie Portman", "Portman" and "Natalie" are
one person when the short form fits exactly one full name in the set (as its first or last
word). A short name that fits two full names, or none, stays on its own: output less
rather than merge two people.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from whosaid.model import Fact

# Title words dropped before names are compared ("Mr. Smith" = "Smith").
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"})


def _words(name: str) -> tuple[str, ...]:
    """Case- and accent-folded words of a name, without titles and possessive 's."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = []
    for w in folded.replace("’", "'").split():
        w = w.strip(".,'\"")
        if w.endswith("'s"):
            w = w[:-2]
        if w and w not in TITLES:
            words.append(w)
    return tuple(words)


def person_keys(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Map each name to a person key, merging short forms into the one full name they fit.

    Args:
        names: names as written ("Natalie Portman", "Portman", "Natalie").

    Returns:
        ``{name: key}``; names with the same key are taken to be the same person.
    """
    words = {n: _words(n) for n in names}
    full = {w for w in words.values() if len(w) >= 2}
    keys: dict[str, tuple[str, ...]] = {}
    for n, w in words.items():
        if len(w) >= 2 or not w:
            keys[n] = w
            continue
        fits = {f for f in full if w[0] in (f[0], f[-1])}
        keys[n] = next(iter(fits)) if len(fits) == 1 else w
    return keys


def _overlap(a: Fact, b: Fact) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi  # type: ignore[operator]


def fact_conflicts(facts: Iterable[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs of facts about the same person and kind whose date ranges do not overlap.

    Args:
        facts: facts from any number of articles (each carries ``article_id`` and ``span``).

    Returns:
        ``(a, b)`` pairs, each pair once, ``a`` the one stated first (by article id, then
        position). Facts without a range are ignored.
    """
    usable = [f for f in facts if f.lo is not None and f.hi is not None]
    keys = person_keys({f.subject for f in usable})
    groups: dict[tuple[tuple[str, ...], str], list[Fact]] = defaultdict(list)
    for f in usable:
        groups[(keys[f.subject], f.kind)].append(f)
    out: list[tuple[Fact, Fact]] = []
    for group in groups.values():
        group.sort(key=lambda f: (f.article_id, f.span.start))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if not _overlap(a, b):
                    out.append((a, b))
    return out
