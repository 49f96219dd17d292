"""Every page and API route over a real store, through FastAPI's in-process client."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from whosaid.report import render_dossier

# The invented story: Courier prints an insider's words (2025-03-03), Coastline reprints
# them without credit 49 days later, Herald credits Courier 60 days later.
SHARED_WORDS = "nobody at the council has a plan"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _main(html: str) -> str:
    return html[html.index("<main>") : html.index("</main>")]


def _group_ref(client) -> str:
    groups = client.get("/api/groups").json()["groups"]
    (g,) = [g for g in groups if SHARED_WORDS in g["text"]]
    return g["ref"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", "Quotes printed in more than one article"),
        ("/search?q=ferry", "<mark>ferry</mark>"),
        ("/article/courier-ferry", "Island ferry will stop in June"),
        ("/groups", SHARED_WORDS),
        ("/speakers", "insider"),
        ("/speaker?descriptor=insider", SHARED_WORDS),
        ("/upload", 'enctype="multipart/form-data"'),
    ],
)
def test_page_renders(client, path, expected):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert expected in r.text


def test_home_shows_figures_and_latest_articles(client):
    main = _main(client.get("/").text)
    assert re.search(r"<b>4</b><span>articles</span>", main)
    # Newest first: Herald (May) is listed before Courier (March).
    assert main.index("Ferry row reaches") < main.index("Island ferry will stop")


def test_search_marks_matches_and_links_quotes_and_articles(client):
    html = _main(client.get("/search", params={"q": '"last boat"'}).text)
    assert "<mark>last</mark> <mark>boat</mark>" in html or "<mark>last boat</mark>" in html
    assert re.search(r'href="/quote/\d+"', html)
    assert 'href="/article/coastline-ferry"' in html
    assert 'href="/dossier?q=%22last+boat%22"' in html


def test_search_api_returns_offsets_not_html(client):
    d = client.get("/api/search", params={"q": "ferry", "kind": "article"}).json()
    assert d["ok"] is True and d["hits"]
    for h in d["hits"]:
        assert h["kind"] == "article"
        for start, end in h["marks"]:
            assert h["snippet"][start:end].lower().startswith("ferr")


def test_search_without_words_finds_nothing(client):
    assert client.get("/api/search", params={"q": "*** ((("}).json()["hits"] == []
    assert "Nothing matches" in client.get("/search", params={"q": "zebra"}).text


def test_article_page_highlights_quotes_and_underlines_speakers(client):
    html = _main(client.get("/article/courier-ferry").text)
    quoted = re.findall(r'<span class="q">([^<]*)</span>', html)
    assert any("nine passengers a day" in q for q in quoted)
    speakers = re.findall(r'<span class="s">([^<]*)</span>', html)
    assert any("insider" in s for s in speakers)
    # The article's shared quote links to its trace.
    assert 'href="/group/' in html


def test_article_api_has_text_quotes_and_groups(client):
    d = client.get("/api/articles/coastline-ferry").json()
    assert d["published"] == "2025-04-21" and d["outlet"] == "Coastline Weekly"
    q = next(q for q in d["quotes"] if SHARED_WORDS in q["text"])
    assert d["text"][q["start"] : q["end"]] == q["text"]
    assert q["speaker"]["anonymous"] is True
    assert q["groups"] and q["groups"][0] == d["groups"][0]["ref"]
    assert "".join(s["text"] for s in d["segments"]) == d["text"]


def test_group_trace_shows_first_printing_credit_and_age(client):
    ref = _group_ref(client)
    g = client.get(f"/api/groups/{ref}").json()
    printings = [
        (p["article_id"], p["first"], p["credited"], p["age_days"]) for p in g["printings"]
    ]
    assert printings[0][:2] == ("courier-ferry", True)
    assert ("coastline-ferry", False, False, 49) in printings
    assert g["uncredited"] == 1 and g["first_published"] == "2025-03-03"
    # findings name articles as the page does, not by their ids
    (note,) = [n for n in g["notes"] if "without credit" in n]
    label = next(p["article"] for p in g["printings"] if p["article_id"] == "coastline-ferry")
    assert note.startswith(f"{label} (2025-04-21) prints") and "coastline-ferry" not in note
    html = _main(client.get(f"/group/{ref}").text)
    assert "first printing" in html and "uncredited" in html and "+49 days" in html
    assert 'href="/article/coastline-ferry#q-' in html


def test_quote_page_traces_a_search_hit(client):
    hits = client.get("/api/search", params={"q": SHARED_WORDS, "kind": "quote"}).json()["hits"]
    qid = next(h["quote_id"] for h in hits if h["article_id"] == "coastline-ferry")
    d = client.get(f"/api/quotes/{qid}").json()
    assert d["quote"]["article_id"] == "coastline-ferry"
    assert d["traces"] and d["traces"][0]["first_article"] == "courier-ferry"
    assert "Where else these words were printed" in client.get(f"/quote/{qid}").text


@pytest.mark.parametrize(
    ("params", "article"),
    [
        ({"descriptor": "insider"}, "coastline-ferry"),
        ({"descriptor": "insider", "outlet": "Bay Herald"}, "herald-ferry"),
    ],
)
def test_speaker_view_of_an_unnamed_insider(client, params, article):
    d = client.get("/api/speaker", params=params).json()
    assert d["quotes"] and all(q["speaker"]["anonymous"] for q in d["quotes"])
    assert article in {q["article_id"] for q in d["quotes"]}
    if "outlet" in params:
        assert {q["article"]["outlet"] for q in d["quotes"]} == {params["outlet"]}


def test_speaker_view_of_a_named_person(client):
    names = [s["name"] for s in client.get("/api/speakers").json()["speakers"] if s["name"]]
    assert names
    d = client.get("/api/speaker", params={"name": names[0]}).json()
    assert d["quotes"] and all(q["speaker"]["name"] == names[0] for q in d["quotes"])


def test_speaker_needs_a_name_or_descriptor(client):
    r = client.get("/api/speaker")
    assert r.status_code == 400 and "descriptor" in r.json()["error"]


def test_dossier_page_is_the_report_renderer(client, base_db):
    from whosaid import api
    from whosaid.store import Store

    r = client.get("/dossier", params={"id": ["courier-ferry", "coastline-ferry"]})
    assert r.status_code == 200
    with Store(base_db) as store:
        expected = render_dossier(api.dossier(store, ["courier-ferry", "coastline-ferry"]), "html")
    assert r.text == expected


def test_dossier_of_a_search(client):
    d = client.get("/api/dossier", params={"q": "ferry"}).json()
    assert d["ok"] is True and d["title"] == "Dossier: ferry"
    assert {a["id"] for a in d["articles"]} == {"courier-ferry", "coastline-ferry", "herald-ferry"}
    assert d["summary"]["uncredited_reuses"] >= 1
    assert "Who copied whom" in client.get("/dossier", params={"q": "ferry"}).text


def test_articles_api_pages(client):
    d = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert d["total"] == 4 and len(d["articles"]) == 2
    assert "text" not in d["articles"][0]


def test_stats_api(client):
    d = client.get("/api/stats").json()
    assert d["articles"] == 4 and d["links"] >= 1 and d["quotes"] >= 5
    assert d["unlinked_articles"] == 0
    assert "not in the quote links yet" not in client.get("/").text


def test_home_says_when_an_interrupted_ingest_left_articles_unlinked(tmp_path):
    from fastapi.testclient import TestClient

    from whosaid import api
    from whosaid.store import Store
    from whosaid.web import create_app

    db = tmp_path / "s.db"
    with Store(db) as store:
        api.ingest([FIXTURES / "web" / "story.jsonl"], store, relink=False)
        n = store.count()
    with TestClient(create_app(db)) as c:
        assert c.get("/api/stats").json()["unlinked_articles"] == n
        assert f"{n} stored articles are not in the quote links yet" in _main(c.get("/").text)


@pytest.mark.parametrize(
    ("path", "status", "needle"),
    [
        ("/api/articles/no-such-id", 404, "no-such-id"),
        ("/api/groups/no-such-group", 404, "no-such-group"),
        ("/api/quotes/999999", 404, "999999"),
        ("/api/jobs/nojob", 404, "nojob"),
        ("/api/nothing-here", 404, "/api/nothing-here"),
        ("/api/search?q=x&limit=0", 422, "limit"),
        ("/api/quotes/abc", 422, "quote_id"),
        ("/api/dossier?q=zebra", 400, "zebra"),
    ],
)
def test_api_errors_have_one_shape(client, path, status, needle):
    r = client.get(path)
    assert r.status_code == status
    body = r.json()
    assert body["ok"] is False and body["status"] == status and needle in body["error"]


@pytest.mark.parametrize(
    ("path", "status"),
    [("/article/no-such-id", 404), ("/group/nope", 404), ("/nothing-here", 404), ("/speaker", 400)],
)
def test_page_errors_are_html(client, path, status):
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in r.text


def test_openapi_lists_every_api_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/api/stats",
        "/api/search",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/quotes/{quote_id}",
        "/api/groups",
        "/api/groups/{ref}",
        "/api/speakers",
        "/api/speaker",
        "/api/dossier",
        "/api/uploads",
        "/api/jobs/{job_id}",
    ):
        assert p in paths, p
    assert "multipart/form-data" in paths["/api/uploads"]["post"]["requestBody"]["content"]
    assert not any(p.startswith(("/article/", "/search")) for p in paths)


@pytest.mark.parametrize(
    ("path", "rows", "api", "key"),
    [
        ("/speakers", "speakers", "/api/speakers", "speakers"),
        ("/speaker?descriptor=insider", "quotes", "/api/speaker?descriptor=insider", "quotes"),
    ],
)
def test_long_lists_are_paged_in_html_and_whole_in_the_api(
    client, monkeypatch, path, rows, api, key
):
    """A list longer than ``LIST_PAGE`` shows one page with "Showing a–b of n" and links
    to the pages around it; the API still returns every row."""
    import whosaid.web.app as web_app

    total = len(client.get(api).json()[key])
    assert total >= 2
    assert "Showing" not in _main(client.get(path).text)  # short enough: unchanged
    monkeypatch.setattr(web_app, "LIST_PAGE", 1)
    first = _main(client.get(path).text)
    assert f"Showing {rows} 1–1 of {total}" in first
    assert "page=2" in first and "previous" not in first
    sep = "&" if "?" in path else "?"
    last = _main(client.get(f"{path}{sep}page={total}").text)
    assert f"Showing {rows} {total}–{total} of {total}" in last
    assert "previous" in last and "next" not in last
    assert len(client.get(api).json()[key]) == total
    past = _main(client.get(f"{path}{sep}page={total + 1}").text)
    assert f"No {rows} on this page, of {total}" in past


def test_a_group_page_shows_a_page_of_printings(client, monkeypatch):
    import whosaid.web.app as web_app

    ref = _group_ref(client)
    n = len(client.get(f"/api/groups/{ref}").json()["printings"])
    monkeypatch.setattr(web_app, "LIST_PAGE", 1)
    html = _main(client.get(f"/group/{ref}?page=2").text)
    assert f"Showing printings 2–2 of {n}" in html
    assert html.count('class="edge"') == 1


def test_an_outlet_reprinting_its_own_words_is_a_reprint_not_a_copy(db, tmp_path):
    """Coastline prints the insider's words again in July: its group page tags that
    printing "reprint", and the group still counts one uncredited reuse, in the group
    list ranked by the store and on the group's own page alike."""
    import json

    from fastapi.testclient import TestClient

    from whosaid import api
    from whosaid.store import Store
    from whosaid.web import create_app

    feed = tmp_path / "later.jsonl"
    text = (
        "Summer on Gull Island is quiet without the ferry.\n"
        '"The last boat leaves in June and nobody at the council has a plan for the families'
        ' on the island," an insider said back then.'
    )
    row = {"id": "coastline-summer", "outlet": "Coastline Weekly", "published": "2025-07-30"}
    feed.write_text(json.dumps(row | {"title": "A quiet summer", "text": text}) + "\n")
    with Store(db) as store:
        assert api.ingest([feed], store).added == 1
    with TestClient(create_app(db)) as c:
        (listed,) = [g for g in c.get("/api/groups").json()["groups"] if SHARED_WORDS in g["text"]]
        g = c.get(f"/api/groups/{listed['ref']}").json()
        credit = {p["article_id"]: p["credit"] for p in g["printings"]}
        assert credit["coastline-ferry"] == "uncredited"
        assert credit["coastline-summer"] == "reprint"
        assert listed["uncredited"] == g["uncredited"] == 1
        html = _main(c.get(f"/group/{listed['ref']}").text)
        assert '<span class="tag reprint">reprint</span>' in html


def test_a_search_matching_too_many_articles_gets_a_dossier_of_its_best(client, monkeypatch):
    """Over the dossier limit a search's dossier keeps its best matches and says so; the
    whole store's dossier is still refused with the one-line reason."""
    import whosaid.web.app as web_app

    monkeypatch.setattr(web_app, "DOSSIER_MAX_ARTICLES", 1)
    r = client.get("/dossier", params={"q": "ferry"})
    assert r.status_code == 200
    assert "(the 1 best of 3 matching articles)" in r.text
    refused = client.get("/dossier")
    assert refused.status_code == 400 and "a dossier covers at most 1" in refused.text


def test_a_speaker_nobody_quoted_is_not_found(client):
    r = client.get("/api/speaker", params={"name": "Nobody Quoted-Here"})
    assert r.status_code == 404 and "no quote by 'Nobody Quoted-Here'" in r.json()["error"]
    assert client.get("/speaker", params={"descriptor": "astrologer"}).status_code == 404


def test_quotes_listed_for_a_speaker_or_an_article_carry_their_ids(client):
    """Every quote row has the id its own page and API take."""
    rows = client.get("/api/speaker", params={"descriptor": "insider"}).json()["quotes"]
    rows += client.get("/api/articles/coastline-ferry").json()["quotes"]
    assert rows and all(isinstance(q["id"], int) for q in rows)
    for q in rows:
        one = client.get(f"/api/quotes/{q['id']}").json()["quote"]
        assert (one["article_id"], one["start"], one["end"]) == (
            q["article_id"],
            q["start"],
            q["end"],
        )
