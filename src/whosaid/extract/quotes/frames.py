"""Cues that are not verbs: nouns ("X's claim that"), adjectives ("X is sure"),
impersonal frames ("it seems"), "according to X", polls, perspectives, adverbs.
"""

from __future__ import annotations

import re

from whosaid.extract import cues
from whosaid.extract.quotes.core import (
    _RAISING_VERBS,
    _STATEMENT_NOUNS,
    _WH_TAGS,
    _WORD,
    _agentive,
    _Cand,
    _lemma,
    _renamed,
    _time_phrase,
    _to_infinitive,
    _tok_span,
    _verbal,
)
from whosaid.extract.quotes.marks import _inside, _trim
from whosaid.extract.quotes.spans import (
    _content_from,
    _drop_connective,
    _drop_dash_aside,
    _drop_trailing_aside,
    _para_end,
    _that_clause,
    _when,
    _widen_to_quotes,
)
from whosaid.extract.quotes.subjects import _make, _subject, _subject_span
from whosaid.extract.speakers import according_venue, find_venue

# "X's disdain for Y", "a critic of Y", "plans to Z": a stance noun's phrase of fewer
# words than this ("super PACs", "to build bunkers") names a topic in passing; PolNeAR dev
# annotates few of them (3 of 15 matched); a that-clause is not held to it.
MIN_TOPIC_NOUN_WORDS = 5

# Prepositions after a stance adjective that introduce its content ("worried about X").
_STANCE_PREPS = frozenset({"about", "of", "over", "with", "that"})

# Stance adjectives whose object is a stance only as a gerund ("open to raising taxes").
_GERUND_ADJECTIVES = frozenset({"open"})


def _stance_preps(adj) -> tuple[str, ...] | None:
    """The prepositions that may introduce what a stance adjective is about: () for an
    attitude adjective ("afraid that X", "worried about X": a clause or ``_STANCE_PREPS``),
    its own for a stance adjective ("wary of X"), None for any other word."""
    if adj.pos_ == "ADJ" and adj.lower_ in cues.ATTITUDE_ADJECTIVES:
        return ()
    if adj.pos_ in ("ADJ", "VERB"):
        return cues.STANCE_ADJECTIVES.get(adj.lower_)
    return None


def _stance_object(adj, preps):
    """What a stance adjective is about, and the preposition that introduces it (``preps``
    from ``_stance_preps``): an attitude adjective's clause ("afraid that X") or object
    ("worried about X"), a stance adjective's object ("wary of X")."""
    comp = None if preps else next((c for c in adj.rights if c.dep_ in ("ccomp", "xcomp")), None)
    if comp is not None:
        return None, comp
    # "pleased by X": a participle's "by" phrase is parsed as its agent
    deps = ("prep", "agent") if preps else ("prep",)
    preps = preps or _STANCE_PREPS
    prep = next((c for c in adj.rights if c.dep_ in deps and c.lower_ in preps), None)
    comp = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if comp is None or adj.lower_ in _GERUND_ADJECTIVES and comp.tag_ != "VBG":
        return None, None  # "open to the public" is no stance; "open to raising taxes" is
    return prep, comp


def _adjective_candidate(adj, text: str, marks, preps=()) -> _Cand | None:
    """'Democrats are afraid that ...', 'she was sure Trump would win': a stance adjective;
    with ``preps`` (``cues.STANCE_ADJECTIVES``) only its prepositional object ("X is wary
    of Y"). A cue with a preposition runs to it ("afraid of")."""
    # "X was troubled by Y": a participle the parser made a passive verb, heading a
    # clause of its own (not one reported by a verb above it)
    passive = (
        adj.tag_ == "VBN"
        and adj.dep_ not in ("ccomp", "xcomp")
        and any(c.dep_ == "nsubjpass" for c in adj.children)
    )
    if _inside(marks, adj.idx) or adj.dep_ not in ("acomp", "amod", "oprd") and not passive:
        return None
    head = adj if passive else adj.head
    if head.dep_ == "xcomp" and head.lemma_ == "be" and _lemma(head.head) in _RAISING_VERBS:
        head = head.head  # "X did not seem to be worried about Y": X holds the stance
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("it", "this", "there") or subj.i > adj.i:
        return None
    prep, comp = _stance_object(adj, preps)
    if comp is None:
        return None
    s, e = _content_from(comp, adj, text, marks)
    # one word will do when it names someone: "critical of Ramos"
    if len(_WORD.findall(text[s:e])) < (1 if comp.pos_ == "PROPN" else 2):
        return None
    c = _make(s, e, "adjective", head, subj, text)
    end = prep if prep is not None else adj
    c.cue = (adj.idx, end.idx + len(end))
    return c


def _stance_noun_candidate(noun, text: str, marks) -> _Cand | None:
    """'Clinton has been a consistent supporter of NATO': the object of the stance."""
    if _inside(marks, noun.idx) or noun.dep_ != "attr":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if subj is None or pobj is None or subj.lower_ in ("it", "this", "there"):
        return None
    # "a supporter of NATO and of its allies": the coordinated phrase too, which the
    # parser hangs on the first "of" (in its subtree) or on the noun
    more = [
        c
        for c in noun.rights
        if c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i > prep.i
        and any(x.dep_ == "cc" and prep.i < x.i < c.i for x in noun.children)
    ]
    toks = [t for p in (prep, *more) for t in p.subtree if t.i > prep.i]
    s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < MIN_TOPIC_NOUN_WORDS and not _named_target(pobj):
        return None
    c = _make(s, e, "noun", noun.head, subj, text)
    c.cue = (noun.idx, noun.idx + len(noun))
    return c


# Verbs of seeming ("appear", "look"): their participle is no active report of its own.
_SEEMING_VERBS = _RAISING_VERBS | cues.IMPRESSION_VERBS


def _impersonal_candidate(tok, text: str, marks) -> _Cand | None:
    """Attributions with no source: "it seems that X", "it was clear that X" (the
    clause), "X seems to Y", "X is expected to Y", "X is seen as Y", "there seems to be
    Y", "X looks weak" (the raised subject and its predicate)."""
    if _inside(marks, tok.idx):
        return None
    if tok.pos_ == "ADJ" and _lemma(tok.head) == "make" and tok.i > tok.head.i:
        return _made_clear(tok, text, marks)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lower_ in cues.PASSIVE_REGARD:
        return _reduced_regard(tok, text, marks)
    head = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "acomp" else tok
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return None
    owner = tok if tok.pos_ == "ADJ" else head
    comp = next((c for c in owner.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if subj.lower_ == "it" and comp is None:
        comp = next((c for c in head.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if subj.lower_ == "it" and comp is not None:
        first = comp.left_edge
        while first.dep_ == "advmod" and first.tag_ == "RB" and first.i < comp.i:
            first = first.doc[first.i + 1]  # "unclear exactly how X"
        if first.lower_ in ("whether", "if") or first.tag_ in _WH_TAGS:
            # "it was unclear whether X", "it is not known how X": an open question,
            # which no one is reported to hold a view on (PolNeAR dev + train: 1 of 7
            # matched)
            return None
        s, e = _content_from(comp, tok, text, marks)
    else:
        if tok.pos_ == "ADJ" or subj.lower_ in ("this", "that"):
            return None
        active = tok.tag_ == "VBN" and _lemma(tok) not in _SEEMING_VERBS
        if (active or tok.lower_ in cues.PASSIVE_ONLY_CUES) and subj.dep_ != "nsubjpass":
            return None  # "X said Y", "X reported Y": a source of its own
        comp = next((c for c in head.children if c.dep_ in _RAISED_DEPS), None)
        if _lemma(tok) in cues.IMPRESSION_VERBS and (comp is None or comp.pos_ != "ADJ"):
            return None  # "looked to expand", "looks at": not an impression
        if comp is None and _lemma(tok) in _RAISING_VERBS:
            # "it seemed like an impossible task"; "the team appeared paralyzed", the
            # participle parsed as a clause of its own
            comp = next(
                (
                    c
                    for c in tok.rights
                    if c.dep_ == "prep"
                    and c.lower_ == "like"
                    or c.dep_ == "advcl"
                    and c.tag_ in ("VBN", "JJ")
                    and c.left_edge.i == tok.i + 1
                ),
                None,
            )
        if tok.lower_ in cues.PASSIVE_REGARD:
            # "X is seen as Y", "X is known for Y" (not "X was seen leaving"): a passive
            # with its auxiliary, not a reduced one naming something ("Z, known as Y")
            preps = cues.PASSIVE_REGARD[tok.lower_]
            if comp is not None and comp.left_edge.lower_ not in preps:
                comp = None  # "seen as more able": "as" parsed inside the predicate
            if any(c.dep_ == "auxpass" for c in tok.children):
                prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps), None)
                if prep is not None and _time_phrase(prep):
                    return None  # "it has been known for some time that ...": how long
                comp = prep or comp
            else:
                comp = None
        if comp is None or comp.i < tok.i:
            return None
        if _lemma(tok) in _RAISING_VERBS and (_inner_cue(comp) or _inner_attitude(comp)):
            return None  # "he appeared to suggest that X": the inner cue's candidate, X
        s, e = _tok_span(_raised_content(subj, comp, marks))
        s, e = _trim(text, s, e)
    if len(_WORD.findall(text[s:e])) < 4:
        return None
    c = _make(s, e, "impersonal", tok, None, text)
    c.subj, c.subj_span = None, None  # "X seems to agree": the raised X is content, not source
    return c


def _made_clear(adj, text: str, marks) -> _Cand | None:
    """'X made (it) clear that Y': the subject of "make" states Y."""
    verb = adj.head
    subj = _subject(verb)
    clause = next(
        (c for c in adj.rights if c.dep_ in ("ccomp", "advcl", "csubj") and _verbal(c)),
        next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > adj.i), None),
    )
    if subj is None or clause is None or subj.i > verb.i or subj.lower_ in ("it", "this", "that"):
        return None
    s, e = _content_from(clause, adj, text, marks)
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    return _make(s, e, "adjective", verb, subj, text, cue=(verb.idx, adj.idx + len(adj)))


def _reduced_regard(verb, text: str, marks) -> _Cand | None:
    """'a state known for its moderates', 'low prices, seen as a boon': a reduced passive
    of regarding gives the view of its noun, held by no one named. A naming one ("a group
    known as X") is left out."""
    noun = verb.head
    preps = ("for",) if verb.lower_ == "known" else cues.PASSIVE_REGARD[verb.lower_]
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "viewed by some as X": a holder of the view, another rule's
    s, e = _trim(text, *_tok_span(_raised_content(noun, prep, marks)))
    if len(_WORD.findall(text[s:e])) < 4:
        return None
    return _make(s, e, "impersonal", verb, None, text)


# Phrases after the predicate the parser may hang on the raising verb instead.
_RAISED_TAIL = ("prep", "npadvmod", "oprd", "acomp")

# The predicate after a raising verb: "seems to Y", "seemed fine", "appeared tired".
_RAISED_DEPS = ("xcomp", "acomp", "attr", "oprd")


def _raised_content(subj, comp, marks) -> list:
    """'X is expected to Y': PolNeAR's content is the subject and the predicate, which
    the scorer compares by their hull; a closing aside after a comma or dash ("..., when
    he told Z", "..., which could help", "... -- the first of many") is the writer's."""
    doc = subj.doc
    end = comp.right_edge.i
    for c in comp.head.rights:
        # "appeared to end his bid owing $200,000": a phrase the parser hung on the
        # raising verb, right after the predicate with no comma, belongs to it
        participle = c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i
        # "seen as X more than Y", "impervious to all but the largest shocks"
        headed = c.dep_ in ("advmod", "cc") and c.n_lefts + c.n_rights > 0
        tail = participle or headed or c.dep_ in _RAISED_TAIL
        if c.i > end and c.left_edge.i == end + 1 and tail:
            end = c.right_edge.i
    pred = next((c for c in comp.children if c.dep_ in ("acomp", "attr")), comp)
    if any(c.lower_ in ("so", "such") for c in pred.lefts):
        # "seemed so stark that it prompted Z": the result is the writer's
        result = next((c for c in pred.rights if c.dep_ == "ccomp"), None)
        if result is not None and result.left_edge.lower_ == "that":
            end = result.left_edge.i - 1
    toks = list(doc[subj.left_edge.i : end + 1])
    rest = [t for t in toks if t.i > comp.i]
    cut = _drop_dash_aside(rest, marks)
    if len(cut) < len(rest):
        toks = toks[: len(toks) - len(rest) + len(cut)]
    toks = _drop_trailing_aside(toks, raised=True)
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _inner_attitude(comp) -> bool:
    """'X seemed pleased with Y', 'X did not seem to be worried about Y': an adjective of
    stance under the raising verb, with what the stance is about; its own candidate
    reports Y, held by X."""
    if comp.dep_ == "xcomp" and comp.lemma_ == "be":
        comp = next((c for c in comp.children if c.dep_ in ("acomp", "oprd")), comp)
    preps = _stance_preps(comp)
    return preps is not None and _stance_object(comp, preps)[1] is not None


def _inner_cue(comp) -> bool:
    """An infinitive complement that is a cue verb with its own clause or object ("seemed
    to suggest that X"): a candidate of its own reports X, with the outer verb part of
    the cue."""
    return (
        comp.dep_ == "xcomp"
        and _lemma(comp) in cues.CUE_VERBS
        and any(c.dep_ in ("ccomp", "dobj") for c in comp.children)
    )


# Verbs whose object comes to their subject ("X faced criticism", "X drew praise"): the
# subject is the target of the stance, not its holder.
_RECEIVING_VERBS = frozenset(
    {"face", "draw", "attract", "receive", "earn", "endure", "weather", "suffer", "incur"}
)


def _noun_owner(noun):
    """Who holds a noun's stance: "Trump's plans to ...", "X announced plans to ...",
    "X raised questions about ..."."""
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if owner is not None:
        return owner, noun
    if (
        noun.dep_ in ("dobj", "attr")
        and noun.head.pos_ in ("VERB", "AUX")
        and _lemma(noun.head) not in _RECEIVING_VERBS
    ):
        subj = _subject(noun.head)
        if subj is not None and subj.i < noun.head.i and subj.lower_ not in ("it", "there"):
            return subj, noun.head
    return None, None


def _named_target(tok) -> bool:
    """A stance's object that names its target, however short: a name or a personal
    pronoun ("praise for Ramos", "attacks on him"), not a date ("remarks on Saturday").
    PolNeAR train: 6 of 8 such short phrases matched."""
    if tok.pos_ == "PROPN":
        return not _when(tok)
    return tok.lower_ in ("him", "her", "them")


def _open_question(part) -> bool:
    """A noun's object that is an embedded question with a verb: "whether A", "how
    much B", not a bare "what" or "how"."""
    first = part.left_edge
    return (first.lower_ == "whether" or first.tag_ in _WH_TAGS) and any(
        t.pos_ in ("VERB", "AUX") for t in part.subtree
    )


def _topic_noun(tok) -> tuple[str, ...] | None:
    """The prepositions of a topic noun, by lemma or by its plural form ("kind words
    for X", "mixed feelings about X": plural nouns whose lemma is no cue)."""
    return cues.TOPIC_NOUNS.get(tok.lemma_.lower()) or cues.TOPIC_NOUNS.get(tok.lower_)


def _topic_noun_candidate(noun, text: str, marks, preps) -> _Cand | None:
    """'X announced plans to give ...', 'X raised questions about Y', 'X's criticism of Y':
    the infinitive or prepositional object, after one of ``preps``, of a noun of intent,
    speech or stance."""
    if _inside(marks, noun.idx):
        return None
    part = None
    for c in noun.rights:
        if c.dep_ == "acl" and "to" in preps and _to_infinitive(c):
            part = c
            break
        if c.dep_ == "prep" and c.lower_ in preps:
            part = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            break
    if part is None:
        return None
    owner, verb = _noun_owner(noun)
    # "X faced criticism for ...": a stance whose holder goes unnamed
    received = owner is None and noun.dep_ == "dobj" and _lemma(noun.head) in _RECEIVING_VERBS
    # "there are questions about whether A": an open question someone unnamed raises,
    # unlike "it is unclear whether A" (PolNeAR train: 10 of 12 such candidates matched)
    asked = owner is None and _open_question(part)
    if not (received or asked) and (owner is None or not _agentive(owner)):
        return None
    toks = list(part.subtree)
    s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < MIN_TOPIC_NOUN_WORDS and not _named_target(part):
        return None

    s, e = _widen_to_quotes(text, s, e, marks, noun.idx)
    c = _make(s, e, "noun", verb if verb is not noun else None, None, text)
    c.cue_tok = noun
    c.cue = (noun.idx, noun.idx + len(noun))
    if received or asked:
        c.subj = c.subj_span = None
        return c
    c.subj = owner
    c.subj_span = (
        _trim(text, *_tok_span(owner.subtree))
        if owner.dep_ == "poss"
        else (_subject_span(owner, verb, text))
    )
    return c


# Prepositions whose object holds a stance given to someone: "the support of X",
# "criticism from X" (not "support among X", mostly a poll's share).
_HOLDER_PREPS = frozenset({"of", "from"})


def _received_candidate(noun, text: str, marks) -> _Cand | None:
    """'X drew sharp criticism from Y', 'X has the support of Y': the receiving verb's
    subject is the content (what the stance is about), the phrase after "of/from" its
    source, as for a passive ("X was criticized by Y")."""
    verb = noun.head
    if _inside(marks, noun.idx) or noun.dep_ != "dobj" or _lemma(verb) not in cues.RECEIVING_VERBS:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "X had his greatest support among Y": the stance's owner is given
    if _that_clause(noun) is not None:
        return None  # "X faced criticism that A": the claim is the content
    if any(t.like_num or t.lower_ in ("percent", "%") for x in noun.lefts for t in x.subtree):
        return None  # "X has 5 percent support of Y": a poll's share, not a stance
    preps = [c for c in noun.rights if c.dep_ == "prep"] + [
        c for c in verb.rights if c.dep_ == "prep" and c.i > noun.i
    ]
    prep = next((c for c in preps if c.lower_ in _HOLDER_PREPS), None)
    pobj = prep and next((c for c in prep.children if c.dep_ == "pobj"), None)
    subj = _subject(verb)
    if pobj is None or subj is None or subj.i > verb.i or _when(pobj):
        return None
    if subj.lower_ in ("it", "there") or pobj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    s, e = _trim(text, *_tok_span(subj.subtree))
    if e <= s:
        return None
    c = _make(s, e, "passive", verb, None, text)
    c.cue = (verb.idx, noun.idx + len(noun))
    c.subj = pobj
    c.subj_span = _trim(text, *_tok_span(pobj.subtree))
    return c


def _noun_candidate(noun, text: str, marks) -> _Cand | None:
    """ "Trump's claim that there have been ...": the that-clause of a speech noun."""
    if _inside(marks, noun.idx):
        return None
    clause = _that_clause(noun)
    if clause is None:
        return None
    s, e = _content_from(clause, noun, text, marks)
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    owner = _statement_owner(noun)
    c = _make(s, e, "noun", noun, None, text)
    if owner is not None:
        c.subj = owner
        c.subj_span = (
            _subject_span(owner, owner.head, text)  # a verb's subject: its mention
            if owner.dep_ == "nsubj"
            else _trim(text, *_tok_span(owner.subtree))
        )
    return c


# Prepositions that name who made a statement: "warnings from X", "claims by X".
_MAKER_PREPS = frozenset({"from", "by"})


def _statement_owner(noun):
    """Who made the statement a speech noun names: "X's claim that ...", "a Daily Ledger
    report that ...", "claims by X that ...", "warnings from X that ..."."""
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return names[-1]
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in _MAKER_PREPS:
            ob = next((x for x in c.children if x.dep_ == "pobj"), None)
            if ob is not None and _agentive(ob):
                return ob
    # "X persisted in arguments that ...": the subject of the verb whose prepositional
    # phrase after it holds the noun (not a passive one: "X was dogged by charges that
    # ...", nor a fronted one: "Despite claims that ..., X ...")
    gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if gov is not None and gov.pos_ == "VERB" and noun.head.i > gov.i:
        subj = _agentive_subject(gov)
        if subj is not None:
            return subj
    # "X raised concern that ...", "X played down the idea that ...": the subject of the
    # verb whose object the noun is voices, weighs or rejects it (not "X faced charges")
    if (
        noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and _lemma(noun.head) not in _RECEIVING_VERBS
    ):
        return _agentive_subject(noun.head)
    return None


def _agentive_subject(verb):
    """The subject before ``verb``, if it can hold a view (a person, a group; not "it")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.i < verb.i and subj.lower_ != "it" and _agentive(subj):
        return subj
    return None


# A sentence end followed by an opening quotation mark: 'performed. "It was ...'.
_QUOTED_SENTENCE_AFTER = re.compile(r"[.!?]\s+[\"\u201c]")


def _according_to(tok, text: str, marks) -> _Cand | None:
    """'According to X, ...' and '..., according to X': the sentence around the phrase."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or _inside(marks, tok.idx):
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if _outlet_reports_speech(tok):
        return None
    src = _tok_span(pobj.subtree)
    phrase_lo, phrase_hi = tok.i, max(t.i for t in pobj.subtree)
    author = _author_of(pobj)
    rest = doc[phrase_hi + 1 : tok.sent.end]
    if phrase_lo == tok.sent.start and all(t.is_punct or t.is_space for t in rest):
        # "According to X, the move reeks of ...": the parser swallowed the clause into
        # the source; a comma after the name ends the source
        comma = next((t.i for t in doc[pobj.i : phrase_hi] if t.text == ","), None)
        if comma is not None:
            phrase_hi = comma
            src = _tok_span(doc[to.i + 1 : comma])
    # content = the longer side of the sentence around the phrase
    # the phrase's own paragraph only: spaCy sentences can run across blank lines
    para_lo = text.rfind("\n", 0, tok.idx) + 1
    para_hi = _para_end(text, tok.idx)
    toks = [
        t
        for t in tok.sent
        if not (phrase_lo <= t.i <= phrase_hi) and para_lo <= t.idx < para_hi and t.text.strip()
    ]
    toks = [t for t in toks if not (t.dep_ == "cc" and t.i < phrase_lo)]
    if not toks:
        return None
    before = [t for t in toks if t.i < phrase_lo]
    after = [t for t in toks if t.i > phrase_hi]
    part = after if len(after) >= len(before) else before
    if part is after and before and _participle_tail(after, before):
        # "A struck a deal, according to X, taking a step toward B": the clause, not the
        # participle that trails it
        part = before
    if not part:
        return None
    # before it: a phrase added to the clause may be all the source attests; after it:
    # "Fundraising, according to the campaign, has surged", "About 10 p.m., according to
    # the log, the guards left": the phrase interrupts a clause, whose words before it go
    # with the content, as around a parenthetical cue (PolNeAR train: 4 more exact, none lost)
    if part is before and _speech_tag(part, text):
        return None  # '"A," Roe said at a rally, according to X': X credits A, not the tag
    part = _closing_phrase(part) if part is before else _same_clause_before(before, after) + after
    s, e = _trim(text, *_tok_span(part))
    if e - s < 8:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, tok.idx)
    m = _QUOTED_SENTENCE_AFTER.search(text, s, e)
    if m is not None and tok.idx < m.start() and _inside(marks, m.start()) is None:
        # a sentence the parser ran on into the quotation after it: that is someone's
        # own words, with a cue of its own
        e = _trim(text, s, m.start())[1]
    s = _drop_connective(text, s, e, marks, sentence=True)
    c = _Cand(start=s, end=e, method="according", cue_tok=tok)
    c.cue = (tok.idx, to.idx + len(to))
    c.subj = pobj
    c.subj_span = _trim(text, *src)
    if author is not None:
        c.subj, c.subj_span = author, _trim(text, *_tok_span(author.subtree))
    return c


def _speech_tag(part: list, text: str) -> bool:
    """Whether tokens are the speech tag of the quotation closed right before them
    ('"...?" Roe said at a news conference'): a verb of saying with no words of its own."""
    before = text[: part[0].idx].rstrip(" \t,")
    if not before.endswith(('"', "\u201d", "''")):
        return False
    return any(
        t.pos_ == "VERB"
        and _lemma(t) in cues.SPEECH_VERBS
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children)
        for t in part
    )


def _outlet_reports_speech(tok) -> bool:
    """'According to X, A said "..."' with X an outlet: X reported what A said, so the
    words are A's, given to X (``find_venue`` on the verb), not the outlet's report."""
    verb = tok.head
    if tok.dep_ != "prep" or verb.i < tok.i or _lemma(verb) not in cues.SPEECH_VERBS:
        return False
    subj = _subject(verb)
    if subj is None or subj.i < tok.i or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return according_venue(tok) is not None


# Words opening a phrase that, set off by a comma, adds to a clause: an absolute "with"
# phrase or a non-restrictive relative clause.
_ADDED_PHRASE_OPENERS = frozenset({"with", "which", "who", "whose"})


def _closing_phrase(before: list) -> list:
    """'X trails men, with two-thirds of the money coming from men, according to Y', 'the
    gap, which stood at 263, according to Y': a phrase added by a comma after the
    clause's verb, right before a closing "according to", is what the source attests
    (PolNeAR train: 5 of 5), not the clause it hangs on."""
    last = next((t for t in reversed(before) if not t.is_punct), None)
    for k in range(len(before) - 2, 0, -1):
        t = before[k]
        if t.lower_ in _ADDED_PHRASE_OPENERS and before[k - 1].text == ",":
            phrase = t if t.lower_ == "with" else t.head
            if (
                phrase.left_edge.i == t.i
                and phrase.right_edge.i == last.i
                and t.sent.root.pos_ in ("VERB", "AUX")
                and t.sent.root.i < t.i
            ):
                return before[k:]
            break
    return before


def _same_clause_before(before: list, after: list) -> list:
    """The words just before an "according to" phrase that hang on the clause after it."""
    inside = {t.i for t in after}
    k = len(before)
    while k and (before[k - 1].is_punct or any(a.i in inside for a in before[k - 1].ancestors)):
        k -= 1
    part = before[k:]
    while part and part[0].is_punct:
        part = part[1:]
    return part


def _participle_tail(after: list, before: list) -> bool:
    """Words after an "according to" phrase that open with a participle while those
    before it hold a finite clause with its subject."""
    first = next((t for t in after if not t.is_punct), None)
    return first is not None and (
        first.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        and any(t.dep_ in ("nsubj", "nsubjpass") for t in before)
    )


def _reportative(adv, text: str, marks) -> _Cand | None:
    """'He allegedly hid the funds': the clause a hearsay adverb modifies, from its
    subject on, is attributed to no one in particular."""
    head = adv.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if adv.dep_ != "advmod" or subj is None or subj.i > adv.i or _inside(marks, adv.idx):
        return None
    if head.dep_ == "ccomp" and head.head.i > head.i and _lemma(head.head) in cues.SPEECH_VERBS:
        return None  # "X allegedly did Y, the Post reported": the tag names the source
    toks = _drop_trailing_aside([t for t in head.subtree if t.i >= subj.left_edge.i])
    s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    c = _Cand(start=s, end=e, method="reportative", cue_tok=adv)
    c.cue = (adv.idx, adv.idx + len(adv))
    return c


def _in_poll(prep, text: str, marks) -> _Cand | None:
    """'In the latest poll, X leads by 5 points', 'X fared well in online polls', 'X's
    gains in some polls': the clause or noun the "in" phrase modifies is the poll's
    finding, the poll its source."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.tag_ == "NNS" and prep.i != prep.sent.start:
        # "X rose in the polls", "X trails in national polls": a standing across polls in
        # general, not one poll's finding (PolNeAR train: 0 of 17 matched); a fronted "In
        # exit polls, ..." still frames the clause
        return None
    if pobj is not None and pobj.lower_ in ("one", "some", "most", "all", "each"):
        # "in one of the first polls"
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = of and next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in cues.POLL_NOUNS or _inside(marks, prep.idx):
        return None
    span = _polled_answer(prep, text) or _framed_span(prep, text, nouns=True, min_words=2)
    if span is None:
        return None
    c = _make(*span, "poll", prep, None, text)
    c.subj = pobj
    c.subj_span = _trim(text, *_tok_span(list(prep.subtree)[1:]))
    return c


def _polled_answer(prep, text: str) -> tuple[int, int] | None:
    """'In a poll, 31% said A', '20 percent of people in a poll said A': what the
    respondents said is the poll's finding, and PolNeAR gives the whole clause to the poll
    (train samples + dev: 4 of 5)."""
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "20 percent of people in a poll"
    verb = head.head if head.dep_ == "nsubj" else head
    if not _verbal(verb) or _lemma(verb) not in cues.CUE_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i or not any(t.like_num for t in subj.subtree):
        return None  # the share of those polled is the subject: "79 percent of Democrats"
    if head.i == verb.i and not prep.i < subj.left_edge.i:
        return None
    # from the share of those polled on ("..., that 20 percent of people in a poll said")
    toks = [t for t in verb.subtree if t.i >= subj.left_edge.i]
    while toks and toks[-1].text in ".;:":
        toks.pop()
    s, e = _trim(text, *_tok_span(_drop_trailing_aside(toks)))
    return (s, e) if e > s else None


def _perspective(prep, text: str, marks) -> _Cand | None:
    """'By X's own admission, A', 'A in his eyes', 'A, by one estimate': a clause framed
    as someone's view or account is theirs."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in cues.PERSPECTIVE_NOUNS.get(prep.lower_, ()):
        return None
    owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
    some = any(c.lower_ in ("one", "some", "another") for c in pobj.children)
    if (owner is None and not some) or _inside(marks, prep.idx):
        return None
    span = _framed_span(prep, text, nouns=False, min_words=3)
    if span is None:
        return None
    c = _make(*span, "perspective", prep, None, text)
    c.cue = _tok_span(list(prep.subtree))
    # PolNeAR: the author of an account ("by her own admission"), the whole phrase of a
    # view ("in his eyes") or of an unnamed estimate ("by one estimate")
    src = owner if prep.lower_ == "by" and owner is not None else pobj
    c.subj = src
    c.subj_span = _trim(text, *_tok_span(list(src.subtree)))
    return c


def _framed_span(prep, text: str, *, nouns: bool, min_words: int) -> tuple[int, int] | None:
    """The trimmed offsets of what a framing phrase frames (``_framed``), if it has at
    least ``min_words`` words."""
    toks = _framed(prep, nouns=nouns)
    if not toks:
        return None
    s, e = _trim(text, *_tok_span(toks))
    return (s, e) if len(_WORD.findall(text[s:e])) >= min_words else None


def _framed(prep, *, nouns: bool) -> list:
    """The clause (or, with ``nouns``, the noun) a framing phrase ("in the poll", "by
    his account") modifies, without the phrase; empty when it frames a cue verb, whose
    content is its own ("In a poll, most said ...")."""
    head = prep.head
    if nouns and head.pos_ == "NOUN" and head.i < prep.i:
        return list(head.doc[head.left_edge.i : prep.i])
    if head.dep_ in ("acomp", "attr") and head.head.i < head.i:
        head = head.head  # "A is safe in his eyes": the clause of the copula
    if not _verbal(head) or _lemma(head) in cues.CUE_VERBS:
        return []
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(t.tag_ in ("WP", "WDT") for t in subj.subtree):
        return []  # "X, who trailed in every poll": a description of X, not a finding
    if prep.i < head.i and subj.i < prep.i:
        return []  # "X's lead in a poll last month has evaporated": the phrase is X's
    if prep.i < head.i:
        toks = [t for t in head.subtree if t.i > prep.right_edge.i]
    else:
        toks = [t for t in head.subtree if subj.left_edge.i <= t.i < prep.left_edge.i]
    return _drop_trailing_aside(toks)


def _author_of(noun):
    """'a speech X delivered in July': the subject of a relative clause on a noun for
    something produced, who is its author."""
    if noun.lemma_.lower() not in cues.AUTHORED_NOUNS:
        return None
    for rel in noun.rights:
        if rel.dep_ == "relcl":
            subj = next((c for c in rel.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i < rel.i and _agentive(subj):
                return subj
    return None


def _credit_according(cands: list[_Cand], acc: _Cand) -> None:
    """'X plans to visit Y, according to an aide': a stance or intention whose words end
    before the phrase is the phrase's source's report (PolNeAR gives the whole sentence to
    the aide); a verb of saying keeps its own speaker ('A said B, according to C'), and an
    outlet C is where the words were given, so they count as relayed (``Quote.venue``)."""
    before = [c for c in cands if c.start < acc.end and acc.start < c.end <= acc.cue[0]]
    if not before:
        return
    c = max(before, key=lambda c: c.end)  # the words right before the phrase
    if c.cue_tok is not None and _lemma(c.cue_tok) not in cues.SPEECH_VERBS:
        c.subj, c.subj_span = acc.subj, acc.subj_span
        c.cue, c.cue_tok = acc.cue, acc.cue_tok
    elif c.venue is None:
        c.venue = find_venue(acc.cue_tok)


def _noun_class_candidate(noun, text: str, marks) -> _Cand | None:
    """Further speech and stance nouns: "media pronouncements that ..." (``noun-that``),
    "X's bet is that ..." (``noun-is``), "X's claims about Y" (``noun-topic``)."""
    lemma = noun.lemma_.lower()
    low = noun.lower_
    c = None
    if lemma in cues.MORE_CUE_NOUNS:
        c = _renamed(_noun_candidate(noun, text, marks), "noun-that")
    if c is None and (lemma in _STATEMENT_NOUNS or lemma in cues.FRAMING_NOUNS):
        c = _noun_is_candidate(noun, text, marks)
    if c is None and _topic_noun(noun) is None:
        preps = cues.MORE_TOPIC_NOUNS.get(low) or cues.MORE_TOPIC_NOUNS.get(lemma)
        if preps:
            c = _renamed(_topic_noun_candidate(noun, text, marks, preps), "noun-topic")
    return c


def _noun_colon_candidate(noun, text: str, marks) -> _Cand | None:
    """'X sent Y an unmistakable message: A', 'X had one message: A': the words after a
    colon that closes the phrase of a speech noun; the noun's owner is the source."""
    if _inside(marks, noun.idx) or noun.dep_ not in ("dobj", "attr", "appos"):
        return None
    doc = noun.doc
    colon = noun.right_edge.i + 1
    if colon >= len(doc) - 1 or doc[colon].text != ":" or doc[colon].sent != noun.sent:
        return None
    owner, verb = _noun_owner(noun)
    if owner is None or not _agentive(owner):
        return None
    end = _para_end(text, doc[colon].idx)
    s, e = _trim(text, doc[colon + 1].idx, min(noun.sent.end_char, end))
    if len(_WORD.findall(text[s:e])) < 2:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, noun.idx)
    c = _make(s, e, "noun-colon", verb, owner, text, direct=_inside(marks, s, e) is not None)
    c.cue = (noun.idx, noun.idx + len(noun))
    c.subj_span = _subject_span(owner, verb, text)
    return c


def _noun_is_candidate(noun, text: str, marks) -> _Cand | None:
    """'X's bet is that A', 'Her view was that A', 'The key question is whether A': a
    speech or belief noun as subject of "be" with a that- or whether-clause; the clause
    is the content, the possessor (if any) the holder."""
    if _inside(marks, noun.idx) or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    if any(c.dep_ == "neg" for c in noun.head.children):
        return None  # "the question was not whether A but B"
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    clause = next(
        (
            c
            for c in noun.head.rights
            if c.dep_ == "ccomp"
            and (
                any(x.dep_ == "mark" and x.lower_ in ("that", "whether") for x in c.children)
                or c.left_edge.lower_ == "whether"
            )
        ),
        None,
    )
    if clause is None:
        return None
    s, e = _content_from(clause, noun.head, text, marks)
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    c = _make(s, e, "noun-is", noun, None, text)
    c.cue = (noun.idx, noun.head.idx + len(noun.head))  # "her view was", as PolNeAR marks it
    if owner is not None:
        c.subj = owner
        c.subj_span = _trim(text, *_tok_span(owner.subtree))
    return c
