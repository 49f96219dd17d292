"""Contradictions between facts stated in different articles (written for these tests)."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from whosaid.assess.facts import fact_conflicts
from whosaid.extract.dates import find_timexes
from whosaid.extract.facts import find_facts
from whosaid.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_scale import naive_fact_conflicts  # noqa: E402  (the all-pairs reference)


def _facts(nlp, id: str, text: str, published: str):
    a = Article(id=id, text=text, published=date.fromisoformat(published))
    return find_facts(nlp(text), a, find_timexes(text, a.published))


# (article A text, date, article B text, date, number of conflicts)
PAIRS = [
    # "married in 2011" vs "after 11 years of marriage" on 2023-08-07: 2011 vs
    # 2011-08-08 ... 2012-08-07 overlap, so they agree
    (
        "Tess Arden, who married the dancer in 2011, filed papers.", "2024-01-27",
        "After 11 years of marriage, Tess Arden and Jon Arden are now separated.", "2023-08-07",
        0,
    ),
    # ages that imply disjoint birth ranges disagree: 42 on 2024-01-27 (1981-01-28 ...
    # 1982-01-27) against 40 on 2023-08-07 (1982-08-08 ... 1983-08-07)
    (
        "Tess Arden, 42, filed papers.", "2024-01-27",
        "Tess Arden, 40, was seen in town.", "2023-08-07",
        1,
    ),
    # a year apart in the same direction is consistent: 41 then 42 six months later
    (
        "Tess Arden, 41, filed papers.", "2023-08-07",
        "Tess Arden, 42, was seen in town.", "2024-01-27",
        0,
    ),
    # "Arden" alone is the same person as "Tess Arden"
    (
        "Tess Arden, 42, filed papers.", "2024-01-27",
        "Arden, 38, was seen in town.", "2024-01-20",
        1,
    ),
    # an age in an appositive ("a 53-year-old geologist") against "Name, 48,": born
    # 1970-01-28 ... 1971-01-27 against 1974-08-08 ... 1975-08-07
    (
        "Tomas Hale, a 53-year-old geologist, led the survey.", "2024-01-27",
        "Tomas Hale, 48, was seen in town.", "2023-08-07",
        1,
    ),
    # "Name, who is 53" and "Name is 53." against "Name, 53," agree
    (
        "Tomas Hale, who is 53, led the survey.", "2024-01-27",
        "Tomas Hale, 53, was seen in town.", "2024-01-20",
        0,
    ),
    (
        "Tomas Hale is 53.", "2024-01-27",
        "Tomas Hale, a 53-year-old geologist, was seen in town.", "2024-01-20",
        0,
    ),
    # different people: no comparison
    (
        "Tess Arden, 42, filed papers.", "2024-01-27",
        "Mia Rowe, 30, was seen in town.", "2024-01-20",
        0,
    ),
    # different kinds: no comparison
    (
        "Tess Arden married the dancer in 2011.", "2024-01-27",
        "Tess Arden divorced the dancer in 2019.", "2024-01-20",
        0,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text_a", "pub_a", "text_b", "pub_b", "n"), PAIRS)
def test_conflicts(nlp, text_a, pub_a, text_b, pub_b, n):
    fa = _facts(nlp, "a", text_a, pub_a)
    fb = _facts(nlp, "b", text_b, pub_b)
    assert fa and fb, "the pipeline found no facts to compare"
    pairs = fact_conflicts(fa + fb)
    assert len(pairs) == n
    for x, y in pairs:
        assert {x.article_id, y.article_id} == {"a", "b"}  # both sources are carried
        assert x.kind == y.kind
        assert x.hi < y.lo or y.hi < x.lo


def test_an_appositive_age_conflicts_with_a_comma_age(nlp):
    """ "Name, a 53-year-old geologist" in one article, "Name, 48," in another."""
    facts = _facts(nlp, "a", "Tomas Hale, a 53-year-old geologist, led the survey.", "2024-01-27")
    facts += _facts(nlp, "b", "Hale, 48, was seen in town.", "2023-08-07")
    (pair,) = fact_conflicts(facts)
    assert [(f.article_id, f.subject, f.kind, f.stated) for f in pair] == [
        ("a", "Tomas Hale", "born", "53"),
        ("b", "Tomas Hale", "born", "48"),
    ]


def test_short_names_merge_and_one_disagreement_is_reported_once(nlp):
    """Two articles give 34, a third 36: one conflict, named by the full name."""
    facts = (
        _facts(nlp, "a", "Pop singer Nora Vance, 34, toured Europe.", "2024-03-04")
        + _facts(nlp, "b", "Vance, 34, was seen in Rome.", "2024-09-20")
        + _facts(nlp, "c", "Nora, 36, left the studio early.", "2024-09-14")
    )
    assert {f.subject for f in facts} == {"Nora Vance", "Vance", "Nora"}
    pairs = fact_conflicts(facts)
    assert len(pairs) == 1
    (x, y) = pairs[0]
    assert x.subject == y.subject == "Nora Vance"
    assert {x.stated, y.stated} == {"34", "36"}
    assert "c" in {x.article_id, y.article_id}


def test_full_name_from_other_mentions_merges_short_names(nlp):
    """Facts give only "Vance" and "Nora"; a name mentioned in the set joins them."""
    facts = _facts(nlp, "b", "Vance, 34, was seen in Rome.", "2024-09-20") + _facts(
        nlp, "c", "Nora, 36, left the studio early.", "2024-09-14"
    )
    assert fact_conflicts(facts) == []  # two different people as far as the facts go
    (pair,) = fact_conflicts(facts, names=["Nora Vance", "Elias Brandt"])
    assert {f.subject for f in pair} == {"Nora Vance"}


def test_two_facts_of_one_article_are_no_conflict():
    """Within one article a disagreement is an extraction slip (two people), not two
    sources that disagree; the first pair across articles stands for it instead."""
    from whosaid.model import Fact, Span

    def age(article_id, start, lo, hi):
        return Fact(article_id=article_id, subject="Tess Arden", kind="born",
                    span=Span(start=start, end=start + 1, text="x"),
                    lo=date.fromisoformat(lo), hi=date.fromisoformat(hi))  # fmt: skip

    a45 = age("a", 0, "1964-06-05", "1965-06-04")
    a41 = age("a", 9, "1968-06-06", "1969-06-05")
    assert fact_conflicts([a45, a41]) == []
    b41 = age("b", 0, "1968-06-07", "1969-06-06")
    assert fact_conflicts([a45, a41, b41]) == [(a45, b41)]


def test_a_marriage_disagreement_is_reported_once_for_the_couple(nlp):
    facts = _facts(nlp, "a", "Nora Vance and Elias Brandt married in 2016.", "2024-01-10")
    facts += _facts(
        nlp, "b", "Nora Vance and Elias Brandt split after nine years of marriage.", "2023-08-07"
    )
    assert len({f.subject for f in facts}) == 2 and len(facts) == 4
    (pair,) = fact_conflicts(facts)  # not once per spouse
    assert {f.article_id for f in pair} == {"a", "b"}
    assert all(f.kind == "married" for f in pair)


def test_facts_about_either_spouse_compare_once_a_statement_links_them(nlp):
    """One article dates her marriage, another his; a third names them as a couple."""
    hers = _facts(nlp, "a", "Nora Vance married the actor in 2016.", "2024-01-10")
    his = _facts(
        nlp, "b", "Elias Brandt filed for divorce after nine years of marriage.", "2023-08-07"
    )
    both = _facts(nlp, "c", "Elias Brandt married Nora Vance in 2016 in Lyon.", "2024-01-10")
    assert fact_conflicts(hers + his) == []  # nothing says they are married to each other
    pairs = fact_conflicts(hers + his + both)
    assert len(pairs) == 1
    assert "b" in {f.article_id for f in pairs[0]}


def test_a_person_with_two_spouses_links_no_couple(nlp):
    facts = _facts(nlp, "a", "Nora Vance married Elias Brandt in 2010.", "2024-01-10")
    facts += _facts(nlp, "b", "Nora Vance married Tom Reyes in 2018.", "2024-01-10")
    for x, y in fact_conflicts(facts):
        assert {x.subject, y.subject} != {"Elias Brandt", "Tom Reyes"}


def test_conflict_pairs_on_seed_articles(seeds, nlp):
    """The two seed articles agree on the facts they share: no conflict."""
    facts = []
    for p in sorted(seeds.glob("*.txt")):
        first, _, text = p.read_text(encoding="utf-8").partition("\n")
        pub = re.match(r"\s*date\s+(\d{4}-\d\d-\d\d)", first)[1]
        facts += _facts(nlp, p.stem, text, pub)
    by_kind = {f.kind for f in facts}
    assert {"born", "married"} <= by_kind
    # the same child's age is given in both articles, in ranges that overlap
    ids = {f.article_id for f in facts if f.kind == "born"}
    assert len(ids) == 2
    assert fact_conflicts(facts) == []


@pytest.mark.parametrize("seed", range(40))
def test_conflicts_are_the_pairs_of_the_all_pairs_loop(seed):
    """Random ranges, chains of agreeing facts among them (1-2, 2-3, 3-4 agree, 1-4 do
    not): the same pairs, in the same order, as the loop over every pair of facts."""
    import random
    from datetime import timedelta

    from whosaid.model import Fact, Span

    rnd = random.Random(seed)
    day0 = date(1980, 1, 1)
    facts = []
    for k in range(rnd.randrange(1, 60)):
        lo = day0 + timedelta(days=rnd.randrange(0, 3000, rnd.choice((1, 90, 365))))
        hi = lo + timedelta(days=rnd.choice((0, 30, 364, 700)))
        facts.append(
            Fact(
                article_id=f"a{rnd.randrange(20):02d}",
                subject="Tess Arden",
                kind="born",
                span=Span(start=k, end=k + 1, text="x"),
                lo=lo,
                hi=hi,
            )
        )
    assert fact_conflicts(facts) == naive_fact_conflicts(facts)
