"""Selective parsing: run spaCy's statistical components only where quotes can be.

The parser and NER cost about half of the pipeline's time each (``shared/FACTS.md``), and
most sentences of a news article hold neither a quotation mark nor a reporting verb. This
module splits each article into sentences with a cheap rule, keeps those that can hold an
attribution (a quotation mark, a cue-verb form, "according to") plus the sentence before
each (where a pronoun's antecedent or an introducing "X said:" usually is), runs the full
pipeline on those chunks only, and assembles one ``Doc`` of the whole article text whose
other sentences are flat, untagged trees. ``find_quotes`` needs nothing else: the offsets
are those of the article text.

``extract_articles`` takes this path when ``Settings.fast`` is set (CLI: ``--fast``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, TAG
from spacy.tokens import Doc

from whosaid.config import DEFAULT, Settings
from whosaid.extract import cues
from whosaid.extract.casing import parse_text
from whosaid.extract.pipeline import batches
from whosaid.model import Article

log = logging.getLogger("whosaid")

# Sentences before each selected one that are parsed too, for antecedents of "he".
# On PolNeAR dev (benchmarks/eval_attribution.py --fast) 0 costs 0.03 content F1 against
# a full parse and 1 costs 0.016, but 1 parses ~80% of the corpus text instead of ~65%
# and is ~40% slower; lines ending in ":" are always kept.
CONTEXT_SENTENCES = 0
# Irregular forms of cue verbs that suffix rules do not produce.
_IRREGULAR = [
    "said",
    "says",
    "told",
    "tells",
    "thought",
    "knew",
    "known",
    "felt",
    "found",
    "saw",
    "seen",
    "heard",
    "wrote",
    "written",
    "sought",
    "spoke",
    "spoken",
    "understood",
    "forecast",
    "meant",
    "swore",
    "sworn",
    "shown",
    "gave",
    "given",
    "read",
    "made",
    "taken",
    "took",
    "stood",
    "put",
]
_QUOTE_CHARS = '"\u201c\u201d\u00ab\u00bb\u201e'


def _forms(lemmas: Iterable[str]) -> set[str]:
    out = set(_IRREGULAR)
    for w in lemmas:
        out |= {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
        if w.endswith("e"):
            out |= {w[:-1] + "ing", w + "d"}
        if w.endswith("y"):
            out |= {w[:-1] + "ies", w[:-1] + "ied"}
        if len(w) > 2 and w[-1] not in "aeiouwy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # "admitted", "planning"
    return out


# Word forms that make a sentence worth parsing: verbs of saying and believing, stance
# verbs with an object ("criticized X") and "according". With speech verbs alone ~65% of
# the corpus text was parsed and PolNeAR dev scored 0.720 content F1 (--fast); with these
# ~74% and 0.763 for ~12% more CPU; every cue word (intentions and prepositional cues
# too) would parse ~83% for 0.773 at ~25% more CPU.
_CUE_FORMS = frozenset(_forms(cues.CUE_VERBS | cues.OBJECT_VERBS) | {"according"})
_WORD = re.compile(r"[a-z]+")


def needs_parse(sentence: str) -> bool:
    """Whether a sentence can hold an attribution: a quotation mark or a cue-verb form."""
    if any(c in sentence for c in _QUOTE_CHARS) or "''" in sentence:
        return True
    return not _CUE_FORMS.isdisjoint(_WORD.findall(sentence.lower()))


# Sentence ends: . ! ? (optionally closed by a quotation mark) before a space and a
# capital, digit or opening mark; and line breaks.
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence offsets: enough to decide what to parse, not to parse."""
    out = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def select_chunks(text: str, sents: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Character ranges of the article that need the full pipeline, merged.

    ``sents`` is ``sentence_spans(text)``, if the caller has it already.
    """
    if sents is None:
        sents = sentence_spans(text)
    keep = set()
    for i, (s, e) in enumerate(sents):
        if needs_parse(text[s:e]):
            keep.update(range(max(0, i - CONTEXT_SENTENCES), i + 1))
        elif i + 1 < len(sents) and text[s:e].rstrip().endswith(":"):
            keep.add(i)  # "A source told X:" introducing the next line's quotation
    chunks: list[list[int]] = []
    for i in sorted(keep):
        s, e = sents[i]
        if chunks and (i - 1) in keep:
            chunks[-1][1] = e
        else:
            chunks.append([s, e])
    return [(s, e) for s, e in chunks]


def parse_articles(
    nlp, articles: Iterable[Article], settings: Settings = DEFAULT
) -> Iterator[tuple[Doc, Article]]:
    """Yield ``(doc, article)`` with only the selected chunks fully parsed."""
    for batch in batches(articles, settings.batch_size):
        yield from _parse_batch(nlp, batch, settings)


# Components replaced by cheap rules on the selected chunks: the attribute ruler's
# tag -> POS patterns become a dict lookup and lemmas come from ``_lemma`` below. NER
# (~60% of the remaining time) runs only if ``Settings.fast_ner``; without it names come from
# proper-noun tags and outlets only from outlet words ("Weekly", "Times").
SKIPPED = ("attribute_ruler", "lemmatizer")


def settings_ner(settings: Settings) -> bool:
    """Whether to run NER on every selected chunk (``Settings.fast_ner``)."""
    return settings.fast_ner


_ATTRS = [TAG, POS, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
# The tag of every token outside the parsed chunks; each such sentence is a flat tree
# rooted at its first token.
UNPARSED_TAG = "XX"


def _parse_batch(nlp, batch: list[Article], settings: Settings):
    texts = [parse_text(a.text) for a in batch]  # same offsets, a headline in sentence case
    bases = [nlp.make_doc(t) for t in texts]
    plan = []
    sent_ends = []
    for i, (text, base) in enumerate(zip(texts, bases, strict=True)):
        sents = sentence_spans(text)
        sent_ends.append([e for _, e in sents])
        for s, e in select_chunks(text, sents):
            span = base.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                plan.append((i, span.start, span.end))
    # re-tokenizing a chunk is ~3x cheaper than Span.as_doc(); fill() checks alignment
    docs: Iterable[Doc] = (
        nlp.make_doc(texts[i][bases[i][ts].idx : bases[i][te - 1].idx + len(bases[i][te - 1])])
        for i, ts, te in plan
    )
    skip = SKIPPED if settings_ner(settings) else (*SKIPPED, "ner")
    for name, proc in nlp.pipeline:
        if name not in skip:
            docs = proc.pipe(docs, batch_size=settings.batch_size)
    parsed: dict[int, list] = {}
    need_ner = []
    for (i, ts, _te), cdoc in zip(plan, docs, strict=True):
        parsed.setdefault(i, []).append((ts, cdoc))
        if not settings_ner(settings) and _venue_trigger(cdoc):
            need_ner.append(cdoc)
    if need_ner and "ner" in nlp.pipe_names:
        # outlets ("told the Harbour Gazette") need NER; these chunks are a small share of the text
        for _ in nlp.get_pipe("ner").pipe(need_ner, batch_size=settings.batch_size):
            pass
    tagmap = _tag_map(nlp)
    for i, a in enumerate(batch):
        try:
            doc = fill(bases[i], parsed.get(i, []), tagmap, settings_ner(settings), sent_ends[i])
        except (ValueError, IndexError) as e:  # never lose an article to the fast path
            log.warning("selective parse failed for %s (%s); parsing it whole", a.id, e)
            doc = nlp(texts[i])
        yield doc, a


_VENUE_WORDS = frozenset(
    ["told", "tell", "tells", "telling", "with", "to", "according", "interview"]
)


def _venue_trigger(doc: Doc) -> bool:
    """A capitalised word right after "told", "with", "to" ... ("told Glimmer", "spoke
    with Folks", "revealed to In Focus"), a proper noun before "interview" ("a KBR
    interview") or before a possessive "'s" after "on" ("said on KBR's ..."), or one after
    "reported by": maybe an outlet, run NER."""
    return any(_names_venue(doc, t) for t in doc[:-1])


def _names_venue(doc: Doc, t) -> bool:
    low = t.lower_
    nxt = doc[t.i + 1]
    before = doc[t.i - 1] if t.i else None
    if low == "interview":
        return before is not None and before.tag_ == "NNP"
    if low == "on":
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        return nxt.tag_ == "NNP" and after is not None and after.tag_ == "POS"
    if low == "by":
        return before is not None and before.lower_ == "reported" and nxt.tag_ == "NNP"
    if low not in _VENUE_WORDS:
        return False
    if nxt.lower_ == "the" and t.i + 2 < len(doc):
        nxt = doc[t.i + 2]
    return nxt.tag_ in ("NNP", "NNPS") or (nxt.text[:1].isupper() and nxt.is_alpha)


@functools.lru_cache(maxsize=4)
def _tag_map(nlp) -> dict[int, int]:
    """TAG -> POS from the attribute ruler's single-tag patterns (its exceptions aside)."""
    out = {}
    if "attribute_ruler" not in nlp.pipe_names:
        return out
    for p in nlp.get_pipe("attribute_ruler").patterns:
        pat = p["patterns"][0]
        if len(pat) == 1 and set(pat[0]) == {"TAG"} and "POS" in p["attrs"]:
            out[nlp.vocab.strings.add(pat[0]["TAG"])] = nlp.vocab.strings.add(p["attrs"]["POS"])
    return out


_IRREGULAR_LEMMAS = {
    "said": "say", "says": "say", "told": "tell", "thought": "think", "knew": "know",
    "known": "know", "felt": "feel", "found": "find", "saw": "see", "seen": "see",
    "heard": "hear", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "understood": "understand", "meant": "mean", "swore": "swear",
    "sworn": "swear", "shown": "show", "gave": "give", "given": "give", "made": "make",
    "took": "take", "taken": "take", "stood": "stand", "sought": "seek", "was": "be",
    "were": "be", "is": "be", "are": "be", "been": "be", "has": "have", "had": "have",
    "did": "do", "does": "do", "went": "go", "gone": "go", "got": "get", "came": "come",
}  # fmt: skip


@functools.lru_cache(maxsize=16384)
def _lemma(low: str, tag: str) -> str:
    """A rule lemma for verbs and plural nouns (all the extractor looks at)."""
    if tag.startswith("VB"):
        if low in _IRREGULAR_LEMMAS:
            return _IRREGULAR_LEMMAS[low]
        for suffix in ("ing", "ed", "es", "s"):
            if low.endswith(suffix) and len(low) - len(suffix) >= 2:
                stem = low[: -len(suffix)]
                for cand in (stem + "e", stem, stem[:-1]):
                    if cand in cues.ALL_CUES:
                        return cand
                return stem
        return low
    if tag in ("NNS", "NNPS"):
        if low.endswith("ies"):
            return low[:-3] + "y"
        if low.endswith(("ches", "shes", "sses", "xes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith("ss"):
            return low[:-1]
    return low


def _lemma_tags(strings) -> numpy.ndarray:
    """The TAG ids whose words get a rule lemma (verbs and plural nouns)."""
    return numpy.array(
        [strings.add(t) for t in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NNS", "NNPS")],
        dtype="uint64",
    )


def fill(
    base: Doc,
    chunks: list[tuple[int, Doc]],
    tagmap: dict[int, int],
    ner: bool,
    sent_ends: list[int],
) -> Doc:
    """Copy the chunks' annotations into ``base`` (the whole article, tokenized only).

    Tokens outside the chunks get flat trees (one root per rough sentence), tag ``XX``,
    POS ``X``, their lower-case form as lemma and no entity. The chunks' POS and lemmas
    are filled in here (attribute ruler and lemmatizer are skipped); entities are kept
    when ``ner`` is true. ``sent_ends`` are the end offsets of ``sentence_spans`` of the
    text (passed in: ``Doc.text`` is rebuilt from the tokens on every access).
    """
    n = len(base)
    strings = base.vocab.strings
    arr = numpy.zeros((n, len(_ATTRS)), dtype="uint64")
    arr[:, 0] = strings.add(UNPARSED_TAG)
    arr[:, 1] = strings.add("X")
    arr[:, 2] = base.to_array(LOWER)
    arr[:, 4] = strings.add("dep")
    arr[:, 5] = 2  # O
    covered = numpy.zeros(n, dtype=bool)
    lemma_tags = _lemma_tags(strings)
    for ts, cdoc in chunks:
        m = len(cdoc)
        if ts + m > n or base[ts + m - 1].idx - base[ts].idx != cdoc[-1].idx:
            log.debug("chunk at token %d does not align with the article; left flat", ts)
            continue
        carr = cdoc.to_array(_ATTRS)
        tagcol = carr[:, 0]
        tags, which = numpy.unique(tagcol, return_inverse=True)
        poses = numpy.array([tagmap.get(int(tag), 0) for tag in tags], dtype="uint64")[which]
        carr[:, 1] = numpy.where(poses != 0, poses, carr[:, 1])
        lows = cdoc.to_array(LOWER)
        carr[:, 2] = lows
        # from the ids, not Token objects: creating a Token per word costs more than the rule
        rows = numpy.flatnonzero(numpy.isin(tagcol, lemma_tags))
        carr[rows, 2] = [
            strings.add(_lemma(strings[low], strings[tag]))
            for low, tag in zip(lows[rows].tolist(), tagcol[rows].tolist(), strict=True)
        ]
        if not ner and not cdoc.has_annotation("ENT_IOB"):
            carr[:, 5] = 2
            carr[:, 6] = 0
        arr[ts : ts + m] = carr
        covered[ts : ts + m] = True
    # flat trees: an uncovered token starts a new one after a covered token or after a
    # rough sentence end; every other uncovered token hangs on the latest start
    offsets = base.to_array([IDX, LENGTH]).astype("int64")
    ends = offsets[:, 0] + offsets[:, 1]
    at_end = numpy.isin(ends, numpy.array(sent_ends))
    unc = ~covered
    start = unc.copy()
    start[1:] &= covered[:-1] | at_end[:-1]
    pos = numpy.arange(n, dtype="int64")
    roots = numpy.maximum.accumulate(numpy.where(start, pos, 0))
    arr[start, 4] = strings.add("ROOT")
    arr[unc, 3] = (roots - pos)[unc].astype("uint64")
    base.from_array(_ATTRS, arr)
    return base
