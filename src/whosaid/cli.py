"""The ``whosaid`` command line: a thin Typer layer over :mod:`whosaid.api`.

Data goes to stdout; progress, warnings and errors go to stderr. A ``WhosaidError`` is
translated in one place (:func:`command`) into ``Error: …`` and its exit code; inputs
that were skipped are listed one per line and make the exit code 1.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.console import Console

from whosaid.config import DEFAULT, Settings
from whosaid.errors import InputError, WhosaidError
from whosaid.model import Article, Skipped

app = typer.Typer(
    name="whosaid",
    help="Who said what, to whom, when — and who copied whom — across news articles.\n\n"
    "Example: whosaid dossier ../shared/seeds --db :memory:",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False)

DbOpt = Annotated[
    str, typer.Option("--db", envvar="WHOSAID_DB", help="SQLite store (':memory:' for none).")
]
FilesArg = Annotated[
    list[str],
    typer.Argument(help="Files or directories (.txt, .html, .jsonl, .warc[.gz]); '-' for stdin."),
]
OptFilesArg = Annotated[
    list[str] | None,
    typer.Argument(help="Files or directories to read; without them, the store is used."),
]
PublishedOpt = Annotated[
    str | None, typer.Option(help="Publication date YYYY-MM-DD for plain .txt files without one.")
]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        help="Extract on Dask: 'local' (a LocalCluster of --processes workers) or a scheduler address."
    ),
]
FastOpt = Annotated[
    bool,
    typer.Option(
        "--fast",
        help="Parse only sentences that can hold a quote: ~2.5x faster, slightly less accurate.",
    ),
]
OutletOpt = Annotated[
    str | None, typer.Option(help="Outlet name for inputs that do not carry one.")
]


# Exit code of an unexpected exception (BSD sysexits' EX_SOFTWARE).
INTERNAL_ERROR_EXIT = 70


def command(*args: Any, **kwargs: Any) -> Callable:
    """Register a command whose ``WhosaidError`` becomes ``Error: …`` and its exit code."""

    def deco(f: Callable) -> Callable:
        @functools.wraps(f)
        def wrapper(*a: Any, **kw: Any) -> Any:
            _show_warnings()
            try:
                return f(*a, **kw)
            except WhosaidError as e:
                _say(f"Error: {e.message}")
                if e.hint:
                    _say(f"Hint: {e.hint}")
                raise typer.Exit(e.exit_code) from None
            except KeyboardInterrupt:
                # a store keeps what it committed; an ingest stopped before relinking is
                # relinked by the next one (or by `whosaid link`) and reported until then
                _say("interrupted: the store keeps what was committed before")
                raise typer.Exit(130) from None
            except (
                typer.Exit,
                click.exceptions.Exit,
                click.ClickException,
                click.exceptions.Abort,
            ):
                raise  # typer.Exit and usage errors: click reports them
            except Exception as e:
                # a bug of ours, not the input's: one line, and the traceback on request
                if os.environ.get("WHOSAID_DEBUG"):
                    raise
                _say(
                    f"Error: internal error ({type(e).__name__}: {e}); the store keeps what"
                    " was committed before. Please report it; WHOSAID_DEBUG=1 shows where"
                )
                raise typer.Exit(INTERNAL_ERROR_EXIT) from None

        return app.command(*args, **kwargs)(wrapper)

    return deco


def _say(message: str) -> None:
    """One line to stderr, never wrapped (messages are grepped and read by scripts).

    Messages quote the input (a bad date, a WARC line); its control characters are
    shown escaped, so an escape sequence in a file cannot drive the user's terminal.
    """
    if not message.isprintable():  # control and format characters: ESC, BEL, bidi
        message = "".join(
            c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in message
        )
    sys.stderr.write(message + "\n")


class _StderrLog(logging.Handler):
    """The library's warnings as ``warning: …`` lines on stderr.

    The library only logs them (files ignored in a folder, text decoded as cp1252,
    renamed duplicate ids); without this handler the command line would drop them.
    Errors are left out: each one already reaches the user as a ``skipped`` line or an
    ``Error:``.
    """

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.ERROR:
            _say(f"warning: {' '.join(record.getMessage().split())}")


_STDERR_LOG = _StderrLog()


def _show_warnings() -> None:
    logger = logging.getLogger("whosaid")
    if _STDERR_LOG not in logger.handlers:
        logger.addHandler(_STDERR_LOG)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    from whosaid.ingest.common import parse_date

    try:
        return parse_date(value)
    except ValueError as e:
        raise InputError(f"--published {e}") from None


def _report_problems(problems: list[Skipped]) -> None:
    for s in problems:
        _say(f"skipped {s}")


@contextmanager
def _problems_listed(report: Any) -> Iterator[None]:
    """When an ingest gives up (nothing usable), still list every input it skipped."""
    try:
        yield
    except InputError:
        _report_problems(report.problems)
        raise


def _progress(label: str):
    """A spinner with a running count on stderr, shown only on a terminal."""
    from rich.progress import (
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    p = Progress(
        SpinnerColumn(),
        TextColumn(label),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not sys.stderr.isatty(),
    )
    task = p.add_task(label, total=None)

    def tick(_: Article) -> None:
        p.advance(task)

    return p, tick


def _write(text: str, output: Path | None) -> None:
    """Write to ``output``, or to stdout (None or "-").

    A regular file (or a new one) is written atomically: a temp file beside it, renamed
    over it. Through a symlink the file it points to is replaced; a device or a pipe
    (``/dev/null``, a FIFO) is written into, never replaced. The folder must exist.
    """
    if output is None or str(output) == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        target = Path(os.path.realpath(output))
        if target.exists() and not target.is_file():
            if target.is_dir():
                raise IsADirectoryError(21, "it is a folder")
            with target.open("w", encoding="utf-8") as f:
                f.write(text)
            _say(f"wrote {output}")
            return
        if not target.parent.is_dir():
            raise FileNotFoundError(2, f"no folder {target.parent}")
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            # the permissions a plain open() would give, not mkstemp's private 0600
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise InputError(f"cannot write {output}: {e.strerror or e}") from None
    _say(f"wrote {output}")


def _api():
    """The workflows module, imported on first use so `--help` does not load spaCy."""
    from whosaid import api

    return api


def _warn_unlinked(store, db: str) -> None:
    """Say so when the stored quote links leave out stored articles (an ingest stopped
    between storing its articles and relinking them)."""
    n = store.unlinked()
    if n:
        _say(
            f"warning: {n} stored article{'s are' if n != 1 else ' is'} not in the quote links"
            f" yet (an ingest was stopped before relinking); `whosaid link --db {db}` relinks"
        )


def _open_store(db: str, *, create: bool = True):
    from whosaid.store import Store

    return Store(db, create=create)


def _settings(n_process: int = 1, dask: str | None = None, fast: bool = False) -> Settings:
    from dataclasses import replace

    model = os.environ.get("WHOSAID_MODEL") or DEFAULT.model
    return replace(DEFAULT, n_process=max(1, n_process), dask=dask or None, model=model, fast=fast)


@command(help="Read, extract and store articles. Example: whosaid ingest news/ --db story.db")
def ingest(
    files: FilesArg,
    db: DbOpt = "whosaid.db",
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    processes: Annotated[int, typer.Option(help="Worker processes (spaCy or Dask).")] = 1,
    dask: DaskOpt = None,
    fast: FastOpt = False,
) -> None:
    p, tick = _progress("extracting")
    rep = _api().IngestReport()
    fresh = db != ":memory:" and not Path(db).exists()
    try:
        with _problems_listed(rep), _open_store(db) as store, p:
            _api().ingest(
                files,
                store,
                published=_date(published),
                outlet=outlet,
                settings=_settings(processes, dask, fast),
                progress=tick,
                report=rep,
            )
    finally:
        if fresh and not rep.added:
            # a failed first ingest leaves no empty store file behind
            for suffix in ("", "-wal", "-shm"):
                Path(db + suffix).unlink(missing_ok=True)
    _report_problems(rep.problems)
    _warn_dates(rep)
    _say(
        f"{rep.usable} articles read: {rep.added} added, {rep.replaced} replaced, "
        f"{rep.unchanged} unchanged, {len(rep.problems)} skipped → {db}"
    )
    if rep.problems:
        raise typer.Exit(1)


@command(
    help="Extract quotes and dates as the evaluation contract's JSONL (no store). "
    "Example: whosaid extract dev.jsonl --format jsonl > pred.jsonl"
)
def extract(
    files: FilesArg,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl | json")] = "jsonl",
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    processes: Annotated[int, typer.Option(help="Worker processes (spaCy or Dask).")] = 1,
    dask: DaskOpt = None,
    fast: FastOpt = False,
) -> None:
    if format not in ("jsonl", "json"):
        raise InputError(f"unknown format {format!r} for extract; choose jsonl or json")
    rep = _api().IngestReport()
    rows: list[dict] = []
    flushed = 0

    def emit(d: dict) -> None:
        if format == "jsonl":
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            rows.append(d)

    def flush_skipped(upto: int) -> None:
        # Unreadable inputs still get a line, in input order: one line per input.
        nonlocal flushed
        while flushed < len(rep.skipped) and rep.skipped_at[flushed] <= upto:
            s = rep.skipped[flushed]
            emit({"id": s.id, "source": s.source, "quotes": [], "timexes": [], "error": s.reason})
            flushed += 1

    for n, x in enumerate(
        _api().iter_extractions(
            files,
            published=_date(published),
            outlet=outlet,
            settings=_settings(processes, dask, fast),
            report=rep,
        )
    ):
        flush_skipped(n)
        emit(x.to_dict())
    flush_skipped(len(rep.ids))
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    _report_problems(rep.problems)
    if not rep.ids:
        raise InputError("no usable article in the input")
    if rep.problems:
        raise typer.Exit(1)


@command(
    help="Group the same quotes across articles. With files, links them without a store; "
    "otherwise relinks the store. Example: whosaid link a.jsonl --format jsonl"
)
def link(
    files: OptFilesArg = None,
    db: DbOpt = "whosaid.db",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl | json | table")] = "table",
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
) -> None:
    from whosaid.link import link_quotes

    if format not in ("jsonl", "json", "table"):
        raise InputError(f"unknown format {format!r} for link; choose jsonl, json or table")
    rep = _api().IngestReport()
    if files:
        xs = [
            x
            for x in _api().iter_extractions(
                files, published=_date(published), outlet=outlet, settings=_settings(), report=rep
            )
            if not x.error
        ]
        links = link_quotes(xs)
    else:
        with _open_store(db, create=False) as store:
            links = _api().link_store(store).links
    _report_problems(rep.problems)
    if format == "jsonl":
        sys.stdout.write(
            "".join(json.dumps(lk.to_dict(), ensure_ascii=False) + "\n" for lk in links)
        )
    elif format == "json":
        _write(json.dumps([lk.to_dict() for lk in links], ensure_ascii=False, indent=2), None)
    else:
        from whosaid.assess.provenance import assess_link, standings
        from whosaid.report.dossier import cut, first_label, shown

        for i, lk in enumerate(links, 1):
            print(shown(f"[{i}] “{cut(lk.text, 120)}”"))
            p = assess_link(lk)
            for k, (o, credit) in enumerate(zip(lk.occurrences, standings(p), strict=True)):
                if not k:  # the first printing credits no one before it, as in the dossier
                    credit = first_label(o.venue, o.outlet, len(p.first_tied))
                print(
                    shown(
                        f"    {o.published or '—'}  {o.outlet or o.article_id}: {o.speaker or '—'}"
                        f"{' → ' + o.venue if o.venue else ''} ({credit})"
                    )
                )
        _say(f"{len(links)} quote groups")
    if rep.problems:
        raise typer.Exit(1)


@command(
    help="List who said what from the store. Example: whosaid quotes --anonymous --db story.db"
)
def quotes(
    db: DbOpt = "whosaid.db",
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    anonymous: Annotated[
        bool | None, typer.Option("--anonymous/--named", help="Only anonymous / named speakers.")
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", help="table | json | jsonl | md")
    ] = "table",
) -> None:
    from whosaid.api import row_is_anonymous
    from whosaid.report import build_dossier, render_dossier

    if format == "jsonl":  # streamed: one article's rows in memory, not the store's
        with _open_store(db, create=False) as store:
            empty = True
            for row in _api().quotes(store, article, anonymous):
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                empty = False
        if empty:
            _write("", None)  # one empty line, as for every empty listing
        return
    with _open_store(db, create=False) as store:
        ids = [article] if article else None
        if article:
            store.article(article)  # raises NotFound with a clear message
        d = build_dossier(list(store.extractions(ids)), title=f"Quotes in {article or db}")
    rows = [q for q in d["quotes"] if anonymous is None or row_is_anonymous(q) == anonymous]
    if format == "jsonl":
        _write("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in rows), None)
    elif format == "json":
        _write(json.dumps(rows, ensure_ascii=False, indent=2), None)
    elif format in ("table", "md"):
        # a listing: the summary says only what was counted (quote groups, conflicts and
        # claims are the dossier's), the articles table only the listed quotes' articles
        listed = {q["article_id"] for q in rows}
        anon = sum(1 for q in rows if q["anonymous"])
        summary = dict(
            d["summary"],
            articles=len(listed),
            outlets=sorted(
                {a["outlet"] for a in d["articles"] if a["id"] in listed and a["outlet"]}
            ),
            quotes=len(rows),
            anonymous_quotes=anon,
            anonymous_share=anon / len(rows) if rows else None,
            groups=None,
            conflicts=None,
            claims=None,
        )
        d = dict(d, summary=summary, quotes=rows, findings=[], groups=[], timeline=[])
        d["articles"] = [a for a in d["articles"] if a["id"] in listed]
        text = render_dossier(d, format)
        _write(text, None)
    else:
        raise InputError(f"unknown format {format!r} for quotes; choose table, json, jsonl or md")


def _warn_dates(rep) -> None:
    """Warn about articles read without a publication date or dated after today."""
    if rep.undated:
        _say(
            f"warning: {rep.undated} of {rep.usable} articles have no publication date: their "
            "'on Friday', 'last year' stay unresolved (give one with --published YYYY-MM-DD)"
        )
    if rep.future:
        _say(
            f"warning: {rep.future} of {rep.usable} articles are dated after today: check"
            " their dates (every quote's age is counted from them)"
        )


@command(
    help="The story dossier of the given files (or of the whole store). "
    "Example: whosaid dossier ../shared/seeds --db :memory: --format html -o story.html"
)
def dossier(
    files: OptFilesArg = None,
    db: DbOpt = "whosaid.db",
    format: Annotated[
        str, typer.Option("--format", "-f", help="table | json | md | html")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    title: Annotated[str | None, typer.Option(help="Heading of the dossier.")] = None,
) -> None:
    from whosaid.report import FORMATS, render_dossier

    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    problems: list[Skipped] = []
    with _open_store(db, create=bool(files)) as store:
        ids = None
        if files:
            p, tick = _progress("extracting")
            rep = _api().IngestReport()
            with _problems_listed(rep), p:
                _api().ingest(
                    files,
                    store,
                    published=_date(published),
                    outlet=outlet,
                    progress=tick,
                    settings=_settings(),
                    relink=db != ":memory:",
                    report=rep,
                )
            problems = rep.problems
            ids = rep.stored
            _warn_dates(rep)
        else:
            _warn_unlinked(store, db)
        d = _api().dossier(store, ids, title=title)
    _report_problems(problems)
    _write(render_dossier(d, format), output)
    if problems:
        raise typer.Exit(1)


@command(help="Full-text search over articles and quotes. Example: whosaid search 'living apart'")
def search(
    query: Annotated[
        str, typer.Argument(help='Words to find; "a phrase" in quotes, word* for a prefix.')
    ],
    db: DbOpt = "whosaid.db",
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    syntax: Annotated[
        bool, typer.Option("--syntax", help="Pass FTS5 query syntax (OR, NEAR, title:) through.")
    ] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="table | json | jsonl")] = "table",
) -> None:
    if format not in ("table", "json", "jsonl"):
        raise InputError(f"unknown format {format!r} for search; choose table, json or jsonl")
    if not any(c.isalnum() for c in query):
        raise InputError(f"nothing to search for in {query!r}: give a word")
    with _open_store(db, create=False) as store:
        hits = store.search(query, limit=limit, syntax=syntax)
    if format == "json":
        _write(json.dumps(hits, ensure_ascii=False, indent=2), None)
    elif format == "jsonl":
        sys.stdout.write("".join(json.dumps(h, ensure_ascii=False) + "\n" for h in hits))
    else:
        from rich.markup import escape
        from rich.table import Table

        from whosaid.report.dossier import shown

        t = Table(title=escape(f"{len(hits)} hits for {query!r}"), title_justify="left")
        for c in ("kind", "published", "article", "speaker", "match"):
            t.add_column(c, ratio=1 if c == "match" else None)
        for h in hits:
            snip, marks, parts, at = h["snippet"], h["marks"], [], 0
            for a, b in marks:
                parts += [escape(shown(snip[at:a])), "[b]", escape(shown(snip[a:b])), "[/b]"]
                at = b
            parts.append(escape(shown(snip[at:])))
            t.add_row(
                h["kind"],
                h["published"] or "—",
                escape(shown(h["outlet"] or h["article_id"])),
                escape(shown(h["speaker"] or "")),
                "".join(parts),
            )
        Console(highlight=False, width=140).print(t)


@command(
    help="Trace some words: every article that printed them, first printing, credit, age. "
    "Example: whosaid trace 'living apart since February' --db story.db"
)
def trace(
    words: Annotated[str, typer.Argument(help="Some words of the quote.")],
    db: DbOpt = "whosaid.db",
    format: Annotated[str, typer.Option("--format", "-f", help="table | json | md")] = "table",
) -> None:
    from whosaid.report import render_dossier

    with _open_store(db, create=False) as store:
        _warn_unlinked(store, db)
        d = _api().trace(store, words)
    if format == "json":
        _write(json.dumps(d["groups"], ensure_ascii=False, indent=2), None)
    elif format in ("table", "md"):
        # the groups only: the summary counts what the trace found, no quotes or articles
        summary = dict(d["summary"], articles=None, quotes=None, conflicts=None, claims=None)
        d = dict(d, summary=summary, quotes=[], timeline=[], conflicts=[], articles=[])
        _write(render_dossier(d, format), None)
    else:
        raise InputError(f"unknown format {format!r} for trace; choose table, json or md")


@command(
    help="Serve the local web app over a store. Example: whosaid serve --db story.db --port 8765"
)
def serve(
    db: DbOpt = "whosaid.db",
    host: Annotated[
        str, typer.Option(help="Address to bind; anything but loopback needs --token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8765,
    token: Annotated[
        str | None,
        typer.Option(envvar="WHOSAID_TOKEN", help="Access token required by every request."),
    ] = None,
) -> None:
    try:
        from whosaid.web import serve as run_server
    except ImportError as e:
        raise WhosaidError(
            "the web extra is not installed", hint="pip install 'whosaid[web]'"
        ) from e
    if db not in (":memory:", "") and not Path(db).exists():
        # a mistyped path would otherwise look like an empty collection
        _say(f"warning: no store at {db}: serving a new, empty one (upload articles there)")
    run_server(db, host=host, port=port, token=token, settings=_settings())


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="whosaid")
