"""Numbered schema migrations, recorded in a ``migrations`` table.

Like sqlite-utils ``Migrations``: each step has a number and a name, runs once in its own
transaction, and is recorded with the time it ran. ``PRAGMA user_version`` mirrors the
highest step applied, so ``sqlite3 whosaid.db 'PRAGMA user_version'`` tells the schema
version without whosaid. Step 1 is ``schema.sql``; later steps append to ``MIGRATIONS``
and never edit an earlier one.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from importlib import resources

from whosaid.errors import StoreError

log = logging.getLogger("whosaid")


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """One schema step: ``sql`` is a script of ``;``-terminated statements."""

    version: int
    name: str
    sql: str


def _package_sql(name: str) -> str:
    return resources.files("whosaid.store").joinpath(name).read_text(encoding="utf-8")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=1, name="initial schema", sql=_package_sql("schema.sql")),
    # The link stage's index, saved with the links it produced, so that adding articles
    # links only the new ones (whosaid.api.link_store). Any replace or delete of an
    # article drops it; it is derived data and is rebuilt from the articles then.
    Migration(
        version=2,
        name="link index state",
        sql="CREATE TABLE link_state (\n"
        "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
        "    blob BLOB NOT NULL\n"
        ");\n",
    ),
    # An occurrence whose outlet printed the words earlier in its group is a reprint, not
    # uncredited reuse (names.repeat_outlets, written by Store.replace_links). Links
    # stored before this step get it from equal outlet names until they are relinked.
    Migration(
        version=3,
        name="occurrence reprint flag",
        sql="ALTER TABLE occurrences ADD COLUMN reprint INTEGER NOT NULL DEFAULT 0;\n"
        "UPDATE occurrences SET reprint = 1 WHERE outlet IS NOT NULL AND EXISTS (\n"
        "    SELECT 1 FROM occurrences e WHERE e.group_id = occurrences.group_id\n"
        "    AND e.seq < occurrences.seq AND lower(e.outlet) = lower(occurrences.outlet)\n"
        ");\n",
    ),
    # Which extractor wrote an article's rows ("full" or "fast", NULL before this step),
    # so that ingesting it again with the full parse replaces a fast extraction.
    Migration(
        version=4,
        name="article extractor",
        sql="ALTER TABLE articles ADD COLUMN extractor TEXT;\n",
    ),
    # Whether a printing gives the words to an unnamed source of its own
    # (Occurrence.own_source), and whether assess calls it uncredited reuse (written by
    # Store.replace_links, read by ranked_links). Links stored before this step keep the
    # earlier reading (every later printing with no credit and no reprint) until the
    # next ingest relinks them.
    Migration(
        version=5,
        name="occurrence own source and uncredited flags",
        sql="ALTER TABLE occurrences ADD COLUMN own_source INTEGER NOT NULL DEFAULT 0;\n"
        "ALTER TABLE occurrences ADD COLUMN uncredited INTEGER NOT NULL DEFAULT 0;\n"
        "UPDATE occurrences SET own_source = 1 - credited,\n"
        "    uncredited = (seq > 0 AND credited = 0 AND reprint = 0);\n",
    ),
    # Whether the stored quote links include an article: Store.add stores 0, and
    # Store.replace_links sets 1. An ingest stopped between its two commits leaves
    # articles at 0, which readers report (Store.unlinked). Articles stored before this
    # step count as linked.
    Migration(
        version=6,
        name="article linked flag",
        sql="ALTER TABLE articles ADD COLUMN linked INTEGER NOT NULL DEFAULT 1;\n"
        "CREATE INDEX articles_unlinked ON articles (pk) WHERE linked = 0;\n",
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)
"""


def statements(script: str) -> list[str]:
    """Split an SQL script into statements, keeping trigger bodies whole.

    Args:
        script: SQL text with ``;``-terminated statements and ``--`` comments.

    Returns:
        The statements, in order; comment-only chunks are dropped.
    """
    out: list[str] = []
    buf: list[str] = []
    for line in script.splitlines(keepends=True):
        buf.append(line)
        chunk = "".join(buf)
        if sqlite3.complete_statement(chunk):
            out.append(chunk.strip())
            buf = []
    rest = "".join(line for line in buf if not line.lstrip().startswith("--")).strip()
    if rest:
        raise ValueError(f"unterminated SQL statement: {rest[:60]!r}")
    return out


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open database: the higher of user_version and the log."""
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_log = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    logged = conn.execute("SELECT max(version) FROM migrations").fetchone()[0] if has_log else None
    return max(user_version, logged or 0)


def check_usable(conn: sqlite3.Connection, label: str) -> None:
    """Refuse a database this code cannot use: a newer schema, or another application's
    tables. Reads only."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{label}: schema version {version} is newer than this whosaid supports "
            f"({SCHEMA_VERSION})",
            hint="upgrade whosaid, or use another database file",
        )
    if version == 0:
        foreign = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name != 'migrations' AND name NOT LIKE 'sqlite^_%' ESCAPE '^' LIMIT 1"
        ).fetchone()
        if foreign:
            raise StoreError(
                f"{label}: SQLite database with other tables (e.g. {foreign[0]!r}), "
                "not a whosaid store",
                hint="pass a new or existing whosaid database file",
            )


def migrate(conn: sqlite3.Connection, label: str) -> list[int]:
    """Apply the pending migrations, each in its own ``BEGIN IMMEDIATE`` transaction.

    The connection must be in autocommit mode (``isolation_level=None``). The check is
    repeated under the write lock, so two processes opening a new file at once apply
    each step once.

    Args:
        conn: An open connection.
        label: The database path, for error messages.

    Returns:
        The versions applied now (empty when the schema was current).

    Raises:
        StoreError: The schema is newer than this code, or the file holds another
            application's tables.
    """
    check_usable(conn, label)
    if schema_version(conn) == SCHEMA_VERSION:
        return []
    applied: list[int] = []
    for step in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            check_usable(conn, label)
            if step.version <= schema_version(conn):
                conn.execute("COMMIT")
                continue
            conn.execute(_MIGRATIONS_TABLE)
            for stmt in statements(step.sql):
                conn.execute(stmt)
            conn.execute(
                "INSERT INTO migrations (version, name) VALUES (?, ?)", (step.version, step.name)
            )
            # PRAGMA takes no bound parameters; version is our own int constant.
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(step.version)
        log.info("%s: applied schema migration %d (%s)", label, step.version, step.name)
    return applied
