"""Selective parsing: run spaCy's statistical components only where quotes can be.

The parser and NER cost about half of the pipeline's time each (``shared/FACTS.md``), and
most sentences of a news article hold neither a quotation mark nor a reporting verb. This
module splits each article into sentences with a cheap rule, keeps those that can hold an
attribution (a quotation mark, a cue-verb form, "according to") plus the sentence before
each (where a pronoun's antecedent or an introducing "X said:" usually is), runs the full
pipeline on those chunks only, and assembles one ``Doc`` of the whole article text whose
other sentences are flat, untagged trees. ``find_quotes`` needs nothing else: the offsets
are those of the article text.

This is the orchestration proposed for ``extract_articles``; ``extract_articles_fast``
is its drop-in equivalent, used by ``benchmarks/bench_extract.py --fast``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from whosaid.config import DEFAULT, Settings
from whosaid.extract import cues
from whosaid.model import Article, Extraction

log = logging.getLogger("whosaid")

# Sentences before each selected one that are parsed too, for antecedents of "he".
# On PolNeAR dev (benchmarks/eval_attribution.py --fast) 0 costs 0.03 content F1 against
# a full parse and 1 costs 0.016, but 1 parses ~80% of the corpus text instead of ~65%
# and is ~40% slower; lines ending in ":" are always kept.
CONTEXT_SENTENCES = 0
# NER is ~60% of the parse time on the selected chunks; without it names and outlets
# come from proper-noun tags only (see speakers.py).
RUN_NER = __import__("os").environ.get("NER", "1") == "1"
# Irregular forms of cue verbs that suffix rules do not produce.
_IRREGULAR = """said says told tells thought knew known felt found saw seen heard wrote written
sought spoke spoken understood forecast meant swore sworn shown gave given read made taken
took stood put""".split()
_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e"


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


# Word forms that make a sentence worth parsing: verbs of saying (not the wider object
# and belief verbs, whose sentences are mostly not quotes) and "according".
_CUE_FORMS = frozenset(_forms(cues.SPEECH_VERBS) | {"according"})
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


def select_chunks(text: str) -> list[tuple[int, int]]:
    """Character ranges of the article that need the full pipeline, merged."""
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
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= settings.batch_size * 4:
            yield from _parse_batch(nlp, batch, settings)
            batch = []
    if batch:
        yield from _parse_batch(nlp, batch, settings)


def _parse_batch(nlp, batch: list[Article], settings: Settings):
    plan = [(i, s, e) for i, a in enumerate(batch) for s, e in select_chunks(a.text)]
    texts = (batch[i].text[s:e] for i, s, e in plan)
    parsed: dict[int, list] = {}
    chunk_docs = nlp.pipe(
        texts,
        batch_size=settings.batch_size,
        n_process=settings.n_process,
        disable=[] if RUN_NER else ["ner"],
    )
    for (i, s, _e), cdoc in zip(plan, chunk_docs, strict=True):
        parsed.setdefault(i, []).append((s, cdoc))
    for i, a in enumerate(batch):
        yield assemble(nlp, a.text, parsed.get(i, [])), a


def assemble(nlp, text: str, chunks: list[tuple[int, Doc]]) -> Doc:
    """One Doc of ``text`` carrying the annotations of the parsed chunks.

    Args:
        nlp: the pipeline (for its tokenizer and vocab).
        text: the whole article text.
        chunks: ``(offset, doc)`` of each parsed piece of ``text``.
    """
    base = nlp.make_doc(text)
    n = len(base)
    words = [t.text for t in base]
    spaces = [bool(t.whitespace_) for t in base]
    at = {t.idx: t.i for t in base}
    pos = ["X"] * n
    tags = ["XX"] * n
    lemmas = [w.lower() for w in words]
    deps = ["dep"] * n
    heads = list(range(n))
    ents = ["O"] * n
    covered = [False] * n
    for off, cdoc in chunks:
        idx = [at.get(off + t.idx) for t in cdoc]
        if any(j is None for j in idx) or (
            idx and idx[-1] + 1 < n and base[idx[-1]].idx + len(base[idx[-1]]) != off + len(cdoc.text)
        ):
            log.debug("chunk at %d does not align with the article's tokens; left flat", off)
            continue
        for t, j in zip(cdoc, idx, strict=True):
            pos[j] = t.pos_ or "X"
            tags[j] = t.tag_ or "XX"
            lemmas[j] = t.lemma_ or lemmas[j]
            deps[j] = t.dep_ or "dep"
            heads[j] = idx[t.head.i]
            covered[j] = True
        for ent in cdoc.ents:
            ents[idx[ent.start]] = "B-" + ent.label_
            for k in range(ent.start + 1, ent.end):
                ents[idx[k]] = "I-" + ent.label_
    # flat trees for the unparsed stretches: one root per rough sentence
    root = None
    sent_ends = {e for _, e in sentence_spans(text)}
    for t in base:
        j = t.i
        if covered[j]:
            root = None
            continue
        if root is None:
            root = j
            deps[j] = "ROOT"
        heads[j] = root
        if t.idx + len(t) in sent_ends:
            root = None
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        ents=ents,
    )


def extract_articles_fast(
    articles: Iterable[Article], settings: Settings = DEFAULT
) -> Iterator[Extraction]:
    """``extract_articles`` with selective parsing (see the module docstring)."""
    from whosaid.extract import extract_one
    from whosaid.extract.pipeline import load_nlp

    nlp = load_nlp(settings.model)
    for doc, article in parse_articles(nlp, articles, settings):
        try:
            yield extract_one(doc, article)
        except Exception as e:  # noqa: BLE001 - recorded, as in extract_articles
            log.exception("extraction failed for %s", article.id)
            yield Extraction(article=article, error=f"extraction failed: {type(e).__name__}: {e}")
