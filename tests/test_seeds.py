"""The whole pipeline on the two real seed articles (read from ../shared at test time).

The later article prints, as its own "second insider", words the earlier article relayed
with credit to another outlet five months before. The dossier must show that.
"""

from __future__ import annotations

import pytest

from whosaid import api
from whosaid.store import Store

LATER = "000_f9f3f9eec0cacd86"  # 2024-01-27, no credit
EARLIER = "004_e39c9074f93a7f61"  # 2023-08-07, credits the quotes to another outlet


@pytest.fixture(scope="module")
def seed_dossier(seeds, tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store(str(db)) as store:
        rep = api.ingest([seeds], store)
        assert rep.usable == 2 and not rep.problems
        return api.dossier(store)


def test_seed_reuse_is_found_with_origin_and_credit(seed_dossier):
    groups = [g for g in seed_dossier["groups"] if LATER in g["uncredited"]]
    assert len(groups) >= 2, seed_dossier["groups"]
    texts = " ".join(g["text"] for g in groups)
    assert "brief and stupid liaison" in texts
    assert "currently on the outs" in texts
    for g in groups:
        first, later = g["occurrences"][0], g["occurrences"][-1]
        assert first["article_id"] == EARLIER and later["article_id"] == LATER
        assert first["credited"] and first["venue"] == "Us Weekly"
        assert not later["credited"] and later["venue"] is None
        assert later["age_days"] == 173
        assert g["credited_venue"] == "Us Weekly"


def test_seed_findings_read_as_a_sentence(seed_dossier):
    text = " ".join(seed_dossier["findings"])
    assert "without credit, as its own “a second insider”, 173 days after" in text
    assert "printed it crediting Us Weekly: old words re-served as news." in text


def test_seed_second_insider_is_anonymous_with_ordinal(seed_dossier):
    later = [q for q in seed_dossier["quotes"] if q["article_id"] == LATER and q["ordinal"] == 2]
    assert later and all(q["anonymous"] and q["descriptor"] == "insider" for q in later)
    earlier = [
        q for q in seed_dossier["quotes"] if q["article_id"] == EARLIER and q["ordinal"] == 2
    ]
    assert earlier and earlier[0]["venue"] == "Us Weekly" and earlier[0]["relayed"]


@pytest.mark.parametrize("fmt", ["table", "md", "html", "json"])
def test_seed_dossier_renders(seed_dossier, fmt):
    from whosaid.report import render_dossier

    out = render_dossier(seed_dossier, fmt)
    assert "brief and stupid liaison" in out
