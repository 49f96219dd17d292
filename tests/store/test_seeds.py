"""Real articles from shared/seeds: unicode text survives the store and its index."""

from __future__ import annotations

import re

from whosaid.model import Article, Extraction
from whosaid.store import Store


def test_real_articles_round_trip_and_are_searchable(seeds, db_path):
    exs = [
        Extraction(article=Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=p.name))
        for p in sorted(seeds.glob("*.txt"))
    ]
    assert exs, "no seed articles"
    with Store(db_path) as s:
        assert s.add(exs)["added"] == len(exs)
        assert sorted(s.extractions(), key=lambda e: e.article.id) == exs
        for ex in exs:
            # The longest word of the article (chosen at run time, not hard-coded).
            word = max(re.findall(r"[^\W\d_]{4,}", ex.article.text), key=len)
            hits = s.search(word, kind="article", limit=50)
            hit = next(h for h in hits if h["article_id"] == ex.article.id)
            assert word.lower() in [hit["snippet"][a:b].lower() for a, b in hit["marks"]]
