"""HTML pages: main text and metadata via trafilatura, publication date via htmldate.

Extraction favours precision (``favor_precision=True``, no comments): a missed
paragraph costs less than navigation or "most read" links passed off as article text.
Paragraphs are kept as ``\\n``-separated lines. The page title becomes the first line of
the text when the extracted body does not already start with it, as in the seed format,
because headlines often carry quotes.

The publication date comes from markup only (meta tags, ``<time>``, JSON-LD, the URL):
htmldate's free-text search is off, since dates mentioned in the story are not the
publication date, and no date is ever filled in from the clock.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import trafilatura

from whosaid.config import DEFAULT, Settings
from whosaid.ingest.common import (
    CP1252_GAPS,
    Unusable,
    check_text,
    looks_binary,
    mostly_utf8,
    one_line,
    parse_date,
    read_bounded,
    skipped,
)
from whosaid.model import Article, Skipped

log = logging.getLogger("whosaid")

# Where to look for a declared charset: the HTML spec's prescan reads the first 1024
# bytes; a little more allows for long <head> comments.
CHARSET_SNIFF_BYTES = 2048
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"\s+")
# Host part of a URL without "www."; trafilatura names a site after it when the page
# names none (its META_URL pattern), which is weaker than an outlet the caller gives.
_URL_HOST = re.compile(r"https?://(?:www\.|w[0-9]+\.)?([^/]+)", re.I)


def read_html(
    path: str | Path,
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Read one saved ``.html``/``.htm`` page; yields exactly one record.

    Args:
        path: the file. Its stem becomes the article id.
        published: date for a page whose markup gives none.
        outlet: outlet for a page that names no site.
        settings: limits (``max_file_bytes``, ``max_text_chars``).

    Yields:
        One ``Article``, or one ``Skipped`` for an empty, binary, oversized or unreadable
        file, or a page with no main text.
    """
    path = Path(path)
    name = str(path)
    try:
        data = read_bounded(path, settings)
    except Unusable as e:
        yield skipped(name, e)
        return
    yield article_from_html(
        data, id=path.stem, source=name, published=published, outlet=outlet, settings=settings
    )


def article_from_html(
    data: bytes | str,
    *,
    id: str,
    source: str,
    url: str | None = None,
    published: date | None = None,
    outlet: str | None = None,
    encoding: str | None = None,
    settings: Settings = DEFAULT,
) -> Article | Skipped:
    """Extract the article in one HTML page.

    Args:
        data: the page, as bytes (decoded here) or text.
        id: article id.
        source: where the page came from, used in reasons.
        url: the page's address, if known (helps date extraction; the page's canonical
            link is used when this is None).
        published: date used when the markup gives none.
        outlet: outlet used when the page names no site.
        encoding: charset declared outside the page (an HTTP header), tried first.
        settings: limits (``max_text_chars``).

    Returns:
        The article, or ``Skipped`` when the page is binary, empty or has no main text.
    """
    try:
        html = data if isinstance(data, str) else decode_html(data, source, encoding)
        return _extract(html, id, source, url, published, outlet, settings)
    except Unusable as e:
        return skipped(source, e)


def decode_html(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode page bytes: BOM, then UTF-8, the given or declared charset, else cp1252.

    Raises:
        Unusable: the bytes are binary data, not a page.
    """
    if looks_binary(data):
        raise Unusable(f"{name}: binary data (NUL bytes), not HTML")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    for codec in (encoding, m.group(1).decode("ascii") if m else None):
        if codec:
            try:
                return data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                continue
    text = mostly_utf8(data, name)
    if text is not None:
        return text
    log.warning("%s: not valid UTF-8 and no usable charset, decoded as cp1252", name)
    return data.decode("cp1252", errors=CP1252_GAPS)


def _extract(
    html: str,
    id: str,
    source: str,
    url: str | None,
    published: date | None,
    outlet: str | None,
    settings: Settings,
) -> Article:
    if not html.strip():
        raise Unusable(f"{source}: empty page")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params=_date_params(),
        )
    except Exception as e:  # trafilatura/lxml can fail on pathological markup
        log.debug("trafilatura failed on %s", source, exc_info=True)
        raise Unusable(
            f"{source}: HTML extraction failed: {type(e).__name__}: {one_line(e)}"
        ) from e
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise Unusable(f"{source}: no article text found in the page")

    title = _clean(getattr(doc, "title", None))
    text = body
    if title and not _starts_with_title(body, title):
        text = f"{title}\n{body}"
    check_text(text, source, settings)

    page_date = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            page_date = parse_date(raw_date)
        except ValueError:
            log.debug("%s: unusable page date %r", source, raw_date)
    return Article(
        id=id,
        text=text,
        published=page_date or published,
        outlet=_outlet(doc, outlet),
        title=title,
        url=url or _clean(getattr(doc, "url", None)),
        source=source,
    )


def _outlet(doc: Any, default: str | None) -> str | None:
    """The site's own name, else the default, else the host name trafilatura fell back on."""
    sitename = _clean(getattr(doc, "sitename", None))
    host = _clean(getattr(doc, "hostname", None))
    url = getattr(doc, "url", None) or ""
    m = _URL_HOST.match(url)
    from_url = {h.lower() for h in (host, m.group(1) if m else None) if h}
    if sitename and sitename.lower() in from_url:
        return default or sitename
    return sitename or default


def _date_params() -> dict[str, Any]:
    # extensive_search=False: markup and URL only (see the module docstring). max_date is
    # today, as trafilatura sets it: a "publication date" in the future is a markup error.
    return {
        "extensive_search": False,
        "original_date": True,
        "max_date": date.today().isoformat(),
    }


def _clean(value: str | None) -> str | None:
    value = _SPACES.sub(" ", value).strip() if value else None
    return value or None


def _starts_with_title(body: str, title: str) -> bool:
    """True when the first line of the body is the headline (or part of the title).

    The <title> often adds the site name ("Headline | Site") to the <h1> the body
    starts with, so containment either way counts.
    """
    first = _SPACES.sub(" ", body.split("\n", 1)[0]).strip().casefold()
    t = title.casefold()
    # A short first line ("Home", "By ...") inside the title is not the headline.
    return bool(first) and (t in first or (first in t and len(first) >= len(t) / 2))
