"""High-level workflows over the stages; the CLI and the web app are thin layers on these.

Each function takes explicit arguments (paths, a :class:`~whosaid.store.Store`,
:class:`~whosaid.config.Settings`), never parsed CLI options, and returns records or a
report; none prints.
"""

from __future__ import annotations

import logging
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from whosaid.assess import assess
from whosaid.assess.claims import assess_claims
from whosaid.assess.facts import fact_conflicts
from whosaid.config import DEFAULT, Settings
from whosaid.errors import InputError, NotFound
from whosaid.extract import extract_articles
from whosaid.ingest import read_articles
from whosaid.link import QuoteIndex, link_quotes
from whosaid.link.claims import group_claims
from whosaid.model import Article, Extraction, QuoteLink, Skipped
from whosaid.report import article_label, build_dossier
from whosaid.store import Store

log = logging.getLogger("whosaid")

Progress = Callable[[Article], None]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts from the store, and every input that was skipped."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[Skipped] = field(default_factory=list)  # read but extraction failed
    skipped: list[Skipped] = field(default_factory=list)  # could not be read
    # For each skipped input, how many usable articles came before it (to keep input order).
    skipped_at: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # ids of the usable articles, in order
    hashes: list[str] = field(default_factory=list)  # their content hashes
    stored: list[str] = field(default_factory=list)  # ids in the store after an ingest
    undated: int = 0  # usable articles with no publication date (relative dates unresolved)
    future: int = 0  # usable articles dated after today (a wrong date skews every age)

    @property
    def problems(self) -> list[Skipped]:
        return self.skipped + self.failed

    @property
    def usable(self) -> int:
        return len(self.ids)


def _articles_only(
    items: Iterable[Article | Skipped], report: IngestReport, progress: Progress | None
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            report.skipped_at.append(len(report.ids))
            continue
        report.ids.append(item.id)
        report.hashes.append(item.content_hash)
        report.undated += item.published is None
        report.future += bool(item.published and item.published > date.today())
        if progress:
            progress(item)
        yield item


def iter_extractions(
    inputs: Iterable[str | Path],
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
    report: IngestReport | None = None,
    progress: Progress | None = None,
) -> Iterator[Extraction]:
    """Read and extract, streaming; skipped inputs are recorded in ``report``."""
    report = report if report is not None else IngestReport()
    items = read_articles(inputs, published=published, outlet=outlet, settings=settings)
    articles = _articles_only(items, report, progress)
    client = None
    if settings.dask:
        from whosaid.scale.cluster import connect, extract_distributed

        client = connect(None if settings.dask == "local" else settings.dask, settings.n_process)
        extractions = extract_distributed(articles, client, settings)
    else:
        extractions = extract_articles(articles, settings)
    try:
        for x in extractions:
            if x.error:
                report.failed.append(
                    Skipped(source=x.article.source or x.article.id, reason=x.error)
                )
            yield x
    finally:
        if client is not None:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    published: date | None = None,
    outlet: str | None = None,
    settings: Settings = DEFAULT,
    progress: Progress | None = None,
    relink: bool = True,
    report: IngestReport | None = None,
) -> IngestReport:
    """Read, extract and store articles in one transaction, then refresh quote links.

    ``report`` (a new one when None) is filled in and returned; pass one to keep the
    skipped inputs when the call raises.

    Raises:
        InputError: none of the inputs held a usable article.
    """
    report = report if report is not None else IngestReport()
    # Extraction is slow (spaCy) and the store's write lock blocks other writers, so the
    # records go to a spool file first; the store then takes them in one short
    # transaction. Memory stays flat (one record at a time) and a crash in either phase
    # leaves the store as it was.
    with tempfile.TemporaryFile(prefix="whosaid-spool-") as spool:
        for x in iter_extractions(
            inputs,
            published=published,
            outlet=outlet,
            settings=settings,
            report=report,
            progress=progress,
        ):
            pickle.dump(x, spool, protocol=pickle.HIGHEST_PROTOCOL)
        spool.seek(0)
        counts = store.add(_unspool(spool), fast=settings.fast)
    report.added = counts.get("added", 0)
    report.unchanged = counts.get("unchanged", 0)
    report.replaced = counts.get("replaced", 0)
    # The same text under a second id is stored once; articles whose extraction failed
    # are not stored. ``stored`` names what the store now holds for this input.
    report.stored = list(dict.fromkeys(i for h in report.hashes if (i := store.id_of(h))))
    if not report.ids:
        reasons = "; ".join(str(s) for s in report.problems[:3]) or "no input files found"
        raise InputError(f"no usable article in the input ({reasons})")
    if relink and (report.added or report.replaced):
        link_store(store, settings)
    elif relink and store.unlinked():
        # Relink also when nothing was added but the links lag the store: a run killed
        # between the store's commit and its relink left articles unlinked.
        link_store(store, settings)
    return report


def _saved_index(store: Store, settings: Settings = DEFAULT) -> QuoteIndex | None:
    """The link index saved in ``store``, or None when there is none or it is unreadable.

    It is derived data: a damaged blob, or one saved by another version of this code
    (such as the pickles of earlier versions, never unpickled: a store file may come
    from anyone), is rebuilt from the articles rather than stopping the ingest.
    """
    state = store.link_state()
    if state is None:
        return None
    try:
        return QuoteIndex.from_bytes(state, settings)
    except ValueError as e:
        log.info("%s: saved link index unreadable (%s); rebuilding it", store.path, e)
        return None


def _unspool(spool) -> Iterator[Extraction]:
    while True:
        try:
            yield pickle.load(spool)
        except EOFError:
            return


@dataclass(slots=True)
class LinkReport:
    """What a relink did: the groups, and how much of the saved index was reused."""

    links: list[QuoteLink]
    added: int  # articles added to the index this time
    rebuilt: bool  # True when the index was built from every stored article


def link_store(store: Store, settings: Settings = DEFAULT) -> LinkReport:
    """Bring the quote groups of ``store`` up to date, incrementally where possible.

    The link index is saved with the links. When it is there (no article was replaced
    or deleted since), only the articles it has not seen are read and matched; otherwise
    it is rebuilt from every stored article.

    Linking runs without the write lock (a rebuild can take minutes). If another
    connection commits meanwhile, such as a second ingest relinking at the same moment,
    the work is redone under the lock, so that neither saves an index or links made
    from a stale store over the other's.
    """
    version = store.data_version()
    return _link_from(store, settings, version, _saved_index(store, settings))


def _link_from(
    store: Store, settings: Settings, version: int, index: QuoteIndex | None
) -> LinkReport:
    """``link_store`` from ``index``, the saved index as it was at ``version`` (the
    store's ``data_version``)."""
    report, state = _relink(store, settings, index)
    with store.write_lock():
        if store.data_version() != version:
            log.info("%s: the store changed while linking; linking again", store.path)
            report, state = _relink(store, settings, _saved_index(store, settings))
        store.replace_links(report.links, state=state)
    return report


def _relink(store: Store, settings: Settings, index: QuoteIndex | None) -> tuple[LinkReport, bytes]:
    """The groups of ``store`` and the saved index that gives them, going on from
    ``index`` (see ``link_store``); ``index`` is added to."""
    rebuilt = index is None or index.settings.min_link_words != settings.min_link_words
    if rebuilt:
        index = QuoteIndex(settings)
        new = store.ids()
    else:
        new = [i for i in store.ids() if i not in index]
    if new:
        index.add_all(store.extractions(None if rebuilt else new))
    links = index.groups()
    return LinkReport(links=links, added=len(new), rebuilt=rebuilt), index.to_bytes()


def dossier(
    store: Store,
    ids: Iterable[str] | None = None,
    *,
    settings: Settings = DEFAULT,
    title: str | None = None,
) -> dict[str, Any]:
    """The dossier of the articles ``ids`` in ``store`` (all articles when None)."""
    wanted = list(dict.fromkeys(ids)) if ids is not None else None
    extractions = list(store.extractions(wanted))
    links = store.links() if wanted is None else link_quotes(extractions, settings)
    # Speakers' full names let a short name in a fact ("Marsh") meet its full form.
    names = {q.speaker.name for x in extractions for q in x.quotes if q.speaker and q.speaker.name}
    conflicts = fact_conflicts((f for x in extractions for f in x.facts), names=names)
    claims = assess_claims(group_claims(extractions, links, settings), links)
    return build_dossier(
        extractions,
        assess(links, _namer(extractions), _texts(extractions)),
        conflicts,
        claims=claims,
        title=title,
    )


def quotes(
    store: Store, article: str | None = None, anonymous: bool | None = None
) -> Iterator[dict[str, Any]]:
    """The ``quotes`` rows of the dossier of ``store`` (or of one ``article``), streamed
    in two passes over the store (the people's names, then the rows), so memory holds
    the distinct names and one article, not the store; ``anonymous`` keeps only
    anonymous (True) or named (False) speakers (``row_is_anonymous``).

    Raises:
        NotFound: ``article`` is not stored.
    """
    from whosaid.names import canonical_people
    from whosaid.report.dossier import named_speakers, quote_rows

    ids = [article] if article else None
    if article:
        store.article(article)
    people = canonical_people(named_speakers(store.extractions(ids)))
    for row in quote_rows(store.extractions(ids), people):
        if anonymous is None or row_is_anonymous(row) == anonymous:
            yield row


def row_is_anonymous(row: dict[str, Any]) -> bool | None:
    """True for an anonymous speaker, False for a named one, None for neither (no
    speaker, an unresolved "he", an unnamed "the company"): ``--named`` lists names."""
    if row["anonymous"]:
        return True
    return False if row["speaker_name"] else None


def _namer(extractions: Iterable[Extraction]) -> Callable[[str], str | None]:
    """How findings name an article: outlet, else a short title (see ``article_label``)."""
    labels = {
        x.article.id: x.article.outlet
        or (f"“{article_label(x.article, limit=48)}”" if x.article.title else x.article.id)
        for x in extractions
    }
    return labels.get


def _texts(extractions: Iterable[Extraction]) -> Callable[[str], str | None]:
    """An article's text by id (``assess_link``'s ``text_of``)."""
    return {x.article.id: x.article.text for x in extractions}.get


def trace(store: Store, words: str, *, settings: Settings = DEFAULT) -> dict[str, Any]:
    """The history of every stored quote group whose words contain ``words``.

    Raises:
        NotFound: no group contains those words.
    """
    from whosaid.link.normalize import normalize_words

    def norm(s: str) -> str:
        return " " + " ".join(normalize_words(s)) + " "

    needle = norm(words)
    if not needle.strip():
        raise InputError("nothing to trace: give some words of a quote")
    links = [lk for lk in store.links() if any(needle in norm(o.span.text) for o in lk.occurrences)]
    if not links:
        raise NotFound(f"no quote printed in more than one article contains “{words}”")
    ids = sorted({o.article_id for lk in links for o in lk.occurrences})
    extractions = list(store.extractions(ids))
    return build_dossier(
        extractions,
        assess(links, _namer(extractions), _texts(extractions)),
        title=f"Trace of “{words}”",
    )
