"""Quotation and reported-speech extraction.

``find_quotes`` runs a fallback chain over one parsed article (STYLE.md section 7). Each
step only claims text that no earlier step claimed, and each quote records its ``method``:

1. Cue words, in text order (``_parse_candidates``):
   ``ccomp`` - a verb of saying or believing (``cues.CUE_VERBS``, phrasal ones too) whose
   clausal complement is the content and whose subject is the source ("X said (that)
   ...", "'...,' X said", "X believes ..."); content touching a quotation is widened to
   the whole quotation; ``colon`` when the complement is the next paragraph;
   ``parenthetical`` - "A, X said, B": the sentence around the cue;
   ``linear`` - a speech verb the parser gave no complement ("an insider shared with X
   that ..."): the rest of the sentence;
   ``according`` - "according to X, ...": the longer side of the sentence;
   ``noun`` - "X's claim that ...", "X is a critic of ...", "X announced plans to ...",
   "X raised questions about ...";
   ``adjective`` - "X is afraid that ...", "X was sure ...";
   ``impersonal`` - no source: "it seems ...", "it was clear that ...", "X is
   expected to ...", "X is seen as / known for ...", "X looks weak", "X was asked
   about ..." (not an open question: "it was unclear whether ...");
   ``xcomp`` - intentions ("X plans to ...", "X urged Y to ...");
   ``object`` - stance verbs with an object ("X criticized the plan as ...", "accused X
   of ...", "called Y a fraud");
   ``passive`` - "Y was endorsed by X", "Y drew criticism from X": the subject is the
   content;
   ``prep`` - "X called for ...", "X pointed to ...";
   ``question`` - an embedded question the parser took for an adverbial clause ("X has
   not said when ...");
   ``regard`` - "X sees Y as Z"; ``prep-as`` - "X went after Y as Z";
   ``directive`` - "X told his staff to cut costs" (the one asked and the act);
   ``poll`` - "In the latest poll, X leads ..." (the poll is the source);
   ``perspective`` - "By X's own admission, ...", "... in his eyes";
   ``reportative`` - "He allegedly hid the funds" (no source);
   ``asked`` - "X asked Y whether ...", "X was asked about Y" (what was asked).
   Content extents follow PolNeAR: a clause coordinated by "but/and/so" stays in, a
   closing apposition, "which/who" clause or participle ("..., citing Y") goes.
2. ``label``: "NAME: words" transcript lines and "Name: ..." headlines.
3. Quotations no cue explained (``_quote_candidate``): ``dash`` ("'...' - Name"),
   ``quote-cue`` (a cue verb and subject beside the marks), ``colon`` (after a line
   ending "X told Y:"), ``continued`` (the next piece of a quotation split by its cue, or
   a quotation paragraph after one with a known speaker), ``intro`` (after a short
   sentence whose speech verb has no words of its own: "X agreed. '...'"), ``quote`` (a
   sentence-like quotation with no speaker), ``headline`` (single-quoted words in the
   first line).
4. ``trailing``: "A, police said." where the parser did not join the closing cue to the
   sentence before it; ``headline-cue``: "X Slams Y Over Z" in a title-case headline
   (only text no earlier step claimed).
5. A short frame before a parenthetical cue joins its quotation ("Of course, X said,
   '...'": ``_take_fronted_frame``), and so does the topic after a closing cue ("'...,' X
   said of the vote": ``_said_of``); split quotations, and a quotation paragraph with the
   quote it continues, are joined (``_merge_split_quotes``); ``speakers.resolve_speakers``
   fills in who said it (named or anonymous, ordinal, continuity across the article) and
   ``speakers.find_venue`` the outlet the words were given to.

The rules follow the patterns of Krestel et al. (2008) "Minding the Source" and the PARC
attribution scheme (Pareti 2016); span conventions (the complementiser "that" is kept,
quotation marks are not) follow PolNeAR (Newell et al. 2018).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from whosaid.extract import cues
from whosaid.extract.fastparse import UNPARSED_TAG
from whosaid.extract.speakers import SpeakerInfo, find_venue, is_relayed, resolve_speakers
from whosaid.model import Article, Quote, Span

log = logging.getLogger("whosaid")

# A quotation of fewer words than this with no cue beside it is taken for a scare quote
# or a title ("the 'deplorables'"), not speech. Chosen on PolNeAR dev: most unattributed
# quotations under five words are not annotated as attributions.
MIN_UNCUED_QUOTE_WORDS = 5
# Single-quoted words in a headline of fewer words than this ("'Personal Insult'",
# "'Fact-Checking'") are a label the headline quotes, not a saying; PolNeAR dev: none of
# the five two-word ones is annotated.
MIN_HEADLINE_QUOTE_WORDS = 3
# "called for X": objects of one or two tokens ("called for him") are mostly not
# annotated as attributions in PolNeAR dev (4 of 15 matched), so they are left out.
MIN_PREP_CONTENT_TOKENS = 3
# "X's disdain for Y", "a critic of Y", "plans to Z": a stance noun's phrase of fewer
# words than this ("super PACs", "to build bunkers") names a topic in passing; PolNeAR dev
# annotates few of them (3 of 15 matched); a that-clause is not held to it.
MIN_TOPIC_NOUN_WORDS = 5
# How many tokens after a closing quotation mark we look for its cue verb
# ('"...," the longtime family friend of the couple said'); news prose rarely goes further.
MAX_CUE_DISTANCE = 10
# Longest interruption between two pieces of one quotation ('"A," said X, the long
# title of X. "B"'): PolNeAR dev speaker descriptions run to ~250 characters.
MAX_SPLIT_GAP = 300
# Most words in a headline speaker named after the quotation ("Board Of Election Finds").
MAX_HEADLINE_SUBJECT_WORDS = 5
# Most characters between an opening quotation piece and its cue ('"A," the mayor said').
MAX_CUE_GAP = 60
# Double quotation marks that would show a gap holds another quotation.
_QUOTES = '"\u201c\u201d'
# Characters trimmed from both ends of a content span (quotation marks, separators).
_TRIM = " \t\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb,;:\u2014\u2013\u2015-"
_WORD = re.compile(r"\w+")
# Left dependents that belong to a bare noun phrase ("a second", "White House").
_NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "predet"})
# Dependents of a verb that carry its object content: object, its predicate, complements.
_OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "xcomp", "ccomp", "acomp"})
# Prepositions that continue an object content: "criticized X as Y", "blamed X for Y".
_OBJECT_PREPS = frozenset({"as", "for"})
# Dashes that, standing free between words, set off an aside.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
# Punctuation that opens a closing aside: "..., a former player", "... -- a metaphor".
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--"})
# Verbs of knowing and thinking (not of saying, fearing, doubting or expecting, whose
# object is a feared or foreseen event), and verbs of putting, keeping and making
# (``cues.CLAUSAL_SENSE_VERBS``): with a bare noun phrase as object they report a thing
# known or handled ("knows the details", "would assume office", "cast a ballot"), not a
# view (PolNeAR dev: 3 of 28 matched). A predicate or a clause still makes a view
# ("considers X a genius", "cast him as a victim").
_THING_OBJECT_VERBS = (
    (
        cues.COGNITION_VERBS
        - cues.SPEECH_VERBS
        - {"fear", "doubt", "suspect", "expect", "anticipate"}
    )
    | cues.CLAUSAL_SENSE_VERBS
    | cues.SHARING_VERBS
)
# Participles used as conjunctions of condition ("assuming that ...", "supposing ..."):
# their clause is a supposition, not anyone's view.
_CONDITIONAL_PARTICIPLES = frozenset({"assuming", "supposing", "presuming"})
# Aspectual verbs (Levin 1993, 55.1): "began to question X" reports the act as done.
_ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "proceed", "resume", "commence"})
# Dependents that give a noun a clause of its own.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
# Nouns that name a statement ("claim", "report", "warnings", "demands").
_STATEMENT_NOUNS = cues.CUE_NOUNS | cues.MORE_CUE_NOUNS
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
# Prepositions after a stance adjective that introduce its content ("worried about X").
_STANCE_PREPS = frozenset({"about", "of", "over", "with", "that"})
# Conjunctions after which a clause hung on the cue verb still belongs to the content
# ("X added that A, but B"); PolNeAR dev annotations include such clauses.
CONTRAST_CONJUNCTIONS = frozenset({"but", "so", "yet", "and"})
# Dependents of a cue verb that tell when or where it was said ("said in a report").
_CUE_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})
# Speech verbs whose direct object is the one spoken to ("told me", "assured voters").
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "notify", "assure", "advise", "remind", "warn"})
# Pronouns that stand for a person or group holding a view ("his plans", "by them").
_PERSONAL_PRONOUNS = cues.PERSONAL_PRONOUNS_ALL
_MODALS = frozenset({"can", "ca", "could", "would", "will", "wo"})
# Tags of a verb that can head a realised act: finite forms and the participle of a
# perfect or passive ("has repealed", "was blocked"); a bare "VB" only after "do".
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VB"})
_DO_FORMS = frozenset({"do", "does", "did"})
# Methods whose cue in a "who" clause describes the person rather than reports a view:
# intentions, desires and scrutiny ("who want to ...", "who studies ..."); PolNeAR dev +
# train: 1 of 10 such candidates matched.
_TRAIT_METHODS = frozenset({"xcomp", "desire", "scrutiny"})
# Methods whose cue, in a present-tense relative clause ("a senator who backs X", "the
# agency that approves visas"), tells what its noun habitually does, not a stance taken;
# PolNeAR train: 9 of 30 such candidates matched.
_HABIT_METHODS = (
    frozenset({"object", "presentation", "decision", "scrutiny", "phrasal", "attitude", "prep"})
    | _TRAIT_METHODS
)
# Penn tags of wh-words that open an embedded question ("why", "what", "who", "which").
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# Dependents that give a verb its own complement or mark it as a clause of manner or
# comparison ("said it when ...", "as he said when ..."): no embedded question then.
_QUESTION_BLOCK_DEPS = frozenset({"dobj", "ccomp", "xcomp", "mark", "dative", "attr"})
_TIME_WORDS = frozenset({"time", "moment", "day", "week", "month", "year"})


@dataclass(slots=True)
class _Cand:
    """A quote being built: character offsets plus the tokens that explain it."""

    start: int
    end: int
    method: str
    cue: tuple[int, int] | None = None
    cue_tok: object = None  # spaCy Token of the cue verb, if any
    subj: object = None  # spaCy Token heading the speaker mention, if any
    subj_span: tuple[int, int] | None = None
    direct: bool = False
    venue: str | None = None
    inherit_from: _Cand | None = None  # an earlier candidate whose speaker it shares


def find_quotes(doc, article: Article) -> list[Quote]:
    """Return the quotes of one parsed article, in text order.

    Args:
        doc: the spaCy ``Doc`` of ``article.text`` (tagger, parser and NER applied).
        article: the article the doc was parsed from.

    Returns:
        Quotes in order of their content's start offset.
    """
    text = article.text
    marks = find_quotation_spans(text)
    cands: list[_Cand] = []
    claimed: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in claimed)

    def add(c: _Cand) -> None:
        cands.append(c)
        claimed.append((c.start, c.end))

    # 1: cue words
    unplaced = []
    for cand in _parse_candidates(doc, text, marks):
        if cand.method in _TRAIT_METHODS and _describes_person(cand.cue_tok):
            continue
        if cand.method in _HABIT_METHODS and _habitual_relative(cand.cue_tok):
            continue
        if cand.end > cand.start and free(cand.start, cand.end):
            add(cand)
        elif cand.method == "according":
            unplaced.append(cand)
    for cand in unplaced:
        _credit_according(cands, cand)
    # 2: "NAME: words" lines (transcripts, "Pence: ..." headlines)
    for cand in _label_candidates(text):
        if free(cand.start, cand.end):
            add(cand)
    # 3: quotations that no cue explained
    for qs, qe, kind in marks:
        if not free(qs, qe):
            continue
        cand = _quote_candidate(doc, text, qs, qe, kind, cands)
        if cand is not None:
            add(cand)
    # 4: cues the parse did not link to their clause, where the text is still free
    for cand in _surface_candidates(doc, text, marks):
        if cand.end > cand.start and free(cand.start, cand.end):
            add(cand)

    for c in cands:
        _take_fronted_frame(text, c)
        if c.direct and c.method in ("ccomp", "quote-cue") and c.cue_tok is not None:
            c.end = _said_of(c.cue_tok, c.end)
    cands.sort(key=lambda c: c.start)
    _merge_split_quotes(text, cands)
    _take_opening_piece(text, cands, marks)
    for c in cands:
        if not c.direct:
            _drop_dangling_tail(text, c)
    for c in cands:
        if c.subj_span is not None:
            c.subj_span = _tidy_mention(text, *c.subj_span)
    infos = resolve_speakers(doc, text, cands)
    quotes = []
    for c, info in zip(cands, infos, strict=True):
        quotes.append(_to_quote(article, c, info))
    return quotes


# -- quotation marks ---------------------------------------------------------------------


def find_quotation_spans(text: str) -> list[tuple[int, int, str]]:
    """Find text between quotation marks.

    Curly marks pair by direction; straight double marks pair by alternation within a
    paragraph (an unclosed mark runs to the paragraph end, the convention for quotes that
    continue in the next paragraph). Single marks count only in a headline-like first
    line, where a mark must sit at a word boundary so apostrophes are not taken.

    Returns:
        ``(start, end, kind)`` of each quotation's inside, in text order; kind is
        ``"double"`` or ``"single"``.
    """
    out: list[tuple[int, int, str]] = []
    pos = 0
    for para in text.split("\n"):
        out.extend((s + pos, e + pos, k) for s, e, k in _paragraph_quotes(para))
        pos += len(para) + 1
    first = text.split("\n", 1)[0]
    if first and not any(s < len(first) for s, _, _ in out):
        out.extend(_headline_single_quotes(first))
    out.sort()
    return out


_DOUBLE_MARK = re.compile(
    "["
    + re.escape("".join({*cues.DOUBLE_QUOTES, *cues.DOUBLE_QUOTES.values(), cues.STRAIGHT_DOUBLE}))
    + "]"
)


def _paragraph_quotes(para: str) -> list[tuple[int, int, str]]:
    # Two apostrophes stand for a straight double mark in some wire and archive texts
    # (''Like this,'' he said): the first of the pair acts as the mark, the second is
    # trimmed off the content like any quotation mark.
    para = para.replace("''", "\"'")
    out = []
    open_at = None
    closer = None
    for m in _DOUBLE_MARK.finditer(para):  # only the marks matter: skip to them
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch in cues.DOUBLE_QUOTES:
                open_at, closer = i, cues.DOUBLE_QUOTES[ch]
            elif (
                ch == "\u201d"
                and (i == 0 or para[i - 1].isspace())
                and para[i + 1 : i + 2].isalnum()
            ):
                # a closing mark typed where an opening one belongs (”Fear. I am ...”)
                open_at, closer = i, "\u201d"
            elif ch == cues.STRAIGHT_DOUBLE:
                open_at, closer = i, cues.STRAIGHT_DOUBLE
        elif (
            ch == closer
            or (closer == "\u201d" and ch == cues.STRAIGHT_DOUBLE)
            or closer == cues.STRAIGHT_DOUBLE
            and ch == "\u201d"
        ):
            out.append((open_at + 1, i, "double"))
            open_at = None
    if open_at is not None and len(para) - open_at > 1:
        out.append((open_at + 1, len(para.rstrip()), "double"))
    return [(s, e, k) for s, e, k in out if para[s:e].strip()]


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s:(\[]))['\u2018](?=\w)(.+?)(?<=[\w.!?,])['\u2019](?!\w)")


def _headline_single_quotes(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), "single") for m in _SINGLE.finditer(line)]


# -- cue verbs ---------------------------------------------------------------------------


def _tok_span(toks) -> tuple[int, int]:
    toks = list(toks)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _inside(marks, s: int, e: int | None = None) -> tuple[int, int] | None:
    """The quotation containing offset ``s`` (and ``e``), if any."""
    e = s if e is None else e
    for qs, qe, _ in marks:
        if qs <= s and e <= qe:
            return qs, qe
    return None


# Nouns for a recording of someone ("footage of X saying ..."); chosen by reading news
# prose about campaign ads and broadcasts.
_RECORDING_NOUNS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "audio", "film", "image", "photo"}
)


# Verbs that give something a name: their participle after a noun ("a fund called X",
# "a box labeled X") is passive.
_NAMING_VERBS = frozenset({"call", "label", "name", "dub", "title", "term", "nickname", "brand"})


# Verbs whose object is the subject of the verb after it (object control, causatives):
# "forced Y to admit", "led Y to fear", "left Y feeling that".
_CONTROL_VERBS = frozenset(
    {
        "force",
        "compel",
        "lead",
        "prompt",
        "leave",
        "cause",
        "push",
        "drive",
        "persuade",
        "convince",
        "pressure",
        "inspire",
        "encourage",
        "urge",
        "get",
        "allow",
        "dare",
    }
)
# Verbs of putting a question to someone: their past participle's subject is the one
# asked ("Asked about the plan, X said ...").
_ASKING_VERBS = frozenset({"ask", "question", "quiz", "press"})


def _subject(verb):
    """The subject token of a cue verb: its own, or that of the verb it is chained to."""
    # a passive subject ("he was told") is the addressee, not the source; of two subjects
    # before the verb the nearer one is its own ("His promises notwithstanding, analysts
    # agree ..."), the other a fronted phrase the parser also made a subject
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in own if c.i < verb.i]
    if before:
        return before[-1]
    if own:
        return own[0]
    # "footage of X saying ...": a gerund right after "a recording of X" has X for its
    # subject
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        verb.tag_ == "VBG"
        and prev is not None
        and prev.dep_ == "pobj"
        and prev.head.lower_ == "of"
        and prev.head.head.lemma_.lower() in _RECORDING_NOUNS
        and _agentive(prev)
    ):
        return prev
    # "Asked whether ..., X said", "when asked about ...", "X was asked by Y ...": the
    # one asked is the addressee; the asker is the agent, or unnamed (PolNeAR: no source)
    # (a perfect "... and has asked Y" keeps the subject it shares)
    participle = (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)) or (
        # a fronted "Asked ..." the tagger took for a past tense
        verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.left_edge.i == verb.i
    )
    if participle and _lemma(verb) in _ASKING_VERBS:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    # "X said A had begun B but said C": the parser hung the second "said" on the clause
    # the first reports; repeating the verb, the writer goes on reporting X
    inner = verb
    while inner.dep_ == "conj" and inner.head.i != inner.i:
        inner = inner.head
    if (
        inner is not verb
        and inner.dep_ == "ccomp"
        and _lemma(inner.head) in cues.SPEECH_VERBS
        and _lemma(verb) in cues.SPEECH_VERBS
    ):
        outer = next((c for c in inner.head.children if c.dep_ == "nsubj"), None)
        if outer is not None:
            return outer
    # "X said A and warned B", "X said A, adding B", "X wants to say": share the subject.
    head = verb
    for _ in range(3):
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head.i == head.i:
            # "X was quick to say", "X were more likely to say": the adjective's subject
            # (not "X is hard to predict", where X is what is predicted)
            if head.dep_ == "acomp" and head.lower_ in cues.CONTROL_ADJECTIVES:
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.lower_ != "it" and _lemma(head.head) == "be":
                    return subj
            break
        if head.dep_ == "xcomp":
            # object control: "X forced Y to admit ...", "left Y feeling that ...": the
            # object before the verb is its subject
            obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
            if obj is not None and (
                _agentive(obj)
                or _lemma(head.head) in _CONTROL_VERBS
                and obj.pos_ in ("NOUN", "PROPN")
                and not _when(obj)
            ):
                return obj
        conjoined = head.dep_ == "conj"
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None and (verb.tag_ == "VBG" or conjoined and verb.tag_ in ("VBD", "VBZ")):
            # "A lawsuit was filed challenging A and alleging B": a participle on a
            # passive clause has its surface subject for its own; so has an active verb
            # coordinated with it ("X was pressed for an answer and said ...")
            subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if (
            subj is not None
            and subj.lower_ == "it"
            and head.pos_ == "ADJ"
            and head.dep_ in ("ccomp", "xcomp", "oprd")
        ):
            # "X will find it hard to repeat ...": the adjective's "it" stands for the
            # clause after it; the subject is the governing verb's
            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.lower_ == "it"
            and _lemma(head) == "be"
            and any(c.dep_ == "acomp" for c in head.children)
        ):
            # "It is important to note that ...", "It's hard not to wonder ...": the "it"
            # stands for the infinitive; the one noting or wondering goes unnamed
            return None
        if subj is not None and _lemma(head) == "be" and not _agentive(subj):
            # "His answer was to say ...": the owner of the answer says it
            subj = next((c for c in subj.children if c.dep_ == "poss"), subj)
        if subj is not None:
            return subj
    if (
        verb.dep_ == "acl"
        and (
            verb.head.pos_ in ("NOUN", "PROPN")
            or verb.head.pos_ in ("PRON", "NUM")
            and _lemma(verb) in cues.SPEECH_VERBS
        )
        and verb.head.lower_ != "it"
        and not (verb.tag_ == "VBN" and _lemma(verb) in _NAMING_VERBS)
    ):
        # Misparse "an insider shared with X that ...", and "one saying ...": the noun or
        # pronoun is the speaker; a participle of naming ("a group called X") is passive
        # and names no one.
        return verb.head
    return _listed_subject(verb)


def _listed_subject(verb):
    """'X summed up Y as Z, denounced W and said ...': a list of verb phrases the parser
    read as a clause reported by its second verb, which so has no subject; the first
    phrase's subject is the subject of all."""
    head = verb
    for _ in range(2):
        if head.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children
        ):
            break
        head = head.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None
    first = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if first is None:
        return None
    doc = head.doc
    before = doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.text in _QUOTE_TOKENS and head.i > 1:
        before = doc[head.i - 2]  # 'X called Y "terrible," denounced ...'
    if before is None or before.text != ",":
        return None
    subj = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    # not a quotation the parser hung on an inverted tag ('"A, B say," added Roe')
    text = doc.text
    if subj is None or any(
        q in text[text.rfind("\n", 0, subj.idx) + 1 : subj.idx] for q in _QUOTE_TOKENS
    ):
        return None
    return subj


# Longest stretch (tokens) between a boundary and the verb taken as its subject phrase:
# a title, a name and a possessive description ("Acme Corp. chief financial officer
# Jane Q. Doe's lawyer") fit.
MAX_SUBJECT_GAP = 10
# Parts of speech that make a stretch a clause rather than a noun phrase.
_CLAUSE_POS = frozenset({"VERB", "AUX", "SCONJ"})
# Dependents before a verb that never head its subject (auxiliaries, adverbs, markers).
_NOT_SUBJECT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "mark", "cc", "prep", "punct"})


def _speaker_subject(subj, verb):
    """The speaker mention's head, where the parser's subject is on the wrong side.

    A subject across a quotation boundary or a line break from the cue verb belongs to
    another clause the parser glued on (a word inside the quotation, a dateline or a
    heading line). Then another subject of the verb, the name right after it ('"...,"
    said Ann Roe'), or the noun phrase right before it after that boundary stands in
    ('"...," Acme chief Ann Roe said').
    """
    if not _across_boundary(subj, verb):
        return _author(_reporting_subject(subj, verb), verb)
    if subj.head.i != verb.i and subj.head.i != subj.i:
        # a subject shared through a chained verb ("X is questioning A, urging B"):
        # judge it from the verb that governs it
        better = _speaker_subject(subj, subj.head)
        if better.i != subj.i:
            return better
    for alt in (
        *(c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i),
        _inverted_subject(verb),
    ):
        if alt is not None and not _across_boundary(alt, verb) and not _when(alt):
            return alt
    return _phrase_before(verb) or _previous_reporter(verb) or subj


# How far back (tokens) a participle cue looks for the reporting verb it continues:
# "X said, going on to say ..." / "X said, adding ...".
MAX_REPORTER_DISTANCE = 5


def _previous_reporter(verb):
    """'"...," X said, going on to say ...': the subject of the reporting verb just
    before a participle cue the parser hung on a clause of the quotation."""
    doc = verb.doc
    for t in reversed(doc[max(verb.sent.start, verb.i - MAX_REPORTER_DISTANCE) : verb.i]):
        if _lemma(t) in cues.SPEECH_VERBS:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and not _across_boundary(subj, t):
                return subj
    return None


def _across_boundary(subj, verb) -> bool:
    """Whether a line break or an odd number of quotation marks lies between the two."""
    lo, hi = sorted((subj.i, verb.i))
    between = verb.doc[lo + 1 : hi]
    if any("\n" in t.text for t in between):
        return True
    return sum(t.text in _QUOTE_TOKENS for t in between) % 2 == 1


def _when(tok) -> bool:
    """A date or time ("said Monday"), which tells when, never who."""
    return tok.ent_type_ in ("DATE", "TIME")


def _phrase_before(verb):
    """The head of the noun phrase between the last boundary (quotation mark, line break,
    colon) and the verb: the token covering most of that stretch, if it names anyone."""
    doc = verb.doc
    lo = verb.i
    while lo > verb.sent.start and not (
        doc[lo - 1].text in _QUOTE_TOKENS or "\n" in doc[lo - 1].text or doc[lo - 1].text == ":"
    ):
        lo -= 1
    gap = range(lo, verb.i)
    if not gap or verb.i - lo > MAX_SUBJECT_GAP:
        return None
    best = None
    for t in doc[lo : verb.i]:
        if t.head.i in gap or t.dep_ in _NOT_SUBJECT_DEPS or t.is_punct:
            continue
        inner = [x for x in t.subtree if x.i in gap]
        nominal = t.pos_ in ("NOUN", "PROPN", "PRON") or bool(t.ent_type_)
        clause = any(x.pos_ in _CLAUSE_POS for x in inner if x.i != t.i)
        if nominal and not clause and (best is None or len(inner) > best[0]):
            best = (len(inner), t)
    return best[1] if best else None


def _author(subj, verb):
    """'X issued a statement calling Y a threat', 'X released a letter that says ...': a
    participle or relative clause modifying something X produced (a statement, a letter,
    tweets), or an occasion X spoke at ('X said at a briefing announcing ...'), reports
    X's words."""
    made = None
    if verb.dep_ == "acl" and subj.i == verb.head.i:
        made = subj
    elif verb.dep_ == "relcl" and subj.lower_ in cues.RELATIVE_PRONOUNS:
        made = verb.head
    if made is None:
        return subj
    lemma = made.lemma_.lower()
    gov = None
    if lemma in cues.AUTHORED_NOUNS and made.dep_ == "pobj" and made.head.lower_ == "of":
        made = made.head.head  # "a series of tweets criticizing ..."
    if lemma in cues.AUTHORED_NOUNS and made.dep_ == "dobj":
        gov = made.head
    elif (
        lemma in cues.OCCASION_NOUNS
        and made.dep_ == "pobj"
        and made.head.dep_ == "prep"
        and made.head.i > made.head.head.i
    ):
        # "X said at a news conference announcing ...", not a fronted "In a statement
        # announcing ..., X ...", where PolNeAR's source is the statement
        gov = made.head.head
    if gov is not None and gov.pos_ in ("VERB", "AUX"):
        outer = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if outer is not None and not _across_boundary(outer, gov):
            return outer
    return subj


# Verbs that raise the subject of the verb after them: "X appeared to suggest ...".
_RAISING_VERBS = frozenset({"appear", "seem"})
# Verbs over an infinitive that report the act as done, only timed ("began to dispute
# X") or hedged ("seemed to confirm X").
_DONE_ACT_VERBS = _ASPECTUAL_VERBS | _RAISING_VERBS


# Finite verb tags that always have a subject of their own.
_FINITE_PRESENT_PAST = frozenset({"VBD", "VBP", "VBZ"})
# Parts of speech of a plain noun phrase ("the woman", "Jim Vance", "two local aides").
_NAME_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})


def _implicit_subject(cue):
    """The source of a cue without a parsed subject, where grammar still names it.

    "X responded by saying ...", "after saying ..., X ...", "despite admitting ...": a
    gerund after a preposition takes the subject of the clause it modifies. "X appeared
    to suggest ...": a raising verb over a verb of saying has the sayer as its subject.
    """
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.dep_ == "prep":
        gov = cue.head.head
        if gov.pos_ not in ("VERB", "AUX"):
            return None
        subj = _subject(gov) or next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        fronted = cue.head.i < gov.i
        # "It goes without saying ...": an expletive "it" controls nothing
        if subj is not None and subj.lower_ != "it" and (subj.i < cue.i or fronted):
            return subj
        return None
    if _lemma(cue) in _RAISING_VERBS and any(
        c.dep_ == "xcomp" and _lemma(c) in cues.CUE_VERBS for c in cue.children
    ):
        subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("it", "there"):
            return subj
    # "the $20 million experts say it costs": a finite verb needs a subject, and the
    # parser hung the noun right before it elsewhere (a reduced relative clause)
    prev = cue.doc[cue.i - 1] if cue.i > cue.sent.start else None
    if (
        cue.tag_ in _FINITE_PRESENT_PAST
        and _lemma(cue) in cues.CUE_VERBS
        and prev is not None
        and prev.pos_ in ("NOUN", "PROPN")
        and prev.dep_ not in ("nsubj", "nsubjpass", "compound", "conj", "appos")
        and _agentive(prev)
    ):
        return prev
    # '"...," Ann Roe, a former aide, said': the parser hung the name phrase between the
    # closing mark and the verb on the quotation
    if cue.tag_ in _FINITE_PRESENT_PAST and _lemma(cue) in cues.SPEECH_VERBS:
        doc = cue.doc
        lo = cue.i
        floor = max(cue.sent.start, cue.i - MAX_SUBJECT_PHRASE, 2)
        while lo > floor and doc[lo - 1].text not in _QUOTE_TOKENS:
            lo -= 1
        if lo < cue.i and doc[lo - 1].text in _QUOTE_TOKENS and doc[lo - 2].text in ",?!":
            return _stretch_head(doc, lo, cue.i)
        # '"...," added another official': the inverted subject, parsed as an object
        if lo == cue.i and doc[lo - 1].text in _QUOTE_TOKENS and doc[lo - 2].text in ",?!":
            inverted = next(
                (
                    c
                    for c in cue.rights
                    if c.dep_ in ("dobj", "attr", "npadvmod")
                    and c.left_edge.i == cue.i + 1
                    and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if inverted is not None:
                return inverted
            # '"...," said the woman, who ...': the parser hung the noun phrase elsewhere
            hi = cue.i + 1
            while hi < len(doc) and hi - cue.i <= MAX_SUBJECT_PHRASE and doc[hi].pos_ in _NAME_POS:
                hi += 1
            if (
                hi > cue.i + 1
                and (hi == len(doc) or doc[hi].text in ",.")
                and doc[hi - 1].pos_ in ("NOUN", "PROPN")
            ):
                return doc[hi - 1]
    return None


def _reporting_subject(subj, verb):
    """'X said he doubted it, arguing that ...', 'X said it would act and warned ...': a
    participle or a conjoined verb the parser hung on the verb of the reported clause
    reports the matrix speaker's act, not the reported subject's;
    prefer the reporting verb's subject over a pronoun repeating it, and over a thing
    that cannot speak ('X said the factors mattered, citing ...')."""
    head = subj.head
    pronoun = subj.lower_ in cues.PERSON_PRONOUNS | cues.PLURAL_PRONOUNS | {"it"}
    if (
        (verb.tag_ == "VBG" and verb.dep_ == "advcl" or verb.dep_ == "conj")
        and subj.dep_ == "nsubj"
        and (pronoun or subj.pos_ == "NOUN" and not _agentive(subj))
        and head.i != verb.i
        and head.dep_ == "ccomp"
        and _lemma(head.head) in cues.SPEECH_VERBS
    ):
        outer = [
            c
            for c in head.head.children
            if c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "NOUN") or not pronoun) and _agentive(c)
        ]
        if outer and not _across_boundary(outer[0], verb):
            return outer[0]
    return subj


_EMPHATIC_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})


def _definite_description(tok) -> bool:
    """'the lawmaker', 'The former governor': a common noun for a person the article has
    already introduced; a ', who ...' clause on it says more about a known speaker, which
    PolNeAR leaves out of the mention (T: 5 of 6), unlike one on a name ('Ann Lund, who
    heads the board,')."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
    )


def _subject_span(subj, verb, text: str) -> tuple[int, int]:
    acl = verb.dep_ == "acl" and verb.head.i == subj.i
    reduced = not acl and subj.i == verb.i - 1 and subj.dep_ == "pobj"
    if acl or reduced:
        # misparse "an insider shared with ...": the noun and its left modifiers of a bare
        # noun phrase only; "the $20 million experts say ...": the noun and its compounds
        toks = [subj]
        deps = ("compound",) if reduced else _NP_LEFT_DEPS
        for t in reversed(list(subj.lefts)):
            if t.dep_ not in deps or t.i != toks[0].i - 1:
                break
            toks.insert(0, t)
    else:
        toks = [t for t in subj.subtree if not (verb.i <= t.i and t.is_ancestor(verb))]
        if subj.is_ancestor(verb):
            # "a company that declared ...": the noun phrase without the relative clause
            inner = {t.i for t in verb.subtree}
            toks = [t for t in toks if t.i not in inner and t.i < verb.left_edge.i]
        # "a source at the time": a time phrase tells when, it is not part of who; a
        # phrase about something dated ("data from the 2014 survey") is
        drop = set()
        for ch in subj.rights:
            if ch.dep_ == "prep" and any(
                x.dep_ == "pobj" and (x.ent_type_ in ("DATE", "TIME") or x.lower_ in _TIME_WORDS)
                for x in ch.children
            ):
                drop |= {x.i for x in ch.subtree}
            # "Ann Roe in a radio interview said", "Ann Roe herself said": the occasion of
            # the words and an emphatic pronoun are not part of a name ("a narrator in the
            # ad" is who, though)
            occasion = (
                subj.pos_ == "PROPN" and ch.dep_ == "prep" and ch.lower_ in cues.OCCASION_PREPS
            )
            if occasion and any(
                x.dep_ == "pobj" and x.lemma_.lower() in cues.OCCASION_NOUNS for x in ch.children
            ):
                drop |= {x.i for x in ch.subtree}
            if ch.dep_ == "appos" and ch.lower_ in _EMPHATIC_PRONOUNS:
                drop.add(ch.i)
        # "Lind, speaking to veterans in Ohio, said" (or "said Lind, speaking to ..."): a
        # participle clause after a comma tells the occasion, it is not part of who
        cut = len(subj.doc)
        for t in toks:
            for ch in t.rights:
                if (
                    ch.dep_ in ("acl", "advcl")
                    and ch.tag_ == "VBG"
                    and subj.i < ch.left_edge.i - 1 < ch.i
                    and (ch.i < verb.i or subj.i > verb.i)
                    and subj.doc[ch.left_edge.i - 1].text == ","
                ):
                    cut = min(cut, ch.left_edge.i - 1)
        # "Mr. Ortega (a view shared by ...)": a bracketed clause is the writer's aside;
        # a bracketed party label "(D-Ohio)" has no verb and stays
        for ch in subj.rights:
            before = subj.doc[ch.left_edge.i - 1]
            if before.text == "(" and any(x.pos_ in ("VERB", "AUX") for x in ch.subtree):
                cut = min(cut, before.i)
            # "Ms. Roe, who stressed that the plan was sound, said": a relative clause
            # reporting words of its own is an attribution of its own, not part of who
            # (one that only describes, "Ms. Roe, who heads the board,", PolNeAR keeps)
            if (
                ch.dep_ == "relcl"
                and before.text == ","
                and (
                    any(x.dep_ == "ccomp" for x in ch.children)
                    or _definite_description(subj)
                    and subj.doc[before.i + 1].lower_ in ("who", "whose")
                    # "X's office, when contacted by Y, said": the occasion, read as a
                    # relative clause
                    or ch.tag_ == "VBN"
                    and subj.doc[before.i + 1].lower_ in ("when", "while", "after", "once")
                )
            ):
                cut = min(cut, before.i)
        # "The judge -- who has sparred with him for days -- said": a "who/which" clause
        # set off by a dash is an aside too (PolNeAR leaves it out; one after a comma it
        # keeps about as often as not). Read off the tokens: the parser often takes such
        # a dash for a noun.
        for t in toks[1:]:
            nxt = subj.doc[t.i + 1] if t.i + 1 < len(subj.doc) else None
            if t.text in _DASHES and nxt is not None and nxt.lower_ in ("who", "which"):
                cut = min(cut, t.i)
                break
        toks = [t for t in toks if t.i not in drop and t.i < cut and abs(t.i - subj.i) < 40]
        # "The family, neighbors and friends have asked ...": the parser makes the head
        # of the list before the comma another subject; the mention is the whole list
        doc = subj.doc
        listed = any(c.dep_ == "conj" for c in subj.children)
        for other in verb.children if listed else ():
            if (
                other.dep_ == "nsubj"
                and other.right_edge.i < subj.left_edge.i
                and all(t.text == "," for t in doc[other.right_edge.i + 1 : subj.left_edge.i])
                and subj.left_edge.i > other.right_edge.i + 1
            ):
                toks = [t for t in other.subtree if t.i < verb.i] + toks
        # a mention lies on one side of its cue verb, never across it
        toks = [t for t in toks if (t.i < verb.i) == (subj.i < verb.i)] or [subj]
        # "Roe last week said", "Roe Sunday night recounted": a time phrase the parser
        # hung on (or made the head of) the subject tells when, not who
        # (not one inside a clause about the speaker: "who has feuded with Y this week")
        keep = len(toks)
        while keep > 1 and toks[keep - 1].ent_type_ in ("DATE", "TIME"):
            keep -= 1
        when = toks[keep:]
        if (
            when
            and toks[keep - 1].pos_ in ("PROPN", "NOUN")
            and all(t.i == subj.i or t.head.i == subj.i or t.head in when for t in when)
        ):
            toks = toks[:keep]
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    span = subj.doc[lo : hi + 1]
    s, e = _trim(text, span.start_char, span.end_char)
    # a mention never runs across a line break (headers parsed into the subject)
    s = max(s, text.rfind("\n", 0, subj.idx) + 1)
    return _trim(text, s, min(e, _para_end(text, subj.idx)))


# A quotation closed right against the next word: '...,"Roe said'.
_GLUED_CLOSE = re.compile('[,.!?]["\u201d](?=\\w)')


def _tidy_mention(text: str, s: int, e: int) -> tuple[int, int]:
    """A speaker mention without the end of a quotation glued to it ('...,\u201dRoe'),
    a dateline before it or a bracket it leaves open ('exit polls (a wide')."""
    glued = [m.end() for m in _GLUED_CLOSE.finditer(text, s, e)]
    if glued:
        s = glued[-1]
    dateline = _DATELINE.match(text, s, e)
    if dateline is not None and dateline.end() < e:
        s = dateline.end()  # "BRUSSELS (AP) - The minister said"
    m = text[s:e]
    if m.count("(") > m.count(")"):
        e = s + m.rfind("(")
    t = _trim(text, s, e)
    return t if t[1] > t[0] else (s, e)


def _content_from(head, verb, text: str, marks) -> tuple[int, int]:
    toks = list(head.subtree)
    cut = min((c.left_edge.i for c in head.rights if _new_attribution(c)), default=None)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks = toks[:-1]
    toks = _drop_trailing_aside(toks, clause=True)
    # PolNeAR (and PARC) contents keep the complementiser "that"; punctuation goes
    while toks and toks[0].is_punct:
        toks = toks[1:]
    if not toks:
        return 0, 0
    s, e = _tok_span(toks)
    if s < verb.idx < e:  # complement wraps the cue: parse error, keep the side after it
        s = verb.idx + len(verb)
    s, e = _clip_to_paragraph(text, *_trim(text, s, e), verb.idx)
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    s, e = _clip_to_quotation(text, s, e, marks, verb.doc)
    return _drop_connective(text, _from_wh(verb, text, s), e, marks), e


# A dateline or run-in heading opening a paragraph: "WASHINGTON ― ", "SALEM, Ore. -- ",
# "BRUSSELS (AP) - ", "NEW RULES — ": capitals, maybe a state, then a free dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019 ]*[A-Z.](?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?"
    r"(?: \([A-Za-z]+\))? +(?:--|[-\u2013\u2014\u2015]) +"
)
# A topic the writer sets before the reported words: "As for taxes, ...", "Details aside,
# ...".
_TOPIC_FRAME = re.compile(r"(?:as (?:for|to) [^,.;\"\n]{1,60}|[\w-]+ aside), ", re.IGNORECASE)
# Conjunctions that open a sentence to link it to the one before ("But the bridge ...").
_SENTENCE_CONJUNCTIONS = frozenset({"but", "and", "yet"})


def _drop_connective(text: str, s: int, e: int, marks, *, sentence: bool = False) -> int:
    """'However, growth will slow, the fund said': a comma-set conjunctive adverb opening
    an unquoted content links the writer's sentences; the content starts after it. For a
    content that is a whole sentence (``sentence``), so does an opening "But"/"And" (with
    or without a comma). A dateline ("BRUSSELS - ") opening the paragraph and a topic
    frame ("As for taxes, ") are dropped too."""
    if _inside(marks, s) is not None:
        return s
    dateline = _DATELINE.match(text, s, e)
    if dateline is not None and text[s - 1 : s] in ("", "\n"):
        s = dateline.end()  # the place the story was filed from, not the words reported
    frame = _TOPIC_FRAME.match(text, s, e)
    if frame is not None:
        s = _trim(text, frame.end(), e)[0]
    head = text[s:e].lower()
    for w in cues.CONNECTIVES:
        if head.startswith(w + ","):
            return _trim(text, s + len(w) + 1, e)[0]
    if sentence:
        first = head.split(" ", 1)[0].rstrip(",")
        if first in _SENTENCE_CONJUNCTIONS:
            return _trim(text, s + len(first), e)[0]
    return s


def _fronted_wh(verb):
    """'what X called a disaster', 'the mine, which X says will close': the wh-word just
    before the cue's subject, when it fills a role in the reported words, as their
    subject too (not the subject of the cue, not the object of a preposition: 'to which
    she said'); a relative "who/that" only as the subject or object of the reported
    clause ('hackers who officials say are tied to X')."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i == 0:
        return None
    wh = verb.doc[subj.left_edge.i - 1]
    if (
        wh.lower_ not in cues.CONTENT_WH | cues.CLAUSE_RELATIVES
        or wh.dep_ == "pobj"
        or wh.dep_ in ("nsubj", "nsubjpass")
        and wh.head.i == verb.i
    ):
        return None
    if wh.lower_ in cues.CLAUSE_RELATIVES and not (
        verb.dep_ == "relcl"
        and wh.dep_ in ("nsubj", "nsubjpass", "dobj")
        and wh.head.dep_ == "ccomp"
    ):
        return None  # "a plan that X loves to attack": not a role in a reported clause
    return wh if wh.head.i == verb.i or verb.i in [a.i for a in wh.ancestors] else None


def _from_wh(verb, text: str, s: int) -> int:
    """Start a content that follows its cue at a fronted wh-word standing for part of it
    ("what Y says his plan would do"): PolNeAR's content is the wh-word plus the words
    after the cue, and the scorer compares their hull. A content with its own "that"
    does not take it."""
    wh = _fronted_wh(verb)
    if wh is None or s <= verb.idx or text[s : s + 5].lower() == "that ":
        return s
    return wh.idx


def _new_attribution(c) -> bool:
    """'X said A and warned B', 'X said A, adding B': a cue verb chained to the content
    without a subject of its own starts a new attribution by the same speaker; 'X said A
    and Y accused B': a conjoined cue verb with its own subject starts one by another."""
    if _lemma(c) not in cues.CUE_VERBS:
        return False
    subj = any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
    if c.dep_ == "advcl" or not subj:
        return c.dep_ in ("conj", "advcl") and not subj
    # "said that A and that B found C": a second complement of the same cue, not a report
    own = c.dep_ == "conj" and not any(x.dep_ == "mark" for x in c.children)
    return own and _lemma(c) in cues.SPEECH_VERBS


def _clip_to_quotation(text: str, s: int, e: int, marks, doc) -> tuple[int, int]:
    """'said, "That makes me smart," when Y ...': a content that opens a quotation whose
    words end with their own punctuation ends with it; what follows is the writer's
    narration. A fragment running on ('"face jail time" for fraud') stays whole, and so
    does a quotation closing on a comma that the sentence goes on from ('"A," and B',
    '"A," a reference to B'), unless a cue ('"A," he wondered') or a clause of its own
    ('"A," when Y ...') follows (PolNeAR train: 4 of 5)."""
    q = _inside(marks, s)
    if q is None or q[1] >= e or text[q[0] : s].strip(_TRIM):
        return s, e
    words = text[q[0] : q[1]].rstrip(_TRIM.replace(",", "").replace(";", ""))
    if not words.endswith((",", ".", "?", "!")):
        return s, e
    if words.endswith(","):
        rest = doc.char_span(q[1], e, alignment_mode="contract")
        first = next((t for t in rest or () if not t.is_punct), None)
        if (
            first is not None
            and first.is_lower
            and first.lower_ not in cues.CLAUSE_OPENERS | cues.QUESTION_WORDS
            and not any(_lemma(t) in cues.CUE_VERBS for t in rest)
        ):
            return s, e
    return _trim(text, s, q[1])


def _drop_trailing_aside(toks: list, *, clause: bool = False) -> list:
    """Cut a content's closing aside: "... support Mr. Trump, the presumed favorite",
    "... from pneumonia, which forced her to leave" or "... the deal, known as X": a
    comma, then an apposition, a "which/who" clause or a past participle on the last noun
    ends the content in PolNeAR's annotation, after a one-word content too ("backed Bush,
    the former governor"); a name in apposition to a common noun ("his rival, Ann Roe")
    says who is meant and stays (PolNeAR dev + train: 8 of 9), and so does a list taken
    for an apposition ("my judgment, my honesty"). In
    a reported clause (``clause``) a closing present participle goes on with the clause's
    own event ("prices will rise, pushing rents up") and stays, unless it reports words
    ("..., citing X"). An apposition that narrows ("..., particularly those who wait") or
    counts ("..., 60 percent to 30") goes on with the content (PolNeAR train: 8 of 9), and
    so does a place's state or country ("... in Portland, Oregon")."""
    if len(toks) < 4:
        return toks
    last = toks[-1]
    while last.is_punct and last.i > toks[0].i:
        last = last.doc[last.i - 1]
    for t in toks:
        if t.dep_ not in ("appos", "relcl", "advcl", "acl") or t.right_edge.i != last.i:
            continue
        if t.dep_ == "advcl" and clause and not _reports_words(t):
            continue
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN":
            continue  # "... against her opponent, Ann Roe": the name says who is meant
        first = t.left_edge
        if t.dep_ == "appos" and t.ent_type_ == "GPE":
            continue  # "in Tulsa, Oklahoma", "Jupiter, Fla.": a place and its state
        if t.dep_ == "appos" and first.tag_ == "PRP$":
            continue  # "my judgment, my honesty": a list the parser took for an apposition
        if t.dep_ == "appos" and (
            first.lower_ in cues.FOCUS_ADVERBS or t.like_num or t.lower_ == "percent"
        ):
            continue  # "..., particularly those who wait", "..., 72 percent to 8": it narrows
        if t.dep_ == "relcl" and first.lower_ not in ("which", "who"):
            continue
        if t.dep_ == "acl" and not (t.tag_ == "VBN" and first.i == t.i):
            continue
        if t.dep_ == "advcl" and not (t.tag_ == "VBG" and first.i == t.i):
            continue  # only a closing participle: "..., citing the strategic importance"
        if first.i < 2 or first.doc[first.i - 1].text not in _ASIDE_MARKS:
            continue
        cut = first.i - 1
        if cut > toks[0].i and not any(x.text in '"\u201c\u201d' for x in toks):
            return [x for x in toks if x.i < cut]
    return toks


def _reports_words(tok) -> bool:
    """Whether a phrase gives words or a statement of its own: a verb of saying or citing
    ("..., citing X", "what Y said") or a statement noun ("..., contradicting the claim
    that X"). PolNeAR dev + train: such a closing participle is not part of the content
    before it, most others are."""
    return any(
        x.pos_ == "VERB"
        and _lemma(x) in cues.CITING_VERBS
        or x.pos_ == "NOUN"
        and x.lemma_.lower() in _STATEMENT_NOUNS
        for x in tok.subtree
    )


def _drop_trailing_when(toks: list, verb) -> list:
    """Cut a closing time adjunct: "criticized the plan on Thursday", "... last week",
    "endorsed Y in early June", after a one-word object too ("endorsed Ruiz in May"): it
    tells when the words were said, not what they were. A bare year ("opposed the bill in
    2007") may date the object's event instead, and a length of time ("the largest
    deficit in nine years") measures it, and a date on a verb inside the content ("a
    report that X was held on Monday") dates the reported event: they stay."""
    out = list(toks)
    while out and out[-1].is_punct:
        out.pop()
    k = len(out)
    while k > 1 and _when(out[k - 1]):
        k -= 1
    when = out[k:]
    prep = out[k - 1] if when else None
    # a date in a phrase on the cue verb itself ("described it in December")
    dated = (
        prep is not None
        and prep.dep_ == "prep"
        and prep.lower_ in cues.WHEN_PREPS
        and (prep.head.i == verb.i or _named_object(prep.head, verb))
        and not (len(when) == 1 and when[0].like_num)
        and not (when[-1].lemma_ in _TIME_WORDS and any(t.like_num for t in when))
    )
    if not when or not (
        dated or when[0].lower_ in cues.DEICTIC_WHEN or when[-1].lower_ in cues.DAY_WORDS
    ):
        return toks
    anchor = prep if prep is not None and prep.dep_ == "prep" else when[-1]
    inner = anchor.head
    if inner.i != verb.i and inner.pos_ in ("VERB", "AUX") and inner.i in {t.i for t in out}:
        return toks  # "a report that X was held on Monday": the date of the reported event
    if dated or prep.dep_ == "prep" and prep.lower_ in ("on", "at"):
        k -= 1
    return out[:k] if k >= 1 else toks


def _named_object(tok, verb) -> bool:
    """A name as the verb's object ("endorsed Sanders in February"): a date the parser
    hung on it belongs to the verb, as a name takes no date of its own."""
    return tok.dep_ == "dobj" and tok.head.i == verb.i and tok.pos_ == "PROPN"


def _widen_to_quotes(text: str, s: int, e: int, marks, cue_at: int) -> tuple[int, int]:
    """Widen a content to whole quotations it touches (never across the cue)."""
    for qs, qe, _ in marks:
        if qs <= cue_at < qe:
            continue
        touches = qe >= s - 2 and qs <= e + 2 and (qs < s or qe > e)
        if touches and "\n" not in text[min(e, qs) : max(e, qs)] + text[min(s, qe) : max(s, qe)]:
            lo, hi = min(s, qs), max(e, qe)
            if lo <= cue_at < hi:
                continue
            s, e = lo, hi
    return _trim(text, s, e)


def _parse_candidates(doc, text: str, marks) -> list[_Cand]:
    out: list[_Cand] = []
    for sent in doc.sents:
        if sent[0].tag_ == UNPARSED_TAG and sent.root.i == sent.start:
            continue  # a flat, untagged sentence the fast path left unparsed
        for tok in sent:
            c = _according_to(tok, text, marks) if tok.lower_ == "according" else None
            if c is None and tok.lower_ == "in" and tok.dep_ == "prep":
                c = _in_poll(tok, text, marks)
            if c is None and tok.lower_ in cues.PERSPECTIVE_NOUNS and tok.dep_ == "prep":
                c = _perspective(tok, text, marks)
            if c is None and tok.lower_ in cues.REPORTATIVE_ADVERBS:
                c = _reportative(tok, text, marks)
            if c is None and tok.dep_ == "advcl" and _verbal(tok):
                c = _as_clause_candidate(tok, text, marks)
            if c is not None or not _verbal(tok):
                pass
            elif (lemma := _lemma(tok)) in cues.CUE_VERBS or _phrasal(tok, lemma):
                c = _verb_candidate(tok, sent, text, marks)
            if c is None and tok.pos_ == "ADJ" and tok.lower_ in cues.ATTITUDE_ADJECTIVES:
                c = _adjective_candidate(tok, text, marks)
            if c is None and tok.pos_ in ("ADJ", "VERB") and tok.lower_ in cues.STANCE_ADJECTIVES:
                preps = cues.STANCE_ADJECTIVES[tok.lower_]
                c = _adjective_candidate(tok, text, marks, preps)
            if c is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.CUE_NOUNS:
                c = _noun_candidate(tok, text, marks)
            if c is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.STANCE_NOUNS:
                c = _stance_noun_candidate(tok, text, marks)
            if c is None and (
                tok.lower_ in cues.IMPERSONAL_CUES
                or tok.pos_ == "VERB"
                and tok.lemma_.lower() in cues.IMPRESSION_VERBS
            ):
                c = _impersonal_candidate(tok, text, marks)
            if c is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.TOPIC_NOUNS:
                c = _topic_noun_candidate(tok, text, marks)
            if c is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.RECEIVED_NOUNS:
                c = _received_candidate(tok, text, marks)
            if c is None and tok.pos_ == "NOUN":
                c = _noun_class_candidate(tok, text, marks)
            if c is None and _verbal(tok):
                lemma = _lemma(tok)
                if lemma in _ASKING_VERBS:
                    c = _asking_candidate(tok, text, marks)
                if c is None and lemma in cues.INTENTION_VERBS:
                    c = _intention_candidate(tok, text, marks)
                if c is None and lemma in cues.AIM_VERBS and _aims_at_act(tok):
                    c = _intention_candidate(tok, text, marks)
                if c is None and lemma in cues.OBJECT_VERBS:
                    c = _object_candidate(tok, text, marks) or _passive_candidate(tok, text, marks)
                if c is None and lemma in cues.PREP_CUES:
                    c = _prep_candidate(tok, text, marks, lemma)
                if c is None and lemma in cues.BALLOT_VERBS and _share_subject(tok):
                    c = _prep_candidate(tok, text, marks, lemma, cues.BALLOT_VERBS[lemma])
                if c is None:
                    c = _class_candidate(tok, lemma, sent, text, marks)
                if c is None and lemma in cues.QUESTION_VERBS:
                    c = _question_candidate(tok, text, marks)
                if c is None and lemma in cues.REGARD_VERBS:
                    c = _regard_candidate(tok, text, marks)
                if c is None and lemma in cues.PREP_CUES:
                    c = _prep_as_candidate(tok, text, marks, lemma)
            if c is not None:
                out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _verbal(tok) -> bool:
    """A verb, or a word the tagger took for a noun but the parser uses as a verb
    ("Trump claims that ..." or "X blasts Y for Z" tagged NNS with a subject and a clause
    or an object)."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        deps = {c.dep_ for c in tok.children}
        return "nsubj" in deps and ("ccomp" in deps or "dobj" in deps)
    return False


def _phrasal(tok, lemma: str) -> bool:
    """A phrasal verb of saying: "pointed out that ...", "fired back that ..."."""
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in cues.PHRASAL_CUES for c in tok.children)


def _lemma(tok) -> str:
    """The lemma, repaired where the lemmatizer splits a regular past or gerund wrongly
    ("hoped" -> "hop"): prefer the "-e" form when that is a known cue."""
    lemma = tok.lemma_.lower()
    if lemma in cues.ALL_CUES:
        return lemma
    low = tok.lower_
    for suffix in ("ed", "ing", "es", "s"):
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            for cand in (stem + "e", stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if cand in cues.ALL_CUES:
                    return cand
    return lemma


def _verb_candidate(verb, sent, text: str, marks) -> _Cand | None:
    if _inside(marks, verb.idx):
        return None  # a cue inside a quotation is part of that quotation
    kids = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and not _cut_off(c, verb)), None)
    negated = kids & _MODALS and any(c.dep_ == "neg" for c in verb.children)
    if negated and (comp is None or not _wh_clause(comp)):
        return None  # "we can't say we're surprised": a figure of speech, not a report
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "without":
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
    if comp.i < verb.i and not _inside(marks, comp.idx):
        # "A, Mr. X said, until B": the content runs on after the cue
        paren = _parenthetical(verb, sent, subj, text, marks)
        if paren is not None:
            return paren
        # "While he admitted A, X noted B": the parser hung the clause of an earlier verb
        # on this one too; the clause after the cue is its own
        later = next(
            (c for c in verb.rights if c.dep_ == "ccomp" and not _inside(marks, c.idx)), None
        )
        comp = later or comp
    s, e = _content_from(comp, verb, text, marks)
    for other in verb.children:
        # "X said A, but B": several clauses on the same side of the cue
        if (
            other.dep_ == "ccomp"
            and other.i != comp.i
            and (other.i < verb.i) == (comp.i < verb.i)
            and not _cut_off(other, verb)
            and not _cue_between(verb.doc, comp, other)
        ):
            s2, e2 = _content_from(other, verb, text, marks)
            if e2 > s2:
                s, e = min(s, s2), max(e, e2)
    e = _contrast_tail(verb, comp, text, s, e)
    e = _past_closing_quote(verb, comp, text, e)
    rel = next(
        (
            c
            for c in comp.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.lower_ in ("which", "that")
        ),
        None,
    )
    if rel is not None and rel.i < comp.i and verb.dep_ == "relcl":
        # "which X said was unacceptable": the relative pronoun is the clause's subject,
        # and PolNeAR keeps it as the content's first piece
        s = rel.idx
    # a second complement the parser took from the next paragraph is cut off here, so
    # that a quotation in the cue's paragraph is still seen as one
    s, e = _clip_to_paragraph(text, s, e, verb.idx)
    if len(_WORD.findall(text[s:e])) < 3:
        return None
    direct = _inside(marks, s, e) is not None
    method = "colon" if verb.idx < s and "\n" in text[verb.idx : s] else "ccomp"
    return _make(s, e, method, verb, subj, text, direct=direct)


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
    adjunct as an adverbial clause; it is the verb's complement."""
    if _lemma(verb) in cues.WEAK_CUE_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ == "advcl" and not any(
            x.dep_ == "mark" or x.tag_ in _WH_TAGS for x in c.children
        ):
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return c, subj
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
    if obj is None:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.rights, *obj.rights)):
        return None
    return _renamed(_object_candidate(verb, text, marks), "regard")


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
            hi = conj.right_edge.i
            while hi > conj.i and verb.doc[hi].is_punct:
                hi -= 1
            t = verb.doc[hi]
            if "\n" not in text[e : t.idx]:
                e = max(e, t.idx + len(t))
    return e


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
        hi = c.right_edge.i
        while hi > c.i and verb.doc[hi].is_punct:
            hi -= 1
        return verb.doc[hi].idx + len(verb.doc[hi])
    return e


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
    if verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    return conj.tag_ in ("VB", "VBG") or conj.tag_ == "VBP" and verb.tag_ == "VBD"


def _cut_off(comp, verb) -> bool:
    """A clause before the cue that a colon, a semicolon or a paragraph break separates
    from it ("A; X says B") is a sentence of its own the parser attached to the cue."""
    if comp.i > verb.i:
        return False
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
    if subj is None or lemma not in cues.SPEECH_VERBS:
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.tag_ not in _FINITE_PRESENT_PAST | {"VB"} or infinitive or subj.tag_ in _WH_TAGS:
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
    s = _drop_connective(text, s, e, marks, sentence=True)
    if s >= doc[lo].idx:
        # "Still, he said, officials must decide": only a connective stood before the
        # cue, so the words are what follows it
        s = doc[hi + 2].idx
    return _make(s, e, "parenthetical", verb, subj, text)


def _para_end(text: str, at: int) -> int:
    """The end of the paragraph (line) that holds offset ``at``."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _clip_to_paragraph(text: str, s: int, e: int, at: int) -> tuple[int, int]:
    """Keep a content within one paragraph: the cue's, or the next one when the content
    starts there ("X said:" NEWLINE quotation). spaCy sentences can run across blank
    lines; attributions in news prose do not."""
    lo = text.rfind("\n", 0, at) + 1
    hi = _para_end(text, at)
    if s >= hi:  # content in a later paragraph: keep its first paragraph
        return s, min(e, _para_end(text, s))
    return _trim(text, max(s, lo), min(e, hi))


def _cue_between(doc, a, b) -> bool:
    """Whether another speaker's cue verb lies between two clauses ("A, while X said B")."""
    # b itself may be that cue: "X said A, and Y accused Z of B"
    lo, hi = (a.right_edge.i + 1, b.i + 1) if a.i < b.i else (b.i, a.left_edge.i)
    return any(
        _lemma(t) in cues.CUE_VERBS and any(c.dep_ == "nsubj" for c in t.children)
        for t in doc[lo:hi]
    )


# A clitic written with a curly apostrophe ("don\u2019t", "Trump\u2019s"), which the
# tokenizer may split off as punctuation, so that a content can end just before it.
_CLITIC = re.compile(r"(?:n[\u2019']t|[\u2019']s)\b", re.IGNORECASE)


def _make(s, e, method, verb, subj, text, *, direct=False, cue=None) -> _Cand:
    if verb is not None and method not in ("quote-cue",):
        s, e = _clip_to_paragraph(text, s, e, verb.idx)
    clitic = _CLITIC.match(text, e) if e > s and text[e - 1].isalpha() else None
    if clitic is not None:
        e = clitic.end()
    c = _Cand(start=s, end=e, method=method, cue_tok=verb, direct=direct)
    if cue is not None:
        c.cue = cue
    elif verb is not None:
        c.cue = (verb.idx, verb.idx + len(verb))
    if subj is None and verb is not None:
        subj = _implicit_subject(verb)
    if subj is not None:
        if verb is not None:
            subj = _speaker_subject(subj, verb)
        c.subj = subj
        c.subj_span = _subject_span(subj, verb, text) if verb is not None else _tok_span([subj])
    return c


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
    return _make(s, e, "linear", verb, subj, text)


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
    return any(
        c.dep_ == "xcomp"
        and c.lemma_ != "be"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _object_candidate(verb, text: str, marks) -> _Cand | None:
    """'X criticized the plan as Y', 'X called them "deplorables"': the object is the content."""
    if _inside(marks, verb.idx):
        return None
    subj = _subject(verb)
    gerund = subj is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp"
    if gerund and verb.head.lower_ != "for":
        # "devoted the rally to attacking X": a gerund after a preposition has the
        # clause's subject (not "blamed Y for backing X", where the object did it)
        subj = _implicit_subject(verb)
    if subj is None and verb.dep_ == "xcomp" and verb.head.lower_ in _QUICK:
        subj = _subject(verb.head.head)  # "X was quick to condemn Y"
    # "a fund called X": the naming is kept as an attribution without a source
    naming = verb.dep_ == "acl" and verb.tag_ == "VBN" and _lemma(verb) in _NAMING_VERBS
    if subj is None and not naming or subj is not None and subj.i > verb.i:
        return None
    if subj is not None and subj.lower_ == "you" and verb.sent.text.rstrip().endswith("?"):
        return None  # "Do you support X?": the writer asks the reader, no one holds a view
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
    hi = _elaboration_after(verb, hi)
    # a time phrase may close the content on either side of an occasion phrase ("in an
    # email on Friday", "on Friday in an email"), hence a time cut before and after it
    toks = _drop_trailing_when(_drop_trailing_aside(list(verb.doc[lo : hi + 1])), verb)
    toks = _drop_dash_aside(_drop_trailing_when(_drop_trailing_occasion(toks), verb), marks)
    toks = _drop_partner(toks, verb, obj)
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


# Adjectives over an infinitive that tell how soon the act was done: "was quick to X".
_QUICK = frozenset({"quick", "swift"})


def _times_act(verb) -> bool:
    """A verb over an infinitive that only times or hedges the act, which is done:
    "began to dispute X", "seemed to confirm X", "went on to call X", "was quick to
    condemn X"."""
    if _lemma(verb) in _DONE_ACT_VERBS or verb.lower_ in _QUICK:
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
        if t.dep_ != "prep" or t.lower_ not in cues.OCCASION_PREPS or t.right_edge.i < last:
            continue
        if any(a.dep_ in ("relcl", "acl") and a.i > toks[0].i for a in t.ancestors):
            continue  # "X, who spoke during the forum": the occasion of the clause's event
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is not None and cues.OCCASION_NOUNS & {pobj.lemma_.lower(), pobj.lower_}:
            return toks[:k]
    return toks


def _drop_dash_aside(toks: list, marks) -> list:
    """'denounced the rules as a power grab - a charge that stung': after a verb's object,
    a free-standing dash outside any quotation opens the writer's comment on it (an
    apposition, a participle), not more of what was said."""
    for k, t in enumerate(toks[2:], start=2):
        spaced = t.whitespace_ and toks[k - 1].whitespace_
        if t.text in _DASHES and spaced and _inside(marks, t.idx) is None:
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


def _feeling_topic(obj, verb=None):
    """'expressed deep concern about the policy': an object that names a feeling stands,
    with its verb, for the cue; what the feeling is about is the content."""
    if obj.lower_ not in cues.ATTITUDE_NOUNS or any(c.dep_ == "conj" for c in obj.children):
        return obj  # "anger and hatred of X": the phrase may hang on one conjunct only
    prep = next((c for c in obj.rights if c.dep_ == "prep"), None)
    if prep is None and verb is not None:
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
    if subj is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ != "for":
        subj = _implicit_subject(verb)  # "won by talking about X": the clause's subject
    if subj is None or subj.i > verb.i:
        return None
    share = preps is not None
    preps = preps or cues.PREP_CUES[lemma]
    for c in verb.children:
        if c.dep_ == "prt":
            # "spoke out against X": the particle adds the prepositions of a stance
            preps = preps + cues.PREP_CUES.get(f"{lemma} {c.lower_}", ())
    prep = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("prep", "prt") and c.lower_ in preps and not _speaking_terms(c)
        ),
        None,
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


# Stance adjectives whose object is a stance only as a gerund ("open to raising taxes").
_GERUND_ADJECTIVES = frozenset({"open"})


def _adjective_candidate(adj, text: str, marks, preps=None) -> _Cand | None:
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
    prep = None
    comp = None if preps else next((c for c in adj.rights if c.dep_ in ("ccomp", "xcomp")), None)
    if comp is None:
        # "pleased by X": a participle's "by" phrase is parsed as its agent
        deps = ("prep", "agent") if preps else ("prep",)
        preps = preps or _STANCE_PREPS
        prep = next((c for c in adj.rights if c.dep_ in deps and c.lower_ in preps), None)
        comp = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if comp is None or adj.lower_ in _GERUND_ADJECTIVES and comp.tag_ != "VBG":
        return None  # "open to the public" is no stance; "open to raising taxes" is
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
    # parser hangs on the first "of" or on the noun
    more = [
        c
        for c in noun.rights
        if c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i > prep.i
        and any(x.dep_ == "cc" and prep.i < x.i < c.i for x in noun.children)
    ]
    toks = [t for p in (prep, *prep.conjuncts, *more) for t in p.subtree if t.i > prep.i]
    s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < MIN_TOPIC_NOUN_WORDS and not _named_target(pobj):
        return None
    c = _make(s, e, "noun", noun.head, subj, text)
    c.cue = (noun.idx, noun.idx + len(noun))
    return c


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
        active = tok.tag_ == "VBN" and _lemma(tok) not in _RAISING_VERBS | cues.IMPRESSION_VERBS
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
    last = toks[-1].i
    for t in toks:
        if t.i <= comp.i or t.text not in _ASIDE_MARKS or t.i + 1 > last:
            continue
        nxt = doc[t.i + 1]
        root = nxt
        while root.head.i != root.i and root.head.left_edge.i == nxt.i and root.head.i <= last:
            root = root.head
        aside = root.dep_ in ("advcl", "relcl", "acl", "appos") or (
            root.dep_ == "prep" and root.lower_ == "with"
        )
        if aside and root.right_edge.i >= last and t.i - toks[0].i >= 3:
            toks = [x for x in toks if x.i < t.i]
            break
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _inner_attitude(comp) -> bool:
    """'X seemed pleased with Y', 'X did not seem to be worried about Y': an adjective of
    stance under the raising verb, with what the stance is about; its own candidate
    reports Y, held by X."""
    if comp.dep_ == "xcomp" and comp.lemma_ == "be":
        comp = next((c for c in comp.children if c.dep_ in ("acomp", "oprd")), comp)
    return comp.lower_ in cues.ATTITUDE_ADJECTIVES and any(
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in _STANCE_PREPS
        for c in comp.rights
    )


def _inner_cue(comp) -> bool:
    """An infinitive complement that is a cue verb with its own clause or object ("seemed
    to suggest that X"): a candidate of its own reports X, with the outer verb part of
    the cue."""
    return (
        comp.dep_ == "xcomp"
        and _lemma(comp) in cues.CUE_VERBS
        and any(c.dep_ in ("ccomp", "dobj") for c in comp.children)
    )


def _agentive(tok) -> bool:
    """Whether a token can name someone who holds a view: a name, an organisation, a
    personal pronoun or a noun of people ("the senator", "analysts"), not "photos"."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL_PRONOUNS
    return tok.lemma_.lower() in cues.ANONYMOUS_NOUNS or tok.lemma_.lower() in cues.AGENT_NOUNS


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


def _topic_noun_candidate(noun, text: str, marks, preps=None) -> _Cand | None:
    """'X announced plans to give ...', 'X raised questions about Y', 'X's criticism of Y':
    the infinitive or prepositional object of a noun of intent, speech or stance."""
    if _inside(marks, noun.idx):
        return None
    preps = preps or cues.TOPIC_NOUNS[noun.lemma_.lower()]
    part = None
    for c in noun.rights:
        if (
            c.dep_ == "acl"
            and "to" in preps
            and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        ):
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
    if not received and (owner is None or not _agentive(owner)):
        return None
    toks = list(part.subtree)
    s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < MIN_TOPIC_NOUN_WORDS and not _named_target(part):
        return None

    s, e = _widen_to_quotes(text, s, e, marks, noun.idx)
    c = _make(s, e, "noun", verb if verb is not noun else None, None, text)
    c.cue_tok = noun
    c.cue = (noun.idx, noun.idx + len(noun))
    if received:
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


def _that_clause(noun):
    """The "that"-clause a noun introduces ("the claim that ..."), if any."""
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)
        ),
        None,
    )


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
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i < gov.i and subj.lower_ != "it" and _agentive(subj):
            return subj
    # "X raised concern that ...", "X played down the idea that ...": the subject of the
    # verb whose object the noun is voices, weighs or rejects it (not "X faced charges")
    if (
        noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and _lemma(noun.head) not in _RECEIVING_VERBS
    ):
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i < noun.head.i and subj.lower_ != "it" and _agentive(subj):
            return subj
    return None


def _according_to(tok, text: str, marks) -> _Cand | None:
    """'According to X, ...' and '..., according to X': the sentence around the phrase."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or _inside(marks, tok.idx):
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
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
    if not part:
        return None
    s, e = _trim(text, *_tok_span(part))
    if e - s < 8:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, tok.idx)
    s = _drop_connective(text, s, e, marks, sentence=True)
    c = _Cand(start=s, end=e, method="according", cue_tok=tok)
    c.cue = (tok.idx, to.idx + len(to))
    c.subj = pobj
    c.subj_span = _trim(text, *src)
    if author is not None:
        c.subj, c.subj_span = author, _trim(text, *_tok_span(author.subtree))
    return c


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
    span = _framed_span(prep, text, nouns=True, min_words=2)
    if span is None:
        return None
    c = _make(*span, "poll", prep, None, text)
    c.subj = pobj
    c.subj_span = _trim(text, *_tok_span(list(prep.subtree)[1:]))
    return c


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
        c.venue = find_venue(acc.cue_tok, "")


# -- further verb classes and constructions ------------------------------------------------

# Prepositions whose phrase completes an agentless passive of a stance verb: "was
# criticized for X", "was accused of X", "was rated as X", "was charged with X".
_PASSIVE_PREPS = frozenset({"as", "for", "of", "with"})
# Prepositions that introduce a gerund carrying the subject's act of saying: "began by
# emphasizing X", "in defending himself".
_GERUND_PREPS = frozenset({"by", "in", "while", "after", "before"})
# Verbs whose gerund carries a statement or stance; cognition verbs are left out since a
# fronted "assuming/considering X" is a condition, not a view.
_GERUND_CUES = (cues.OBJECT_VERBS | cues.INTENTION_VERBS) - (
    cues.COGNITION_VERBS - cues.SPEECH_VERBS
)


def _as_clause_candidate(verb, text: str, marks) -> _Cand | None:
    """'As X pointed out, A' and 'A, as X put it': the clause the "as" clause modifies
    is what X said or believed (PolNeAR takes the "as" clause's verb as the cue)."""
    if _inside(marks, verb.idx):
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
    toks = [t for t in head.subtree if t.i not in inner and t.sent.start == verb.sent.start]
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


def _renamed(c: _Cand | None, method: str) -> _Cand | None:
    if c is not None:
        c.method = method
    return c


# Verbs of persuading: their passive subject holds the belief ("X was convinced that").
_PERSUADE_VERBS = frozenset({"convince", "persuade"})


def _class_candidate(verb, lemma: str, sent, text: str, marks) -> _Cand | None:
    """Cue verbs of the further classes in ``cues`` (clausal, desire, evidence, attitude,
    presentation, scrutiny and directive verbs), agentless passives and fronted or
    prepositional gerunds; each class records its own method."""
    c = None
    if lemma in cues.CLAUSE_VERBS:
        c = _renamed(_verb_candidate(verb, sent, text, marks), "clause")
        # the passive's subject, or the subject of "be" over a participle parsed as an
        # adjective complement
        held = next((x for x in verb.lefts if x.dep_ == "nsubjpass"), None)
        if held is None and verb.dep_ == "acomp":
            held = next((x for x in verb.head.lefts if x.dep_ == "nsubj"), None)
        if c is not None and c.subj is None and held is not None and lemma in _PERSUADE_VERBS:
            # "X is convinced that ...": the one persuaded holds the belief
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
    if c is None and lemma in cues.OBJECT_VERBS - cues.CUE_VERBS:
        # speech and cognition verbs have agentless passives that attribute nothing
        # ("what is known as", "was admitted to hospital", "the holiday is observed")
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
            # "known for some time": how long, not what for
            return not any(x.lemma_.lower() in _TIME_WORDS for x in c.children)
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
    if c is None and lemma not in cues.TOPIC_NOUNS:
        preps = cues.MORE_TOPIC_NOUNS.get(low) or cues.MORE_TOPIC_NOUNS.get(lemma)
        if preps:
            c = _renamed(_topic_noun_candidate(noun, text, marks, preps), "noun-topic")
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


def _gerund_candidate(verb, sent, text: str, marks) -> _Cand | None:
    """'Citing X, Trump accused Y' and 'X began by emphasizing Y': a gerund before its
    clause's subject, or after "by/in", shares that subject; its object or clause is
    the content."""
    if _inside(marks, verb.idx) or verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        head = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in _GERUND_PREPS:
        head = verb.head.head
    else:
        return None
    if head.pos_ not in ("VERB", "AUX"):
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
        right = [c for c in verb.rights if c.i >= comp.i and c.dep_ in _OBJECT_DEPS]
        toks = _drop_trailing_aside(
            list(verb.doc[comp.left_edge.i : max(c.right_edge.i for c in right) + 1])
        )
        s, e = _trim(text, *_tok_span(toks))
    if len(_WORD.findall(text[s:e])) < 2:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    return _make(s, e, "gerund", verb, subj, text)


# -- quotations without a parsed cue -----------------------------------------------------

# "PENCE: Well, look ..." (transcript) or "Pence: Trump Was 'Mocking' ..." (headline):
# a name of one to three capitalised words, a colon, the words.
_LABEL = re.compile(
    r"^[\"\u201c\u201d]?((?:[A-Z][\w.'\u2019-]*)(?: [A-Z][\w.'\u2019-]*){0,2}):[ \t]+(\S.*)$",
    re.MULTILINE,
)


# Nouns of sources that can label a headline's claim ("Report: ...", "Insiders: ...").
_SOURCE_LABELS = (cues.ANONYMOUS_NOUNS | cues.OUTLET_WORDS | cues.EVIDENCE_NOUNS) - {"show"}


def _label_candidates(text: str) -> list[_Cand]:
    """Lines opened by a speaker label: all-caps names anywhere, any name in the headline."""
    out = []
    for m in _LABEL.finditer(text):
        name = m.group(1)
        headline = m.start() == 0 and not name.isupper()
        # "Poll: X leads in Ohio": a headline giving a poll's finding
        poll = headline and name.lower().rstrip("s") in cues.POLL_NOUNS
        if not poll and (not (headline or name.isupper()) or name.lower() in cues.LABEL_STOPWORDS):
            continue
        # "Report: X", "Insiders: X": a headline crediting a kind of source, not a name
        kind = headline and " " not in name and name.lower().rstrip("s") in _SOURCE_LABELS
        if headline and not (poll or kind) and name.split()[-1] not in text[m.end() :]:
            continue  # "Stealth Over Health: ..." is a title, not a speaker named in the story
        s, e = _trim(text, m.start(2), m.end(2))
        if len(_WORD.findall(text[s:e])) < 3:
            continue
        c = _Cand(start=s, end=e, method="poll" if poll else "label", direct=not headline)
        c.cue = (m.end(1), m.end(1) + 1)
        c.subj_span = (m.start(1), m.end(1))
        out.append(c)
    return out


def _quote_candidate(doc, text: str, qs: int, qe: int, kind: str, prior) -> _Cand | None:
    s, e = _trim(text, qs, qe)
    if e <= s:
        return None
    words = len(_WORD.findall(text[s:e]))
    if kind == "single":
        # "Post Assembles 'A Sizable Army' Of Reporters": a phrase with no verb that runs
        # on into the headline without a break is a name there, not a saying ("Is
        # 'Pulling the Plug' After X" is one)
        runs_on = re.match(r"\s+\w", text[qe + 1 :]) and text[qe - 1] not in ",.!?"
        inner = doc.char_span(s, e, alignment_mode="expand")
        if runs_on and inner is not None:
            runs_on = not any(t.pos_ in ("VERB", "AUX") for t in inner)
        if words < MIN_HEADLINE_QUOTE_WORDS or runs_on:
            return None
        c = _Cand(start=s, end=e, method="headline", direct=True)
        tag = _headline_tag(doc, text, s, e, qe)
        if tag is not None:
            # "'...,' Jane Doe Tells Convention": the speaker and verb come after
            c.subj, c.subj_span, c.cue = tag
        return c
    # "'...' - Name"
    m = re.match(
        r"[\s,.]*[" + cues.ATTRIBUTION_DASHES + r"]\s*([A-Z](?:[^\n,.;:(]|\.(?=\s*[A-Z]))*)",
        text[qe + 1 : qe + 80],
    )
    if m:
        name = (qe + 1 + m.start(1), qe + 1 + m.end(1))
        dash = qe + 1 + m.group(0).find(m.group(0).strip(" ,.")[0])
        c = _Cand(start=s, end=e, method="dash", direct=True, cue=(dash, dash + 1))
        c.subj_span = _trim(text, *name)
        return c
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    utter = _utterance_verb(doc, span)
    if utter is not None:
        return _make(s, e, "quote-cue", utter, _subject(utter), text, direct=True)
    verb, subj = _adjacent_cue(span, qs, qe, text)
    # a two-word quotation counts only as a sentence of its own ('"You winning?" she
    # said'), not as a title inside one ('on the show "Morning Desk." She said')
    opens = text[: max(0, qs - 1)].rstrip()[-1:] in ("", ".", "!", "?", '"', "\u201d")
    if verb is not None and (
        words >= 6
        or (words >= 3 or words == 2 and opens)
        and text[e - 1 : qe].strip(" '\"")[-1:] in ",.!?"
    ):
        c = _make(s, e, "quote-cue", verb, subj, text, direct=True)
        if verb.pos_ not in ("VERB", "AUX") and subj.i < verb.i:
            # a tag verb the tagger took for a noun: its subject is the whole stretch
            # before it ('the editorial read'), which the parse does not join
            lo = next((t for t in doc[span[-1].i + 1 : verb.i] if not t.is_punct), subj)
            c.subj_span = _trim(text, lo.idx, verb.idx)
        c.start = _clause_start(verb, span[0], c.start)
        return c
    # "A source told X at the time:" on the line before
    para_start = text.rfind("\n", 0, qs - 1) + 1
    before = text[:para_start].rstrip()
    if text[para_start : qs - 1].strip() == "" and before.endswith(":"):
        prev = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if prev is not None:
            verb, subj = _cue_in(prev.sent, text)
            if verb is not None:
                c = _make(s, e, "colon", verb, subj, text, direct=True)
                return c
    # a quotation right after a colon in its own sentence: 'Trump said: "..."'
    before_q = text[: qs - 1].rstrip()
    if before_q.endswith(":"):
        prev = doc.char_span(len(before_q) - 1, len(before_q), alignment_mode="expand")
        if prev is not None:
            verb, subj = _cue_in(prev.sent, text, before=len(before_q))
            if verb is not None:
                return _make(s, e, "colon", verb, subj, text, direct=True)
    # the second piece of a quotation split by its cue, or a quotation paragraph
    # continuing the previous quote: same speaker
    before_q = sorted((c for c in prior if c.end <= qs), key=lambda c: c.end)
    if before_q:
        last = before_q[-1]
        if not last.direct:
            # '"A," said X, who has long criticized Y. "B"': a clause inside the speaker's
            # description found its own cue; look past it to the quotation before
            piece = next((c for c in reversed(before_q) if c.direct), None)
            inner = [c for c in before_q if piece is not None and c.start >= piece.end]
            if (
                piece is not None
                and piece.cue is not None
                and piece.end <= piece.cue[0] < min(c.start for c in inner)
            ):
                last = piece
        if last.end < qs and _continues(text, last, qs, para_start):
            c = _Cand(start=s, end=e, method="continued", direct=True)
            c.inherit_from = last
            return c
    if "," in text[e : qe + 3] and _BYLINE.match(text, qe):
        return None  # '"Museum to close," by Ann Lee': the title of a piece, not a saying
    if _EXCERPT_BYLINE.search(text[max(0, qs - 100) : qs]):
        return None  # '..." by Ann Lee: "The museum will ..."': an excerpt of that piece
    # (a closing "\u2015 Name" names the speaker instead, whatever comes before)
    signed = re.search(
        r"[" + cues.ATTRIBUTION_DASHES + r"]\s*[A-Z]", text[qe : _para_end(text, qe)]
    )
    intro = _introducing_clause(doc, text, qs) if words >= 3 and not signed else None
    if intro is not None:
        return _make(s, e, "intro", intro[0], intro[1], text, direct=True)
    if words >= MIN_UNCUED_QUOTE_WORDS and _sentence_like(text[s:e]):
        return _Cand(start=s, end=e, method="quote", direct=True)
    return None


# A byline right after a quotation that ends with a comma: '"Museum to close," by the
# Post's Ann Lee' (a list of pieces in a newsletter).
_BYLINE = re.compile(r"[\s\"\u201d',]*by\s+(?:the\s+)?[A-Z]")


# The byline of a titled piece before a quotation that excerpts it: '"Museum to close," by
# the Post's Ann Lee: "..."'.
_EXCERPT_BYLINE = re.compile(
    r"[,\"\u201d]\s*by\s+(?:the\s+)?[A-Z][^\n\"\u201c\u201d]{0,80}:\s*[\"\u201c]?$"
)


def _time_phrase(prep) -> bool:
    """A preposition whose object is a stretch of time ("for some time", "for years")."""
    return any(
        c.dep_ == "pobj" and (c.lower_ in _TIME_WORDS or c.lower_ in ("years", "decades", "while"))
        for c in prep.children
    )


# Longest sentence (tokens) read as the introduction of the quotation after it.
MAX_INTRO_TOKENS = 16


def _introducing_clause(doc, text: str, qs: int):
    """'X agreed. "..."', 'X continued his attack.\n\n"..."': a quotation right after a
    short sentence whose speech verb reports no words of its own is that subject's.

    Returns ``(verb, subject)`` or None.
    """
    before = text[: qs - 1].rstrip()
    if not before.endswith(".") or text[len(before) : qs].count("\n") > 2:
        return None  # the sentence must end right before, or end the paragraph before
    end = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if end is None:
        return None
    sent = end.sent
    if len(sent) > MAX_INTRO_TOKENS or any(t.text in _QUOTE_TOKENS for t in sent):
        return None
    verb = sent.root
    if verb.pos_ != "VERB" or _lemma(verb) not in cues.INTRODUCING_VERBS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return None  # "X said the vote was close.": words of its own
    subj = _subject(verb)
    return (verb, subj) if subj is not None and subj.i < verb.i else None


def _clause_start(verb, first, s: int) -> int:
    """'X said Trump is "telling them what they want"', 'X talked up her "50-state
    strategy"': a quotation that finishes the cue's complement starts the content where
    that complement starts."""
    if verb.i > first.i:
        return s
    comp = next(
        (
            c
            for c in verb.rights
            if c.dep_ in ("ccomp", "xcomp", "dobj") and c.left_edge.i <= first.i <= c.right_edge.i
        ),
        None,
    )
    if comp is None or comp.left_edge.i >= first.i - 1:
        return s
    return min(s, comp.left_edge.idx)


def _said_of(verb, e: int) -> int:
    """'"It's unanimous," the mayor said of the council's vote': the "of" phrase right
    after a closing cue names what the words are about, and PolNeAR ends the content with
    it (the scorer ignores the gap over the cue); not a bare name ("said of Trump"), nor
    when the quotation goes on after the cue."""
    if verb.idx < e or "\n" in verb.doc.text[e : verb.idx]:
        return e
    of = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or of.i != verb.i + 1 or of.right_edge.i - of.i < 3:
        return e  # "she said of Trump": a name only tells whom the words were about
    last = of.right_edge
    after = verb.doc.text[last.idx + len(last) :].lstrip(" .,\t")
    if after and after[0] in _QUOTES + "'\u2018":
        return e  # the quotation goes on after the cue: the pieces are joined instead
    return max(e, last.idx + len(last))


def _utterance_verb(doc, span):
    """A verb of chanting, singing or writing out words right before the quotation
    ('chanted "What curfew?"', 'while chanting, "Hands up"'), or None."""
    i = span[0].i - 1
    while i >= 0 and (doc[i].text in _QUOTE_TOKENS or doc[i].text in (",", ":")):
        i -= 1
    t = doc[i] if i >= 0 else None
    if t is not None and t.pos_ == "VERB" and _lemma(t) in cues.UTTERANCE_VERBS:
        return t
    return None


# A short quoted title in a cue clause ('said on "This Week."'): not a quotation of its own.
_TITLE = re.compile(r"[\"\u201c](?:[A-Z][\w'\u2019-]*[ ,.:]*){1,6}[\"\u201d]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d']?\s+[A-Z]")


def _drop_title(gap: str) -> str:
    """The cue clause between two quotations without a short quoted title in it, unless
    the title ends a sentence and another follows ('on "Morning Desk." His deputy ...')."""
    gap = gap.lstrip(",.!?\"\u201d'\u2019 ")
    out = _TITLE.sub("", gap)
    if out != gap and _SENTENCE_BREAK.search(gap.rstrip()):
        return gap
    return out


def _continues(text: str, last: _Cand, qs: int, para_start: int) -> bool:
    gap = text[last.end : qs - 1]
    # 'X is a "false choice, ... at least," she said.': a content ending in a quotation
    # continues as one that is all quotation
    ends_quoted = text[last.end : last.end + 2].lstrip(",.!?")[:1] in ('"', "\u201d")
    if not last.direct and not ends_quoted:
        # 'Unquoted claim, Schiff said. "Quotation"': same speaker, never merged
        return (
            "\n" not in gap
            and last.cue is not None
            and last.end <= last.cue[0] < qs
            and len(gap) < 60
            and gap.rstrip().endswith((".", ":"))
        )
    if "\n" not in gap:
        # '"A," the insider revealed. "B"': only the cue clause lies between
        return (
            last.cue is not None
            and last.end <= last.cue[0] < qs
            and len(gap) < MAX_SPLIT_GAP
            and (gap.rstrip().endswith((".", ",", ":")))
            and not any(ch in _drop_title(gap) for ch in '"\u201c\u201d')
        )
    # a paragraph that is only a quotation, right after a paragraph ending in a quote
    # with its cue ('"...," the farmer said.' NEWLINE '"..."')
    # (or one left open at the paragraph end, to go on in the next)
    end = _para_end(text, qs)
    rest = text[qs:end].rstrip()
    whole = rest.endswith(('"', "\u201d", "''")) or not any(ch in rest for ch in _QUOTES)
    return (
        whole
        and text[para_start : qs - 1].strip() == ""
        and gap.count("\n") <= 2
        and len(gap) < 100
        and not any(ch in gap.lstrip(',.!?"\u201d ') for ch in '"\u201c\u201d')
    )


def _sentence_like(t: str) -> bool:
    return t[:1].isupper() and len(t.split()) >= MIN_UNCUED_QUOTE_WORDS


# A cue clause standing as its own sentence: "Ruiz asked." / "the retired judge said."
# (a name or short description plus the verb; chosen by reading news prose)
MAX_BARE_CUE_WORDS = 6
_QUOTE_TOKENS = frozenset(['"', "\u201c", "\u201d", "''", "``"])


def _adjacent_cue(span, qs: int, qe: int, text: str):
    """A cue verb with a subject right after (or before) a quotation in its sentence."""
    doc = span.doc
    end_tok = span[-1].i
    sent = doc[end_tok].sent
    limit = sent.end
    if limit < len(doc) and all(t.is_punct for t in doc[end_tok + 1 : limit]):
        # the parser often ends the sentence at the closing mark: '"...?" | Ruiz asked.';
        # look into the next sentence only when it is a bare cue clause
        nxt = doc[limit].sent
        words = [t for t in nxt if not t.is_punct]
        bare = len(words) <= MAX_BARE_CUE_WORDS or (words and words[0].is_lower)
        if bare and not any(t.text in _QUOTE_TOKENS for t in nxt):
            limit = nxt.end
    after = doc[end_tok + 1 : min(limit, end_tok + 1 + MAX_CUE_DISTANCE)]
    for t in after:
        if t.idx > qe and (t.text in ('"', "\u201c", "\u201d") or "\n" in text[qe : t.idx]):
            break  # another quotation, or another paragraph: its cue explains other words
        if t.pos_ in ("VERB", "AUX") and t.lemma_ in cues.QUOTE_ADJACENT_VERBS:
            subj = _subject(t) or _inverted_subject(t)
            if subj is not None:
                return t, subj
    found = _subject_cue_after(doc, end_tok, qe, text)
    if found is not None:
        return found
    # cue before the quotation: 'X said, "..."'
    start_tok = span[0].i
    sent0 = doc[start_tok].sent
    for t in reversed(doc[sent0.start : start_tok]):
        if t.idx < qs - 1 and (t.text in ('"', "\u201d", "\u201c") or "\n" in text[t.idx : qs]):
            break
        if t.pos_ in ("VERB", "AUX") and t.lemma_ in cues.QUOTE_ADJACENT_VERBS:
            subj = _subject(t)
            if subj is not None and start_tok - t.i <= MAX_CUE_DISTANCE:
                return t, subj
    return None, None


# Longest subject phrase (tokens) opening the cue clause right after a quotation:
# a title, a name and a party label ("Rep. Ann B. Roe (D-Ohio)") or a description.
MAX_SUBJECT_PHRASE = 16
# Dependents that give a cue verb words of its own ("Roe said the vote was close"):
# such a verb reports those, not the quotation before it.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "parataxis"})


def _subject_cue_after(doc, end_tok: int, qe: int, text: str):
    """'"...?" Rep. Ann Roe (D-Ohio) said in an interview' / '"..." a narrator asks.':
    the clause right after the closing mark, on the same line, is subject + cue verb,
    however long the subject, even where the parser ends the sentence at the mark, as
    long as the verb reports no words of its own."""
    first = next((t for t in doc[end_tok + 1 : end_tok + 5] if not t.is_punct), None)
    if first is None or first.idx <= qe or "\n" in text[qe : first.idx]:
        return None
    # a quotation closed by a comma, "?" or "!" is followed by its speech tag, whatever
    # the verb ('"...," he went on', '"...!" the minister retorted')
    tagged = text[:qe].rstrip().rstrip("\"'\u201d\u2019")[-1:] in (",", "?", "!")
    for t in doc[first.i : first.i + MAX_SUBJECT_PHRASE]:
        if "\n" in t.text or t.text in _QUOTE_TOKENS:
            return None
        if (
            tagged
            and t.i > first.i
            and _mistagged_tag_verb(t)
            and not any(x.pos_ in ("ADP", "VERB", "AUX") for x in doc[first.i : t.i])
        ):
            # '"...," the editorial read.': the tagger took the verb for a noun
            subj = next(
                (x for x in reversed(doc[first.i : t.i]) if x.pos_ in _TAG_SUBJECT_POS),
                None,
            )
            return (t, subj) if subj is not None else None
        if t.pos_ in ("VERB", "AUX") and (
            t.lemma_ in cues.QUOTE_ADJACENT_VERBS or tagged and _governs_quotation(t, end_tok)
        ):
            # the parser may also make a piece of the quotation a subject of the verb
            subj = next(
                (c for c in t.children if c.dep_ == "nsubj" and c.left_edge.i == first.i),
                None,
            ) or _subject(t)
            own = any(c.dep_ in _CONTENT_DEPS and c.idx > qe for c in t.children)
            if subj is None or subj.left_edge.i != first.i:
                # '"...," Ann Roe, a former aide, said': the parser hung the name phrase
                # on the quotation (an apposition) and the verb on its clause; the phrase
                # filling the stretch before the verb is its subject all the same
                subj = _stretch_head(doc, first.i, t.i)
            if subj is not None and subj.left_edge.i == first.i and subj.i < t.i and not own:
                return t, subj
            return None
    return None


# Parts of speech of a short tag clause's subject head, tagged as wrongly as its verb may be
# ("the editorial read": an adjective).
_TAG_SUBJECT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "PRON"})


def _mistagged_tag_verb(tok) -> bool:
    """A form of a verb of saying or reading that the tagger took for a noun or adjective,
    closing its clause ('"...," the envoys state in ...', '"...," the sign read.')."""
    if tok.pos_ in ("VERB", "AUX") or tok.lower_ not in cues.TAG_VERB_FORMS:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ == "ADP"


def _governs_quotation(verb, end_tok: int) -> bool:
    """A full verb (not a copula or auxiliary) whose clausal complement is the quotation
    ending at ``end_tok``: the parse of a speech tag."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in _NON_TAG_VERBS
        and any(c.dep_ in ("ccomp", "parataxis") and c.i <= end_tok for c in verb.children)
    )


_NON_TAG_VERBS = frozenset({"be", "have", "do", "get", "make", "take", "give"})


def _stretch_head(doc, lo: int, hi: int):
    """The nominal token whose phrase fills tokens lo..hi-1 (bar a closing comma)."""
    end = hi - 1
    while end > lo and doc[end].is_punct:
        end -= 1
    for t in doc[lo : end + 1]:
        if (
            t.left_edge.i == lo
            and end <= t.right_edge.i < hi
            and (t.pos_ in ("NOUN", "PROPN") or t.ent_type_ == "PERSON")
        ):
            return t
    return None


def _inverted_subject(verb):
    """'"...," said Clinton': the name right after the verb, parsed as its object."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        nxt is not None
        and nxt.dep_ in ("dobj", "nsubj", "attr", "npadvmod")
        and nxt.head.i == verb.i
    ):
        return nxt
    return None


def _cue_in(sent, text: str, before: int | None = None):
    for t in sent:
        if before is not None and t.idx >= before:
            break
        if t.pos_ in ("VERB", "AUX") and t.lemma_ in cues.SPEECH_VERBS:
            subj = _subject(t) or _inverted_subject(t)  # "Said Ellis: ..."
            if subj is not None:
                return t, subj
    return None, None


# Most words in a frame before the cue that opens the reported words ("Of course, X said,
# '...'"); longer openings are mostly the cue's own occasion ("At a rally in Y, X said").
MAX_FRAME_WORDS = 4


def _take_fronted_frame(text: str, c: _Cand) -> None:
    """'Of course, she said, "I knew him."', 'But, X added, "..."': a short opening
    phrase set off before a parenthetical cue frames the quotation after it, and PolNeAR
    gives it to the content as its first piece (the scorer ignores the gap; PolNeAR train:
    4 of 5 such openings). A phrase with a verb ("Asked about A, X said"), a date ("On
    Monday, X wrote"), an "in/on" phrase of occasion ("In the memo, X wrote") or a scene
    set by a clause ("As the bell rang, X said") is the cue's."""
    verb, subj = c.cue_tok, c.subj
    if not c.direct or c.method not in ("ccomp", "quote-cue") or verb is None or subj is None:
        return
    lo = subj.left_edge.i
    if subj.head.i != verb.i or not subj.i < verb.i or lo < 2 or verb.idx > c.start:
        return
    doc, sent = verb.doc, verb.sent
    # the cue stands between commas right before the quotation: ', X said, "...', ', X
    # told reporters, "...'
    hi = verb.i
    for ch in verb.rights:
        if ch.i == hi + 1 and ch.dep_ in ("dobj", "dative", "npadvmod", "advmod"):
            hi = ch.right_edge.i
    if doc[lo - 1].text != "," or text[doc[hi].idx + len(doc[hi]) : c.start].strip(_TRIM) != "":
        return
    if hi + 1 >= len(doc) or doc[hi + 1].text != ",":
        return
    frame = [t for t in doc[sent.start : lo - 1] if not t.is_punct]
    if not frame or len(frame) > MAX_FRAME_WORDS or any(t.text in _QUOTE_TOKENS for t in frame):
        return
    if frame[0].lower_ in cues.OCCASION_PREPS | cues.CLAUSE_OPENERS or any(
        t.pos_ in ("VERB", "AUX") or _when(t) for t in frame
    ):
        return
    c.start = frame[0].idx


# A reported clause never ends in a bare coordinator ("... from the rolls, and").
_DANGLING_TAIL = re.compile(r"[\s,;\u2014\u2013-]+(?:and|but|or)$")


def _drop_dangling_tail(text: str, c: _Cand) -> None:
    m = _DANGLING_TAIL.search(text, c.start, c.end)
    if m is not None and m.start() > c.start:
        c.end = _trim(text, c.start, m.start())[1]


def _merge_split_quotes(text: str, cands: list[_Cand]) -> None:
    """Join '"A," the insider revealed. "B"' (or 'A "a," X said. "B"') into one quote
    covering A..B, and so a quotation paragraph that goes on with the quote before it
    (``continued``).

    PolNeAR annotates such a quotation as one content of two pieces, and the scorer
    ignores the gap between pieces, so one span from A to B matches it (PolNeAR train:
    12 of 19 continuation paragraphs on their own overlapped a gold content of more
    pieces and matched none).
    """
    i = 0
    while i < len(cands) - 1:
        a = cands[i]
        # the next candidate, past any found inside the speaker's description between
        j = i + 1
        while j < len(cands) - 1 and not cands[j].direct and cands[j + 1].inherit_from is a:
            j += 1
        b = cands[j]
        if (
            (b.inherit_from is a or _same_cue_split(text, a, b) or _resumed_quote(text, a, b))
            and (
                a.direct
                or _closes_on_quotation(text, a)
                or b.inherit_from is a
                and b.method == "continued"
            )
            and ("\n" not in text[a.end : b.start] or b.method == "continued")
        ):
            a.end = b.end
            # what the speaker's description says ("said X, who has long backed Y") goes;
            # an attribution of the speaker's own ("said X, referring to Y") stays
            cands[i + 1 : j + 1] = [c for c in cands[i + 1 : j] if not _in_relative_clause(c)]
            for c in cands:
                if c.inherit_from is b:
                    c.inherit_from = a
            continue
        i += 1


def _closes_on_quotation(text: str, a: _Cand) -> bool:
    """'Teachers are "looking for a sign," Roe said. "B"': a reported clause whose words
    end in a quotation is resumed by the next quotation like a whole quotation is."""
    return a.method == "ccomp" and text[a.end : a.end + 3].lstrip(",.?!\u2026")[:1] in _QUOTES


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


def _in_relative_clause(c: _Cand) -> bool:
    """Whether a candidate's cue sits in a relative clause ("X, who has long backed Y")."""
    tok = c.cue_tok
    return tok is None or any(t.dep_ == "relcl" for t in (tok, *tok.ancestors))


def _take_opening_piece(text: str, cands: list[_Cand], marks) -> None:
    """'"My hope," she said, "is that ..."': a quotation after its cue whose opening
    piece runs on with a comma into the cue starts at that piece, when the piece opens
    the sentence and was found by nothing else or only as a continuation of the
    paragraph before."""
    for c in list(cands):
        if not c.direct or c.cue_tok is None or c.start < c.cue_tok.idx:
            continue
        for qs, qe, _ in marks:
            if qe > c.cue_tok.idx or qe < c.cue_tok.idx - MAX_CUE_GAP:
                continue
            others = [o for o in cands if o is not c and o.start < qe and qs < o.end]
            if any(o.method != "continued" or o.end > qe for o in others):
                continue
            piece = text[qs:qe].rstrip(_TRIM.replace(",", ""))
            gap = text[qe : c.start].strip(_TRIM)
            before = text[:qs].rstrip(_TRIM)
            if before and before[-1] not in ".?!":
                continue  # 'the "reporter," saying "..."': a word quoted inside the sentence
            if piece.endswith(",") and "\n" not in gap and not any(q in gap for q in _QUOTES):
                c.start = _trim(text, qs, qe)[0]
                for o in others:
                    cands.remove(o)


def _resumed_quote(text: str, a: _Cand, b: _Cand) -> bool:
    """'"A," X, a long title, said of Y. "B"': a quotation no cue explained that picks up,
    past a short attribution, where a quotation broken off with a comma (or "!", "?")
    left off."""
    if b.method != "quote" or not b.direct:
        return False
    gap = text[a.end : b.start]
    if "\n" in gap or len(gap) > MAX_SPLIT_GAP:
        return False
    head = gap.lstrip(" '\u2019")
    if not head or head[0] not in ",!?":
        return False
    inner = gap.strip(_TRIM + "!?'\u2019")
    return not any(ch in inner for ch in _QUOTES)


def _same_cue_split(text: str, a: _Cand, b: _Cand) -> bool:
    """'"A," X said, referring to Y, "B"': two quotations found by one cue verb between them."""
    if not (a.direct and b.direct) or a.cue_tok is None or b.cue_tok is None:
        return False
    if a.cue_tok.i != b.cue_tok.i or not a.end <= a.cue_tok.idx < b.start:
        return False
    gap = text[a.end : b.start].strip(_TRIM)
    return len(gap) < MAX_SPLIT_GAP and not any(ch in gap for ch in '"\u201c\u201d')


# -- assembly ----------------------------------------------------------------------------


def _to_quote(article: Article, c: _Cand, info: SpeakerInfo) -> Quote:
    text = article.text
    venue = c.venue or (find_venue(c.cue_tok, text) if c.cue_tok is not None else None)
    if c.method == "according" and info.speaker is not None and info.is_outlet:
        venue = venue or (info.speaker.mention.text if info.speaker.mention else None)
    relayed = is_relayed(c.cue_tok, venue, article) if c.cue_tok is not None else False
    return Quote(
        article_id=article.id,
        content=Span.of(text, c.start, c.end),
        cue=Span.of(text, *c.cue) if c.cue else None,
        speaker=info.speaker,
        venue=venue,
        direct=c.direct,
        relayed=relayed,
        method=c.method,
    )


# -- cues the parse did not link -------------------------------------------------------

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
    c = _headline_cue(doc, text, marks)
    if c is not None:
        out.append(c)
    for sent in doc.sents:
        if sent[0].tag_ == UNPARSED_TAG and sent.root.i == sent.start:
            continue  # a flat, untagged sentence the fast path left unparsed
        c = _trailing_cue(sent, text, marks)
        if c is not None:
            out.append(c)
        for tok in sent:
            c = None
            if tok.lower_ in ("yes", "no") and tok.head.i != tok.i:
                c = _yes_no(tok, text, marks)
            elif _clause_taking(tok):
                c = _verb_candidate(tok, sent, text, marks)
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
    nxt = verb.doc[hi + 1] if hi + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ == "to" and nxt.head.i in (verb.i, word.i):
        hi = nxt.right_edge.i  # "said no to the Iraq war"
    s, e = _trim(text, word.idx, verb.doc[hi].idx + len(verb.doc[hi]))
    return _make(s, e, "ccomp", verb, subj, text)


def _trailing_cue(sent, text: str, marks) -> _Cand | None:
    """'A, police said.', 'A, records show.', 'A, said the chief executive.': a cue and
    its speaker closing the sentence after a comma; the sentence before the comma is the
    content, however the parser attached it."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 8:
        return None
    cue = next(
        (
            t
            for t in reversed(toks[-MAX_TRAILING_CUE_TOKENS:])
            if t.pos_ in ("VERB", "AUX") and _lemma(t) in _TRAILING_VERBS
        ),
        None,
    )
    if cue is None or _inside(marks, cue.idx) or cue.dep_ in ("relcl", "acl"):
        return None  # "..., a word Trump then repeated": the verb describes a noun
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or _lemma(cue) in _TRAILING_WEAK:
        return None  # "..., saying ...", "..., continuing ...": a participle of the writer's
    doc = cue.doc
    # the nearest subject: the parser may hang the content's own subject on the cue too
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    if subj is not None:
        start = subj.left_edge.i
        if start > 0 and doc[start - 1].lower_ == "as":
            start -= 1
        phrase = doc[start : cue.i]
        if any(t.pos_ not in _SUBJECT_POS and t.dep_ not in ("aux", "neg") for t in phrase):
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
                for t in doc[cue.i + 1 : toks[-1].i + 1]
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
    for t in doc[cue.i + 1 : toks[-1].i + 1]:
        own = t.head.i == cue.i and t.dep_ not in _TRAILING_DEPS
        if own and not (addressee and t.dep_ == "dobj"):
            return None  # the verb has a complement of its own: not a closing cue
        if t.pos_ == "VERB":
            return None
    body = [t for t in toks if t.i < k]
    if len(body) < 5 or not any(t.pos_ in ("VERB", "AUX") for t in body):
        return None
    s, e = _trim(text, body[0].idx, doc[k].idx)
    s, e = _widen_to_quotes(text, s, e, marks, cue.idx)
    s = _drop_connective(text, s, e, marks, sentence=True)
    s, e = _clip_to_paragraph(text, s, e, cue.idx)
    if len(_WORD.findall(text[s:e])) < 4:
        return None
    return _make(s, e, "trailing", cue, subj, text)


def _asking_candidate(verb, text: str, marks) -> _Cand | None:
    """'Asked whether he would run, X ...', 'X asked Y if ...': the question asked; and of
    one asked ('X was asked about Y', 'when asked to leave'), what about or what to do.
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
    )
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
    )
    if part is None and passive:
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
        part = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if part is None:
            part = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if part is None:
        return None
    toks = _drop_trailing_aside(list(verb.doc[part.left_edge.i : part.right_edge.i + 1]))
    s, e = _trim(text, *_tok_span(_drop_trailing_occasion(toks)))
    if len(_WORD.findall(text[s:e])) < 2:
        return None
    s, e = _widen_to_quotes(text, s, e, marks, verb.idx)
    return _make(s, e, "asked", verb, subj, text)


# Verbs that can open a headline's report ("X Blasts Y", "X Calls On Y To Z").
_HEADLINE_VERBS = (
    cues.OBJECT_VERBS | cues.SPEECH_VERBS | frozenset(cues.PREP_CUES) | cues.INTENTION_VERBS
)
# Of those, verbs whose third person is more often a plural noun or another sense in a
# headline ("TV Shows", "Aims Insult At X", "Addresses Crowd").
_HEADLINE_SKIP = cues.WEAK_CUE_VERBS | {"aim", "address"}
# Punctuation that ends a headline's content; quotation marks and hyphens do not.
_HEADLINE_KEEP_PUNCT = frozenset({"'", '"', "-", "\u2018", "\u2019", "\u201c", "\u201d"})


def _headline_verb(tok) -> str | None:
    """The base form of a third-person "-s" verb of the cue lists ("Slams", "Calls",
    "Apologizes", "Denies"), which a title-case headline hides from the tagger."""
    low = tok.lower_
    if not low.endswith("s") or len(low) < 4:
        return None
    stems = [low[:-1], low[:-2]] + ([low[:-3] + "y"] if low.endswith("ies") else [])
    return next((stem for stem in stems if stem in _HEADLINE_VERBS), None)


def _headline_tag(doc, text: str, s: int, e: int, qe: int):
    """'Guns Are \u2018A Crisis,\u2019 Jane Doe Tells Convention': a headline quotation
    closed by a comma, then title-case words and a third-person cue verb; returns the
    subject's last token, its span and the cue span, or None."""
    if text[s:qe].rstrip()[-1:] != "," and text[e:qe].strip()[:1] != ",":
        return None
    line_end = text.find("\n", qe)
    after = doc.char_span(
        qe + 1, len(text) if line_end < 0 else line_end, alignment_mode="contract"
    )
    if after is None:
        return None
    words = []
    for t in after:
        if t.is_punct and not words:
            continue
        if words and _headline_verb(t) is not None and t.text[:1].isupper():
            subj = words[-1]
            return subj, (words[0].idx, subj.idx + len(subj)), (t.idx, t.idx + len(t))
        if not t.text[:1].isupper() or len(words) >= MAX_HEADLINE_SUBJECT_WORDS:
            return None
        words.append(t)
    return None


def _headline_cue(doc, text: str, marks) -> _Cand | None:
    """'Ben Carson Slams Hillary And The Media In One Debate Answer': in a title-case
    headline (the first line of several), a cue verb in the third person after its
    subject; what follows up to an adjunct or a break is the content. Title case
    defeats the parser, so the words are read in order."""
    end = text.find("\n")
    toks = []
    for t in doc if end > 0 else ():
        if t.idx >= end:
            break
        if not t.is_space:
            toks.append(t)
    if not toks or len(toks) > 30:
        return None  # no headline line: the text is one paragraph
    # "Report: X Says Y": a label before a colon is not the speaker
    start = max((k + 1 for k, t in enumerate(toks[:4]) if t.text == ":"), default=0)
    words = [t for t in toks if t.is_alpha]
    if sum(t.text[:1].isupper() for t in words) <= 0.6 * len(words):
        return None  # in sentence case the parse rules have read the line
    for k in range(start + 1, len(toks) - 1):
        t = toks[k]
        lemma = _headline_verb(t)
        if lemma is None or lemma in _HEADLINE_SKIP or _inside(marks, t.idx):
            continue
        preps = cues.PREP_CUES.get(lemma, ())
        nxt = toks[k + 1].lower_
        if nxt in _HEADLINE_VERBS or nxt in ("to", "against") and nxt not in preps:
            continue  # "Media Reports Reveal X", "charges against X": a plural noun
        if any(x.text == "," for x in toks[start:k]):
            return None  # "'A,' X Tells Y": the words come first
        subj = toks[k - 1]
        if not (subj.text[:1].isupper() or subj.pos_ in ("PROPN", "NOUN")):
            continue
        j = k + 1  # "Calls On", "Comes Out Against": the verb's particle or preposition
        while j < len(toks) and (toks[j].lower_ in preps or toks[j].lower_ in ("out", "up")):
            j += 1
        m = j
        while m < len(toks) and toks[m].lower_ not in cues.HEADLINE_STOPS:
            if toks[m].is_punct and toks[m].text not in _HEADLINE_KEEP_PUNCT:
                break
            m += 1
        if m == j:
            return None
        s, e = _trim(text, toks[j].idx, toks[m - 1].idx + len(toks[m - 1]))
        c = _make(s, e, "headline-cue", t, None, text)
        c.subj = subj
        c.subj_span = _trim(text, toks[start].idx, subj.idx + len(subj))
        c.cue = (t.idx, toks[j - 1].idx + len(toks[j - 1]))
        return c
    return None
