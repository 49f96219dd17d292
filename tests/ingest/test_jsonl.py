"""JSONL feeds (CONTRACT input): good lines, bad lines, defaults, streaming."""

from __future__ import annotations

import json
from datetime import date

import pytest

from whosaid.config import Settings
from whosaid.ingest import read_jsonl
from whosaid.ingest.jsonl import iter_jsonl
from whosaid.model import Article, Skipped

# Line number -> what the fixture's line yields: an article id, or the end of the reason.
FEED_EXPECTED = [
    (1, "ledger-1"),
    (2, "feed-2"),
    (3, "not JSON: Unterminated string starting at column 26"),
    (4, '"text" is missing'),
    (5, '"text" is not a string but a number (42)'),
    (6, '"published" is not YYYY-MM-DD: "03/04"'),
    (7, '"published" is not a real date: "2023-02-30" (day is out of range for month)'),
    (9, "not a JSON object but an array"),
    (10, '"text" is blank'),
    (11, '"title" is not a string or null but an array'),
    (12, "ledger-3"),
]


def test_feed_fixture(ingest_dir):
    path = ingest_dir / "feed.jsonl"
    records = list(read_jsonl(path, published=date(2021, 9, 9), outlet="Default Outlet"))
    assert len(records) == len(FEED_EXPECTED)  # the blank line 8 yields nothing
    for rec, (line, expected) in zip(records, FEED_EXPECTED, strict=True):
        if isinstance(rec, Article):
            assert rec.id == expected
            assert rec.source == f"{path}:{line}"
        else:
            assert rec.source == f"{path}:{line}"
            assert rec.reason == f"line {line} of {path}: {expected}"


def test_feed_fields_and_defaults(ingest_dir):
    arts = {
        r.id: r
        for r in read_jsonl(
            ingest_dir / "feed.jsonl", published=date(2021, 9, 9), outlet="Default Outlet"
        )
        if isinstance(r, Article)
    }
    first = arts["ledger-1"]
    assert first.text.startswith('Council to vote on parking charges. "It is')
    assert (first.published, first.outlet, first.title, first.url) == (
        date(2021, 10, 1),
        "The Millbrook Ledger",  # the document's own outlet wins over the default
        "Parking vote",
        "https://ledger.example.org/parking",
    )
    second = arts["feed-2"]
    assert second.published == date(2021, 10, 2)  # date part of an ISO timestamp
    assert second.title is None  # "" is unknown
    assert second.outlet == "Default Outlet"
    assert arts["ledger-3"].published == date(2021, 9, 9)  # null takes the default


def test_text_is_kept_verbatim(tmp_path):
    text = "  Leading spaces,\r\n a \u201cquote\u201d\tand trailing space  "
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    (art,) = read_jsonl(p)
    assert art.text == text  # CONTRACT offsets index into this exact string


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", ["f.jsonl: empty file, no JSON lines"]),
        (b"\n  \n", ["f.jsonl: empty file, no JSON lines"]),
        (b'\xef\xbb\xbf{"text": "BOM first"}\n', ["f-1"]),
        (b'{"text": "no newline at the end"}', ["f-1"]),
        (b'{"id": 7, "text": "numeric id"}\n', ["7"]),
        (b'{"id": "", "text": "empty id"}\n', ["f-1"]),
        (
            b'{"id": ["x"], "text": "array id"}\n',
            ['line 1 of f.jsonl: "id" is not a string but an array'],
        ),
        (
            b'{"text": "caf\xe9"}\n',
            ["line 1 of f.jsonl: not UTF-8 (invalid continuation byte at byte 13)"],
        ),
        (
            b'{"text": "t", "published": 20210101}\n',
            ['line 1 of f.jsonl: "published" is not YYYY-MM-DD but a number (20210101)'],
        ),
        (
            b'{"text": "t", "published": "2021-13-01"}\n',
            [
                'line 1 of f.jsonl: "published" is not a real date: "2021-13-01" (month must be in 1..12)'
            ],
        ),
    ],
)
def test_edge_lines(tmp_path, monkeypatch, data, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.jsonl").write_bytes(data)
    got = [r.id if isinstance(r, Article) else r.reason for r in read_jsonl("f.jsonl")]
    assert got == expected


def test_overlong_line_is_skipped_and_reading_goes_on(tmp_path):
    p = tmp_path / "f.jsonl"
    lines = [
        {"id": "short", "text": "fits"},
        {"id": "long", "text": "x" * 500},
        {"id": "after", "text": "still read"},
    ]
    p.write_text("".join(json.dumps(x) + "\n" for x in lines))
    recs = list(read_jsonl(p, settings=Settings(max_file_bytes=100)))
    assert [r.id if isinstance(r, Article) else r.source for r in recs] == [
        "short",
        f"{p}:2",
        "after",
    ]
    assert recs[1].reason == f"line 2 of {p}: line is over the limit of 100 bytes"


def test_streams_without_reading_the_whole_file(tmp_path):
    p = tmp_path / "big.jsonl"
    line = json.dumps({"text": "A story. " * 50}) + "\n"
    p.write_text(line * 2000)  # about 1 MB
    size = p.stat().st_size
    with p.open("rb") as fh:
        first = next(iter_jsonl(fh, name="big.jsonl", stem="big"))
        assert isinstance(first, Article) and first.id == "big-1"
        assert fh.tell() < size / 10


def test_unreadable_file_is_skipped(tmp_path):
    (rec,) = read_jsonl(tmp_path / "missing.jsonl")
    assert isinstance(rec, Skipped)
    assert "cannot read" in rec.reason


def test_a_file_of_one_overlong_line_is_not_called_empty(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"id": "long", "text": "x" * 500}) + "\n")
    recs = list(read_jsonl(p, settings=Settings(max_file_bytes=100)))
    assert [r.reason for r in recs] == [f"line 1 of {p}: line is over the limit of 100 bytes"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
            "binary data, not JSON lines",
        ),
        (
            b"".join(f"plain prose, line {i}, not JSON\n".encode() for i in range(200)),
            "not JSON lines (the first 20 lines are unreadable); rest not read",
        ),
    ],
)
def test_a_file_that_is_not_json_lines_gets_one_reason_not_one_per_line(tmp_path, data, reason):
    p = tmp_path / "f.jsonl"
    p.write_bytes(data)
    recs = list(read_jsonl(p))
    assert all(isinstance(r, Skipped) for r in recs)
    assert recs[-1].reason == f"{p}: {reason}"
    assert len(recs) <= 21


def test_bad_lines_after_a_good_one_are_each_reported(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"id": "ok", "text": "fine"}) + "\n" + "not json\n" * 30)
    recs = list(read_jsonl(p))
    assert recs[0].id == "ok" and len(recs) == 31


def test_a_line_nested_too_deep_is_skipped_and_the_rest_read(tmp_path):
    """Thousands of nested brackets exhaust the JSON decoder's recursion: that line is
    reported, the lines around it are read."""
    good = json.dumps({"id": "ok", "text": "The ferry runs again, the mayor said."})
    path = tmp_path / "deep.jsonl"
    path.write_text(good + "\n" + "[" * 50_000 + "]" * 50_000 + "\n" + good.replace("ok", "ok2"))
    recs = list(read_jsonl(path, published=date(2021, 9, 9)))
    assert [r.id for r in recs if isinstance(r, Article)] == ["ok", "ok2"]
    (bad,) = [r for r in recs if isinstance(r, Skipped)]
    assert bad.reason == f"line 2 of {path}: not a document: JSON nested too deep"


def test_a_null_text_is_reported_as_null_not_missing(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"id": "x", "text": None}) + "\n")
    (rec,) = read_jsonl(path, published=date(2021, 9, 9))
    assert isinstance(rec, Skipped) and rec.reason == f'line 1 of {path}: "text" is null'


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_feed_with_its_byte_order_mark_is_read(tmp_path, encoding):
    """A JSONL file saved as UTF-16 (as some Windows tools do) is read like its UTF-8
    twin, streamed line by line, instead of being refused as binary."""
    lines = [
        json.dumps({"id": f"u{i}", "text": f"Caf\u00e9 {i} reopens, the owner said."})
        for i in range(3)
    ]
    data = "\n".join(lines) + "\n"
    path = tmp_path / "u16.jsonl"
    path.write_bytes(
        data.encode("utf-16") if encoding == "utf-16" else b"\xfe\xff" + data.encode(encoding)
    )
    recs = list(read_jsonl(path, published=date(2021, 9, 9)))
    assert [r.id for r in recs] == ["u0", "u1", "u2"]
    assert recs[1].text == "Caf\u00e9 1 reopens, the owner said."


def test_date_is_read_when_there_is_no_published(tmp_path):
    f = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "text": "The pier opened.", "date": "2022-03-01"},
        {"id": "b", "text": "The pier closed.", "date": "2022-03-02", "published": "2022-03-04"},
        {"id": "c", "text": "The pier flooded.", "date": "March 5"},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    a, b, c = read_jsonl(f)
    assert a.published == date(2022, 3, 1)
    assert b.published == date(2022, 3, 4)  # "published" wins
    assert isinstance(c, Skipped) and '"date" is not YYYY-MM-DD' in c.reason
