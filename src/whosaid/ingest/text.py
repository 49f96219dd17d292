"""Plain-text articles: the seed format (``date YYYY-MM-DD`` first line) or bare text.

Seed format: the first line is ``date YYYY-MM-DD`` followed, on the same line, by the
headline or the lead sentence. The article text starts right after the date token, so
the headline stays in the text (headlines often carry quotes) and is also the title.
A file without a date line is plain text: its publication date is the ``published``
argument (the CLI's ``--published``), or ``None`` when none is given, in which case
relative dates in it stay unresolved. Leading and trailing whitespace is dropped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from whosaid.config import DEFAULT, Settings
from whosaid.ingest.common import (
    Unusable,
    check_text,
    decode_text,
    parse_date,
    read_bounded,
    skipped,
)
from whosaid.model import Article, Skipped

log = logging.getLogger("whosaid")

# The seed header: optional leading whitespace (the seeds start with a space), the word
# "date" (any case, optional colon), then a token starting with a digit. Requiring the
# digit keeps prose such as "Date night is back" from being read as a header.
SEED_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d\S*)[ \t]*", re.IGNORECASE)


def article_from_text(
    text: str,
    *,
    id: str,
    source: str,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Article | Skipped:
    """Build an article from decoded text in the seed format or plain text.

    Args:
        text: the whole document, already decoded.
        id: article id (the file stem for files).
        source: where the text came from, used in reasons ("story.txt", "-").
        published: date for plain text without a date line; a seed date line wins.
        outlet: outlet name, if known.
        settings: limits (``max_text_chars``).

    Returns:
        The article, or ``Skipped`` when the text is empty, too long or its date line
        holds no real date.
    """
    try:
        return _parse(text, id, source, published, outlet, settings)
    except Unusable as e:
        return skipped(source, e)


def read_text(
    path: str | Path,
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
) -> Iterator[Article | Skipped]:
    """Read one ``.txt`` file (seed format or plain text); yields exactly one record.

    Args:
        path: the file. Its stem becomes the article id.
        published: date for a file without a date line.
        outlet: outlet name, if known.
        settings: limits (``max_file_bytes``, ``max_text_chars``).

    Yields:
        One ``Article``, or one ``Skipped`` for an empty, binary, oversized or unreadable
        file, or one whose date line is not a real date. Text that is not UTF-8 is
        decoded as Windows-1252 with a logged warning (see ``common.decode_text``).
    """
    path = Path(path)
    name = str(path)
    try:
        text = decode_text(read_bounded(path, settings), name)
    except Unusable as e:
        yield skipped(name, e)
        return
    yield article_from_text(
        text, id=path.stem, source=name, published=published, outlet=outlet, settings=settings
    )


def _parse(
    text: str,
    id: str,
    source: str,
    published: date | None,
    outlet: str | None,
    settings: Settings,
) -> Article:
    title = None
    m = SEED_HEADER.match(text)
    if m:
        try:
            published = parse_date(m.group(1))
        except ValueError as e:
            raise Unusable(f'{source}: "date" line {e}') from None
        body = text[m.end() :]
        first_line = body.split("\n", 1)[0].strip()
        title = first_line or None
        body = body.strip()
    else:
        body = text.strip()
        if published is None:
            log.info(
                "%s: no date line and no published date given; relative dates stay open", source
            )
    check_text(body, source, settings)
    return Article(id=id, text=body, published=published, outlet=outlet, title=title, source=source)
