"""The speed paths give the same answers: worker processes vs one process, fast parsing."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

import whosaid.extract as extract_mod
from whosaid.config import Settings
from whosaid.extract import IN_FLIGHT_PER_WORKER, extract_articles
from whosaid.extract.fastparse import needs_parse, select_chunks
from whosaid.model import Article

# Short invented articles (written for these tests): quotes with and without marks,
# a venue, a pronoun speaker, a colon-introduced quotation and dates.
TEXTS = [
    'The mayor of Eastbrook defended the budget on Monday. "We cut nothing that matters," '
    "Jane Holloway said. Critics disagreed. The council meets again in March.",
    "Harbor officials said the pier would reopen next week, according to a statement. "
    "Repairs began in January after a storm damaged the pilings.",
    'Tom Reyes, a fisherman, told the Coastal Herald: "Nobody asked us." He said the '
    "closure cost him two months of work. The bakery next door stayed open.",
    "The company announced record profits on Tuesday. Its chief executive, Maria Lind, "
    'said growth would slow. "This year was unusual," she added in an interview with '
    "the Daily Ledger.",
    "Rain is expected through the weekend. Schools will close early on Friday, a district "
    "spokesman said, and buses will run on the winter schedule.",
]
ARTICLES = [Article(id=f"speed-{i}", text=t, outlet="Example Gazette") for i, t in enumerate(TEXTS)]


@pytest.mark.parametrize("fast", [True, False])
def test_worker_processes_give_the_same_extractions(nlp, fast):
    one = Settings(fast=fast, n_process=1, batch_size=2)
    two = replace(one, n_process=2)
    single = list(extract_articles(ARTICLES, one))
    pooled = list(extract_articles(ARTICLES, two))
    assert [x.article.id for x in pooled] == [a.id for a in ARTICLES]
    assert pooled == single
    assert all(x.error is None for x in pooled)
    assert sum(len(x.quotes) for x in single) >= 4


def test_worker_processes_consume_input_lazily(nlp):
    """Memory stays flat: only a bounded number of batches is read ahead."""
    consumed = 0

    def endless():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield replace(ARTICLES[i % len(ARTICLES)], id=f"endless-{i}")

    settings = Settings(fast=True, n_process=2, batch_size=2)
    first = list(itertools.islice(extract_articles(endless(), settings), 3))
    assert [x.article.id for x in first] == ["endless-0", "endless-1", "endless-2"]
    bound = settings.batch_size * (settings.n_process * IN_FLIGHT_PER_WORKER + 2)
    assert consumed <= bound


@pytest.mark.parametrize("fast", [True, False])
def test_batches_after_the_warm_ones_leave_no_strings_behind(nlp, monkeypatch, fast):
    """Memory stays flat: new words (names, codes) that a batch adds to spaCy's shared
    string store are dropped with it, and extractions are the same as without zones."""
    settings = Settings(fast=fast, batch_size=2)
    novel = [
        replace(a, id=f"novel-{i}", text=f"{a.text} Reference code Zqxv{i}Wplm{fast}.")
        for i, a in enumerate(ARTICLES)
    ]
    monkeypatch.setattr(extract_mod, "_warm_batches", 0)
    monkeypatch.setattr(extract_mod, "WARM_BATCHES", 10**9)  # no zones
    plain = list(extract_articles(novel, settings))
    assert f"Zqxv0Wplm{fast}" in nlp.vocab.strings
    novel = [replace(a, text=a.text.replace("Zqxv", "Yrtw")) for a in novel]
    monkeypatch.setattr(extract_mod, "WARM_BATCHES", 0)  # every batch in a zone
    before = len(nlp.vocab.strings)
    zoned = list(extract_articles(novel, settings))
    assert len(nlp.vocab.strings) == before
    assert f"Yrtw0Wplm{fast}" not in nlp.vocab.strings
    assert [x.quotes for x in zoned] == [x.quotes for x in plain]
    assert sum(len(x.quotes) for x in zoned) >= 4


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We will appeal," the lawyer said.', True),
        ("The report, according to officials, is late.", True),
        ("She insisted the plan was sound.", True),
        ("The bridge opened in 1932 and carries four lanes.", False),
        ("Prices rose sharply over the summer.", False),
    ],
)
def test_needs_parse(sentence, expected):
    assert needs_parse(sentence) is expected


def test_select_chunks_keeps_quote_sentences_and_colon_intros():
    text = (
        "The storm passed overnight. A resident told reporters:\n"
        '"The water came up fast."\nCleanup starts today. Roads are open.'
    )
    chunks = [text[s:e] for s, e in select_chunks(text)]
    assert any("told reporters:" in c for c in chunks)
    assert any("came up fast" in c for c in chunks)
    assert not any("Roads are open" in c for c in chunks)
