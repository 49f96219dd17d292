"""Adding, replacing and reading back extractions."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from whosaid.errors import InputError, NotFound
from whosaid.model import Extraction
from whosaid.store import Store


def dump(path) -> list[str]:
    """Every row of the file as SQL, read by a separate plain connection."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("where", ["memory", "file"])
def test_round_trip_gives_back_equal_extractions(where, records, db_path):
    path = ":memory:" if where == "memory" else db_path
    exs = [records.harbour(), records.bakery()]
    with Store(path) as s:
        assert s.add(exs) == {"added": 2, "unchanged": 0, "replaced": 0, "failed": 0}
        assert list(s.extractions(["harbour-1", "bakery-1"])) == exs
        # articles() puts dated articles first, undated last.
        assert [a.id for a in s.articles()] == ["harbour-1", "bakery-1"]
        assert s.article("bakery-1") == exs[1].article
    if where == "file":
        with Store(db_path) as s:  # and after reopening the file
            assert list(s.extractions()) == exs


def test_same_content_is_a_no_op(store, records):
    ex = records.harbour()
    assert store.add([ex, ex])["unchanged"] == 1
    assert store.add([ex]) == {"added": 0, "unchanged": 1, "replaced": 0, "failed": 0}
    # The same content under another id is a duplicate too (content_hash is UNIQUE).
    dup = replace(ex, article=replace(ex.article, id="harbour-copy"))
    assert store.add([dup])["unchanged"] == 1
    assert store.count() == 1
    assert len(list(store.quotes())) == len(ex.quotes)


def test_changed_article_replaces_its_rows(store, records):
    store.add([records.harbour(), records.bakery()])
    new = records.bakery(article_id="harbour-1", text=records.BAKERY + " Update.")
    assert store.add([new]) == {"added": 0, "unchanged": 0, "replaced": 1, "failed": 0}
    assert store.count() == 2
    assert list(store.extractions(["harbour-1"])) == [new]
    assert len(list(store.quotes(article_id="harbour-1"))) == 1
    assert store.stats()["timexes"] == 0 and store.stats()["facts"] == 0


def test_failed_extractions_are_counted_not_stored(store, records):
    bad = Extraction(article=records.bakery().article, error="text too long")
    assert store.add([bad, records.harbour()]) == {
        "added": 1,
        "unchanged": 0,
        "replaced": 0,
        "failed": 1,
    }
    with pytest.raises(NotFound, match="bakery-1"):
        store.article("bakery-1")


def test_exception_midway_keeps_nothing_of_the_call(db_path, records):
    with Store(db_path) as s:
        s.add([records.bakery()])
    before = dump(db_path)

    def feed():
        yield records.harbour()
        yield records.harbour(article_id="harbour-2", text=records.HARBOUR + " More.")
        yield records.bakery(text=records.BAKERY + " Changed.")  # a replace, rolled back too
        raise RuntimeError("extractor crashed")

    with Store(db_path) as s:
        with pytest.raises(RuntimeError, match="extractor crashed"):
            s.add(feed())
        assert dump(db_path) == before
        assert s.count() == 1 and s.article("bakery-1") == records.bakery().article
        assert s.search("plank") == []
        # The store stays usable after the rollback.
        assert s.add([records.harbour()])["added"] == 1
    assert dump(db_path) != before  # the retry did land


def test_file_is_unchanged_after_rollback(db_path, records):
    with Store(db_path) as s:
        s.add([records.bakery()])
    before = dump(db_path)

    def feed():
        yield records.harbour()
        raise ValueError("bad line")

    with Store(db_path) as s, pytest.raises(ValueError):
        s.add(feed())
    assert dump(db_path) == before


def test_record_of_another_article_is_refused_whole(store, records):
    ex = records.harbour()
    stray = replace(ex.quotes[0], article_id="elsewhere")
    with pytest.raises(InputError, match="elsewhere"):
        store.add([records.bakery(), replace(ex, quotes=(stray,))])
    assert store.count() == 0


def test_delete_removes_article_and_children(store, records):
    store.add([records.harbour(), records.bakery()])
    store.delete("harbour-1")
    assert [a.id for a in store.articles()] == ["bakery-1"]
    assert store.stats()["quotes"] == 1
    with pytest.raises(NotFound, match="harbour-1"):
        store.delete("harbour-1")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 6),
        ({"article_id": "bakery-1"}, 1),
        ({"speaker": "marta olsen"}, 1),
        ({"speaker": "The harbour master"}, 1),
        ({"anonymous": True}, 1),
        ({"anonymous": False}, 5),
        ({"article_id": "harbour-1", "anonymous": False}, 4),
        ({"speaker": "nobody at all"}, 0),
        ({"names": ["Marta Olsen", "Tomas Reyes"]}, 2),
        ({"names": ["marta olsen"]}, 0),  # as stored: what speakers() counts
        ({"names": ["The harbour master"]}, 0),  # a mention, not a name
        ({"descriptor": "OFFICIAL"}, 1),
        ({"descriptor": "official", "venue": "coast gazette"}, 0),
        ({"venue": "Coast Gazette"}, 1),
        ({"outlet": "valley post"}, 1),
        ({"outlet": "Coast Gazette", "anonymous": True}, 1),
    ],
)
def test_quote_filters(store, records, filters, expected):
    store.add([records.harbour(), records.bakery()])
    got = list(store.quotes(**filters))
    assert len(got) == expected
    if "speaker" in filters and got:
        sp = got[0].speaker
        assert filters["speaker"].lower() in {(sp.name or "").lower(), sp.mention.text.lower()}


def test_quotes_of_unknown_article(store):
    with pytest.raises(NotFound):
        list(store.quotes(article_id="missing"))
    with pytest.raises(NotFound):
        list(store.extractions(["missing"]))


def test_quote_by_search_id(store, records):
    store.add([records.bakery()])
    hit = store.search("margins", kind="quote")[0]
    assert hit["kind"] == "quote"
    assert store.quote(hit["quote_id"]) == records.bakery().quotes[0]
    with pytest.raises(NotFound):
        store.quote(hit["quote_id"] + 100)


def test_speakers_and_stats(store, records):
    store.add([records.harbour(), records.bakery()])
    speakers = store.speakers()
    by_key = {(s["name"], s["descriptor"]): s for s in speakers}
    assert by_key[("Marta Olsen", None)]["quotes"] == 1
    assert by_key[("Marta Olsen", None)]["outlets"] == ["Coast Gazette"]
    official = by_key[(None, "official")]
    assert official["anonymous"] is True and official["venue"] is None
    assert ("Tomas Reyes", None) in by_key
    assert len(speakers) == 3  # quotes with neither name nor descriptor are left out

    stats = store.stats()
    assert stats["articles"] == 2 and stats["quotes"] == 6
    assert stats["anonymous_share"] == pytest.approx(1 / 6)
    assert stats["outlets"] == {"Coast Gazette": 1, "Valley Post": 1}
    assert stats["first_published"] == stats["last_published"] == "2021-03-08"


def test_empty_store_stats(store):
    stats = store.stats()
    assert stats["articles"] == 0 and stats["anonymous_share"] == 0.0
    assert stats["first_published"] is None
    assert store.speakers() == [] and store.links() == []


def test_text_that_is_not_unicode_is_input_error(store, records):
    # json.loads accepts a lone surrogate escape; UTF-8 cannot hold it.
    bad = records.bakery(article_id="bad", text=records.BAKERY + " \ud800")
    with pytest.raises(InputError, match="'bad'.*not valid Unicode"):
        store.add([records.harbour(), bad])
    assert store.count() == 0


@pytest.mark.parametrize(
    ("aid", "held", "new", "replaced"),
    [
        ("story", "a/story.txt", "a/story.txt", True),  # the same file, edited
        ("feed-3", "feed.jsonl:3", "feed.jsonl:9", True),  # the same feed, moved down
        ("story", "a/story.txt", "b/story.txt", False),  # two folders' files of one name
        ("stdin", "-", "-", False),  # two texts piped in: standard input has no identity
        ("stdin-1", "-:1", "-:1", False),
        ("story~2", "a/story.txt", "b/story.txt", False),  # ingest's name for a second one
        ("story", None, "b/story.txt", True),  # a row stored without its source
        # a document's own id names it wherever it is read from: a new version
        ("doc-7", "a.jsonl:1", "b.jsonl:4", True),
    ],
)
def test_an_id_from_another_input_is_a_new_article_not_a_replacement(
    store, records, aid, held, new, replaced
):
    """Ids made from file names collide across inputs; the later article then gets the
    next free ``<id>~N`` and the earlier one is kept, with its quotes."""
    first = records.harbour(article_id=aid, source=held)
    store.add([first])
    store.add([records.harbour(article_id=f"{aid}~2", text="Taken. " + records.HARBOUR)])
    later = records.harbour(article_id=aid, text="Edited. " + records.HARBOUR, source=new)
    counts = store.add([later])
    if replaced:
        assert counts["replaced"] == 1 and store.count() == 2
        assert store.article(aid).text == later.article.text
    else:
        assert counts["added"] == 1 and store.count() == 3
        assert store.article(aid).text == first.article.text
        moved = store.article(f"{aid}~3")
        assert moved.text == later.article.text and moved.source == new
        assert {q.article_id for q in store.quotes(article_id=f"{aid}~3")} == {f"{aid}~3"}
        assert len(list(store.quotes(article_id=f"{aid}~3"))) == len(later.quotes)


def test_a_fast_extraction_is_replaced_by_a_full_one_not_the_reverse(store, records):
    ex = records.harbour()
    assert store.add([ex], fast=True)["added"] == 1
    assert store.add([ex], fast=True)["unchanged"] == 1
    # the same text extracted in full (fewer quotes here) replaces the fast rows
    full = replace(ex, quotes=ex.quotes[:1])
    assert store.add([full]) == {"added": 0, "unchanged": 0, "replaced": 1, "failed": 0}
    assert list(store.extractions([ex.article.id])) == [full]
    assert store.add([ex], fast=True)["unchanged"] == 1
    assert store.add([ex])["unchanged"] == 1
    assert list(store.extractions([ex.article.id])) == [full]


def test_the_same_text_without_a_default_it_had_changes_nothing(store, records):
    """Ingesting a file again without the --outlet or --published it was given before
    keeps the stored article, metadata and all."""
    ex = records.harbour(article_id="story", source="a/story.txt")
    store.add([ex])
    bare = records.harbour(
        article_id="story", source="a/story.txt", outlet=None, published=None, title=None
    )
    assert store.add([bare])["unchanged"] == 1
    assert store.article("story") == ex.article
    # new metadata, or a different text, is an edit that replaces
    moved = records.harbour(article_id="story", source="a/story.txt", outlet="Bay Times")
    assert store.add([moved])["replaced"] == 1
    assert store.article("story").outlet == "Bay Times"
