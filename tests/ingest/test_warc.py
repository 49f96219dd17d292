"""WARC archives built with warcio's writer: HTML pages in, everything else reported."""

from __future__ import annotations

import gzip
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.config import Settings
from whosaid.ingest import read_warc
from whosaid.model import Article, Skipped

PAGE_ID = "8e1c1b5a-1d1b-4c8e-9a43-2f8f1a0c7d11"


def write_warc(path: Path, records: list[dict], gz: bool) -> Path:
    """Write records (uri, type, status, ctype, body, date, id) with warcio."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for r in records:
            http = None
            if r["type"] == "response":
                http = StatusAndHeaders(
                    r.get("status", "200 OK"),
                    [("Content-Type", r["ctype"])] if r.get("ctype") else [],
                    protocol="HTTP/1.1",
                )
            warc_headers = {"WARC-Date": r.get("date", "2022-02-03T04:05:06Z")}
            if r.get("id"):
                warc_headers["WARC-Record-ID"] = f"<urn:uuid:{r['id']}>"
            rec = writer.create_warc_record(
                r["uri"],
                r["type"],
                payload=BytesIO(r["body"]),
                http_headers=http,
                warc_headers_dict=warc_headers,
                warc_content_type=r.get("ctype") if r["type"] == "resource" else None,
            )
            writer.write_record(rec)
    return path


def html_page(ingest_dir: Path, name: str) -> bytes:
    return (ingest_dir / name).read_bytes()


@pytest.fixture()
def crawl(ingest_dir) -> list[dict]:
    return [
        {"uri": "https://ledger.example.org/news/2021/harbour-bridge-repairs", "type": "response",
         "ctype": "text/html; charset=utf-8", "body": html_page(ingest_dir, "harbour_bridge.html"),
         "id": PAGE_ID},
        {"uri": "https://parish.example.net/allotments", "type": "response",
         "ctype": "text/html", "body": html_page(ingest_dir, "undated_page.html"),
         "date": "2022-02-03T23:59:59Z"},
        {"uri": "https://ledger.example.org/logo.png", "type": "response",
         "ctype": "image/png", "body": b"\x89PNG\r\n\x1a\n\x00\x00"},
        {"uri": "https://ledger.example.org/gone", "type": "response", "status": "404 Not Found",
         "ctype": "text/html", "body": b"<html><body>Not found</body></html>"},
        {"uri": "https://ledger.example.org/news", "type": "request", "body": b"GET /news HTTP/1.1\r\n\r\n"},
        {"uri": "https://parish.example.net/allotments-copy", "type": "resource",
         "ctype": "text/html", "body": html_page(ingest_dir, "undated_page.html")},
    ]  # fmt: skip


@pytest.mark.parametrize("gz", [False, True])
def test_crawl(tmp_path, crawl, gz):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), crawl, gz)
    if gz:
        assert path.read_bytes()[:2] == b"\x1f\x8b"
    recs = list(read_warc(path, outlet="Fallback Outlet"))
    kinds = [type(r).__name__ for r in recs]
    assert kinds == ["Article", "Article", "Skipped", "Skipped", "Article"]

    bridge, allot, png, gone, copy = recs
    assert bridge.id == PAGE_ID
    assert bridge.url == crawl[0]["uri"]
    assert bridge.published == date(2021, 11, 3)  # the page's own date
    assert bridge.outlet == "The Millbrook Ledger"
    assert bridge.source == f"{path}:2"  # record 1 is the warcinfo
    assert allot.published == date(2022, 2, 3)  # no page date: the capture date
    assert allot.outlet == "Fallback Outlet"
    assert allot.text.startswith("Allotment waiting list grows\nMore than two hundred")
    assert (
        png.reason
        == f"record 4 of {path} (https://ledger.example.org/logo.png): not HTML (image/png)"
    )
    assert (
        gone.reason
        == f"record 5 of {path} (https://ledger.example.org/gone): HTTP status 404, not a page"
    )
    assert copy.url.endswith("allotments-copy")
    assert len({a.id for a in (bridge, allot, copy)}) == 3


def test_published_default_comes_before_capture_date(tmp_path, crawl):
    path = write_warc(tmp_path / "c.warc", crawl[1:2], gz=False)
    (art,) = read_warc(path, published=date(2021, 12, 24))
    assert art.published == date(2021, 12, 24)


def test_truncated_archive_keeps_what_was_read(tmp_path, crawl):
    path = write_warc(tmp_path / "full.warc.gz", crawl[:2], gz=True)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    recs = list(read_warc(cut))
    assert isinstance(recs[0], Article) and recs[0].id == PAGE_ID
    assert len(recs) == 2
    assert isinstance(recs[1], Skipped)
    assert recs[1].source == f"{cut}:3"
    assert recs[1].reason.startswith(f"record 3 of {cut} (https://parish.example.net/allotments): ")
    assert "cut short" in recs[1].reason


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("into", [10, 200])
def test_archive_cut_in_a_record_header_is_reported(tmp_path, crawl, gz, into):
    # Cut inside the last record's headers: warcio ends quietly, as at a clean end.
    path = write_warc(tmp_path / ("full.warc.gz" if gz else "full.warc"), crawl[:2], gz=gz)
    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        last = [it.get_record_offset() for _ in it][-1]
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(path.read_bytes()[: last + into])
    recs = list(read_warc(cut))
    assert isinstance(recs[0], Article) and recs[0].id == PAGE_ID
    assert len(recs) == 2
    assert isinstance(recs[1], Skipped)
    assert "cut short" in recs[1].reason and str(cut) in recs[1].reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "no WARC records (empty file)"),
        (b"This is not an archive at all.\n", "broken WARC: "),
        (gzip.compress(b"<html>a gzipped page, not a WARC</html>"), "broken WARC: "),
        # bytes that are no record: the reason says so and does not print them
        (gzip.compress(bytes(range(128, 256)) * 8), "broken WARC: no WARC record header"),
    ],
)
def test_not_a_warc(tmp_path, data, reason):
    p = tmp_path / "x.warc"
    p.write_bytes(data)
    (rec,) = read_warc(p)
    assert isinstance(rec, Skipped)
    assert rec.reason.startswith(f"{p}: {reason}")
    assert "\n" not in rec.reason and "\\x" not in rec.reason and rec.reason.isprintable()


def test_payload_over_the_size_limit(tmp_path, crawl):
    path = write_warc(tmp_path / "c.warc", crawl[:1], gz=False)
    (rec,) = read_warc(path, settings=Settings(max_file_bytes=1000))
    assert isinstance(rec, Skipped)
    assert rec.reason.endswith(": payload over the limit of 1,000 bytes")


def test_an_archive_cut_anywhere_names_no_python_error(tmp_path, crawl):
    """An archive cut at any byte: warcio may fail inside its own code (an
    AttributeError on a header it did not get); the reason says what is wrong with the
    file, never which Python error was raised."""
    whole = write_warc(tmp_path / "c.warc.gz", crawl[:2], gz=True).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    for n in range(1, len(whole), 7):
        cut.write_bytes(whole[:n])
        for rec in read_warc(cut):
            if isinstance(rec, Skipped):
                assert "Error" not in rec.reason and "NoneType" not in rec.reason, (n, rec)
