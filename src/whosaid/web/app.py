"""The local web app: search, articles, quote traces, speakers, dossiers and uploads.

``create_app(db_path)`` builds a FastAPI app over one whosaid store; ``serve`` runs it
with uvicorn (``whosaid serve``). Pages are rendered on the server with autoescaping
Jinja templates and carry no script at all; the same data is served as JSON under
``/api/`` (schema at ``/openapi.json``).

Decisions, in one place:
    * Each request opens its own store connection (SQLite connections are not shared
      across threads); the store runs in WAL mode, so uploads being written never block
      the pages being read.
    * Uploads are saved to a private temporary folder and ingested by one background
      worker (:mod:`whosaid.web.jobs`) through ``whosaid.api.ingest``: the CLI's rules
      for bad input, one transaction per upload. The answer is a job id to poll.
    * Errors: every ``WhosaidError`` (and every HTTP error) becomes
      ``{"ok": false, "error": msg, "status": n}`` under ``/api/`` and an escaped HTML
      page elsewhere, with the error's ``http_status``.
    * Security: article text is untrusted. Templates autoescape; search matches are
      marked by escaping the text and adding our own ``<mark>`` tags; links to article
      URLs are made only for http(s). Every response forbids scripts, frames and foreign
      requests (Content-Security-Policy). Without a token the app answers only to
      loopback host names (no DNS rebinding) and refuses cross-site form posts; with a
      token every request needs it (``Authorization: Bearer``, or ``?token=`` once,
      which sets a cookie).
"""

import hmac
import ipaddress
import logging
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote as urlquote
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from whosaid import __version__
from whosaid.config import DEFAULT, Settings
from whosaid.errors import InputError, WhosaidError
from whosaid.ingest.common import parse_date
from whosaid.report.html import jinja_env
from whosaid.store import Store
from whosaid.web import views
from whosaid.web.jobs import Jobs

log = logging.getLogger("whosaid")

# Largest upload request, all files together. 20 MB holds thousands of articles; bigger
# collections belong on the command line (`whosaid ingest`), not in a browser form.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# Most files in one upload: a folder of a story's articles, not a whole archive.
MAX_UPLOAD_FILES = 100
# Hits per search page, and the most articles a dossier of search results covers (the
# dossier links every quote pair across its articles; 100 renders in a few seconds).
SEARCH_PAGE = 20
DOSSIER_MAX_ARTICLES = 100
# Search hits read to pick a search's dossier articles (quotes and articles, best first).
_DOSSIER_HITS = 1000
# Rows of a long list (quote groups, speakers, a speaker's quotes, a group's printings)
# per HTML page, with "showing N–M of T" and page links; the JSON API returns them all.
# A wire quote printed by 20,000 articles made a page of 20,000 rows.
LIST_PAGE = 200
# Shortest token accepted: 16 characters of secrets.token_urlsafe is 96 bits.
MIN_TOKEN_CHARS = 16
TOKEN_COOKIE = "whosaid_token"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Pages have no script; everything else is denied too (inline CSS and data: images only).
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on our
    # own form posts, which the cross-site check must refuse.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Characters kept in an uploaded file's name (its extension picks the reader).
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")
MAX_NAME_CHARS = 120
# Form fields besides the files: published, outlet, and room for a browser's extras.
MAX_FORM_FIELDS = 20


class UploadTooLarge(InputError):
    """An upload over the size or file-count limit."""

    http_status = 413


def _is_api(path: str) -> bool:
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def _env() -> Environment:
    env = jinja_env("whosaid.web")
    env.filters["u"] = lambda s: urlquote(str(s), safe="")
    env.filters["article_url"] = article_url
    env.filters["qs"] = lambda d: urlencode(d or {}, doseq=True)
    env.filters["marked"] = views.marked
    env.filters["pct"] = lambda v: "n/a" if v is None else f"{v:.0%}"
    env.filters["when"] = when
    return env


def article_url(article_id: str) -> str:
    """The page of an article. Ids with a ``.`` or ``..`` segment go in the query string,
    since browsers resolve those segments (even percent-encoded) before sending a path."""
    if any(seg in (".", "..") for seg in article_id.split("/")):
        return "/article?" + urlencode({"id": article_id})
    return "/article/" + urlquote(article_id, safe="")


def when(value: str | None) -> str:
    """A TIMEX3 value in words: ``../2022-11-03`` is "by 2022-11-03", ``a/b`` "a to b"."""
    if not value:
        return "—"
    lo, sep, hi = value.partition("/")
    if not sep:
        return value
    if lo in ("", "..") and hi not in ("", ".."):
        return f"by {hi}"
    if hi in ("", "..") and lo not in ("", ".."):
        return f"from {lo}"
    return f"{lo} to {hi}"


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_token(token: str | None) -> None:
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        raise InputError(
            f"the access token is too short ({len(token)} characters; at least "
            f"{MIN_TOKEN_CHARS} needed)",
            hint='make one with: python -c "import secrets; print(secrets.token_urlsafe())"',
        )


def _parse_date(value: str | None) -> date | None:
    """The upload form's default date: empty, or strictly YYYY-MM-DD (as the CLI)."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return parse_date(value[:40])
    except ValueError as e:
        # the same words as the CLI: "is not YYYY-MM-DD" or "is not a real date"
        raise InputError(f'"published" {e}') from None


def _safe_name(name: str | None, index: int) -> str:
    """A file name safe to save: no folders, no odd characters; keeps the extension."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .")[-MAX_NAME_CHARS:]
    return base or f"upload-{index + 1}"


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    max_upload_files: int = MAX_UPLOAD_FILES,
    allowed_hosts: Iterable[str] | None = None,
    settings: Settings = DEFAULT,
) -> FastAPI:
    """Build the web app over the store at ``db_path``.

    Args:
        db_path: The SQLite store (created when missing; ``:memory:`` is refused, since
            every request opens its own connection).
        token: When set, every request must carry it.
        max_upload_bytes: Largest upload request, all files together.
        max_upload_files: Most files in one upload.
        allowed_hosts: Host names the app answers to (others get 400); None for any.
        settings: Pipeline settings used to ingest uploads.

    Returns:
        The FastAPI application.

    Raises:
        InputError: ``db_path`` is ``:memory:`` or the token is too short.
        StoreError: The store cannot be opened.
    """
    db = str(db_path)
    if db == ":memory:" or db.startswith("file::memory:"):
        raise InputError("the web app needs a database file, not :memory:")
    _check_token(token)
    Store(db).close()  # create or migrate now: a bad file fails here, not on first request
    jobs = Jobs(db, settings)
    env = _env()
    hosts = frozenset(h.lower() for h in allowed_hosts) if allowed_hosts is not None else None

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        jobs.shutdown(wait=False)

    app = FastAPI(
        title="whosaid",
        version=__version__,
        description="Who said what, to whom, when, and who copied whom, in a news store.",
        docs_url=None,  # Swagger UI loads from a CDN; the schema is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.jobs = jobs
    app.state.db_path = db

    def get_store() -> Iterator[Store]:
        store = Store(db, check_same_thread=False)
        try:
            yield store
        finally:
            store.close()

    StoreDep = Annotated[Store, Depends(get_store)]

    def page(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(
            request=request, path=request.url.path, version=__version__, **ctx
        )
        return HTMLResponse(html, status_code=status_code)

    def error_response(
        request: Request, status: int, message: str, hint: str | None = None
    ) -> Response:
        if _is_api(request.url.path):
            body: dict[str, Any] = {"ok": False, "error": message, "status": status}
            if hint:
                body["hint"] = hint
            return JSONResponse(body, status_code=status)
        return page(request, "error.html.j2", status, status=status, message=message, hint=hint)

    # -- errors -----------------------------------------------------------------------

    @app.exception_handler(WhosaidError)
    async def whosaid_error(request: Request, exc: WhosaidError) -> Response:
        if exc.http_status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc.message)
        return error_response(request, exc.http_status, exc.message, exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        msg = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no page at {request.url.path}"
        return error_response(request, exc.status_code, msg)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors()[:3]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", ""))
        return error_response(request, 422, "invalid request: " + "; ".join(parts))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # Starlette re-raises after this handler, so the traceback still reaches the log.
        return error_response(request, 500, "internal error; the server log has the details")

    # -- guard: host, origin, token, security headers ---------------------------------

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable) -> Response:
        resp = await _guarded(request, call_next)
        for k, v in SECURITY_HEADERS.items():
            resp.headers.setdefault(k, v)
        return resp

    async def _guarded(request: Request, call_next: Callable) -> Response:
        host = (request.url.hostname or "").lower()
        if hosts is not None and host not in hosts:
            return error_response(request, 400, f"this server does not answer to host {host!r}")
        origin = request.headers.get("origin")
        if request.method not in _SAFE_METHODS and origin is not None:
            o = urlsplit(origin)
            if o.netloc.lower() != (request.headers.get("host") or "").lower():
                return error_response(request, 403, "cross-site request refused")
        if token is None:
            return await call_next(request)
        given = _bearer(request.headers.get("authorization"))
        from_query = request.query_params.get("token")
        cookie = request.cookies.get(TOKEN_COOKIE)
        if given is None:
            given = from_query if from_query is not None else cookie
        if given is None or not hmac.compare_digest(given.encode(), token.encode()):
            return error_response(
                request,
                401,
                "this server needs an access token" if given is None else "wrong access token",
                "send 'Authorization: Bearer <token>', or open a page once with ?token=<token>",
            )
        if from_query is not None and request.method == "GET" and not _is_api(request.url.path):
            # Move the token from the address bar into a cookie, then drop it from the URL.
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + ("?" + urlencode(rest) if rest else "")
            resp: Response = RedirectResponse(target, status_code=303)
            resp.set_cookie(
                TOKEN_COOKIE,
                token,
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
            )
            return resp
        return await call_next(request)

    # -- uploads ----------------------------------------------------------------------

    async def accept_upload(request: Request) -> dict[str, Any]:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_upload_bytes:
            raise UploadTooLarge(
                f"upload is {int(length):,} bytes, over the limit of {max_upload_bytes:,}"
            )
        ctype = request.headers.get("content-type", "")
        if not ctype.startswith("multipart/form-data"):
            raise InputError("send the files as multipart/form-data, in a field named 'files'")
        counted = _count_body(request, max_upload_bytes)
        try:
            form = await counted.form(max_files=max_upload_files, max_fields=MAX_FORM_FIELDS)
        except (MultiPartException, StarletteHTTPException) as e:
            # Starlette turns the parser's MultiPartException into a bare HTTP 400.
            msg = str(getattr(e, "message", None) or getattr(e, "detail", None) or e)
            if "Too many files" in msg:
                raise UploadTooLarge(
                    f"upload refused: more than {max_upload_files} files (at most "
                    f"{max_upload_files} files per upload)"
                ) from e
            raise InputError(f"upload refused: malformed form data ({msg})") from e
        try:
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            published = _parse_date(_field(form.get("published")))
            outlet = (_field(form.get("outlet")) or "").strip()[:200] or None
            if not files:
                raise InputError("no file uploaded: choose one or more files ('files')")
            folder = Path(tempfile.mkdtemp(prefix="whosaid-upload-"))
            paths, names = [], []
            for i, f in enumerate(files):
                name = _safe_name(f.filename, i)
                d = folder / str(i)
                d.mkdir()
                with (d / name).open("wb") as out:
                    while chunk := await f.read(1 << 16):
                        out.write(chunk)
                paths.append(d / name)
                names.append(name)
        finally:
            await form.close()
        job = jobs.submit(folder, paths, names, published=published, outlet=outlet)
        return job.to_dict()

    upload_body = {
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["files"],
                        "properties": {
                            "files": {
                                "type": "array",
                                "items": {"type": "string", "format": "binary"},
                            },
                            "published": {
                                "type": "string",
                                "description": "default date, YYYY-MM-DD",
                            },
                            "outlet": {"type": "string", "description": "default outlet"},
                        },
                    }
                }
            },
        }
    }

    # -- JSON API ---------------------------------------------------------------------

    @app.get("/api/stats", tags=["api"])
    def api_stats(store: StoreDep) -> dict[str, Any]:
        """Counts of articles, quotes, anonymous quotes, outlets and quote groups."""
        return {"ok": True, **store.stats()}

    @app.get("/api/search", tags=["api"])
    def api_search(
        store: StoreDep,
        q: Annotated[str, Query(max_length=500, description="search words")],
        kind: Annotated[str | None, Query(pattern="^(article|quote)$")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = SEARCH_PAGE,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        """Full-text search; ``marks`` are (start, end) offsets of matches in ``snippet``."""
        return {"ok": True, **views.search(store, q, kind=kind, limit=limit, offset=offset)}

    @app.get("/api/articles", tags=["api"])
    def api_articles(
        store: StoreDep,
        limit: Annotated[int, Query(ge=1, le=views.MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        """Stored articles (metadata only), oldest first."""
        return {"ok": True, **views.articles(store, limit, offset)}

    @app.get("/api/articles/{article_id:path}", tags=["api"])
    def api_article(store: StoreDep, article_id: str) -> dict[str, Any]:
        """One article: text, quotes with speakers, dates, and its quote groups."""
        return {"ok": True, **views.article(store, article_id)}

    @app.get("/api/quotes/{quote_id}", tags=["api"])
    def api_quote(
        store: StoreDep, quote_id: Annotated[int, PathParam(ge=1, le=2**62)]
    ) -> dict[str, Any]:
        """One quote (ids come from search) and the history of each group it is in."""
        return {"ok": True, **views.quote(store, quote_id)}

    @app.get("/api/groups", tags=["api"])
    def api_groups(store: StoreDep) -> dict[str, Any]:
        """Quote groups (the same words in several articles), most uncredited first."""
        return {"ok": True, "groups": views.groups(store)}

    @app.get("/api/groups/{ref:path}", tags=["api"])
    def api_group(store: StoreDep, ref: str) -> dict[str, Any]:
        """A quote group's trace: every printing, first one, credit and age of the words."""
        return {"ok": True, **views.group(store, ref)}

    @app.get("/api/speakers", tags=["api"])
    def api_speakers(store: StoreDep) -> dict[str, Any]:
        """Named and unnamed speakers with quote and article counts."""
        return {"ok": True, "speakers": views.speakers(store)}

    @app.get("/api/speaker", tags=["api"])
    def api_speaker(
        store: StoreDep,
        name: Annotated[str | None, Query(max_length=300)] = None,
        descriptor: Annotated[str | None, Query(max_length=100)] = None,
        venue: Annotated[str | None, Query(max_length=300)] = None,
        outlet: Annotated[str | None, Query(max_length=300)] = None,
    ) -> dict[str, Any]:
        """Everything a named person, or an unnamed source of a kind, said."""
        return {
            "ok": True,
            **views.speaker(store, name=name, descriptor=descriptor, venue=venue, outlet=outlet),
        }

    @app.get("/api/dossier", tags=["api"])
    def api_dossier(
        store: StoreDep,
        q: Annotated[str | None, Query(max_length=500)] = None,
        id: Annotated[list[str] | None, Query(max_length=DOSSIER_MAX_ARTICLES)] = None,  # noqa: A002
    ) -> dict[str, Any]:
        """The dossier (``whosaid dossier --format json``) of a search's articles or of ids."""
        return {"ok": True, **_dossier(store, q, id)}

    @app.post("/api/uploads", tags=["api"], status_code=202, openapi_extra=upload_body)
    async def api_upload(request: Request) -> dict[str, Any]:
        """Upload article files (multipart field ``files``); returns a job to poll."""
        job = await accept_upload(request)
        return {"ok": True, "job": job, "url": f"/api/jobs/{job['id']}"}

    @app.get("/api/jobs/{job_id}", tags=["api"])
    def api_job(job_id: str) -> dict[str, Any]:
        """Progress of an upload: state, done/total articles, result or error."""
        return {"ok": True, "job": _job(job_id)}

    def _job(job_id: str) -> dict[str, Any]:
        snap = jobs.snapshot(job_id)
        if snap is None:
            from whosaid.errors import NotFound

            raise NotFound(f"no upload job {job_id[:40]!r} (jobs are forgotten on restart)")
        return snap

    def _dossier(store: Store, q: str | None, ids: list[str] | None) -> dict[str, Any]:
        from whosaid import api

        def too_many(n: int) -> InputError:
            return InputError(
                f"{n} articles match; a dossier covers at most "
                f"{DOSSIER_MAX_ARTICLES}: narrow the search"
            )

        more = ""
        if ids:
            wanted = views.require_article_ids(store, ids)
        elif q and q.strip():
            hits = store.search(q, limit=_DOSSIER_HITS)
            wanted = list(dict.fromkeys(h["article_id"] for h in hits))
            more = "+" if len(hits) >= _DOSSIER_HITS else ""
            if not wanted:
                raise InputError(f"no article matches {q.strip()[:100]!r}")
        else:
            # counted first: listing a big store's articles only to refuse them read
            # every article's text
            n = store.count()
            if not n:
                raise InputError("the store is empty: upload articles first")
            if n > DOSSIER_MAX_ARTICLES:
                raise too_many(n)
            wanted = [a.id for a in store.articles()]
        title = f"Dossier: {q.strip()}" if q and q.strip() and not ids else None
        if len(wanted) > DOSSIER_MAX_ARTICLES:
            if not title:
                raise too_many(len(wanted))
            # a search: its best matches (hits come best first), said in the title
            title += f" (the {DOSSIER_MAX_ARTICLES} best of {len(wanted)}{more} matching articles)"
            wanted = wanted[:DOSSIER_MAX_ARTICLES]
        return api.dossier(store, wanted, settings=settings, title=title)

    # -- HTML pages -------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, store: StoreDep) -> HTMLResponse:
        return page(request, "home.html.j2", d=views.home(store))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        store: StoreDep,
        q: Annotated[str, Query(max_length=500)] = "",
        kind: Annotated[str | None, Query(pattern="^(article|quote|)$")] = None,
        page_no: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1,
    ) -> HTMLResponse:
        d = None
        if q.strip():
            d = views.search(
                store,
                q,
                kind=kind or None,
                limit=SEARCH_PAGE + 1,
                offset=(page_no - 1) * SEARCH_PAGE,
            )
        more = bool(d and len(d["hits"]) > SEARCH_PAGE)
        if d:
            d["hits"] = d["hits"][:SEARCH_PAGE]
        return page(
            request, "search.html.j2", q=q, kind=kind or "", d=d, page_no=page_no, more=more
        )

    @app.get("/article/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
        return page(request, "article.html.j2", a=views.article(store, article_id))

    @app.get("/article", response_class=HTMLResponse, include_in_schema=False)
    def article_page_by_query(
        request: Request,
        store: StoreDep,
        id: Annotated[str, Query(max_length=1000)],  # noqa: A002
    ) -> HTMLResponse:
        return page(request, "article.html.j2", a=views.article(store, id))

    @app.get("/quote/{quote_id}", response_class=HTMLResponse, include_in_schema=False)
    def quote_page(
        request: Request, store: StoreDep, quote_id: Annotated[int, PathParam(ge=1, le=2**62)]
    ) -> HTMLResponse:
        d = views.quote(store, quote_id)
        for g in d["traces"]:  # the rest on the group's own pages
            if len(g["printings"]) > LIST_PAGE:
                g["shown_of"] = len(g["printings"])
                g["printings"] = g["printings"][:LIST_PAGE]
        return page(request, "quote.html.j2", d=d)

    @app.get("/groups", response_class=HTMLResponse, include_in_schema=False)
    def groups_page(request: Request, store: StoreDep, page_no: PageNo = 1) -> HTMLResponse:
        start = (page_no - 1) * LIST_PAGE
        groups = views.groups(store, LIST_PAGE, start)
        pager = pager_of(len(groups), store.count_links(), page_no, {})
        return page(request, "groups.html.j2", groups=groups, pager=pager)

    @app.get("/group/{ref:path}", response_class=HTMLResponse, include_in_schema=False)
    def group_page(
        request: Request, store: StoreDep, ref: str, page_no: PageNo = 1
    ) -> HTMLResponse:
        g = views.group(store, ref)
        article_ids = list(dict.fromkeys(o["article_id"] for o in g["printings"]))
        if len(article_ids) > DOSSIER_MAX_ARTICLES:
            article_ids = []  # no dossier link: it would be refused
        g["printings"], pager = paged(g["printings"], page_no, {})
        return page(request, "group.html.j2", g=g, pager=pager, article_ids=article_ids)

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(request: Request, store: StoreDep, page_no: PageNo = 1) -> HTMLResponse:
        speakers, pager = paged(views.speakers(store), page_no, {})
        return page(request, "speakers.html.j2", speakers=speakers, pager=pager)

    @app.get("/speaker", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(
        request: Request,
        store: StoreDep,
        name: Annotated[str | None, Query(max_length=300)] = None,
        descriptor: Annotated[str | None, Query(max_length=100)] = None,
        venue: Annotated[str | None, Query(max_length=300)] = None,
        outlet: Annotated[str | None, Query(max_length=300)] = None,
        page_no: PageNo = 1,
    ) -> HTMLResponse:
        d = views.speaker(store, name=name, descriptor=descriptor, venue=venue, outlet=outlet)
        query = {"name": name, "descriptor": descriptor, "venue": venue, "outlet": outlet}
        d["n_quotes"] = len(d["quotes"])
        d["quotes"], pager = paged(d["quotes"], page_no, query)
        return page(request, "speaker.html.j2", s=d, pager=pager)

    @app.get("/dossier", response_class=HTMLResponse, include_in_schema=False)
    def dossier_page(
        store: StoreDep,
        q: Annotated[str | None, Query(max_length=500)] = None,
        id: Annotated[list[str] | None, Query(max_length=DOSSIER_MAX_ARTICLES)] = None,  # noqa: A002
    ) -> HTMLResponse:
        # The report package's renderer, unchanged: `whosaid dossier --format html` and
        # this page cannot drift apart.
        from whosaid.report import render_dossier

        return HTMLResponse(render_dossier(_dossier(store, q, id), "html"))

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_page(request: Request) -> HTMLResponse:
        return page(
            request, "upload.html.j2", max_bytes=max_upload_bytes, max_files=max_upload_files
        )

    @app.post("/upload", include_in_schema=False)
    async def upload_post(request: Request) -> Response:
        job = await accept_upload(request)
        return RedirectResponse(f"/jobs/{job['id']}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(request: Request, job_id: str) -> HTMLResponse:
        return page(request, "job.html.j2", job=_job(job_id))

    return app


PageNo = Annotated[int, Query(alias="page", ge=1, le=1_000_000)]


def paged(rows: list, page_no: int, query: dict[str, Any]) -> tuple[list, dict[str, Any]]:
    """Page ``page_no`` (from 1) of ``rows``, ``LIST_PAGE`` rows, and what the page
    links need: the rows shown, the total, and the query strings of the pages before and
    after (``query`` is the rest of the page's query string)."""
    start = (page_no - 1) * LIST_PAGE
    shown = rows[start : start + LIST_PAGE]
    return shown, pager_of(len(shown), len(rows), page_no, query)


def pager_of(shown: int, total: int, page_no: int, query: dict[str, Any]) -> dict[str, Any]:
    """The page links of page ``page_no`` showing ``shown`` of ``total`` rows (``paged``)."""
    start = (page_no - 1) * LIST_PAGE
    keep = {k: v for k, v in query.items() if v is not None}
    return {
        "first": start + 1,
        "last": start + shown,
        "total": total,
        "paged": total > LIST_PAGE or page_no > 1,
        "previous": urlencode({**keep, "page": page_no - 1}) if page_no > 1 else None,
        "next": urlencode({**keep, "page": page_no + 1}) if start + LIST_PAGE < total else None,
    }


def _field(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bearer(header: str | None) -> str | None:
    if header and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def _count_body(request: Request, limit: int) -> Request:
    """The request, reading its body through a counter that stops at ``limit`` bytes.

    Content-Length can be absent (chunked uploads) or wrong; counting what is actually
    received keeps a huge upload from being spooled to disk before it is refused.
    """
    receive = request.receive
    seen = 0

    async def counted() -> dict:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise UploadTooLarge(f"upload is over the limit of {limit:,} bytes")
        return message

    return Request(request.scope, counted)


def serve(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    *,
    settings: Settings = DEFAULT,
    log_level: str = "info",
) -> None:
    """Run the web app with uvicorn until interrupted.

    Args:
        db_path: The store to serve.
        host: Address to bind. Anything but loopback needs a ``token``.
        port: TCP port.
        token: Access token every request must carry.
        settings: Pipeline settings used to ingest uploads.
        log_level: uvicorn's log level.

    Raises:
        WhosaidError: ``host`` is not loopback and no token is given.
        InputError: the token is too short.
    """
    import uvicorn

    if not is_loopback(host) and not token:
        raise WhosaidError(
            f"refusing to serve on {host!r} without an access token: anyone who can reach "
            "this address could read and change the store",
            hint="pass a token (--token), or bind 127.0.0.1",
        )
    app = create_app(
        db_path, token=token, settings=settings, allowed_hosts=None if token else LOOPBACK_HOSTS
    )
    log.info("serving %s on http://%s:%d/", db_path, host, port)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
