"""Per-document look-up tables, built once per ``Doc`` and shared by the extract rules.

Rules that look back over an article ("an earlier person described as the
choreographer") used to scan the ``Doc``, or ask spaCy for ``Span.ents`` (itself a pass
over every entity of the ``Doc``), once per mention: time quadratic in the article's
length, minutes for one 160 KB article (QA review; ``benchmarks/bench_long.py``). With
these tables a look-up is a bisect.

The tables hold ints and strings only, never tokens or spans, so caching them per ``Doc``
in a ``WeakKeyDictionary`` does not keep the ``Doc`` alive. A ``Doc`` is not changed
after parsing, so a table stays valid for the ``Doc``'s life.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from typing import NamedTuple

from spacy.attrs import HEAD, IDX, LEMMA


class Ent(NamedTuple):
    """A named entity as token offsets, its label and its text (``Span`` fields)."""

    start: int
    end: int
    label: str
    text: str


class DocIndex:
    """Look-up tables of one ``Doc``; get it with :func:`doc_index`.

    Attributes:
        ents: the ``Doc``'s entities in order.
        memo: per-document memos of the rules, each under a key of its own.
    """

    def __init__(self, doc) -> None:
        self.ents = [Ent(e.start, e.end, e.label_, e.text) for e in doc.ents]
        self._ent_starts = [e.start for e in self.ents]
        # absolute head of each token (spaCy stores it relative)
        self._heads = [i + int(h) for i, h in enumerate(doc.to_array(HEAD).astype("int64"))]
        self._lemmas: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, h in enumerate(doc.to_array(LEMMA).tolist()):
            self._lemmas.setdefault(strings[h].lower() if h else "", []).append(i)
        self._idx = doc.to_array(IDX).tolist()
        self._kids: list[list[int]] | None = None
        self.memo: dict = {}

    def ents_within(self, start: int, end: int) -> list[Ent]:
        """Entities wholly inside tokens ``[start, end)``: what spaCy's ``Span.ents``
        gives, without its pass over all entities of the ``Doc``."""
        out = []
        for k in range(bisect_left(self._ent_starts, start), len(self.ents)):
            if self.ents[k].end > end:
                break
            out.append(self.ents[k])
        return out

    def first_token_at(self, char: int) -> int:
        """The index of the first token starting at or after character offset ``char``
        (the token count if there is none)."""
        return bisect_left(self._idx, char)

    def lemma_positions(self, lemma: str) -> list[int]:
        """Indices of the tokens whose lower-cased lemma is ``lemma``, in order."""
        return self._lemmas.get(lemma, [])

    def subtree(self, tok) -> list[int]:
        """Indices of the tokens of spaCy's ``Token.subtree``, in its order, in time
        linear in their number (``Token.subtree`` nests one generator per level of the
        tree: quadratic on a long chain such as a list of 500 names)."""
        if self._kids is None:
            self._kids = _visible_children(tok.doc, self._heads)
        out = []
        todo: list[tuple[int, bool]] = [(tok.i, False)]
        while todo:
            i, emit = todo.pop()
            if emit:
                out.append(i)
                continue
            kids = self._kids[i]
            todo.extend((k, False) for k in reversed(kids) if k > i)
            todo.append((i, True))
            todo.extend((k, False) for k in reversed(kids) if k < i)
        return out


def _visible_children(doc, heads: list[int]) -> list[list[int]]:
    """The children spaCy's ``Token.lefts`` and ``.rights`` list for each token: those
    between the token's left and right edge (a non-projective parse can leave a child
    outside them, and spaCy's ``subtree`` then leaves it out too)."""
    edges = [(t.left_edge.i, t.right_edge.i) for t in doc]
    kids: list[list[int]] = [[] for _ in heads]
    for j, h in enumerate(heads):
        if h != j and edges[h][0] <= j <= edges[h][1]:
            kids[h].append(j)
    return kids


_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_index(doc) -> DocIndex:
    """The look-up tables of ``doc``, built on first use."""
    index = _INDEXES.get(doc)
    if index is None:
        index = _INDEXES[doc] = DocIndex(doc)
    return index


def positions_between(positions: list[int], start: int, end: int) -> list[int]:
    """The values of the sorted list ``positions`` within ``[start, end)``."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]
