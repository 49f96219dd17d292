"""Ingest: turn files, directories and stdin into ``Article`` records.

``read_articles`` is the entry point. It streams: files are read one at a time, JSONL
line by line and WARC record by record. Every input yields either an ``Article`` or a
``Skipped(source, reason)``, whose reason is one line naming the file (and line or
record); nothing is dropped silently and bad data never raises.

Decisions, in one place:
    * A path that does not exist raises ``InputError`` before anything is read (a typo
      in a path makes the whole call meaningless); so do an empty input list and ``-``
      given twice. Every other problem is a ``Skipped`` record.
    * Formats are chosen by extension: ``.txt`` (seed format or plain text), ``.html``
      / ``.htm``, ``.jsonl`` / ``.ndjson``, ``.warc`` / ``.warc.gz``. A file with any
      other extension named explicitly is ``Skipped``; inside a directory, files with
      other extensions and hidden files/folders are ignored, and their count is logged
      as a warning. A directory with no readable file at all is ``Skipped``.
    * Directories are walked recursively in sorted path order; symbolic links to
      folders are not followed, and a sub-folder that cannot be listed is ``Skipped``.
    * ``-`` reads stdin and sniffs the format: JSONL if the first non-blank character is
      ``{``, WARC if it starts with ``WARC/`` or gzip magic, HTML if it starts with
      ``<``, else seed/plain text.
    * ``published`` and ``outlet`` are defaults: they fill in what a document does not
      say and never override a date or outlet the document gives itself.
    * Text that is not UTF-8 is decoded as Windows-1252 (Latin-1 for its five undefined
      bytes) with a logged warning rather than skipped, unless it is mostly UTF-8 (a
      stray byte in a UTF-8 file), which keeps UTF-8 with the bad bytes replaced; byte
      order marks are removed.
      NUL bytes or many control characters mean binary data: ``Skipped``.
    * Files read whole (``.txt``, ``.html``) over ``settings.max_file_bytes`` are refused
      from their size, unread. Streamed formats apply the limit per JSONL line / WARC
      payload instead. Texts over ``settings.max_text_chars`` are ``Skipped``.
    * Ids: the file stem for ``.txt``/``.html``; the ``id`` field for JSONL, else
      ``<stem>-<line>``; the WARC record UUID. Ids repeated within one call are made
      unique: the first keeps its id, later ones become ``<id>~2``, ``<id>~3``...
      (the per-format readers leave ids as found).
    * Text: JSONL ``text`` is kept exactly (CONTRACT offsets index into it); ``.txt``
      text has CRLF turned into LF and outer whitespace removed; HTML text is
      trafilatura's main text, one paragraph a line, headline first.
    * HTML metadata order: the page's own date (markup or URL, never free text, never
      the clock), else ``published``; for WARC, then the capture date (``WARC-Date``).
      Outlet: the site's declared name, else ``outlet``, else the host name.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from whosaid.config import DEFAULT, Settings
from whosaid.errors import InputError
from whosaid.ingest.common import (
    PrefixedStream,
    Unusable,
    decode_text,
    file_stem,
    read_stream_bounded,
    skipped,
    unique_ids,
)
from whosaid.ingest.html import article_from_html, read_html
from whosaid.ingest.jsonl import iter_jsonl, read_jsonl
from whosaid.ingest.text import article_from_text, read_text
from whosaid.ingest.warc import iter_warc, read_warc
from whosaid.model import Article, Skipped

__all__ = [
    "READERS",
    "read_articles",
    "read_html",
    "read_jsonl",
    "read_stream",
    "read_text",
    "read_warc",
]

log = logging.getLogger("whosaid")

Reader = Callable[..., Iterator[Article | Skipped]]
# Known file types, by (lower-case) suffix; longest suffixes are matched first.
READERS: dict[str, Reader] = {
    ".warc.gz": read_warc,
    ".warc": read_warc,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".txt": read_text,
}
STDIN = "-"
# Lines read from stdin while looking for the first non-blank character.
SNIFF_LINE_BYTES = 8192


def read_articles(
    inputs: Iterable[str | Path],
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Read articles from files, directories and stdin (``-``), streaming.

    Args:
        inputs: paths to files or directories, or ``-`` for stdin.
        published: publication date for documents that carry none (``--published``).
        outlet: outlet for documents that name none.
        settings: limits (``max_file_bytes``, ``max_text_chars``).

    Returns:
        An iterator of one ``Article`` per usable document and one ``Skipped`` per
        unusable one, in input order (directories in sorted order), ids unique.

    Raises:
        InputError: no inputs, a path that does not exist, or ``-`` given twice. Raised
            by this call itself, before anything is read.
    """
    paths = [STDIN if str(p) == STDIN else Path(p) for p in inputs]
    if not paths:
        raise InputError("no input given", hint="name files or directories, or - for stdin")
    missing = [str(p) for p in paths if p != STDIN and not os.path.lexists(p)]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    broken = [str(p) for p in paths if p != STDIN and not p.exists()]
    if broken:
        raise InputError(f"broken symbolic link: {', '.join(broken)}")
    if paths.count(STDIN) > 1:
        raise InputError("stdin (-) given more than once")
    if isinstance(published, datetime):
        published = published.date()
    outlet = outlet.strip() or None if outlet else None
    return unique_ids(_read_all(paths, published, outlet, settings))


def read_stream(
    stream: BinaryIO,
    *,
    name: str = STDIN,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Read documents from a binary stream of unknown format (stdin, an upload).

    The format is sniffed from the first non-blank character (see the module docstring).
    The id of a single text or HTML document is ``stdin`` for ``-``, else the stem of
    ``name``.

    Args:
        stream: binary stream.
        name: how the stream is named in sources and reasons.
        published: default publication date.
        outlet: default outlet.
        settings: limits.
    """
    prefix = b""
    while len(prefix) < settings.max_file_bytes:
        line = stream.readline(SNIFF_LINE_BYTES)
        prefix += line
        if not line or line.strip():
            break
    data = PrefixedStream(prefix, stream)
    head = prefix.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()
    stem = "stdin" if name == STDIN else file_stem(Path(name))
    opts = {"published": published, "outlet": outlet, "settings": settings}
    if head.startswith(b"{"):
        yield from iter_jsonl(data, name=name, stem=stem, **opts)
        return
    if head.startswith((b"WARC/", b"\x1f\x8b")):
        yield from iter_warc(data, name=name, **opts)
        return
    try:
        raw = read_stream_bounded(data, name, settings)
        if head.startswith(b"<"):
            yield article_from_html(raw, id=stem, source=name, **opts)
        else:
            text = decode_text(raw, name)
            yield article_from_text(text, id=stem, source=name, **opts)
    except Unusable as e:
        yield skipped(name, e)


def reader_for(path: Path) -> Reader | None:
    """The reader for a file's extension, or None for an unknown one."""
    lower = path.name.lower()
    for suffix, reader in READERS.items():
        if lower.endswith(suffix):
            return reader
    return None


def _read_all(
    paths: list[Path | str],
    published: date | None,
    outlet: str | None,
    settings: Settings,
) -> Iterator[Article | Skipped]:
    opts = {"published": published, "outlet": outlet, "settings": settings}
    for p in paths:
        if p == STDIN:
            yield from read_stream(sys.stdin.buffer, name=STDIN, **opts)
        elif isinstance(p, Path) and p.is_dir():
            yield from _read_dir(p, opts)
        else:
            assert isinstance(p, Path)
            reader = reader_for(p)
            if reader is None:
                known = ", ".join(READERS)
                what = f"unknown file type {p.suffix!r}" if p.suffix else "no file extension"
                yield skipped(str(p), Unusable(f"{p}: {what} (known: {known})"))
            else:
                yield from reader(p, **opts)


def _read_dir(root: Path, opts: dict) -> Iterator[Article | Skipped]:
    files: list[Path] = []
    ignored: dict[str, int] = {}
    unreadable: list[OSError] = []
    special: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for f in filenames:
            if f.startswith("."):
                continue
            path = Path(dirpath, f)
            if not path.is_file():
                special.append(path)  # a pipe or device: reading it could wait forever
            elif reader_for(path) is None:
                ext = path.suffix.lower() or "(none)"
                ignored[ext] = ignored.get(ext, 0) + 1
            else:
                files.append(path)
    if ignored:
        total = sum(ignored.values())
        kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(ignored.items()))
        log.warning("%s: ignored %d files of unknown type (%s)", root, total, kinds)
    for err in unreadable:
        where = err.filename or str(root)
        yield skipped(where, Unusable(f"{where}: cannot read folder: {err.strerror or err}"))
    for path in special:
        yield skipped(
            str(path), Unusable(f"{path}: not a regular file (a pipe, device or broken link)")
        )
    if not files and not unreadable and not special:
        yield skipped(
            str(root), Unusable(f"{root}: no readable files (known: {', '.join(READERS)})")
        )
        return
    files.sort(key=lambda f: f.relative_to(root).parts)
    for f in files:
        yield from reader_for(f)(f, **opts)  # type: ignore[misc]
