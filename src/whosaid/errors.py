"""One exception hierarchy for the library; the CLI and web app translate it once.

Each class carries the process exit code and the HTTP status it maps to (the way
datasette's ``Base400`` carries ``status``). Exit code 2 is left to Typer's usage errors.
"""

from __future__ import annotations


class WhosaidError(Exception):
    """Base class: a problem whosaid can explain in one line."""

    exit_code = 1
    http_status = 500

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InputError(WhosaidError):
    """Bad or unreadable input: a file, a JSONL line, a date."""

    exit_code = 3
    http_status = 400


class ModelMissing(WhosaidError):
    """The spaCy model package is not installed."""

    exit_code = 4
    http_status = 500


class StoreError(WhosaidError):
    """The SQLite store cannot be used: newer schema, locked, corrupt."""

    exit_code = 5
    http_status = 500


class NotFound(WhosaidError):
    """A requested article, quote or group does not exist."""

    exit_code = 6
    http_status = 404
