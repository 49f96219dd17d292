"""Untrusted article text never becomes markup; tokens, hosts and origins are enforced."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from whosaid.errors import InputError, WhosaidError
from whosaid.web import create_app, serve
from whosaid.web.app import LOOPBACK_HOSTS, TOKEN_COOKIE

TOKEN = "test-token-0123456789abcdef"
# Markup planted in every field of the xss-lab fixture; none may reach a page unescaped.
PLANTED = ("<script>", "<img src=x", "<b>Bold</b>", '<a href="javascript:')


@pytest.mark.parametrize(
    "path",
    [
        "/article/xss-lab",
        "/search?q=freezer",
        "/search?q=laboratory",
        "/speaker?name=Dana%20Moreau",
        "/dossier?id=xss-lab",
        "/",
        "/speakers",
    ],
)
def test_planted_markup_is_escaped_everywhere(client, path):
    r = client.get(path)
    assert r.status_code == 200
    html = r.text
    for bad in PLANTED:
        assert bad not in html, (path, bad)
    assert 'href="javascript:' not in html.lower()
    assert len(re.findall(r"<script", html, re.I)) == 0
    # The planted text is still shown, as text.
    if path != "/speakers":
        assert "&lt;" in html


def test_javascript_url_is_not_a_link(client):
    html = client.get("/article/xss-lab").text
    assert "javascript:alert(&#39;url&#39;)" in html  # shown as text
    assert not re.search(r"href=\"[^\"]*javascript", html, re.I)


def test_search_marks_only_with_our_tags(client):
    hits = client.get("/search", params={"q": "onerror"}).text
    assert "&lt;img src=x <mark>onerror</mark>" in hits or "<mark>onerror</mark>" in hits
    assert "<img" not in hits


def test_error_pages_escape_the_request(client):
    r = client.get("/article/<script>alert(1)</script>")
    assert r.status_code == 404
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;" in r.text


def test_every_response_forbids_scripts(client):
    for path in ("/", "/article/xss-lab", "/api/stats", "/nothing"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_token_is_required_everywhere(base_db):
    with TestClient(create_app(base_db, token=TOKEN)) as c:
        for path in ("/", "/api/stats", "/openapi.json", "/article/courier-ferry"):
            assert c.get(path).status_code == 401, path
        r = c.get("/api/stats")
        assert r.json() == {
            "ok": False,
            "error": "this server needs an access token",
            "status": 401,
            "hint": r.json()["hint"],
        }
        assert (
            c.get(
                "/api/stats", headers={"Authorization": "Bearer wrong-token-000000000"}
            ).status_code
            == 401
        )
        assert c.post("/api/uploads").status_code == 401
        ok = c.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json()["articles"] == 4


def test_token_in_the_url_becomes_a_cookie(base_db):
    with TestClient(create_app(base_db, token=TOKEN)) as c:
        r = c.get(f"/search?q=ferry&token={TOKEN}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/search?q=ferry"
        assert TOKEN_COOKIE in r.cookies
        assert "httponly" in r.headers["set-cookie"].lower()
        assert "samesite=strict" in r.headers["set-cookie"].lower()
        # The client keeps the cookie: later pages need no token.
        assert c.get("/article/courier-ferry").status_code == 200


def test_wrong_token_cookie_is_refused(base_db):
    with TestClient(create_app(base_db, token=TOKEN)) as c:
        c.cookies.set(TOKEN_COOKIE, "x" * 30)
        r = c.get("/")
        assert r.status_code == 401 and "wrong access token" in r.text


def test_loopback_only_host_names(base_db):
    app = create_app(base_db, allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        assert c.get("/api/stats").status_code == 200
    with TestClient(app, base_url="http://attacker.example") as c:
        r = c.get("/api/stats")
        assert r.status_code == 400 and "attacker.example" in r.json()["error"]


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://testserver:9"])
def test_cross_site_posts_are_refused(db, origin):
    with TestClient(create_app(db)) as c:
        r = c.post("/upload", files={"files": ("a.txt", b"words")}, headers={"Origin": origin})
        assert r.status_code == 403
        assert "cross-site" in r.text
        ok = c.post(
            "/upload",
            files={"files": ("a.txt", b"words")},
            headers={"Origin": "http://testserver"},
            follow_redirects=False,
        )
        assert ok.status_code == 303


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_serve_refuses_public_address_without_token(db, host):
    with pytest.raises(WhosaidError, match="without an access token"):
        serve(db, host=host)


def test_short_tokens_and_memory_stores_are_refused(db):
    with pytest.raises(InputError, match="too short"):
        create_app(db, token="abc")
    with pytest.raises(InputError, match=":memory:"):
        create_app(":memory:")


def test_unexpected_errors_keep_the_envelope(db):
    app = create_app(db)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
        assert r.status_code == 500
        assert r.json() == {
            "ok": False,
            "status": 500,
            "error": "internal error; the server log has the details",
        }
