"""HTML pages: main text without boilerplate, metadata, dates never from the clock."""

from __future__ import annotations

from datetime import date

import pytest

from whosaid.config import Settings
from whosaid.ingest import read_html
from whosaid.ingest.html import article_from_html
from whosaid.model import Article, Skipped

STORY = (
    "<p>The Millbrook rowing club will race on the river again this summer after a "
    "two-year break caused by low water, its captain said on Thursday evening.</p>"
    '<p>"We have trained on the lake all winter and the crews are hungry," said Petra '
    "Alvane, who has coxed the first eight since she was at school in the town.</p>"
    "<p>The regatta is expected to draw more than forty crews from across the county, "
    "and the club is asking volunteers to help marshal the towpath on the day.</p>"
)


def page(head: str = "", body: str = STORY, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>'
        f"<article>{body}</article><footer>Copyright Millbrook Post</footer></body></html>"
    )


def test_article_page_fixture(ingest_dir):
    (art,) = read_html(ingest_dir / "harbour_bridge.html", published=date(1999, 1, 1))
    assert isinstance(art, Article)
    assert art.id == "harbour_bridge"
    assert art.title == "Harbour bridge repairs to run into spring, council admits"
    assert art.outlet == "The Millbrook Ledger"
    assert art.published == date(2021, 11, 3)  # the page's date wins over the default
    assert art.url == "https://ledger.example.org/news/2021/harbour-bridge-repairs"
    lines = art.text.split("\n")
    assert lines[0] == art.title  # the headline, once
    assert lines[1].startswith("Repairs to the Millbrook harbour bridge")
    assert '"We found more corrosion in the lower girders' in art.text
    assert art.text.endswith("the harbour master confirmed.")
    for boilerplate in ("Subscribe", "cookies", "Most read", "Privacy policy", "rights reserved"):
        assert boilerplate not in art.text


def test_dates_in_the_story_are_not_the_publication_date(ingest_dir):
    (art,) = read_html(ingest_dir / "undated_page.html")
    assert "March 3, 2019" in art.text
    assert art.published is None  # never a date from the text, never today
    (art,) = read_html(ingest_dir / "undated_page.html", published=date(2020, 6, 1))
    assert art.published == date(2020, 6, 1)


@pytest.mark.parametrize(
    ("head", "url", "published"),
    [
        (
            '<meta property="article:published_time" content="2019-04-05T10:00:00Z">',
            None,
            date(2019, 4, 5),
        ),
        ('<meta name="date" content="2018-07-08">', None, date(2018, 7, 8)),
        ("", "https://post.example.com/2017/09/10/rowing-regatta-returns", date(2017, 9, 10)),
        ('<meta property="article:published_time" content="2999-01-01">', None, None),
        ("", None, None),
    ],
)
def test_publication_date(head, url, published):
    art = article_from_html(page(head), id="p", source="p.html", url=url)
    assert art.published == published


@pytest.mark.parametrize(
    ("head", "body", "first_line"),
    [
        # The body does not carry the headline: it is put in front of it.
        ("<title>Rowing regatta returns</title>", STORY, "Rowing regatta returns"),
        # The <title> adds the site name to the <h1>: the headline is not repeated.
        (
            "<title>Rowing regatta returns | Millbrook Post</title>",
            "<h1>Rowing regatta returns</h1>" + STORY,
            "Rowing regatta returns",
        ),
        ("", STORY, "The Millbrook rowing club will race"),
    ],
)
def test_headline_leads_the_text_once(head, body, first_line):
    art = article_from_html(page(head, body), id="p", source="p.html")
    lines = art.text.split("\n")
    assert lines[0].startswith(first_line)
    assert not lines[1].startswith(first_line)


def test_declared_charset_is_used(tmp_path):
    html = page(
        "<title>R\u00e9gate</title>", STORY.replace("coxed", "cox\u00e9d \u201cproudly\u201d")
    )
    p = tmp_path / "latin.html"
    p.write_bytes(html.encode("cp1252").replace(b"utf-8", b"windows-1252"))
    (art,) = read_html(p)
    assert "cox\u00e9d \u201cproudly\u201d" in art.text
    assert art.title == "R\u00e9gate"


def test_utf8_page_with_a_stray_byte_stays_utf8(tmp_path):
    html = page("<title>Regatta</title>", STORY.replace("coxed", "cox \u201cproudly\u201d \u00b0"))
    p = tmp_path / "stray.html"
    p.write_bytes(html.encode().replace(b"\xc2\xb0", b"\xb0"))
    (art,) = read_html(p)
    assert "cox \u201cproudly\u201d \ufffd" in art.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02GIF89a" * 10, "binary data (NUL bytes), not HTML"),
        (page(body="").encode(), "no article text found in the page"),
        (b"   \n ", "empty page"),
    ],
)
def test_unusable_pages(tmp_path, data, reason):
    p = tmp_path / "bad.html"
    p.write_bytes(data)
    (rec,) = read_html(p)
    assert isinstance(rec, Skipped)
    assert rec.reason == f"{p}: {reason}"


def test_page_over_the_size_limit(ingest_dir):
    (rec,) = read_html(ingest_dir / "harbour_bridge.html", settings=Settings(max_file_bytes=1000))
    assert isinstance(rec, Skipped)
    assert "over the limit of 1,000" in rec.reason


@pytest.mark.parametrize(
    ("head", "default", "outlet"),
    [
        ('<meta property="og:site_name" content="Millbrook Post">', "Given", "Millbrook Post"),
        ("", "Given", "Given"),  # a name made from the host is weaker than the caller's
        ("", None, "post.example.com"),
    ],
)
def test_outlet(head, default, outlet):
    url = "https://www.post.example.com/rowing"
    art = article_from_html(page(head), id="p", source="p.html", url=url, outlet=default)
    assert art.outlet == outlet
