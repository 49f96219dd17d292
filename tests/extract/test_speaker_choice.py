"""Which words are the speaker mention: never inside the quotation, never a heading line."""

from __future__ import annotations

import pytest

from whosaid.extract.quotes import find_quotes
from whosaid.model import Article


def _quotes(nlp, text: str):
    return find_quotes(nlp(text), Article(id="t", text=text))


def _by(quotes, inside: str):
    for q in quotes:
        if inside in q.content.text:
            return q
    raise AssertionError(f"no quote containing {inside!r}: {[q.content.text for q in quotes]}")


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # a noun phrase inside the quotation parsed as the verb's subject
        (
            "\u201cOur budget is a disaster. Complete disaster mode,\u201d said Maria Olsen,"
            " a retired accountant from the town.",
            "Complete disaster mode",
            "Maria Olsen, a retired accountant from the town",
        ),
        # a dateline and a time-stamp line parsed into the subject
        (
            "Weekly Roundup (all times local):\n\n4 p.m.\n\n"
            "Mayor Tom Berg is once again questioning the cost of the stadium.",
            "cost of the stadium",
            "Mayor Tom Berg",
        ),
        # a participle the parser hung inside the reported clause reports the matrix
        # speaker's act, not the pronoun's
        (
            "Senator Ruth Alvarez told reporters that she believes the state must do more"
            ' for nurses, saying that "hospitals are short of staff."',
            "short of staff",
            "Senator Ruth Alvarez",
        ),
    ],
)
def test_mention_outside_quotation_and_heading(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention
    assert q.speaker.mention.start >= q.content.end or q.speaker.mention.end <= q.content.start
