"""Take the web app's screenshots in docs/screenshots/ with headless Chromium.

Usage:
    .venv/bin/python docs/screenshots/make.py [--shared ../shared]

Builds a throw-away store from the invented stories in tests/fixtures/web/ and
examples/story/ (text written for the project: no third-party article appears in a
screenshot), serves it on a free loopback port, and saves one PNG per main page, plus
the first page a new user sees (empty store). Needs Debian's chromium and Playwright.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from whosaid import api
from whosaid.store import Store
from whosaid.web import create_app
from whosaid.web.app import LOOPBACK_HOSTS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "web"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}


@contextmanager
def serving(db: Path) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    srv = uvicorn.Server(
        uvicorn.Config(create_app(db, allowed_hosts=LOOPBACK_HOSTS), log_level="warning")
    )
    t = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    t.start()
    while not srv.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        srv.should_exit = True
        t.join(10)
        sock.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="whosaid-shots-"))
    empty, full = tmp / "empty.db", tmp / "full.db"
    Store(empty).close()
    with Store(full) as store:
        api.ingest([FIXTURES / "story.jsonl", ROOT / "examples" / "story"], store)
        group = store.links()[0].key if store.links() else None

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport=VIEWPORT)

        def shot(url: str, name: str, full_page: bool = False) -> None:
            page.goto(url)
            page.screenshot(path=str(HERE / name), full_page=full_page)
            print("wrote", HERE / name)

        with serving(empty) as base:
            shot(base + "/", "first-visit.png")
        with serving(full) as base:
            shot(base + "/", "home.png", full_page=True)
            shot(base + "/search?q=%22last+boat%22", "search.png")
            shot(base + "/article/courier-ferry", "article.png")
            if group:
                shot(base + "/group/" + group, "trace.png")
            shot(base + "/speakers", "speakers.png")
            shot(base + "/speaker?descriptor=insider", "speaker-insider.png")
            page.goto(base + "/upload")
            page.set_input_files("input[name=files]", [str(FIXTURES / "library_hours.txt")])
            page.click("input[type=submit]")
            page.get_by_text("Done.").wait_for(timeout=60_000)
            page.screenshot(path=str(HERE / "upload-done.png"))
            print("wrote", HERE / "upload-done.png")
            page.goto(base + "/upload")
            bad = tmp / "scan.pdf"
            bad.write_bytes(b"%PDF-1.4")
            page.set_input_files("input[name=files]", str(bad))
            page.click("input[type=submit]")
            page.get_by_text("Nothing was added.").wait_for(timeout=60_000)
            page.screenshot(path=str(HERE / "upload-error.png"))
            print("wrote", HERE / "upload-error.png")
            # A bigger upload, caught half-way through: the example story, 10 times over.
            feed = tmp / "feed.jsonl"
            lines = (ROOT / "examples" / "story" / "story.jsonl").read_text(encoding="utf-8").splitlines()
            rows = [json.loads(x) for x in lines]
            feed.write_text("".join(json.dumps(dict(r, id=f"{r['id']}-{i}")) + "\n"
                                    for i in range(10) for r in rows), encoding="utf-8")
            page.goto(base + "/upload")
            page.set_input_files("input[name=files]", str(feed))
            page.click("input[type=submit]")
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                text = page.locator("main").inner_text()
                if re.search(r"\b[1-9]\d* of 30 articles", text) or "Done." in text:
                    break
                time.sleep(0.2)
            page.screenshot(path=str(HERE / "upload-progress.png"))
            print("wrote", HERE / "upload-progress.png")
            shot(base + "/dossier?q=ferry", "dossier-story.png", full_page=True)
            shot(base + "/dossier?q=Marsh", "dossier-example.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
