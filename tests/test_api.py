"""Workflows over a real SQLite store: incremental relinking after each ingest."""

from __future__ import annotations

import json
import pickle
import sqlite3

import pytest

from whosaid import api
from whosaid.link import link_quotes
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


@pytest.mark.parametrize("blob", [b"garbage", pickle.dumps({"not": "an index"})])
def test_an_unreadable_saved_link_index_is_rebuilt(tmp_path, blob):
    # The index is derived data pickled into the store: a damaged blob, or one from
    # another version of the code, must not stop ingesting.
    db = tmp_path / "s.db"
    d1 = _day(tmp_path / "d1.jsonl", "a", "2023-05-01", f"“{WORDS},” a source said.", "The Gull")
    d2 = _day(tmp_path / "d2.jsonl", "b", "2023-05-03", f"“{WORDS},” an aide said.", "Tern Times")
    with Store(str(db)) as store:
        api.ingest([d1], store)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE link_state SET blob = ?", (blob,))
    conn.commit()
    conn.close()
    with Store(str(db)) as store:
        api.ingest([d2], store)
        assert [o.article_id for o in store.links()[0].occurrences] == ["a", "b"]
        assert api.link_store(store).rebuilt is False  # a good index was saved again
