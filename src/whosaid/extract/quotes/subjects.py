"""Who says it: the subject of a cue and the extent of the speaker mention."""

from __future__ import annotations

import re

from whosaid.extract import cues
from whosaid.extract.quotes.core import (
    _ASKING_VERBS,
    _CREDITED_DATELINE,
    _DASHES,
    _DATELINE,
    _FINITE_PRESENT_PAST,
    _NAMING_VERBS,
    _QUOTE_TOKENS,
    _RAISING_VERBS,
    _TIME_WORDS,
    MAX_SUBJECT_PHRASE,
    _agentive,
    _Cand,
    _lemma,
    _prep_gerund,
    _tok_span,
)
from whosaid.extract.quotes.marks import _trim
from whosaid.extract.quotes.spans import _clip_to_paragraph, _close_quotation, _para_end, _when
from whosaid.extract.timex_rules import MONTH_RE
from whosaid.names import WIRE_AGENCIES

# Left dependents that belong to a bare noun phrase ("a second", "White House").
_NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "predet"})

# Nouns for a recording of someone ("footage of X saying ..."); chosen by reading news
# prose about campaign ads and broadcasts.
_RECORDING_NOUNS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "audio", "film", "image", "photo"}
)

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
    if verb.lower_ == "saying" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "X quoted Y as saying A": Y said it ("as" on Y, or on the verb beside Y)
        up = verb.head.head
        if up.pos_ in ("NOUN", "PROPN", "PRON"):
            return up
        if up.lemma_.lower() == "quote":
            return next((c for c in up.children if c.dep_ == "dobj"), None)
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
    # the first reports; repeating the verb, the writer goes on reporting X. So with a
    # participle hung there: "X told Y that A, adding B"
    inner = verb
    while inner.dep_ == "conj" and inner.head.i != inner.i:
        inner = inner.head
    if (
        inner is verb
        and verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and _lemma(verb.head) not in cues.CUE_VERBS
    ):
        inner = verb.head
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
        if head.dep_ == "advcl" and head.tag_ == "VBG" and _lemma(head.head) == "leave":
            # "A has left many voters wondering whether ...": the one left wondering,
            # not A; "He left the room, saying ..." leaves a place, not a holder of views
            obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
            holder = obj
            if obj is not None and not _agentive(obj):
                # "62 percent of voters"
                prep = next((c for c in obj.children if c.lower_ == "of"), None)
                holder = (
                    next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
                )
            # a comma before the participle only closes an aside on the object ("many
            # voters, including X, wondering"); else it sets off the subject's own act
            aside = obj is not None and any(t.text == "," for t in obj.subtree)
            comma = head.doc[head.i - 1].text == ","
            if holder is not None and _agentive(holder) and (aside or not comma):
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
        if _infinitive(verb) and not _agentive(verb.head):
            # "X's failure to denounce ...", "X has plans to address ...", "X took pains
            # to say ...": a plan or an effort is no sayer; whoever has it is
            return _noun_holder(verb.head)
        if _after_comma(verb) and not _agentive(verb.head):
            reporter = _previous_reporter(verb)
            if reporter is not None:
                return reporter  # '"...," she said, blaming ...' (hung on a word before)
        # Misparse "an insider shared with X that ...", and "one saying ...": the noun or
        # pronoun is the speaker; a participle of naming ("a group called X") is passive
        # and names no one.
        return verb.head
    return _listed_subject(verb) or _listed_after_object(verb)


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_holder(noun):
    """Who has a noun of intent or effort: its possessor ("X's plan"), or the subject of
    the verb it is the object of ("X made an effort", "X acted in order to ...")."""
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ not in ("dobj", "attr"):
        return None  # "the move to ban it failed": no one named
    if gov.pos_ not in ("VERB", "AUX") or gov.i > noun.i:
        return None
    subj = _subject(gov)
    if subj is None or subj.i > gov.i or subj.lower_ in ("it", "there") or not _agentive(subj):
        return None
    return subj


def _listed_after_object(verb):
    """'X rejected A, ruled B void and ordered that ...': a list of verb phrases whose
    second verb the parser hung on the first one's object (a reduced relative clause);
    coordinated with a past tense, it is a verb of the list, sharing its subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return None
    second = verb.head
    doc = verb.doc
    if second.dep_ != "acl" or second.i < 1 or doc[second.i - 1].text != ",":
        return None
    obj = second.head
    first = obj.head
    if obj.dep_ != "dobj" or first.tag_ != "VBD":
        return None
    return next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)


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
        outer = _subject(gov)
        if outer is not None and not _across_boundary(outer, gov):
            return outer
    return subj


# Parts of speech of a plain noun phrase ("the woman", "Jim Vance", "two local aides").
_NAME_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})


def _gerund_governor(cue):
    """The verb whose subject a gerund after a preposition shares: the one the phrase
    hangs on ("X responded by saying ...", "since announcing Y, X ..."), or over the
    object noun an "of" phrase completes ("X took the step of criticizing Y", "X has a
    history of blaming Y"). None for an act not done ("without saying", "instead of
    denying", "had no way of knowing") and after "for" ("blamed Y for backing Z", where
    the object did it)."""
    prep = cue.head
    if not _prep_gerund(cue) or prep.dep_ != "prep":
        return None
    before = prep.doc[prep.i - 1].lower_ if prep.i else ""
    if prep.lower_ in ("without", "for") or prep.lower_ == "of" and before == "instead":
        return None
    gov = prep.head
    if gov.dep_ in ("dobj", "attr") and prep.lower_ == "of":
        if any(c.dep_ == "det" and c.lower_ == "no" for c in gov.children):
            return None
        gov = gov.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _implicit_subject(cue):
    """The source of a cue without a parsed subject, where grammar still names it.

    "X responded by saying ...", "after saying ..., X ...", "despite admitting ...": a
    gerund after a preposition takes the subject of the clause it modifies. "X appeared
    to suggest ...": a raising verb over a verb of saying has the sayer as its subject.
    """
    if any(c.dep_ == "auxpass" for c in cue.children):
        # "after being warned by X that ...": the agent of a passive cue is its source
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if by is not None and _agentive(by):
            return by
    if _prep_gerund(cue) and cue.head.dep_ == "prep":
        gov = _gerund_governor(cue)
        if gov is None:
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
            hi = _name_phrase_end(cue)
            if (
                hi > cue.i + 1
                and (hi == len(doc) or doc[hi].text in ",.")
                and doc[hi - 1].pos_ in ("NOUN", "PROPN")
            ):
                return doc[hi - 1]
        if cue.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
            return _comma_name(cue)
        if cue.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
            return _fronted_phrase_subject(cue)
    if (
        cue.tag_ == "VBN"
        and cue.dep_ == "ROOT"
        and _lemma(cue) in cues.SPEECH_VERBS
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children)
        and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    ):
        return _fronted_phrase_subject(cue)  # "In addition to X, two members have said"
    if _after_comma(cue):
        # '"...," he said, not even suggesting ...': the parser made the participle the
        # root and the reporting verb before it an aside; the reporter goes on speaking
        return _previous_reporter(cue)
    return None


def _after_comma(verb) -> bool:
    """A participle set off by a comma ('..., adding', '..., not even suggesting')."""
    if verb.tag_ != "VBG":
        return False
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].dep_ in ("neg", "advmod"):
        i -= 1
    return verb.doc[i].text == ","


def _name_phrase_end(cue) -> int:
    """Where the name phrase right after a cue verb ends ('said the woman, ...', 'says
    Ann Roe, ...'): the index of the first token after it."""
    doc = cue.doc
    hi = cue.i + 1
    while hi < len(doc) and hi - cue.i <= MAX_SUBJECT_PHRASE and doc[hi].pos_ in _NAME_POS:
        hi += 1
    return hi


def _fronted_phrase_subject(cue):
    """'In an interview with X, the candidate stated that ...': the parser hung the
    subject, set off by a comma right before the verb, on the fronted phrase (as an
    apposition); the noun phrase filling that stretch is the subject."""
    doc = cue.doc
    hi = cue.i  # before the auxiliaries: "X, Y and Z, have said"
    while hi > cue.sent.start and doc[hi - 1].dep_ in ("aux", "neg") and doc[hi - 1].head == cue:
        hi -= 1
    for lo in range(max(cue.sent.start + 1, hi - MAX_SUBJECT_PHRASE), hi):
        if doc[lo - 1].text != ",":
            continue
        head = _stretch_head(doc, lo, hi)
        if head is not None and head.dep_ in ("appos", "conj") and _agentive(head):
            return head
    return None


def _comma_name(cue):
    """'A happened, Ann Roe, a former aide, wrote' and 'A happened, says Ann Roe, ...': a
    reported clause without quotation marks, whose speaker's name the parser hung on it
    (as an apposition) or on the next sentence; the name set off by commas next to the
    verb is its subject."""
    doc = cue.doc
    if doc[cue.i - 1].text == ",":
        hi = _name_phrase_end(cue)
        if (
            hi > cue.i + 1
            and hi < len(doc)
            and doc[hi].text in ",."
            and doc[hi - 1].pos_ == "PROPN"
        ):
            return doc[hi - 1]
    # the farthest comma whose stretch up to the verb is one name phrase: the name with
    # its apposition, not the apposition alone
    found = None
    for lo in range(cue.i - 1, max(cue.sent.start, cue.i - MAX_SUBJECT_PHRASE), -1):
        if doc[lo - 1].text != ",":
            continue
        head = _stretch_head(doc, lo, cue.i)
        if (
            head is not None
            and head.pos_ == "PROPN"
            and head.dep_ in ("appos", "conj", "npadvmod", "dobj", "pobj")
        ):
            found = head
    return found


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
                x.dep_ == "pobj" and (_when(x) or x.lower_ in _TIME_WORDS) for x in ch.children
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
        while keep > 1 and _when(toks[keep - 1]):
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


# A relative clause in a mention that says words of its own (", which said: '...").
_SAID_THERE = re.compile(r",\s+(?:which|who)\b[^,:]*:\s*[\"\u201c]")


# What a live page or a caption glues before a speaker mention: a time stamp ("10:17 PM
# BP lawyers said", "April 30 - An aide said") or a photo credit ("Jo Ray/AP An oil
# worker claims"). A stamp needs a dash after it when it is only a date; a credit is a
# name and an agency before a determiner or a lower-case word, not "A Register/Bloomberg
# Politics poll".
_STAMP = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}T\b)?(?:\s*[-\u2013\u2014:])?"
    r"|" + MONTH_RE + r" \d{1,2}(?:, \d{4})?\s*[-\u2013\u2014:])\s+"
)
_PHOTO_CREDIT = re.compile(
    r"(?!(?:A|An|The)\s)(?:[A-Z][\w.'\u2019-]*\s+){0,3}[\w.'\u2019-]+/(?:"
    + "|".join(WIRE_AGENCIES)
    + r"|Getty Images|EPA|PA)\s+(?=(?:A|An|The)\s|[a-z])"
)


def _tidy_mention(text: str, s: int, e: int) -> tuple[int, int]:
    """A speaker mention without the end of a quotation glued to it ('...,\u201dRoe'),
    a dateline, time stamp or photo credit before it, a bracket it leaves open ('exit
    polls (a wide') or a relative clause quoting words of its own; a quotation it opens
    (a title) keeps its closing mark."""
    glued = [m.end() for m in _GLUED_CLOSE.finditer(text, s, e)]
    if glued:
        s = glued[-1]
    for glue in (_STAMP, _PHOTO_CREDIT):
        m = glue.match(text, s, e)
        if m is not None and m.end() < e:
            s = m.end()
    dateline = _DATELINE.match(text, s, e)
    if dateline is not None and dateline.end() < e:
        s = dateline.end()  # "BRUSSELS (AP) - The minister said"
    # a wire dateline after a page's time stamp ("LIMA | Mon Jun 7, 2010 4:10 pm EDT
    # LIMA (AP) - The minister said"): the mention starts after it
    ends = [m.end() for m in _CREDITED_DATELINE.finditer(text, s, e)]
    if ends and ends[-1] < e:
        s = ends[-1]
    m = text[s:e]
    if m.count("(") > m.count(")"):
        e = s + m.rfind("(")
    said = _SAID_THERE.search(text, s, e)
    if said is not None:
        e = said.start()  # "the centre, which said: 'This video ...'": its words, not it
    t = _trim(text, s, e)
    if t[1] <= t[0]:
        return s, e
    # "author of the book 'Rough Water'": the title's closing mark, trimmed off, goes back
    return t[0], _close_quotation(text, t[0], t[1])


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
