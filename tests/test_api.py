"""Workflows over a real SQLite store: incremental relinking after each ingest."""

from __future__ import annotations

import json
import pickle
import sqlite3
import threading

import pytest

from whosaid import api
from whosaid.config import DEFAULT
from whosaid.link import QuoteIndex, link_quotes
from whosaid.link.cluster import STATE_MAGIC
from whosaid.store import Store

WORDS = "The ferry will not sail again until the harbour wall has been rebuilt"


def _day(path, id, published, text, outlet):
    path.write_text(
        json.dumps({"id": id, "published": published, "outlet": outlet, "text": text}) + "\n"
    )
    return path


def test_relink_reuses_the_saved_index_and_matches_a_full_recompute(tmp_path):
    db = tmp_path / "s.db"
    d1 = _day(
        tmp_path / "d1.jsonl",
        "a",
        "2023-05-01",
        f"“{WORDS},” the harbour master, Ines Obi, told the Gull.",
        "The Gull",
    )
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” a source said.", "Tern Times")
    d3 = _day(
        tmp_path / "d3.jsonl", "c", "2023-09-03", f"An insider said: “{WORDS}.”", "Pelican Post"
    )
    with Store(str(db)) as store:
        api.ingest([d1], store)
        first = api.link_store(store)
        assert first.added == 0 and not first.rebuilt and first.links == []
        api.ingest([d2], store, relink=False)
        rep = api.link_store(store)
        assert (rep.added, rep.rebuilt) == (1, False)
        assert [o.article_id for o in rep.links[0].occurrences] == ["a", "b"]
        api.ingest([d3], store, relink=False)
        rep = api.link_store(store)
        assert (rep.added, rep.rebuilt) == (1, False)
        assert rep.links == link_quotes(store.extractions())
        assert store.links() == rep.links


def test_replacing_an_article_rebuilds_the_index(tmp_path):
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    with Store(str(db)) as store:
        api.ingest([d1, d2], store)
        assert len(store.links()) == 1
        changed = _day(
            tmp_path / "b2.jsonl",
            "b",
            "2023-05-03",
            "“Nothing to add today,” an aide said.",
            "Tern Times",
        )
        rep = api.ingest([changed], store)
        assert rep.replaced == 1
        assert store.links() == []
        assert store.link_state() is not None


def test_reingest_after_an_interrupted_relink_brings_the_links_up_to_date(tmp_path):
    # A kill between the store's commit and the relink leaves articles the link index
    # has not seen; ingesting the same files again adds nothing but must still link them.
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    with Store(str(db)) as store:
        api.ingest([d1], store)
        api.ingest([d2], store, relink=False)  # what the interrupted run left behind
        assert store.links() == []
        rep = api.ingest([d1, d2], store)
        assert (rep.added, rep.unchanged) == (0, 2)
        assert [o.article_id for o in store.links()[0].occurrences] == ["a", "b"]


def test_an_ingest_that_adds_nothing_reads_the_saved_index_only_when_behind(tmp_path, monkeypatch):
    # whether the links lag the store is a flag per article, not a read of the index
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    loads = []
    load = QuoteIndex.from_bytes.__func__

    def counted(cls, data, settings=DEFAULT):
        loads.append(1)
        return load(cls, data, settings)

    with Store(str(db)) as store:
        api.ingest([d1], store)
        api.ingest([d2], store, relink=False)
        assert store.unlinked() == 1
        monkeypatch.setattr(QuoteIndex, "from_bytes", classmethod(counted))
        api.ingest([d1, d2], store)  # behind: the relink goes on from the saved index
        assert len(loads) == 1 and store.unlinked() == 0
        assert [o.article_id for o in store.links()[0].occurrences] == ["a", "b"]
        api.ingest([d1, d2], store)  # up to date: no read, no relink
        assert len(loads) == 1


def _set_blob(db, blob: bytes) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE link_state SET blob = ?", (blob,))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "blob", [b"garbage", pickle.dumps({"not": "an index"}), STATE_MAGIC + b"PK\x03\x04 cut"]
)
def test_an_unreadable_saved_link_index_is_rebuilt(tmp_path, blob):
    # The index is derived data saved in the store: a damaged blob, or one from another
    # version of the code, must not stop ingesting.
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    with Store(str(db)) as store:
        api.ingest([d1], store)
    _set_blob(db, blob)
    with Store(str(db)) as store:
        api.ingest([d2], store)
        assert [o.article_id for o in store.links()[0].occurrences] == ["a", "b"]
        assert api.link_store(store).rebuilt is False  # a good index was saved again


class _Payload:
    """Unpickling this runs code: it creates the file ``path``."""

    def __init__(self, path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_a_store_holding_a_malicious_pickle_does_not_run_it(tmp_path):
    # A store file is a document people exchange; earlier versions unpickled its link
    # index, so a crafted .db ran code on the next ingest or relink.
    assert not pickle.loads(pickle.dumps(_Payload(tmp_path / "control"))).closed
    assert (tmp_path / "control").exists()  # the payload works when unpickled
    marker = tmp_path / "pwned"
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    with Store(str(db)) as store:
        api.ingest([d1], store)
    _set_blob(db, pickle.dumps(_Payload(marker)))
    with Store(str(db)) as store:
        api.ingest([d2], store)
        rep = api.link_store(store)
        assert [o.article_id for o in rep.links[0].occurrences] == ["a", "b"]
        assert store.link_state().startswith(STATE_MAGIC)
    assert not marker.exists()


def test_saved_index_of_real_extractions_links_on_as_one_never_saved(seeds, fixtures, tmp_path):
    # Real extractions (spaCy) of the seed articles and the ingest fixtures, linked
    # in two steps with a save and load between, against the same steps without one.
    day = [
        _day(tmp_path / f"{i}.jsonl", i, d, f"“{WORDS},” {who}.", "The Gull")
        for i, d, who in [("x", "2023-05-01", "a source said"), ("y", "2023-05-03", "she said")]
    ]
    with Store(str(tmp_path / "s.db")) as store:
        api.ingest([seeds, fixtures / "ingest", *day], store, relink=False)
        xs = list(store.extractions())
    assert len(xs) >= 6 and sum(len(x.quotes) for x in xs) >= 10
    # the later seed and one day come after the save, so both steps link something
    late = {"000_f9f3f9eec0cacd86", "y"}
    first = [x for x in xs if x.article.id not in late]
    then = [x for x in xs if x.article.id in late]
    kept = QuoteIndex()
    kept.add_all(first)
    kept.groups()
    loaded = QuoteIndex.from_bytes(kept.to_bytes())
    kept.add_all(then)
    loaded.add_all(then)
    groups = kept.groups()
    assert len(groups) >= 3
    assert loaded.groups() == groups
    assert loaded.pairs_verified == kept.pairs_verified


@pytest.mark.parametrize("meanwhile", ["adds an article", "replaces an article"])
def test_two_relinks_at_the_same_moment_do_not_undo_each_other(tmp_path, meanwhile):
    # Relinking reads the saved index and the articles, links, then writes. Here a
    # second connection, in another thread, ingests and relinks just before the first
    # one writes (its trace callback waits for it at that statement). Saving what the
    # first one computed would drop the other's article from the index and the links,
    # or keep the replaced article's old quotes.
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    if meanwhile == "adds an article":
        other = _day(tmp_path / "d3.jsonl", "c", "2023-06-01", f"“{WORDS}.”", "Pelican Post")
    else:
        other = _day(tmp_path / "b2.jsonl", "b", "2023-05-03", "“No comment,” he said.", "Tern")
    with Store(str(db)) as store:
        api.ingest([d1], store)
        api.ingest([d2], store, relink=False)
    errors: list[BaseException] = []

    def second_ingest() -> None:
        try:
            with Store(str(db)) as other_store:
                api.ingest([other], other_store)
        except BaseException as e:  # noqa: BLE001 - reported by the main thread
            errors.append(e)

    waited: list[str] = []

    def before_writing(sql: str) -> None:
        if sql.startswith("BEGIN IMMEDIATE") and not waited:
            waited.append(sql)
            t = threading.Thread(target=second_ingest)
            t.start()
            t.join(timeout=120)

    with Store(str(db)) as store:
        store._conn.set_trace_callback(before_writing)
        rep = api.link_store(store)
        store._conn.set_trace_callback(None)
        assert waited and not errors
        expected = link_quotes(store.extractions())
        assert rep.links == expected
        assert store.links() == expected
        assert store.unlinked() == 0
        assert api.link_store(store).added == 0
    ids = {o.article_id for lk in expected for o in lk.occurrences}
    assert ids == ({"a", "b", "c"} if meanwhile == "adds an article" else set())
