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

import numpy
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
        # from arrays, not Token objects: a Token per word cost more than the rest of the
        # index (cProfile, 400 corpus articles)
        n = len(doc)
        arr = doc.to_array([HEAD, LEMMA, IDX])
        # absolute head of each token (spaCy stores it relative)
        self._heads = numpy.arange(n, dtype="int64") + arr[:, 0].astype("int64")
        self._lemmas = _positions_by_lemma(arr[:, 1], doc.vocab.strings)
        self._idx = arr[:, 2].astype("int64").tolist()
        self._kids: tuple[list[int], list[int]] | None = None
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
            self._kids = _children(self._heads)
        order, starts = self._kids
        out = []
        todo: list[tuple[int, bool]] = [(tok.i, False)]
        while todo:
            i, emit = todo.pop()
            if emit:
                out.append(i)
                continue
            kids = order[starts[i] : starts[i + 1]]
            todo.extend((k, False) for k in reversed(kids) if k > i)
            todo.append((i, True))
            todo.extend((k, False) for k in reversed(kids) if k < i)
        return out


def _children(heads: numpy.ndarray) -> tuple[list[int], list[int]]:
    """The children of every token, in order, as one list and where each token's start
    (``kids[starts[i] : starts[i + 1]]``; a list per token cost ~4% of extract_one).

    They are the children spaCy's ``Token.lefts`` and ``.rights`` list: those scan from
    the token's left to its right edge, and every child lies between them
    (``set_children_from_heads`` widens a head's edges to each child's; checked on 768
    corpus and PolNeAR docs, fast and full parse)."""
    order = numpy.argsort(heads, kind="stable")
    order = order[heads[order] != order]  # roots are their own head
    starts = numpy.searchsorted(heads[order], numpy.arange(len(heads) + 1))
    return order.tolist(), starts.tolist()


def _positions_by_lemma(lemmas: numpy.ndarray, strings) -> dict[str, list[int]]:
    """``{lower-cased lemma: positions in order}``, each distinct lemma looked up once."""
    if not len(lemmas):
        return {}
    order = numpy.argsort(lemmas, kind="stable")
    ids = lemmas[order]
    bounds = [0, *(numpy.flatnonzero(ids[1:] != ids[:-1]) + 1).tolist(), len(ids)]
    # Python lists from here: a numpy slice or scalar per lemma cost more than the rest
    positions = order.tolist()
    out: dict[str, list[int]] = {}
    starts, ends = bounds[:-1], bounds[1:]
    for h, lo, hi in zip(ids[starts].tolist(), starts, ends, strict=True):
        key = strings[h].lower() if h else ""
        if key in out:  # "Said" and "said": two lemmas, one key
            out[key] = sorted(out[key] + positions[lo:hi])
        else:
            out[key] = positions[lo:hi]
    return out


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
