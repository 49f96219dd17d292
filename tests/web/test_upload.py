"""Uploads: ingested in the background, bad files listed with reasons, limits enforced."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from whosaid.store import Store
from whosaid.web import create_app

WEB_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"


def _count(db) -> int:
    with Store(db) as s:
        return s.count()


@pytest.fixture()
def upload_client(db):
    with TestClient(create_app(db)) as c:
        yield c


def test_upload_good_file_is_ingested(upload_client, db, wait_job):
    data = (WEB_FIXTURES / "library_hours.txt").read_bytes()
    r = upload_client.post("/api/uploads", files={"files": ("library_hours.txt", data)})
    assert r.status_code == 202
    job = wait_job(upload_client, r.json()["job"]["id"])
    assert job["state"] == "done", job
    assert job["result"]["added"] == 1 and job["result"]["ids"] == ["library_hours"]
    assert job["total"] == 1 and job["done"] == 1 and job["skipped"] == []
    a = upload_client.get("/api/articles/library_hours").json()
    assert a["published"] == "2025-06-10" and a["quotes"]
    assert _count(db) == 5


def test_upload_page_describes_the_text_format_the_reader_takes(upload_client, wait_job):
    # The page once promised "Published:" and "Outlet:" lines, which no reader parses.
    page = upload_client.get("/upload").text
    assert "Published:" not in page and "Outlet:" not in page
    assert 'a first line "date YYYY-MM-DD' in page
    r = upload_client.post(
        "/api/uploads",
        files={"files": ("pier.txt", b"date 2025-07-01 Pier reopens\nThe pier reopened today.")},
    )
    assert wait_job(upload_client, r.json()["job"]["id"])["state"] == "done"
    assert upload_client.get("/api/articles/pier").json()["published"] == "2025-07-01"


def test_upload_form_redirects_to_a_progress_page(upload_client, wait_job):
    data = (WEB_FIXTURES / "library_hours.txt").read_bytes()
    r = upload_client.post(
        "/upload",
        files={"files": ("hours.txt", data)},
        data={"outlet": "Town Post"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    assert wait_job(upload_client, job_id)["state"] == "done"
    page = upload_client.get(r.headers["location"]).text
    assert "Done." in page and 'href="/article/hours"' in page
    assert "refresh" not in page  # finished pages stop refreshing
    assert upload_client.get("/api/articles/hours").json()["outlet"] == "Town Post"


def test_bad_files_are_listed_with_reasons_and_nothing_is_written(upload_client, db, wait_job):
    files = [
        ("files", ("notes.xyz", b"some words")),
        ("files", ("empty.txt", b"")),
        ("files", ("broken.jsonl", b'{"id": "x", "text": \n')),
    ]
    r = upload_client.post("/api/uploads", files=files)
    assert r.status_code == 202
    job = wait_job(upload_client, r.json()["job"]["id"])
    assert job["state"] == "failed" and "no usable article" in job["error"]
    reasons = {s["source"].split(":")[0]: s["reason"] for s in job["skipped"]}
    assert set(reasons) == {"notes.xyz", "empty.txt", "broken.jsonl"}
    assert "unknown file type" in reasons["notes.xyz"]
    assert all("whosaid-upload" not in s["reason"] for s in job["skipped"])  # no server paths
    assert _count(db) == 4
    page = upload_client.get(f"/jobs/{job['id']}").text
    assert "Nothing was added." in page and "notes.xyz" in page


def test_mixed_upload_keeps_good_files_and_lists_bad_ones(upload_client, wait_job):
    data = (WEB_FIXTURES / "library_hours.txt").read_bytes()
    files = [("files", ("hours.txt", data)), ("files", ("image.png", b"\x89PNG\r\n\x1a\n\0\0"))]
    job = wait_job(
        upload_client, upload_client.post("/api/uploads", files=files).json()["job"]["id"]
    )
    assert job["state"] == "done" and job["result"]["ids"] == ["hours"]
    assert [s["source"] for s in job["skipped"]] == ["image.png"]


@pytest.mark.parametrize(
    ("name", "saved"),
    [("../../etc/passwd.txt", "passwd.txt"), ("a\\b\\c.txt", "c.txt"), ("<x>.txt", "_x_.txt")],
)
def test_upload_names_cannot_leave_the_upload_folder(upload_client, wait_job, name, saved):
    r = upload_client.post("/api/uploads", files={"files": (name, b"Plain words here.")})
    job = wait_job(upload_client, r.json()["job"]["id"])
    assert job["files"] == [saved]


def test_upload_limits(db):
    with TestClient(create_app(db, max_upload_bytes=2000, max_upload_files=2)) as c:
        r = c.post("/api/uploads", files={"files": ("big.txt", b"x" * 5000)})
        assert r.status_code == 413 and r.json()["ok"] is False and "limit" in r.json()["error"]
        r = c.post("/api/uploads", files=[("files", (f"{i}.txt", b"words")) for i in range(3)])
        assert r.status_code == 413 and "at most 2 files" in r.json()["error"]
    assert _count(db) == 4


@pytest.mark.parametrize(
    ("kwargs", "status", "needle"),
    [
        ({"files": {"other": ("a.txt", b"words")}}, 400, "no file uploaded"),
        ({"data": {"x": "1"}}, 400, "multipart/form-data"),
        (
            {"files": {"files": ("a.txt", b"w")}, "data": {"published": "03/04/2025"}},
            400,
            "YYYY-MM-DD",
        ),
        # the same words as the command line for a date that does not exist
        (
            {"files": {"files": ("a.txt", b"w")}, "data": {"published": "2023-02-30"}},
            400,
            '"published" is not a real date: "2023-02-30"',
        ),
    ],
)
def test_upload_bad_requests(upload_client, kwargs, status, needle):
    r = upload_client.post("/api/uploads", **kwargs)
    assert r.status_code == status and needle in r.json()["error"]


def test_pages_answer_while_an_upload_is_ingesting(upload_client, wait_job):
    lines = b"".join(
        b'{"id": "n%d", "published": "2025-01-%02d", "text": "\\"We will rebuild the pier by '
        b'spring,\\" harbour master Ines Duarte said on day %d."}\n' % (i, i, i)
        for i in range(1, 21)
    )
    r = upload_client.post("/api/uploads", files={"files": ("many.jsonl", lines)})
    job_id = r.json()["job"]["id"]
    # Reads go through while the job runs (WAL: the writer does not block readers).
    assert upload_client.get("/api/stats").status_code == 200
    assert upload_client.get("/search", params={"q": "ferry"}).status_code == 200
    job = wait_job(upload_client, job_id)
    assert job["state"] == "done" and job["result"]["added"] == 20 and job["done"] == 20


def test_upload_without_length_is_counted_and_refused(db):
    boundary = "b0undary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
    ).encode()

    def body():
        yield head
        for _ in range(10):
            yield b"y" * 1000  # chunked: no Content-Length to refuse it up front
        yield f"\r\n--{boundary}--\r\n".encode()

    with TestClient(create_app(db, max_upload_bytes=4000)) as c:
        r = c.post(
            "/api/uploads",
            content=body(),
            headers={"content-type": f"multipart/form-data; boundary={boundary}"},
        )
        assert r.status_code == 413 and "over the limit of 4,000 bytes" in r.json()["error"]
    assert _count(db) == 4


@pytest.mark.parametrize("odd_id", ["a/b?c#d %e", "..", "ünï code"])
def test_articles_with_odd_ids_are_reachable(upload_client, wait_job, odd_id):
    from whosaid.web.app import article_url

    line = json.dumps(
        {
            "id": odd_id,
            "published": "2025-01-05",
            "text": '"We will open the pier in May," harbour master Ines Duarte said.',
        }
    ).encode()
    job = wait_job(
        upload_client,
        upload_client.post("/api/uploads", files={"files": ("odd.jsonl", line)}).json()["job"][
            "id"
        ],
    )
    assert job["result"]["ids"] == [odd_id]
    href = article_url(odd_id)
    assert f'href="{escape(href)}"' in upload_client.get(f"/jobs/{job['id']}").text
    r = upload_client.get(href)
    assert r.status_code == 200 and f"id {escape(odd_id)}" in r.text


def test_an_undated_upload_is_stored_and_its_page_says_so(upload_client, wait_job):
    files = [
        ("files", ("undated.txt", "“We open on Friday,” the baker said.".encode())),
        (
            "files",
            ("dated.txt", b"date 2025-07-01\n\xe2\x80\x9cWe open today,\xe2\x80\x9d she said."),
        ),
    ]
    r = upload_client.post("/upload", files=files, follow_redirects=False)
    job_id = r.headers["location"].rsplit("/", 1)[1]
    job = wait_job(upload_client, job_id)
    assert job["state"] == "done" and job["result"]["undated"] == 1
    assert job["result"]["added"] == 2
    page = upload_client.get(r.headers["location"]).text
    assert "1 of them had no publication date" in page
