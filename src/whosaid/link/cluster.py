"""Grouping quotes of different articles that are the same words: ``QuoteIndex``.

The index is incremental. ``add`` keeps, per quote, only what matching and reporting
need: its article number, content offset and content text (UTF-8 in one buffer: the
words to align and the text of an occurrence's span), its word count and attribution; per article its id, date and outlet.
Article texts are not kept. Words become ids and shingle hashes (``shingles.py``) when a
batch is flushed; a flush verifies only the new candidate pairs (``align.py``) and adds
their unit links to a union-find that persists, so adding a day of news never redoes the
old pairs. ``groups`` turns the union-find into ``QuoteLink`` records:

1. connected units (sentences/pieces of quotes) form components;
2. components whose quotes are a subset of another component's quotes are merged, so
   a passage reused sentence by sentence becomes one link, while two quotes that one
   article prints together and another separately stay two links;
3. short quotes (3 words up to a shingle, e.g. a fragment such as "on the outs") that
   occur inside a linked unit join that link; they never link on their own;
4. each article keeps one occurrence (its longest aligned span), sorted by date.

Linking needs evidence (``align.MIN_EVIDENCE_BITS``): a shared passage shorter than
``align.EVIDENCE_WORDS`` must have distinctive words, rare in the collection's article
bodies (``BODY_SAMPLE_ALL``), since "a state of emergency" or "Mississippi, Alabama and
Florida" recur in a story without anyone copying anyone. A passage with some but too few
of them may still join a link that has the evidence, as a fragment may.

``to_bytes``/``from_bytes`` save and load the index (the store keeps it with the links)
as numpy arrays and JSON in a zip: no pickle, as a store file may come from anyone.
"""

from __future__ import annotations

import io
import json
import logging
import math
import zipfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from operator import itemgetter

import numpy as np

from whosaid.config import DEFAULT, Settings
from whosaid.link.align import MIN_JOIN_BITS, NAME_BITS, WORD_BITS_CAP, align_units
from whosaid.link.normalize import normalize_words, tokenize
from whosaid.link.shingles import (
    MIN_SHARED,
    SHINGLE_WORDS,
    ShingleIndex,
    count_pairs,
    shingle_hashes,
)
from whosaid.model import Extraction, Occurrence, Quote, QuoteLink, Span
from whosaid.names import same_outlet, wire_agency

log = logging.getLogger("whosaid")

# Shortest quote kept at all: a 3-word quote ("on the outs") can still join a link as a
# fragment; one or two quoted words ("brief", "stupid") are scare quotes, not reuse.
MIN_FRAGMENT_WORDS = 3
# A fragment joins a link only if one of its words is rare: at most this many occurrences
# per indexed quote (or FRAGMENT_DF_FLOOR quotes, for small indexes). Without it, a quoted
# common phrase ("to be the") would join any link that contains it; bench_link.py's
# background (real phrases reshuffled) measured precision 0.18 -> see the report.
FRAGMENT_DF_SHARE = 0.0005
FRAGMENT_DF_FLOOR = 20
# Common words (align.MIN_CONTENT_WORDS): more than this share of all indexed words, and
# more than COMMON_MIN_COUNT occurrences so that a small index has none. 0.1% is about
# the 150th most frequent English word; in one story's coverage it also takes the story's
# own staple words ("oil", "gulf", "spill" in the bpoil corpus).
COMMON_SHARE = 0.001
COMMON_MIN_COUNT = 200
# Rarity of a word (align.WORD_BITS_CAP): the share of article bodies that hold it, the
# story's staple words being in most. Bodies are counted for every article up to
# BODY_SAMPLE_ALL, then one in BODY_SAMPLE_EVERY (a share needs no more; tokenising every
# body costs 0.4 ms an article, about as long as linking it: +30-40% on bench_link.py at
# 10k with one in 16 after 1,024). Below DF_MIN_ARTICLES counted bodies the shares say
# nothing (in 3 articles every word is in a third of them), and linking needs no
# distinctiveness, as before.
BODY_SAMPLE_ALL = 512
BODY_SAMPLE_EVERY = 32
DF_MIN_ARTICLES = 50
# Pending quotes that trigger a flush inside add(), bounding the pending buffers.
FLUSH_QUOTES = 200_000
# Bits of a node key given to the unit number (node = quote << UNIT_BITS | unit).
UNIT_BITS = 12
_UNIT_MASK = (1 << UNIT_BITS) - 1
# First bytes of a saved index (``to_bytes``); the number is the format version. Bytes
# with another start (an older format, a pickle) are refused whole, never half-read.
STATE_MAGIC = b"whosaid QuoteIndex 3\n"


# Mentions that do not say who spoke. A first or second person ("I", "we": a transcript,
# a first-person piece) is someone the resolver could not name; a placeholder ("one
# said", "someone said") is the article's own unnamed source. A third-person pronoun
# ("he", "they", "it", "who") stands for someone the article named, even when the
# resolver could not tell whom; one that goes on from an unnamed source is that
# source's (anonymous, see extract.speakers).
_PERSONAL_MENTIONS = frozenset({"i", "you", "we"})
_PLACEHOLDER_MENTIONS = frozenset({"one", "another", "someone", "somebody"})
# Heads of sources that are writings or hearsay, not someone on record ("according to
# reports", "a report said", "media accounts"); singular forms, plurals end in "s".
_REPORT_NOUNS = frozenset(
    {"report", "media", "press", "news", "account", "rumor", "rumour", "story", "poll"}
    | {"study", "survey", "article", "document", "paper", "tabloid", "outlet", "claim"}
)


# Cue verbs of statements made in public: unnamed officials who announce something are
# on the record for it, as no source of the article's own is.
_PUBLIC_CUES = ("announc", "declar", "testif", "proclaim")
# First words of a mention that point at one thing the reader knows ("the report").
_POINTING = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})


def attribution(q: Quote, outlet: str | None = None) -> str:
    """How a printing attributes its words: ``"credited"`` when it names where they came
    from (a venue other than the printing outlet itself, ``outlet``: "told the Pulse" in
    the Pulse claims the words as its own; or a speaker on record: a name, "he", "they",
    a description such as "the company"); ``"own"`` when it gives them to an unnamed
    source of its own or to hearsay ("a second insider", a "she" that goes on from it,
    "someone", "reports" with no name in them); ``"none"`` when no speaker was found or
    only an unresolved "I" or "we", so nothing can be said about credit."""
    sp = q.speaker
    if q.venue and not same_outlet(q.venue, outlet) and q.venue != outlet:
        return "credited"
    if sp is None:
        return "none"
    if sp.anonymous:
        # "officials announced": an announcement is public, whoever made it
        public = q.cue is not None and q.cue.text.lower().startswith(_PUBLIC_CUES)
        return "credited" if public else "own"
    if sp.name:
        return "credited"
    if sp.mention is None:
        return "none"
    text = sp.mention.text
    if text.lower() in _PERSONAL_MENTIONS:
        return "none"
    if text.lower() in _PLACEHOLDER_MENTIONS or not text.split() or cites_reports(text):
        return "own"
    return "credited"


# What an occurrence keeps of its quote: speaker shown, venue, credited, relayed,
# own source (the fields of model.Occurrence).
Meta = tuple[str | None, str | None, bool, bool, bool]
_NO_META: Meta = (None, None, False, False, False)


def printing_meta(q: Quote, outlet: str | None = None, wire: str | None = None) -> Meta:
    """The :data:`Meta` of quote ``q`` printed by ``outlet``, in a story of the news
    agency ``wire`` (``names.wire_agency``) if given: words with no venue of their own
    there are the agency's, credited by its dateline."""
    sp = q.speaker
    shown = (sp.name or (sp.mention.text if sp.mention else None)) if sp else None
    if wire and not q.venue and not same_outlet(wire, outlet):
        return shown, wire, True, True, False
    how = attribution(q, outlet)
    return shown, q.venue, how == "credited", q.relayed, how == "own"


def occurrence(
    meta: Meta | None, article_id: str, span: Span, published: date | None, outlet: str | None
) -> Occurrence:
    """An :class:`~whosaid.model.Occurrence` of words whose quote has ``meta``."""
    speaker, venue, credited, relayed, own = meta or _NO_META
    return Occurrence(
        article_id=article_id,
        span=span,
        published=published,
        outlet=outlet,
        speaker=speaker,
        venue=venue,
        credited=credited,
        relayed=relayed,
        own_source=own,
    )


def cites_reports(mention: str | None) -> bool:
    """Whether a speaker mention is hearsay with no name in it ("reports", "a news
    report", "media accounts"): words passed on from earlier reporting. A report the
    article has named or points at ("the report", "the board's final report", "its
    study") is a document on record, which printings quote alike."""
    words = (mention or "").split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False  # "a Harbor Gazette report" names its outlet
    if words[0].lower() in _POINTING or any(w.endswith(("'s", "\u2019s")) for w in words):
        return False
    head = words[-1].lower()
    return bool({head, head.removesuffix("s")} & _REPORT_NOUNS)


class QuoteIndex:
    """Streaming index of quotes that links the same words across articles.

    Example::

        index = QuoteIndex()
        index.add_all(day_one)
        links = index.groups()
        index.add_all(day_two)  # only pairs with the new quotes are verified
        links = index.groups()
    """

    def __init__(self, settings: Settings = DEFAULT, *, shingle_candidates: bool = True) -> None:
        """Create an empty index.

        Args:
            settings: ``min_link_words`` is the shortest quote that links on its own.
            shingle_candidates: Generate candidate pairs from the shingle index on flush.
                ``False`` lets a caller (the benchmark's MinHash variants) supply its own
                pairs to :meth:`verify_pairs`.
        """
        self.settings = settings
        self.shingle_candidates = shingle_candidates
        # articles
        self._art_ids: list[str] = []
        self._art_pub: list[date | None] = []
        self._art_outlet: list[str | None] = []
        self._art_index: dict[str, int] = {}
        self._seen_empty: set[str] = set()
        # quotes
        self._q_art = array("i")
        self._q_len = array("i")
        self._q_start = array("q")
        # quote texts, UTF-8, one after another (no object per quote; 1 byte a character
        # where a str holding one curly apostrophe takes 2); _q_off[i]:_q_off[i + 1]
        self._q_bytes = bytearray()
        self._q_off = array("q", [0])
        self._q_meta: list[Meta | None] = []
        self._frags: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._pool: dict = {}
        # pending batch (word ids of quotes with SHINGLE_WORDS+ words)
        self._vocab: dict[str, int] = {}
        # per word id: occurrences in indexed quotes (shingled quotes are counted on flush)
        self._freq = np.zeros(0, np.int64)
        self._frag_freq: Counter[int] = Counter()
        self._common: frozenset[str] = frozenset()
        # article bodies counted (BODY_SAMPLE_ALL) and in how many of them each word is
        self._n_seen = 0
        self._body_n = 0
        self._body_df: Counter[str] = Counter()
        self._bits: dict[str, float] | None = None
        self._bits_n = 0  # _body_n when _bits was computed
        self._pend_ids = array("q")
        self._pend_lens = array("q")
        self._pend_qids = array("q")
        self._shingles = ShingleIndex()
        # union-find over unit nodes, and the word range of each node that is matched
        self._parent: dict[int, int] = {}
        self._range: dict[int, list[int]] = {}
        # (fragment quote, its matched word range lo, hi, node it lies in)
        self._weak: list[tuple[int, int, int, int]] = []
        self.pairs_verified = 0

    def __len__(self) -> int:
        """Number of quotes indexed."""
        return len(self._q_art)

    @property
    def n_articles(self) -> int:
        return len(self._art_ids)

    def __contains__(self, article_id: object) -> bool:
        """Whether an article of this id has been added (with or without quotes)."""
        return article_id in self._art_index or article_id in self._seen_empty

    def add(self, extraction: Extraction) -> None:
        """Index the quotes of one article.

        An article id seen before is ignored (with a log line): ids name articles.

        Args:
            extraction: The article and its quotes.
        """
        art = extraction.article
        if art.id in self._art_index:
            log.warning("link: article %s added twice; the second copy is ignored", art.id)
            return
        if art.id not in self._seen_empty:
            if self._n_seen < BODY_SAMPLE_ALL or self._n_seen % BODY_SAMPLE_EVERY == 0:
                self._body_df.update(set(normalize_words(art.text)))
                self._body_n += 1
            self._n_seen += 1
        if not extraction.quotes:
            self._seen_empty.add(art.id)  # nothing to link, but seen (for __contains__)
            return
        a = len(self._art_ids)
        self._art_index[art.id] = a
        self._art_ids.append(art.id)
        # one shared object per distinct date / outlet / attribution: millions of quotes
        # repeat a few thousand of them
        pool = self._pool
        self._art_pub.append(pool.setdefault(art.published, art.published))
        self._art_outlet.append(pool.setdefault(art.outlet, art.outlet))
        wire = wire_agency(art.text)
        for q in extraction.quotes:
            self._add_quote(a, q, wire)
        if len(self._pend_lens) >= FLUSH_QUOTES:
            self.flush()

    def add_all(self, extractions: Iterable[Extraction]) -> None:
        """Index many articles (same as calling :meth:`add` on each)."""
        for e in extractions:
            self.add(e)

    def _add_quote(self, a: int, q: Quote, wire: str | None = None) -> None:
        if q.method == "headline":
            # a headline's quoted words are its body's quote cut down ("Ready to Move
            # On"): the body's quote links; the headline's few words would link stock
            # phrases across articles
            return
        words = normalize_words(q.content.text)
        n = len(words)
        if n < MIN_FRAGMENT_WORDS:
            return
        qid = len(self._q_art)
        self._q_art.append(a)
        self._q_len.append(n)
        self._q_start.append(q.content.start)
        self._q_bytes += q.content.text.encode("utf-8", "surrogatepass")
        self._q_off.append(len(self._q_bytes))
        meta = printing_meta(q, self._art_outlet[a], wire)
        self._q_meta.append(None if meta == _NO_META else self._pool.setdefault(meta, meta))
        vocab = self._vocab
        try:
            ids = _getter(words)(vocab)
        except KeyError:
            setdefault = vocab.setdefault
            ids = [setdefault(w, len(vocab)) for w in words]
        if n < SHINGLE_WORDS:
            self._frags[tuple(words)].append(qid)
            self._frag_freq.update(ids)
            return
        self._pend_ids.extend(ids)
        self._pend_lens.append(n)
        self._pend_qids.append(qid)

    # -- matching -----------------------------------------------------------------------

    def flush(self) -> int:
        """Match the pending quotes against everything indexed; return pairs linked."""
        if self._bits_n != self._body_n:
            self._bits = self._word_bits()
            self._bits_n = self._body_n
        if not self._pend_lens:
            return 0
        ids = np.frombuffer(self._pend_ids, dtype=np.int64)
        counts = np.bincount(ids, minlength=len(self._vocab))
        counts[: len(self._freq)] += self._freq
        self._freq = counts
        self._common = self._common_words()
        lens = np.frombuffer(self._pend_lens, dtype=np.int64)
        qids = np.frombuffer(self._pend_qids, dtype=np.int64)
        if not self.shingle_candidates:
            self._pend_ids, self._pend_lens, self._pend_qids = array("q"), array("q"), array("q")
            return 0
        h, hq = shingle_hashes(ids, lens, qids)
        a, b = self._shingles.add_batch(h, hq)
        del ids, lens, qids
        self._pend_ids, self._pend_lens, self._pend_qids = array("q"), array("q"), array("q")
        q_art = np.frombuffer(self._q_art, dtype=np.int32)
        keep = q_art[a] != q_art[b]
        a, b, shared = count_pairs(a[keep], b[keep])
        q_len = np.frombuffer(self._q_len, dtype=np.int32)
        shorter = np.minimum(q_len[a], q_len[b])
        need = np.minimum(MIN_SHARED, shorter - SHINGLE_WORDS + 1)
        keep = shared >= need
        linked = self.verify_pairs(a[keep].tolist(), b[keep].tolist())
        log.debug(
            "link: flushed %d shingles, %d candidate pairs, %d linked; index %d quotes",
            len(h),
            int(keep.sum()),
            linked,
            len(self._q_art),
        )
        return linked

    def quote_text(self, qid: int) -> str:
        """Content text of quote number ``qid`` (numbers count kept quotes from 0)."""
        off = self._q_off
        return self._q_bytes[off[qid] : off[qid + 1]].decode("utf-8", "surrogatepass")

    def quote_article(self, qid: int) -> str:
        """Article id of quote number ``qid``."""
        return self._art_ids[self._q_art[qid]]

    def verify_pairs(self, pa: list[int], pb: list[int]) -> int:
        """Align candidate pairs of quote numbers and link those that match.

        Pairs within one article are skipped. Pairs sorted by their first member verify
        fastest (the matcher keeps that side indexed).

        Returns:
            The number of pairs that linked.
        """
        cache: dict[int, tuple[list[str], list[int], list[int], list[int]]] = {}
        sm = SequenceMatcher(None, autojunk=False)
        linked = 0
        min_words = self.settings.min_link_words
        q_art = self._q_art
        common = self._common
        wcache: dict[int, list[float] | None] = {}
        for x, y in zip(pa, pb, strict=True):
            if q_art[x] == q_art[y]:
                continue
            tx = cache.get(x) or cache.setdefault(x, tokenize(self.quote_text(x)))
            ty = cache.get(y) or cache.setdefault(y, tokenize(self.quote_text(y)))
            by = wcache[y] if y in wcache else wcache.setdefault(y, self.word_bits(y, ty))
            # x repeats over consecutive pairs (sorted), so it is the matcher's cached side
            matches = align_units(ty[0], ty[3], tx[0], tx[3], min_words, sm, common, by)
            self.pairs_verified += 1
            if not matches:
                continue
            linked += 1
            for m in matches:
                ny = (y << UNIT_BITS) | min(m.u, _UNIT_MASK)
                nx = (x << UNIT_BITS) | min(m.v, _UNIT_MASK)
                if m.kind == "weak":
                    if m.frag_a:
                        self._weak.append((y, m.a_lo, m.a_hi, nx))
                    else:
                        self._weak.append((x, m.b_lo, m.b_hi, ny))
                    continue
                self._extend(ny, m.a_lo, m.a_hi)
                self._extend(nx, m.b_lo, m.b_hi)
                self._union(ny, nx)
            if len(cache) > 50_000:
                cache.clear()
                wcache.clear()
        return linked

    def _extend(self, node: int, lo: int, hi: int) -> None:
        r = self._range.get(node)
        if r is None:
            self._range[node] = [lo, hi]
        else:
            r[0] = min(r[0], lo)
            r[1] = max(r[1], hi)

    def _find(self, x: int) -> int:
        parent = self._parent
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def _union(self, x: int, y: int) -> None:
        rx, ry = self._find(x), self._find(y)
        if rx != ry:
            # keep the smaller key (older quote) as root: stable across runs
            if rx < ry:
                self._parent[ry] = rx
            else:
                self._parent[rx] = ry

    # -- saving -------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The whole index as bytes for :meth:`from_bytes`: numpy arrays plus JSON.

        Loading it runs no code from the data (unlike a pickle), so a saved index may come
        from a store file someone sent.
        """
        metas = list(dict.fromkeys(m for m in self._q_meta if m is not None))
        meta_no = {m: i for i, m in enumerate(metas)}
        vocab = self._vocab
        frag_keys = list(self._frags)
        body_words = list(self._body_df)
        body_no = {w: i for i, w in enumerate(body_words)}
        bits = self._bits or {}
        header = {
            "min_link_words": self.settings.min_link_words,
            "shingle_candidates": self.shingle_candidates,
            "pairs_verified": self.pairs_verified,
            "articles": self._art_ids,
            "published": [d.isoformat() if d else None for d in self._art_pub],
            "outlets": self._art_outlet,
            "seen_empty": sorted(self._seen_empty),
            "metas": metas,
            "vocab": list(vocab),  # in id order
            "n_seen": self._n_seen,
            "body_n": self._body_n,
            "bits_n": self._bits_n,
            "has_bits": self._bits is not None,
            "body_words": body_words,
        }
        arrays = {
            "header": np.frombuffer(json.dumps(header).encode(), np.uint8),
            "q_art": self._q_art,
            "q_len": self._q_len,
            "q_start": self._q_start,
            "q_bytes": np.frombuffer(bytes(self._q_bytes), np.uint8),
            "q_off": self._q_off,
            "q_meta": [-1 if m is None else meta_no[m] for m in self._q_meta],
            "frag_words": [vocab[w] for k in frag_keys for w in k],
            "frag_klen": [len(k) for k in frag_keys],
            "frag_qids": [q for k in frag_keys for q in self._frags[k]],
            "frag_qn": [len(self._frags[k]) for k in frag_keys],
            "freq": self._freq,
            "frag_freq_ids": list(self._frag_freq),
            "frag_freq_n": list(self._frag_freq.values()),
            "common": sorted(vocab[w] for w in self._common),
            "body_df": list(self._body_df.values()),
            "bits_words": [body_no[w] for w in bits],
            "bits": list(bits.values()),
            "pend_ids": self._pend_ids,
            "pend_lens": self._pend_lens,
            "pend_qids": self._pend_qids,
            "sh_hashes": self._shingles.hashes,
            "sh_qids": self._shingles.qids,
            "parent": np.array(list(self._parent.items())).reshape(-1, 2),
            "range": np.array([(n, lo, hi) for n, (lo, hi) in self._range.items()]).reshape(-1, 3),
            "weak": np.array(self._weak).reshape(-1, 4),
        }
        # the dtypes are set in one place, _STATE_ARRAYS, which _load checks
        arrays = {name: np.asarray(a, _STATE_ARRAYS[name][0]) for name, a in arrays.items()}
        buf = io.BytesIO()
        buf.write(STATE_MAGIC)
        np.savez(buf, allow_pickle=False, **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, settings: Settings = DEFAULT) -> QuoteIndex:
        """Load an index saved by :meth:`to_bytes`; adding to it links as the original would.

        Args:
            data: The saved bytes.
            settings: Settings of the loaded index; ``min_link_words`` is the saved one.

        Raises:
            ValueError: ``data`` is not a saved index of this format version (an older
                format, damaged, inconsistent, or no index at all, such as a pickle).
        """
        if not data.startswith(STATE_MAGIC):
            raise ValueError("not a saved QuoteIndex of this version")
        try:
            return cls._load(data[len(STATE_MAGIC) :], settings)
        except (
            ValueError,  # also json and Unicode errors, and a wrong array header
            TypeError,
            KeyError,
            IndexError,
            EOFError,
            OSError,
            MemoryError,  # an array header claiming more than the blob holds
            RecursionError,  # deeply nested JSON
            zipfile.BadZipFile,
        ) as e:
            raise ValueError(f"damaged saved QuoteIndex ({type(e).__name__}: {e})") from e

    @classmethod
    def _load(cls, data: bytes, settings: Settings) -> QuoteIndex:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            # np.savez stores members uncompressed; a deflated one could be a zip bomb
            _need(all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist()), "zip")
            a = {
                name: np.lib.format.read_array(zf.open(f"{name}.npy"), allow_pickle=False)
                for name in _STATE_ARRAYS
            }
        # The checks keep a crafted blob from crashing or hanging a later link (an index
        # out of range, a union-find loop); what they let through only links wrongly.
        for name, (dtype, ndim) in _STATE_ARRAYS.items():
            _need(a[name].dtype == dtype and a[name].ndim == ndim, f"{name} type")
        h = json.loads(a["header"].tobytes())
        _need(isinstance(h, dict), "header")
        mlw = h["min_link_words"]
        _need(type(mlw) is int and mlw > 0, "min_link_words")
        arts, pub, outlets = h["articles"], h["published"], h["outlets"]
        vocab, metas = h["vocab"], h["metas"]
        _need(_strs(arts) and len(set(arts)) == len(arts), "articles")
        _need(_strs(pub, nullable=True) and len(pub) == len(arts), "published")
        _need(_strs(outlets, nullable=True) and len(outlets) == len(arts), "outlets")
        _need(_strs(h["seen_empty"]) and _strs(vocab), "ids or vocab")
        _need(len(set(vocab)) == len(vocab), "vocab")
        _need(isinstance(metas, list), "metas")
        for m in metas:
            _need(isinstance(m, list) and len(m) == 5 and _strs(m[:2], nullable=True), "meta")
            _need(all(type(x) is bool for x in m[2:]), "meta")
        n_art, n_vocab = len(arts), len(vocab)
        n_q = len(a["q_art"])
        q_off = a["q_off"]
        for name in ("q_len", "q_start", "q_meta"):
            _need(len(a[name]) == n_q, name)
        _need(len(q_off) == n_q + 1 and q_off[0] == 0, "q_off")
        _need(not (np.diff(q_off) < 0).any() and q_off[-1] == len(a["q_bytes"]), "q_off")
        _need(_within(a["q_art"], n_art) and _within(a["q_meta"] + 1, len(metas) + 1), "quotes")
        klen, qn = a["frag_klen"], a["frag_qn"]
        _need(len(klen) == len(qn) and (klen > 0).all() and (qn > 0).all(), "fragments")
        _need(klen.sum() == len(a["frag_words"]) and qn.sum() == len(a["frag_qids"]), "fragments")
        _need(_within(a["frag_words"], n_vocab) and _within(a["frag_qids"], n_q), "fragments")
        _need(
            len(a["freq"]) <= n_vocab and len(a["frag_freq_n"]) == len(a["frag_freq_ids"]), "freq"
        )
        _need(_within(a["frag_freq_ids"], n_vocab) and _within(a["common"], n_vocab), "freq")
        body_words, body_df, bits_words = h["body_words"], a["body_df"], a["bits_words"]
        n_seen, body_n, bits_n = h["n_seen"], h["body_n"], h["bits_n"]
        _need(all(type(n) is int and n >= 0 for n in (n_seen, body_n, bits_n)), "counts")
        _need(_strs(body_words) and len(set(body_words)) == len(body_words), "body words")
        _need(len(body_df) == len(body_words) and (body_df > 0).all(), "body words")
        _need(len(bits_words) == len(a["bits"]) and _within(bits_words, len(body_words)), "bits")
        _need(type(h["has_bits"]) is bool and (h["has_bits"] or not len(bits_words)), "bits")
        pend_lens = a["pend_lens"]
        _need((pend_lens > 0).all(), "pending")
        _need(
            pend_lens.sum() == len(a["pend_ids"]) and len(pend_lens) == len(a["pend_qids"]),
            "pending",
        )
        _need(_within(a["pend_ids"], n_vocab) and _within(a["pend_qids"], n_q), "pending")
        hashes, sh_qids = a["sh_hashes"], a["sh_qids"]
        _need(len(hashes) == len(sh_qids) and _within(sh_qids, n_q), "shingles")
        _need(not (hashes[1:] < hashes[:-1]).any(), "shingles")
        parent, rng, weak = a["parent"], a["range"], a["weak"]
        _need(parent.shape[1] == 2 and rng.shape[1] == 3 and weak.shape[1] == 4, "union-find")
        # a parent is never above its child (_union keeps the smaller root): no cycles
        _need((parent[:, 1] <= parent[:, 0]).all(), "union-find")
        _need(np.isin(parent, rng[:, 0]).all(), "union-find")
        q_of = rng[:, 0] >> UNIT_BITS
        _need(_within(q_of, n_q) and (rng[:, 0] >= 0).all(), "ranges")
        lo, hi = rng[:, 1], rng[:, 2]
        _need((lo >= 0).all() and (lo < hi).all() and (hi <= a["q_len"][q_of]).all(), "ranges")
        _need(_within(weak[:, 0], n_q) and _within(weak[:, 3] >> UNIT_BITS, n_q), "weak links")
        wlo, whi = weak[:, 1], weak[:, 2]
        _need((wlo >= 0).all() and (wlo < whi).all(), "weak links")
        _need((whi <= a["q_len"][weak[:, 0]]).all(), "weak links")
        _need(len(set(parent[:, 0].tolist())) == len(parent), "union-find")
        _need(len(set(rng[:, 0].tolist())) == len(rng), "ranges")

        index = cls(
            replace(settings, min_link_words=mlw), shingle_candidates=bool(h["shingle_candidates"])
        )
        index.pairs_verified = int(h["pairs_verified"])
        pool = index._pool
        index._art_ids = arts
        index._art_pub = [
            pool.setdefault(d, d) for d in (date.fromisoformat(p) if p else None for p in pub)
        ]
        index._art_outlet = [pool.setdefault(o, o) for o in outlets]
        index._art_index = {aid: i for i, aid in enumerate(arts)}
        index._seen_empty = set(h["seen_empty"])
        index._q_art = array("i", a["q_art"].tobytes())
        index._q_len = array("i", a["q_len"].tobytes())
        index._q_start = array("q", a["q_start"].tobytes())
        index._q_bytes = bytearray(a["q_bytes"].tobytes())
        index._q_off = array("q", q_off.tobytes())
        meta_objs = [pool.setdefault(t, t) for t in (tuple(m) for m in metas)]
        index._q_meta = [None if i < 0 else meta_objs[i] for i in a["q_meta"].tolist()]
        index._vocab = {w: i for i, w in enumerate(vocab)}
        words = [vocab[i] for i in a["frag_words"].tolist()]
        qids = a["frag_qids"].tolist()
        w0 = q0 = 0
        for k, n in zip(klen.tolist(), qn.tolist(), strict=True):
            key = tuple(words[w0 : w0 + k])
            _need(key not in index._frags, "fragments")
            index._frags[key] = qids[q0 : q0 + n]
            w0, q0 = w0 + k, q0 + n
        index._freq = a["freq"].copy()
        index._frag_freq = Counter(
            dict(zip(a["frag_freq_ids"].tolist(), a["frag_freq_n"].tolist(), strict=True))
        )
        index._common = frozenset(vocab[i] for i in a["common"].tolist())
        index._n_seen, index._body_n, index._bits_n = n_seen, body_n, bits_n
        index._body_df = Counter(dict(zip(body_words, body_df.tolist(), strict=True)))
        index._bits = (
            dict(zip([body_words[i] for i in bits_words.tolist()], a["bits"].tolist(), strict=True))
            if h["has_bits"]
            else None
        )
        index._pend_ids = array("q", a["pend_ids"].tobytes())
        index._pend_lens = array("q", pend_lens.tobytes())
        index._pend_qids = array("q", a["pend_qids"].tobytes())
        index._shingles.hashes = hashes
        index._shingles.qids = sh_qids
        index._parent = dict(parent.tolist())
        index._range = {n: [lo, hi] for n, lo, hi in rng.tolist()}
        index._weak = [(q, lo, hi, n) for q, lo, hi, n in weak.tolist()]
        return index

    # -- output -------------------------------------------------------------------------

    def groups(self) -> list[QuoteLink]:
        """Flush pending quotes and return every link, oldest origin first."""
        self.flush()
        comps: dict[int, list[int]] = defaultdict(list)
        for node in self._parent:
            comps[self._find(node)].append(node)
        merged = _merge_subsets([sorted(c) for c in comps.values()])
        toks: dict[int, tuple[list[str], list[int], list[int], list[int]]] = {}

        def tok(qid: int) -> tuple[list[str], list[int], list[int], list[int]]:
            t = toks.get(qid)
            if t is None:
                t = toks[qid] = tokenize(self.quote_text(qid))
            return t

        frag_lens = sorted({len(k) for k in self._frags})
        weak_by_node: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for short_q, lo, hi, node in self._weak:
            weak_by_node[node].append((short_q, lo, hi))
        links = []
        for nodes in merged:
            link = self._build(nodes, tok, frag_lens, weak_by_node)
            if link is not None:
                links.append(link)
        links.sort(
            key=lambda lk: (
                _date_key(lk.origin.published),
                lk.origin.article_id,
                lk.origin.span.start,
            )
        )
        # keys name a link by its origin span; a fragment can be the origin of two links
        seen: Counter[str] = Counter()
        out = []
        for lk in links:
            seen[lk.key] += 1
            out.append(lk if seen[lk.key] == 1 else replace(lk, key=f"{lk.key}#{seen[lk.key]}"))
        return out

    def _common_words(self) -> frozenset[str]:
        """Words above ``COMMON_SHARE`` of all indexed words (and ``COMMON_MIN_COUNT``)."""
        freq = self._freq
        limit = max(COMMON_MIN_COUNT, COMMON_SHARE * int(freq.sum()))
        hot = set(np.flatnonzero(freq > limit).tolist())
        if not hot:
            return frozenset()
        return frozenset(w for w, i in self._vocab.items() if i in hot)

    def word_bits(
        self, qid: int, tokens: tuple[list[str], list[int], list[int], list[int]]
    ) -> list[float] | None:
        """Evidence of each word of quote ``qid`` (``align.WORD_BITS_CAP``, ``NAME_BITS``).

        Args:
            qid: The quote number.
            tokens: ``normalize.tokenize`` of its text.

        Returns:
            One weight a word, or None when too few bodies were counted to tell.
        """
        bits = self._bits
        if bits is None:
            return None
        words, starts, _, units = tokens
        text = self.quote_text(qid)
        out = [bits.get(w, WORD_BITS_CAP) for w in words]
        for i in range(1, len(words)):
            if units[i] == units[i - 1] and text[starts[i]].isupper():
                out[i] = min(out[i], NAME_BITS)
        return out

    def _word_bits(self) -> dict[str, float] | None:
        """Evidence of each word (``align.WORD_BITS_CAP``) from the counted bodies.

        Words not in the result weigh the cap. None when too few bodies were counted.
        """
        n = self._body_n
        if n < DF_MIN_ARTICLES:
            return None
        # -1: the article being matched holds the word; bits = log2(n / other articles)
        least = n / 2**WORD_BITS_CAP + 1
        return {w: math.log2(n / max(1, df - 1)) for w, df in self._body_df.items() if df > least}

    def _rare(self, words: tuple[str, ...]) -> bool:
        """Whether ``words`` are distinctive enough for a fragment to join a link.

        With enough bodies counted, ``MIN_JOIN_BITS`` of rarity; otherwise one word in few
        enough quotes.
        """
        bits = self._bits
        if bits is not None:
            return sum(bits.get(w, WORD_BITS_CAP) for w in words) >= MIN_JOIN_BITS
        limit = max(FRAGMENT_DF_FLOOR, FRAGMENT_DF_SHARE * len(self._q_art))
        freq, extra = self._freq, self._frag_freq
        for w in words:
            i = self._vocab[w]
            if (freq[i] if i < len(freq) else 0) + extra[i] <= limit:
                return True
        return False

    def _build(self, nodes, tok, frag_lens, weak_by_node) -> QuoteLink | None:
        # per article, per quote: union of matched word ranges
        by_art: dict[int, dict[int, list[int]]] = defaultdict(dict)
        for node in nodes:
            q = node >> UNIT_BITS
            lo, hi = self._range[node]
            r = by_art[self._q_art[q]].get(q)
            if r is None:
                by_art[self._q_art[q]][q] = [lo, hi]
            else:
                r[0], r[1] = min(r[0], lo), max(r[1], hi)
        if len(by_art) < 2:
            return None
        occ: dict[int, tuple[int, int, int, bool]] = {}  # art -> (qid, lo, hi, fragment)
        for art, quotes in by_art.items():
            q, (lo, hi) = max(quotes.items(), key=lambda kv: (kv[1][1] - kv[1][0], -kv[0]))
            occ[art] = (q, lo, hi, False)
        # short quotes inside a linked unit join the link (never the other way round)
        for node in nodes:
            q = node >> UNIT_BITS
            for fq, lo, hi in weak_by_node.get(node, ()):
                fa = self._q_art[fq]
                if fa not in occ:
                    occ[fa] = (fq, lo, hi, True)
            if not frag_lens:
                continue
            words, _, _, units = tok(q)
            unit = node & _UNIT_MASK
            pos = [i for i, u in enumerate(units) if u == unit]
            if not pos:
                continue
            first, last = pos[0], pos[-1] + 1
            for flen in frag_lens:
                for i in range(first, last - flen + 1):
                    key = tuple(words[i : i + flen])
                    if key not in self._frags or not self._rare(key):
                        continue
                    for fq in self._frags[key]:
                        fa = self._q_art[fq]
                        if fa not in occ:
                            occ[fa] = (fq, 0, len(tok(fq)[0]), True)
        occurrences = []
        canonical = None
        for art, (q, lo, hi, fragment) in occ.items():
            _, starts, ends, _ = tok(q)
            text = self.quote_text(q)
            s, e = starts[lo], ends[hi - 1]
            base = self._q_start[q]
            o = occurrence(
                self._q_meta[q],
                self._art_ids[art],
                Span(start=base + s, end=base + e, text=text[s:e]),
                self._art_pub[art],
                self._art_outlet[art],
            )
            occurrences.append((o, fragment))
        occurrences.sort(key=lambda of: (_date_key(of[0].published), of[0].article_id))
        # canonical wording: the earliest occurrence that is not a mere fragment
        canonical = next((o for o, frag in occurrences if not frag), occurrences[0][0])
        origin = occurrences[0][0]
        return QuoteLink(
            text=canonical.span.text,
            occurrences=tuple(o for o, _ in occurrences),
            key=f"{origin.article_id}:{origin.span.start}-{origin.span.end}",
        )


# Arrays of a saved index (``to_bytes``): name -> (dtype, number of dimensions).
_STATE_ARRAYS = {
    "header": (np.uint8, 1),
    "q_art": (np.int32, 1),
    "q_len": (np.int32, 1),
    "q_start": (np.int64, 1),
    "q_bytes": (np.uint8, 1),
    "q_off": (np.int64, 1),
    "q_meta": (np.int32, 1),
    "frag_words": (np.int64, 1),
    "frag_klen": (np.int64, 1),
    "frag_qids": (np.int64, 1),
    "frag_qn": (np.int64, 1),
    "freq": (np.int64, 1),
    "frag_freq_ids": (np.int64, 1),
    "frag_freq_n": (np.int64, 1),
    "common": (np.int64, 1),
    "body_df": (np.int64, 1),
    "bits_words": (np.int64, 1),
    "bits": (np.float64, 1),
    "pend_ids": (np.int64, 1),
    "pend_lens": (np.int64, 1),
    "pend_qids": (np.int64, 1),
    "sh_hashes": (np.uint64, 1),
    "sh_qids": (np.int32, 1),
    "parent": (np.int64, 2),
    "range": (np.int64, 2),
    "weak": (np.int64, 2),
}


def _need(ok: object, what: str) -> None:
    if not ok:
        raise ValueError(f"inconsistent {what}")


def _strs(values: object, nullable: bool = False) -> bool:
    """Whether ``values`` is a list of str (or of str and None, if ``nullable``)."""
    return isinstance(values, list) and all(
        isinstance(v, str) or (nullable and v is None) for v in values
    )


def _within(values: np.ndarray, n: int) -> bool:
    """Whether every value is in ``range(n)``."""
    return not len(values) or (int(values.min()) >= 0 and int(values.max()) < n)


def _getter(words: list[str]):
    """``itemgetter`` returning a sequence for any number of keys (1 key: a 1-tuple)."""
    return itemgetter(*words) if len(words) > 1 else lambda d: (d[words[0]],)


def _date_key(d: date | None) -> tuple[bool, date]:
    """Sort key: dated first, oldest first; undated last."""
    return (d is None, d or date.max)


def _merge_subsets(comps: list[list[int]]) -> list[list[int]]:
    """Merge components whose quote set is contained in a larger component's quote set."""
    qsets = [frozenset(n >> UNIT_BITS for n in c) for c in comps]
    order = sorted(range(len(comps)), key=lambda i: (-len(qsets[i]), comps[i][0]))
    owner = list(range(len(comps)))
    by_quote: dict[int, list[int]] = defaultdict(list)
    for i in order:
        qs = qsets[i]
        probe = next(iter(qs))
        for j in by_quote.get(probe, ()):
            if qs <= qsets[j]:
                owner[i] = owner[j]
                break
        for q in qs:
            by_quote[q].append(i)
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(comps)):
        out[owner[i]].extend(comps[i])
    return list(out.values())


def link_quotes(extractions: Iterable[Extraction], settings: Settings = DEFAULT) -> list[QuoteLink]:
    """Group quotes that are the same words in two or more different articles.

    Args:
        extractions: Articles with their quotes (any order).
        settings: ``min_link_words`` is the shortest quote that links on its own.

    Returns:
        One ``QuoteLink`` per group of the same words, oldest origin first; each has one
        occurrence per article, oldest first.
    """
    index = QuoteIndex(settings)
    index.add_all(extractions)
    return index.groups()
