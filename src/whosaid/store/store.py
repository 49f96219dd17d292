"""The SQLite store: extractions in, model records and search hits out.

``Store`` is the one stateful object of the library (as ``Database`` is in sqlite-utils)
and this package is the only place that writes SQL. Every value is bound as a ``?``
parameter. Writes run in one ``BEGIN IMMEDIATE`` transaction per call (or per
``write_lock`` block), so a call either lands whole or not at all, and the write lock is
taken up front (no lock upgrade that could fail halfway under WAL).

Search hits carry plain text plus mark positions, never HTML: article text is untrusted,
so the caller escapes the text and wraps the marked ranges itself.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace as dc_replace
from datetime import date
from pathlib import Path
from typing import Any

from whosaid.assess.provenance import assess_link
from whosaid.errors import InputError, NotFound, StoreError
from whosaid.ingest.common import file_stem
from whosaid.model import (
    Article,
    Extraction,
    Fact,
    Occurrence,
    Quote,
    QuoteLink,
    Span,
    Speaker,
    Timex,
)
from whosaid.names import canonical_people, same_outlet
from whosaid.store.migrations import SCHEMA_VERSION, check_usable, migrate, schema_version

log = logging.getLogger("whosaid")

# Seconds a connection waits for another one's write lock before giving up. Five seconds
# is Python's sqlite3 default; a whole `add` of the shared corpus commits in well under it.
BUSY_TIMEOUT_S = 5.0
# Words of context in a search snippet: about one sentence of news prose. FTS5 caps it at 64.
SNIPPET_TOKENS = 24
# Largest page of search results; bigger pages are a UI mistake, not a use case.
MAX_SEARCH_LIMIT = 1000
# Values bound in one `IN (...)` list (SQLite allows 32,766 variables since 3.32).
_IN_CHUNK = 500
# Groups whose place in the store's order is counted one by one (a count reads the groups
# before it); for more, one scan of the group ids numbers them all.
_COUNT_PLACES = 50
# Sentinels snippet()/highlight() put around matches, turned into offsets by _unmark.
# News text has no reason to hold these control characters; if an article does, they are
# dropped from the snippet and can only misplace a mark, never inject markup.
_OPEN, _CLOSE = "\x02", "\x03"
_ELLIPSIS = "…"
# A plain search query: "quoted phrases" (a missing closing quote runs to the end) or
# bare words; a trailing * on a word asks for a prefix match.
_QUERY_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORDLIKE = re.compile(r"\w")

_COUNTS = ("added", "unchanged", "replaced", "failed")
# ":17" (a JSONL line) or ":4096" (a WARC record offset) after a file name in a source
_LINE_SUFFIX = re.compile(r":\d+$")


def _named_after_input(article_id: str, source: str | None) -> bool:
    """Whether an id was made from where the article was read (a file's stem, ``<stem>-
    <line>`` of a feed without ids, ``stdin``), not given by the document itself: only
    such ids collide by accident. A document's own id names the document wherever it is
    read from, and a new version replaces the old."""
    if source is None:
        return False
    where = _LINE_SUFFIX.sub("", source)
    stem = "stdin" if where == "-" else file_stem(Path(where))
    # "story~2": ingest's name for a second "story" in one run
    return re.fullmatch(re.escape(stem) + r"(-\d+)?(~\d+)?", article_id) is not None


def _same_input(held: str | None, new: str | None) -> bool:
    """Whether a stored article and a new one with its id come from the same input (the
    same file, any line of it), so that the new one is an edit that replaces it. Standard
    input ("-") is never the same input twice; an unknown source is taken as the same."""
    if held is None or new is None:
        return True
    held, new = _LINE_SUFFIX.sub("", held), _LINE_SUFFIX.sub("", new)
    return held == new != "-"


def _lacks_only_metadata(art: Article, held: sqlite3.Row) -> bool:
    """Whether ``art`` is the stored article's text with some of its date, outlet or
    title missing, and nothing else different."""
    if art.text != held["text"]:
        return False
    pairs = ((_iso(art.published), held["published"]), (art.outlet, held["outlet"]))
    pairs += ((art.title, held["title"]),)
    return all(new is None or new == old for new, old in pairs)


def _with_id(ex: Extraction, article_id: str) -> Extraction:
    """The extraction stored under another article id (its records follow)."""
    return dc_replace(
        ex,
        article=dc_replace(ex.article, id=article_id),
        quotes=tuple(dc_replace(q, article_id=article_id) for q in ex.quotes),
        facts=tuple(dc_replace(f, article_id=article_id) for f in ex.facts),
    )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s[:10]) if s else None


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    if start is None or end is None or text is None:
        return None
    return Span(start=start, end=end, text=text)


def fts_query(query: str) -> str | None:
    """Turn a user's search words into an FTS5 query that cannot be a syntax error.

    Each bare word and each ``"quoted phrase"`` becomes an FTS5 string (inner quotes
    doubled), so operators (``AND``, ``NEAR``), column filters and stray punctuation are
    searched as words. Terms are ANDed, as FTS5 does with juxtaposed strings.

    Args:
        query: What the user typed.

    Returns:
        The FTS5 query, or None when the query holds no searchable word.

    Raises:
        InputError: more than ``MAX_QUERY_TERMS`` distinct words and phrases.
    """
    parts: list[str] = []
    # FTS5 reads its query as a C string: a NUL inside a term would end the query there
    # ("unterminated string"). It can only come from a URL (%00), so it parts words.
    for m in _QUERY_TERM.finditer(query.replace("\x00", " ")):
        phrase, word = m.groups()
        prefix = False
        if phrase is not None:
            text = phrase
        else:
            prefix = word.endswith("*")
            text = word.rstrip("*")
        if not _WORDLIKE.search(text):
            continue
        parts.append('"' + text.replace('"', '""') + '"' + ("*" if prefix else ""))
    # a word twice adds nothing to an AND but a pass over its postings
    parts = list(dict.fromkeys(parts))
    if len(parts) > MAX_QUERY_TERMS:
        raise InputError(
            f"too many search words ({len(parts)}); at most {MAX_QUERY_TERMS}",
            hint='search for the rarest words, or a "short phrase"',
        )
    return " ".join(parts) or None


# Distinct words or phrases in one search: each costs FTS5 a pass over its postings, and a
# query of a hundred common words took seconds on a small store.
MAX_QUERY_TERMS = 32


def _unmark(marked: str | None) -> tuple[str, list[tuple[int, int]]]:
    """Split a snippet carrying sentinels into plain text and (start, end) mark offsets."""
    if not marked:
        return marked or "", []
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    start: int | None = None
    for ch in marked:
        if ch == _OPEN:
            if start is None:
                start = pos
        elif ch == _CLOSE:
            if start is not None and pos > start:
                marks.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), marks


# A quote ``q`` that its speaker said, not an outlet's own reporting ("X reported": the
# speaker is the venue, model.Quote.speaker_is_outlet); the store registers the function.
_PERSON_SPOKE = "NOT same_outlet(q.speaker_name, q.venue)"


def _flags(link: QuoteLink) -> list[tuple[int, int]]:
    """(reprint, uncredited) of each occurrence of ``link``, as ``assess_link`` finds
    them: stored so that ``ranked_links`` can rank groups in SQL."""
    p = assess_link(link)
    reprints, uncredited = set(p.reprints), set(p.uncredited)
    return [
        (int(i > 0 and o.article_id in reprints), int(i > 0 and o.article_id in uncredited))
        for i, o in enumerate(link.occurrences)
    ]


def _writable(path: Path) -> bool:
    """Whether this process may write the store file and make its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


class Store:
    """A whosaid database: articles, quotes, dates, facts, links and their FTS5 index.

    Files use WAL mode (readers never block the writer) and a busy timeout; ``":memory:"``
    gives a private in-memory store. Use it as a context manager or call ``close()``.

    Args:
        path: Database file, created with the current schema when missing.
        timeout: Seconds to wait for another connection's write lock.
        check_same_thread: Passed to ``sqlite3.connect``; set False to share one store
            across threads that do not use it at the same time.
        create: Create the file when it is missing; False refuses a missing file (for
            readers, where a mistyped path would otherwise give an empty store).

    Raises:
        StoreError: The file is not SQLite, holds another application's tables, has a
            newer schema than this code, is locked past the timeout, or is missing and
            ``create`` is False.
    """

    def __init__(
        self,
        path: str | Path = "whosaid.db",
        *,
        timeout: float = BUSY_TIMEOUT_S,
        check_same_thread: bool = True,
        create: bool = True,
    ) -> None:
        self.path = str(path)
        self.timeout = timeout
        self._locked = False  # inside write_lock(): writes join its transaction
        # "" is SQLite's private temporary database; neither needs WAL.
        self._memory = self.path in (":memory:", "")
        if not create and not self._memory and not Path(self.path).exists():
            raise StoreError(
                f"{self.path}: no such store",
                hint="check the path, or make the store with: whosaid ingest FILES --db PATH",
            )
        # a store the user may not write (an archive, a shared mount) is opened read-only:
        # readers work, and a write fails with SQLite's "readonly database"
        self._readonly = not create and not self._memory and not _writable(Path(self.path))
        try:
            # read-only and immutable: no -wal/-shm files are made (there may be no right to)
            target = (
                f"{Path(self.path).resolve().as_uri()}?mode=ro&immutable=1"
                if self._readonly
                else self.path
            )
            self._conn = sqlite3.connect(
                target,
                uri=self._readonly,
                timeout=timeout,
                isolation_level=None,
                check_same_thread=check_same_thread,
            )
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open database ({e})") from e
        self._conn.row_factory = sqlite3.Row
        # a quote whose speaker is the venue ("X reported") is the outlet's, not a person's
        # (model.Quote.speaker_is_outlet), in SQL as in the dossier
        self._conn.create_function("same_outlet", 2, same_outlet, deterministic=True)
        try:
            with self._guard("open"):
                # nothing is written to a file that is not a whosaid store (journal mode
                # included), and a reader gets no schema written into an empty file
                check_usable(self._conn, self.path)
                if not create and not self._memory and schema_version(self._conn) == 0:
                    raise StoreError(
                        f"{self.path}: not a whosaid store (an empty database)",
                        hint="make the store with: whosaid ingest FILES --db PATH",
                    )
                self._conn.execute("PRAGMA foreign_keys = ON")
                if self._readonly:
                    if schema_version(self._conn) < SCHEMA_VERSION:
                        raise StoreError(
                            f"{self.path}: read-only store of an older schema",
                            hint="open it once where it can be written, to upgrade it",
                        )
                    return
                if not self._memory:
                    self._conn.execute("PRAGMA journal_mode = WAL")
                    # NORMAL is durable against application crashes in WAL mode; only a
                    # power cut can lose the last commits (SQLite docs, "WAL mode").
                    self._conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self._conn, self.path)
        except BaseException:
            self._conn.close()
            raise

    # -- plumbing ---------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    def close(self) -> None:
        """Close the connection; an open write is rolled back. Safe to call twice."""
        self._conn.close()

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Translate sqlite3 errors into one-line ``StoreError`` naming the path."""
        try:
            yield
        except sqlite3.OperationalError as e:
            msg = str(e)
            if "locked" in msg or "busy" in msg:
                raise StoreError(
                    f"{self.path}: database is locked by another connection "
                    f"(gave up after {self.timeout:g}s during {action})",
                    hint="wait for the other whosaid process to finish, or raise the timeout",
                ) from e
            raise StoreError(f"{self.path}: {action} failed: {msg}") from e
        except sqlite3.ProgrammingError as e:
            raise StoreError(f"{self.path}: {action} failed: {e}") from e
        except sqlite3.DatabaseError as e:
            msg = str(e)
            if "not a database" in msg:
                msg = "not a SQLite database"
            raise StoreError(f"{self.path}: {msg}") from e

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction: commit on success, roll back on any exception."""
        if self._locked:  # within write_lock(): its transaction commits or rolls back
            with self._guard(action):
                yield self._conn
            return
        with self._guard(action):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """Hold the write lock over a block: its reads and writes are one transaction.

        Other connections still read; their writes wait (up to ``timeout``), so keep the
        block short. It commits when the block ends, and rolls back if it raises.
        """
        with self._write("write"):
            self._locked = True
            try:
                yield
            finally:
                self._locked = False

    def data_version(self) -> int:
        """A number that changes when another connection commits to the store.

        Unchanged between two calls means nothing read in between is stale (SQLite's
        ``PRAGMA data_version``; this connection's own commits do not change it).
        """
        return self._query("PRAGMA data_version")[0][0]

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._guard("query"):
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _iter(self, sql: str, params: Iterable[Any] = ()) -> Iterator[sqlite3.Row]:
        with self._guard("query"):
            cur = self._conn.execute(sql, tuple(params))
            while rows := cur.fetchmany(256):
                yield from rows

    def _require_article(self, article_id: str) -> None:
        if not self._query("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
            raise NotFound(f"article {article_id!r} is not in {self.path}")

    # -- writing ----------------------------------------------------------------------

    def add(self, extractions: Iterable[Extraction], *, fast: bool = False) -> dict[str, int]:
        """Store extractions in one transaction.

        An article whose ``content_hash`` is already stored (under any id) is left as it
        is, unless it was stored from ``fast`` extraction and this one is full. An id
        already stored with another hash has its rows replaced, and the link occurrences
        in it dropped (their offsets no longer hold), when the new article is the same
        input edited or its id is its own (not ``_named_after_input``); otherwise it is
        stored under the next free ``<id>~N``. Extractions with ``error`` set are not
        stored. If anything raises midway, including the iterable
        itself, nothing of the call is kept.

        Args:
            extractions: Extractions to store; may be a lazy iterator.
            fast: They come from the selective parse (``Settings.fast``). A stored
                article extracted that way is replaced by the same text extracted in
                full, never the other way round.

        Returns:
            Counts ``{"added", "unchanged", "replaced", "failed"}``.

        Raises:
            InputError: A quote or fact names another article than its extraction.
            StoreError: The database is locked past the timeout or unusable.
        """
        counts = dict.fromkeys(_COUNTS, 0)
        with self._write("add") as conn:
            for ex in extractions:
                art = ex.article
                if ex.error:
                    counts["failed"] += 1
                    log.debug("%s: not storing %s: %s", self.path, art.id, ex.error)
                    continue
                digest = art.content_hash
                same = conn.execute(
                    "SELECT id, extractor FROM articles WHERE content_hash = ?", (digest,)
                ).fetchone()
                if same and not (same[1] == "fast" and not fast):
                    counts["unchanged"] += 1
                    continue
                if same:  # the same text, now extracted in full: its rows are replaced
                    ex = _with_id(ex, same[0])
                    art = ex.article
                    self._delete_rows(art.id)
                    counts["replaced"] += 1
                    self._insert(ex, digest, fast)
                    continue
                held = conn.execute(
                    "SELECT source, text, published, outlet, title FROM articles WHERE id = ?",
                    (art.id,),
                ).fetchone()
                if held and _lacks_only_metadata(art, held):
                    # the same text read again without a default it was given before
                    # (--outlet, --published): nothing new, and nothing to lose
                    counts["unchanged"] += 1
                    continue
                if held and (
                    not _named_after_input(art.id, art.source) or _same_input(held[0], art.source)
                ):
                    self._delete_rows(art.id)
                    counts["replaced"] += 1
                elif held:
                    # another input's id (two folders' "story.txt", two stdin texts): a new
                    # article, never a replacement of that one
                    free = self._free_id(art.id)
                    log.warning(
                        "%s: id %r is held by %s; storing %s as %r",
                        self.path,
                        art.id,
                        held[0],
                        art.source,
                        free,
                    )
                    ex = _with_id(ex, free)
                    counts["added"] += 1
                else:
                    counts["added"] += 1
                try:
                    self._insert(ex, digest, fast)
                except UnicodeEncodeError as e:
                    # Lone surrogates (a JSON "\ud800" escape) cannot be stored as UTF-8.
                    raise InputError(
                        f"article {art.id!r} holds text that is not valid Unicode ({e.reason})",
                        hint="replace lone surrogates when reading the input",
                    ) from e
        log.info("%s: %s", self.path, ", ".join(f"{k} {v}" for k, v in counts.items()))
        return counts

    def _free_id(self, article_id: str) -> str:
        """``<id>~2``, ``<id>~3``... : the first not stored (as ingest names duplicates)."""
        n = 2
        while self._conn.execute(
            "SELECT 1 FROM articles WHERE id = ?", (f"{article_id}~{n}",)
        ).fetchone():
            n += 1
        return f"{article_id}~{n}"

    def _insert(self, ex: Extraction, digest: str, fast: bool = False) -> None:
        art = ex.article
        for rec in (*ex.quotes, *ex.facts):
            if rec.article_id != art.id:
                raise InputError(
                    f"{type(rec).__name__} for article {rec.article_id!r} "
                    f"found in the extraction of {art.id!r}"
                )
        conn = self._conn
        conn.execute(
            "INSERT INTO articles (id, content_hash, text, published, outlet, title, url, source,"
            " extractor, linked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (
                art.id,
                digest,
                art.text,
                _iso(art.published),
                art.outlet,
                art.title,
                art.url,
                art.source,
                "fast" if fast else "full",
            ),
        )
        conn.executemany(
            "INSERT INTO quotes (article_id, seq, content_start, content_end, content_text,"
            " cue_start, cue_end, cue_text, has_speaker, speaker_start, speaker_end,"
            " speaker_text, speaker_name, anonymous, descriptor, ordinal, speaker_group,"
            " speaker_ref, venue, direct, relayed, method, said_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_quote_row(art.id, i, q) for i, q in enumerate(ex.quotes)],
        )
        conn.executemany(
            'INSERT INTO timexes (article_id, seq, start, "end", text, type, value, mod)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (art.id, i, t.span.start, t.span.end, t.span.text, t.type, t.value, t.mod)
                for i, t in enumerate(ex.timexes)
            ],
        )
        conn.executemany(
            'INSERT INTO facts (article_id, seq, subject, kind, start, "end", text, lo, hi,'
            " stated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    art.id,
                    i,
                    f.subject,
                    f.kind,
                    f.span.start,
                    f.span.end,
                    f.span.text,
                    _iso(f.lo),
                    _iso(f.hi),
                    f.stated,
                )
                for i, f in enumerate(ex.facts)
            ],
        )

    def _delete_rows(self, article_id: str) -> None:
        """Delete an article, its child rows (cascade) and its link occurrences."""
        conn = self._conn
        # The saved link index holds the old article's quotes: it must be rebuilt.
        conn.execute("DELETE FROM link_state")
        groups = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT group_id FROM occurrences WHERE article_id = ?", (article_id,)
            )
        ]
        conn.execute("DELETE FROM occurrences WHERE article_id = ?", (article_id,))
        # A group left with one occurrence no longer links two articles.
        conn.executemany(
            "DELETE FROM link_groups WHERE id = ?"
            " AND (SELECT count(*) FROM occurrences WHERE group_id = ?) < 2",
            [(g, g) for g in groups],
        )
        # the others may have lost their first printing: assess them again
        for k in range(0, len(groups), _IN_CHUNK):
            part = groups[k : k + _IN_CHUNK]
            rows = self._query(
                f"SELECT * FROM link_groups WHERE id IN ({', '.join('?' * len(part))})", part
            )
            for r, lk in zip(rows, self._links_of(rows), strict=True):
                seqs = [
                    x[0]
                    for x in conn.execute(
                        "SELECT seq FROM occurrences WHERE group_id = ? ORDER BY seq", (r["id"],)
                    )
                ]
                conn.executemany(
                    "UPDATE occurrences SET reprint = ?, uncredited = ?"
                    " WHERE group_id = ? AND seq = ?",
                    [(*f, r["id"], seq) for f, seq in zip(_flags(lk), seqs, strict=True)],
                )
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def delete(self, article_id: str) -> None:
        """Remove one article with its quotes, dates, facts and link occurrences.

        Raises:
            NotFound: No article has this id.
        """
        with self._write("delete"):
            self._require_article(article_id)
            self._delete_rows(article_id)

    def link_state(self) -> bytes | None:
        """The link stage's saved index (see ``replace_links``), or None if there is none."""
        row = self._query("SELECT blob FROM link_state WHERE id = 1")
        return bytes(row[0][0]) if row else None

    def ids(self) -> list[str]:
        """Ids of all stored articles, in insertion order."""
        return [r[0] for r in self._query("SELECT id FROM articles ORDER BY pk")]

    def replace_links(self, links: Iterable[QuoteLink], state: bytes | None = None) -> int:
        """Replace all stored quote links with ``links``, in one transaction.

        Args:
            links: The link stage's groups; each occurrence must name a stored article.
            state: The link stage's index that produced ``links``, saved with them (or
                dropped when None), so a later call can link only new articles.

        Returns:
            The number of groups stored.

        Raises:
            InputError: A group has no occurrence, or names an article not in the store.
        """
        known: set[str] = set()
        n = 0
        with self._write("replace_links") as conn:
            conn.execute("DELETE FROM occurrences")
            conn.execute("DELETE FROM link_groups")
            conn.execute("DELETE FROM link_state")
            conn.execute("UPDATE articles SET linked = 1 WHERE linked = 0")
            if state is not None:
                conn.execute("INSERT INTO link_state (id, blob) VALUES (1, ?)", (state,))
            for link in links:
                if not link.occurrences:
                    raise InputError(f"quote link {link.text[:40]!r} has no occurrence")
                for occ in link.occurrences:
                    if occ.article_id in known:
                        continue
                    if not conn.execute(
                        "SELECT 1 FROM articles WHERE id = ?", (occ.article_id,)
                    ).fetchone():
                        raise InputError(
                            f"quote link names article {occ.article_id!r}, "
                            f"which is not in {self.path}"
                        )
                    known.add(occ.article_id)
                gid = conn.execute(
                    "INSERT INTO link_groups (key, text) VALUES (?, ?)", (link.key, link.text)
                ).lastrowid
                conn.executemany(
                    'INSERT INTO occurrences (group_id, seq, article_id, start, "end", text,'
                    " published, outlet, speaker, venue, credited, relayed, reprint,"
                    " own_source, uncredited)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            gid,
                            i,
                            o.article_id,
                            o.span.start,
                            o.span.end,
                            o.span.text,
                            _iso(o.published),
                            o.outlet,
                            o.speaker,
                            o.venue,
                            int(o.credited),
                            int(o.relayed),
                            reprint,
                            int(o.own_source),
                            uncredited,
                        )
                        for i, (o, (reprint, uncredited)) in enumerate(
                            zip(link.occurrences, _flags(link), strict=True)
                        )
                    ],
                )
                n += 1
        log.info("%s: stored %d quote links", self.path, n)
        return n

    # -- reading ----------------------------------------------------------------------

    def count(self) -> int:
        """Number of stored articles."""
        return self._query("SELECT count(*) FROM articles")[0][0]

    def unlinked(self) -> int:
        """Number of stored articles the stored quote links do not include yet (an ingest
        stopped between storing its articles and relinking; ``whosaid link`` fixes it)."""
        return self._query("SELECT count(*) FROM articles WHERE linked = 0")[0][0]

    def articles(self, limit: int | None = None, offset: int = 0) -> Iterator[Article]:
        """All articles, oldest first (undated last), then by id; or ``limit`` of them
        from ``offset`` on (a page, read by SQLite without building the ones before)."""
        order = "ORDER BY published IS NULL, published, id"
        sql = f"SELECT * FROM articles {order}"
        params: tuple[int, ...] = ()
        if limit is not None or offset:
            # the page's rows picked by sorting keys only, not every article's text
            sql = (
                f"SELECT * FROM articles WHERE pk IN"
                f" (SELECT pk FROM articles {order} LIMIT ? OFFSET ?) {order}"
            )
            params = (-1 if limit is None else limit, offset)
        for row in self._iter(sql, params):
            yield _article(row)

    def newest(self, limit: int) -> list[Article]:
        """The ``limit`` newest articles: dated ones newest first, then undated; ties by
        id, descending."""
        return [
            _article(r)
            for r in self._query(
                "SELECT * FROM articles"
                " ORDER BY published IS NOT NULL DESC, published DESC, id DESC LIMIT ?",
                (limit,),
            )
        ]

    def article_names(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """``(outlet, title)`` of each stored article of ``ids`` (unknown ids are left
        out), read in a few queries without the texts: how pages name many articles."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, tuple[str | None, str | None]] = {}
        for k in range(0, len(wanted), _IN_CHUNK):
            part = wanted[k : k + _IN_CHUNK]
            for r in self._query(
                f"SELECT id, outlet, title FROM articles WHERE id IN ({', '.join('?' * len(part))})",
                part,
            ):
                out[r[0]] = (r[1], r[2])
        return out

    def id_of(self, content_hash: str) -> str | None:
        """The id under which an article with this ``Article.content_hash`` is stored."""
        row = self._query("SELECT id FROM articles WHERE content_hash = ?", (content_hash,))
        return row[0][0] if row else None

    def article(self, article_id: str) -> Article:
        """One article by id.

        Raises:
            NotFound: No article has this id.
        """
        rows = self._query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"article {article_id!r} is not in {self.path}")
        return _article(rows[0])

    def extractions(self, ids: Iterable[str] | None = None) -> Iterator[Extraction]:
        """Extractions rebuilt from the store, equal to the ones that were added.

        Args:
            ids: Article ids, in the order wanted; None for all, ordered as ``articles()``.

        Raises:
            NotFound: One of ``ids`` is not stored (raised when the iteration reaches it).
        """
        arts = self.articles() if ids is None else (self.article(i) for i in ids)
        for art in arts:
            yield Extraction(
                article=art,
                quotes=tuple(
                    _quote(r)
                    for r in self._query(
                        "SELECT * FROM quotes WHERE article_id = ? ORDER BY seq", (art.id,)
                    )
                ),
                timexes=tuple(
                    Timex(
                        span=Span(start=r["start"], end=r["end"], text=r["text"]),
                        type=r["type"],
                        value=r["value"],
                        mod=r["mod"],
                    )
                    for r in self._query(
                        "SELECT * FROM timexes WHERE article_id = ? ORDER BY seq", (art.id,)
                    )
                ),
                facts=tuple(
                    Fact(
                        article_id=r["article_id"],
                        subject=r["subject"],
                        kind=r["kind"],
                        span=Span(start=r["start"], end=r["end"], text=r["text"]),
                        lo=_date(r["lo"]),
                        hi=_date(r["hi"]),
                        stated=r["stated"],
                    )
                    for r in self._query(
                        "SELECT * FROM facts WHERE article_id = ? ORDER BY seq", (art.id,)
                    )
                ),
            )

    def quotes(
        self,
        article_id: str | None = None,
        speaker: str | Sequence[str] | None = None,
        anonymous: bool | None = None,
        *,
        descriptor: str | None = None,
        venue: str | None = None,
        outlet: str | None = None,
        descriptors: Sequence[str] | None = None,
        names: Sequence[str] | None = None,
    ) -> Iterator[Quote]:
        """Stored quotes, by article date then position in the article.

        Filters combine with AND; text filters ignore case. ``descriptor`` and ``venue``
        pick the unnamed speakers that ``speakers()`` groups together.

        Args:
            article_id: Only this article's quotes.
            speaker: Only quotes whose resolved name or speaker mention equals this (or
                one of these).
            names: Only quotes whose resolved name is one of these as stored, and not
                the outlet's own reporting ("X reported"): with a person's forms from
                ``aliases()``, the quotes ``speakers()`` counts for them (a mention
                "Obama" may have resolved to another Obama).
            anonymous: Only anonymous (True) or on-record (False) quotes.
            descriptor: Only unnamed speakers with this descriptor ("insider").
            venue: Only words given to this outlet ("told the BBC").
            outlet: Only quotes printed by this outlet.
            descriptors: Only speakers with one of these descriptors, as written (named
                or not; ``descriptor_forms`` gives the forms stored).

        Raises:
            NotFound: ``article_id`` is given and not stored.
        """
        where: list[str] = []
        params: list[Any] = []
        if article_id is not None:
            self._require_article(article_id)
            where.append("q.article_id = ?")
            params.append(article_id)
        if speaker is not None:
            spoken = [speaker] if isinstance(speaker, str) else list(speaker)
            marks = ", ".join("?" * len(spoken))
            where.append(
                f"(q.speaker_name COLLATE NOCASE IN ({marks})"
                f" OR q.speaker_text COLLATE NOCASE IN ({marks}))"
            )
            params += spoken + spoken
        if names is not None:
            marks = ", ".join("?" * len(names))
            # the case-blind test can use the index on names, the exact one decides
            where.append(
                f"q.speaker_name COLLATE NOCASE IN ({marks}) AND q.speaker_name IN ({marks})"
                f" AND {_PERSON_SPOKE}"
            )
            params += [*names, *names]
        if anonymous is not None:
            where.append("q.anonymous = ?")
            params.append(int(anonymous))
        if descriptor is not None:
            where.append("q.speaker_name IS NULL AND q.descriptor = ? COLLATE NOCASE")
            params.append(descriptor)
        if descriptors is not None:
            where.append(f"q.descriptor IN ({', '.join('?' * len(descriptors))})")
            params += list(descriptors)
        if venue is not None:
            where.append("q.venue = ? COLLATE NOCASE")
            params.append(venue)
        if outlet is not None:
            where.append("a.outlet = ? COLLATE NOCASE")
            params.append(outlet)
        sql = "SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published IS NULL, a.published, q.article_id, q.seq"
        for row in self._iter(sql, params):
            yield _quote(row)

    def descriptor_forms(self) -> list[str]:
        """Every speaker descriptor in the store as written ("source", "Source"), sorted."""
        return [
            r[0]
            for r in self._query(
                "SELECT DISTINCT descriptor FROM quotes WHERE descriptor IS NOT NULL ORDER BY 1"
            )
        ]

    def quote_ids(self, article_ids: Iterable[str]) -> dict[tuple[str, int, int], int]:
        """``{(article id, content start, end): quote_id}`` for the quotes of these
        articles: the ids ``search()`` returns and ``quote()`` takes."""
        wanted = sorted(set(article_ids))
        out: dict[tuple[str, int, int], int] = {}
        for k in range(0, len(wanted), _IN_CHUNK):
            part = wanted[k : k + _IN_CHUNK]
            for r in self._query(
                "SELECT id, article_id, content_start, content_end FROM quotes"
                f" WHERE article_id IN ({', '.join('?' * len(part))})",
                part,
            ):
                out[(r[1], r[2], r[3])] = r[0]
        return out

    def quote(self, quote_id: int) -> Quote:
        """One quote by the ``quote_id`` that ``search()`` returns.

        Raises:
            NotFound: No quote has this id.
        """
        rows = self._query("SELECT * FROM quotes WHERE id = ?", (quote_id,))
        if not rows:
            raise NotFound(f"quote {quote_id!r} is not in {self.path}")
        return _quote(rows[0])

    def speakers(self) -> list[dict[str, Any]]:
        """Distinct speakers with their quote and article counts, most quoted first.

        Named speakers group by person across articles (``names.canonical_people``:
        "Ben Okafor", "Mr. Okafor" and "Benjamin Okafor" are one row, named by the fullest
        form, the others in ``aliases``); unnamed ones by descriptor and the venue the
        words were given to ("source" at one outlet is not the same person as at another),
        ignoring case. A named row's quotes are ``quotes(names=[name, *aliases])``.
        Quotes with neither a name nor a descriptor are left out.

        Returns:
            Dicts with ``name``, ``aliases`` (sorted list), ``descriptor``, ``venue``,
            ``anonymous``, ``quotes``, ``articles``, ``outlets`` (sorted list).
        """
        named = self._query(
            f"""
            SELECT q.speaker_name AS name, q.article_id AS article, a.outlet AS outlet,
                   max(q.anonymous) AS anonymous, count(*) AS quotes
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.speaker_name IS NOT NULL AND {_PERSON_SPOKE}
            GROUP BY q.speaker_name, q.article_id
            """
        )
        canon = self._people(named)
        people: dict[str, dict[str, Any]] = {}
        for r in named:
            p = people.setdefault(
                canon[r["name"]],
                {
                    "aliases": set(),
                    "anonymous": 0,
                    "quotes": 0,
                    "articles": set(),
                    "outlets": set(),
                },
            )
            p["aliases"].add(r["name"])
            _tally(p, r)
        rows = [
            _speaker_row(p, name=name, aliases=sorted(p["aliases"] - {name}))
            for name, p in people.items()
        ]
        rows += self._unnamed_speakers()
        rows.sort(
            key=lambda r: (
                -r["quotes"],
                -r["articles"],
                r["name"] or "",
                r["descriptor"] or "",
                r["venue"] or "",
            )
        )
        return rows

    def _unnamed_speakers(self) -> list[dict[str, Any]]:
        """``speakers()`` rows of unnamed speakers: one per descriptor and venue as the
        speaker page picks them (ignoring case), shown in their most quoted form."""
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for r in self._query(
            """
            SELECT q.descriptor AS descriptor, q.venue AS venue, q.article_id AS article,
                   a.outlet AS outlet, max(q.anonymous) AS anonymous, count(*) AS quotes
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.speaker_name IS NULL AND q.descriptor IS NOT NULL
            GROUP BY q.descriptor, q.venue, q.article_id
            """
        ):
            g = groups.setdefault(
                (r["descriptor"].lower(), (r["venue"] or "").lower()),
                {"forms": {}, "anonymous": 0, "quotes": 0, "articles": set(), "outlets": set()},
            )
            form = (r["descriptor"], r["venue"])
            g["forms"][form] = g["forms"].get(form, 0) + r["quotes"]
            _tally(g, r)
        rows = []
        for g in groups.values():
            descriptor, venue = min(g["forms"], key=lambda f: (-g["forms"][f], f[0], f[1] or ""))
            rows.append(_speaker_row(g, descriptor=descriptor, venue=venue))
        return rows

    @staticmethod
    def _people(named: Iterable[sqlite3.Row]) -> dict[str, str]:
        """``canonical_people`` of speaker names weighed by their quotes (rows with
        ``name`` and ``quotes``): the one grouping ``speakers()`` and ``aliases()`` use."""
        written: dict[str, int] = {}
        for r in named:
            written[r["name"]] = written.get(r["name"], 0) + r["quotes"]
        return canonical_people(written)

    def aliases(self, name: str) -> list[str]:
        """Every speaker name in the store that names the same person as ``name``, as
        ``speakers()`` groups them, ``name`` itself included when stored (a name not
        stored is placed among the stored ones by ``names.canonical_people``)."""
        named = self._query(
            "SELECT q.speaker_name AS name, count(*) AS quotes FROM quotes q"
            f" WHERE q.speaker_name IS NOT NULL AND {_PERSON_SPOKE} GROUP BY q.speaker_name"
        )
        canon = self._people(named)
        stored = list(canon)
        if name not in canon:
            canon = canonical_people([*stored, name])
        return sorted(n for n in stored if canon[n] == canon[name])

    def stats(self) -> dict[str, Any]:
        """Summary figures: articles, quotes, anonymous share, outlets, date range, links."""
        a = self._query(
            "SELECT count(*) AS n, min(published) AS first, max(published) AS last FROM articles"
        )[0]
        q = self._query("SELECT count(*) AS n, sum(anonymous) AS anon FROM quotes")[0]
        outlets = {
            r["outlet"]: r["n"]
            for r in self._query(
                "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL"
                " GROUP BY outlet ORDER BY n DESC, outlet"
            )
        }
        anon = q["anon"] or 0
        return {
            "articles": a["n"],
            "quotes": q["n"],
            "anonymous_quotes": anon,
            "anonymous_share": anon / q["n"] if q["n"] else 0.0,
            "outlets": outlets,
            "first_published": a["first"],
            "last_published": a["last"],
            "timexes": self._query("SELECT count(*) FROM timexes")[0][0],
            "facts": self._query("SELECT count(*) FROM facts")[0][0],
            "links": self._query("SELECT count(*) FROM link_groups")[0][0],
            "unlinked_articles": self.unlinked(),
        }

    def links(self) -> list[QuoteLink]:
        """All stored quote links, in the order they were stored."""
        return self._links("SELECT * FROM link_groups ORDER BY id", ())

    def links_for_article(self, article_id: str) -> list[QuoteLink]:
        """The quote links with an occurrence in one article (whole groups).

        Raises:
            NotFound: No article has this id.
        """
        self._require_article(article_id)
        return self._links(
            "SELECT * FROM link_groups WHERE id IN"
            " (SELECT group_id FROM occurrences WHERE article_id = ?) ORDER BY id",
            (article_id,),
        )

    def numbered_links(
        self,
        *,
        article_ids: Iterable[str] = (),
        key: str | None = None,
        number: int | None = None,
    ) -> list[tuple[int, QuoteLink]]:
        """Some stored quote links (whole groups), each with its 1-based place in
        ``links()``, in that order: the links with an occurrence in one of
        ``article_ids``, the links whose ``key`` is ``key``, or the link at place
        ``number``. Pages about one article, quote or group read these instead of every
        link of the store.
        """
        place = "(SELECT count(*) FROM link_groups h WHERE h.id <= g.id) AS place"
        if key is not None:
            return self._numbered(
                f"SELECT g.*, {place} FROM link_groups g WHERE g.key = ? ORDER BY g.id", (key,)
            )
        if number is not None:
            if number < 1:
                return []
            return [
                (number, lk)
                for _, lk in self._numbered(
                    "SELECT g.*, 0 AS place FROM link_groups g WHERE g.id ="
                    " (SELECT id FROM link_groups ORDER BY id LIMIT 1 OFFSET ?)",
                    (number - 1,),
                )
            ]
        ids = list(dict.fromkeys(article_ids))
        groups: set[int] = set()
        for k in range(0, len(ids), _IN_CHUNK):
            chunk = ids[k : k + _IN_CHUNK]
            groups.update(
                r[0]
                for r in self._query(
                    "SELECT DISTINCT group_id FROM occurrences"
                    f" WHERE article_id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return sorted(self._numbered_ids(groups).values(), key=lambda p: p[0])

    def count_links(self) -> int:
        """Number of stored quote links."""
        return self._query("SELECT count(*) FROM link_groups")[0][0]

    def ranked_links(self, limit: int, offset: int = 0) -> list[tuple[int, QuoteLink]]:
        """A page of the stored quote links, most reused without credit first: by the
        occurrences ``assess_link`` called uncredited when they were stored, then the
        most days between the
        first printing and a later one, then the most occurrences, then store order (the
        web app's group list, ranked by SQLite instead of reading every link). Each link
        comes with its place in ``links()``, as in ``numbered_links``.
        """
        ids = [
            r[0]
            for r in self._query(
                """
                WITH firsts AS (
                    SELECT group_id, min(seq) AS seq0, published AS p0
                    FROM occurrences GROUP BY group_id
                )
                SELECT o.group_id,
                       sum(o.uncredited) AS uncredited,
                       coalesce(max(CASE WHEN o.seq > f.seq0 AND o.published IS NOT NULL
                                          AND f.p0 IS NOT NULL
                                    THEN CAST(julianday(o.published) - julianday(f.p0)
                                              AS INTEGER) END), 0) AS age,
                       count(*) AS n
                FROM occurrences o JOIN firsts f ON f.group_id = o.group_id
                GROUP BY o.group_id
                ORDER BY uncredited DESC, age DESC, n DESC, o.group_id
                LIMIT ? OFFSET ?
                """,
                (limit, offset),
            )
        ]
        found = self._numbered_ids(set(ids))
        return [found[i] for i in ids]

    def _numbered_ids(self, groups: set[int]) -> dict[int, tuple[int, QuoteLink]]:
        """Group id -> (place in ``links()``, link), for the groups ``groups``."""
        wanted = sorted(groups)
        if len(wanted) <= _COUNT_PLACES:
            places = {
                r[0]: r[1]
                for r in self._query(
                    "SELECT g.id, (SELECT count(*) FROM link_groups h WHERE h.id <= g.id)"
                    f" FROM link_groups g WHERE g.id IN ({', '.join('?' * len(wanted))})",
                    wanted,
                )
            }
        else:  # counting each group's place would read the table once per group
            places = {}
            for n, r in enumerate(self._iter("SELECT id FROM link_groups ORDER BY id"), 1):
                if r[0] in groups:
                    places[r[0]] = n
        out: dict[int, tuple[int, QuoteLink]] = {}
        for k in range(0, len(wanted), _IN_CHUNK):
            part = wanted[k : k + _IN_CHUNK]
            rows = self._query(
                f"SELECT * FROM link_groups WHERE id IN ({', '.join('?' * len(part))}) ORDER BY id",
                part,
            )
            for r, lk in zip(rows, self._links_of(rows), strict=True):
                out[r["id"]] = (places[r["id"]], lk)
        return out

    def _numbered(self, sql: str, params: Iterable[Any]) -> list[tuple[int, QuoteLink]]:
        groups = self._query(sql, params)
        links = self._links_of(groups)
        return sorted(zip((g["place"] for g in groups), links, strict=True), key=lambda p: p[0])

    def _links(self, sql: str, params: tuple[Any, ...]) -> list[QuoteLink]:
        return self._links_of(self._query(sql, params))

    def _links_of(self, groups: list[sqlite3.Row]) -> list[QuoteLink]:
        if not groups:
            return []
        occs: dict[int, list[Occurrence]] = {g["id"]: [] for g in groups}
        ids = sorted(occs)
        if ids[-1] - ids[0] + 1 == len(ids):  # every group in the range (all links): one scan
            batches = [("group_id BETWEEN ? AND ?", ids[:1] + ids[-1:])]
        else:
            # a few groups far apart (one article's): read theirs by the primary key, not
            # every occurrence between them
            parts = (ids[k : k + _IN_CHUNK] for k in range(0, len(ids), _IN_CHUNK))
            batches = [(f"group_id IN ({', '.join('?' * len(p))})", p) for p in parts]
        for where, params in batches:
            for r in self._query(
                f"SELECT * FROM occurrences WHERE {where} ORDER BY group_id, seq", params
            ):
                occs[r["group_id"]].append(
                    Occurrence(
                        article_id=r["article_id"],
                        span=Span(start=r["start"], end=r["end"], text=r["text"]),
                        published=_date(r["published"]),
                        outlet=r["outlet"],
                        speaker=r["speaker"],
                        venue=r["venue"],
                        credited=bool(r["credited"]),
                        relayed=bool(r["relayed"]),
                        own_source=bool(r["own_source"]),
                    )
                )
        return [
            QuoteLink(text=g["text"], key=g["key"], occurrences=tuple(occs[g["id"]]))
            for g in groups
        ]

    # -- search -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        offset: int = 0,
        *,
        kind: str | None = None,
        syntax: bool = False,
    ) -> list[dict[str, Any]]:
        """Full-text search over article titles and texts and over quotes, best first.

        Plain queries (the default) search every word and ``"quoted phrase"``, ANDed; a
        trailing ``*`` matches a prefix. Nothing a user types is a syntax error there.
        With ``syntax=True`` the query is passed to FTS5 as written (``OR``, ``NEAR``,
        ``title:``), and invalid syntax raises ``InputError``.

        Matches are marked by offsets, not HTML: ``snippet`` is plain text (article
        text is untrusted) and ``marks`` lists ``(start, end)`` ranges into it; escape
        the text, then wrap the ranges. ``title``/``title_marks`` work the same way.

        Args:
            query: The search words.
            limit: Hits per page (1 to ``MAX_SEARCH_LIMIT``).
            offset: Hits to skip, for paging.
            kind: ``"article"`` or ``"quote"`` to search one of them only.
            syntax: Pass FTS5 query syntax through.

        Returns:
            Dicts with ``kind``, ``article_id``, ``quote_id`` (None for articles),
            ``title``, ``title_marks``, ``outlet``, ``published``, ``url``, ``speaker``,
            ``anonymous``, ``snippet``, ``marks`` and ``score`` (bm25, lower is better).

        Raises:
            InputError: Bad ``limit``/``offset``/``kind``, or invalid FTS5 syntax with
                ``syntax=True``.
        """
        if not 1 <= limit <= MAX_SEARCH_LIMIT:
            raise InputError(f"search limit must be between 1 and {MAX_SEARCH_LIMIT}: {limit}")
        if offset < 0:
            raise InputError(f"search offset must not be negative: {offset}")
        if kind not in (None, "article", "quote"):
            raise InputError(f"search kind must be 'article' or 'quote': {kind!r}")
        match = query.strip() if syntax else fts_query(query)
        if not match:
            return []
        if syntax and len(match.split()) > 2 * MAX_QUERY_TERMS:
            raise InputError(f"query too long: at most {2 * MAX_QUERY_TERMS} words with --syntax")
        marks = (_OPEN, _CLOSE)
        window = limit + offset
        # ORDER BY rank (bm25) lets FTS5 sort inside the index and compute snippet() for
        # the returned rows only; ordering by a bm25() column made SQLite snippet every
        # match first (3.6x slower p50 on 10k articles, benchmarks/bench_store.py).
        parts: list[tuple[str, list[Any]]] = []
        if kind in (None, "article"):
            parts.append(
                (
                    """
                    SELECT 'article' AS kind, a.id AS article_id, NULL AS quote_id,
                           highlight(articles_fts, 0, ?, ?) AS title, a.outlet, a.published,
                           a.url, NULL AS speaker, 0 AS anonymous,
                           snippet(articles_fts, 1, ?, ?, ?, ?) AS snippet,
                           articles_fts.rank AS score
                    FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
                    WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
                    """,
                    [*marks, *marks, _ELLIPSIS, SNIPPET_TOKENS, match, window],
                )
            )
        if kind in (None, "quote"):
            parts.append(
                (
                    """
                    SELECT 'quote' AS kind, q.article_id, q.id AS quote_id,
                           a.title, a.outlet, a.published, a.url,
                           coalesce(q.speaker_name, q.speaker_text) AS speaker, q.anonymous,
                           snippet(quotes_fts, 0, ?, ?, ?, ?) AS snippet,
                           quotes_fts.rank AS score
                    FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
                    JOIN articles a ON a.id = q.article_id
                    WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?
                    """,
                    [*marks, _ELLIPSIS, SNIPPET_TOKENS, match, window],
                )
            )
        # One query per index rather than a UNION: a column filter ("title:pier") is valid
        # for one index only, and must not fail the search of the other.
        rows: list[sqlite3.Row] = []
        errors: list[sqlite3.OperationalError] = []
        for sql, params in parts:
            try:
                rows += self._query(sql, params)
            except StoreError as e:
                cause = e.__cause__
                if (
                    syntax
                    and isinstance(cause, sqlite3.OperationalError)
                    and _fts_user_error(cause)
                ):
                    errors.append(cause)
                    continue
                raise
        if errors and len(errors) == len(parts):
            raise InputError(
                f"invalid search syntax in {query!r}: {errors[0]}",
                hint="search without the query syntax option to match the words as written",
            ) from errors[0]
        rows.sort(key=lambda r: (r["score"], r["article_id"], r["quote_id"] or 0))
        rows = rows[offset:window]
        hits = []
        for r in rows:
            snippet, snippet_marks = _unmark(r["snippet"])
            title, title_marks = _unmark(r["title"]) if r["kind"] == "article" else (r["title"], [])
            hits.append(
                {
                    "kind": r["kind"],
                    "article_id": r["article_id"],
                    "quote_id": r["quote_id"],
                    "title": title or None,
                    "title_marks": title_marks,
                    "outlet": r["outlet"],
                    "published": r["published"],
                    "url": r["url"],
                    "speaker": r["speaker"],
                    "anonymous": bool(r["anonymous"]),
                    "snippet": snippet,
                    "marks": snippet_marks,
                    "score": r["score"],
                }
            )
        return hits


def _fts_user_error(e: sqlite3.OperationalError) -> bool:
    """Whether an error comes from the FTS5 query text rather than from the database."""
    msg = str(e)
    return msg.startswith(
        ("fts5:", "no such column", "unknown special query", "unterminated string")
    ) or ("syntax error" in msg)


def _article(r: sqlite3.Row) -> Article:
    return Article(
        id=r["id"],
        text=r["text"],
        published=_date(r["published"]),
        outlet=r["outlet"],
        title=r["title"],
        url=r["url"],
        source=r["source"],
    )


def _quote_row(article_id: str, seq: int, q: Quote) -> tuple[Any, ...]:
    sp = q.speaker
    mention = sp.mention if sp else None
    cue = q.cue
    return (
        article_id,
        seq,
        q.content.start,
        q.content.end,
        q.content.text,
        cue.start if cue else None,
        cue.end if cue else None,
        cue.text if cue else None,
        int(sp is not None),
        mention.start if mention else None,
        mention.end if mention else None,
        mention.text if mention else None,
        sp.name if sp else None,
        int(bool(sp and sp.anonymous)),
        sp.descriptor if sp else None,
        sp.ordinal if sp else None,
        int(bool(sp and sp.group)),
        sp.ref if sp else None,
        q.venue,
        int(q.direct),
        int(q.relayed),
        q.method,
        q.said_at,
    )


def _quote(r: sqlite3.Row) -> Quote:
    speaker = None
    if r["has_speaker"]:
        speaker = Speaker(
            mention=_span(r["speaker_start"], r["speaker_end"], r["speaker_text"]),
            name=r["speaker_name"],
            anonymous=bool(r["anonymous"]),
            descriptor=r["descriptor"],
            ordinal=r["ordinal"],
            group=bool(r["speaker_group"]),
            ref=r["speaker_ref"],
        )
    return Quote(
        article_id=r["article_id"],
        content=Span(start=r["content_start"], end=r["content_end"], text=r["content_text"]),
        cue=_span(r["cue_start"], r["cue_end"], r["cue_text"]),
        speaker=speaker,
        venue=r["venue"],
        direct=bool(r["direct"]),
        relayed=bool(r["relayed"]),
        method=r["method"],
        said_at=r["said_at"],
    )


def _speaker_row(
    acc: dict[str, Any],
    *,
    name: str | None = None,
    aliases: list[str] | None = None,
    descriptor: str | None = None,
    venue: str | None = None,
) -> dict[str, Any]:
    """A ``speakers()`` row from its tallied counts (``_tally``)."""
    return {
        "name": name,
        "aliases": aliases or [],
        "descriptor": descriptor,
        "venue": venue,
        "anonymous": bool(acc["anonymous"]),
        "quotes": acc["quotes"],
        "articles": len(acc["articles"]),
        "outlets": sorted(acc["outlets"]),
    }


def _tally(acc: dict[str, Any], row: sqlite3.Row) -> None:
    """Add one (speaker, article) row of counts to a ``speakers()`` row being built."""
    acc["anonymous"] = max(acc["anonymous"], row["anonymous"])
    acc["quotes"] += row["quotes"]
    acc["articles"].add(row["article"])
    if row["outlet"] is not None:
        acc["outlets"].add(row["outlet"])
