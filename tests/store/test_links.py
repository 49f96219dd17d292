"""Quote links: derived data, rewritten whole by the link stage."""

from __future__ import annotations

from datetime import date

import pytest

from whosaid.errors import InputError, NotFound, StoreError
from whosaid.model import Occurrence, QuoteLink, Span
from whosaid.store import Store


def occurrence(ex, needle, **kw) -> Occurrence:
    text = ex.article.text
    start = text.index(needle)
    return Occurrence(
        article_id=ex.article.id,
        span=Span.of(text, start, start + len(needle)),
        published=ex.article.published,
        outlet=ex.article.outlet,
        **kw,
    )


@pytest.fixture()
def linked(store, records):
    """Three articles; the same words in all of them, and other words in two."""
    a = records.harbour()
    b = records.harbour(
        article_id="harbour-2",
        text="Reprinted: " + records.HARBOUR,
        outlet="Daily Echo",
        published=date(2021, 3, 10),
    )
    c = records.bakery(text=records.BAKERY + ' He added: "We have rebuilt every plank twice,"')
    store.add([a, b, c])
    words = "We have rebuilt every plank twice,"
    links = [
        QuoteLink(
            text=words,
            key="k1",
            occurrences=(
                occurrence(a, words, speaker="Marta Olsen", venue="Coast Gazette", credited=True),
                occurrence(b, words, speaker="Marta Olsen"),
                occurrence(c, words, relayed=True),
            ),
        ),
        QuoteLink(
            text="Nobody expected the storm to last a week.",
            occurrences=(
                occurrence(a, "Nobody expected the storm"),
                occurrence(b, "Nobody expected the storm"),
            ),
        ),
    ]
    assert store.replace_links(links) == 2
    return store, links


def test_links_round_trip(linked):
    store, links = linked
    assert store.links() == links
    assert store.links()[0].origin.article_id == "harbour-1"
    assert store.stats()["links"] == 2


@pytest.mark.parametrize(
    ("article_id", "expected"), [("harbour-1", 2), ("harbour-2", 2), ("bakery-1", 1)]
)
def test_links_for_article(linked, article_id, expected):
    store, links = linked
    got = store.links_for_article(article_id)
    assert len(got) == expected
    assert all(any(o.article_id == article_id for o in g.occurrences) for g in got)


def test_links_for_unknown_article(linked):
    store, _ = linked
    with pytest.raises(NotFound):
        store.links_for_article("missing")


def test_replace_links_rewrites_everything(linked):
    store, links = linked
    assert store.replace_links(links[1:]) == 1
    assert store.links() == links[1:]
    assert store.replace_links([]) == 0
    assert store.links() == []


def test_bad_links_keep_the_old_ones(linked, records):
    store, links = linked
    ghost = QuoteLink(
        text="x",
        occurrences=(
            Occurrence(
                article_id="ghost",
                span=records.span(records.HARBOUR, "pier"),
                published=None,
            ),
        ),
    )
    with pytest.raises(InputError, match="ghost"):
        store.replace_links([links[0], ghost])
    with pytest.raises(InputError, match="no occurrence"):
        store.replace_links([QuoteLink(text="empty", occurrences=())])
    assert store.links() == links


def test_replacing_an_article_drops_its_occurrences(linked, records):
    store, links = linked
    store.add([records.harbour(article_id="harbour-2", text="Corrected. " + records.HARBOUR)])
    left = store.links()
    # The three-article group keeps its two untouched occurrences; the two-article group
    # is gone, as it no longer links two articles.
    assert [g.text for g in left] == [links[0].text]
    assert [o.article_id for o in left[0].occurrences] == ["harbour-1", "bakery-1"]
    store.delete("bakery-1")
    assert store.links() == []


def test_write_lock_makes_reads_and_writes_one_transaction(db_path, records):
    with Store(db_path) as store, Store(db_path, timeout=0.1) as other:
        store.add([records.harbour()])
        version = store.data_version()
        store.replace_links([], state=b"mine")
        assert store.data_version() == version  # its own commits do not count
        other.add([records.bakery()])
        assert store.data_version() != version
        version = store.data_version()
        with store.write_lock():
            store.replace_links([], state=b"locked")
            with pytest.raises(StoreError, match="locked"):
                other.replace_links([], state=b"other")
        assert other.link_state() == b"locked"
        # a failing block writes nothing, even what a call inside it did
        with pytest.raises(InputError), store.write_lock():
            store.replace_links([], state=b"rolled back")
            store.replace_links([QuoteLink(text="empty", occurrences=())])
        assert other.link_state() == b"locked"
        assert store.data_version() == version
