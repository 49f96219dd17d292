"""Opening files: schema migrations, WAL, and the one-line errors for unusable files."""

from __future__ import annotations

import sqlite3
import time

import pytest

from whosaid.errors import StoreError
from whosaid.store import SCHEMA_VERSION, Store
from whosaid.store.migrations import MIGRATIONS, statements


def raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_new_file_gets_schema_wal_and_migration_log(db_path):
    with Store(db_path):
        pass
    conn = raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    log = conn.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
    assert log == [(m.version, m.name) for m in MIGRATIONS]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "quotes", "timexes", "facts", "link_groups", "occurrences"} <= tables
    assert {"articles_fts", "quotes_fts"} <= tables
    conn.close()


def test_reopening_applies_nothing_twice(db_path, records):
    with Store(db_path) as s:
        s.add([records.bakery()])
    with Store(db_path) as s:
        assert s.count() == 1
    conn = raw(db_path)
    assert conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value) == f"{path}: not a SQLite database"


def test_another_applications_database(tmp_path):
    path = tmp_path / "other.db"
    conn = raw(path)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a whosaid store") as err:
        Store(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)
    # refused before anything is written: the journal mode in its header is unchanged
    assert path.read_bytes() == before


def test_a_reader_writes_no_schema_into_an_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(StoreError, match="not a whosaid store \\(an empty database\\)"):
        Store(path, create=False)
    assert path.read_bytes() == b""


@pytest.mark.parametrize("how", ["user_version", "migrations table"])
def test_newer_schema_is_refused(db_path, how):
    with Store(db_path):
        pass
    conn = raw(db_path)
    if how == "user_version":
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    else:
        conn.execute("INSERT INTO migrations (version, name) VALUES (?, 'future')", (99,))
    conn.close()
    with pytest.raises(StoreError, match="newer than this whosaid") as err:
        Store(db_path)
    assert str(db_path) in str(err.value)
    assert err.value.hint and "upgrade" in err.value.hint


def test_unopenable_path(tmp_path):
    with pytest.raises(StoreError, match="cannot open|unable to open") as err:
        Store(tmp_path / "no" / "such" / "dir" / "x.db")
    assert "x.db" in str(err.value)


def test_missing_file_is_refused_without_create(tmp_path, records):
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="typo.db: no such store"):
        Store(missing, create=False)
    assert not missing.exists()
    with Store(missing) as s:
        s.add([records.bakery()])
    with Store(missing, create=False) as s:
        assert s.count() == 1
    with Store(":memory:", create=False) as s:
        assert s.count() == 0


def test_locked_database_times_out_with_a_clear_error(db_path, records):
    with Store(db_path) as s:
        s.add([records.bakery()])
    writer = raw(db_path)
    writer.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    writer.execute("DELETE FROM link_groups")
    try:
        with Store(db_path, timeout=0.2) as s:
            # Readers are not blocked in WAL mode...
            assert s.count() == 1
            # ...but a writer gives up after the timeout, with one line naming the file.
            t0 = time.monotonic()
            with pytest.raises(StoreError, match="database is locked") as err:
                s.add([records.harbour()])
            assert time.monotonic() - t0 >= 0.15
            assert str(db_path) in str(err.value) and "0.2s" in str(err.value)
            assert "\n" not in str(err.value)
            assert err.value.exit_code == 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Store(db_path) as s:  # nothing was half written
        assert s.add([records.harbour()])["added"] == 1


def test_memory_stores_are_private():
    with Store(":memory:") as a, Store(":memory:") as b:
        assert a.count() == b.count() == 0


def test_closed_store_raises_store_error(records):
    s = Store(":memory:")
    s.close()
    s.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        s.count()


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("CREATE TABLE a (x);\nCREATE TABLE b (y);\n", 2),
        ("-- only a comment\n", 0),
        (
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
            "  INSERT INTO b VALUES (2);\nEND;\n-- trailing comment\n",
            1,
        ),
    ],
)
def test_statements_keep_trigger_bodies_whole(script, expected):
    assert len(statements(script)) == expected


def test_schema_script_runs_statement_by_statement():
    conn = sqlite3.connect(":memory:")
    for stmt in statements(MIGRATIONS[0].sql):
        conn.execute(stmt)
    triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()
    assert triggers[0] == 6


def test_pages_of_articles_and_the_newest(store, records):
    """``articles(limit, offset)`` is a slice of ``articles()``; ``newest`` is the home
    page's order: dated newest first, then undated, ties by id descending."""
    from datetime import date, timedelta
    from itertools import islice

    days = [date(2021, 3, 8) + timedelta(days=k % 4) for k in range(9)] + [None, None]
    store.add(
        records.harbour(
            article_id=f"a{k % 5}-{k}", text=f"Copy {k}. " + records.HARBOUR, published=d
        )
        for k, d in enumerate(days)
    )
    every = list(store.articles())
    for limit, offset in ((3, 0), (3, 9), (20, 2), (1, 11), (None, 4)):
        stop = None if limit is None else offset + limit
        assert list(store.articles(limit, offset)) == list(islice(every, offset, stop))
    by_hand = sorted(
        every, key=lambda a: (a.published is not None, a.published, a.id), reverse=True
    )
    for n in (1, 5, 11, 20):
        assert store.newest(n) == by_hand[:n]


def test_article_names_without_texts(store, records):
    store.add(
        [
            records.harbour(),
            records.harbour(article_id="no-outlet", text="Other. " + records.HARBOUR, outlet=None),
            records.bakery(),
        ]
    )
    names = store.article_names(["bakery-1", "missing", "no-outlet", "harbour-1", "bakery-1"])
    assert names == {
        i: (store.article(i).outlet, store.article(i).title)
        for i in ("bakery-1", "no-outlet", "harbour-1")
    }


def test_a_store_this_process_may_not_write_is_read_read_only(db_path, records, monkeypatch):
    """An archived store (file or folder not writable) opens for reading without the
    journal-mode switch or migrations, which would need writes; a write is refused with a
    one-line error. (Permissions are read through os.access, answered here as for a
    user without write rights, since tests may run as root.)"""
    import os

    with Store(db_path) as s:
        s.add([records.bakery()])
    monkeypatch.setattr(os, "access", lambda path, mode: not mode & os.W_OK)
    with Store(db_path, create=False) as s:
        assert s.count() == 1 and s.search("margins")
        with pytest.raises(StoreError, match="readonly database"):
            s.add([records.bakery(article_id="another", text="Again: " + records.BAKERY)])
    monkeypatch.undo()
    with Store(db_path) as s:  # with the right to write, all as before
        assert s.count() == 1
