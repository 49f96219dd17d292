"""Quotation and reported-speech extraction.

``find_quotes`` runs a fallback chain over one parsed article (STYLE.md section 7). Each
step only claims text that no earlier step claimed, and each quote records its ``method``:

1. ``label``: "NAME: words" transcript lines and "Name: ..." headlines. They come first:
   the whole line is the labelled speaker's, and a cue inside it ("HOST: He said ...")
   reports within those words, which PolNeAR does not annotate apart.
2. Cue words, in text order (``_parse_candidates``):
   ``ccomp`` - a verb of saying or believing (``cues.CUE_VERBS``, phrasal ones too) whose
   clausal complement is the content and whose subject is the source ("X said (that)
   ...", "'...,' X said", "X believes ..."); content touching a quotation is widened to
   the whole quotation; ``colon`` when the complement is the next paragraph;
   ``parenthetical`` - "A, X said, B": the sentence around the cue;
   ``linear`` - a speech verb the parser gave no complement ("an insider shared with X
   that ..."): the rest of the sentence;
   ``according`` - "according to X, ...": the longer side of the sentence, or the
   "with/which/who" phrase set off right before a closing one;
   ``noun`` - "X's claim that ...", "X is a critic of ...", "X announced plans to ...",
   "X raised questions about ...", "there are questions about whether ..." (no source);
   ``adjective`` - "X is afraid that ...", "X was sure ...";
   ``impersonal`` - no source: "it seems ...", "it was clear that ...", "X is
   expected to ...", "X is seen as / known for ...", "X looks weak", "X was asked
   about ..." (not an open question: "it was unclear whether ...");
   ``xcomp`` - intentions ("X plans to ...", "X urged Y to ...");
   ``object`` - stance verbs with an object ("X criticized the plan as ...", "accused X
   of ...", "called Y a fraud");
   ``passive`` - "Y was endorsed by X", "Y drew criticism from X": the subject is the
   content; ``passive-subject`` - "the closure was announced" (no agent, no predicate,
   a main clause, not negated): the subject, from no named source;
   ``prep`` - "X called for ...", "X pointed to ...";
   ``question`` - an embedded question the parser took for an adverbial clause ("X has
   not said when ...");
   ``regard`` - "X sees Y as Z"; ``prep-as`` - "X went after Y as Z";
   ``directive`` - "X told his staff to cut costs" (the one asked and the act);
   ``poll`` - "In the latest poll, X leads ..." (the poll is the source);
   ``perspective`` - "By X's own admission, ...", "... in his eyes";
   ``reportative`` - "He allegedly hid the funds" (no source);
   ``asked`` - "X asked Y whether ...", "X was asked about Y", "X asked Y for Z" (what
   was asked, not the one asked).
   Content extents follow PolNeAR: a clause coordinated by "but/and/so" stays in, a
   closing apposition, "which/who" clause or participle ("..., citing Y") goes. A
   quotation set off by a colon or dash before its closing cue is that cue's alone ("X
   declared A: '...,' she said"): the report before stops at the colon
   (``_cede_set_off_quotation``).
3. Quotations no cue explained (``_quote_candidate``): ``dash`` ("'...' - Name"),
   ``quote-cue`` (a cue verb and subject beside the marks), ``colon`` (after a line
   ending "X told Y:"), ``continued`` (the next piece of a quotation split by its cue, or
   a quotation paragraph after one with a known speaker), ``intro`` (after a short
   sentence whose speech verb has no words of its own: "X agreed. '...'"), ``quote`` (a
   sentence-like quotation with no speaker), ``headline`` (single-quoted words in the
   first line).
4. ``trailing``: "A, police said." where the parser did not join the closing cue to the
   sentence before it; ``headline-cue``: "X Slams Y Over Z" in a title-case headline
   (only text no earlier step claimed); ``noun-colon``: "X sent Y a message: A".
5. A short frame before a parenthetical cue joins its quotation ("Of course, X said,
   '...'": ``_take_fronted_frame``), as do a condition ("If A, X said, ...") and any
   opening a quotation in lower case goes on with ("While A, X said, 'this ...'"), and so
   does the topic after a closing cue ("'...,' X said of the vote": ``_said_of``); split
   quotations, and a quotation paragraph with the quote it continues, are joined across
   the cue clause, a title in it included (``_merge_split_quotes``); a phrase after a
   colon that closes a reported content joins it ("... two men: A and B",
   ``_colon_fragment``); ``speakers.resolve_speakers`` fills in who said it (named or
   anonymous, ordinal, continuity across the article) and ``speakers.find_venue`` the
   outlet the words were given to.

The modules follow the chain, each importing only those above it:
``marks`` (quotation marks in raw text), ``core`` (the candidate record and token
helpers), ``spans`` (where a content starts and ends), ``subjects`` (the cue's subject
and the speaker mention's extent), ``verbs`` (cue verbs and their classes, step 2),
``frames`` (nouns, adjectives, impersonal frames, "according to", polls, step 2),
``quoted`` (steps 1, 3 and 5's joining), ``surface`` (step 4); this module runs the chain.

The rules follow the patterns of Krestel et al. (2008) "Minding the Source" and the PARC
attribution scheme (Pareti 2016); span conventions (the complementiser "that" is kept,
quotation marks are not) follow PolNeAR (Newell et al. 2018).
"""

from __future__ import annotations

import bisect
import re

from whosaid.extract import cues
from whosaid.extract.quotes.core import (
    _ASKING_VERBS,
    _Cand,
    _lemma,
    _parsed_sents,
    _phrasal,
    _verbal,
)
from whosaid.extract.quotes.frames import (
    _according_to,
    _adjective_candidate,
    _credit_according,
    _impersonal_candidate,
    _in_poll,
    _noun_candidate,
    _noun_class_candidate,
    _perspective,
    _received_candidate,
    _reportative,
    _stance_noun_candidate,
    _stance_preps,
    _topic_noun,
    _topic_noun_candidate,
)
from whosaid.extract.quotes.marks import find_quotation_spans
from whosaid.extract.quotes.quoted import (
    _cede_set_off_quotation,
    _drop_dangling_tail,
    _label_candidates,
    _merge_split_quotes,
    _quote_candidate,
    _take_fronted_frame,
    _take_opening_piece,
)
from whosaid.extract.quotes.spans import (
    _close_quotation,
    _colon_fragment,
    _past_quoted_words,
    _said_of,
)
from whosaid.extract.quotes.subjects import _tidy_mention
from whosaid.extract.quotes.surface import _surface_candidates
from whosaid.extract.quotes.verbs import (
    _aims_at_act,
    _as_clause_candidate,
    _asking_candidate,
    _class_candidate,
    _describes_person,
    _habitual_relative,
    _intention_candidate,
    _object_candidate,
    _passive_candidate,
    _passive_subject_candidate,
    _prep_as_candidate,
    _prep_candidate,
    _question_candidate,
    _regard_candidate,
    _same_candidate,
    _share_subject,
    _verb_candidate,
)
from whosaid.extract.speakers import (
    SpeakerInfo,
    find_venue,
    is_relayed,
    reports_as_outlet,
    resolve_speakers,
    venue_name,
)
from whosaid.model import Article, Quote, Span
from whosaid.names import same_outlet

# Cue verbs whose agentless passive can report its subject (``_passive_subject_candidate``).
_CUE_OR_OBJECT_VERBS = cues.CUE_VERBS | cues.OBJECT_VERBS

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


# Every rule of ``_parse_candidates`` needs a verb, noun or adjective (``_verbal``,
# ``_stance_preps``, the noun rules) or one of these words; the other tokens (56% of those
# parsed in 400 corpus articles) are skipped before the rules.
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
_ANY_POS_CUES = (
    frozenset({"according", "in"})
    | frozenset(cues.PERSPECTIVE_NOUNS)
    | cues.REPORTATIVE_ADVERBS
    | cues.IMPERSONAL_CUES
)


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
    # Claimed spans sorted by start: while none overlap, their ends are sorted too and
    # only the nearest span on either side of a new one can overlap it (a scan of all of
    # them per candidate was quadratic on long articles). A step 3 candidate may reach
    # outside its quotation and overlap, and an empty span may sit at another's start;
    # from then on the scan is used.
    starts: list[int] = []
    ends: list[int] = []
    tangled = False

    def free(s: int, e: int) -> bool:
        if tangled:
            return all(e <= a or s >= b for a, b in zip(starts, ends, strict=True))
        i = bisect.bisect_right(starts, s)
        if i and ends[i - 1] > s and starts[i - 1] < e:
            return False
        return not (i < len(starts) and starts[i] < e)

    def add(c: _Cand) -> None:
        nonlocal tangled
        tangled = tangled or c.end <= c.start or not free(c.start, c.end)
        cands.append(c)
        i = bisect.bisect_right(starts, c.start)
        starts.insert(i, c.start)
        ends.insert(i, c.end)

    # 1: "NAME: words" lines (transcripts, "Pence: ..." headlines)
    for cand in _label_candidates(text):
        if free(cand.start, cand.end):
            add(cand)
    # 2: cue words
    unplaced = []
    parsed = _parse_candidates(doc, text, marks)
    _cede_set_off_quotation(text, parsed)
    for cand in parsed:
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
            c.end = _said_of(c.cue_tok, c.end, text)
    cands.sort(key=lambda c: c.start)
    _merge_split_quotes(text, cands)
    _take_opening_piece(text, cands, marks)
    taken = [o.start for o in cands]  # (the loop below moves ends only)
    for c in cands:
        if not c.direct:
            _drop_dangling_tail(text, c)
            c.end = _past_quoted_words(doc, text, c, marks, taken)
            c.end = _colon_fragment(doc, text, c.end, taken)
        c.end = _close_quotation(text, c.start, c.end)
    for c in cands:
        if c.subj_span is not None:
            c.subj_span = _tidy_mention(text, *c.subj_span)
    infos = resolve_speakers(doc, text, cands)
    quotes = []
    for c, info in zip(cands, infos, strict=True):
        quotes.append(_to_quote(article, c, info))
    return quotes


def _parse_candidates(doc, text: str, marks) -> list[_Cand]:
    out: list[_Cand] = []
    for sent in _parsed_sents(doc):
        for tok in sent:
            # each attribute read once: a token's properties are string-store look-ups
            pos, low = tok.pos_, tok.lower_
            if pos not in _CUE_POS and low not in _ANY_POS_CUES:
                continue  # no rule below applies
            dep = tok.dep_
            verbal = _verbal(tok)
            lemma = _lemma(tok) if verbal else None
            noun = tok.lemma_.lower() if pos == "NOUN" else None
            c = _according_to(tok, text, marks) if low == "according" else None
            if c is None and low == "in" and dep == "prep":
                c = _in_poll(tok, text, marks)
            if c is None and low in cues.PERSPECTIVE_NOUNS and dep == "prep":
                c = _perspective(tok, text, marks)
            if c is None and low in cues.REPORTATIVE_ADVERBS:
                c = _reportative(tok, text, marks)
            if c is None and dep == "advcl" and verbal:
                c = _as_clause_candidate(tok, text, marks)
            if c is not None or not verbal:
                pass
            elif lemma in cues.CUE_VERBS or _phrasal(tok, lemma):
                c = _verb_candidate(tok, sent, text, marks)
                if c is None and lemma in cues.CUE_VERBS:
                    c = _same_candidate(tok, text, marks)
            if c is None and (preps := _stance_preps(tok)) is not None:
                c = _adjective_candidate(tok, text, marks, preps)
            if c is None and noun in cues.CUE_NOUNS:
                c = _noun_candidate(tok, text, marks)
            if c is None and noun in cues.STANCE_NOUNS:
                c = _stance_noun_candidate(tok, text, marks)
            if c is None and (
                low in cues.IMPERSONAL_CUES
                or pos == "VERB"
                and tok.lemma_.lower() in cues.IMPRESSION_VERBS
            ):
                c = _impersonal_candidate(tok, text, marks)
            if c is None and noun is not None and (preps := _topic_noun(tok)) is not None:
                c = _topic_noun_candidate(tok, text, marks, preps)
            if c is None and noun in cues.RECEIVED_NOUNS:
                c = _received_candidate(tok, text, marks)
            if c is None and noun is not None:
                c = _noun_class_candidate(tok, text, marks)
            if c is None and verbal:
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
                if c is None and lemma in _CUE_OR_OBJECT_VERBS:
                    c = _passive_subject_candidate(tok, text, marks)
            if c is not None:
                out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _outlet_reports(c: _Cand, sp) -> bool:
    """Whether an outlet speaker published the words: "according to X", "X reported",
    "X can reveal", or a name with an outlet word ("the Daily Ledger said"); an
    organisation that makes a statement ("Acme said") is its speaker only."""
    if c.method == "according":
        return True
    if reports_as_outlet(c.cue_tok):
        return True
    name = sp.name or (sp.mention.text if sp.mention else "")
    return bool({w.lower() for w in name.split()} & cues.OUTLET_WORDS)


def _outlet_name(c: _Cand, sp) -> str | None:
    """The name of an outlet speaker, without "the"; None for a noun that is no name
    ("a reporter for X", "a study in X")."""
    if (
        c.subj is not None
        and c.subj.pos_ != "PROPN"
        and c.subj.lemma_.lower() not in cues.OUTLET_DESCRIPTIONS
    ):
        return None
    if sp.name:
        return re.sub(r"^[Tt]he\s+", "", sp.name)
    return venue_name(c.subj) if c.subj is not None else None


def _to_quote(article: Article, c: _Cand, info: SpeakerInfo) -> Quote:
    text = article.text
    venue = c.venue or (find_venue(c.cue_tok) if c.cue_tok is not None else None)
    sp = info.speaker
    if sp is not None and info.is_outlet and _outlet_reports(c, sp):
        # the outlet is where the words appeared; its name as the venue too marks the
        # speaker as an outlet rather than a person (``Quote.venue``)
        venue = venue or _outlet_name(c, sp)
    elif sp is not None and sp.name and same_outlet(sp.name, article.outlet):
        # "Glossline can reveal" in Glossline: the outlet itself speaking, its own claim
        venue = venue or sp.name
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
