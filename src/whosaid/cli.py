"""The ``whosaid`` command line: a thin Typer layer over :mod:`whosaid.api`.

Data goes to stdout; progress, warnings and errors go to stderr. A ``WhosaidError`` is
translated in one place (:func:`command`) into ``Error: …`` and its exit code; inputs
that were skipped are listed one per line and make the exit code 1.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from whosaid import api
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
    list[str], typer.Argument(help="Files or directories (.txt, .html, .jsonl, .warc[.gz]); '-' for stdin.")
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
    typer.Option(help="Extract on Dask: 'local' (a LocalCluster of --processes workers) or a scheduler address."),
]
OutletOpt = Annotated[str | None, typer.Option(help="Outlet name for inputs that do not carry one.")]


def command(*args: Any, **kwargs: Any) -> Callable:
    """Register a command whose ``WhosaidError`` becomes ``Error: …`` and its exit code."""

    def deco(f: Callable) -> Callable:
        @functools.wraps(f)
        def wrapper(*a: Any, **kw: Any) -> Any:
            try:
                return f(*a, **kw)
            except WhosaidError as e:
                err.print(f"Error: {e.message}", markup=False)
                if e.hint:
                    err.print(f"Hint: {e.hint}", markup=False)
                raise typer.Exit(e.exit_code) from None

        return app.command(*args, **kwargs)(wrapper)

    return deco


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f'--published is not YYYY-MM-DD: "{value}"') from None


def _report_problems(problems: list[Skipped]) -> None:
    for s in problems:
        err.print(f"skipped {s}", markup=False)


def _progress(label: str):
    """A spinner with a running count on stderr, shown only on a terminal."""
    from rich.progress import (
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    p = Progress(SpinnerColumn(), TextColumn(label), MofNCompleteColumn(), TimeElapsedColumn(),
                 console=err, transient=True, disable=not sys.stderr.isatty())
    task = p.add_task(label, total=None)

    def tick(_: Article) -> None:
        p.advance(task)

    return p, tick


def _write(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically (temp file + rename), or to stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    err.print(f"wrote {output}", markup=False)


def _open_store(db: str):
    from whosaid.store import Store

    return Store(db)


def _settings(n_process: int = 1, dask: str | None = None) -> Settings:
    from dataclasses import replace

    model = os.environ.get("WHOSAID_MODEL") or DEFAULT.model
    return replace(DEFAULT, n_process=max(1, n_process), dask=dask or None, model=model)


@command(help="Read, extract and store articles. Example: whosaid ingest news/ --db story.db")
def ingest(
    files: FilesArg,
    db: DbOpt = "whosaid.db",
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    processes: Annotated[int, typer.Option(help="Worker processes (spaCy or Dask).")] = 1,
    dask: DaskOpt = None,
) -> None:
    p, tick = _progress("extracting")
    with _open_store(db) as store, p:
        rep = api.ingest(files, store, published=_date(published), outlet=outlet,
                         settings=_settings(processes, dask), progress=tick)
    _report_problems(rep.problems)
    err.print(
        f"{rep.usable} articles read: {rep.added} added, {rep.replaced} replaced, "
        f"{rep.unchanged} unchanged, {len(rep.problems)} skipped → {db}",
        markup=False,
    )
    if rep.problems:
        raise typer.Exit(1)


@command(help="Extract quotes and dates as the evaluation contract's JSONL (no store). "
         "Example: whosaid extract dev.jsonl --format jsonl > pred.jsonl")
def extract(
    files: FilesArg,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl | json")] = "jsonl",
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    processes: Annotated[int, typer.Option(help="Worker processes (spaCy or Dask).")] = 1,
    dask: DaskOpt = None,
) -> None:
    if format not in ("jsonl", "json"):
        raise InputError(f"unknown format {format!r} for extract; choose jsonl or json")
    rep = api.IngestReport()
    out = sys.stdout
    rows = []
    for x in api.iter_extractions(files, published=_date(published), outlet=outlet,
                                  settings=_settings(processes, dask), report=rep):
        d = x.to_dict()
        if format == "jsonl":
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            rows.append(d)
    # Unreadable inputs still get a line, so the output has one line per input.
    for s in rep.skipped:
        d = {"id": None, "source": s.source, "quotes": [], "timexes": [], "error": s.reason}
        if format == "jsonl":
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            rows.append(d)
    if format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    _report_problems(rep.problems)
    if not rep.ids:
        raise InputError("no usable article in the input")
    if rep.problems:
        raise typer.Exit(1)


@command(help="Group the same quotes across articles. With files, links them without a store; "
         "otherwise relinks the store. Example: whosaid link a.jsonl --format jsonl")
def link(
    files: OptFilesArg = None,
    db: DbOpt = "whosaid.db",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl | json | table")] = "table",
    published: PublishedOpt = None,
) -> None:
    from whosaid.link import link_quotes

    if format not in ("jsonl", "json", "table"):
        raise InputError(f"unknown format {format!r} for link; choose jsonl, json or table")
    rep = api.IngestReport()
    if files:
        xs = [x for x in api.iter_extractions(files, published=_date(published), settings=_settings(),
                                              report=rep) if not x.error]
        links = link_quotes(xs)
    else:
        with _open_store(db) as store:
            links = api.link_store(store)
    _report_problems(rep.problems)
    if format == "jsonl":
        sys.stdout.write("".join(json.dumps(lk.to_dict(), ensure_ascii=False) + "\n" for lk in links))
    elif format == "json":
        _write(json.dumps([lk.to_dict() for lk in links], ensure_ascii=False, indent=2), None)
    else:
        from whosaid.report.dossier import _cut

        for i, lk in enumerate(links, 1):
            print(f"[{i}] “{_cut(lk.text, 120)}”")
            for o in lk.occurrences:
                print(f"    {o.published or '—'}  {o.outlet or o.article_id}: {o.speaker or '—'}"
                      f"{' → ' + o.venue if o.venue else ''} ({'credited' if o.credited else 'uncredited'})")
        err.print(f"{len(links)} quote groups", markup=False)
    if rep.problems:
        raise typer.Exit(1)


@command(help="List who said what from the store. Example: whosaid quotes --anonymous --db story.db")
def quotes(
    db: DbOpt = "whosaid.db",
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    anonymous: Annotated[bool | None, typer.Option("--anonymous/--named", help="Only anonymous / named speakers.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table | json | jsonl | md")] = "table",
) -> None:
    from whosaid.report import build_dossier, render_dossier

    with _open_store(db) as store:
        ids = [article] if article else None
        if article:
            store.article(article)  # raises NotFound with a clear message
        d = build_dossier(list(store.extractions(ids)))
    rows = [q for q in d["quotes"] if anonymous is None or q["anonymous"] == anonymous]
    if format == "jsonl":
        _write("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in rows), None)
    elif format == "json":
        _write(json.dumps(rows, ensure_ascii=False, indent=2), None)
    elif format in ("table", "md"):
        d = dict(d, quotes=rows, findings=[], groups=[], timeline=[], conflicts=[])
        text = render_dossier(d, format)
        _write(text, None)
    else:
        raise InputError(f"unknown format {format!r} for quotes; choose table, json, jsonl or md")


@command(help="The story dossier of the given files (or of the whole store). "
         "Example: whosaid dossier ../shared/seeds --db :memory: --format html -o story.html")
def dossier(
    files: OptFilesArg = None,
    db: DbOpt = "whosaid.db",
    format: Annotated[str, typer.Option("--format", "-f", help="table | json | md | html")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    published: PublishedOpt = None,
    outlet: OutletOpt = None,
    title: Annotated[str | None, typer.Option(help="Heading of the dossier.")] = None,
) -> None:
    from whosaid.report import FORMATS, render_dossier

    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    problems: list[Skipped] = []
    with _open_store(db) as store:
        ids = None
        if files:
            p, tick = _progress("extracting")
            with p:
                rep = api.ingest(files, store, published=_date(published), outlet=outlet, progress=tick,
                                 settings=_settings(), relink=db != ":memory:")
            problems = rep.problems
            ids = rep.ids
        d = api.dossier(store, ids, title=title)
    _report_problems(problems)
    _write(render_dossier(d, format), output)
    if problems:
        raise typer.Exit(1)


@command(help="Full-text search over articles and quotes. Example: whosaid search 'living apart'")
def search(
    query: Annotated[str, typer.Argument(help="Words to find (FTS5 syntax allowed).")],
    db: DbOpt = "whosaid.db",
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    format: Annotated[str, typer.Option("--format", "-f", help="table | json | jsonl")] = "table",
) -> None:
    with _open_store(db) as store:
        hits = store.search(query, limit=limit)
    if format == "json":
        _write(json.dumps(hits, ensure_ascii=False, indent=2), None)
    elif format == "jsonl":
        _write("".join(json.dumps(h, ensure_ascii=False) + "\n" for h in hits), None)
    elif format == "table":
        for h in hits:
            print(json.dumps(h, ensure_ascii=False))
        err.print(f"{len(hits)} hits", markup=False)
    else:
        raise InputError(f"unknown format {format!r} for search; choose table, json or jsonl")


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="whosaid")
