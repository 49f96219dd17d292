"""Verification of a candidate pair: align two quotes' words, unit by unit.

A quote is split into units (sentences, or the pieces around an interrupting cue; see
``normalize.tokenize``). Two quotes are aligned word by word with difflib's
``SequenceMatcher`` (longest matching blocks, recursively: Ratcliff/Obershelp), which
absorbs cut, inserted and changed words. Matched words are then counted per pair of
units, so a quote printed as one passage in one article and as two quotes in another
links unit to unit, not whole to whole. Short matches must also be distinctive: see
``MIN_EVIDENCE_BITS``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
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
# Evidence that a passage is the same quotation and not the story's stock phrasing. Each
# matched word weighs its bits of rarity, log2(articles / articles whose body has it),
# capped at WORD_BITS_CAP (a word in 1 article of 128 or fewer) so that one rare name
# can't carry a phrase alone. A match needs MIN_EVIDENCE_BITS, less LENGTH_BITS a word
# beyond MIN_MATCH_WORDS (a longer run of the same words is evidence in itself), and
# EVIDENCE_WORDS+ words need no rarity. On the first 150 articles of
# shared/corpus/bpoil.jsonl, stock phrases fall short: "a state of emergency" (10
# printings) 4.2 bits, "Mississippi, Alabama and Florida" 3.0 (with NAME_BITS), "oil
# spill in the Gulf of Mexico" 0.4, "from the massive spill in the Gulf of Mexico" 1.8
# (9 words: 8.5 needed); quotes pass: "There was people screaming and hollering" 15.5,
# "activated an extensive oil spill response" 10.3, "it is spending $6 million a day to
# battle the oil" 13.4. 12 words: the longest stock phrase seen there was 10 ("the
# Deepwater Horizon oil rig in the Gulf of Mexico"). General idiom is not the story's
# staple ("a step in the right direction": 10.7 bits on the whole corpus) and still links.
MIN_EVIDENCE_BITS = 10.0
LENGTH_BITS = 0.5
EVIDENCE_WORDS = 12
WORD_BITS_CAP = 7.0
# A capitalised word inside a sentence (a name: "Acme America president Jo Park",
# "Admiral Thad Allen of the US Coast Guard") weighs at most this: every outlet names
# people and bodies the same way, so a name is not evidence of a copied quote.
NAME_BITS = 1.0
# A short quote (or passage) inside a linked one ("weak", rule 4) joins that link with
# fewer bits: the link is evidence already, the fragment need only not be stock phrasing
# ("a state of emergency": 4.2 bits; "massive and potentially unprecedented environmental
# disaster", quoted whole by some outlets and in a longer Obama quote by others: 8.5).
MIN_JOIN_BITS = 6.0


@dataclass(slots=True)
class UnitMatch:
    """Matched words between unit ``u`` of quote A and unit ``v`` of quote B.

    ``a_lo:a_hi`` and ``b_lo:b_hi`` are the word ranges the match spans in each quote;
    ``kind`` is "strong" (links), or "weak" (a short quote or passage inside the other,
    which may only join a link that exists anyway); ``frag_a`` tells which side of a weak
    match is the fragment (A, or B).
    """

    u: int
    v: int
    words: int
    a_lo: int
    a_hi: int
    b_lo: int
    b_hi: int
    kind: str = "strong"
    frag_a: bool = True


def align_units(
    words_a: list[str],
    units_a: list[int],
    words_b: list[str],
    units_b: list[int],
    min_link_words: int,
    matcher: SequenceMatcher | None = None,
    common: frozenset[str] | set[str] = frozenset(),
    bits_a: Sequence[float] | None = None,
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
    4. otherwise a whole shorter quote of 3+ words matched entirely is "weak", and so is
       a unit pair that rule 1 would take but for its evidence (below).

    With ``bits_a``, a match of fewer than ``EVIDENCE_WORDS`` words must also be distinctive:
    ``MIN_EVIDENCE_BITS`` for rules 1-3 (the whole pair, for rule 3), ``MIN_JOIN_BITS``
    for rule 4, less ``LENGTH_BITS`` a word beyond ``MIN_MATCH_WORDS``. Otherwise it is
    no evidence of reuse: nothing links.

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
        bits_a: Evidence of each word of A (see ``WORD_BITS_CAP``;
            ``QuoteIndex.word_bits`` gives them). None: no distinctiveness test (a
            collection too small to tell its staple words).

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
            b = bits_a[i + k] if bits_a is not None else WORD_BITS_CAP
            r = acc.get(key)
            if r is None:
                acc[key] = [1, i + k, i + k + 1, j + k, j + k + 1, content, b]
            else:
                r[0] += 1
                r[2] = i + k + 1
                r[4] = j + k + 1
                r[5] += content
                r[6] += b
    if not acc:
        return []
    len_a = Counter(units_a)
    len_b = Counter(units_b)
    na, nb = len(words_a), len(words_b)
    total = sum(r[0] for r in acc.values())
    total_content = sum(r[5] for r in acc.values())
    total_bits = sum(r[6] for r in acc.values())
    # rule 3 also applies when the pair as a whole is a substantial match: a fragment that
    # runs over a sentence break, or sentences that one outlet joined with a comma
    linked = (
        total >= MIN_MATCH_WORDS
        and total >= MIN_COVER * min(na, nb)
        and total_content >= MIN_CONTENT_WORDS
        and _evident(total, total_bits, MIN_EVIDENCE_BITS)
    )
    strong: list[UnitMatch] = []
    maybe: list[UnitMatch] = []
    weak: list[UnitMatch] = []
    for (u, v), (m, alo, ahi, blo, bhi, content, b) in acc.items():
        shorter = min(len_a[u], len_b[v])
        um = UnitMatch(u, v, m, alo, ahi, blo, bhi)
        whole_quote = (m == na and len_a[u] == na) or (m == nb and len_b[v] == nb)
        if (
            content >= MIN_CONTENT_WORDS
            and (
                (m >= MIN_MATCH_WORDS and m >= MIN_COVER * shorter)
                or (whole_quote and m >= min_link_words)
            )
            and _evident(m, b, MIN_EVIDENCE_BITS)
        ):
            strong.append(um)
        elif m >= MIN_COMPANION_WORDS and m >= MIN_COVER * shorter:
            maybe.append(um)
            if (whole_quote or m >= MIN_MATCH_WORDS) and _evident(m, b, MIN_JOIN_BITS):
                um.kind = "weak"
                um.frag_a = len_a[u] <= len_b[v]
                weak.append(um)
    if strong or linked:
        for um in maybe:
            um.kind = "strong"
        return strong + maybe
    return weak


def matched_words(words_a: list[str], words_b: list[str]) -> int:
    """How many words two word lists share in order, in matching blocks of ``MIN_BLOCK``
    or more words: an edited copy ("They are" retyped "They're") keeps most of them,
    where its longest unbroken run may be short."""
    sm = SequenceMatcher(None, words_a, words_b, autojunk=False)
    return sum(n for _, _, n in sm.get_matching_blocks() if n >= MIN_BLOCK)


def _evident(words: int, bits: float, min_bits: float) -> bool:
    """Whether ``words`` matched words weighing ``bits`` are evidence of the same quote."""
    extra = max(0, words - MIN_MATCH_WORDS) * LENGTH_BITS
    return words >= EVIDENCE_WORDS or bits + extra >= min_bits
