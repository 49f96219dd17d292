"""Linking needs evidence: a short shared passage must be distinctive, not stock phrasing.

The collection is a made-up flood story: 56 articles of its staple sentences (no quotes)
and a few articles that quote. Their words are the story's staple vocabulary ("the river
rose again", "a state of emergency"), or words only the quoting articles use.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from whosaid.link import QuoteIndex, link_quotes, normalize_words
from whosaid.link.align import (
    EVIDENCE_WORDS,
    MIN_EVIDENCE_BITS,
    MIN_JOIN_BITS,
    NAME_BITS,
    align_units,
)
from whosaid.link.cluster import DF_MIN_ARTICLES
from whosaid.link.normalize import tokenize
from whosaid.model import Article, Extraction, Quote, Span

STAPLE = [
    "The river rose again overnight and crews stacked sandbags along the levee.",
    "Officials said a state of emergency remains in force across the valley.",
    "Flood water covered the main road, and the school in Marlow stayed closed.",
    "Residents of Marlow watched the levee through the night as the river rose again.",
    "The county said the flood water would reach its peak before the weekend.",
    "The Water Board said a state of emergency lets it call in more crews.",
]
LONG = "The river rose again overnight, and the whole east bank gave way like wet cardboard under a boot"


def quoted(aid: str, text: str, day: int, outlet: str) -> Extraction:
    """An article whose quotes are its “…” spans, published ``day`` days into the story."""
    art = Article(id=aid, text=text, published=date(2024, 3, 1) + timedelta(day), outlet=outlet)
    quotes = tuple(
        Quote(article_id=aid, content=Span.of(text, m.start(1), m.end(1)))
        for m in re.finditer(r"“([^”]+)”", text)
    )
    return Extraction(article=art, quotes=quotes)


def filler(n: int) -> list[Extraction]:
    """``n`` articles of the story's staple sentences, without quotes."""
    out = []
    for i in range(n):
        text = " ".join(STAPLE[(i + k) % len(STAPLE)] for k in range(4))
        out.append(quoted(f"f{i:02d}", f"{text} Update {i} of the day.", i % 9, "Wire"))
    return out


STORY = [
    quoted("stock-a", "The governor declared “a state of emergency” on Monday.", 1, "Valley Times"),
    quoted(
        "stock-b", "Marlow is under “a state of emergency” after the levee leaked.", 2, "River Post"
    ),
    quoted(
        "rare-a", "“There was people screaming and hollering,” a neighbour said.", 1, "Valley Times"
    ),
    quoted(
        "rare-b",
        "A neighbour said “there was people screaming and hollering” there.",
        3,
        "River Post",
    ),
    quoted("long-a", f"“{LONG},” the engineer said.", 2, "Valley Times"),
    quoted("long-b", f"The engineer said: “{LONG}.”", 3, "River Post"),
    quoted("frag-stock", "Locals say “the river rose again” before dawn.", 4, "Hill Herald"),
    quoted("frag-rare", "The bank went “like wet cardboard under a boot” he said.", 4, "Bay Daily"),
    quoted(
        "name-a", "He thanked “Water Board chairman Ezra Quill” for the boats.", 2, "Valley Times"
    ),
    quoted("name-b", "Help came from “Water Board chairman Ezra Quill” at dawn.", 3, "River Post"),
]


def articles_of(links) -> list[set[str]]:
    return [{o.article_id for o in lk.occurrences} for lk in links]


def test_story_links_distinctive_words_only():
    groups = articles_of(link_quotes(filler(56) + STORY))
    assert {"rare-a", "rare-b"} in groups
    # the long quote, and the fragment of it that has rare words; not the stock fragment
    assert {"long-a", "long-b", "frag-rare"} in groups
    assert len(groups) == 2
    flat = set().union(*groups)
    assert not flat & {"stock-a", "stock-b", "frag-stock", "name-a", "name-b"}


def test_small_collection_cannot_tell_staple_words():
    # below DF_MIN_ARTICLES bodies the shares say nothing: the stock phrase links as before
    few = filler(DF_MIN_ARTICLES - len(STORY) - 1) + STORY
    groups = articles_of(link_quotes(few))
    assert {"stock-a", "stock-b"} in groups
    assert {"name-a", "name-b"} in groups


def test_names_weigh_little():
    index = QuoteIndex()
    index.add_all(filler(56) + STORY)
    index.groups()
    qid = next(q for q in range(len(index)) if index.quote_article(q) == "name-a")
    tokens = tokenize(index.quote_text(qid))
    bits = index.word_bits(qid, tokens)
    assert tokens[0] == ["water", "board", "chairman", "ezra", "quill"]
    # "Water" opens the quote (a capital by position); the rest of the name weighs little
    assert bits[3] == bits[4] == NAME_BITS and bits[1] <= NAME_BITS
    assert bits[2] > 4  # "chairman": in no staple sentence


def test_saved_index_keeps_the_counts():
    index = QuoteIndex()
    index.add_all(filler(56) + STORY[:4])
    loaded = QuoteIndex.from_bytes(index.to_bytes())
    assert loaded._body_df == index._body_df and loaded._body_n == index._body_n
    for e in STORY[4:]:
        index.add(e)
        loaded.add(e)
    assert loaded.groups() == index.groups()


def w(text: str) -> list[str]:
    return normalize_words(text)


@pytest.mark.parametrize(
    ("a", "b", "bit", "kinds"),
    [
        # a 4-word stock phrase: 4 x 1 bit, short of MIN_EVIDENCE_BITS
        ("a state of emergency", "they declared a state of emergency today", 1.0, set()),
        # the same words, each rare enough
        ("a state of emergency", "they declared a state of emergency today", 3.0, {"strong"}),
        # no distinctiveness test without counts (a small collection)
        ("a state of emergency", "they declared a state of emergency today", None, {"strong"}),
        # EVIDENCE_WORDS matched words are evidence by length alone
        (
            " ".join(f"w{i}" for i in range(EVIDENCE_WORDS)),
            "x " + " ".join(f"w{i}" for i in range(EVIDENCE_WORDS)) + " y",
            0.0,
            {"strong"},
        ),
        # 6 words of a longer unit: too few bits to link, enough to join a link ("weak")
        (
            "the spill a massive and potentially unprecedented disaster",
            "we face a massive and potentially unprecedented disaster now",
            1.1,
            {"weak"},
        ),
    ],
)
def test_align_needs_evidence(a, b, bit, kinds):
    wa, wb = w(a), w(b)
    bits = None if bit is None else [bit] * len(wa)
    got = align_units(wa, [0] * len(wa), wb, [0] * len(wb), 4, bits_a=bits)
    assert {m.kind for m in got} == kinds
    assert MIN_JOIN_BITS < 6 * 1.1 < MIN_EVIDENCE_BITS


def test_weak_partial_match_names_its_fragment_side():
    wa = w("we face a massive and potentially unprecedented disaster now, he said today")
    wb = w("the spill a massive and potentially unprecedented disaster")
    got = align_units(wa, [0] * len(wa), wb, [0] * len(wb), 4, bits_a=[1.1] * len(wa))
    assert [(m.kind, m.frag_a, m.b_lo, m.b_hi) for m in got] == [("weak", False, 2, 8)]
