"""The records shared by every stage."""

from __future__ import annotations

import pytest

from whosaid.model import Quote, Span, quoted_words


@pytest.mark.parametrize(
    ("content", "words"),
    [
        # a quotation split by its cue: the pieces, joined
        ('The dock is safe," the harbour master said. "We checked it twice.',
         "The dock is safe … We checked it twice."),
        ("We tried,\u201d she told the Gull. \u201cWe failed.", "We tried … We failed."),
        # words after the closing mark are not quoted words
        ("It is over,\u201d a friend claimed of the singer, who wed in 2016", "It is over"),
        ("No comment at all", "No comment at all"),
        # the content does not start inside a quotation: left alone
        ("He called it \u201ca sham\u201d on Friday", "He called it \u201ca sham\u201d on Friday"),
    ],
)  # fmt: skip
def test_quoted_words(content, words):
    assert quoted_words(content) == words


def test_quote_words_only_for_direct_quotes():
    text = 'It held," she said. "Barely.'
    span = Span(start=0, end=len(text), text=text)
    assert Quote(article_id="a", content=span, direct=True).words == "It held … Barely."
    assert Quote(article_id="a", content=span, direct=False).words == text
