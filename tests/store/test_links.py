"""Quote links: derived data, rewritten whole by the link stage."""

from __future__ import annotations

from datetime import date

import pytest

from whosaid.assess import assess_link
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


@pytest.fixture()
def many_links(store, records, monkeypatch):
    """Twelve articles, groups with and without keys, and gaps in the group ids left by
    deleted articles; small IN lists and place counts, so both ways of each are used."""
    import whosaid.store.store as store_module

    monkeypatch.setattr(store_module, "_IN_CHUNK", 3)
    exs = [
        records.harbour(article_id=f"h{i:02d}", text=f"Copy {i}. " + records.HARBOUR)
        for i in range(12)
    ]
    store.add(exs)
    words = "We have rebuilt every plank twice,"
    links = [
        QuoteLink(
            text=words,
            key=None if k % 3 == 0 else ("g4" if k == 4 else f"k{k}"),
            occurrences=tuple(
                occurrence(exs[(k + d) % 12], words) for d in ((0, 1) if k % 2 else (0, 1, 5))
            ),
        )
        for k in range(12)
    ]
    store.replace_links(links)
    store.delete("h07")
    return store


@pytest.mark.parametrize("count_places", [0, 50])
def test_numbered_links_are_links_with_their_places(many_links, monkeypatch, count_places):
    import whosaid.store.store as store_module

    monkeypatch.setattr(store_module, "_COUNT_PLACES", count_places)
    store = many_links
    every = list(enumerate(store.links(), start=1))
    assert len(every) < 12  # the deletion left gaps
    for ids in (["h00"], ["h03", "h11"], [f"h{i:02d}" for i in range(12)], ["missing"], []):
        assert store.numbered_links(article_ids=ids) == [
            (n, lk) for n, lk in every if any(o.article_id in ids for o in lk.occurrences)
        ]
    for key in ("k1", "g4", "k7", "nope"):
        assert store.numbered_links(key=key) == [(n, lk) for n, lk in every if lk.key == key]
    for number in (0, 1, 2, len(every), len(every) + 1):
        assert store.numbered_links(number=number) == [(n, lk) for n, lk in every if n == number]


def test_group_pages_find_groups_by_key_or_place(many_links):
    """``g<place>`` names a group without a key; of two groups with one reference (the
    fourth, keyless, and a group keyed "g4"), the first is found, as when the page read
    every group."""
    from whosaid.web import views

    store = many_links
    refs = [views.group_ref(lk, n) for n, lk in enumerate(store.links(), start=1)]
    assert refs.count("g4") == 2
    links = store.links()
    for ref in refs:
        first = links[refs.index(ref)]
        page = views.group(store, ref)
        assert page["ref"] == ref
        assert [p["article_id"] for p in page["printings"]] == [
            o.article_id for o in first.occurrences
        ]
    with pytest.raises(NotFound):
        views.group(store, f"g{len(refs) + 1}")
    with pytest.raises(NotFound):
        views.group(store, "g0")


def test_ranked_links_are_the_group_list_in_its_order(store, records):
    """The store's ranking (uncredited reuse, then the oldest reuse, then printings, then
    store order) gives the web app's group list page by page, also after deletions took
    some groups' first occurrences; reprints by an outlet that printed the words before
    (its name written another way) are not counted as uncredited on either side."""
    from datetime import timedelta

    from whosaid.web import views

    exs = [
        records.harbour(
            article_id=f"h{i:02d}",
            text=f"Copy {i}. " + records.HARBOUR,
            published=None if i == 5 else date(2021, 3, 8) + timedelta(days=(i * 7) % 40),
            outlet=("Coast Gazette", "the coast gazette", "Daily Echo", "Harbour Post", None)[
                i % 5
            ],
        )
        for i in range(14)
    ]
    store.add(exs)
    # long enough for a claim of copying (assess.provenance.COPIED_WORDS)
    words = 'The harbour master said on Monday that the pier would reopen. "We have rebuilt'
    links = [
        QuoteLink(
            text=words,
            key=f"k{k}",
            occurrences=tuple(
                occurrence(
                    exs[(k * 3 + d) % 14],
                    words,
                    credited=(k + d) % 3 == 0,
                    own_source=(k + d) % 3 != 0,
                )
                for d in range(2 + k % 4)
            ),
        )
        for k in range(20)
    ]
    store.replace_links(links)
    store.delete("h03")
    every = views.groups(store)
    assert len(every) > 10
    stored = store.links()
    assert any(assess_link(lk).reprints for lk in stored)
    assert {g["uncredited"] for g in every} >= {0, 1, 2}
    for limit, offset in ((1, 0), (5, 0), (5, 5), (7, 9), (100, 0), (3, 100)):
        assert views.groups(store, limit, offset) == every[offset : offset + limit]
    assert store.count_links() == len(every)


def test_reprint_flags_are_backfilled_for_links_stored_before_them(db_path, records):
    """A store written before the reprint flag existed gets it on opening: an occurrence
    whose outlet (same name, any case) printed the words earlier in its group."""
    import sqlite3

    exs = [
        records.harbour(
            article_id=f"r{i}",
            text=f"Copy {i}. " + records.HARBOUR,
            outlet=o,
            published=date(2021, 3, 8 + i),
        )
        for i, o in enumerate(["Coast Gazette", "Daily Echo", "COAST GAZETTE", None, None])
    ]
    words = 'The harbour master said on Monday that the pier would reopen. "We have rebuilt'
    with Store(db_path) as s:
        s.add(exs)
        s.replace_links(
            [
                QuoteLink(
                    text=words,
                    occurrences=tuple(occurrence(x, words, own_source=True) for x in exs),
                )
            ]
        )
    conn = sqlite3.connect(db_path, isolation_level=None)
    for column in ("reprint", "own_source", "uncredited"):
        conn.execute(f"ALTER TABLE occurrences DROP COLUMN {column}")
    conn.execute("ALTER TABLE articles DROP COLUMN extractor")  # steps 4 and 6 come after
    conn.execute("DROP INDEX articles_unlinked")
    conn.execute("ALTER TABLE articles DROP COLUMN linked")
    conn.execute("DELETE FROM migrations WHERE version >= 3")
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Store(db_path) as s:
        ((_, link),) = s.ranked_links(5)
        rows = s._query("SELECT reprint, own_source, uncredited FROM occurrences ORDER BY seq")
    # step 5 keeps the earlier reading: every later printing with no credit and no reprint
    assert [tuple(r) for r in rows] == [(0, 1, 0), (0, 1, 1), (1, 1, 0), (0, 1, 1), (0, 1, 1)]
    assert assess_link(link).uncredited == ("r1", "r3", "r4")
