"""SQLite store (stdlib ``sqlite3`` + FTS5): the only package that writes SQL."""

from whosaid.store.migrations import SCHEMA_VERSION as SCHEMA_VERSION
from whosaid.store.store import Store as Store
from whosaid.store.store import fts_query as fts_query

__all__ = ["SCHEMA_VERSION", "Store", "fts_query"]
