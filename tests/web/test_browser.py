"""Real-browser tests: uvicorn on a free loopback port, driven by Chromium via Playwright.

They need Debian's ``chromium`` (``make browser-deps``); Playwright's own browser
download is not used. Without it they skip with a reason.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WEB_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
# Milliseconds a page or an upload may take: extraction of one small file is well under a
# second, but a cold spaCy load in the worker adds a few.
TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def server(base_db, tmp_path_factory):
    """The real app under uvicorn, on a socket bound to a free 127.0.0.1 port."""
    uvicorn = pytest.importorskip("uvicorn")
    from whosaid.web import create_app
    from whosaid.web.app import LOOPBACK_HOSTS

    db = tmp_path_factory.mktemp("browser") / "store.db"
    shutil.copyfile(base_db, db)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(db, allowed_hosts=LOOPBACK_HOSTS)
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            raise AssertionError("uvicorn did not start in 10 s")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: run `make browser-deps` (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert dialogs == [], f"a script ran: {dialogs}"


def test_search_trace_and_follow_a_provenance_link(server, page):
    page.goto(server + "/")
    page.fill("main input[name=q]", '"last boat"')
    page.press("main input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("main mark").count() >= 1
    page.locator("div.hit.quote a.title").first.click()
    page.wait_for_url("**/quote/*")
    assert page.get_by_text("Where else these words were printed").is_visible()
    trace = page.locator("div.trace").first
    assert trace.locator(".tag.first").count() == 1
    assert trace.locator(".tag.uncredited").count() >= 1
    # Follow the edge to the article that reprinted the words without credit.
    row = trace.locator("tr", has=page.locator(".tag.uncredited")).first
    row.locator("a.edge").click()
    page.wait_for_url("**/article/coastline-ferry#q-*")
    assert page.locator("h1").inner_text() == "Gull Island left stranded as ferry ends"
    assert page.locator(".text span.q").count() >= 1
    assert page.locator(".text span.s").count() >= 1


def test_upload_shows_progress_until_ingested(server, page):
    page.goto(server + "/upload")
    page.set_input_files("input[name=files]", str(WEB_FIXTURES / "library_hours.txt"))
    page.click("input[type=submit]")
    page.wait_for_url("**/jobs/*")
    page.get_by_text("Done.").wait_for()
    assert page.locator("#state").inner_text() == "done"
    page.locator("#ingested a").first.click()
    page.wait_for_url("**/article/library_hours")
    assert "Library to open on Sundays" in page.locator("h1").inner_text()


def test_upload_of_a_bad_file_shows_the_reason(server, page, tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not an article")
    page.goto(server + "/upload")
    page.set_input_files("input[name=files]", str(bad))
    page.click("input[type=submit]")
    page.wait_for_url("**/jobs/*")
    page.get_by_text("Nothing was added.").wait_for()
    reasons = page.locator("#skipped").inner_text()
    assert "scan.pdf" in reasons and "unknown file type" in reasons


def test_planted_markup_does_not_run(server, page):
    page.goto(server + "/article/xss-lab")
    assert page.evaluate("document.querySelectorAll('script, img, iframe').length") == 0
    assert "<script>alert('text')</script>" in page.locator(".text").inner_text()
    page.goto(server + "/search?q=freezer")
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    page.goto(server + "/dossier?id=xss-lab")
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
