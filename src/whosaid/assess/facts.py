"""Contradictions between stated facts: two articles that cannot both be right.

A fact (``extract.facts``) bounds a date: a birth date for an age, the start of a marriage
for "married in 2011" or "after 11 years of marriage". Two facts about the same person and
of the same kind conflict when their ranges do not overlap: "42" on 2022-11-03 (born
1979-11-04 ... 1980-11-03) against "40" on 2022-05-14 (born 1981-05-15 ... 1982-05-14).
Ranges that touch or overlap are compatible: "married in 2011" and "after 11 years of
marriage" on 2022-05-14 (2010-05-15 ... 2011-05-14) agree.

People are matched across articles by name with ``names.canonical_people``: "Lena Marsh",
"Marsh" and "Lena" are one person when the short form fits exactly one full name in the
set. A short name that fits two full names, or none, stays on its own: output less rather
than merge two people. Each reported pair names the person by that full name.

Only facts of different articles are compared: two facts of one article that disagree
("Smith, 45, and his wife Anna Smith, 41" read as two ages of one person) are nearly always
two people, an extraction slip, not a contradiction between sources.

One disagreement is reported once. Facts of one person and kind that agree (their ranges
overlap, directly or through a chain of agreeing facts) form one account; when two
accounts disagree, the first pair of facts found between them stands for the
disagreement, instead of every pair across them ("34" in two articles against "36" in a
third is one conflict, not two).

A marriage is shared: a statement that names both spouses ("Marsh and Ode married in
2016") makes their "married", "divorced", "separated" and "engaged" facts comparable with
each other, so "Marsh married in 2016" meets "Ode, after nine years of marriage". Only a
couple is linked this way; a person linked to two different spouses is left unlinked.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from whosaid.model import Fact
from whosaid.names import canonical_people


def _overlap(a: Fact, b: Fact) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi  # type: ignore[operator]


# Kinds of fact that belong to a couple rather than to one person.
COUPLE_KINDS = frozenset({"married", "divorced", "separated", "engaged"})


def _couples(facts: list[Fact], keys: dict[str, str]) -> dict:
    """Person -> couple key (both persons), for the partners of a couple.

    Partners are the two people one statement of a couple's fact names ("Marsh and Ode
    married in 2016", "Ode married Marsh in 2016"), each with no other partner in the set.
    """
    statements: dict[tuple, set[str]] = defaultdict(set)
    for f in facts:
        if f.kind in COUPLE_KINDS:
            statements[(f.article_id, f.kind, f.lo, f.hi, f.stated)].add(keys[f.subject])
    spouses: dict[str, set[str]] = defaultdict(set)
    for people in statements.values():
        if len(people) == 2:
            a, b = people
            spouses[a].add(b)
            spouses[b].add(a)
    out = {}
    for a, partners in spouses.items():
        if len(partners) != 1:
            continue  # two spouses in the set: which marriage a fact is about is unclear
        (b,) = partners
        if spouses[b] == {a}:
            out[a] = tuple(sorted((a, b)))
    return out


def fact_conflicts(facts: Iterable[Fact], names: Iterable[str] = ()) -> list[tuple[Fact, Fact]]:
    """Pairs of facts about the same person and kind whose date ranges do not overlap.

    Args:
        facts: facts from any number of articles (each carries ``article_id`` and ``span``).
        names: other names mentioned in the same articles (speakers, people), which let a
            short name in a fact ("Marsh") be matched to its full form ("Lena Marsh").

    Returns:
        ``(a, b)`` pairs of facts from two different articles, one per disagreement
        between accounts (see the module docstring), ``a`` the one stated first (by
        article id, then position). In each
        pair ``subject`` is the person's fullest name in the set. Facts without a range
        are ignored.
    """
    usable = [f for f in facts if f.lo is not None and f.hi is not None]
    subjects = {f.subject for f in usable}
    keys = canonical_people(subjects | set(names))  # written name -> the person's fullest
    couple = _couples(usable, keys)
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in usable:
        who = keys[f.subject]  # a person's key, or for a couple's kinds the couple's
        groups[(couple.get(who, who) if f.kind in COUPLE_KINDS else who, f.kind)].append(f)
    out: list[tuple[Fact, Fact]] = []
    for group in groups.values():
        group.sort(key=lambda f: (f.article_id, f.span.start))
        for i, j in _disagreements(group):
            a, b = group[i], group[j]
            out.append((replace(a, subject=keys[a.subject]),
                        replace(b, subject=keys[b.subject])))  # fmt: skip
    return out


def _disagreements(group: list[Fact]) -> list[tuple[int, int]]:
    """The pairs of ``group`` that stand for its disagreements, in ``(i, j)`` order.

    The same pairs as the first non-overlapping ``(i, j)``, ``i < j``, of two different
    articles, of each pair of accounts (and of each account with itself) in the loop over
    all pairs, found without it: a person's age in 10,000 articles made that loop 50
    million comparisons. Accounts are the connected components of the overlap graph of
    intervals, which a sweep by ``lo`` finds; facts of two accounts never overlap, so the
    first pair of two accounts is found from their first facts (``_first_across``).
    Inside one account (facts that agree through a chain: 1-2, 2-3 and 3-4), the first
    fact with a later one it does not overlap is found by suffix bounds, then that later
    fact by a scan.
    """
    order = sorted(range(len(group)), key=lambda k: group[k].lo)  # type: ignore[arg-type,return-value]
    account = [0] * len(group)
    n_accounts, reach = 0, None
    for k in order:
        f = group[k]
        if reach is None or f.lo > reach:  # type: ignore[operator]
            n_accounts += 1
            reach = f.hi
        else:
            reach = max(reach, f.hi)  # type: ignore[type-var]
        account[k] = n_accounts - 1
    members: list[list[int]] = [[] for _ in range(n_accounts)]
    for k in range(len(group)):
        members[account[k]].append(k)
    pairs = []
    for x, ma in enumerate(members):
        for mb in members[x + 1 :]:
            pairs += _first_across(group, ma, mb)
        pairs += _inner_disagreement(group, ma)
    pairs.sort()
    return pairs


def _first_across(group: list[Fact], ma: list[int], mb: list[int]) -> list[tuple[int, int]]:
    """The first pair ``(i, j)``, ``i < j``, one fact in each of two accounts (indices,
    ascending), from two articles; ``group`` is sorted by article, so the facts skipped
    for sharing ``i``'s article come first and are few."""
    in_a = set(ma)
    for i in sorted(ma + mb):
        other = mb if i in in_a else ma
        for j in other[bisect_right(other, i) :]:
            if group[j].article_id != group[i].article_id:
                return [(i, j)]
    return []


def _inner_disagreement(group: list[Fact], m: list[int]) -> list[tuple[int, int]]:
    """The first pair of one account's facts ``m`` (indices, ascending) that do not overlap."""
    n = len(m)
    max_lo, min_hi = [group[m[-1]].lo] * n, [group[m[-1]].hi] * n
    for x in range(n - 2, -1, -1):
        f = group[m[x]]
        max_lo[x] = max(f.lo, max_lo[x + 1])  # type: ignore[type-var]
        min_hi[x] = min(f.hi, min_hi[x + 1])  # type: ignore[type-var]
    for x in range(n - 1):
        a = group[m[x]]
        if max_lo[x + 1] > a.hi or min_hi[x + 1] < a.lo:  # type: ignore[operator]
            j = next((k for k in m[x + 1 :] if not _overlap(a, group[k])
                      and group[k].article_id != a.article_id), None)  # fmt: skip
            if j is not None:
                return [(m[x], j)]
    return []
