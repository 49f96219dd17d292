"""Verification of a candidate pair: align two quotes' words, unit by unit.

A quote is split into units (sentences, or the pieces around an interrupting cue; see
``normalize.tokenize``). Two quotes are aligned word by word with difflib's
``SequenceMatcher`` (longest matching blocks, recursively: Ratcliff/Obershelp), which
absorbs cut, inserted and changed words. Matched words are then counted per pair of
units, so a quote printed as one passage in one article and as two quotes in another
links unit to unit, not whole to whole.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

# Matching blocks shorter than this are chance ("the", "of the" alone still counts: 2).
MIN_BLOCK = 2
# Matched words that make two units the same words however long they are: the issue's
# "substantial overlap". With MIN_CONTENT_WORDS, bench_link.py measures precision >= 0.99
# at 100k articles; 5 would catch 3-word cuts in 10-word quotes but pairs of common
# phrases too.
MIN_MATCH_WORDS = 6
# Share of the shorter unit that must be matched: keeps two long sentences that share a
# few scattered phrases ("in the gulf", "of the oil") apart.
MIN_COVER = 0.5
# A unit next to a linked one (same pair of quotes) joins with this many matched words.
MIN_COMPANION_WORDS = 3
# Matched words that are not among the index's most common words, needed for a link: six
# words such as "the response to the Deepwater Horizon" recur by chance in a large index
# of one story (bench_link.py at 100k articles: 260 false links of this kind, 1.8%).
MIN_CONTENT_WORDS = 2


@dataclass(slots=True)
class UnitMatch:
    """Matched words between unit ``u`` of quote A and unit ``v`` of quote B.

    ``a_lo:a_hi`` and ``b_lo:b_hi`` are the word ranges the match spans in each quote;
    ``kind`` is "strong" (links), or "weak" (a short quote wholly inside the other,
    which may only join a link that exists anyway).
    """

    u: int
    v: int
    words: int
    a_lo: int
    a_hi: int
    b_lo: int
    b_hi: int
    kind: str = "strong"


def align_units(
    words_a: list[str],
    units_a: list[int],
    words_b: list[str],
    units_b: list[int],
    min_link_words: int,
    matcher: SequenceMatcher | None = None,
    common: frozenset[str] | set[str] = frozenset(),
) -> list[UnitMatch]:
    """Align two quotes and return the unit pairs that are the same words.

    Rules, per pair of units (u of A, v of B) with ``m`` matched words:

    1. strong if ``m >= MIN_MATCH_WORDS`` and ``m`` covers ``MIN_COVER`` of the shorter
       unit, with ``MIN_CONTENT_WORDS`` of the matched words not ``common``;
    2. strong if the shorter side is a whole quote of ``min_link_words``+ words matched
       entirely (a fragment such as a 4-word quote inside a longer one), with
       ``MIN_CONTENT_WORDS`` not ``common``;
    3. if some unit pair of the two quotes is strong, or the quotes as wholes share
       ``MIN_MATCH_WORDS``+ words covering ``MIN_COVER`` of the shorter one, unit pairs
       with ``MIN_COMPANION_WORDS``+ words covering ``MIN_COVER`` join too (the short
       sentences of a reused passage, a fragment over a sentence break);
    4. otherwise a whole shorter quote of 3+ words matched entirely is "weak".

    Args:
        words_a: Normalised words of quote A.
        units_a: Unit number of each word of A.
        words_b: Normalised words of quote B.
        units_b: Unit number of each word of B.
        min_link_words: ``Settings.min_link_words``.
        matcher: A ``SequenceMatcher`` to reuse (its second sequence may be ``words_b``
            already, which saves re-indexing B).
        common: The index's most frequent words; rules 1 and 2 also need
            ``MIN_CONTENT_WORDS`` matched words outside it.

    Returns:
        The accepted unit matches (empty when the quotes are not the same words).
    """
    sm = matcher or SequenceMatcher(None, autojunk=False)
    sm.set_seq1(words_a)
    if sm.b is not words_b:
        sm.set_seq2(words_b)
    acc: dict[tuple[int, int], list[int]] = {}
    for i, j, n in sm.get_matching_blocks():
        if n < MIN_BLOCK:
            continue
        for k in range(n):
            key = (units_a[i + k], units_b[j + k])
            content = words_a[i + k] not in common
            r = acc.get(key)
            if r is None:
                acc[key] = [1, i + k, i + k + 1, j + k, j + k + 1, content]
            else:
                r[0] += 1
                r[2] = i + k + 1
                r[4] = j + k + 1
                r[5] += content
    if not acc:
        return []
    len_a = Counter(units_a)
    len_b = Counter(units_b)
    na, nb = len(words_a), len(words_b)
    total = sum(r[0] for r in acc.values())
    total_content = sum(r[5] for r in acc.values())
    # rule 3 also applies when the pair as a whole is a substantial match: a fragment that
    # runs over a sentence break, or sentences that one outlet joined with a comma
    linked = (
        total >= MIN_MATCH_WORDS
        and total >= MIN_COVER * min(na, nb)
        and total_content >= MIN_CONTENT_WORDS
    )
    strong: list[UnitMatch] = []
    maybe: list[UnitMatch] = []
    weak: list[UnitMatch] = []
    for (u, v), (m, alo, ahi, blo, bhi, content) in acc.items():
        shorter = min(len_a[u], len_b[v])
        um = UnitMatch(u, v, m, alo, ahi, blo, bhi)
        whole_quote = (m == na and len_a[u] == na) or (m == nb and len_b[v] == nb)
        if content >= MIN_CONTENT_WORDS and (
            (m >= MIN_MATCH_WORDS and m >= MIN_COVER * shorter)
            or (whole_quote and m >= min_link_words)
        ):
            strong.append(um)
        elif m >= MIN_COMPANION_WORDS and m >= MIN_COVER * shorter:
            maybe.append(um)
            if whole_quote:
                um.kind = "weak"
                weak.append(um)
    if strong or linked:
        for um in maybe:
            um.kind = "strong"
        return strong + maybe
    return weak
