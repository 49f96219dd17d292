"""Full-text search over articles and quotes (FTS5, kept current by triggers)."""

from __future__ import annotations

import sqlite3

import pytest

from whosaid.errors import InputError
from whosaid.store import Store, fts_query


@pytest.fixture()
def filled(store, records):
    store.add([records.harbour(), records.bakery()])
    return store


def marked(hit) -> list[str]:
    return [hit["snippet"][s:e] for s, e in hit["marks"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a word only in a quote: the quote and the article that holds it
        ("plank", {("quote", "harbour-1"), ("article", "harbour-1")}),
        # a word only in the narration: the article alone
        ("flour", {("article", "bakery-1")}),
        # stemming: "vanish" finds "vanished"; prefix search
        ("vanish", {("quote", "bakery-1"), ("article", "bakery-1")}),
        ("marg*", {("quote", "bakery-1"), ("article", "bakery-1")}),
        # a phrase, and words that must all occur
        ('"last a week"', {("quote", "harbour-1"), ("article", "harbour-1")}),
        ("storm overnight", set()),
        # title words
        ("reopen storm", {("article", "harbour-1")}),
        # speaker names are indexed with the quote
        ("Reyes", {("quote", "bakery-1"), ("article", "bakery-1")}),
    ],
)
def test_search_finds_quotes_and_articles(filled, query, expected):
    hits = filled.search(query)
    assert {(h["kind"], h["article_id"]) for h in hits} == expected


def test_hits_carry_plain_snippets_and_mark_offsets(filled):
    hits = filled.search("plank")
    assert sorted(h["kind"] for h in hits) == ["article", "quote", "quote"]
    for hit in hits:
        assert marked(hit) == ["plank"]
        assert "<" not in hit["snippet"] and "\x02" not in hit["snippet"]
    speakers = {h["speaker"] for h in hits if h["kind"] == "quote"}
    assert speakers == {"Marta Olsen", None}
    article = next(h for h in hits if h["kind"] == "article")
    assert article["outlet"] == "Coast Gazette" and article["published"] == "2021-03-08"

    title_hit = filled.search("pier", kind="article")[0]
    assert [title_hit["title"][s:e] for s, e in title_hit["title_marks"]] == ["Pier"]


def test_untrusted_text_cannot_forge_marks_or_html(store, records):
    text = 'Ana said "<b>bold</b> \x02claims\x03 here" at noon.'
    store.add([records.bakery(article_id="evil", text=text + " " + records.BAKERY)])
    for hit in store.search("claims"):
        assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]
        assert marked(hit) == ["claims"]
        assert "<b>" in hit["snippet"]  # returned as text; escaping is the caller's job


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "AND OR",
        "NOT",
        "NEAR(",
        "title:",
        "col:plank",
        "*",
        "-plank",
        "^x",
        "plank)",
        "'",
        '""',
        "",
        "   ",
        'a"b',
        "(((",
        "plank AND",
        "pl\x00ank",
        '"plank\x00',
        "plank\x00",
    ],
)
def test_any_plain_query_is_safe(filled, query):
    hits = filled.search(query)
    assert isinstance(hits, list)
    if query in ("-plank", "plank)", "plank\x00"):  # punctuation around a word is ignored
        assert any(h["article_id"] == "harbour-1" for h in hits)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("plank", '"plank"'),
        ('"last a week', '"last a week"'),
        ('say "no more" now', '"say" "no more" "now"'),
        ("marg*", '"marg"*'),
        ('a"b', '"a""b"'),
        ("AND OR", '"AND" "OR"'),
        ("- * ()", None),
    ],
)
def test_fts_query(query, expected):
    assert fts_query(query) == expected


def test_repeated_words_count_once_and_too_many_are_refused(filled):
    """A word typed a hundred times is one term (it cost a pass over its postings each
    time: seconds on a small store); more distinct terms than the cap is an error."""
    from whosaid.errors import InputError
    from whosaid.store.store import MAX_QUERY_TERMS

    assert fts_query("plank " * 125) == '"plank"'
    assert filled.search("plank " * 125) == filled.search("plank")
    many = " ".join(f"word{i}" for i in range(MAX_QUERY_TERMS + 1))
    with pytest.raises(InputError, match="too many search words"):
        filled.search(many)


@pytest.mark.parametrize(
    ("query", "ok"),
    [
        ("plank OR flour", True),
        ("title:pier", True),
        ("AND OR", False),
        ('"open', False),
        ("nosuchcol:x", False),
    ],
)
def test_fts5_syntax_mode(filled, query, ok):
    if ok:
        assert filled.search(query, syntax=True)
    else:
        with pytest.raises(InputError, match="invalid search syntax"):
            filled.search(query, syntax=True)


def test_index_follows_replace_and_delete(filled, records):
    filled.add([records.bakery(article_id="harbour-1", text=records.BAKERY + " Tide.")])
    assert filled.search("plank") == []  # old quote and article text are gone
    assert {h["article_id"] for h in filled.search("tide")} == {"harbour-1"}
    filled.delete("harbour-1")
    assert filled.search("tide") == []
    assert {h["article_id"] for h in filled.search("margins")} == {"bakery-1"}


def test_paging_and_kind(filled):
    both = filled.search("plank", limit=10)
    assert len(both) == 3
    pages = [filled.search("plank", limit=2), filled.search("plank", limit=2, offset=2)]
    assert [len(p) for p in pages] == [2, 1]
    assert pages[0] + pages[1] == both
    assert [h["kind"] for h in filled.search("plank", kind="quote")] == ["quote", "quote"]


@pytest.mark.parametrize(
    "kwargs", [{"limit": 0}, {"limit": 10**6}, {"offset": -1}, {"kind": "speaker"}]
)
def test_bad_paging_is_input_error(filled, kwargs):
    with pytest.raises(InputError):
        filled.search("plank", **kwargs)


def test_index_rows_match_content_rows_after_changes(db_path, records):
    """Each FTS5 index holds exactly the rows of its content table (shadow docsize)."""
    with Store(db_path) as s:
        s.add([records.harbour(), records.bakery()])
        s.add([records.harbour(text=records.HARBOUR + " Revised.")])  # replace
        s.add([records.harbour(article_id="harbour-2")])  # dedup no-op
        s.delete("bakery-1")
    conn = sqlite3.connect(db_path)
    for content, key, index in (("articles", "pk", "articles_fts"), ("quotes", "id", "quotes_fts")):
        rows = {r[0] for r in conn.execute(f"SELECT {key} FROM {content}")}
        indexed = {r[0] for r in conn.execute(f"SELECT id FROM {index}_docsize")}
        assert rows == indexed and rows
    conn.close()
