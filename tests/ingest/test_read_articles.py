"""read_articles: directories, stdin, explicit bad paths, duplicate ids."""

from __future__ import annotations

import io
import json
import shutil
import sys
from datetime import date, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.config import Settings
from whosaid.errors import InputError
from whosaid.ingest import read_articles, read_stream
from whosaid.model import Article, Skipped


def summary(records):
    return [r.id if isinstance(r, Article) else f"SKIP {r.source}" for r in records]


@pytest.fixture()
def tree(tmp_path, ingest_dir):
    """A folder of mixed inputs, with hidden and unknown files that must be ignored."""
    root = tmp_path / "in"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(ingest_dir / "seed_ferry.txt", root / "b" / "deeper" / "ferry.txt")
    shutil.copy(ingest_dir / "harbour_bridge.html", root / "b" / "Bridge.HTM")
    shutil.copy(ingest_dir / "plain_library.txt", root / "a.txt")
    (root / "c.jsonl").write_text(json.dumps({"id": "j1", "text": "From a feed."}) + "\n")
    (root / ".hidden.txt").write_text("hidden, never read")
    (root / ".git" / "x.txt").write_text("inside a hidden folder")
    (root / "notes.md").write_text("# not an article")
    (root / "logo.png").write_bytes(b"\x89PNG")
    return root


def test_directory_is_walked_sorted(tree, caplog):
    recs = list(read_articles([tree]))
    assert summary(recs) == ["a", "Bridge", "ferry", "j1"]
    assert "ignored 2 files of unknown type (1 .md, 1 .png)" in caplog.text
    by_id = {r.id: r for r in recs}
    assert by_id["ferry"].published == date(2022, 5, 14)
    assert by_id["Bridge"].outlet == "The Millbrook Ledger"


def test_inputs_keep_their_order_and_defaults_apply(tree, ingest_dir):
    recs = list(
        read_articles(
            [ingest_dir / "feed.jsonl", str(tree / "a.txt")],
            published=date(2020, 1, 2),
            outlet="Given",
        )
    )
    assert recs[0].id == "ledger-1" and recs[-1].id == "a"
    assert recs[-1].published == date(2020, 1, 2)
    assert recs[-1].outlet == "Given"
    assert sum(isinstance(r, Skipped) for r in recs) == 8


def test_explicit_unknown_files_are_reported(tree):
    recs = list(read_articles([tree / "notes.md", tree / ".hidden.txt", tree / "a.txt"]))
    assert summary(recs) == [f"SKIP {tree / 'notes.md'}", ".hidden", "a"]
    assert recs[0].reason == (
        f"{tree / 'notes.md'}: unknown file type '.md' "
        "(known: .warc.gz, .warc, .jsonl, .ndjson, .html, .htm, .txt)"
    )


def test_a_pipe_in_a_folder_is_skipped_not_waited_on(tree):
    """A FIFO named like an article would block the walk forever on open: it is skipped
    with a reason, and the articles around it are read."""
    import os

    os.mkfifo(tree / "b" / "pipe.txt")
    recs = list(read_articles([tree]))
    assert summary(recs) == [f"SKIP {tree / 'b' / 'pipe.txt'}", "a", "Bridge", "ferry", "j1"]
    assert recs[0].reason.endswith("pipe.txt: not a regular file (a pipe, device or broken link)")


def test_directory_without_articles_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("nothing here")
    (rec,) = read_articles([tmp_path / "empty"])
    assert isinstance(rec, Skipped)
    assert rec.reason.startswith(f"{tmp_path / 'empty'}: no readable files")


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ([], "no input given"),
        (["-", "-"], "stdin (-) given more than once"),
        (
            ["{tmp}/a.txt", "{tmp}/nope.txt", "{tmp}/nope2.jsonl"],
            "no such file or directory: {tmp}/nope.txt, {tmp}/nope2.jsonl",
        ),
    ],
)
def test_call_level_errors_raise_before_reading(tmp_path, inputs, message):
    (tmp_path / "a.txt").write_text("An article.")
    with pytest.raises(InputError) as exc:
        read_articles([p.format(tmp=tmp_path) for p in inputs])
    assert exc.value.message == message.format(tmp=tmp_path)
    assert exc.value.exit_code == 3


def test_duplicate_ids_are_made_unique(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": i, "text": f"Story {n}."}) + "\n"
            for n, i in enumerate(["a", "a", "a~2", "b", "a"])
        )
    )
    (tmp_path / "a.txt").write_text("A text file whose stem is a.")
    recs = list(read_articles([feed, tmp_path / "a.txt"]))
    assert summary(recs) == ["a", "a~2", "a~2~2", "b", "a~3", "a~4"]
    assert [r.text for r in recs[:2]] == ["Story 0.", "Story 1."]


def test_a_file_given_twice_is_not_renamed(tmp_path, caplog):
    """The same document read twice keeps its id (the store keeps it once); no warning
    claims a renaming that does not happen."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Story."}) + "\n")
    recs = list(read_articles([feed, feed]))
    assert summary(recs) == ["a", "a"]
    assert "duplicate id" not in caplog.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'\n  {"id": "s1", "text": "Piped JSONL."}\n{"text": "Second."}\n', ["s1", "stdin-3"]),
        (b" date 2021-05-06 Piped seed\nBody.", ["stdin"]),
        (b"Just plain words on stdin.", ["stdin"]),
        (b"", ["SKIP -"]),
    ],
)
def test_stdin(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert summary(read_articles(["-"])) == expected


def test_stdin_html_and_warc(monkeypatch, ingest_dir, tmp_path):
    html = (ingest_dir / "harbour_bridge.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    (art,) = read_articles(["-"])
    assert art.published == date(2021, 11, 3)
    assert art.text.startswith("Harbour bridge repairs")

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    url = "https://ledger.example.org/bridge"
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=http)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(buf.getvalue())))
    (art,) = read_articles(["-"])
    assert art.url == url
    assert art.source == "-:1"


def test_stdin_over_the_size_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"word " * 100)))
    (rec,) = read_articles(["-"], settings=Settings(max_file_bytes=100))
    assert isinstance(rec, Skipped)
    assert rec.reason == "-: input is over the limit of 100 bytes"


def test_defaults_are_normalised(tmp_path):
    (tmp_path / "a.txt").write_text("Plain words.")
    (art,) = read_articles([tmp_path / "a.txt"], published=datetime(2021, 3, 4, 5, 6), outlet=" ")
    assert art.published == date(2021, 3, 4)
    assert type(art.published) is date
    assert art.outlet is None


def test_read_stream_names_an_upload(ingest_dir):
    with (ingest_dir / "feed.jsonl").open("rb") as fh:
        recs = list(read_stream(fh, name="upload.jsonl"))
    assert recs[1].id == "upload-2"  # derived ids use the given name's stem
    assert recs[2].source == "upload.jsonl:3"
