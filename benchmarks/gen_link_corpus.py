"""Synthetic news at any size, built from a real corpus, with planted quote reuses.

Used by ``bench_link.py``. The real corpus (``shared/corpus/bpoil.jsonl``) gives the
vocabulary, phrase statistics, quote lengths and quotes per article; its quotes are found
with a fast regex over curly quote marks (no spaCy).

Background: every synthetic quote is a new shuffle of 1-3 word pieces cut at random
places of the real corpus text, so the text has real words and common short phrases
("of the oil", "we are going"), which hit the shingle index as they would in news, but
two background quotes share 6+ words in order only by rare chance.

Planted reuses: with probability ``REUSE_RATE`` an article also prints an earlier
article's quote (of ``MIN_SOURCE_WORDS``+ words), edited by one of ``EDITS``: verbatim but
re-typed (straight quote marks, curly apostrophes, other case), a cut, a changed word, an
inserted word, a fragment of one sentence, a truncation. Copies of copies happen, so a
family (the quote and all its copies) can span many articles. The generator records each
family member by article id and quote content offsets: ``truth[article_id] = [(start,
end, family), ...]``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from whosaid.model import Article, Extraction, Quote, Span

CURLY_QUOTE_RE = re.compile(r"“([^“”]{3,2000})”")
ANY_QUOTE_RE = re.compile(r"[“\"]([^“”\"]{3,2000})[”\"]")
REUSE_RATE = 0.15
MIN_SOURCE_WORDS = 10
EDITS = ("retyped", "cut", "changed", "inserted", "fragment", "truncated")
# quotes kept for reuse (the most recent ones): copies mostly repeat recent news
RESERVOIR = 20_000
SHORT_QUOTE = 7
# Words per background piece. Pieces of 3 made two unrelated quotes share 6 words in
# order (3 + 3, two common pieces side by side) about once per 1,000 articles at 1M
# articles, unlabelled in the truth; real quotes are not built from a 1M-word corpus
# reused 150 times over. 1-3 keeps common phrases but makes such accidents rare.
PIECE_SIZES = (1, 2, 2, 3)
OUTLETS = ("Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E")
SPEAKERS = ("an official", "a spokesman", "the company", "a source", "the minister", "a resident")
_STRIP = str.maketrans("", "", '"“”.!?;:')


@dataclass
class Pool:
    """Pieces of the real corpus the generator samples from."""

    quotes: list[list[str]]  # whitespace tokens of each real quote (3+ tokens)
    quotes_per_article: list[int]
    words: list[str]
    flat: list[str]  # every whitespace token of the corpus, in order: pieces come from here


def load_pool(path: Path) -> Pool:
    """Read the real corpus and collect its quotes' tokens and per-article counts."""
    quotes: list[list[str]] = []
    per_article: list[int] = []
    words: set[str] = set()
    flat: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            flat.extend(t for t in (t.translate(_STRIP) for t in doc["text"].split()) if t)
            n = 0
            for m in CURLY_QUOTE_RE.finditer(doc["text"]):
                toks = [t.translate(_STRIP) for t in m.group(1).split()]
                toks = [t for t in toks if t]
                if len(toks) >= 3:
                    quotes.append(toks)
                    words.update(t for t in toks if t.isalpha())
                    n += 1
            per_article.append(n)
    return Pool(quotes=quotes, quotes_per_article=per_article, words=sorted(words), flat=flat)


@dataclass
class Generated:
    """Ground truth collected while generating."""

    truth: dict[str, list[tuple[int, int, int]]] = field(default_factory=dict)
    family_sizes: dict[int, int] = field(default_factory=dict)
    planted: int = 0
    quotes: int = 0

    def planted_pairs(self) -> int:
        """Pairs of articles that print the same planted words."""
        return sum(n * (n - 1) // 2 for n in self.family_sizes.values())


def generate(
    pool: Pool, n: int, seed: int = 17, gen: Generated | None = None, start: date = date(2020, 1, 1)
) -> Iterator[Extraction]:
    """Yield ``n`` synthetic articles in date order (a year of news), shuffled within a day.

    Args:
        pool: From :func:`load_pool`.
        n: Number of articles.
        seed: Random seed (same seed, same corpus).
        gen: Filled with the ground truth as articles are yielded.
        start: Date of the first article.
    """
    rnd = random.Random(seed)
    gen = gen if gen is not None else Generated()
    reservoir: list[tuple[str, str, int, int]] = []  # (quote text, article id, start, family)
    fam_of: dict[tuple[str, int], int] = {}
    next_fam = 0
    pq = pool.quotes
    per_art = pool.quotes_per_article
    days = 365
    for i in range(n):
        aid = f"g{i:07d}"
        published = start + timedelta(days=i * days // n)
        k = rnd.choice(per_art) or rnd.randint(1, 3)
        bodies = [_background_quote(rnd, pq, pool.words, pool.flat) for _ in range(k)]
        plant = None
        if reservoir and rnd.random() < REUSE_RATE:
            src = reservoir[rnd.randrange(len(reservoir))]
            if src[1] != aid:
                edit = rnd.choice(EDITS)
                plant = (src, _edit(rnd, src[0], edit, pool.words), edit)
                bodies.insert(rnd.randrange(len(bodies) + 1), plant[1])
        parts = [f"{rnd.choice(OUTLETS)} report {i}. "]
        offsets = []
        pos = len(parts[0])
        for body in bodies:
            straight = plant is not None and body is plant[1] and plant[2] == "retyped"
            o, c = ('"', '"') if straight else ("“", "”")
            piece = f"{o}{body}{c} {rnd.choice(SPEAKERS)} said. {_filler(rnd, pool.flat)}. "
            offsets.append(pos + 1)
            parts.append(piece)
            pos += len(piece)
        text = "".join(parts)
        truth_here = []
        if plant is not None:
            (s_text, s_aid, s_start, s_fam) = plant[0]
            fam = fam_of.get((s_aid, s_start))
            if fam is None:
                fam = fam_of[(s_aid, s_start)] = next_fam
                next_fam += 1
                gen.truth.setdefault(s_aid, []).append((s_start, s_start + len(s_text), fam))
                gen.family_sizes[fam] = 1
            j = bodies.index(plant[1])
            fam_of[(aid, offsets[j])] = fam
            truth_here.append((offsets[j], offsets[j] + len(plant[1]), fam))
            gen.family_sizes[fam] += 1
            gen.planted += 1
        if truth_here:
            gen.truth[aid] = truth_here
        # the quotes as a regex over quote marks finds them, like a real fast pre-pass
        quotes = tuple(
            Quote(article_id=aid, content=Span.of(text, m.start(1), m.end(1)))
            for m in ANY_QUOTE_RE.finditer(text)
        )
        gen.quotes += len(quotes)
        for q in quotes:
            if len(q.content.text.split()) >= MIN_SOURCE_WORDS:
                entry = (q.content.text, aid, q.content.start, -1)
                if len(reservoir) < RESERVOIR:
                    reservoir.append(entry)
                else:
                    reservoir[rnd.randrange(RESERVOIR)] = entry
        yield Extraction(
            article=Article(id=aid, text=text, published=published, outlet=rnd.choice(OUTLETS)),
            quotes=quotes,
        )


def _background_quote(
    rnd: random.Random, pq: list[list[str]], vocab: list[str], flat: list[str]
) -> str:
    """A new quote: as long as a random real one, made of 1-3 word real pieces.

    Pieces are cut at random places of the whole corpus text (1M+ words), so common
    phrases come back as often as in news, while two background quotes share 6 words in
    order only by chance. Quotes under ``SHORT_QUOTE`` words are random single words
    instead: a whole real piece quoted alone would repeat across articles with no label
    in the ground truth.
    """
    target = len(rnd.choice(pq))
    if target < SHORT_QUOTE:
        return " ".join(rnd.choice(vocab) for _ in range(target)).capitalize()
    sentences = []
    words: list[str] = []
    top = len(flat) - 3
    while len(words) < target:
        at = rnd.randrange(top)
        words.extend(flat[at : at + rnd.choice(PIECE_SIZES)])
        if len(words) >= 8 and rnd.random() < 0.12 and len(words) < target - 4:
            sentences.append(" ".join(words))
            words = []
    sentences.append(" ".join(words))
    return ". ".join(s[:1].upper() + s[1:] for s in sentences if s)


def _filler(rnd: random.Random, flat: list[str]) -> str:
    words: list[str] = []
    for _ in range(rnd.randint(2, 4)):
        at = rnd.randrange(len(flat) - 3)
        words.extend(flat[at : at + 3])
    return " ".join(words).capitalize()


def _edit(rnd: random.Random, text: str, edit: str, vocab: list[str]) -> str:
    """One edit of a reused quote, as outlets make them."""
    words = text.split()
    n = len(words)
    if edit == "retyped":
        out = text.replace("'", "’")
        return out.upper() if rnd.random() < 0.2 else out
    if edit == "cut":  # 1-3 words out of the middle
        at, size = rnd.randrange(2, n - 4), rnd.randint(1, 3)
        return " ".join(words[:at] + words[at + size :])
    if edit == "changed":
        at = rnd.randrange(1, n - 1)
        return " ".join(words[:at] + [rnd.choice(vocab)] + words[at + 1 :])
    if edit == "inserted":
        at = rnd.randrange(1, n - 1)
        return " ".join(words[:at] + [rnd.choice(vocab)] + words[at:])
    if edit == "fragment":  # 6-12 words from inside one sentence (or the whole if short)
        sentences = [s.split() for s in text.split(". ")]
        longest = max(sentences, key=len)
        if len(longest) < 6:
            longest = words
        size = min(len(longest), rnd.randint(6, 12))
        at = rnd.randrange(len(longest) - size + 1)
        return " ".join(longest[at : at + size])
    # truncated: the first 60-80%
    keep = max(6, int(n * rnd.uniform(0.6, 0.8)))
    return " ".join(words[:keep])
