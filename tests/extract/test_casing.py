"""A title-case headline is parsed in sentence case (``extract.casing``)."""

from __future__ import annotations

import pytest

from whosaid.extract import extract_articles
from whosaid.extract.casing import parse_text
from whosaid.model import Article

BODY = (
    "\n\nGovernor Ana Ramos said on Monday that she would veto the harbor tax plan. "
    "Ramos told reporters the plan was rushed, and the U.S. Senate has no say.\n"
)


def test_title_case_headline_in_sentence_case():
    text = "Governor Ramos Vows To Veto Harbor Tax Plan In The U.S. Senate" + BODY
    out = parse_text(text)
    # names the body writes with a capital keep it; "U.S." and the first word too
    assert out.splitlines()[0] == "Governor Ramos vows to veto harbor tax plan in the U.S. Senate"
    assert out[len(out.splitlines()[0]) :] == BODY  # the body is untouched
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "first_line",
    [
        "Governor Ramos vows to veto harbor tax plan",  # sentence case already
        "Ramos Vows Veto",  # too short to tell a title from a name
        "GOVERNOR RAMOS VOWS TO VETO HARBOR TAX PLAN",  # capitals only: no word is lowered
    ],
)
def test_other_lines_unchanged(first_line):
    assert parse_text(first_line + BODY) == first_line + BODY


def test_word_after_a_colon_keeps_its_capital():
    text = "Poll: Voters Back The Harbor Plan In Ramos Country" + BODY
    assert parse_text(text).splitlines()[0] == "Poll: Voters back the harbor plan in Ramos country"


def test_headline_attribution_found_with_its_speaker():
    text = "Governor Ramos Vows To Veto Harbor Tax Plan" + BODY
    (x,) = extract_articles([Article(id="a", text=text)])
    head = [q for q in x.quotes if q.content.end <= text.index("\n")]
    assert [(q.content.text, q.speaker.name) for q in head] == [
        ("To Veto Harbor Tax Plan", "Ana Ramos")
    ]
    # every span still indexes the article's own text, in its own case
    assert all(text[q.content.start : q.content.end] == q.content.text for q in x.quotes)
