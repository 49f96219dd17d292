"""Quotations no cue explained, "NAME: words" lines, and joining a quotation split
by its cue.
"""

from __future__ import annotations

import re

from whosaid.extract import cues
from whosaid.extract.quotes.core import (
    _HEADLINE_VERBS,
    _QUOTE_TOKENS,
    _QUOTES,
    _WORD,
    MAX_SUBJECT_PHRASE,
    _Cand,
    _lemma,
    _prep_gerund,
    _set_off_mark,
)
from whosaid.extract.quotes.marks import _TITLE, _TRIM, _is_title, _trim
from whosaid.extract.quotes.spans import _from_wh, _para_end, _when
from whosaid.extract.quotes.subjects import (
    _implicit_subject,
    _inverted_subject,
    _make,
    _stretch_head,
    _subject,
)
from whosaid.extract.speakers import MAX_HEADLINE_SUBJECT_WORDS, _person_words, _rstripped_end

# A quotation of fewer words than this with no cue beside it is taken for a scare quote
# or a title ("the 'deplorables'"), not speech. Chosen on PolNeAR dev: most unattributed
# quotations under five words are not annotated as attributions.
MIN_UNCUED_QUOTE_WORDS = 5

# Single-quoted words in a headline of fewer words than this ("'Personal Insult'",
# "'Fact-Checking'") are a label the headline quotes, not a saying; PolNeAR dev: none of
# the five two-word ones is annotated.
MIN_HEADLINE_QUOTE_WORDS = 3

# How many tokens after a closing quotation mark we look for its cue verb
# ('"...," the longtime family friend of the couple said'); news prose rarely goes further.
MAX_CUE_DISTANCE = 10

# Longest interruption between two pieces of one quotation ('"A," said X, the long
# title of X. "B"'): PolNeAR dev speaker descriptions run to ~250 characters.
MAX_SPLIT_GAP = 300

# Most characters between an opening quotation piece and its cue ('"A," the mayor said').
MAX_CUE_GAP = 60

# "PENCE: Well, look ..." (transcript) or "Pence: Trump Was 'Mocking' ..." (headline):
# a name of one to three capitalised words, a colon, the words; a transcript's name may
# carry a party and state ("SEN. JO PIKE, D-OHIO:").
_LABEL = re.compile(
    r"^[\"\u201c\u201d]?((?:[A-Z][\w.'\u2019-]*)(?: [A-Z][\w.'\u2019-]*){0,2})"
    r"(?:, [A-Z]-[A-Z][A-Z.]*)?:[ \t]+(\S.*)$",
    re.MULTILINE,
)

# A transcript whose line breaks were lost: "... the end of a turn. SEN. JO PIKE,
# D-OHIO: the next turn ..." or "JO PIKE, FORMER MAYOR OF ELM CITY: ...". An all-caps
# name of one to four words after a sentence's end, with an optional party and state or
# an all-caps description after a comma, and a colon.
_CAPS = r"[A-Z][A-Z.'\u2019-]*"
_INLINE_LABEL = re.compile(
    rf"(?<=[.?!\"\u201d\u2014-] )({_CAPS}(?: {_CAPS}){{0,3}})"
    rf"(?:, (?:[A-Z]-[A-Z][A-Z.]*|{_CAPS}(?: {_CAPS}){{0,6}}))?:[ \t]+(?=\S)"
)
# Inline labels a text needs before they are read as a transcript's turns.
MIN_INLINE_LABELS = 3

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
        # "The Latest: X" (a wire's running story), "Update: X": a kind of item, not a name
        stop = name.lower().removeprefix("the ") in cues.LABEL_STOPWORDS
        if not poll and (not (headline or name.isupper()) or stop):
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
    return out + _inline_label_candidates(text)


def _inline_label_candidates(text: str) -> list[_Cand]:
    """The turns of a transcript printed without line breaks: each runs from its label's
    colon to the next label or the end of its line."""
    labels = [
        m
        for m in _INLINE_LABEL.finditer(text)
        if any(c.isalpha() for c in m.group(1))
        and m.group(1).lower().rstrip(".") not in cues.LABEL_STOPWORDS
    ]
    if len(labels) < MIN_INLINE_LABELS:
        return []
    out = []
    for m, nxt in zip(labels, labels[1:] + [None], strict=True):
        line_end = text.find("\n", m.end())
        end = min(nxt.start(1) if nxt else len(text), line_end if line_end >= 0 else len(text))
        s, e = _trim(text, m.end(), end)
        if len(_WORD.findall(text[s:e])) < 3:
            continue
        c = _Cand(start=s, end=e, method="label", direct=True)
        colon = m.start() + len(m.group(0).rstrip()) - 1
        c.cue = (colon, colon + 1)
        c.subj_span = (m.start(1), m.end(1))
        out.append(c)
    return out


# Words going on right after a closing mark ("'A Sizable Army' Of Reporters").
_RUNS_ON = re.compile(r"\s+\w")
# A closing dash and a name in the quotation's paragraph: "'...' \u2015 Ann Lee".
_SIGNED = re.compile(r"[" + cues.ATTRIBUTION_DASHES + r"]\s*[A-Z]")


def _quote_candidate(doc, text: str, qs: int, qe: int, kind: str, prior) -> _Cand | None:
    s, e = _trim(text, qs, qe)
    if e <= s:
        return None
    words = len(_WORD.findall(text[s:e]))
    if kind == "single":
        # "Post Assembles 'A Sizable Army' Of Reporters": a phrase with no verb that runs
        # on into the headline without a break is a name there, not a saying ("Is
        # 'Pulling the Plug' After X" is one)
        runs_on = _RUNS_ON.match(text, qe + 1) and text[qe - 1] not in ",.!?"
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
        c.start = _headline_clause_start(text, qs, qe, c.start, tag is not None)
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
        c = _make(s, e, "quote-cue", utter, _subject(utter), text, direct=True)
        c.end = _clause_end(utter, c.subj, span, text, c.end)
        return c
    verb, subj = _adjacent_cue(span, qs, qe, text)
    if (
        verb is not None
        and verb.i < span[0].i
        and text[: qs - 1].rstrip()[-1:].isalpha()
        and _is_title(text, qs, qe)
    ):
        return None  # 'X said in an interview with "Fox News Sunday."': a title in the cue
    # a one- or two-word quotation counts only as a sentence of its own ('"Safety," she
    # said', '"You winning?" she said'), not as a title inside one ('on the show
    # "Morning Desk." She said')
    lead = _rstripped_end(text, max(0, qs - 1))  # the end of the text before the mark
    opens = text[lead - 1 : lead] if lead else ""
    # ... or right after its cue and a comma ('X then asked, "Really?"')
    opens = opens in ("", ".", "!", "?", '"', "\u201d") or (
        opens == "," and verb is not None and verb.i < span[0].i
    )
    if verb is not None and (
        words >= 6
        or (words >= 3 or words in (1, 2) and opens)
        and text[e - 1 : qe].strip(" '\"")[-1:] in ",.!?"
    ):
        c = _make(s, e, "quote-cue", verb, subj, text, direct=True)
        if verb.pos_ not in ("VERB", "AUX") and subj.i < verb.i:
            # a tag verb the tagger took for a noun: its subject is the whole stretch
            # before it ('the editorial read'), which the parse does not join
            lo = next((t for t in doc[span[-1].i + 1 : verb.i] if not t.is_punct), subj)
            c.subj_span = _trim(text, lo.idx, verb.idx)
        c.start = _clause_start(verb, span[0], c.start)
        c.start = _from_wh(verb, text, c.start)
        c.start = _sentence_start(verb, span, text, c.start)
        c.end = _clause_end(verb, subj, span, text, c.end)
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
    if lead and text[lead - 1] == ":":
        # a name alone before the colon labels the quotation, whatever cue comes earlier
        # in the sentence ('... asks: "A?" Roe: "B."': B is Roe's)
        named = _name_label(doc, text, lead - 1)
        if named is not None:
            c = _Cand(start=s, end=e, method="colon", direct=True, cue=(named[1], named[1] + 1))
            c.subj_span = named
            return c
        prev = doc.char_span(lead - 1, lead, alignment_mode="expand")
        if prev is not None:
            verb, subj = _cue_in(prev.sent, text, before=lead)
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
                and _in_cue_sentence(piece, inner)
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
    signed = _SIGNED.search(text, qe, _para_end(text, qe))
    intro = _introducing_clause(doc, text, qs, lead) if words >= 3 and not signed else None
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

# Longest sentence (tokens) read as the introduction of the quotation after it.
MAX_INTRO_TOKENS = 16


def _introducing_clause(doc, text: str, qs: int, lead: int):
    """'X agreed. "..."', 'X continued his attack.\n\n"..."': a quotation right after a
    short sentence whose speech verb reports no words of its own is that subject's.

    ``lead`` is where the text before the opening mark ends, blanks left out.

    Returns ``(verb, subject)`` or None.
    """
    if not lead or text[lead - 1] != "." or text[lead:qs].count("\n") > 2:
        return None  # the sentence must end right before, or end the paragraph before
    end = doc.char_span(lead - 1, lead, alignment_mode="expand")
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


def _sentence_start(verb, span, text: str, s: int) -> int:
    """'X cannot say that "from his perspective," Y added': a quotation that finishes a
    clause of the writer's, with its cue right after it, is quoted inside that clause,
    and PolNeAR's content is the whole clause (PolNeAR train: 2 more matched, none lost).
    A quotation after a comma ('telling Mic, "..."') or a colon opens its own sentence."""
    if verb.i < span[-1].i:
        return s
    sent = span[0].sent
    lo = max(sent.start_char, text.rfind("\n", 0, s) + 1)
    before = text[lo:s].rstrip(" " + "".join(_QUOTE_TOKENS))
    if len(_WORD.findall(before)) < 2 or before[-1:] in (",", ":", ";"):
        return s
    if any(m in before for m in _QUOTE_TOKENS):
        return s
    return lo


def _clause_end(verb, subj, span, text: str, e: int) -> int:
    """'called him a "lightning rod" and voters get nervous, X said', 'X said "there was
    never a plan" and no order to wait': a quotation that stops mid-sentence, the writer's
    words going on from it in lower case, is quoted inside that sentence, and the content
    runs on to the end of the clause that holds the cue, or to the comma before a cue
    after it (PolNeAR train: 5 more exact, none lost)."""
    if text[span.start_char : e].endswith((".", "!", "?")):
        return e
    doc = span.doc
    last = span[-1]
    rest = [t for t in doc[last.i + 1 : last.sent.end] if not t.is_space]
    while rest and rest[0].is_punct:
        rest.pop(0)
    if not rest or not rest[0].is_lower or rest[0].pos_ in ("DET", "PRON"):
        # '"...," who went on to say', '"...," a history of X': the writer's words on
        # the speaker or the quoted thing
        return e
    if verb.i > last.i:
        lo = min(subj.left_edge.i, verb.i) if subj is not None else verb.i
        comma = max((t.i for t in rest if t.i < lo and t.text == ","), default=None)
        if comma is None:
            return e
        rest = [t for t in rest if t.i < comma]
    else:
        # the clause that holds both the cue and the quotation ends the content
        top = next((a for a in [last, *last.ancestors] if a.left_edge.i <= verb.i), None)
        if top is None:
            return e  # the cue in a sentence of its own before
        rest = [t for t in rest if t.i <= top.right_edge.i]
    rest = [t for t in rest if "\n" not in text[e : t.idx]]
    while rest and rest[-1].is_punct:
        rest.pop()
    if not any(t.is_alpha for t in rest):
        return e
    return max(e, rest[-1].idx + len(rest[-1]))


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


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d']?\s+[A-Z]")


def _drop_title(gap: str) -> str:
    """The cue clause between two quotations without a short quoted title in it, unless
    the title ends a sentence and another follows ('on "Morning Desk." His deputy ...')."""
    gap = gap.lstrip(",.!?\"\u201d'\u2019 ")
    out = _TITLE.sub("", gap)
    if out != gap and _SENTENCE_BREAK.search(gap.rstrip()):
        return gap
    return out


def _in_cue_sentence(piece: _Cand, inner: list[_Cand]) -> bool:
    """Whether the candidates found after a quotation's cue go on with its speaker: they
    lie in that cue's sentence (the speaker's description: '"A," said X, who has long
    criticized Y. "B"') or have "he" or "she" for their subject ('"A," X said. He did
    not say when. "B"'). A sentence after it with a speaker named anew ('"A," X said. Y
    told Z that C. "B"') brings in that speaker, whose words the next quotation may be."""
    if piece.cue_tok is None:
        return True
    sent = piece.cue_tok.sent.start
    return all(
        c.cue_tok is not None
        and (
            c.cue_tok.sent.start == sent
            or c.subj is not None
            and c.subj.lower_ in cues.PERSON_PRONOUNS
        )
        for c in inner
    )


def _continues(text: str, last: _Cand, qs: int, para_start: int) -> bool:
    gap = text[last.end : qs - 1]
    # 'X is a "false choice, ... at least," she said.': a content ending in a quotation
    # continues as one that is all quotation
    ends_quoted = _ends_in_quotation(text, last.end)
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
            # (the cue clause may end in a title: 'said on "This Week." "B"')
            and gap.rstrip().rstrip("\"\u201d'").endswith((".", ",", ":"))
            and not any(ch in _drop_title(gap) for ch in '"\u201c\u201d')
        )
    # a paragraph that is only a quotation, right after a paragraph ending in a quote
    # with its cue ('"...," the farmer said.' NEWLINE '"..."')
    # (or one left open at the paragraph end, to go on in the next)
    end = _para_end(text, qs)
    rest = text[qs:end].rstrip()
    # (curly marks inside a straight-quoted paragraph, after another one, quote a phrase
    # within it)
    straight = text[qs - 1] == '"' and text[last.start - 1 : last.start] == '"'
    marks = ('"', "''") if straight else _QUOTES
    whole = rest.endswith(('"', "\u201d", "''")) or not any(ch in rest for ch in marks)
    return (
        whole
        and text[para_start : qs - 1].strip() == ""
        and gap.count("\n") <= 2
        and len(gap) < MAX_SPLIT_GAP
        and not any(ch in gap.lstrip(',.!?"\u201d ') for ch in '"\u201c\u201d')
    )


def _sentence_like(t: str) -> bool:
    return t[:1].isupper() and len(t.split()) >= MIN_UNCUED_QUOTE_WORDS


# A cue clause standing as its own sentence: "Ruiz asked." / "the retired judge said."
# (a name or short description plus the verb; chosen by reading news prose)
MAX_BARE_CUE_WORDS = 6


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
            if subj is None and _prep_gerund(t):
                # 'X told them A before asking, "..."': the gerund's is the clause's subject
                subj = _implicit_subject(t)
            if subj is not None and (
                start_tok - t.i <= MAX_CUE_DISTANCE or _only_adjuncts_between(t, start_tok)
            ):
                return t, subj
    return None, None


# Dependents of a cue verb that tell where, when, how or to whom it spoke ("said in an
# interview with the paper's editor on Monday, '...'").
_CUE_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod", "dative", "agent"})


def _only_adjuncts_between(verb, start_tok: int) -> bool:
    """Whether only the verb's own adjuncts (and punctuation) stand between it and the
    quotation opening at token ``start_tok``, however long they are."""
    doc = verb.doc
    own = set()
    for c in verb.rights:
        if c.dep_ in _CUE_ADJUNCT_DEPS and c.right_edge.i < start_tok:
            own.update(range(c.left_edge.i, c.right_edge.i + 1))
    return all(k in own or doc[k].is_punct for k in range(verb.i + 1, start_tok))


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
    end = _rstripped_end(text, qe)
    while end and text[end - 1] in "\"'\u201d\u2019":
        end -= 1
    tagged = text[end - 1 : end] in (",", "?", "!") if end else False
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
                (c for c in t.children if c.dep_ == "nsubj" and _starts_at(c, first)),
                None,
            ) or _subject(t)
            own = any(c.dep_ in _CONTENT_DEPS and c.idx > qe for c in t.children)
            # '"A." She went on to say: "B"': a cue closed by a colon introduces B
            edge = t.right_edge
            own = own or text[edge.idx + len(edge) :].lstrip(" \t")[:1] == ":"
            if subj is None or not _starts_at(subj, first):
                # '"...," Ann Roe, a former aide, said': the parser hung the name phrase
                # on the quotation (an apposition) and the verb on its clause; the phrase
                # filling the stretch before the verb is its subject all the same
                subj = _stretch_head(doc, first.i, t.i)
            if subj is not None and _starts_at(subj, first) and subj.i < t.i and not own:
                return t, subj
            return None
    return None


def _starts_at(head, first) -> bool:
    """Whether the phrase of ``head`` begins at ``first``, bar the closing quotation mark
    the parser may hang on it."""
    lo = head.left_edge
    while lo.i < first.i and lo.is_punct:
        lo = lo.doc[lo.i + 1]
    return lo.i == first.i


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


# Most words in a name label ("Former secretary of state Ann B. Roe").
MAX_LABEL_WORDS = 10

# Parts of speech of a name phrase standing alone as a label ("Former senator Ann Roe").
_LABEL_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "CCONJ", "NUM", "PUNCT"})


def _name_label(doc, text: str, colon: int) -> tuple[int, int] | None:
    """'Roe: "..." Lund: "..."', 'Former mayor Ann Roe: "..."': a name alone between the
    end of the last sentence and a colon before a quotation labels its speaker (a
    transcript, positions set side by side)."""
    at = doc.char_span(colon - 1, colon, alignment_mode="expand")
    if at is None:
        return None
    # from the sentence's start, or the last quotation mark, line break, question or
    # colon before it ("5.02 pm: Roe: ..." is Roe's)
    lo = max(at[0].sent.start_char, *(text.rfind(ch, 0, colon) + 1 for ch in '"\u201d\n?!:'))
    # (expanded: a colon glued to the name and the quotation may be inside its token)
    span = doc.char_span(lo, colon, alignment_mode="expand")
    if span is None or not 0 < len(span) <= MAX_LABEL_WORDS or not span.text[:1].isupper():
        return None
    last = span[-1]
    if any(t.pos_ not in _LABEL_POS for t in span):
        return None
    if (
        not (last.pos_ == "PROPN" and last.ent_type_ in ("", "PERSON", "ORG"))
        and last.ent_type_ != "PERSON"
        # a surname the tagger took for a noun at a sentence's start ("Roe: ...", after
        # "Ann Roe" elsewhere in the article)
        and not (len(span) == 1 and last.text[:1].isupper() and last.text in _person_words(doc))
    ):
        return None  # "Ohio: ...", "Monday: ...", "Transcript: ..."
    return _trim(text, span.start_char, colon)


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
# First words of a frame that is an occasion or a clause of its own, not the speaker's.
_FRAME_STOPS = cues.OCCASION_PREPS | cues.CLAUSE_OPENERS


def _take_fronted_frame(text: str, c: _Cand) -> None:
    """'Of course, she said, "I knew him."', 'But, X added, "..."': a short opening
    phrase set off before a parenthetical cue frames the quotation after it, and PolNeAR
    gives it to the content as its first piece (the scorer ignores the gap; PolNeAR train:
    4 of 5 such openings). A phrase with a verb ("Asked about A, X said"), a date ("On
    Monday, X wrote"), an "in/on" phrase of occasion ("In the memo, X wrote") or a scene
    set by a clause ("As the bell rang, X said") is the cue's. Two openings are the
    content's whatever they hold: a condition ("If A, X said, B"), which says when the
    words hold, and any opening that a quotation in lower case goes on with ('While A, he
    said, "this has done nothing"', 'Evaluating A, X said, "is like B"'); from the
    phrase or clause that ends at the cue, so a relative clause starts it ('..., which is
    an outcome, he said, "we've long anticipated"'). PolNeAR train: 8 more exact, none
    lost."""
    verb, subj = c.cue_tok, c.subj
    if c.method not in ("ccomp", "quote-cue") or verb is None or subj is None:
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
    para = text.rfind("\n", 0, verb.idx) + 1  # spaCy sentences can run across paragraphs
    frame = [t for t in doc[sent.start : lo - 1] if t.idx >= para]
    # (a sentence the parser ran on past a colon: 'X tweeted: If A, he said, "B"')
    colon = max((k + 1 for k, t in enumerate(frame) if t.text in (":", ";")), default=0)
    frame = [t for t in frame[colon:] if not t.is_punct]
    if not frame or any(ch in text[frame[0].idx : doc[lo - 1].idx] for ch in _QUOTES):
        return
    condition = frame[0].lower_ in cues.CONDITION_MARKS
    runs_on = c.direct and text[c.start].islower()
    if not (condition or runs_on):
        if not c.direct or len(frame) > MAX_FRAME_WORDS or frame[0].lower_ in _FRAME_STOPS:
            return
        if any(t.pos_ in ("VERB", "AUX") or _when(t) for t in frame):
            return
    top = frame[-1]
    while top.dep_ != "relcl" and top.head.i != top.i and top.head.right_edge.i < lo - 1:
        top = top.head
    c.start = max(frame[0].idx, top.left_edge.idx)


# A reported clause never ends in a bare coordinator ("... from the rolls, and").
_DANGLING_TAIL = re.compile(r"[\s,;\u2014\u2013-]+(?:and|but|or)$")


def _drop_dangling_tail(text: str, c: _Cand) -> None:
    m = _DANGLING_TAIL.search(text, c.start, c.end)
    if m is not None and m.start() > c.start:
        c.end = _trim(text, c.start, m.start())[1]


def _cede_set_off_quotation(text: str, cands: list[_Cand]) -> None:
    """'X declared A: "B," she said', 'X suggested A - "B," he said': a report running
    across a colon or dash into a quotation that has a closing cue of its own stops
    before the colon; the quotation is the closing cue's (PolNeAR annotates the two
    apart; ``verbs._set_off_quotation`` gives the closing cue no more than it)."""
    closing = [d for d in cands if d.direct and d.cue is not None and d.cue[0] >= d.end]
    for c in cands:
        if c.cue is None:
            continue
        for d in closing:
            if d is c or not (c.start < d.start < c.end <= d.end + 2) or c.cue[1] > d.start:
                continue
            mark = _set_off_mark(text, c.start, d.start)
            if mark is not None:
                c.end = _trim(text, c.start, c.start + mark)[1]
                break


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
            # an attribution of the speaker's own ("said X, referring to Y", "said X, who
            # said Y") stays
            cands[i + 1 : j + 1] = [
                c for c in cands[i + 1 : j] if c.method == "ccomp" or not _in_relative_clause(c)
            ]
            for c in cands:
                if c.inherit_from is b:
                    c.inherit_from = a
            continue
        i += 1


def _closes_on_quotation(text: str, a: _Cand) -> bool:
    """'Teachers are "looking for a sign," Roe said. "B"': a reported clause whose words
    end in a quotation is resumed by the next quotation like a whole quotation is."""
    return a.method == "ccomp" and _ends_in_quotation(text, a.end)


def _ends_in_quotation(text: str, end: int) -> bool:
    """Whether a content ending at ``end`` ends in a quotation: a closing mark follows,
    past the sentence's own punctuation ('... a "false choice," she said')."""
    return text[end : end + 3].lstrip(",.?!\u2026")[:1] in ('"', "\u201d")


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
            before = qs  # where the text before the piece ends, marks and blanks left out
            while before and text[before - 1] in _TRIM:
                before -= 1
            if before and text[before - 1] not in ".?!":
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


def _headline_verb(tok) -> str | None:
    """The base form of a third-person "-s" verb of the cue lists ("Slams", "Calls",
    "Apologizes", "Denies"), which a title-case headline hides from the tagger."""
    low = tok.lower_
    if not low.endswith("s") or len(low) < 4:
        return None
    stems = [low[:-1], low[:-2]] + ([low[:-3] + "y"] if low.endswith("ies") else [])
    return next((stem for stem in stems if stem in _HEADLINE_VERBS), None)


def _headline_clause_start(text: str, qs: int, qe: int, s: int, tagged: bool) -> int:
    """'Roe: Repeal The Act, ‘Start Over.’', 'Guns Are ‘A Crisis,’ Doe
    Tells Convention': a headline quotation that finishes a clause opened after a colon,
    or before a closing cue (``tagged``), is quoted inside that clause, and PolNeAR's
    content is the whole clause (PolNeAR train + dev: 6 more matched, none lost). One
    that the headline goes on from ("TEASER: Roe ‘Ready to Go’ From X") is a
    phrase the headline quotes, and stays alone."""
    line = text.rfind("\n", 0, qs) + 1
    colon = text.rfind(":", line, qs)
    lo = colon + 1 if colon >= 0 else line
    finishes = not text[qe + 1 : _para_end(text, qe)].strip(_TRIM + ".!?")
    if not tagged and (colon < 0 or not finishes):
        return s
    lo = _trim(text, lo, qs)[0]
    return lo if _WORD.search(text, lo, qs) else s


def _headline_tag(doc, text: str, s: int, e: int, qe: int):
    """'Guns Are \u2018A Crisis,\u2019 Jane Doe Tells Convention': a headline quotation
    closed by a comma, then title-case words and a third-person cue verb; returns the
    subject's last token, its span and the cue span, or None."""
    if text[s:qe].rstrip()[-1:] != "," and text[e:qe].strip()[:1] != ",":
        return None
    after = doc.char_span(qe + 1, _para_end(text, qe), alignment_mode="contract")
    if after is None:
        return None
    words = []
    for t in after:
        if t.is_punct and not words:
            continue
        upper = text[t.idx].isupper()  # the article's case: the parse may see sentence case
        if words and _headline_verb(t) is not None and upper:
            subj = words[-1]
            return subj, (words[0].idx, subj.idx + len(subj)), (t.idx, t.idx + len(t))
        if not upper or len(words) >= MAX_HEADLINE_SUBJECT_WORDS:
            return None
        words.append(t)
    return None
