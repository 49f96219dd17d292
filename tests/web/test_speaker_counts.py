"""The speakers list and each speaker's page count the same quotes (a real SQLite store
of hand-built extractions; texts written for this test)."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from whosaid.model import Article, Extraction, Quote, Span, Speaker
from whosaid.store import Store

# (article id, text, [(quoted words, mention, resolved name, descriptor, venue)])
ARTICLES = [
    (
        "a",
        '"The dam is sound," Nora Vance said. "We checked it," Vance added.',
        [
            ("The dam is sound,", "Nora Vance", "Nora Vance", None, None),
            ("We checked it,", "Vance", "Nora Vance", None, None),
        ],
    ),
    (
        "b",
        '"Water is rising," Nora Vance said. "Not here," her brother Piet said. '
        '"It will hold," a source said.',
        [
            ("Water is rising,", "Nora Vance", "Nora Vance", None, None),
            ("Not here,", "Piet", "Piet Vance", None, None),
            ("It will hold,", "a source", None, "source", None),
        ],
    ),
    (
        "c",
        '"Nothing moved," Piet Vance said. "I saw it move," Vance told the Tern Times. '
        '"Be calm," a Source told the Tern Times.',
        [
            ("Nothing moved,", "Piet Vance", "Piet Vance", None, None),
            # written "Vance", resolved to the person the article means
            ("I saw it move,", "Vance", "Piet Vance", None, "Tern Times"),
            ("Be calm,", "a Source", None, "Source", "Tern Times"),
        ],
    ),
    (
        "d",
        '"It was loud," Vance said. "Stay away," a source told the tern times.',
        [
            ("It was loud,", "Vance", "Vance", None, None),  # which Vance: unknown
            ("Stay away,", "a source", None, "source", "tern times"),
        ],
    ),
    (
        "e",
        '"The river is up," the Tern Times reported. "It held," Nora Vance said.',
        [
            # the outlet's own reporting: not a speaker of the list (as in the dossier)
            ("The river is up,", "the Tern Times", "Tern Times", None, "Tern Times"),
            ("It held,", "Nora Vance", "Nora Vance", None, None),
        ],
    ),
]


def _extraction(article_id: str, text: str, quotes) -> Extraction:
    out = []
    for words, mention, name, descriptor, venue in quotes:
        at, m = text.index(words), text.index(mention, text.index(words))
        out.append(
            Quote(
                article_id=article_id,
                content=Span.of(text, at, at + len(words)),
                speaker=Speaker(
                    mention=Span.of(text, m, m + len(mention)),
                    name=name,
                    anonymous=descriptor is not None,
                    descriptor=descriptor,
                ),
                venue=venue,
            )
        )
    art = Article(
        id=article_id, text=text, published=date(2024, 5, 1), outlet=f"Outlet {article_id}"
    )
    return Extraction(article=art, quotes=tuple(out))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from whosaid.web import create_app

    db = tmp_path_factory.mktemp("speakers") / "s.db"
    with Store(db) as store:
        store.add(_extraction(*a) for a in ARTICLES)
    with TestClient(create_app(db)) as c:
        yield c


def test_every_listed_speaker_page_shows_the_listed_counts(client):
    page = client.get("/speakers").text
    rows = re.findall(
        r'<a href="(/speaker\?[^"]+)">([^<]+)</a>.*?</td><td>[^<]*</td><td>(\d+)</td><td>(\d+)</td>',
        page,
    )
    listed = {html.unescape(who): (int(n), int(a)) for _, who, n, a in rows}
    # two Vances quoted alike: the bare "Vance" is neither; the "Vance" Piet's quote was
    # written as is Piet's only; the three unnamed sources, one of them given to no outlet
    assert listed == {"Nora Vance": (4, 3), "Piet Vance": (3, 2), "Vance": (1, 1),
                      "source": (1, 1), "Source": (2, 2)}  # fmt: skip
    assert len(rows) == 5
    for href, who, n, a in rows:
        r = client.get(html.unescape(href))
        assert r.status_code == 200, href
        assert f"{n} quotes in {a} articles" in r.text, (who, href)


def test_api_speaker_gives_the_quotes_the_list_counts(client):
    for row in client.get("/api/speakers").json()["speakers"]:
        got = client.get("/api/speaker", params=row["query"]).json()
        assert (len(got["quotes"]), got["articles"]) == (row["quotes"], row["articles"]), row


def test_named_speakers_are_the_dossiers_people(client):
    from whosaid.report import build_dossier

    web = {
        r["name"]: (r["quotes"], r["articles"])
        for r in client.get("/api/speakers").json()["speakers"]
        if r["name"]
    }
    people = build_dossier([_extraction(*a) for a in ARTICLES])["people"]
    assert web == {p["name"]: (p["quotes"], p["articles"]) for p in people}
    assert "Tern Times" not in web
