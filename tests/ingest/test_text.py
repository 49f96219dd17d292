"""Seed-format and plain .txt files: dates, titles, text, and bad input."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest

from whosaid.config import Settings
from whosaid.ingest import read_text
from whosaid.ingest.text import article_from_text
from whosaid.model import Article, Skipped


def one(records):
    records = list(records)
    assert len(records) == 1
    return records[0]


@pytest.mark.parametrize(
    ("content", "published", "title", "text_start"),
    [
        (
            " date 2024-01-27 A headline with 'a quote'\nBody.",
            date(2024, 1, 27),
            "A headline with 'a quote'",
            "A headline with",
        ),
        (
            "date 2023-08-07 Lead sentence.\n\nMore.",
            date(2023, 8, 7),
            "Lead sentence.",
            "Lead sentence.",
        ),
        (
            "date 2020-02-29\nBody on the next line.",
            date(2020, 2, 29),
            None,
            "Body on the next line.",
        ),
        (
            "\n\tDate: 2019-12-31 Year-end story\nBody.",
            date(2019, 12, 31),
            "Year-end story",
            "Year-end story",
        ),
        ("Date night is back in fashion, a survey says.", None, None, "Date night is back"),
        ("The dates of 2021-03-04 are on line one.", None, None, "The dates of"),
    ],
)
def test_seed_header(content, published, title, text_start):
    art = article_from_text(content, id="x", source="x.txt")
    assert isinstance(art, Article)
    assert (art.published, art.title) == (published, title)
    assert art.text.startswith(text_start)
    assert art.text == art.text.strip()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("date 2023-02-30 Headline\nBody.", 'x.txt: "date" line is not a real date: "2023-02-30"'),
        ("date 03/04/2023 Headline\nBody.", 'x.txt: "date" line is not YYYY-MM-DD: "03/04/2023"'),
        ("date 2024-01-27", "x.txt: no text"),
        ("   \n\n ", "x.txt: no text"),
    ],
)
def test_seed_header_bad(content, reason):
    rec = article_from_text(content, id="x", source="x.txt")
    assert isinstance(rec, Skipped)
    assert rec.source == "x.txt"
    assert rec.reason.startswith(reason)


def test_seed_fixture(ingest_dir):
    art = one(
        read_text(ingest_dir / "seed_ferry.txt", published=date(1999, 1, 1), outlet="Gazette")
    )
    assert art.id == "seed_ferry"
    assert art.published == date(2022, 5, 14)  # the date line wins over the default
    assert art.title == 'Ferry operator "cannot promise" a summer timetable, says chief'
    assert art.text.startswith(art.title + "\nThe company that runs")
    assert art.text.endswith("resume next week.")
    assert art.outlet == "Gazette"
    assert art.source == str(ingest_dir / "seed_ferry.txt")


def test_plain_text_takes_the_published_default(ingest_dir):
    art = one(read_text(ingest_dir / "plain_library.txt", published=date(2022, 3, 1)))
    assert art.published == date(2022, 3, 1)
    assert art.title is None
    assert art.text.startswith("The Millbrook public library")
    assert one(read_text(ingest_dir / "plain_library.txt")).published is None


def test_real_seeds(seeds):
    arts = {p.name[:3]: one(read_text(p)) for p in sorted(seeds.glob("*.txt"))}
    assert len(arts) >= 2
    for art in arts.values():
        assert isinstance(art, Article)
        assert art.title and art.text.startswith(art.title)
        assert not art.text.startswith(("date", " "))
    first, second = arts["000"], arts["004"]
    assert first.published == date(2024, 1, 27)
    assert first.title.startswith("Natalie Portman Is 'Officially")
    assert first.text.split("\n")[1].startswith("Natalie Portman is ready")
    assert second.published == date(2023, 8, 7)
    assert second.text.startswith("After months of trials")
    assert second.id == "004_e39c9074f93a7f61"


def test_cp1252_text_is_decoded_with_a_warning(ingest_dir, caplog):
    art = one(read_text(ingest_dir / "cp1252_bakery.txt"))
    assert "café kitchen" in art.text
    assert (
        "\u201cWe lost the ovens but not the recipes,\u201d said its owner, Renée Dubois."
        in art.text
    )
    assert "decoded as cp1252" in caplog.text


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path, caplog):
    # One cp1252 byte in a UTF-8 file must not turn every curly quote into mojibake
    # ("â€" + U+009D, whose control characters then had the file refused as binary).
    said = "".join(f"\u201cPier {i} will reopen,\u201d the harbour master said. " for i in range(9))
    p = tmp_path / "pier.txt"
    p.write_bytes(
        f"date 2024-03-01 Pier news\n{said}Depth: 4\u00b0 deep.".encode().replace(
            b"\xc2\xb0", b"\xb0"
        )
    )
    art = one(read_text(p))
    assert isinstance(art, Article), art
    assert "\u201cPier 8 will reopen,\u201d the harbour master said." in art.text
    assert art.text.endswith("Depth: 4\ufffd deep.")
    assert "not valid UTF-8" in caplog.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeffdate 2021-01-02 Title\nBody".encode(), "Title\nBody"),
        (b"date 2021-01-02 Title\r\nBody\r\n", "Title\nBody"),
        ("date 2021-01-02 Title\nBody".encode("utf-16"), "Title\nBody"),
        # 0x81 is undefined in cp1252: read as Latin-1, the curly quotes stay cp1252
        (b"\x93Caf\xe9\x94 \x81" + b"x" * 200, "\u201cCaf\u00e9\u201d \x81" + "x" * 200),
    ],
)
def test_encodings(tmp_path, data, expected):
    p = tmp_path / "doc.txt"
    p.write_bytes(data)
    assert one(read_text(p)).text == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
        (bytes(range(1, 32)) * 20, "binary file (control characters)"),
    ],
)
def test_unusable_files(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    rec = one(read_text(p))
    assert isinstance(rec, Skipped)
    assert rec.source == str(p)
    assert rec.reason == f"{p}: {reason}" or rec.reason.startswith(f"{p}: {reason}")
    assert "\n" not in rec.reason


def test_file_over_the_size_limit(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("word " * 100)
    rec = one(read_text(p, settings=Settings(max_file_bytes=100)))
    assert isinstance(rec, Skipped)
    assert rec.reason == f"{p}: file is 500 bytes, over the limit of 100"
    assert isinstance(one(read_text(p, settings=Settings(max_file_bytes=500))), Article)


def test_text_over_the_char_limit(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("word " * 100)
    rec = one(read_text(p, settings=Settings(max_text_chars=50)))
    assert isinstance(rec, Skipped)
    assert "over the limit of 50" in rec.reason


def test_huge_sparse_file_is_refused_unread(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(60 * 1024 * 1024)  # sparse: no blocks written, nothing worth reading
    assert os.path.getsize(p) > Settings().max_file_bytes
    t0 = time.perf_counter()
    rec = one(read_text(p))
    assert time.perf_counter() - t0 < 0.5
    assert isinstance(rec, Skipped)
    assert "62,914,560 bytes, over the limit of 52,428,800" in rec.reason


def test_unreadable_path_is_skipped(tmp_path):
    rec = one(read_text(tmp_path / "gone.txt"))
    assert isinstance(rec, Skipped)
    assert rec.reason.startswith(f"{tmp_path / 'gone.txt'}: cannot read: ")
