"""Candidate generation: a sorted inverted index of word n-gram shingles.

Each quote of at least ``SHINGLE_WORDS`` words contributes one 64-bit hash per word
4-gram. The index is two numpy arrays sorted by hash (hashes, quote numbers), so it costs
12 bytes a shingle and no Python object per entry. Adding a batch sorts the batch, finds
its shingles among the old ones with ``searchsorted`` and merges it in linearly; old pairs
are never generated again. Quotes that share shingles become candidate pairs, which the
caller verifies by alignment (``align.py``).

Very common shingles ("the gulf of mexico", "we are going to") would make the pair count
quadratic, so a run of more than ``CLIQUE_MAX`` equal shingles only pairs each member
with the ``STAR`` earliest ones. A quote reused very widely still shares every one of its
shingles with its earliest copies, so its copies keep enough shared shingles to pass the
``MIN_SHARED`` filter, while a common phrase gives one shared shingle with few quotes.

``benchmarks/bench_link.py`` compares this with MinHash LSH (datasketch, rensa) and a
naive pairwise loop on the same planted reuses.
"""

from __future__ import annotations

from array import array

import numpy as np

# Words per shingle. 4 keeps a shared shingle between copies whose edits (a changed, cut
# or inserted word) are 5+ words apart, and is the default Settings.min_link_words, so a
# whole 4-word quote is one shingle.
SHINGLE_WORDS = 4
# Runs of equal shingles up to this size are paired all-to-all; longer runs (common
# phrases) only with their STAR earliest members. 16 covers a quote printed by every
# outlet of a busy news day; measured on the benchmark (bench_link.py) to keep recall.
CLIQUE_MAX = 16
STAR = 3
# Shared shingles a candidate pair needs before alignment: a reuse with one change shares
# 2+ shingles; a common 4-word phrase shares one. Quotes with fewer shingles than this
# need all of theirs.
MIN_SHARED = 2

# Multiplier of the polynomial shingle hash (odd 64-bit constant from splitmix64).
_P = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(
    ids: np.ndarray, lengths: np.ndarray, qids: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Hash every word n-gram of a batch of quotes.

    Args:
        ids: Word ids of the batch, quotes one after another (int64).
        lengths: Number of words of each quote of the batch.
        qids: Quote number of each quote of the batch.

    Returns:
        ``(hashes, qids)``: one uint64 hash and quote number per shingle, in quote order.
    """
    k = SHINGLE_WORDS
    n = len(ids)
    if n < k:
        return np.empty(0, np.uint64), np.empty(0, np.int64)
    ends = np.cumsum(lengths)
    qid_of_word = np.repeat(qids, lengths)
    end_of_word = np.repeat(ends, lengths)
    starts = np.flatnonzero(np.arange(n) + k <= end_of_word)
    u = ids.astype(np.uint64)
    with np.errstate(over="ignore"):
        h = u[starts]
        for off in range(1, k):
            h = h * _P + u[starts + off]
        # final avalanche so that hashes spread evenly (splitmix64 finaliser)
        h ^= h >> np.uint64(31)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(29)
    return h, qid_of_word[starts]


class ShingleIndex:
    """Sorted shingle postings; yields candidate quote pairs for each added batch."""

    def __init__(self) -> None:
        self.hashes = np.empty(0, np.uint64)
        self.qids = np.empty(0, np.int32)

    def __len__(self) -> int:
        return len(self.hashes)

    def add_batch(self, hashes: np.ndarray, qids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Index a batch of shingles and return the new candidate pairs.

        Args:
            hashes: Shingle hashes of the batch.
            qids: Quote number of each shingle; all greater than every indexed one.

        Returns:
            ``(a, b)`` arrays of quote numbers, one entry per shared shingle occurrence
            (a pair repeats once per shingle it shares; ``a < b``).
        """
        order = np.argsort(hashes, kind="stable")
        hn = hashes[order]
        qn = qids[order].astype(np.int32)
        pa, pb = [], []
        # new x new: runs of equal hashes within the batch
        if len(hn) > 1:
            _run_pairs(hn, qn, pa, pb)
        # new x old: each new shingle against the run of equal old ones
        if len(self.hashes) and len(hn):
            lo = np.searchsorted(self.hashes, hn, side="left")
            hi = np.searchsorted(self.hashes, hn, side="right")
            n_old = hi - lo
            take = np.where(n_old > CLIQUE_MAX, STAR, n_old)
            for a in range(min(CLIQUE_MAX, int(take.max(initial=0)))):
                sel = np.flatnonzero(take > a)
                pa.append(self.qids[lo[sel] + a])
                pb.append(qn[sel])
        # merge: equal hashes keep insertion (= quote) order, new after old
        if len(self.hashes):
            pos = np.searchsorted(self.hashes, hn, side="right")
            self.hashes = np.insert(self.hashes, pos, hn)
            self.qids = np.insert(self.qids, pos, qn)
        else:
            self.hashes, self.qids = hn, qn
        if not pa:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        a = np.concatenate(pa).astype(np.int64)
        b = np.concatenate(pb).astype(np.int64)
        return np.minimum(a, b), np.maximum(a, b)


def _run_pairs(h: np.ndarray, q: np.ndarray, pa: list, pb: list) -> None:
    """Append the pairs of each run of equal values of sorted ``h`` (clique or star)."""
    n = len(h)
    bounds = np.concatenate(([0], np.flatnonzero(h[1:] != h[:-1]) + 1, [n]))
    sizes = np.diff(bounds)
    run_start = np.repeat(bounds[:-1], sizes)
    run_len = np.repeat(sizes, sizes)
    pos = np.arange(n) - run_start
    small = run_len <= CLIQUE_MAX
    # clique: (k, k+d) inside the same small run
    for d in range(1, min(CLIQUE_MAX, int(run_len.max(initial=1)))):
        k = np.flatnonzero(small[: n - d] & (pos[: n - d] + d < run_len[: n - d]))
        if not len(k):
            break
        pa.append(q[k])
        pb.append(q[k + d])
    # star: members of long runs with each of the run's STAR first members
    big = np.flatnonzero(~small)
    for a in range(STAR):
        k = big[pos[big] > a]
        pa.append(q[run_start[k] + a])
        pb.append(q[k])


def count_pairs(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Collapse repeated pairs: return unique ``(a, b)`` and how many shingles each shares."""
    if not len(a):
        e = np.empty(0, np.int64)
        return e, e, e
    key = (a << 32) | b
    uniq, counts = np.unique(key, return_counts=True)
    return uniq >> 32, uniq & 0xFFFFFFFF, counts


def as_int_array(values: array) -> np.ndarray:
    """View an ``array('q')`` buffer as int64 without copying."""
    return np.frombuffer(values, dtype=np.int64) if len(values) else np.empty(0, np.int64)
