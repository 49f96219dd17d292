"""Stated facts about people: ages and years (stub)."""

from __future__ import annotations

from whosaid.model import Article, Fact, Timex


def find_facts(doc, article: Article, timexes: list[Timex]) -> list[Fact]:
    """Return ages and dated events stated about people in one article."""
    return []
