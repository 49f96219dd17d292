"""The per-document look-up tables agree with what spaCy (or the old scans) give."""

from __future__ import annotations

import pytest

from whosaid.extract.dates import _Sentences
from whosaid.extract.docindex import doc_index, positions_between
from whosaid.extract.speakers import _Names

TEXT = (
    "Julian Ode, the choreographer, told The New York Times on Monday that the show, "
    "which Jane Marsh and Tom Lee wrote with Ann Park, Bo Chen, Al Diaz and Cy Young, "
    'would open in May.\n"It is done," the choreographer said. Marsh agreed! Why? '
    "Because Smith, Jones, Brown, Lee and Park said so."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_ents_within_is_span_ents(doc):
    index = doc_index(doc)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            want = [(e.start, e.end, e.label_, e.text) for e in doc[start:end].ents]
            assert [tuple(e) for e in index.ents_within(start, end)] == want


def test_subtree_is_token_subtree(doc):
    index = doc_index(doc)
    for t in doc:
        assert index.subtree(t) == [x.i for x in t.subtree]


def test_subtree_of_a_long_list_is_fast(nlp):
    # Token.subtree nests a generator per level: seconds on this list; the index, linear
    doc = nlp("Officials named " + "Smith, " * 3000 + "and Park.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert doc_index(doc).subtree(root) == list(range(len(doc)))


def test_lemma_positions_and_first_token_at(doc):
    index = doc_index(doc)
    assert index.lemma_positions("choreographer") == [
        t.i for t in doc if t.lemma_.lower() == "choreographer"
    ]
    assert index.lemma_positions("no such word") == []
    for t in doc:
        assert index.first_token_at(t.idx) == t.i
        assert index.first_token_at(t.idx + 1) == t.i + 1
    assert index.first_token_at(len(TEXT) + 5) == len(doc)


def test_index_is_built_once_per_doc(doc, nlp):
    assert doc_index(doc) is doc_index(doc)
    assert doc_index(nlp(TEXT)) is not doc_index(doc)


@pytest.mark.parametrize(
    ("values", "start", "end", "expected"),
    [([1, 3, 5, 7], 3, 7, [3, 5]), ([1, 3], 4, 9, []), ([], 0, 9, []), ([2, 2, 4], 2, 3, [2, 2])],
)
def test_positions_between(values, start, end, expected):
    assert positions_between(values, start, end) == expected


def _old_bounds(text: str, pos: int) -> tuple[int, int]:
    """The search per quote that ``_Sentences`` replaces."""
    lo = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    lo = max(lo + 1, text.rfind("\n", 0, pos) + 1)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return lo, (min(ends) if ends else len(text))


@pytest.mark.parametrize("text", [TEXT, "", "No break at all", "A. B! C? D.\n\nE. ", "\n. !?"])
def test_sentence_bounds_match_the_text_search(text):
    sents = _Sentences(text)
    for pos in range(len(text) + 1):
        assert sents.bounds(pos) == _old_bounds(text, pos), pos


def test_full_name_takes_the_last_full_name_up_to_200_characters_on():
    names = _Names([(0, "Jane Marsh"), (50, "Tom Marsh's"), (90, "Bo Lee"), (400, "Ann Marsh")])
    assert names.full("Marsh", 10) == "Tom Marsh"
    assert names.full("Marsh", 150) == "Tom Marsh"
    assert names.full("Marsh", 201) == "Ann Marsh"
    assert names.full("Marsh", -160) == "Jane Marsh"
    assert names.full("Marsh", -250) == "Marsh"
    assert names.full("Jo Marsh", 500) == "Jo Marsh"  # a full name is kept as written
    assert names.full("Lee’s", 0) == "Bo Lee"
