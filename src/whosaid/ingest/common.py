"""Helpers shared by the ingest readers: bounded reads, decoding, dates, ids.

Readers turn every problem with one document into an ``Unusable`` exception carrying a
one-line reason; the reader catches it and yields ``Skipped`` instead, so a batch always
survives one bad document.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, TypeVar

from whosaid.config import Settings
from whosaid.model import Article, Skipped

log = logging.getLogger("whosaid")

# How much of a file is inspected to tell text from binary data. 8 kB is what git and
# file(1) look at for the same decision.
SNIFF_BYTES = 8192
# Share of control characters (other than tab, newline, carriage return, form feed and
# vertical tab) above which decoded "text" is taken to be binary data. Prose has none; a
# mis-decoded binary file has several per hundred characters.
MAX_CONTROL_RATIO = 0.01
# Strict ISO 8601 calendar date, as in the eval contract; an ISO date-time is accepted
# too and its date part kept (feeds often carry full timestamps).
ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Error handler for cp1252 decoding: the bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F,
# 0x90, 0x9D) are taken as Latin-1, as browsers do, instead of failing the whole file.
CP1252_GAPS = "whosaid-cp1252-gaps"
codecs.register_error(CP1252_GAPS, lambda e: (e.object[e.start : e.end].decode("latin-1"), e.end))

T = TypeVar("T")


class Unusable(Exception):
    """One document cannot be used; ``reason`` is the one-line message for ``Skipped``."""

    def __init__(self, reason: str, id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.id = id


def skipped(source: str, err: Unusable) -> Skipped:
    """Turn an ``Unusable`` into the record the reader yields.

    Logged at debug level only: the record itself is the report (the CLI prints it).
    """
    log.debug("skipped %s", err.reason)
    return Skipped(source=source, reason=err.reason, id=err.id)


def one_line(message: object, limit: int = 200) -> str:
    """A message squeezed onto one line and cut to ``limit`` characters (for reasons)."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_bounded(path: Path, settings: Settings) -> bytes:
    """Read a whole file, refusing one larger than ``settings.max_file_bytes`` unread.

    Raises:
        Unusable: the file is too large, empty or cannot be read.
    """
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            raise Unusable(
                f"{path}: file is {size:,} bytes, over the limit of {settings.max_file_bytes:,}"
            )
        with path.open("rb") as fh:
            # A file can grow between stat() and read(); never read past the limit.
            data = fh.read(settings.max_file_bytes + 1)
    except OSError as e:
        raise Unusable(f"{path}: cannot read: {e.strerror or e}") from e
    if len(data) > settings.max_file_bytes:
        raise Unusable(f"{path}: file is over the limit of {settings.max_file_bytes:,} bytes")
    if not data:
        raise Unusable(f"{path}: empty file")
    return data


def read_stream_bounded(stream: BinaryIO, name: str, settings: Settings) -> bytes:
    """Read a whole stream (stdin), refusing one longer than ``settings.max_file_bytes``."""
    data = stream.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        raise Unusable(f"{name}: input is over the limit of {settings.max_file_bytes:,} bytes")
    if not data:
        raise Unusable(f"{name}: empty input")
    return data


def looks_binary(data: bytes) -> bool:
    """True when the bytes start like binary data (a NUL byte outside UTF-16 text)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file: BOM-aware UTF-8/UTF-16, else Windows-1252 with a warning.

    Mis-encoded files are common (Windows editors save cp1252), so a file that is not
    valid UTF-8 is decoded as cp1252 rather than skipped (unless it is mostly UTF-8, see
    ``mostly_utf8``); the five byte values cp1252 leaves undefined are read as Latin-1.
    Line ends become ``\\n``.

    Raises:
        Unusable: the bytes are binary data, not text.
    """
    if looks_binary(data):
        raise Unusable(f"{name}: binary file (NUL bytes), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise Unusable(f"{name}: UTF-16 byte order mark but undecodable: {e.reason}") from e
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = mostly_utf8(data, name)
            if text is None:
                text = data.decode("cp1252", errors=CP1252_GAPS)
                log.warning("%s: not valid UTF-8, decoded as cp1252", name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if control_ratio(text) > MAX_CONTROL_RATIO:
        raise Unusable(f"{name}: binary file (control characters), not text")
    return text


def mostly_utf8(data: bytes, name: str) -> str | None:
    """``data`` as UTF-8 with its bad bytes replaced, if it is mostly UTF-8, else None.

    "Mostly" means more valid non-ASCII characters than invalid bytes: one stray cp1252
    byte in a UTF-8 file (a pasted "°") must not turn every curly quote into mojibake, as
    decoding the whole file as cp1252 would ("”" becomes "â€" and a control character).
    A cp1252 file has next to no valid multi-byte UTF-8 sequences, so it stays cp1252.
    """
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    if sum(1 for ch in text if ch > "\x7f") - bad <= bad:
        return None
    log.warning("%s: not valid UTF-8, %d bad bytes replaced", name, bad)
    return text


def control_ratio(text: str) -> float:
    """Share of control characters in the first ``SNIFF_BYTES`` characters of ``text``."""
    head = text[:SNIFF_BYTES]
    if not head:
        return 0.0
    bad = sum(1 for ch in head if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    return bad / len(head)


def parse_date(value: str) -> date:
    """Parse ``YYYY-MM-DD`` (or an ISO date-time, keeping its date) strictly.

    Raises:
        ValueError: with a short message naming what is wrong (format or impossible date).
    """
    m = ISO_DATE.fullmatch(value.strip())
    if not m:
        raise ValueError(f'is not YYYY-MM-DD: "{value}"')
    y, mo, d = (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError as e:
        raise ValueError(f'is not a real date: "{value}" ({e})') from None


def check_text(text: str, name: str, settings: Settings) -> str:
    """Refuse texts that are empty or longer than ``settings.max_text_chars``."""
    if not text.strip():
        raise Unusable(f"{name}: no text")
    if len(text) > settings.max_text_chars:
        raise Unusable(
            f"{name}: text is {len(text):,} characters, over the limit of "
            f"{settings.max_text_chars:,}"
        )
    return text


def file_stem(path: Path) -> str:
    """File name without its format suffixes (``crawl.warc.gz`` -> ``crawl``)."""
    name = path.name
    for suffix in (".warc.gz", ".warc"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def unique_ids(items: Iterable[T]) -> Iterator[T]:
    """Pass items through, renaming articles whose id was already seen in this stream.

    The first article keeps its id; later ones become ``<id>~2``, ``<id>~3`` ... (the
    first such name not yet used); the same text under the same id again is the same
    document read twice and passes unchanged (the store keeps it once). Input order is
    deterministic (paths sorted, files read in order), so the renaming is too. ``~`` is
    used because derived ids already use ``-`` (``feed-17``), so a renamed id can't be
    mistaken for one.
    """
    seen: set[str] = set()
    texts: dict[str, int] = {}  # id -> hash of the text first read under it
    next_n: dict[str, int] = {}
    for item in items:
        if isinstance(item, Article):
            base = item.id
            text_hash = hash(item.text)
            if texts.get(base) == text_hash:
                # the same document read twice (a file given twice): the store keeps one
                yield item
                continue
            texts.setdefault(base, text_hash)
            if base in seen:
                n = next_n.get(base, 2)
                while f"{base}~{n}" in seen:
                    n += 1
                next_n[base] = n + 1
                new_id = f"{base}~{n}"
                log.warning("%s: duplicate id %r renamed %r", item.source, base, new_id)
                item = replace(item, id=new_id)
            seen.add(item.id)
        yield item


class PrefixedStream:
    """A binary stream with some bytes already read from it put back in front.

    Lets a format sniffer look at the start of stdin (which cannot seek) and hand the
    whole stream on to the reader it picks.
    """

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = prefix
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if not self._prefix:
            return self._stream.read(size)
        if size is None or size < 0:
            data, self._prefix = self._prefix + self._stream.read(), b""
            return data
        data, self._prefix = self._prefix[:size], self._prefix[size:]
        if len(data) < size:
            data += self._stream.read(size - len(data))
        return data

    def readline(self, size: int = -1) -> bytes:
        if not self._prefix:
            return self._stream.readline(size)
        unlimited = size is None or size < 0
        limit = len(self._prefix) if unlimited else min(size, len(self._prefix))
        nl = self._prefix.find(b"\n", 0, limit)
        if nl >= 0:
            line, self._prefix = self._prefix[: nl + 1], self._prefix[nl + 1 :]
            return line
        if not unlimited and size <= len(self._prefix):
            line, self._prefix = self._prefix[:size], self._prefix[size:]
            return line
        line, self._prefix = self._prefix, b""
        return line + self._stream.readline(-1 if unlimited else size - len(line))
