"""Cues the parse did not link to their clause: "A, police said.", "X Slams Y"
headlines, "said yes".
"""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE

from whosaid.extract import cues
from whosaid.extract.docindex import doc_index
from whosaid.extract.quotes.core import (
    _ADDRESSEE_VERBS,
    _HEADLINE_VERBS,
    _QUOTE_TOKENS,
    _STATEMENT_NOUNS,
    _WORD,
    _Cand,
    _lemma,
    _parsed_sents,
    _verbal,
)
from whosaid.extract.quotes.frames import _noun_colon_candidate
from whosaid.extract.quotes.marks import _inside, _trim
from whosaid.extract.quotes.quoted import _headline_verb
from whosaid.extract.quotes.spans import _clip_to_paragraph, _drop_connective, _widen_to_quotes
from whosaid.extract.quotes.subjects import _make, _subject
from whosaid.extract.quotes.verbs import _verb_candidate

# Parts of speech allowed in a speaker phrase between a comma and its cue verb at the end
# of a sentence ("..., the company's chief executive said.").
_SUBJECT_POS = frozenset(
    {"DET", "PROPN", "NOUN", "ADJ", "NUM", "ADP", "CCONJ", "PART", "PRON", "PUNCT", "ADV"}
)

# Verbs whose subject, set after the sentence, reports it: speech and evidence verbs
# ("..., police said", "..., records show").
_TRAILING_VERBS = cues.SPEECH_VERBS | cues.EVIDENCE_VERBS

# Of the verbs too ambiguous without a clause, "show" still closes a report ("..., the
# filings show"); "..., I find" or "..., we see" rarely do.
_TRAILING_WEAK = cues.WEAK_CUE_VERBS - {"show"}

# Longest closing speaker-and-cue stretch, in tokens ("..., said Jane Roe, the city's
# longtime finance director, on Friday").
MAX_TRAILING_CUE_TOKENS = 14

# Dependents a closing cue verb may have after it: when, where and to whom it was said,
# and its inverted subject ("..., said Jane Doe, the mayor, on Friday").
_TRAILING_DEPS = frozenset(
    {"prep", "npadvmod", "advmod", "dative", "nsubj", "punct", "agent", "appos"}
)

# Cues outside the verbs of saying and thinking that a clause after them still completes
# ("recommended that no charges be filed", "wants him removed", "ordered that X"): when
# their own rules (objects, infinitives) found nothing, the clause is the content.
# Verbs of examining ("explore how ...") and verbs of the preposition list ("go", "reflect")
# take such a clause mostly in misparses; PolNeAR train: 21 of 27 right, dev 1 of 4.
_CLAUSE_TAKING_CUES = (
    cues.ALL_CUES
    - cues.CUE_VERBS
    - cues.SCRUTINY_VERBS
    - (frozenset(cues.PREP_CUES) - cues.OBJECT_VERBS)
)


# The parts of speech ``_verbal`` accepts: a cheaper test first on every parsed token.
_VERBAL_POS = frozenset({"VERB", "AUX", "NOUN"})


def _clause_taking(tok) -> bool:
    """A cue of ``_CLAUSE_TAKING_CUES`` with a clause after it."""
    return (
        _verbal(tok)
        and _lemma(tok) in _CLAUSE_TAKING_CUES
        and any(x.dep_ == "ccomp" and x.i > tok.i for x in tok.children)
    )


def _surface_candidates(doc, text: str, marks) -> list[_Cand]:
    """Reports the parse rules left out: closing cues the parser did not join to their
    content, "said yes", and clauses after cues of the further classes; run after all
    other rules and kept only where no other candidate claimed the text."""
    out = []
    out.extend(_headline_cues(doc, text, marks))
    for sent in _parsed_sents(doc):
        c = _trailing_cue(sent, text, marks)
        if c is not None:
            out.append(c)
        for tok in sent:
            c = None
            pos = tok.pos_
            if tok.lower_ in ("yes", "no") and tok.head.i != tok.i:
                c = _yes_no(tok, text, marks)
            elif pos in _VERBAL_POS and _clause_taking(tok):
                c = _verb_candidate(tok, sent, text, marks)
            elif pos == "NOUN" and tok.lemma_.lower() in _STATEMENT_NOUNS:
                # "sent Y a message: A", where no other rule claimed the words
                c = _noun_colon_candidate(tok, text, marks)
            if c is not None:
                out.append(c)
    return out


def _yes_no(word, text: str, marks) -> _Cand | None:
    """'46 percent said yes', 'He said no to the war': the answer given is the content
    (with what it answers, "no to X"), the parser's label for it aside."""
    verb = word.head
    hi = word.right_edge.i
    if verb.lower_ == "to" and verb.dep_ == "prep" and verb.i == word.i + 1:
        hi, verb = verb.right_edge.i, verb.head  # "no" parsed inside "no to X"
    if _lemma(verb) not in cues.SPEECH_VERBS or word.i < verb.i or _inside(marks, word.idx):
        return None
    if word.i != verb.i + 1 or word.dep_ not in ("intj", "dobj", "advmod", "npadvmod", "ccomp"):
        return None
    subj = _subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    doc = verb.doc
    while hi > word.i and doc[hi].is_punct:
        hi -= 1
    while hi + 2 < len(doc) and doc[hi + 1].text == "," and doc[hi + 2].lower_ == word.lower_:
        hi += 2  # "said yes, yes, yes": the answer repeated
    nxt = doc[hi + 1] if hi + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "to" and nxt.head.i in (verb.i, word.i):
        hi = nxt.right_edge.i  # "said no to the Iraq war"
    s, e = _trim(text, word.idx, verb.doc[hi].idx + len(verb.doc[hi]))
    return _make(s, e, "ccomp", verb, subj, text)


def _trailing_cue(sent, text: str, marks) -> _Cand | None:
    """'A, police said.', 'A, records show.', 'A, said the chief executive.': a cue and
    its speaker closing the sentence after a comma; the sentence before the comma is the
    content, however the parser attached it."""
    doc = sent.doc
    space, punct = _space_punct(doc)
    # token indices, not Token objects: this runs on every parsed sentence
    toks = [i for i in range(sent.start, sent.end) if not space[i]]
    while toks and punct[toks[-1]]:
        toks.pop()
    if len(toks) < 8:
        return None
    cue = next(
        (
            t
            for t in (doc[i] for i in reversed(toks[-MAX_TRAILING_CUE_TOKENS:]))
            if t.pos_ in ("VERB", "AUX") and _lemma(t) in _TRAILING_VERBS
        ),
        None,
    )
    if cue is None or _inside(marks, cue.idx) or cue.dep_ in ("relcl", "acl"):
        return None  # "..., a word Trump then repeated": the verb describes a noun
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or _lemma(cue) in _TRAILING_WEAK:
        return None  # "..., saying ...", "..., continuing ...": a participle of the writer's
    # the nearest subject: the parser may hang the content's own subject on the cue too
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    prev = doc[cue.i - 1]
    if subj is None and prev.dep_ == "compound" and prev.head.i == cue.i:
        subj = prev  # "..., Federal Election Commission records show": the noun made a compound
    if subj is not None:
        start = subj.left_edge.i
        if start > 0 and doc[start - 1].lower_ == "as":
            start -= 1
        while start > sent.start and doc[start - 1].dep_ == "compound":
            if not start <= doc[start - 1].head.i <= cue.i:
                break
            start -= 1  # the rest of the name in the compound: "Federal Election Commission"
        modifier = start > sent.start + 1 and doc[start - 1].tag_ in ("VBG", "JJ")
        if modifier and doc[start - 2].text == ",":
            start -= 1  # "..., fundraising documents show": a modifier hung apart
        phrase = doc[start : cue.i]
        if any(
            t.pos_ not in _SUBJECT_POS and t.dep_ not in ("aux", "neg", "compound", "advcl")
            for t in phrase
        ):
            return None
        if phrase[0].pos_ == "CCONJ" or phrase[0].lower_ in cues.RELATIVE_PRONOUNS:
            return None
    else:
        # inverted: "..., said the chief executive"
        start = cue.i
        nxt = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
        if nxt is None or nxt.pos_ not in ("DET", "PROPN", "ADJ", "NOUN"):
            return None
        if _lemma(cue) not in cues.SPEECH_VERBS:
            return None
        subj = next((c for c in cue.rights if c.dep_ == "nsubj"), None) or next(
            (
                t
                for t in doc[cue.i + 1 : toks[-1] + 1]
                if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("poss", "compound")
            ),
            None,
        )
        if subj is None:
            return None
    k = start - 1
    while k > sent.start and doc[k].text in _QUOTE_TOKENS:
        k -= 1
    if doc[k].text != ",":
        return None
    addressee = _lemma(cue) in _ADDRESSEE_VERBS
    for t in doc[cue.i + 1 : toks[-1] + 1]:
        own = t.head.i == cue.i and t.dep_ not in _TRAILING_DEPS
        if own and not (addressee and t.dep_ == "dobj"):
            return None  # the verb has a complement of its own: not a closing cue
        if t.pos_ == "VERB":
            return None
    body = [doc[i] for i in toks if i < k]
    if len(body) < 5 or not any(t.pos_ in ("VERB", "AUX") for t in body):
        return None
    s, e = _trim(text, body[0].idx, doc[k].idx)
    s, e = _widen_to_quotes(text, s, e, marks, cue.idx)
    s = _drop_connective(text, s, e, marks, sentence=True)
    s, e = _clip_to_paragraph(text, s, e, cue.idx)
    if len(_WORD.findall(text[s:e])) < 4:
        return None
    c = _make(s, e, "trailing", cue, subj, text)
    if subj.i < cue.i and doc[start].lower_ != "as" and start < subj.left_edge.i:
        # the whole phrase the parser split: "Federal Election Commission records"
        c.subj_span = _trim(text, doc[start].idx, subj.right_edge.idx + len(subj.right_edge))
    return c


def _space_punct(doc) -> tuple[list[bool], list[bool]]:
    """``Token.is_space`` and ``.is_punct`` of every token, once per document."""
    memo = doc_index(doc).memo
    if "space punct" not in memo:
        arr = doc.to_array([IS_SPACE, IS_PUNCT]).astype(bool)
        memo["space punct"] = (arr[:, 0].tolist(), arr[:, 1].tolist())
    return memo["space punct"]


# Of those, verbs whose third person is more often a plural noun or another sense in a
# headline ("TV Shows", "Aims Insult At X", "Addresses Crowd").
_HEADLINE_SKIP = cues.WEAK_CUE_VERBS | {"aim", "address"}

# Punctuation that ends a headline's content; quotation marks and hyphens do not.
_HEADLINE_KEEP_PUNCT = frozenset({"'", '"', "-", "\u2018", "\u2019", "\u201c", "\u201d"})


# Finite auxiliaries after which a headline word is the subject's noun, not a verb.
_FINITE_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "will"})


def _as_predicate(toks: list, m: int) -> bool:
    """ "As A Fraud": "as" before an article gives the object a predicate, which is part of
    the content, not an adjunct ("As Vote Nears")."""
    return toks[m].lower_ == "as" and m + 1 < len(toks) and toks[m + 1].lower_ in ("a", "an")


def _plural_agreement(prev, tok) -> str | None:
    """A cue verb's base form after a plural noun ("New Polls Show X", "Critics Come
    Out Against Y"), which agrees with it as a verb."""
    low = tok.lower_
    plural = prev.is_alpha and prev.lower_.endswith("s") and not prev.lower_.endswith("ss")
    return low if plural and low in _HEADLINE_VERBS else None


def _headline_cues(doc, text: str, marks) -> list[_Cand]:
    """'Ben Carson Slams Hillary And The Media In One Debate Answer': in a title-case
    headline (the first line of several), a cue verb in the third person after its
    subject; what follows up to an adjunct or a break is the content. A further cue
    after a comma shares the subject ("X Says A, Calls B"). Title case defeats the
    parser, so the words are read in order."""
    end = text.find("\n")
    toks = []
    for t in doc if end > 0 else ():
        if t.idx >= end:
            break
        if not t.is_space:
            toks.append(t)
    if not toks or len(toks) > 30:
        return []  # no headline line: the text is one paragraph
    # "Report: X Says Y": a label before a colon is not the speaker
    start = max((k + 1 for k, t in enumerate(toks[:4]) if t.text == ":"), default=0)
    words = [t for t in toks if t.is_alpha]
    # the case of the article's text: the parsed text has the line in sentence case
    if sum(text[t.idx].isupper() for t in words) <= 0.6 * len(words):
        return []  # in sentence case the parse rules have read the line
    out: list[_Cand] = []
    k = start
    while k < len(toks) - 2:
        k += 1
        t = toks[k]
        lemma = _headline_verb(t) or _plural_agreement(toks[k - 1], t)
        if lemma is None or lemma in _HEADLINE_SKIP or _inside(marks, t.idx):
            continue
        preps = cues.PREP_CUES.get(lemma, ())
        nxt = toks[k + 1].lower_
        if nxt in _HEADLINE_VERBS or nxt in ("to", "against") and nxt not in preps:
            continue  # "Media Reports Reveal X", "charges against X": a plural noun
        if nxt in _FINITE_AUX:
            continue  # "After Rules Report Is Presented": the noun of a clause
        shared = bool(out) and toks[k - 1].text == ","
        if not out and any(x.text == "," for x in toks[start:k]):
            return []  # "'A,' X Tells Y": the words come first
        subj = out[0].subj if shared else toks[k - 1]
        if out and not shared:
            break
        if not (text[subj.idx].isupper() or subj.pos_ in ("PROPN", "NOUN")):
            continue
        j = k + 1  # "Calls On", "Comes Out Against": the verb's particle or preposition
        while j < len(toks) and (toks[j].lower_ in preps or toks[j].lower_ in ("out", "up")):
            j += 1
        m = j
        while m < len(toks) and (
            toks[m].lower_ not in cues.HEADLINE_STOPS or _as_predicate(toks, m)
        ):
            if toks[m].is_punct and toks[m].text not in _HEADLINE_KEEP_PUNCT:
                break
            m += 1
        if m == j:
            break
        s, e = _trim(text, toks[j].idx, toks[m - 1].idx + len(toks[m - 1]))
        c = _make(s, e, "headline-cue", t, None, text)
        c.subj = subj
        c.subj_span = (
            out[0].subj_span if shared else _trim(text, toks[start].idx, subj.idx + len(subj))
        )
        c.cue = (t.idx, toks[j - 1].idx + len(toks[j - 1]))
        out.append(c)
        k = m - 1
    return out
