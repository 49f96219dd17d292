"""Cue verbs and their classes: complements, objects, intentions, passives, questions."""

from __future__ import annotations

import re
from bisect import bisect_left

from whosaid.extract import cues
from whosaid.extract.quotes.core import (
    _ADDRESSEE_VERBS,
    _ASKING_VERBS,
    _DASHES,
    _FINITE_PRESENT_PAST,
    _NAMING_VERBS,
    _OPENING_MARKS,
    _QUOTE_TOKENS,
    _RAISING_VERBS,
    _SENTENCE_CONJUNCTIONS,
    _STATEMENT_NOUNS,
    _WH_TAGS,
    _WORD,
    _agentive,
    _Cand,
    _lemma,
    _phrasal,
    _prep_gerund,
    _renamed,
    _set_off_mark,
    _time_phrase,
    _to_infinitive,
    _tok_span,
)
from whosaid.extract.quotes.marks import _TRIM, _inside, _trim
from whosaid.extract.quotes.spans import (
    _SUBJECT_DEPS,
    _clip_to_paragraph,
    _content_from,
    _drop_connective,
    _drop_dash_aside,
    _drop_trailing_aside,
    _drop_trailing_when,
    _from_wh,
    _fronted_wh,
    _new_attribution,
    _occasion,
    _para_end,
    _that_clause,
    _widen_to_quotes,
)
from whosaid.extract.quotes.subjects import (
    _gerund_governor,
    _implicit_subject,
    _make,
    _subject,
    _subject_span,
)

# "called for X": objects of one or two tokens ("called for him") are mostly not
# annotated as attributions in PolNeAR dev (4 of 15 matched), so they are left out.
MIN_PREP_CONTENT_TOKENS = 3

# Dependents of a verb that carry its object content: object, its predicate, complements.
_OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "xcomp", "ccomp", "acomp"})

# Prepositions that continue an object content: "criticized X as Y", "blamed X for Y".
_OBJECT_PREPS = frozenset({"as", "for"})

# Verbs of knowing and thinking (not of saying, fearing, doubting or expecting, whose
# object is a feared or foreseen event), and verbs of putting, keeping and making
# (``cues.CLAUSAL_SENSE_VERBS``): with a bare noun phrase as object they report a thing
# known or handled ("knows the details", "would assume office", "cast a ballot"), not a
# view (PolNeAR dev: 3 of 28 matched). A predicate or a clause still makes a view
# ("considers X a genius", "cast him as a victim").
_THING_OBJECT_VERBS = (
    cues.COGNITION_VERBS - cues.SPEECH_VERBS - {"fear", "doubt", "suspect", "expect", "anticipate"}
) | cues.CLAUSAL_SENSE_VERBS

# Participles used as conjunctions of condition ("assuming that ...", "supposing ..."):
# their clause is a supposition, not anyone's view.
_CONDITIONAL_PARTICIPLES = frozenset({"assuming", "supposing", "presuming"})

# Aspectual verbs (Levin 1993, 55.1): "began to question X" reports the act as done.
_ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "proceed", "resume", "commence"})

# Dependents that give a noun a clause of its own.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})

# Prepositions whose phrase right after a stance verb's object is part of the content
# ("offered advice to X", "anger among his supporters"), from PolNeAR dev objects.
_OBJECT_TAIL_PREPS = frozenset({"to", "among", "about", "against", "over", "on", "into"})

# Prepositions that after a noun object mostly modify that noun, whatever the parser
# attached them to: its origin, agent, attribute or extent ("endorsements from 88
# generals", "conduct by a candidate", "a story with a different tone", "its smallest
# profit in 17 years"); a gerund after "by" is the verb's means instead ("answered the
# charge by citing X"), and "in" an occasion ("in an interview") is cut again by
# ``_drop_trailing_occasion``. "in" added on PolNeAR dev + train, both gaining.
_NOUN_TAIL_PREPS = frozenset({"from", "with", "by", "in"})

# Participles that open an elaboration of a content's last words: examples ("including")
# or a comparison ("compared to/with").
_ELABORATIONS = frozenset({"including", "compared"})

# Conjunctions after which a clause hung on the cue verb still belongs to the content
# ("X added that A, but B"); PolNeAR dev annotations include such clauses.
CONTRAST_CONJUNCTIONS = frozenset({"but", "so", "yet", "and"})

# Dependents of a cue verb that tell when or where it was said ("said in a report").
_CUE_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})

_MODALS = frozenset({"can", "ca", "could", "would", "will", "wo"})

# Tags of a verb that can head a realised act: finite forms and the participle of a
# perfect or passive ("has repealed", "was blocked"); a bare "VB" only after "do".
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VB"})

_DO_FORMS = frozenset({"do", "does", "did"})

# Dependents that give a verb its own complement or mark it as a clause of manner or
# comparison ("said it when ...", "as he said when ..."): no embedded question then.
_QUESTION_BLOCK_DEPS = frozenset({"dobj", "ccomp", "xcomp", "mark", "dative", "attr"})

# Verbs over an infinitive that report the act as done, only timed ("began to dispute
# X") or hedged ("seemed to confirm X").
_DONE_ACT_VERBS = _ASPECTUAL_VERBS | _RAISING_VERBS

# What may stand between a colon ending a paragraph and the words it introduces: the
# paragraph break, opening marks, an ellipsis marking a cut.
_COLON_GAP = _OPENING_MARKS + "\t\r\n\u2026."


def _verb_candidate(verb, sent, text: str, marks) -> _Cand | None:
    if _inside(marks, verb.idx):
        return None  # a cue inside a quotation is part of that quotation
    if _source_clause(verb):
        return None
    kids = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and not _cut_off(c, verb)), None)
    if comp is not None and _own_words_first(verb, comp, text, marks):
        comp = None
    negated = kids & _MODALS and any(c.dep_ == "neg" for c in verb.children)
    if negated and (comp is None or not _wh_clause(comp)):
        return None  # "we can't say we're surprised": a figure of speech, not a report
    if _prep_gerund(verb) and verb.head.lower_ == "without":
        return None  # "it goes without saying that A", "without knowing how": not done
    if verb.lower_ in _CONDITIONAL_PARTICIPLES:
        return None  # "assuming that A, ...": a condition the writer sets, nobody's view
    subj = _subject(verb)
    if subj is None and _imperative(verb):
        return None  # "Tell us this is fair": the writer addresses the reader
    if comp is None:
        # "'...,' she laughed" often parses as parataxis: the quotation is the content
        comp = next(
            (
                c
                for c in verb.children
                if c.dep_ == "parataxis" or (c.dep_ in ("dobj",) and _inside(marks, c.idx))
            ),
            None,
        )
        if comp is not None and not _inside(marks, comp.idx):
            comp = None
    if comp is None:
        if verb.head.dep_ == "ccomp" or verb.dep_ == "parataxis" and verb.head.i < verb.i:
            # '"...," the insider revealed' where the quote's verb is the root
            head = verb.head
            if subj is not None and head.i < verb.i and _inside(marks, head.idx):
                q = _inside(marks, head.idx)
                return _make(q[0], q[1], "ccomp", verb, subj, text, direct=True)
        stolen = _stolen_complement(verb)
        if stolen is not None and subj is not None:
            s, e = _trim(text, *_tok_span(_drop_trailing_aside(stolen)))
            if len(_WORD.findall(text[s:e])) >= 3:
                return _make(s, e, "ccomp", verb, subj, text)
        found = _misparsed_complement(verb)
        if found is not None and subj is not None:
            s, e = _content_from(found[0], verb, text, marks)
            s = max(s, found[1].left_edge.idx)
            if len(_WORD.findall(text[s:e])) >= 3:
                return _make(s, e, "ccomp", verb, subj, text)
        paren = _parenthetical(verb, sent, subj, text, marks)
        if paren is not None:
            return paren
        return _linear_candidate(verb, sent, subj, text, marks)
    if _lemma(verb) in cues.WEAK_CUE_VERBS and subj is None:
        return None
    quoted = _inside(marks, comp.idx) is not None
    if comp.i < verb.i and (not quoted or "\n" in text[comp.idx : verb.idx]):
        # "A, Mr. X said, until B": the content runs on after the cue (also when the
        # parser hung a quotation from the paragraph before on the cue)
        paren = _parenthetical(verb, sent, subj, text, marks)
        if paren is not None:
            return paren
    if comp.i < verb.i and not quoted:
        # "While he admitted A, X noted B": the parser hung the clause of an earlier verb
        # on this one too; the clause after the cue is its own
        later = next(
            (c for c in verb.rights if c.dep_ == "ccomp" and not _inside(marks, c.idx)), None
        )
        comp = later or comp
    name_word, comp = comp, _clause_after_name(comp) or comp
    s, e = _content_from(comp, verb, text, marks)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
        # "from saying A to playing up B": the range's other end is not what was said
        end = next(
            (
                t
                for t in comp.subtree
                if t.lower_ == "to"
                and t.dep_ == "prep"
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)
            ),
            None,
        )
        if end is not None and s < end.idx < e:
            s, e = _trim(text, s, end.idx)
    s = _object_as_subject(verb, comp, s)
    s = _after_source_clause(comp, text, marks, s)
    for other in verb.children:
        # "X said A, but B": several clauses on the same side of the cue
        if (
            other.dep_ == "ccomp"
            and other.i not in (comp.i, name_word.i)
            and (other.i < verb.i) == (comp.i < verb.i)
            and not _cut_off(other, verb)
            and not _cue_between(verb.doc, comp, other)
            and not _report_between(verb.doc, e, other)
        ):
            s2, e2 = _content_from(other, verb, text, marks)
            if e2 > s2:
                s, e = min(s, s2), max(e, e2)
    e = _contrast_tail(verb, comp, text, s, e)
    e = _past_closing_quote(verb, comp, text, e)
    s, e = _set_off_quotation(verb, comp, text, marks, s, e)
    # a second complement the parser took from the next paragraph is cut off here, so
    # that a quotation in the cue's paragraph is still seen as one
    s, e = _clip_to_paragraph(text, s, e, verb.idx)
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    direct = _inside(marks, s, e) is not None
    method = "colon" if verb.idx < s and "\n" in text[verb.idx : s] else "ccomp"
    if method == "colon" and not text[verb.idx : s].rstrip(_COLON_GAP).endswith(":"):
        # a complement in the next paragraph belongs to the cue only when its paragraph
        # ends on a colon ("X said the following:"); else the parser joined two paragraphs
        return None
    return _make(s, e, method, verb, subj, text, direct=direct)


def _clause_after_name(comp):
    """'said on X's Today show that A': a complement verb with no subject or auxiliary
    right after a proper noun and right before a "that" clause is the last word of a
    name ("show") that the parser took for a verb; the "that" clause is the content."""
    doc = comp.doc
    if comp.tag_ not in ("VB", "VBP", "VBZ") or comp.i == 0 or comp.i + 1 >= len(doc):
        return None
    if doc[comp.i - 1].pos_ != "PROPN" or doc[comp.i + 1].lower_ != "that":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in comp.children):
        return None
    return next((c for c in comp.children if c.dep_ == "ccomp" and c.i > comp.i), None)


def _after_source_clause(comp, text: str, marks, s: int) -> int:
    """The start of the words after a ``_source_clause`` that opens the complement
    outside its quotation ('As first reported by X, "A," a source said'): the clause
    names where the words appeared, it is not part of them."""
    for cl in comp.lefts:
        if cl.left_edge.idx == s and _source_clause(cl) and _inside(marks, cl.idx) is None:
            after = cl.right_edge.idx + len(cl.right_edge)
            while after < len(text) and (text[after].isspace() or text[after] == ","):
                after += 1
            return after
    return s


def _own_words_first(verb, comp, text: str, marks) -> bool:
    """Whether the cue's own words rule out a complement the parser gave it: one from a
    later paragraph while the cue has an object or an infinitive in its paragraph ("She
    urged them to act." then a new paragraph), or an unquoted clause before a cue with a
    subject and a noun object of its own ("A: X declared war on B")."""
    if comp.i < verb.i:
        # the clause before is the writer's sentence; not for an addressee ("told
        # reporters") or an inverted subject the parser took for the object ("A, asks a
        # reporter")
        return (
            _lemma(verb) not in _ADDRESSEE_VERBS
            and _inside(marks, comp.idx) is None
            and any(c.dep_ == "nsubj" and comp.i < c.i < verb.i for c in verb.children)
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.rights)
        )
    if "\n" not in text[verb.idx : comp.left_edge.idx]:
        return False
    para_end = _para_end(text, verb.idx)
    return any(
        c.dep_ in ("dobj", "xcomp", "dative", "oprd") and c.idx < para_end for c in verb.rights
    )


def _object_as_subject(verb, comp, s: int) -> int:
    """'X promised the program would pay for itself', 'X said just because A was hidden
    did not mean ...': the parser may make the reported clause's subject the cue verb's
    object, or an adverbial clause right after it, leaving the clause with no subject; the
    clause starts at that phrase, whatever stands between it and the clause's verb bar a
    verb or a quotation (PolNeAR train: 12 more exact, none lost)."""
    if comp.i < verb.i or comp.pos_ not in ("VERB", "AUX"):
        return s
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children):
        return s  # a subject of its own, or "that" opening it after the object
    between = [c for c in verb.rights if c.i < comp.i]
    obj = next((c for c in between if c.dep_ == "dobj"), None)
    if obj is None:
        # "said just because A did not mean B": the "because" clause is the subject
        clause = next((c for c in between if c.dep_ == "advcl"), None)
        if clause is None or clause.left_edge.i != verb.i + 1:
            return s
        return min(s, clause.left_edge.idx) if clause.right_edge.i + 1 == comp.left_edge.i else s
    if _to_infinitive(comp):
        return s
    if any(c.dep_ == "relcl" for c in obj.children) or comp.left_edge.text in _QUOTE_TOKENS:
        return s  # "asked a woman who ...", "told the crowd '...'": the one addressed
    gap = verb.doc[obj.right_edge.i + 1 : comp.left_edge.i]
    if any(t.pos_ in ("VERB", "AUX") or t.text in _QUOTE_TOKENS for t in gap):
        return s  # "told the crowd, as it cheered, ...": another clause between
    return min(s, obj.left_edge.idx)


def _imperative(verb) -> bool:
    """A bare verb heading its sentence, or joined to the verb that does, with no subject
    or auxiliary of its own ("Now tell us ...", "... and ask yourself ...")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ROOT", "conj")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _stolen_complement(verb) -> list | None:
    """'While he admitted A, X noted B': the parser made A a complement of the later cue
    verb (and "While he admitted" an adverbial clause of A); A, returned as tokens, is
    this verb's."""
    clause = verb.head
    if verb.dep_ != "advcl" or clause.dep_ != "ccomp" or clause.i < verb.i:
        return None
    cue = clause.head
    if cue.i < clause.i or _lemma(cue) not in cues.CUE_VERBS:
        return None
    if not any(c.dep_ == "mark" for c in verb.children) or verb.left_edge.i != clause.left_edge.i:
        return None
    return list(verb.doc[verb.right_edge.i + 1 : clause.right_edge.i + 1])


def _misparsed_complement(verb):
    """'X said after the forum he would not run': a clause with its own subject and no
    subordinator after a cue verb with no complement, which the parser hung on a fronted
    adjunct as an adverbial clause; it is the verb's complement. So is a that-clause the
    parser hung on a noun of a prepositional adjunct ("warned voters in interviews that
    A")."""
    if _lemma(verb) in cues.WEAK_CUE_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ == "advcl" and not any(
            x.dep_ == "mark" or x.tag_ in _WH_TAGS for x in c.children
        ):
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return c, subj
    # "warning followers on social media and in interviews that A": the that-clause
    # hung on the object of a prepositional adjunct of the cue or of its object
    objs = [c for c in verb.rights if c.dep_ == "dobj" and (_agentive(c) or c.tag_ == "PRP")]
    for prep in [c for h in (verb, *objs) for c in h.rights]:
        if prep.dep_ != "prep":
            continue
        for t in prep.subtree:
            # (as a clausal modifier, or as a complement of the noun: "on X's show that A")
            if (
                t.dep_ in ("acl", "ccomp")
                and t.head.dep_ == "pobj"
                and t.head.lemma_ not in _STATEMENT_NOUNS
            ):
                mark = next(
                    (x for x in t.children if x.dep_ == "mark" and x.lower_ == "that"), None
                )
                subj = next((x for x in t.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if mark is not None and subj is not None and mark.i < subj.i:
                    return t, mark
    return None


def _wh_clause(clause) -> bool:
    """An embedded question: a clause opened by "whether" or a wh-word ("why the rule
    was cited", "whether she would run"). After a negated modal ("could not explain why
    ...", "would not say whether ...") it reports a refusal to answer that question, not
    the idiom "can't say (that) A", whose clause is declarative."""
    first = clause.left_edge
    return first.lower_ == "whether" or first.tag_ in _WH_TAGS


def _question_candidate(verb, text: str, marks) -> _Cand | None:
    """'Officials have not said when the road will reopen': the parser hangs an embedded
    "when/where/how/why" question on a verb of saying or knowing as an adverbial clause;
    with no object of its own the verb takes that question as its complement."""
    if _inside(marks, verb.idx) or any(c.dep_ in _QUESTION_BLOCK_DEPS for c in verb.children):
        return None
    subj = _subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    clause = next((c for c in verb.rights if c.dep_ == "advcl"), None)
    if clause is None or clause.left_edge.lower_ not in cues.QUESTION_WORDS:
        return None
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    if any(t.dep_ not in ("neg", "prt", "advmod") for t in between):
        return None  # the clause must follow the verb directly: "said when ...", not "said it, when ..."
    s, e = _content_from(clause, verb, text, marks)
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    return _make(s, e, "question", verb, subj, text)


def _regard_candidate(verb, text: str, marks) -> _Cand | None:
    """'Residents see the bridge as a waste of money': a verb of perception used as a
    verb of regarding (Levin 29.2 "characterize" frame, object + "as" predicate); the
    object and its predicate are the subject's view."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or not _as_predicate(verb, obj):
        return None
    return _renamed(_object_candidate(verb, text, marks), "regard")


def _as_predicate(verb, obj) -> bool:
    """Whether an "as" phrase on the verb or on its object ``obj`` predicates the object
    ("see X as Y", the parser hanging "as" on either)."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.rights, *obj.rights))


def _prep_as_candidate(verb, text: str, marks, lemma: str) -> _Cand | None:
    """'X has gone after Y as a reckless spender': a prepositional stance verb whose
    object is followed by an "as" predicate; the object and the predicate are the
    content, however short the object ("after Y" alone is too little to show)."""
    if _inside(marks, verb.idx):
        return None
    subj = _subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    preps = cues.PREP_CUES[lemma]
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    pobj = prep and next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    pred = next(
        (c for c in (*verb.rights, *pobj.rights) if c.dep_ == "prep" and c.lower_ == "as"), None
    )
    if pred is None or pred.i < pobj.i:
        return None
    s, e = _trim(text, pobj.left_edge.idx, pred.right_edge.idx + len(pred.right_edge))
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    return _make(s, e, "prep-as", verb, subj, text, cue=(verb.idx, prep.idx + len(prep)))


def _contrast_tail(verb, comp, text: str, s: int, e: int) -> int:
    """'X added that A, but B': a contrasting clause the parser hung on the cue verb
    belongs to the reported content (PolNeAR/PARC keep it); another cue verb does not."""
    if comp.i < verb.i:
        return e
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.i <= comp.i or _lemma(conj) in cues.ALL_CUES:
            continue
        cc = [c for c in verb.children if c.dep_ == "cc" and comp.i < c.i < conj.i]
        own_subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        if (own_subj and cc and cc[-1].lower_ in CONTRAST_CONJUNCTIONS) or _bare_conjunct(
            conj, verb
        ):
            t = _last_word(conj)
            if "\n" not in text[e : t.idx]:
                e = max(e, t.idx + len(t))
    return e


def _last_word(tok):
    """The last token of a phrase, closing punctuation walked back over (down to the
    phrase's head)."""
    hi = tok.right_edge.i
    while hi > tok.i and tok.doc[hi].is_punct:
        hi -= 1
    return tok.doc[hi]


def _past_closing_quote(verb, comp, text: str, e: int) -> int:
    """'wrote that the request was "futile," because X': the parser hangs what follows a
    quotation closed inside the reported clause on the cue verb; a clause or verb phrase
    right after the marks goes on with the content."""
    if comp.i < verb.i or not _CLOSED_QUOTE.match(text, e):
        return e
    for c in verb.rights:
        if c.dep_ not in ("advcl", "conj") or c.left_edge.idx <= e:
            continue
        if any(_lemma(t) in cues.ALL_CUES for t in c.subtree if t.pos_ == "VERB"):
            return e  # "..., adding that X": the cue verb's own next report
        gap = text[e : c.left_edge.idx]
        if _WORD.sub("", gap).strip(_TRIM) or len(_WORD.findall(gap)) > 1:
            return e  # another quotation, or more than a conjunction, between
        t = _last_word(c)
        return t.idx + len(t)
    return e


def _set_off_quotation(verb, comp, text: str, marks, s: int, e: int) -> tuple[int, int]:
    """'X declared A: "B," she said', 'X suggested A - "B," he said': a closing cue's
    words are the quotation set off by a colon or dash right before it. The parser hangs
    the clause before the colon on the cue, but a clause with a subject of its own is
    another report, or the writer's ("The message was simple: ..."); PolNeAR annotates
    the two apart (train and dev: 7 more matched, none lost)."""
    if comp.i > verb.i:
        return s, e
    # the quotation the content ends in, or one opening right after it, before the cue
    q = _inside(marks, e - 1)
    k = bisect_left(marks.starts, e)
    if q is None and k < len(marks) and marks.ends[k] <= verb.idx:
        q = marks.starts[k], marks.ends[k]
    if q is None or q[0] <= s:
        return s, e
    if _set_off_mark(text, s, q[0]) is None:
        return s, e
    if text[e : q[0]].strip(" :\"'`\u201c\u2018" + "".join(_DASHES)):
        return s, e  # more words between the content and the quotation
    clause = any(
        t.dep_ in _SUBJECT_DEPS and s <= t.head.idx < q[0] and t.head.pos_ in ("VERB", "AUX")
        for t in verb.doc[comp.left_edge.i : verb.i]
        if s <= t.idx < q[0]
    )
    return q if clause else (s, e)


# The end of a content at a quotation that closes with a comma: 'was "futile," because'.
_CLOSED_QUOTE = re.compile(r",?[\"\u201d']+,?\s")


def _bare_conjunct(conj, verb) -> bool:
    """'X said she wanted to stay and help them', 'X mentioned raising A and cutting B': a
    bare verb or a gerund cannot be coordinated with a finite or perfect cue ("said",
    "has mentioned"), nor a present form with a past one; the parser's attachment is wrong
    and the conjunct continues the content."""
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in conj.children):
        return False
    if conj.pos_ in ("NOUN", "PROPN"):
        # "questioned X's 'values' and his readiness": a noun joins the object ("but that
        # report ..." opens a clause of the writer's)
        return conj.doc[conj.left_edge.i - 1].lower_ != "but"
    if conj.lower_ == "as" and conj.pos_ == "ADP":
        # "see X as A and as B": a second "as" predicate, not a second act
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        return obj is not None and _as_predicate(verb, obj)
    if verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    return conj.tag_ in ("VB", "VBG") or conj.tag_ == "VBP" and verb.tag_ == "VBD"


# Subordinators of a clause of time, reason, condition or concession, which the parser
# may hang on a later cue verb as its complement.
_ADVERBIAL_MARKS = cues.CLAUSE_OPENERS | {"after", "if", "unless"}


def _cut_off(comp, verb) -> bool:
    """A clause before the cue that a colon, a semicolon or a paragraph break separates
    from it ("A; X says B") is a sentence of its own the parser attached to the cue."""
    if comp.i > verb.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in comp.children):
        return True  # "after a ruling made it legal, he urged ...": a clause of time
    between = verb.doc[comp.right_edge.i : verb.i]  # not Doc.text: rebuilt on each access
    if any("\n" in t.text_with_ws for t in between):
        return True
    return any(t.text in (";", ":") for t in between[1:])


def _parenthetical(verb, sent, subj, text: str, marks) -> _Cand | None:
    """'The museum, Mr. Bush said, celebrated his heroes': the sentence around the cue.

    PolNeAR gives the two sides as pieces of one content; the scorer ignores the gap, so
    the whole sentence is one span.
    """
    lemma = _lemma(verb)
    if subj is None or lemma not in cues.CUE_VERBS:
        return None
    if (
        verb.tag_ not in _FINITE_PRESENT_PAST | {"VB"}
        or _to_infinitive(verb)
        or subj.tag_ in _WH_TAGS
    ):
        # "X, responding to Y, dropped Z", "X, who declined to comment, was": no aside
        return None
    lo = min(subj.left_edge.i, verb.i)
    hi = verb.i
    doc = verb.doc
    # "A, the agency said in a June report, and B", "A, he told me on Friday, is B": the
    # cue's own adjuncts and addressee stay in the gap
    for ch in verb.rights:
        addressee = ch.dep_ == "dative" or ch.dep_ == "dobj" and lemma in _ADDRESSEE_VERBS
        if ch.i == hi + 1 and (ch.dep_ in _CUE_ADJUNCT_DEPS or addressee):
            hi = ch.right_edge.i
    if lo - 1 < sent.start or hi + 1 >= sent.end:
        return None
    if not (doc[lo - 1].text == "," and doc[hi + 1].text in (",", "\u2014", "--")):
        return None
    if lo - sent.start < 2 or sent.end - hi < 4:
        return None
    nxt = doc[hi + 2] if hi + 2 < sent.end else None
    if (
        nxt is None
        or nxt.text in _QUOTE_TOKENS  # 'Asked about A, X said, "B"': the quotation is B
        or (nxt.tag_ in ("VBG", "VBN") and nxt.head.i == verb.i)
        or nxt.tag_ in ("WDT", "WP")
        or nxt.lower_ == "according"
    ):
        return None  # "A, X said, adding ...": a new clause of the speaker's, not B
    s, e = _trim(text, sent.start_char, sent.end_char)
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    # the parse may run a headline into the sentence: its paragraph first, then a dateline
    # or connective that opens it
    s, e = _clip_to_paragraph(text, s, e, verb.idx)
    s = _drop_connective(text, s, e, marks, sentence=True)
    if s >= doc[lo].idx:
        # "Still, he said, officials must decide": only a connective stood before the
        # cue, so the words are what follows it
        s = doc[hi + 2].idx
    return _make(s, e, "parenthetical", verb, subj, text)


def _report_between(doc, e: int, b) -> bool:
    """'X told Y that A, adding, "B"': a cue verb chained on after the content ending at
    ``e`` and before clause ``b`` starts the speaker's next report, whose clause the
    parser may hang on the first cue (``spans._new_attribution``)."""
    lo = hi = b.left_edge.i
    while lo > 0 and doc[lo - 1].idx >= e:
        lo -= 1
    return any(_new_attribution(t) for t in doc[lo:hi])


def _cue_between(doc, a, b) -> bool:
    """Whether another speaker's cue verb lies between two clauses ("A, while X said B"),
    or the first ends in the speaker's own next report ("A, adding B", hung on A): the
    clause after is not the first one's continuation (``_content_from`` cuts A there)."""
    # b itself may be that cue: "X said A, and Y accused Z of B"
    lo, hi = (a.right_edge.i + 1, b.i + 1) if a.i < b.i else (b.i, a.left_edge.i)
    if a.i < b.i and any(_new_attribution(c) for c in a.rights):
        return True
    return any(
        _lemma(t) in cues.CUE_VERBS and any(c.dep_ == "nsubj" for c in t.children)
        for t in doc[lo:hi]
    )


# Dependents between a speech verb and its "that" that name the venue or addressee
# ("shared with X that", "told one of his students on a regular basis that").
_LINEAR_SKIP_DEPS = frozenset(
    {"prep", "pobj", "dative", "compound", "det", "amod", "prt", "advmod", "npadvmod", "poss"}
)


def _linear_candidate(verb, sent, subj, text: str, marks) -> _Cand | None:
    """A speech verb with a subject but no parsed complement: take the rest of the clause."""
    if _lemma(verb) not in cues.SPEECH_VERBS or subj is None or subj.i > verb.i:
        return None
    if _lemma(verb) in cues.WEAK_CUE_VERBS:
        return None
    # skip the venue / addressee and a "that": "shared with X that", "told X that"
    i = verb.i + 1
    end = sent.end
    doc = verb.doc
    has_that = False
    skip = _LINEAR_SKIP_DEPS | ({"dobj"} if _lemma(verb) in _ADDRESSEE_VERBS else set())
    while i < end:
        t = doc[i]
        if t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "det", "advmod", "dobj"):
            has_that = True
            break
        if t.dep_ in skip or t.ent_type_ or t.is_punct and t.text != ":":
            i += 1
            continue
        break
    if not has_that:
        return None
    if i >= end:
        return None
    s, e = doc[i].idx, sent.end_char
    if "\n" in text[s:e]:
        e = text.index("\n", s)
    s, e = _trim(text, s, e)
    if e - s < 10:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    # ('"A," X said, "that is worse."': a piece of a split quotation, joined to the first)
    return _make(s, e, "linear", verb, subj, text, direct=_inside(marks, s, e) is not None)


def _intention_candidate(verb, text: str, marks) -> _Cand | None:
    if _inside(marks, verb.idx):
        return None
    comp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    subj = _subject(verb)
    if comp is None or subj is None or comp.i < verb.i:
        return None
    if _lemma(comp) in cues.CUE_VERBS and any(c.dep_ == "ccomp" for c in comp.children):
        # "wanted to know who approved it": the infinitive is a cue verb of its own, and
        # its clause, not the wish, is the content; that verb's candidate reports it
        return None
    if _anonymity_terms(comp):
        return None  # "who did not want to be named": how the source spoke, not a wish
    # a closing time stays: "plans to visit X on Sunday" dates the intended visit
    toks = list(comp.subtree)
    finite = next((c for c in comp.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")), None)
    if finite is not None:
        # "vowed to keep X legal and celebrated the ruling": a finite conjunct is the
        # subject's own next act, not part of the infinitive intended
        stop = finite.left_edge.i
        while stop > comp.i + 1 and comp.doc[stop - 1].dep_ in ("cc", "punct"):
            stop -= 1
        toks = [t for t in toks if t.i < stop]
    s, e = _tok_span(_drop_dash_aside(_drop_trailing_occasion(_drop_trailing_aside(toks)), marks))
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.i < comp.i), None)
    if obj is not None:
        # "urged supporters to monitor polls": the one urged belongs to the content
        s = obj.left_edge.idx
    for conj in verb.rights:
        # "wants to triple X, grow Y and create Z": bare verbs coordinated with the
        # infinitive are parsed as conjuncts of the cue verb; they are the same content
        if conj.dep_ != "conj" or conj.i < comp.i:
            continue
        own = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        if (conj.tag_ == "VB" and not own) or _bare_conjunct(conj, verb):
            e = max(e, _tok_span(conj.subtree)[1])
    s, e = _trim(text, s, e)
    if e - s < 8:
        return None
    return _make(_from_wh(verb, text, s), e, "xcomp", verb, subj, text)


def _anonymity_terms(comp) -> bool:
    """An infinitive of being identified or of speaking on the record ("to be named", "to
    be quoted by name", "to speak on the record"): the terms on which a source talks."""
    if _lemma(comp) in cues.IDENTIFYING_VERBS:
        return any(c.dep_ == "auxpass" for c in comp.children)
    return any(c.dep_ == "prep" and _speaking_terms(c) for c in comp.children)


def _aims_at_act(verb) -> bool:
    """Whether a verb has an infinitive of an act ("looking to smooth over X", "voted to
    endorse Y"), not "looks to be" (a seeming)."""
    return any(c.dep_ == "xcomp" and c.lemma_ != "be" and _to_infinitive(c) for c in verb.children)


def _gerund_subject(verb):
    """A gerund after a preposition has the subject of the clause it modifies ("devoted
    the rally to attacking X", "won by talking about X"; ``subjects._gerund_governor``)."""
    return _implicit_subject(verb) if _prep_gerund(verb) else None


def _acting(noun) -> bool:
    """A noun that can do what a participle on it says: people ("voters backing X") or
    "those" ("those supporting Y")."""
    return _agentive(noun) or noun.lower_ == "those"


def _quoted_saying(verb):
    """The "saying" of "X quoted Y saying A" / "X quoted Y as saying A", if ``verb`` is
    such a "quoted": Y said A, to X."""
    if _lemma(verb) != "quote" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    # "saying" hangs on the one quoted, or its "as" on the object or the verb
    near = [c for ob in verb.children if ob.dep_ == "dobj" for c in ob.children]
    for c in [*near, *verb.children]:
        said = c if c.dep_ == "acl" else None
        if c.dep_ == "prep" and c.lower_ == "as":
            said = next((p for p in c.children if p.dep_ in ("pcomp", "pobj")), None)
        if said is not None and said.lower_ == "saying":
            return said
    return None


# Words that stand for what was said before: "26 percent said the same (of X)", "Y said
# as much", "she thinks so". PolNeAR annotates them as the content (train samples + dev:
# 12 of 15 after a verb of saying or thinking).
_SAME_WORDS = re.compile(
    r"\s+(as much|the same(?: thing)?|so(?=\s*[^\w\s]|\s+(?:in|on|at|to|during|after|"
    r"before|too|again|publicly|explicitly|himself|herself|themselves)\b))\b"
)  # not "said so far", "said so much had changed"


def _same_candidate(verb, text: str, marks) -> _Cand | None:
    """'X said the same of Y', 'X said as much', 'X thinks so': the pro-form is the content."""
    if _inside(marks, verb.idx) or _lemma(verb) in cues.WEAK_CUE_VERBS:
        return None  # and not "saw the same thing", "show the same"
    m = _SAME_WORDS.match(text, verb.idx + len(verb))
    subj = _subject(verb)
    if m is None or subj is None or subj.i > verb.i:
        return None
    s, e = m.span(1)
    nxt = next((t for t in verb.doc[verb.i + 1 :] if t.idx >= e), None)
    if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "NUM") and nxt.lower_ != "thing":
        return None  # "said as much stimulus as ...", "told the same story": an object
    if nxt is not None and nxt.is_alpha and nxt.lower_ in ("of", "about", "for"):
        # "said the same of Trump": the one it is said of belongs to it
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            e = pobj.right_edge.idx + len(pobj.right_edge)
        elif nxt.head.i != verb.i and text[e : nxt.idx].strip() == "":
            e = nxt.head.right_edge.idx + len(nxt.head.right_edge)
    return _make(s, e, "same", verb, subj, text)


def _object_candidate(verb, text: str, marks) -> _Cand | None:
    """'X criticized the plan as Y', 'X called them "deplorables"': the object is the content."""
    if _inside(marks, verb.idx):
        return None
    subj = _subject(verb)
    gerund = subj is None and _prep_gerund(verb)
    if gerund:
        subj = _gerund_subject(verb)
    elif subj is None and verb.tag_ == "VBG" and verb.dep_ == "acl" and _acting(verb.head):
        # "those backing other candidates", "voters supporting X": the ones modified do it
        subj = verb.head
    # "a fund called X": the naming is kept as an attribution without a source
    naming = verb.dep_ == "acl" and verb.tag_ == "VBN" and _lemma(verb) in _NAMING_VERBS
    if subj is None and not naming or subj is not None and subj.i > verb.i:
        return None
    if (
        # a participle, or one the tagger took for a past tense (but "Tim Cook called
        # it X" misparsed is the person's own act)
        (verb.tag_ == "VBN" or verb.tag_ == "VBD" and not _agentive(verb.head))
        and verb.dep_ == "acl"
        and not (  # "a device called a Deadman" names it (not "labeled unfair")
            _lemma(verb) in _NAMING_VERBS and not any(c.pos_ == "ADJ" for c in verb.rights)
        )
        and subj is not None
        and subj.i == verb.head.i
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return None  # "measures deemed insufficient", "a man accused of X": the one judged
    if subj is not None and subj.lower_ == "you" and verb.sent.text.rstrip().endswith("?"):
        return None  # "Do you support X?": the writer asks the reader, no one holds a view
    if _quoted_saying(verb) is not None:
        return None  # "X quoted a source (as) saying A": the source's words, X the venue
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and not _times_act(verb.head):
        # "tried to question X", "is hard to evaluate X": an infinitive under another verb
        # is an act attempted, required or asked for, not one done (PolNeAR dev: 3 of 11
        # matched), unless that verb only times it ("began to dispute X"); an intention
        # verb above it has its own rule
        return None
    # dependents the parser took from a later paragraph ("___" rules, bylines) are not
    # the verb's: the content stays in the cue's paragraph
    # "described the team as highly accomplished": "as" with an adjective is parsed as a
    # clause of its own, but it is the object's predicate, as "as a hero" is
    right = [
        c
        for c in verb.rights
        if (
            c.dep_ in _OBJECT_DEPS
            or c.dep_ == "prep"
            and c.lower_ in _OBJECT_PREPS
            or c.dep_ == "advcl"
            and c.left_edge.lower_ == "as"
            and c.tag_ in ("JJ", "JJR", "VBN")
            and c.doc[c.left_edge.i - 1].text != ","
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        )
        and "\n" not in text[verb.idx : c.idx]
    ]
    charge = cues.CHARGE_VERBS.get(_lemma(verb))
    if charge:
        # "accused the campaign of being duped": the one charged and the charge are the
        # content in PolNeAR (dev + train: 47 of 52), the charge alone after a passive
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in charge), None)
        pobj = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            s, e = _trim(text, *_tok_span(pobj.subtree))
            dobj = next((c for c in right if c.dep_ == "dobj" and c.i < prep.i), None)
            if dobj is not None:
                s = dobj.left_edge.idx
            s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
            return _make(s, e, "object", verb, subj, text)
    obj = next((c for c in right if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        # "called Oz a quack": the parser may make the named one a predicate too
        obj = next((c for c in right if c.dep_ == "oprd"), None)
    if obj is None and not any(c.dep_ == "ccomp" for c in right):
        # "supported eliminating caucuses": a gerund is the object the parser made a
        # clause (a quoted one is left to the quotation rules)
        obj = next(
            (
                c
                for c in right
                if c.dep_ == "xcomp" and c.tag_ == "VBG" and not _inside(marks, c.idx)
            ),
            None,
        )
    more = obj is not None and any(c.i > obj.i and c.dep_ != "ccomp" for c in right)
    # "rejected that", "likened it to Y": a stance verb's pronoun stands for a proposal or
    # a claim made before, and PolNeAR annotates it; a speech or cognition verb's ("said
    # it", "denied this") repeats words given elsewhere
    anaphor = (
        obj is not None
        and obj.lower_ in ("it", "that", "this")
        and _lemma(verb) not in cues.CUE_VERBS
    )
    if obj is None or (obj.pos_ == "PRON" and obj.n_rights == 0 and not more and not anaphor):
        return None  # "said it", "denied this": nothing to show
    if _naming_participle(verb, subj, obj) and not more:
        return None  # "a creek called Otter Run": the noun's name, not a view
    if _negated_indefinite(verb, obj) and not more:
        return None  # "has not endorsed a candidate": no one endorsed, no stance held
    m = _STATEMENT_FOLLOWS.match(text, obj.idx + len(obj))
    q = m and _inside(marks, m.end())
    if q and obj.lemma_.lower() in _STATEMENT_NOUNS:
        # 'issued a statement: "..."': the quotation is what was said
        return _make(*_trim(text, *q), "colon", verb, subj, text, direct=True)
    if (
        _lemma(verb) in _THING_OBJECT_VERBS
        and not any(c.i > obj.i for c in right)  # "hoped X would pay", "considers X Y"
        and not _predicated(obj)
        and obj.lower_ not in cues.ATTITUDE_NOUNS  # "sensed anger among ...": a feeling
    ):
        return None  # "knows the policy", "cast a ballot": a thing known or handled
    right = [c for c in right if c.i >= obj.i]
    topic = _feeling_topic(obj, verb)
    lo = _that_clause_start(obj, topic.left_edge.i)
    lo = _piece_content_start(verb, obj, lo)
    lo = _light_noun_start(obj, lo)
    # the topic may hang on the verb after the object ("citing his anger at X")
    hi = max(topic.right_edge.i, *(c.right_edge.i for c in right))
    for c in verb.rights:
        # "gave some advice to X", "stirred anger among his supporters": a prepositional
        # complement right after the object completes it
        completes = c.dep_ in ("prep", "dative") and c.lower_ in _OBJECT_TAIL_PREPS
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
        if c.lower_ == "to" and pobj is not None and pobj.tag_ == "PRP":
            completes = False  # "mentioned it to me": the one told, not the words
        if c.i == hi + 1 and (completes or _noun_tail(c, obj)):
            hi = c.right_edge.i
    for c in verb.rights:
        # "mentioned raising A and forcing B": a verb the parser coordinated with the cue
        if c.dep_ == "conj" and c.i > hi and _bare_conjunct(c, verb):
            hi = c.right_edge.i
    hi = _examples_after(verb, hi)
    hi = _alternative_after(verb, hi)
    hi = _elaboration_after(verb, hi)
    # a time phrase may close the content on either side of an occasion phrase ("in an
    # email on Friday", "on Friday in an email"), hence a time cut before and after it
    toks = _drop_trailing_when(_drop_trailing_aside(list(verb.doc[lo : hi + 1])), verb)
    toks = _drop_dash_aside(_drop_trailing_when(_drop_trailing_occasion(toks), verb), marks)
    toks = _drop_partner(toks, verb, obj)
    toks = _drop_second_predicate(toks, verb)
    s, e = _trim(text, *_tok_span(toks))
    margin = _MARGIN.search(text, s, e)
    if margin is not None and margin.start() > s:
        # "favored Trump 46 percent to 32 percent": the poll's margin, not the stance
        s, e = _trim(text, s, margin.start())
    if e - s < 3:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    direct = _inside(marks, s, e) is not None
    s = _from_wh(verb, text, s)
    outer = _wh_object_of(verb, s)
    if outer is not None:
        # "X condemned what Y called a breach": the clause is X's object, and PolNeAR
        # gives the whole of it to X (Y's own words are only the nested "a breach")
        return _make(s, e, "object", outer, _subject(outer), text, direct=direct)
    return _make(s, e, "gerund" if gerund else "object", verb, subj, text, direct=direct)


# A closing margin of a vote or poll: "..., 57 percent to 22 percent", "52% to 40%".
_MARGIN = re.compile(
    r"[\s,]+\d[\d.]*\s*(?:%|percent|points?)\s+to\s+\d[\d.]*\s*(?:%|percent|points?)?$"
)

# A quotation right after a colon or comma: 'issued the following statement: "..."'.
_STATEMENT_FOLLOWS = re.compile(r"\s*[,:]\s*[\"\u201c]")


def _times_act(verb) -> bool:
    """A verb over an infinitive that only times or hedges the act, which is done:
    "began to dispute X", "seemed to confirm X", "went on to call X", "was quick to
    condemn X"."""
    if _lemma(verb) in _DONE_ACT_VERBS or verb.lower_ in cues.TIMING_ADJECTIVES:
        return True
    return verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)


def _wh_object_of(verb, s: int):
    """The cue verb whose object is a free relative "what Y called Z" starting at ``s``
    (the wh-word is the inner verb's own object), if that verb has a subject."""
    wh = _fronted_wh(verb)
    outer = verb.head
    if (
        wh is None
        or wh.idx != s
        or wh.head.i != verb.i
        or wh.dep_ != "dobj"
        or verb.dep_ not in ("ccomp", "xcomp", "pcomp", "dobj")
        or outer.i == verb.i
        or _lemma(outer) not in cues.ALL_CUES
    ):
        return None
    subj = _subject(outer)
    return outer if subj is not None and subj.i < outer.i else None


# "rather than", "instead of": a rejected alternative follows.
_ALTERNATIVES = frozenset({("rather", "than"), ("instead", "of")})


def _examples_after(verb, hi: int) -> int:
    """'criticized the invasion, including the annexation of X', 'rated 30% of them as
    false, compared to 11%': examples of, or a comparison with, the content's last words
    that the parser hung on the verb (or higher) belong to the content; return the
    content's new last token."""
    doc = verb.doc
    i = hi + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text in ",\"\u201d'":
        i += 1
    if i == hi + 1 or i >= len(doc) or "," not in doc[hi + 1 : i].text:
        return hi
    c = doc[i]
    if c.lower_ not in _ELABORATIONS or c.dep_ not in ("prep", "advcl"):
        return hi
    if c.lower_ == "compared" and not any(x.lower_ in ("to", "with") for x in c.children):
        return hi
    if c.head.i == verb.i or c.head in verb.ancestors:
        return c.right_edge.i
    return hi


def _light_noun_start(obj, lo: int) -> int:
    """'claimed responsibility for the attack', 'expressed support for Ruiz': a bare
    stance noun (``cues.LIGHT_STANCE_NOUNS``) makes a light-verb cue with its verb, and
    the content is what its preposition takes (PolNeAR train: 5 more exact); with a
    determiner or possessor ("their support for Ruiz") the noun phrase stays whole. So
    with a pronoun of amount: "said little about the plan" (train: 2 more exact)."""
    preps = [c for c in obj.rights if c.dep_ == "prep"]
    if len(preps) != 1 or obj.n_rights != 1:
        return lo
    if obj.lower_ in cues.AMOUNT_PRONOUNS and preps[0].lower_ in ("about", "on"):
        pass  # "said almost nothing about X", "disclosed more about X": X is the topic
    elif obj.lemma_.lower() not in cues.LIGHT_STANCE_NOUNS or obj.n_lefts:
        return lo
    elif preps[0].lower_ not in ("for", "to"):
        return lo  # "support from X": X gives it
    pobj = next((c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")), None)
    return lo if pobj is None else max(lo, pobj.left_edge.i)


def _alternative_after(verb, hi: int) -> int:
    """'backs the candidates rather than their campaigns', 'faulted X for staying away
    instead of visiting': the alternative set against the content's last words, which the
    parser hangs higher up, is part of the stance (PolNeAR train: 2 of 2)."""
    doc = verb.doc
    pair = tuple(t.lower_ for t in doc[hi + 1 : hi + 3])
    if pair not in _ALTERNATIVES or hi + 3 >= verb.sent.end:
        return hi
    return max(hi + 2, doc[hi + 2].right_edge.i)


def _drop_partner(toks: list, verb, obj) -> list:
    """'discussed the plan with her mother': after a verb of talking something over
    (``cues.RECIPROCAL_VERBS``) a closing "with" phrase names the other party."""
    if not toks or _lemma(verb) not in cues.RECIPROCAL_VERBS:
        return toks
    for head in (obj, verb):
        for c in head.rights:
            closing = c.i > obj.i and toks[-1].i <= c.right_edge.i
            if c.dep_ == "prep" and c.lower_ == "with" and closing:
                return [t for t in toks if t.i < c.i] or toks
    return toks


def _drop_second_predicate(toks: list, verb) -> list:
    """'called it "shameful" and called on leaders to X': a finite verb in the cue's tense,
    coordinated with a noun or adjective of the object, is the subject's next act the
    parser hung on that word; the content stops before its conjunction."""
    for t in toks:
        if (
            t.dep_ == "conj"
            and t.tag_ == verb.tag_
            and t.tag_ in ("VBD", "VBZ")
            and t.head.pos_ not in ("VERB", "AUX")
            and t.head.i > verb.i
        ):
            cc = next((c for c in t.head.rights if c.dep_ == "cc" and c.i < t.i), None)
            cut = cc.i if cc is not None else t.i
            return [x for x in toks if x.i < cut] or toks
    return toks


def _elaboration_after(verb, hi: int) -> int:
    """'repeated many of his pledges: rebuilding the pier, cutting taxes': a list or
    clause after a colon spells out the object; the parser hangs it on the verb."""
    doc = verb.doc
    if hi + 2 >= verb.sent.end or doc[hi + 1].text != ":":
        return hi
    after = next((c for c in verb.rights if c.left_edge.i == hi + 2 and not c.is_punct), None)
    return hi if after is None else after.right_edge.i


def _noun_tail(prep, obj) -> bool:
    """'cited endorsements from 88 generals': a "from/with/by" phrase right after a noun
    object, which the parser may have hung on the verb, modifies that noun."""
    return (
        prep.lower_ in _NOUN_TAIL_PREPS
        and obj.pos_ in ("NOUN", "PROPN")
        and prep.nbor(-1).pos_ in ("NOUN", "PROPN", "NUM")
        and not (prep.lower_ == "by" and any(x.dep_ == "pcomp" for x in prep.children))
    )


def _naming_participle(verb, subj, obj) -> bool:
    """'a creek called Otter Run': a past participle modifying a noun is a reduced
    passive; with a proper name as object it gives the noun's name, and the noun is the
    one named, not a speaker."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and (subj is None or subj.i == verb.head.i)  # no subject: taken for a naming one
        and obj.pos_ == "PROPN"
    )


def _negated_indefinite(verb, obj) -> bool:
    """A negated verb with a bare indefinite object ("did not endorse a candidate", "has
    not announced a replacement"; a phrase may follow, not a clause or a name): the act is
    denied of any one thing, so there is no content (PolNeAR train: 0 of 6 matched)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if [c.lower_ for c in obj.lefts] not in (["a"], ["an"]):
        return False
    return not any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "appos" for c in obj.rights)


def _predicated(obj) -> bool:
    """Whether an object carries a clause with its own subject, a "to be" predicate or an
    "as" predicate ("the danger that the dam poses", "believe the risk to be slight", "saw
    the remark as a dig"), not only an infinitive ("ways to cut costs"), whose label the
    parser varies."""
    return any(
        c.dep_ in _CLAUSE_DEPS
        and (c.lemma_ == "be" or any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children))
        or c.dep_ == "prep"
        and c.lower_ == "as"
        for c in obj.children
    )


def _drop_trailing_occasion(toks: list) -> list:
    """'called the plan a disgrace in an email', '... during a campaign stop in Ohio': a
    closing phrase naming the occasion or medium of the words tells where they were
    said, not what they were, even after a one-word object ("attacked Hale in a
    column", "mocked Hale on Twitter")."""
    if len(toks) < 3:
        return toks
    last = toks[-1].i
    for k, t in enumerate(toks[1:], start=1):
        if not _occasion(t) or t.right_edge.i < last:
            continue
        if any(a.dep_ in ("relcl", "acl") and a.i > toks[0].i for a in t.ancestors):
            continue  # "X, who spoke during the forum": the occasion of the clause's event
        return toks[:k]
    return toks


def _that_clause_start(obj, lo: int) -> int:
    """'expressed concern that X', 'repeated his message that X': a noun of feeling, or
    the subject's own noun of saying, with a that-clause stands, with its verb, for the
    cue; the clause is the content. Someone's statement held up as a thing ("rejected
    the notion that X", "cited reports that X", "noted Y's comment that X") is the
    object whole, noun and all (PolNeAR dev + train: 8 of 8). Return the content's first
    token (``lo`` when the noun stays)."""
    lemma = obj.lemma_.lower()
    if lemma not in cues.ATTITUDE_NOUNS and not (
        lemma in cues.CUE_NOUNS and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children)
    ):
        return lo
    clause = _that_clause(obj)
    first = clause.left_edge if clause is not None else None
    if first is not None and first.i == obj.i + 1 and first.dep_ == "mark":
        return first.i
    return lo


# Prepositions that give what a piece put out is about ("a statement on X").
_PIECE_TOPIC_PREPS = frozenset({"on", "about"})


def _piece_content_start(verb, obj, lo: int) -> int:
    """'issued a statement saying X', 'approved a resolution condemning X', 'unveiled a
    plan to fix X', 'issued a statement on X': a piece the subject puts out stands, with
    its verb and the participle, infinitive or "on/about" phrase on it, for the cue; what
    follows is the content. Return the content's first token (``lo`` if no such piece)."""
    lemma = _lemma(verb)
    if lemma not in cues.PRESENTATION_VERBS and lemma not in cues.DECISION_VERBS:
        return lo
    for c in obj.rights:
        telling = c.tag_ == "VBG" and (
            _lemma(c) in cues.CUE_VERBS or _lemma(c) in cues.OBJECT_VERBS
        )
        if c.dep_ == "acl" and telling and c.right_edge.i > c.i:
            return c.i + 1
        if obj.pos_ != "NOUN":
            continue
        if c.dep_ == "acl" and c.left_edge.lower_ == "to":
            return c.left_edge.i
        if (
            c.dep_ == "prep"
            and c.lower_ in _PIECE_TOPIC_PREPS
            and lemma in cues.PRESENTATION_VERBS  # "repealed the tax on X": its target
            and c.right_edge.i > c.i
        ):
            return c.i + 1
    return lo


def _feeling_topic(obj, verb):
    """'expressed deep concern about the policy': an object that names a feeling stands,
    with its verb, for the cue; what the feeling is about is the content."""
    if obj.lower_ not in cues.ATTITUDE_NOUNS or any(c.dep_ == "conj" for c in obj.children):
        return obj  # "anger and hatred of X": the phrase may hang on one conjunct only
    prep = next((c for c in obj.rights if c.dep_ == "prep"), None)
    if prep is None:
        # "cast doubt on X": the parser may hang the phrase on the verb, right after
        prep = next((c for c in verb.rights if c.i == obj.right_edge.i + 1), None)
        prep = prep if prep is not None and prep.dep_ == "prep" else None
    if prep is None or prep.lower_ not in cues.ATTITUDE_PREPS:
        return obj
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj if pobj is None else pobj


def _passive_candidate(verb, text: str, marks) -> _Cand | None:
    """'The plan was endorsed by the union': the passive subject is the content, the
    agent of "by" the source."""
    if _inside(marks, verb.idx) or verb.tag_ != "VBN":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    pobj = agent and next((c for c in agent.children if c.dep_ == "pobj"), None)
    if subj is None or pobj is None or subj.i > verb.i:
        return None
    if subj.pos_ == "PRON" or subj.lower_ in ("that", "which", "who", "whose"):
        return None
    s, e = _trim(text, *_tok_span(subj.subtree))
    if e - s < 3:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    c = _make(s, e, "passive", verb, None, text)
    c.subj = pobj
    c.subj_span = _trim(text, *_tok_span(pobj.subtree))
    return c


def _share_subject(verb) -> bool:
    """Whether a verb's subject is a poll's share ("27 percent", "Two-thirds of those
    surveyed")."""
    subj = _subject(verb)
    return subj is not None and (
        subj.lower_ in ("percent", "%", "majority", "third", "thirds", "half", "quarter")
        or subj.like_num
    )


def _prep_candidate(verb, text: str, marks, lemma: str, preps=None) -> _Cand | None:
    """'X called for Y', 'X pointed to Y', 'X called on Y to do Z'; with ``preps`` given,
    a poll's share ('27 percent would vote for Y'), whose object counts however short."""
    if _inside(marks, verb.idx):
        return None
    subj = _subject(verb)
    if subj is None:
        subj = _gerund_subject(verb)
    if subj is None or subj.i > verb.i:
        return None
    share = preps is not None
    preps = preps or cues.PREP_CUES[lemma]
    for c in verb.children:
        if c.dep_ == "prt":
            # "spoke out against X": the particle adds the prepositions of a stance,
            # which come first
            preps = cues.PREP_CUES.get(f"{lemma} {c.lower_}", ()) + preps
    # of several ("spoke to X on the radio about Y"), the one the cue lists first
    # (a preposition may hang on the verb's predicate: "pleaded guilty to X")
    rights = [
        x for c in verb.rights for x in ([c, *c.rights] if c.dep_ in ("oprd", "acomp") else [c])
    ]
    prep = min(
        (
            c
            for c in rights
            if c.dep_ in ("prep", "prt") and c.lower_ in preps and not _speaking_terms(c)
        ),
        key=lambda c: (preps.index(c.lower_), c.i),
        default=None,
    )
    pobj = None
    if prep is None:
        # "called for wages to be returned": "for" parsed as the mark of a clause
        for clause in verb.rights:
            mark = next((c for c in clause.children if c.dep_ == "mark"), None)
            if (
                clause.dep_ in ("advcl", "ccomp", "xcomp")
                and mark is not None
                and mark.lower_ in preps
                and mark.i == clause.left_edge.i
            ):
                prep, pobj = mark, clause
                break
    if prep is None:
        return None
    if lemma in cues.INTRANSITIVE_PREP_CUES and any(
        c.dep_ == "dobj" and c.i < prep.i for c in verb.children
    ):
        return None
    if pobj is None:
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        pobj = next((c for c in verb.rights if c.dep_ in ("dobj", "pobj") and c.i > prep.i), None)
    if pobj is None:
        # "called for pay to be clawed back": the clause after the preposition
        clause = next(
            (c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") and c.i > prep.i), None
        )
        if clause is not None and clause.left_edge.i == prep.i + 1:
            pobj = clause
    if pobj is None:
        return None
    if pobj.lemma_.lower() in _STATEMENT_NOUNS and _that_clause(pobj):
        # "X seized on Y's claim that ...": PolNeAR annotates Y's claim, not X's seizing
        return None
    # "pointed to the times X has laid out Y", "pointed to two hopefuls, A and B": a
    # clause or apposition the parser hung on the verb after the object goes with it
    ends = [pobj.right_edge.i] + [
        c.right_edge.i
        for c in verb.rights
        if c.dep_ == "xcomp" and c.i > prep.i or c.dep_ in ("ccomp", "appos") and c.i > pobj.i
    ]
    lo = pobj.left_edge.i + (pobj.left_edge.i == prep.i)  # never the preposition itself
    lo = _that_clause_start(pobj, lo)  # "seized on the fear that X": X
    span = verb.doc[lo : _examples_after(verb, max(ends)) + 1]
    short_ok = prep.lower_ in cues.SHORT_PREP_CUES.get(lemma, ())
    if len(span) < MIN_PREP_CONTENT_TOKENS and not share and not short_ok:
        return None
    toks = list(span)
    cut = _drop_trailing_aside(toks)
    if any(t.dep_ == "appos" and t.head in cut for t in toks[len(cut) :]):
        # "went after X's record, an especially sore point": a closing apposition, not
        # a "which" clause (PolNeAR keeps those after a preposition's object)
        toks = cut
    toks = _drop_dash_aside(_drop_trailing_occasion(toks), marks)
    s, e = _trim(text, *_tok_span(toks))
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    c = _make(s, e, "prep", verb, subj, text)
    c.cue = (verb.idx, prep.idx + len(prep))
    return c


def _speaking_terms(prep) -> bool:
    """'spoke on condition of anonymity', 'spoke on the record': the terms on which
    something was said, not what it was about."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ == "on" and pobj is not None and pobj.lemma_.lower() in cues.SPEAKING_TERMS


# Prepositions whose phrase completes an agentless passive of a stance verb: "was
# criticized for X", "was accused of X", "was rated as X", "was charged with X".
_PASSIVE_PREPS = frozenset({"as", "for", "of", "with"})

# Stance verbs whose agentless passive attributes a view: speech and cognition verbs have
# agentless passives that attribute nothing ("what is known as", "was admitted to
# hospital", "the holiday is observed"). A constant: the set difference once per verb
# cost ~3% of extract_one (py-spy, 400 corpus articles).
_BARE_PASSIVE_VERBS = cues.OBJECT_VERBS - cues.CUE_VERBS

# Verbs whose gerund carries a statement or stance; cognition verbs are left out since a
# fronted "assuming/considering X" is a condition, not a view.
_GERUND_CUES = (cues.OBJECT_VERBS | cues.INTENTION_VERBS) - (
    cues.COGNITION_VERBS - cues.SPEECH_VERBS
)


def _as_clause_candidate(verb, text: str, marks) -> _Cand | None:
    """'As X pointed out, A' and 'A, as X put it': the clause the "as" clause modifies
    is what X said or believed (PolNeAR takes the "as" clause's verb as the cue)."""
    if _inside(marks, verb.idx) or _source_clause(verb):
        return None
    if verb.head.pos_ not in ("VERB", "AUX") and verb.head.dep_ != "ROOT":
        return None  # a misparsed sentence may hang its clause on a noun as the root
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i != verb.left_edge.i:
        return None
    lemma = _lemma(verb)
    idiom = cues.SAYING_IDIOMS.get(lemma)
    said = idiom is not None and any(c.dep_ == "dobj" and c.lower_ == idiom for c in verb.children)
    if not (said or lemma in cues.CUE_VERBS or _phrasal(verb, lemma)):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not said for c in verb.children):
        return None  # "as I believed that ...": a causal "as" with its own content
    inner = {t.i for t in verb.subtree}
    head = verb.head
    # the clause's own paragraph: a headline without a full stop parses as one sentence
    # with the line under it
    lo, hi = text.rfind("\n", 0, verb.idx) + 1, _para_end(text, verb.idx)
    toks = [
        t
        for t in head.subtree
        if t.i not in inner and t.sent.start == verb.sent.start and lo <= t.idx < hi
    ]
    before = [t for t in toks if t.i < verb.left_edge.i]
    lead = " ".join(t.lower_ for t in before if not t.is_punct)
    if before and (lead in cues.CONNECTIVES or lead in _SENTENCE_CONJUNCTIONS):
        # "Yet, as X observed, A": the words before a fronted "as" clause link sentences
        toks = [t for t in toks if t.i > verb.right_edge.i]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 4:
        return None
    s, e = _trim(text, *_tok_span(toks))
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    s = _drop_connective(text, s, e, marks, sentence=True)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        # "As reported by X, A": a passive "as" clause names its source in the agent
        agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
        subj = agent and next((c for c in agent.children if c.dep_ == "pobj"), None)
    return _make(s, e, "as-clause", verb, subj, text)


def _source_clause(verb) -> bool:
    """'As first reported by X, "A," a source said': a subjectless "as" clause on words
    that a cue verb with a subject of its own reports names where they appeared
    (``speakers.find_venue``); it is no attribution of its own. So is an "as" clause of
    reporting on the speech verb itself ('As (X) reported, Doe said A': Doe's words)."""
    if verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    clause = verb.head
    if (
        _lemma(verb) in cues.REPORT_VERBS
        and _lemma(clause) in cues.SPEECH_VERBS
        and any(c.dep_ == "nsubj" for c in clause.children)
    ):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if clause.dep_ != "ccomp" or _lemma(clause.head) not in cues.CUE_VERBS:
        return False
    return _subject(clause.head) is not None


# Clause verbs (cues.CLAUSE_VERBS) of persuading: their passive subject holds the belief
# ("X was convinced that").
_PERSUADE_VERBS = frozenset({"convince"})


def _class_candidate(verb, lemma: str, sent, text: str, marks) -> _Cand | None:
    """Cue verbs of the further classes in ``cues`` (clausal, desire, evidence, attitude,
    presentation, scrutiny and directive verbs), agentless passives and fronted or
    prepositional gerunds; each class records its own method."""
    c = None
    if lemma in cues.CLAUSE_VERBS:
        c = _renamed(_verb_candidate(verb, sent, text, marks), "clause")
        if c is not None and c.subj is None and lemma in _PERSUADE_VERBS:
            # "X is convinced that ...": the one persuaded holds the belief; the passive's
            # subject, or the subject of "be" over a participle parsed as an adjective
            # complement
            held = next((x for x in verb.lefts if x.dep_ == "nsubjpass"), None)
            if held is None and verb.dep_ == "acomp":
                held = next((x for x in verb.head.lefts if x.dep_ == "nsubj"), None)
            if held is not None:
                c.subj, c.subj_span = held, _subject_span(held, verb, text)
    if c is None and lemma in cues.DESIRE_VERBS:
        c = _renamed(_intention_candidate(verb, text, marks), "desire")
        if c is None and not any(x.dep_ in ("xcomp", "ccomp") for x in verb.children):
            # "X wants policies that ...": the object desired
            c = _renamed(_object_candidate(verb, text, marks), "desire")
    if c is None and lemma in cues.EVIDENCE_VERBS:
        c = _evidence_candidate(verb, text, marks)
    for words, method in (
        (cues.ATTITUDE_VERBS, "attitude"),
        (cues.PRESENTATION_VERBS, "presentation"),
        (cues.SCRUTINY_VERBS, "scrutiny"),
    ):
        if method == "scrutiny" and verb.tag_ == "VBG":
            # "officials are reviewing X", "prosecutors investigating X": an examination
            # under way, with no judgement yet (PolNeAR train + dev: 4 of 13 matched)
            continue
        if c is None and lemma in words:
            c = _renamed(_object_candidate(verb, text, marks), method)
    if c is None and lemma in cues.DIRECTIVE_VERBS and _asks_of(verb):
        c = _renamed(_intention_candidate(verb, text, marks), "directive")
    if c is None and lemma in cues.DECISION_VERBS and _realis(verb):
        c = _renamed(_object_candidate(verb, text, marks), "decision")
    if c is None and _phrasal(verb, lemma):
        # "X pointed out his record", "X laid out a plan": a phrasal verb of saying
        c = _renamed(_object_candidate(verb, text, marks), "phrasal")
    if c is None and lemma in _BARE_PASSIVE_VERBS:
        c = _bare_passive_candidate(verb, lemma, text, marks)
    if c is None and lemma in cues.REGARD_PASSIVES and _regarded_as(verb, lemma):
        # "X is seen as Y", "X is considered a contender", "X is known for Y"
        c = _bare_passive_candidate(verb, lemma, text, marks)
    if c is None and lemma in _GERUND_CUES:
        c = _gerund_candidate(verb, sent, text, marks)
    return c


def _regarded_as(verb, lemma: str) -> bool:
    """Whether a passive verb of regarding has the predicate its sense needs
    (``cues.REGARD_PASSIVES``): "seen as a threat", not "seen gathered on the street"."""
    allowed = cues.REGARD_PASSIVES[lemma]
    for c in verb.rights:
        if c.dep_ in ("oprd", "xcomp", "attr") and "" in allowed:
            return True
        if c.dep_ == "prep" and c.lower_ in allowed:
            return not _time_phrase(c)  # "known for some time": how long, not what for
    return False


def _asks_of(verb) -> bool:
    """An object, then the infinitive asked of it ("told his staff to cut costs"). Without
    the object ("asked to remain anonymous") the infinitive is the subject's own act."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ == "xcomp" and c.i > obj.i for c in verb.rights)


def _realis(verb) -> bool:
    """A finite act that took place ("the council approved the plan", "he did sign it"),
    not a planned, possible or hypothetical one ("promising to lift the rules", "could
    reverse them", "efforts to enact", "banning travel"): only an act done stands for the
    actor's stance; an intended one is the content of another cue or of none."""
    if verb.tag_ not in _FINITE_TAGS:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & cues.IRREALIS_AUXILIARIES:
        return False
    return verb.tag_ != "VB" or bool(aux & _DO_FORMS)


def _evidence_candidate(verb, text: str, marks) -> _Cand | None:
    """'Polls show a close race', 'A study found 31 cases': with a record, study or poll
    as subject, an evidence verb's object is that source's finding."""
    subj = _subject(verb)
    if subj is not None and subj.lower_ in cues.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head  # "polls that show X ahead"
    if subj is None or subj.lemma_.lower() not in cues.EVIDENCE_NOUNS:
        return None
    c = _standing_candidate(verb, subj, text, marks) or _object_candidate(verb, text, marks)
    return _renamed(c, "evidence")


# Dependents of an evidence verb after a named object that give its standing ("Ramos in
# third", "her well behind", "him ahead by 5 points").
_STANDING_DEPS = frozenset({"prep", "advmod", "oprd", "npadvmod"})


def _standing_candidate(verb, subj, text: str, marks) -> _Cand | None:
    """'the poll shows her with a 10-point lead', 'polls showing Ramos in third': a
    person named as the object, with the standing the finding gives them."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PRON", "PROPN") or _inside(marks, verb.idx):
        return None
    rest = [
        c
        for c in verb.rights
        if c.i > obj.i
        and (c.dep_ in _STANDING_DEPS or c.dep_ in ("advcl", "conj") and c.tag_ == "VBG")
    ]
    if not rest:
        return None
    hi = max(c.right_edge.i for c in rest)
    toks = _drop_trailing_occasion(list(verb.doc[obj.left_edge.i : hi + 1]))
    s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    return _make(s, e, "evidence", verb, subj, text)


def _bare_passive_candidate(verb, lemma: str, text: str, marks) -> _Cand | None:
    """'He has been criticized for X', 'X was rated as true', 'X was dubbed Y': an
    agentless passive of a stance verb attributes its subject (and the charge or
    predicate) to an unnamed source."""
    if _inside(marks, verb.idx) or verb.tag_ != "VBN":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in cues.IRREALIS_AUXILIARIES for c in verb.children):
        return None  # "the problem must be addressed with X": a demand, nobody's judgment
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i > verb.i or subj.lower_ in cues.RELATIVE_PRONOUNS | {"there"}:
        return None
    preps = _PASSIVE_PREPS | set(cues.CHARGE_VERBS.get(lemma, ()))
    comp = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("oprd", "xcomp", "attr") or c.dep_ == "prep" and c.lower_ in preps
        ),
        None,
    )
    if comp is None:
        return None
    toks = list(verb.doc[subj.left_edge.i : _examples_after(verb, comp.right_edge.i) + 1])
    s, e = _trim(text, *_tok_span(_drop_trailing_occasion(toks)))
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    return _make(s, e, "passive-bare", verb, None, text)


# Dependents that give a passive verb a content or predicate of its own ("was told that
# ...", "was asked to ...", "is considered a threat"): no bare report then.
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "oprd", "dative", "attr", "acomp", "dobj"})

# Prepositions that make an agentless passive a relation or a standing, not a report:
# "is known for X", "was charged with Y", "are tied at 4 percent".
_RELATION_PREPS = _PASSIVE_PREPS | {"at"}

# Passive subjects that stand for no content of their own: relative pronouns (the noun's
# rule is elsewhere), expletives and free relatives ("what was not known was ...").
_NO_CONTENT_SUBJECTS = cues.RELATIVE_PRONOUNS | {"there", "it", "what"}


# Passives whose subject is not what was said: the one told or asked ("the FBI was
# warned"), and what was seen or found ("traces of oil were found").
_NOT_PASSIVE_SUBJECT = _ADDRESSEE_VERBS | _ASKING_VERBS | cues.PERCEPTION_VERBS


def _passive_subject_candidate(verb, text: str, marks) -> _Cand | None:
    """'The dissolution of the club was announced', 'A motion has since been denied': a
    main-clause passive of a cue verb with no agent and nothing to complete it reports its
    subject, from an unnamed source. Not when negated ("details have not been
    disclosed": nothing was said), nor of the one addressed or asked ("the FBI was
    warned"), nor in a subordinate clause ("before the votes were cast": background)."""
    lemma = _lemma(verb)
    if _inside(marks, verb.idx) or verb.tag_ != "VBN" or lemma in _NOT_PASSIVE_SUBJECT:
        return None
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return None
    for c in kids:
        if (
            c.dep_ in _OWN_CONTENT_DEPS | {"agent", "neg"}
            or (c.dep_ == "prep" and c.lower_ in _RELATION_PREPS)
            or (c.dep_ == "aux" and c.lower_ in cues.IRREALIS_AUXILIARIES)
        ):
            return None
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i > verb.i or subj.lower_ in _NO_CONTENT_SUBJECTS:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return None  # "no deal was announced"
    s, e = _trim(text, *_tok_span(subj.subtree))
    k = bisect_left(marks.starts, s)
    while k < len(marks.starts) and marks.starts[k] < e:
        if len(text[marks.starts[k] : marks.ends[k]].split()) >= 4:
            # "X, who angered many by saying '...', was criticised": X's words (a quoted
            # word or two, "a self-styled 'new-media' host", is no saying)
            return None
        k += 1
    c = _make(s, e, "passive-subject", verb, None, text)
    c.subj = c.subj_span = None
    return c


def _gerund_candidate(verb, sent, text: str, marks) -> _Cand | None:
    """'Citing X, Trump accused Y' and 'X began by emphasizing Y': a gerund before its
    clause's subject, or after a preposition (``subjects._gerund_governor``), shares that
    subject; its object or clause is the content."""
    if _inside(marks, verb.idx) or verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        head = verb.head
    elif verb.dep_ == "pcomp":
        head = _gerund_governor(verb)
    else:
        return None
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(head)
    if subj is None:
        return None
    comp = next((c for c in verb.rights if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
    if comp is None:
        return None
    if comp.dep_ == "ccomp":
        s, e = _content_from(comp, verb, text, marks)
    else:
        right = [
            c
            for c in verb.rights
            if c.i >= comp.i
            and (c.dep_ in _OBJECT_DEPS or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)
        ]
        toks = _drop_trailing_aside(
            list(verb.doc[comp.left_edge.i : max(c.right_edge.i for c in right) + 1])
        )
        s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < 2:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    return _make(s, e, "gerund", verb, subj, text)


def _describes_person(verb) -> bool:
    """'a lawyer who studies tax policy', 'voters who want to be named': a "who" clause
    of wanting, intending or studying says what kind of person its noun is."""
    return (
        verb is not None
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    )


_PRESENT_AUX = frozenset({"is", "are", "does", "do"})


def _habitual_relative(verb) -> bool:
    """'a senator who backs X', 'a professor who is challenging Y', 'the agency that
    approves visas': a relative clause in the simple or progressive present describes its
    noun by what it does."""
    if verb is None or verb.dep_ != "relcl":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in cues.RELATIVE_PRONOUNS for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux) and aux <= _PRESENT_AUX and verb.tag_ in ("VB", "VBG")


def _question_after(verb):
    """'X asked Y if Z', 'when asked in May whether Z': the "if/whether" clause right
    after the asking verb's own words, which the parser hung on a later verb."""
    nxt = max([verb.i, *(c.right_edge.i for c in verb.rights)]) + 1
    if nxt >= verb.sent.end:
        return None
    mark = verb.doc[nxt]
    if mark.lower_ not in ("if", "whether") or mark.dep_ != "mark":
        return None
    head = mark.head
    if head.i <= mark.i or head.left_edge.i != mark.i or verb in head.subtree:
        return None
    return head


def _asked_about(verb, after: int) -> tuple[int, int] | None:
    """The token range of what one was asked about, from token ``after`` on: the object
    of "about", through any "about" phrase joined to it ("asked about A and not about
    B")."""
    abouts = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about" and c.i > after]
    obj = abouts and next((c for c in abouts[0].children if c.dep_ in ("pobj", "pcomp")), None)
    return None if not obj else (obj.left_edge.i, abouts[-1].right_edge.i)


def _asked_of(verb) -> tuple[int, int] | None:
    """'X asked Y for Z', 'X questioned Y about Z', 'X asked Y a question': the token range
    of what was asked, without the one asked right after the verb ("asked Y to Z" keeps
    Y, as PolNeAR does). A "for" phrase counts only after a person or a named body: after
    a thing it may be a purpose ("questioned Y's reliance on Z for defense")."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    objs = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    if not objs:
        return None
    end = objs[0].right_edge.i
    if len(objs) > 1:
        second = objs[1]
        return (second.left_edge.i, second.right_edge.i) if second.left_edge.i == end + 1 else None
    about = _asked_about(verb, end)
    if about is not None:
        return about if about[0] == end + 2 else None
    if not _person_like(objs[0]):
        return None
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
    return (prep.i, prep.right_edge.i) if prep is not None and prep.i == end + 1 else None


def _person_like(tok) -> bool:
    """A name, a pronoun or a named body ("the Supreme Court", "Republicans")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP")


def _asking_candidate(verb, text: str, marks) -> _Cand | None:
    """'Asked whether he would run, X ...', 'X asked Y if ...': the question asked; and of
    one asked ('X was asked about Y', 'when asked to leave'), what about or what to do;
    'X asked Y for Z', 'X questioned Y about Z', 'X asked Y a question': what was asked.
    The one asked is the addressee: the source is the asker named by "by", or none."""
    if _inside(marks, verb.idx):
        return None
    subj = _subject(verb)
    if subj is not None and subj.i > verb.i or subj is None and _imperative(verb):
        return None  # "... and ask whether ...": the writer addresses the reader
    part = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("advcl", "ccomp") and c.left_edge.lower_ in ("if", "whether")
        ),
        None,
    ) or _question_after(verb)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
    )
    span = None if part is None else (part.left_edge.i, part.right_edge.i)
    if span is None and passive:
        span = _asked_about(verb, verb.i)
        if span is None:
            xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
            span = xcomp and (xcomp.left_edge.i, xcomp.right_edge.i)
    elif span is None:
        span = _asked_of(verb)
    if span is None:
        return None
    toks = _drop_trailing_aside(list(verb.doc[span[0] : span[1] + 1]))
    s, e = _trim(text, *_tok_span(_drop_trailing_occasion(toks)))
    if len(_WORD.findall(text[s:e])) < 2:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    return _make(s, e, "asked", verb, subj, text)
