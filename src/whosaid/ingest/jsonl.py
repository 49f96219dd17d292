"""JSONL feeds in the eval contract's input format (``shared/eval/CONTRACT.md``).

One JSON object per line: ``id``, ``text``, ``published`` ("YYYY-MM-DD" or null;
``date`` is read when there is no ``published``), ``title``, ``outlet``, ``url`` (string
or null). The file is streamed line by line and
never loaded whole; ``text`` is kept byte for byte, since the contract's offsets index
into it. Blank lines are ignored. A line longer than ``settings.max_file_bytes`` is
skipped without being held in memory.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from whosaid.config import DEFAULT, Settings
from whosaid.ingest.common import Unusable, check_text, parse_date, skipped
from whosaid.model import Article, Skipped

# Bytes read at a time while skipping the rest of an over-long line.
_CHUNK = 1 << 16
_OPTIONAL_STRINGS = ("title", "outlet", "url")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(
    path: str | Path,
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Stream the documents of one JSONL file.

    Args:
        path: the file. A line without an ``id`` gets ``<stem>-<line number>``.
        published: date for documents whose ``published`` is null or absent.
        outlet: outlet for documents whose ``outlet`` is null or absent.
        settings: limits (``max_file_bytes`` per line, ``max_text_chars``).

    Yields:
        An ``Article`` per good line and a ``Skipped`` per bad one (source
        ``feed.jsonl:17``), in file order. An unreadable file yields one ``Skipped``.
    """
    path = Path(path)
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        yield skipped(name, Unusable(f"{name}: cannot read: {e.strerror or e}"))
        return
    with fh:
        yield from iter_jsonl(
            fh, name=name, stem=path.stem, published=published, outlet=outlet, settings=settings
        )


def iter_jsonl(
    stream: BinaryIO,
    *,
    name: str,
    stem: str,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Stream documents from an open binary stream (a file or stdin).

    Args:
        stream: binary stream positioned at the start of a line.
        name: how the stream is named in sources and reasons ("feed.jsonl", "-").
        stem: prefix of derived ids (``<stem>-<line>``).
        published: default date, as in ``read_jsonl``.
        outlet: default outlet, as in ``read_jsonl``.
        settings: limits.
    """
    lineno = 0
    any_line = False
    good = bad = 0
    peek = getattr(stream, "peek", None)
    if peek is not None and peek(2)[:2] in (b"\xff\xfe", b"\xfe\xff"):
        stream = _Utf8Lines(stream, "utf-16")  # a UTF-16 file (with its byte-order mark)
    for raw, too_long in _lines(stream, settings.max_file_bytes):
        lineno += 1
        where = f"{name}:{lineno}"
        if too_long:
            any_line = True
            reason = f"line {lineno} of {name}: line is over the limit of {settings.max_file_bytes:,} bytes"
            yield skipped(where, Unusable(reason))
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        if not good and b"\x00" in raw:
            yield skipped(name, Unusable(f"{name}: binary data, not JSON lines"))
            return
        any_line = True
        try:
            yield _article(raw, lineno, name, stem, published, outlet, settings)
            good += 1
        except Unusable as e:
            yield skipped(where, e)
            bad += 1
            if not good and bad >= _GIVE_UP_LINES:
                reason = (
                    f"{name}: not JSON lines (the first {bad} lines are unreadable); rest not read"
                )
                yield skipped(name, Unusable(reason))
                return
    if not any_line:
        yield skipped(name, Unusable(f"{name}: empty file, no JSON lines"))


# Lines that fail, with none read before them, after which a file is not JSON lines at
# all (a binary or text file named .jsonl): one line saying so, not one per line.
_GIVE_UP_LINES = 20


class _Utf8Lines:
    """A stream in another encoding read line by line as UTF-8 bytes (``readline`` only)."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        self._text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8", "surrogatepass")


def _lines(stream: Any, limit: int) -> Iterator[tuple[bytes, bool]]:
    """Yield ``(line, too_long)``; an over-long line is consumed but not kept."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drop the rest of this line, a chunk at a time
                chunk = stream.readline(_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield b"", True
            continue
        yield line, False


def _article(
    raw: bytes,
    lineno: int,
    name: str,
    stem: str,
    published: date | None,
    outlet: str | None,
    settings: Settings,
) -> Article:
    at = f"line {lineno} of {name}"
    try:
        obj = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as e:
        raise Unusable(f"{at}: not UTF-8 ({e.reason} at byte {e.start})") from None
    except json.JSONDecodeError as e:
        msg = e.msg.removesuffix(" at")
        raise Unusable(f"{at}: not JSON: {msg} at column {e.colno}") from None
    except RecursionError:
        raise Unusable(f"{at}: not a document: JSON nested too deep") from None
    if not isinstance(obj, dict):
        raise Unusable(f"{at}: not a JSON object but {_json_type(obj)}")
    known_id = obj.get("id")
    try:
        return _fields(obj, at, lineno, name, stem, published, outlet, settings)
    except Unusable as e:
        # Keep the id when it is readable, so the output line of this document names it.
        if (
            isinstance(known_id, (str, int))
            and not isinstance(known_id, bool)
            and str(known_id).strip()
        ):
            e.id = str(known_id)
        raise


def _fields(
    obj: dict,
    at: str,
    lineno: int,
    name: str,
    stem: str,
    published: date | None,
    outlet: str | None,
    settings: Settings,
) -> Article:
    text = obj.get("text")
    if text is None:
        raise Unusable(f'{at}: "text" is ' + ("null" if "text" in obj else "missing"))
    if not isinstance(text, str):
        raise Unusable(f'{at}: "text" is not a string but {_json_type(text)}')
    if not text.strip():
        raise Unusable(f'{at}: "text" is blank')
    check_text(text, at, settings)
    # JSON may escape lone surrogates ("\ud800") that no UTF-8 store can hold; one
    # replacement character each keeps every offset into the text valid.
    text = _LONE_SURROGATE.sub("\ufffd", text)

    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if doc_id is not None and not isinstance(doc_id, str):
        raise Unusable(f'{at}: "id" is not a string but {_json_type(doc_id)}')
    if not doc_id or not doc_id.strip():
        doc_id = f"{stem}-{lineno}"
    doc_id = _LONE_SURROGATE.sub("\ufffd", doc_id)

    # "date", as many feeds (and the seed format's first line) call it, if "published"
    # is absent
    key = "published" if "published" in obj or "date" not in obj else "date"
    pub = obj.get(key)
    if pub is None:
        pub_date = published
    elif isinstance(pub, str):
        try:
            pub_date = parse_date(pub)
        except ValueError as e:
            raise Unusable(f'{at}: "{key}" {e}') from None
    else:
        raise Unusable(f'{at}: "{key}" is not YYYY-MM-DD but {_json_type(pub)}')

    meta: dict[str, str | None] = {}
    for key in _OPTIONAL_STRINGS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise Unusable(f'{at}: "{key}" is not a string or null but {_json_type(value)}')
        meta[key] = (
            _LONE_SURROGATE.sub("\ufffd", value).strip() or None if isinstance(value, str) else None
        )

    return Article(
        id=doc_id,
        text=text,
        published=pub_date,
        outlet=meta["outlet"] or outlet,
        title=meta["title"],
        url=meta["url"],
        source=f"{name}:{lineno}",
    )


def _json_type(value: Any) -> str:
    """JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
