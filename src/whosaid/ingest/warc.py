"""Web archives (``.warc``, ``.warc.gz``) read with warcio, one article per HTML page.

Every ``response`` (and ``resource``) record is a candidate document: an HTML payload
with a 2xx status goes through the HTML path (``html.article_from_html``); any other
payload (an image, a redirect, a 404) is reported as ``Skipped``. Records that are not
documents (``warcinfo``, ``request``, ``metadata``, ``revisit``) are passed over.

Metadata:
    * ``url`` is the record's ``WARC-Target-URI``.
    * ``published`` is the page's own date (markup or URL); else the ``published``
      argument; else the date part of ``WARC-Date``, the capture date. News is usually
      captured within a day or two of publication, so the capture date is a close
      anchor for relative dates, and closer than none.
    * ``id`` is the UUID of ``WARC-Record-ID`` (unique per record and stable for a
      given file), else a hash of the URL.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import WARCIterator
from warcio.limitreader import LimitReader

from whosaid.config import DEFAULT, Settings
from whosaid.ingest.common import Unusable, one_line, parse_date, skipped
from whosaid.ingest.html import article_from_html
from whosaid.model import Article, Skipped

log = logging.getLogger("whosaid")

DOCUMENT_RECORDS = frozenset({"response", "resource"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_UUID = re.compile(r"<?urn:uuid:([0-9a-fA-F-]+)>?")


def read_warc(
    path: str | Path,
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Stream the HTML pages of one WARC file (plain or gzipped).

    Args:
        path: the file.
        published: date for pages whose markup gives none (before ``WARC-Date``).
        outlet: outlet for pages that name no site.
        settings: limits (``max_file_bytes`` per payload, ``max_text_chars``).

    Yields:
        An ``Article`` per HTML page, a ``Skipped`` per other document record (source
        ``crawl.warc.gz:3``, the record number), and one ``Skipped`` for the file if it
        is unreadable, empty or breaks off (records read before the break are kept).
    """
    path = Path(path)
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        yield skipped(name, Unusable(f"{name}: cannot read: {e.strerror or e}"))
        return
    with fh:
        yield from iter_warc(fh, name=name, published=published, outlet=outlet, settings=settings)


def iter_warc(
    stream: BinaryIO,
    *,
    name: str,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Stream the HTML pages of a WARC from an open binary stream (file or stdin).

    Args:
        stream: binary stream at the start of the archive.
        name: how the stream is named in sources and reasons.
        published: default date, as in ``read_warc``.
        outlet: default outlet, as in ``read_warc``.
        settings: limits.
    """
    n = 0
    passed_over = 0
    records = WARCIterator(stream)
    try:
        for record in records:
            n += 1
            if record.rec_type is None or record.rec_headers.get_header("Content-Length") is None:
                # Both headers are mandatory; warcio hands back what it read of a record
                # cut off inside its headers.
                yield skipped(
                    f"{name}:{n}",
                    Unusable(f"record {n} of {name}: incomplete WARC header (record cut short?)"),
                )
                continue
            if record.rec_type not in DOCUMENT_RECORDS:
                passed_over += 1
                continue
            where = f"{name}:{n}"
            try:
                yield _record_article(record, n, name, published, outlet, settings)
            except Unusable as e:
                yield skipped(where, e)
    except Exception as e:  # warcio raises many kinds on a corrupt or truncated file
        log.debug("WARC read failed in %s", name, exc_info=True)
        after = f" after {n} records" if n else ""
        if type(e).__name__ == "ArchiveLoadFailed":
            # its message quotes the bad bytes: not something to print
            what = "no WARC record header where a record should start"
        elif isinstance(e, (OSError, EOFError, ValueError)):
            what = f"unreadable record ({one_line(e, 80)})"
        else:  # an error inside warcio on bytes it does not expect: nothing to show
            what = "unreadable record (not valid WARC data)"
        yield skipped(name, Unusable(f"{name}: broken WARC{after}: {what}"))
        return
    if records.offset < records.fh.tell():
        # A record cut off inside its headers ends warcio's iteration quietly, as if the
        # file ended there; the bytes read past the last whole record give it away.
        after = f" after {n} records" if n else ""
        yield skipped(name, Unusable(f"{name}: broken WARC{after}: the next record is cut short"))
    elif n == 0:
        yield skipped(name, Unusable(f"{name}: no WARC records (empty file)"))
    elif passed_over:
        log.debug("%s: passed over %d non-document records", name, passed_over)


def _record_article(
    record: Any,
    n: int,
    name: str,
    published: date | None,
    outlet: str | None,
    settings: Settings,
) -> Article | Skipped:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    at = f"record {n} of {name}" + (f" ({url})" if url else "")
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if not (status or "").startswith("2"):
            raise Unusable(f"{at}: HTTP status {status}, not a page")
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    mime = ctype.split(";", 1)[0].strip().lower()

    payload = record.content_stream().read(settings.max_file_bytes + 1)
    if len(payload) > settings.max_file_bytes:
        raise Unusable(f"{at}: payload over the limit of {settings.max_file_bytes:,} bytes")
    raw = record.raw_stream
    if isinstance(raw, LimitReader) and raw.limit > 0:
        # warcio stops quietly at the end of a cut-off file; the record is incomplete.
        raise Unusable(f"{at}: record cut short ({raw.limit:,} bytes missing)")
    if not payload.strip():
        raise Unusable(f"{at}: empty payload")
    if mime not in HTML_TYPES and not (not mime and _looks_html(payload)):
        raise Unusable(f"{at}: not HTML ({mime or 'no content type'})")

    warc_date = None
    if warc_date_header := record.rec_headers.get_header("WARC-Date"):
        try:
            warc_date = parse_date(warc_date_header)
        except ValueError:
            log.debug("%s: unusable WARC-Date %r", at, warc_date_header)
    m = _CHARSET.search(ctype)
    return article_from_html(
        payload,
        id=_record_id(record, url),
        source=f"{name}:{n}",
        url=url,
        published=published or warc_date,
        outlet=outlet,
        encoding=m.group(1) if m else None,
        settings=settings,
    )


def _record_id(record: Any, url: str | None) -> str:
    rid = record.rec_headers.get_header("WARC-Record-ID") or ""
    m = _UUID.fullmatch(rid.strip())
    if m:
        return m.group(1).lower()
    if rid.strip():
        return rid.strip().strip("<>")
    return hashlib.sha1((url or "").encode("utf-8")).hexdigest()[:16]


def _looks_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
