"""Who said it, and to which outlet: speaker mentions, their resolution, venues.

``resolve_speakers`` walks an article's quotes in text order and keeps a small discourse
state, so that "a source" starts a new anonymous speaker, "the insider" continues the
most recent one, "a second insider" is a new one with ordinal 2, and "he" or "the
choreographer" resolve to an earlier named person only where the parse gives evidence
(a subject in the sentences before, or an apposition "X, the choreographer"). Otherwise
the name stays ``None``: outputting less beats guessing (STYLE.md section 6).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.symbols import PROPN

from whosaid.extract import cues
from whosaid.extract.docindex import doc_index, positions_between
from whosaid.extract.timex_rules import MONTHS, WEEKDAYS
from whosaid.model import Article, Span, Speaker
from whosaid.names import COMPANY_WORDS, GENERATIONS, goes_by, group_full_names, person_parts

log = logging.getLogger("whosaid")

# How far back (in sentences) a pronoun looks for its antecedent. Two sentences cover
# "Trump spoke on Monday. He said ..." and the split-quote case; beyond that news prose
# usually repeats the name.
PRONOUN_SENTENCE_WINDOW = 2
# How far back (characters) the previous quote's named speaker stays a candidate for a
# pronoun when no subject antecedent is found: about two paragraphs of news prose.
PRONOUN_SPEAKER_WINDOW = 600
_NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP")
# Entities that can name a body a spokesperson speaks for, whatever their part of speech.
_BODY_ENTS = ("ORG", "GPE", "NORP", "FAC")
_WORD = re.compile(r"\w+")
# Quote candidates that no cue verb explained ("quote": a bare quotation; "headline": a
# quoted phrase in the title line): their speaker comes from the surrounding text.
UNCUED_METHODS = ("quote", "headline")
# "“...” ― Jane Doe" closing a paragraph: a dash, then a short capitalised name.
_PARAGRAPH_DASH_NAME = re.compile(
    r"[\"\u201d]\s*["
    + cues.ATTRIBUTION_DASHES
    + r"]\s*([A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3})[.\s]*$"
)


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    """A resolved speaker plus whether the mention names an outlet (for venues)."""

    speaker: Speaker | None
    is_outlet: bool = False


@dataclass(slots=True)
class _State:
    next_ref: int = 1
    last_anon: Speaker | None = None  # most recent singular anonymous speaker
    last_named: tuple[int, Speaker] | None = None  # (char offset, speaker)
    last_speaker: tuple[int, Speaker] | None = None  # the last mention's, any kind
    last_outlet: str | None = None  # the last outlet that was a speaker ("X reported")
    by_descriptor: dict | None = None
    by_name: dict | None = None

    def new_ref(self) -> int:
        r = self.next_ref
        self.next_ref += 1
        return r

    def named(self, mention: Span, at: int, name: str) -> SpeakerInfo:
        """The speaker of a mention at offset ``at`` resolved to a person's ``name``: one
        ref per name in the article, and the last named speaker from here on."""
        sp = Speaker(mention=mention, name=name, ref=self.by_name.setdefault(name, self.new_ref()))
        self.last_named = (at, sp)
        return SpeakerInfo(sp)


def resolve_speakers(doc, text: str, cands) -> list[SpeakerInfo]:
    """Build the Speaker of each quote candidate, in text order.

    Args:
        doc: the article's spaCy Doc.
        text: the article text.
        cands: quote candidates (``quotes.core._Cand``) sorted by start, each with ``subj``
            (head token of the speaker mention or None), ``subj_span`` (its character
            offsets) and ``inherit_from`` (an earlier candidate sharing its speaker).

    Returns:
        One SpeakerInfo per candidate.
    """
    _attribute_uncued(doc, text, cands)
    st = _State(by_descriptor={}, by_name={})
    names = _Names(_known_names(doc))
    out: list[SpeakerInfo] = []
    done: dict[int, SpeakerInfo] = {}
    by_mention: dict[tuple[int, int], SpeakerInfo] = {}
    for c in cands:
        if c.inherit_from is not None and id(c.inherit_from) in done:
            info = done[id(c.inherit_from)]
        elif c.subj_span is not None and c.subj_span in by_mention:
            # one mention introducing several quotes ("X told Y that ...:" + quotation)
            info = by_mention[c.subj_span]
        elif c.subj_span is None:
            info = SpeakerInfo(None)
        else:
            info = _resolve_one(doc, text, c, st, names)
        done[id(c)] = info
        if c.subj_span is not None:
            by_mention.setdefault(c.subj_span, info)
            if info.speaker is not None:
                st.last_speaker = (c.subj_span[0], info.speaker)
        out.append(info)
    _headline_from_body(text, cands, out)
    return out


def _headline_from_body(text: str, cands, out: list[SpeakerInfo]) -> None:
    """A headline's quoted words with no speaker of their own are usually a body quote
    cut down ("X Is 'Pulling the Plug'" over '"X is pulling the plug," a source said'):
    they take the speaker of the first body quote that holds the same words."""
    body = None
    for i, c in enumerate(cands):
        if c.method != "headline" or out[i].speaker is not None:
            continue
        if body is None:
            body = [
                (_plain_words(text[b.start : b.end]), k)
                for k, b in enumerate(cands)
                if b.method != "headline" and out[k].speaker is not None
            ]
        words = _plain_words(text[c.start : c.end])
        k = next((k for held, k in body if _cut_from(words, held)), None)
        if k is not None:
            out[i] = out[k]


def _plain_words(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def _cut_from(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long``'s words in order, with at most as many words left
    out between them as it has (a headline's "She Tried Forgiving" from "she really
    tried forgiving"); two words or fewer must stand together."""
    n = len(short)
    if not n:
        return False
    gaps = n if n >= 3 else 0
    for start in (i for i, w in enumerate(long) if w == short[0]):
        k, j = 1, start + 1
        while k < n and j < len(long) and j - start < n + gaps:
            k += long[j] == short[k]
            j += 1
        if k == n:
            return True
    return False


def _attribute_uncued(doc, text: str, cands) -> None:
    """Give quotations that no cue verb explained the speaker the text around them shows.

    News conventions, tried in order: a clause ending in a colon right before the
    quotation presents it as its subject's words ("The mayor had one answer:
    \u201c...\u201d"); "\u201c...\u201d \u2015 Jane Doe" closes the
    paragraph; a quotation in the same paragraph as an attributed quote, with no
    other person named in between, continues that speaker ('"A," X said. "B"'); and a
    bare quotation inside a sentence is the words of the subject of the clause before it
    ('X called over her shoulder, "..."').
    """
    prev = None
    for c in cands:
        if c.method in UNCUED_METHODS and c.subj_span is None and c.inherit_from is None:
            # 'Jane Doe Is "Pulling the Plug"' (also before a colon): words about the
            # headline's subject, in someone else's mouth, not the subject's saying
            copular = c.method == "headline" and _copular_headline(doc, c.start)
            found = (
                (None if copular else _colon_subject(doc, text, c.start))
                or _dash_name(doc, text, c.end)
                or (
                    _headline_subject(doc, text, c.start)
                    if c.method == "headline" and not copular
                    else None
                )
            )
            if found is None and prev is not None and _continues_speaker(doc, text, prev, c):
                c.inherit_from = prev
            elif found is None and c.method == "quote":
                found = _lead_in_subject(doc, text, c.start)
            if found is not None:
                c.subj, c.subj_span = found
        prev = c


def _copular_headline(doc, start: int) -> bool:
    """Whether the headline before a quotation at ``start`` has "be" for its first verb
    ("X Is '...' After Y: '...'"): the quoted words describe the subject; they are not
    what the subject said."""
    line = doc.char_span(0, start, alignment_mode="contract")
    verb = next((t for t in line if t.pos_ in ("VERB", "AUX")), None) if line else None
    return verb is not None and _copular(verb)


def _colon_subject(doc, text: str, start: int):
    """The subject of the clause whose colon introduces the quotation at ``start``."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start].rstrip(" \t\"'\u201c\u2018")
    # "X said:" NEWLINE quotation paragraph; the end of the text before the quotation,
    # found without copying all of it (a copy per quotation is quadratic on long texts)
    end = para + len(before) if before.strip() else _rstripped_end(text, para)
    if end == 0 or text[end - 1] != ":":
        return None
    colon = doc.char_span(end - 1, end, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    lo = text.rfind("\n", 0, end - 1) + 1
    # the sentence's tokens from ``lo`` up to the colon (offsets grow with the index)
    first = doc_index(doc).first_token_at(lo)
    toks = list(doc[max(sent.start, first) : colon[0].i])
    subj = _last_clause_subject(toks)
    if subj is None:
        subj = next((t for t in toks if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subj is None:
        subj = next((t for t in toks if t.dep_ == "nsubj"), None)
    if subj is None:
        return _inverted_name(toks)
    return _subject_mention(subj, lo, colon[0].i)


def _lead_in_subject(doc, text: str, start: int):
    """'X, dashing off, called over her shoulder, "..."', 'I laughed without saying,
    "..."', 'X released a memo titled "..."': a quotation inside a sentence, after words
    of that sentence in which no cue was found, is the words of the subject of the last
    clause before it; not so a quotation naming the noun before it ('acted in the movie
    "..."') or one after another quotation, whose clause the lead-in may be."""
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    if opening is None:
        return None
    lo = text.rfind("\n", 0, start) + 1
    first = doc_index(doc).first_token_at(lo)
    lead = list(doc[max(opening[0].sent.start, first) : opening[0].i])
    while lead and lead[-1].is_quote:
        lead.pop()
    if not lead or lead[-1].pos_ in ("NOUN", "PROPN") or any(t.is_quote for t in lead):
        return None
    subj = _last_clause_subject(lead)
    return _subject_mention(subj, lo, opening[0].i) if subj is not None else None


def _subject_mention(subj, lo: int, hi: int):
    """``(subj, (start, end))``: the mention of a subject found before a quotation, its
    phrase cut to the text from offset ``lo`` up to token ``hi``, without the verb's
    other words when the parser hung them on it."""
    keep = [t for t in subj.subtree if t.idx >= lo and t.i < hi and not t.is_punct]
    if subj.i < subj.head.i:
        keep = [t for t in keep if t.i < subj.head.i]
    if not keep:
        return None
    return subj, (keep[0].idx, keep[-1].idx + len(keep[-1]))


def _rstripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, without the copy."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# Most words in a headline's subject ("Frustrated Parents Rally ...", "Senator Jane Q. Doe
# Speaks ...").
MAX_HEADLINE_SUBJECT_WORDS = 5


def _headline_subject(doc, text: str, start: int):
    """'Jane Doe Speaks ‘...’': the capitalised words before the first verb of
    a headline (or, with no verb, up to its first name), which is the speaker of the
    quoted words after it."""
    line = doc.char_span(0, start, alignment_mode="contract")
    if line is None:
        return None
    verb = next((t for t in line if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        # "Jane Doe On Taxes: '...'", title-case words the tagger took all for names:
        # the words up to the first person or organisation named
        ents = doc_index(doc).ents_within(line.start, line.end)
        ent = next((e for e in ents if e.label in ("PERSON", "ORG")), None)
        if ent is not None and ent.end < len(doc):
            verb = doc[ent.end]
    if verb is None or verb.i == 0 or verb.i > MAX_HEADLINE_SUBJECT_WORDS:
        return None
    words = doc[: verb.i]
    if any(not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN", "ADJ") for t in words):
        return None
    return words[-1], (words.start_char, words.end_char)


def _copular(verb) -> bool:
    """A form of "be" heading its clause ("X Is 'Done'", "X Is 'Pulling the Plug'")."""
    return verb.lemma_.lower() == "be" or verb.lower_ in ("is", "are", "was", "were", "'s")


# Most words in the name of an inverted "Said Jane Q. Doe:" line.
MAX_INVERTED_NAME_WORDS = 4


def _inverted_name(toks):
    """'Said Ellis:' before a quotation: a speech verb, then only a proper name, which
    the parser does not take for the verb's subject."""
    if not toks or toks[0].lemma_.lower() not in cues.SPEECH_VERBS:
        return None
    name = [t for t in toks[1:] if not t.is_punct]
    if not name or len(name) > MAX_INVERTED_NAME_WORDS or any(t.pos_ != "PROPN" for t in name):
        return None
    return name[-1], (name[0].idx, name[-1].idx + len(name[-1]))


def _last_clause_subject(toks):
    """The subject of the last clause before a colon ('She got upset, so that I had to
    answer:'), skipping relative clauses and reported clauses ('X said that Y was:'); of
    a passive clause, its agent ('X was pressed by Y:') or else its subject."""
    for t in reversed(toks):
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("relcl", "acl"):
            continue
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in cues.CUE_VERBS:
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.dep_ == "nsubjpass":
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            subj = by or subj
        if subj is not None and subj.lower_ not in cues.RELATIVE_PRONOUNS:
            return subj
    return None


def _dash_name(doc, text: str, end: int):
    """The name after a dash closing the paragraph of a quotation ending at ``end``."""
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    m = _PARAGRAPH_DASH_NAME.search(text, end, para_end)
    if m is None:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None:
        return None
    s, e = m.start(1), m.end(1)
    while e > s and text[e - 1] == ".":
        e -= 1  # "Jane Doe." closing the paragraph; keep "Jr." only inside a name
    return span.root, (s, e)


def _continues_speaker(doc, text: str, prev, c) -> bool:
    """Whether an uncued quotation continues the speaker of the quote before it: same
    paragraph, that speaker's mention and cue before it, and no other person named
    between them."""
    if "\n" in text[prev.start : c.start]:
        return False
    if prev.subj_span is None and prev.inherit_from is None:
        return False
    after = max(
        prev.end, prev.subj_span[1] if prev.subj_span else 0, prev.cue[1] if prev.cue else 0
    )
    if after > c.start:
        return False
    between = doc.char_span(after, c.start, alignment_mode="contract")
    if between is None:
        return True
    # a clause with a subject of its own, or a person named other than as the object of
    # a preposition ("on Twitter"), may bring in another speaker
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in between):
        return False
    return not any(
        e.label == "PERSON" and doc[e.start : e.end].root.dep_ != "pobj"
        for e in doc_index(doc).ents_within(between.start, between.end)
    )


def _known_names(doc) -> list[tuple[int, str]]:
    """Multi-word person names in order of appearance (for "Marsh" -> full name), once
    per document.

    Without NER (the selective-parse path) runs of two or three proper nouns stand in.
    """
    memo = doc_index(doc).memo
    if "known names" not in memo:
        memo["known names"] = _ner_names(doc) if _ner_ran(doc) else _proper_noun_runs(doc)
    return memo["known names"]


def _ner_names(doc) -> list[tuple[int, str]]:
    """NER's person names of two words or more."""
    out = []
    for e in doc.ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        # a name NER glued a credit or an acronym onto: its first part of two words
        # or more ("Jo Ray/Agency ACME" is no one "ACME" may be short for)
        lo, hi = next(((a, b) for a, b in _name_parts(doc, e.start, e.end) if b - a >= 2), (0, 0))
        if hi and doc[lo].text[:1].isupper():
            out.append((doc[lo].idx, doc[lo:hi].text))
    return out


def _proper_noun_runs(doc) -> list[tuple[int, str]]:
    """Runs of two or three capitalised, alphabetic proper nouns. Only the PROPN tokens
    (from the POS array) become Token objects: one per word cost ~2% of extract_one."""
    propn = numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist()
    at = [i for i in propn if (t := doc[i]).text[:1].isupper() and t.is_alpha]
    out = []
    start = 0
    for k in range(1, len(at) + 1):
        if k == len(at) or at[k] != at[k - 1] + 1:
            if 2 <= k - start <= 3:
                out.append((doc[at[start]].idx, doc[at[start] : at[k - 1] + 1].text))
            start = k
    return out


def _ner_ran(doc) -> bool:
    """Whether NER tagged the document (the selective parse leaves entities empty), once
    per document."""
    memo = doc_index(doc).memo
    if "ner ran" not in memo:
        memo["ner ran"] = doc.has_annotation("ENT_IOB") and bool(doc.ents)
    return memo["ner ran"]


def _strip_possessive(name: str) -> str:
    return name.removesuffix("\u2019s").removesuffix("'s").removesuffix("\u2019").strip()


class _Names:
    """An article's multi-word person names (``_known_names``) by their last word."""

    def __init__(self, names: list[tuple[int, str]]) -> None:
        # last word -> (offsets, names), in order of appearance
        self._by_last: dict[str, tuple[list[int], list[str]]] = {}
        self._all: list[tuple[int, str]] = []
        for at, name in names:
            name = _strip_possessive(name)
            if name:
                ats, full = self._by_last.setdefault(name.split()[-1], ([], []))
                ats.append(at)
                full.append(name)
                self._all.append((at, name))

    def named_between(self, start: int, end: int) -> bool:
        """Whether a person is named in full between two offsets."""
        k = bisect_left(self._all, (start, ""))
        return k < len(self._all) and self._all[k][0] < end

    def in_capitals(self, label: str) -> str | None:
        """The article's name for a transcript label in capitals ("ROE", "MS. ANN ROE"
        for "Ann Roe"): the one person named in full whose name ends in the label's
        words, else None."""
        parts = person_parts(label)
        if not parts:
            return None
        fits = {n for _, n in self._all if person_parts(n)[-len(parts) :] == parts}
        if fits and len(group_full_names(sorted(fits))) == 1:
            return max(fits, key=len)
        return None

    def full(self, short: str, before: int, given: bool = False) -> str:
        """The last full name before ``before`` whose last word is ``short``'s, else
        ``short``: only a surname, alone or after a title ("Marsh", "Mr Marsh"), is
        expanded, and with ``given`` (a word known to name a person) a given name the
        article gave in full before ("Lena", "Len" after "Lena Marsh":
        ``names.goes_by``); a full name is kept."""
        short = _strip_possessive(short)
        words = short.split()
        if len(words) != 1 and len(person_parts(short)) != 1:
            return short
        ats, full = self._by_last.get(words[-1] if words else short, ([], []))
        if given and not ats and len(words) == 1:
            # no one of that surname: the one person named before who goes by the name
            # ("Nora" beside Nora Ellis and Nora Banks is either)
            fits = sorted({n for at, n in self._all if at < before and goes_by(short, n)})
            if fits and len(group_full_names(fits)) == 1:
                return max(fits, key=len)
            return short
        # names right after the mention count too ("said Jane, Jane Doe ..."); a name
        # with a given name ("Dale Pruett") before a title form ("Mr Pruett")
        titled = None
        for k in range(bisect_left(ats, before + 200) - 1, -1, -1):
            if len(person_parts(full[k])) >= 2:
                return full[k]
            if titled is None and len(full[k]) > len(short):
                titled = full[k]
        return titled or short


def _decapitalised(name: str, text: str) -> str:
    """A name written in capitals ("VAN SUSTEREN", "MCBRIDE") as the article writes it
    elsewhere, else in title case: each word's first spelling in the text that is not
    all capitals."""
    out = []
    words = name.split()
    for word in words:
        pattern = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
        spelled = (m.group() for m in pattern.finditer(text) if not m.group().isupper())
        # a short name alone, never written otherwise, is more often an acronym ("AP")
        acronym = len(words) == 1 and len(word) <= 3
        out.append(next(spelled, None) or (word if acronym else word.title()))
    return " ".join(out)


def _mention_tokens(doc, span: tuple[int, int]):
    return doc.char_span(span[0], span[1], alignment_mode="expand")


def _resolve_one(doc, text: str, c, st: _State, names: _Names) -> SpeakerInfo:
    s, e = c.subj_span
    mention = Span.of(text, s, e)
    toks = _mention_tokens(doc, (s, e))
    if toks is None or len(toks) == 0:
        return SpeakerInfo(Speaker(mention=mention))
    head = c.subj if c.subj is not None and c.subj.i in range(toks.start, toks.end) else toks.root
    if c.method == "label" and mention.text.isupper():
        # "ROE: ..." in a transcript: the person the article names in full
        name = names.in_capitals(mention.text)
        if name is not None:
            return st.named(mention, s, _decapitalised(name, text))
    if _time_head(head):
        # a time stamp or date the parser made the head: the person named in the
        # mention, if any ("Saturday at the convention Sen. Jo Ray said"), else no one
        head = _person_in(doc, toks, head)
        if head is None:
            return SpeakerInfo(None)
    if _no_one(head, toks):
        return SpeakerInfo(None)
    # pronouns ("his promise": the one "he" stands for)
    low = (
        cues.POSSESSIVE_PRONOUNS.get(head.lower_, head.lower_)
        if head.dep_ == "poss"
        else head.lower_
    )
    if low in cues.PERSON_PRONOUNS or low in cues.PLURAL_PRONOUNS or low in cues.RELATIVE_PRONOUNS:
        owner = _clause_owner(head, low, names) if low != head.lower_ else None
        if owner == "":
            name, ref = None, None
        elif owner is not None:
            # "Barton later retracted his suggestion": the clause's subject
            name, ref = owner, st.by_name.setdefault(owner, st.new_ref())
        else:
            name, ref = _resolve_pronoun(head, low, text, st, names)
        if name is not None and low != head.lower_ and _other_person_before(head, name):
            name, ref = None, None  # "For Obama, his aim was ...": either may be meant
        if name is None and (anon := _anonymous_before(doc, st, low, s, names)) is not None:
            # "a source told X ... she added": the unnamed speaker goes on
            return SpeakerInfo(replace(anon, mention=mention))
        return SpeakerInfo(Speaker(mention=mention, name=name, ref=ref, group=low == "they"))
    if _reporting_outlet(head, c.cue_tok):
        name = venue_name(head)
        ref = st.by_name.setdefault(name, st.new_ref())
        return SpeakerInfo(Speaker(mention=mention, name=name, ref=ref), is_outlet=True)
    if low == "another" or (low == "one" and head.pos_ in ("NUM", "PRON")):
        prev = st.last_anon
        # the last anonymous noun of the sentence before it ("one source ..., another")
        near = positions_between(
            _lemma_positions(doc, cues.ANONYMOUS_NOUNS, "NOUN"), head.sent.start, head.i
        )
        desc = doc[near[-1]].lemma_.lower() if near else (prev.descriptor if prev else None)
        sp = Speaker(
            mention=mention,
            anonymous=True,
            descriptor=desc,
            ref=st.new_ref(),
        )
        st.last_anon = sp
        return SpeakerInfo(sp)
    named = _appositive_person(head)
    if named is not None:
        # "a spokesman for Acme, John Curry,": the parser hangs the name on Acme
        return st.named(mention, s, names.full(named, s))
    spokes = _spokes_noun(head)
    if spokes is not None and not _has_name(head):
        sp = _spokesperson(head, toks, spokes, mention, st)
        if sp is not None:
            return SpeakerInfo(sp)
    if st.last_outlet and _outlet_description(head):
        # "The Sunday Ledger reported ... The paper said": the outlet named before
        ref = st.by_name.setdefault(st.last_outlet, st.new_ref())
        return SpeakerInfo(Speaker(mention=mention, name=st.last_outlet, ref=ref), is_outlet=True)
    if (
        head.pos_ == "NOUN"
        and not _has_name(head)
        and (head.lemma_.lower() in cues.ANONYMOUS_NOUNS or _unnamed_by_request(head))
    ):
        # "a source"; "an Acme engineer who asked not to be named" (not Acme on record)
        return SpeakerInfo(_anonymous(head, mention, st))
    surname = _mistagged_surname(head, names, s)
    if surname is not None:
        return st.named(mention, s, surname)
    if (
        head.pos_ == "NOUN"
        and not _has_name(head)
        and not ({t.lower_ for t in head.lefts} & cues.NEW_SPEAKER_DETS)
    ):
        # a description: "the choreographer", "the former president", "the campaign"
        person = _description_antecedent(head, names)
        if person:
            return st.named(mention, s, person)
        return SpeakerInfo(Speaker(mention=mention, ref=st.new_ref()))
    name = _name_of(head, toks)
    dets = {t.lower_ for t in head.lefts if t.dep_ == "det"}
    # "a roadie": an unnamed person the article does not identify (not "a vast oil slick
    # threatens" or "a report found": no one is a source there); "a BP engineer", "an
    # Acme executive" too: the name is whom they work for, and they do not speak for it
    # as its spokesperson does ("an Acme spokesman" is Acme on record)
    unnamed = head.text[:1].islower() and bool(dets & cues.NEW_SPEAKER_DETS) and _person_noun(head)
    works_for = (
        unnamed
        and head.pos_ == "NOUN"
        and _person_noun(head, sure=True)
        and not _spokes_noun(head)
        and not _named_after(head, toks)
    )
    if name is None or not name[:1].isupper() or works_for:
        if unnamed:
            sp = Speaker(
                mention=mention, anonymous=True, descriptor=head.lemma_.lower(), ref=st.new_ref()
            )
            return SpeakerInfo(sp)
        return SpeakerInfo(Speaker(mention=mention))
    outlet = _is_outlet(head)
    if _ent_label(head) == "PERSON" or not outlet:
        # a lone given name is a person's when NER says so, or without NER (--fast) a
        # proper noun
        given = _ent_label(head) == "PERSON" if _ner_ran(head.doc) else head.pos_ == "PROPN"
        # "Tom, a local shrimper, ... Tom said": a person the article describes by a given
        # name alone, not one it named in full
        given = given and not any(
            head.doc[i].text == head.text and any(c.dep_ == "appos" for c in head.doc[i].children)
            for i in doc_index(head.doc).lemma_positions(head.lemma_.lower())
            if i <= head.i
        )
        name = names.full(name, s, given=given)
    if c.method == "label" and name.isupper():
        name = _decapitalised(name, text)
    ref = st.by_name.setdefault(name, st.new_ref())
    sp = Speaker(mention=mention, name=name, ref=ref)
    if outlet:
        if name.lower() not in cues.OUTLET_DESCRIPTIONS:  # not a headline's "Newspaper"
            st.last_outlet = name
    else:
        st.last_named = (s, sp)
    return SpeakerInfo(sp, is_outlet=outlet)


def _outlet_description(head) -> bool:
    """'the paper', 'the newspaper', 'the network': a noun for an outlet after "the" and
    nothing else, which stands for the outlet the article named before it."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in cues.OUTLET_DESCRIPTIONS:
        return False
    lefts = list(head.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the" and not list(head.rights)


def _clause_owner(pron, low: str, names: _Names) -> str | None:
    """The person a possessive pronoun outside its clause's subject most likely stands
    for: that subject, when it is a person's name ("Barton later retracted his
    suggestion", "Sanders has toned down his criticism"; through a participle or a
    coordinated verb, "X stood by his plan, saying ..."). "" when the subject names
    someone the pronoun cannot be resolved to (a name of the other sex, a surname the
    article gives in full nowhere); None when it is no name (a pronoun or a common
    noun: the pronoun is resolved as any other)."""
    doc = pron.doc
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = None
    for _ in range(3):
        subj = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("advcl", "conj", "xcomp"):
            break
        verb = verb.head
    if subj is None or subj.left_edge.i <= pron.i <= subj.right_edge.i:
        return None
    if subj.pos_ == "NOUN" and subj.text[:1].isupper():
        # "Sanders has toned down his criticism", the surname tagged a plural noun: its
        # full name, or no one ("" stops the search: the subject is someone unnamed)
        if any(t.dep_ in ("det", "poss") for t in subj.lefts):
            return None
        full = names.full(subj.text, subj.idx)
        return full if full != _strip_possessive(subj.text) else ""
    if subj.pos_ != "PROPN":
        return None
    name = _name_of(subj, doc[subj.left_edge.i : subj.i + 1])
    if not name or not _gender_fits(subj, low):
        return None
    if subj.ent_type_ != "PERSON" and name.split()[-1] not in _person_words(doc):
        return None  # "Acme stood by his decision": a company is no "he"
    full = names.full(name, subj.idx, given=True)
    return full if _given_name_fits(full, low) else ""


def _other_person_before(pron, name: str) -> bool:
    """Whether the sentence of a possessive pronoun names, before it, a person other
    than ``name`` (by surname), whom the pronoun may stand for as well: NER's person, or
    a name the parser makes a subject or object ("railed against Christie, taking aim
    at his past support")."""
    doc = pron.doc
    last = name.split()[-1]
    words = set(name.split())
    if any(
        e.label == "PERSON" and _strip_possessive(e.text).split()[-1:] != [last]
        for e in doc_index(doc).ents_within(pron.sent.start, pron.i)
    ):
        return True
    return any(
        t.pos_ == "PROPN"
        and t.ent_type_ in ("ORG", "")
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
        and t.text[:1].isupper()
        and _strip_possessive(t.text) not in words
        and t.text in _person_words(doc)
        for t in doc[pron.sent.start : pron.i]
    )


def _no_one(head, toks) -> bool:
    """Whether a mention names no one who could speak: a bare number ("Four talked
    about ...", of four plans)."""
    # (the tagger takes some names in capitals for numbers: "FALLIN:" is no number)
    return head.pos_ == "NUM" and head.like_num and len(toks) == 1 and head.lower_ != "one"


# Words whose date names a stretch or point of time ("the last two weeks", "Saturday"),
# not a person an age describes ("the 46-year-old").
_DATE_UNITS = (
    frozenset(["hour", "day", "night", "weekend", "week", "month", "year", "decade", "century"])
    | cues.DAY_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)


def _time_head(head) -> bool:
    """Whether a mention's head is a time of day or a date ("2.15 pm ET: The chair
    brings the hearing to a close": a live blog's time stamp the parser made the
    subject; "the last two weeks signaled ...")."""
    if head.ent_type_ == "TIME":
        return True
    return head.ent_type_ == "DATE" and head.lemma_.lower().rstrip(".") in _DATE_UNITS


def _person_in(doc, toks, time):
    """The head word of the last person NER names inside a mention's tokens, else of the
    last name NER calls a person or an organisation ("Nine months of Trump"), not one
    of the time phrase ``time`` heads ("ET" of "2.15 pm ET"); or None."""
    ents = doc_index(doc).ents_within(toks.start, toks.end)
    person = next((e for e in reversed(ents) if e.label == "PERSON"), None)
    if person is not None:
        return doc[person.end - 1]
    return next(
        (
            t
            for t in reversed(toks)
            if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG") and t.head.i != time.i
        ),
        None,
    )


def reports_as_outlet(cue) -> bool:
    """Whether a cue is an outlet's: a verb of publishing ("X reported") or a newsroom
    idiom ("X can reveal": ``cues.OUTLET_IDIOMS``)."""
    if cue is None:
        return False
    lemma = cue.lemma_.lower()
    if lemma in cues.REPORT_VERBS:
        return True
    auxes = cues.OUTLET_IDIOMS.get(lemma, ())
    return any(ch.dep_ == "aux" and ch.lower_ in auxes for ch in cue.children)


def _reporting_outlet(head, cue) -> bool:
    """'X reported that ...' with X a one-word name the article never gives a person (NER
    leaves a foreign title unnamed or calls it a person): an outlet. A capitalised noun
    is not taken ("Management reported"): at a sentence start it may be a word."""
    if not reports_as_outlet(cue) or head.head.i != cue.i:
        return False
    if head.dep_ != "nsubj" or not head.text[:1].isupper() or head.text.isupper() and len(head) < 2:
        return False
    if head.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT") or _is_outlet(head):
        return False  # named as an outlet anyway
    if head.pos_ != "PROPN" or head.ent_type_ not in ("", "PERSON"):
        return False
    name = [t for t in head.lefts if t.dep_ == "compound"] + [head]
    if len(name) > 1 or any(t.dep_ in ("det", "poss", "amod") for t in head.lefts):
        return False
    return head.text not in _person_words(head.doc)


def _appositive_person(head) -> str | None:
    """The person named after a noun: "the chief of the harbor police, Jo Park, said",
    and "a spokesman for Acme, John Curry, said" where the parser hung the name on Acme:
    an apposition tagged PERSON after the noun or on the object of its preposition."""
    if head.pos_ != "NOUN":
        return None
    doc = head.doc
    for ap in head.rights:
        if ap.dep_ != "appos" or ap.ent_type_ != "PERSON" or head.tag_ == "NNS":
            continue  # "two analysts, X and Y": a group, not X
        first = _name_start(ap)
        # set off by a comma, with no verb between ("the lawyers pointed to two hopefuls,
        # Sen. X" is a misparse, "Poll: X" no apposition)
        if doc[first - 1].text == "," and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1 : first]
        ):
            return doc[first : ap.i + 1].text
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "with"):
            continue
        for obj in prep.children:
            for ap in obj.children:
                if ap.dep_ == "appos" and ap.ent_type_ == "PERSON" and ap.i > obj.i:
                    return doc[_name_start(ap) : ap.i + 1].text
    return None


def _name_start(tok) -> int:
    """Where the name ending at ``tok`` starts: its first compound word ("Admiral Jo")."""
    return min([tok.i, *(t.i for t in tok.lefts if t.dep_ == "compound")])


def _spokes_noun(head) -> str | None:
    """The descriptor of a noun for someone speaking for a body ("spokeswoman", "press
    secretary": ``cues.SPOKES_NOUNS``), else None."""
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if lemma in cues.SPOKES_NOUNS:
        return lemma
    before = cues.SPOKES_COMPOUNDS.get(lemma)
    if before and any(t.lower_ == before and t.i == head.i - 1 for t in head.lefts):
        return f"{before} {lemma}"
    return None


def _unnamed_by_request(head) -> bool:
    """Whether the sentence of a speaker noun says it speaks without being named ("on
    condition of anonymity", "asked not to be named": ``cues.ANONYMITY_PHRASES``)."""
    sent = head.sent.text.lower()
    return any(p in sent for p in cues.ANONYMITY_PHRASES)


def _spokesperson(head, toks, desc: str, mention: Span, st: _State) -> Speaker | None:
    """A spokesperson on the record for the body the mention names ("a spokeswoman for
    Acme", "an Acme spokesman", "a White House press secretary"): the body is the
    speaker, so the words group with the body's own ("Acme said"); "the spokeswoman"
    after one is that body's again. None when no body is named, or the spokesperson is a
    former one or speaks without leave ("on condition of anonymity"): an unnamed source."""
    if any(t.lower_ in cues.OFF_RECORD_MODIFIERS for t in head.lefts) or _unnamed_by_request(head):
        return None
    body = _body_spoken_for(head, toks, desc)
    if body is None:
        dets = {t.lower_ for t in head.lefts if t.dep_ == "det"}
        prev = st.by_descriptor.get(desc)
        if not dets & {"the", "this", "that"} or prev is None or prev.name is None:
            return None
        body = prev.name
    sp = Speaker(
        mention=mention, name=body, descriptor=desc, ref=st.by_name.setdefault(body, st.new_ref())
    )
    st.by_descriptor[desc] = sp
    return sp


# Spokesperson nouns that, after a place, name a legislator of that place.
_CONSTITUENCY_NOUNS = frozenset(["representative"])
_PLACE_ENTS = frozenset(["GPE", "LOC"])


def _body_spoken_for(head, toks, desc: str) -> str | None:
    """The proper name of the body a spokesperson noun speaks for, inside the mention:
    after "for", "of" or "at" ("a spokeswoman for Acme"), or the words before the noun
    ("an Acme spokesman", "a Harbor police spokesman", "Acme's spokesman"); not a
    person's name nor a common noun ("a company spokesman", "a spokesman for the firm")."""
    inside = range(toks.start, toks.end)
    doc = head.doc
    mods = [
        t
        for t in head.lefts
        if t.dep_ in ("compound", "nmod") or t.dep_ == "amod" and t.pos_ == "PROPN"
    ]
    if mods:
        # all of the words before the noun ("Harbor police"), less "press" of "press
        # secretary"
        lo, hi = min(t.left_edge.i for t in mods), head.i - len(desc.split()) + 1
        first = doc[lo]
        named = first.pos_ == "PROPN" or first.ent_type_ in _BODY_ENTS  # "Metropolitan"
        # "a U.S. representative", "a Texas representative": the place a legislator
        # represents, not a body the noun speaks for
        place = desc in _CONSTITUENCY_NOUNS and all(
            t.ent_type_ in _PLACE_ENTS for t in doc[lo:hi] if t.pos_ == "PROPN"
        )
        if lo < hi and lo in inside and named and first.text[:1].isupper() and not place:
            return doc[lo:hi].text
    found = [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    found += [t for t in head.lefts if t.dep_ == "poss"]
    for t in found:
        if t.i in inside and t.pos_ == "PROPN" and t.ent_type_ != "PERSON":
            name = venue_name(t)
            if name[:1].isupper():
                return name
    return None


def _mistagged_surname(head, names: _Names, at: int) -> str | None:
    """The full name of a person the tagger read as a common noun ("Suttles said", tagged
    a plural noun; a surname opening a sentence or a label 'Suttles: "..."'): a
    capitalised word with no determiner that is the last word of a person named in full
    earlier in the article (a common noun opening a sentence, "Officials said", is none)."""
    if head.pos_ != "NOUN" or not head.text[:1].isupper():
        return None
    if any(t.dep_ in ("det", "poss") for t in head.lefts):
        return None
    full = names.full(head.text, at)
    return full if full != _strip_possessive(head.text) else None


def _lemma_positions(doc, lemmas: frozenset[str], pos: str | None = None) -> list[int]:
    """Positions of the tokens of ``doc`` whose lemma is in ``lemmas`` (and whose part of
    speech is ``pos``, if given), in order; built once per document."""
    index = doc_index(doc)
    key = ("lemma positions", lemmas, pos)
    found = index.memo.get(key)
    if found is None:
        found = index.memo[key] = sorted(
            i
            for lemma in lemmas
            for i in index.lemma_positions(lemma)
            if pos is None or doc[i].pos_ == pos
        )
    return found


def _anonymous(head, mention: Span, st: _State) -> Speaker:
    desc = head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS")
    dets = {t.lower_ for t in head.lefts if t.dep_ in ("det", "nummod", "predet")}
    ordinal = next((cues.ORDINALS[t.lower_] for t in head.lefts if t.lower_ in cues.ORDINALS), None)
    close_to = any(t.lower_ in ("close", "familiar", "near") for t in head.rights)
    group = plural or close_to and plural
    if ordinal is not None or dets & cues.NEW_SPEAKER_DETS or plural:
        ref = st.new_ref()
    elif "the" in dets or "this" in dets or "that" in dets:
        prev = st.by_descriptor.get(desc)
        if prev is None and st.last_anon is not None:
            prev = st.last_anon
        ref = prev.ref if prev is not None else st.new_ref()
    else:
        ref = st.new_ref()
    sp = Speaker(
        mention=mention, anonymous=True, descriptor=desc, ordinal=ordinal, group=group, ref=ref
    )
    if not plural:
        st.by_descriptor[desc] = sp
        st.last_anon = sp
    return sp


def _has_name(head) -> bool:
    """Whether a noun phrase carries a proper name of its own ("spokesman Josh Earnest")."""
    for t in head.children:
        if t.dep_ in ("compound", "appos", "flat") and t.pos_ == "PROPN" and t.i > head.i:
            return True
        if t.dep_ == "appos" and t.ent_type_ == "PERSON":
            return True
    return False


def _ent_label(tok) -> str:
    return tok.ent_type_


def _name_of(head, toks) -> str | None:
    doc = head.doc
    ents = doc_index(doc).ents_within(toks.start, toks.end)  # toks.ents, in O(log n)
    for ent in ents:
        if ent.label in _NAME_ENTS and ent.start <= head.i < ent.end:
            return _own_name(doc, ent.start, ent.end, head.i)
    if head.pos_ != "PROPN":
        # "the BBC's business correspondent, Joe Lynam": the person, not the outlet, and
        # the name in apposition after the noun before a possessive NER calls a person;
        # never the possessor ("Jo Ray's chief of staff, Al Ode" is Ode, whatever NER
        # calls him)
        owner = _possessor_positions(head)
        ents = sorted(
            (e for e in ents if e.label in ("PERSON", "ORG") and e.start not in owner),
            key=lambda e: (e.label != "PERSON", e.start < head.i),
        )
        if not ents:
            return None
        parts = _name_parts(doc, ents[0].start, ents[0].end)
        return doc[parts[-1][0] : parts[-1][1]].text if parts else None
    # the proper nouns compounded before the head, and theirs ("White" of the "White
    # House" in "the White House oil spill commission"); words of the mention only
    lo = max(toks.start, _proper_start(head))
    return _own_name(doc, lo, head.i + 1, head.i)


def _named_after(head, toks) -> bool:
    """Whether the mention names a person after its head noun, set off by a comma or a
    dash ("another ally, Agriculture Secretary Tom Vilsack"): who the noun is."""
    doc = head.doc
    for ent in doc_index(doc).ents_within(head.i + 1, toks.end):
        if ent.label == "PERSON" and any(
            t.text in ",\u2014\u2013-" for t in doc[head.i + 1 : ent.start]
        ):
            return True
    return False


def _proper_start(tok) -> int:
    """Where the proper nouns compounded before ``tok`` start, through compounds of
    compounds."""
    lefts = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return min([tok.i, *(_proper_start(t) for t in lefts)])


def _possessor_positions(head) -> set[int]:
    """The token positions of the possessors of a noun ("Jo Ray's" in "Jo Ray's chief of
    staff"): whose the noun is, never who it is."""
    index = doc_index(head.doc)
    return {i for p in head.children if p.dep_ == "poss" for i in index.subtree(p)}


def _own_name(doc, lo: int, hi: int, at: int) -> str | None:
    """The name in tokens ``[lo, hi)`` that is the head's (token ``at``) own: its part
    among ``_name_parts``, possessive 's dropped; None when the head is in a credit."""
    part = next(((a, b) for a, b in _name_parts(doc, lo, hi) if a <= at < b), None)
    if part is None:
        return None
    return doc[part[0] : part[1]].text.removesuffix("’s").removesuffix("'s")


def _name_parts(doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The stretches of tokens ``[lo, hi)`` of a name that can be someone's own name,
    without what NER glues onto names from captions and credits: a photo credit after
    "Photograph:" or "Photo credit:" (up to the word after its last "/", "Jo Ray/Agency
    Images", else its first word), an acronym after a mixed-case name ("Dana Fitch ACME":
    a caption's last word before the body's first), a lone acronym opening a sentence
    that the article uses nowhere else ("XY Acme Corp.": a wire credit ending the caption
    before it) and a line break."""
    if lo >= 2 and doc[lo - 1].text == ":" and doc[lo - 2].lower_ in cues.CREDIT_WORDS:
        slashes = [i for i in range(lo, hi) if "/" in doc[i].text]
        end = lo + 1
        if slashes:
            s = slashes[-1]
            end = s + 2 if doc[s].text.endswith("/") else s + 1  # the agency after "/"
        while end < hi and doc[end].lower_ in cues.CREDIT_WORDS:
            end += 1
        lo = end
    if hi - lo >= 2 and _acronym(doc[lo]) and (lo == 0 or doc[lo - 1].text in ".!?"):
        index = doc_index(doc)
        if len(index.lemma_positions(doc[lo].lemma_.lower())) <= 1 and _mixed_case(doc, lo + 1, hi):
            lo += 1
    if lo >= hi:
        return []
    cuts = [lo] + [i + 1 for i in range(lo, hi - 1) if "\n" in doc[i].whitespace_]
    if hi - lo >= 2 and _acronym(doc[hi - 1]) and _mixed_case(doc, lo, hi - 1):
        cuts.append(hi - 1)
    cuts = sorted(set(cuts)) + [hi]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _acronym(tok) -> bool:
    """An all-capital word of two letters or more that is no company or generational
    suffix ("ACME", not "PLC" or "III")."""
    return (
        tok.is_alpha
        and len(tok.text) >= 2
        and tok.text.isupper()
        and tok.lower_ not in COMPANY_WORDS
        and tok.lower_ not in GENERATIONS
    )


def _mixed_case(doc, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` hold a lower-case letter (not a name in capitals)."""
    return any(c.islower() for c in doc[lo:hi].text)


def _is_outlet(tok) -> bool:
    """Whether a proper-name token names a news outlet rather than a person."""
    if (
        tok.lower_ in cues.MASTHEAD_WORDS
        and tok.text[:1].isupper()
        and any(c.lower_ == "the" for c in tok.lefts)
    ):
        return True  # "told the Gazette", which NER may read as a person
    if tok.ent_type_ == "PERSON":
        return False
    index = doc_index(tok.doc)
    subtree = [tok.doc[i] for i in index.subtree(tok)]
    words = {t.lower_ for t in subtree} | {t.lower_ for t in tok.lefts}
    if words & cues.OUTLET_WORDS and any(t.pos_ == "PROPN" for t in subtree):
        return True
    if tok.lower_ in cues.NOT_OUTLET_HEADS:
        return False  # "the Coast Guard", "Congress", "the Interior Department"
    if tok.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT"):
        # an ORG that the article also calls a person elsewhere is a person
        key = ("in a person's name", tok.text)
        if key not in index.memo:
            index.memo[key] = any(e.label == "PERSON" and tok.text in e.text for e in index.ents)
        return not index.memo[key]
    return False


def _resolve_pronoun(
    pron, low: str, text: str, st: _State, names: _Names
) -> tuple[str | None, int | None]:
    """The name and ref a pronoun ``pron`` stands for (``low``: "he" for "his"), or
    ``(None, None)``."""
    if low in cues.RELATIVE_PRONOUNS:
        # "X, who said ...": the relative clause's head noun
        verb = pron.head
        ant = verb.head if verb.dep_ == "relcl" else None
        if ant is not None and ant.pos_ == "PROPN":
            name = _name_of(ant, ant.doc[ant.left_edge.i : ant.i + 1])
            if name:
                name = names.full(name, ant.idx)
                return name, st.by_name.setdefault(name, st.new_ref())
        return None, None
    if low in cues.PLURAL_PRONOUNS:
        return None, None
    doc = pron.doc
    sent = pron.sent
    # subjects of the same sentence before the pronoun, then of the previous sentences
    start = sent.start
    for _ in range(PRONOUN_SENTENCE_WINDOW):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    subjects = _person_subjects(doc, low, names)
    a, b = bisect_left(subjects.at, start), bisect_left(subjects.at, pron.i)
    # "'...,' he told Pruett": a subject pronoun is never the one its verb's object or
    # prepositional phrase names
    barred = _object_names(pron, text, names)
    window: range | list[int] = range(a, b)
    one = a < b and subjects.run[b - 1] <= a  # one person in the window
    if barred:
        window = [k for k in window if not _barred(subjects.name[k], barred)]
        one = all(subjects.name[k] == subjects.name[window[-1]] for k in window)
    last = st.last_named[1].name if st.last_named else None
    if (
        st.last_named
        and 0 < pron.idx - st.last_named[0] < PRONOUN_SPEAKER_WINDOW
        and _given_name_fits(st.last_named[1].name, low)
        and not _barred(st.last_named[1].name, barred)
    ):
        at, sp = st.last_named
        if not window or (
            doc[subjects.at[window[-1]]].idx < at and len(person_parts(sp.name or "")) >= 2
        ):
            # no subject in the window, or the last named speaker came after every one
            # and is a person named in full ("X called it outrageous. '...,' Barton
            # said. He added": NER may not tag a bare surname; "Acme said" is no "he")
            return sp.name, sp.ref
    if window:
        latest = subjects.name[window[-1]]
        # good evidence only: one person in the window, or the latest is the last speaker
        if one or latest == last:
            return latest, st.by_name.setdefault(latest, st.new_ref())
    return None, None


# Dependents of a verb that hold its object or a prepositional phrase: the names there
# are never its subject pronoun's ("he told Pruett", "she wrote to Ms. Lund").
_OBJECT_DEPS = frozenset(["dobj", "dative", "iobj", "prep", "agent"])
# Clauses inside such a phrase, whose names may be anyone's ("told Ryan, who asked if he
# would back Trump").
_CLAUSE_DEPS = frozenset(["relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "conj"])


def _object_names(pron, text: str, names: _Names) -> frozenset[str]:
    """The full names of the people named in the object or a prepositional phrase after
    the verb a subject pronoun belongs to, outside quotation marks and clauses of
    their own: a pronoun that is the subject of a clause cannot stand for a name its
    verb phrase holds (Binding theory, principle C), and "told X" is the one spoken
    to, not the speaker. A phrase set off by a comma ("he told X, to cheers from ...")
    or before the subject ("In X's speech, she said") is not read."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    doc = pron.doc
    verb = pron.head
    found = set()
    todo = [
        ch
        for ch in verb.children
        if ch.dep_ in _OBJECT_DEPS and ch.i > verb.i and doc[ch.left_edge.i - 1].text != ","
    ]
    while todo:
        t = todo.pop()
        todo.extend(x for x in t.children if x.dep_ not in _CLAUSE_DEPS)
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or _in_quotation(text, t.idx):
            continue
        if t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN":
            continue  # a word of a longer name: its head is read
        name = _name_of(t, doc[t.left_edge.i : t.i + 1])
        if name:
            found.add(names.full(name, t.idx, given=True))
    return frozenset(found)


def _in_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside quotation marks opened in its paragraph."""
    para = text.rfind("\n", 0, at) + 1  # (searched in place: a paragraph is not copied)
    if text.rfind("\u201c", para, at) > text.rfind("\u201d", para, at):
        return True
    return text.count('"', para, at) % 2 == 1


def _barred(name: str | None, barred: frozenset[str]) -> bool:
    """Whether ``name`` is one of ``barred``, or has for its surname one of them that is
    a surname alone (not "Ann Bush" for a barred "Ben Bush")."""
    if not barred or not name:
        return False
    last = name.split()[-1]
    return name in barred or last in barred


def _anonymous_before(doc, st: _State, pronoun: str, at: int, names: _Names) -> Speaker | None:
    """The anonymous speaker that a "he", "she" (one source) or "they" (sources) at
    ``at`` the resolver could not name goes on with: the last speaker mention's, if it
    is near enough before and no person is named in between."""
    if st.last_speaker is None or pronoun not in cues.PERSON_PRONOUNS | cues.PLURAL_PRONOUNS:
        return None
    where, sp = st.last_speaker
    if not sp.anonymous or at - where >= PRONOUN_SPEAKER_WINDOW:
        return None
    if sp.group != (pronoun in cues.PLURAL_PRONOUNS) or names.named_between(where, at):
        return None
    index = doc_index(doc)
    lo, hi = index.first_token_at(where + 1), index.first_token_at(at)
    if any(e.label == "PERSON" for e in index.ents_within(lo, hi)):
        return None  # "his wife, Maureen, ... She told friends": someone named in between
    return sp


@dataclass(slots=True)
class _Subjects:
    """Named people who are subjects of a clause, in text order, whom one pronoun can
    refer to: token positions, full names, and where each run of one name begins (so
    "one person in the window" is a comparison, not a pass over the window)."""

    at: list[int]
    name: list[str]
    run: list[int]


def _person_subjects(doc, pronoun: str, names: _Names) -> _Subjects:
    """The candidate antecedents of ``pronoun`` in ``doc``, built once per document."""
    index = doc_index(doc)
    gender = pronoun if pronoun in ("he", "she") else ""
    found = index.memo.get(("person subjects", gender))
    if found is not None:
        return found
    found = _Subjects([], [], [])
    for t in _person_subject_tokens(doc):
        if not _quoted_name(t):
            name = _name_of(t, doc[t.left_edge.i : t.i + 1])
            if name and _gender_fits(t, pronoun):
                full = names.full(name, t.idx, given=True)
                if not _given_name_fits(full, pronoun):
                    continue
                k = len(found.at)
                same = k and found.name[-1] == full
                found.at.append(t.i)
                found.name.append(full)
                found.run.append(found.run[-1] if same else k)
    index.memo[("person subjects", gender)] = found
    return found


def _person_subject_tokens(doc) -> list:
    """The tokens of a PERSON entity that are a proper-noun subject, found in arrays: a
    Token per word of the article cost ~4% of extract_one (cProfile, 400 articles)."""
    strings = doc.vocab.strings
    arr = doc.to_array([ENT_TYPE, DEP, POS])
    subj = numpy.isin(arr[:, 1], [strings["nsubj"], strings["nsubjpass"]])
    mask = (arr[:, 0] == strings["PERSON"]) & subj & (arr[:, 2] == PROPN)
    return [doc[i] for i in numpy.flatnonzero(mask).tolist()]


def _quoted_name(tok) -> bool:
    """Whether the name ``tok`` ends is all that a pair of quotation marks holds ("his
    yacht \u201cBob\u201d", a film "Jane Doe"): the title of a thing, not a person."""
    doc = tok.doc
    first = tok
    while first.i > 0 and doc[first.i - 1].dep_ in ("compound", "flat"):
        first = doc[first.i - 1]
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].text in (",", ".", "!", "?"):
        nxt += 1
    return (
        first.i > 0
        and doc[first.i - 1].text in cues.QUOTE_MARKS
        and nxt < len(doc)
        and doc[nxt].text in cues.QUOTE_MARKS
    )


def _gender_fits(name_tok, pronoun: str) -> bool:
    """False when an honorific before the name contradicts the pronoun ("Mr." / "she")."""
    title = {t.lower_.rstrip(".") for t in name_tok.lefts}
    if pronoun == "she" and title & cues.MALE_TITLES:
        return False
    return not (pronoun == "he" and title & cues.FEMALE_TITLES)


def _given_name_fits(name: str | None, pronoun: str) -> bool:
    """False when the name's given name is one sex's and the pronoun the other's ("she"
    for Robert Vale, "he" for Susan Vale: ``cues.MALE_GIVEN_NAMES``)."""
    parts = person_parts(name or "")
    if pronoun not in cues.PERSON_PRONOUNS or len(parts) < 2:
        return True
    if pronoun == "she":
        return parts[0] not in cues.MALE_GIVEN_NAMES
    return parts[0] not in cues.FEMALE_GIVEN_NAMES


# Endings of English nouns for people ("bystander", "donor", "lobbyist", "roadie").
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ee", "ie", "man", "woman", "person")
# The endings that name a person nearly always (not "-er": "letter", "number").
_SURE_PERSON_ENDINGS = ("ist", "ian", "eer", "man", "woman", "person")


def _person_noun(tok, sure: bool = False) -> bool:
    """Whether a common noun can name a person: a word of the anonymous-source, agent
    (not body) or person lists, or one with an ending English gives people (``sure``:
    only the endings that nearly always do)."""
    lemma = tok.lemma_.lower()
    if lemma in cues.BODY_AGENT_NOUNS:
        return False  # "a House committee" ("-ee")
    if lemma in cues.ANONYMOUS_NOUNS or lemma in cues.AGENT_NOUNS or lemma in cues.PERSON_NOUNS:
        return True
    if sure:
        return lemma.endswith(_SURE_PERSON_ENDINGS)
    return lemma.endswith(_PERSON_ENDINGS) or (lemma.endswith("ent") and not lemma.endswith("ment"))


def _personish(tok) -> bool:
    """A proper name that NER does not call a place, date or number (NER often says ORG
    for an unknown surname, so ORG is accepted when the grammar points at a person)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "")


@dataclass(slots=True)
class _Described:
    """The people an article describes with one noun, read up to some point."""

    todo: list[int]  # positions of the noun, in order
    read: int = 0  # how many of them were read
    at: list[int] = field(default_factory=list)  # positions that name a person
    name: list[str] = field(default_factory=list)  # that person's full name


def _description_antecedent(head, names: _Names) -> str | None:
    """An earlier person the article described with the same noun (the last one).

    Evidence: "choreographer Julian Ode" (compound), "Ode, the
    choreographer" (apposition) or "Ode is a choreographer" (copula). Each use of the
    noun is read once per document, not once per later mention.
    """
    doc = head.doc
    lemma = head.lemma_.lower()
    index = doc_index(doc)
    seen = index.memo.get(("described", lemma))
    if seen is None:
        seen = index.memo[("described", lemma)] = _Described(index.lemma_positions(lemma))
    while seen.read < len(seen.todo) and seen.todo[seen.read] < head.i:
        t = doc[seen.todo[seen.read]]
        seen.read += 1
        # a form that does not start with its lemma's letter ("went") is not read
        person = _described_person(t) if t.lower_[:1] == lemma[:1] else None
        if person is not None:
            name = _name_of(person, doc[person.left_edge.i : person.i + 1])
            if name:
                seen.at.append(t.i)
                seen.name.append(names.full(name, person.idx))
    k = bisect_left(seen.at, head.i)
    return seen.name[k - 1] if k else None


def _described_person(t):
    """The person a use ``t`` of a noun describes, if the parse shows one."""
    person = None
    h = t.head
    if t.dep_ in ("compound", "appos") and _personish(h):
        person = h
    if t.dep_ == "attr" and h.pos_ == "AUX":
        person = next((x for x in h.children if x.dep_ == "nsubj" and _personish(x)), None)
    for x in t.children:
        if x.dep_ in ("appos", "compound") and _personish(x) and x.i > t.i:
            person = x
    return person


# -- venues --------------------------------------------------------------------------------


def find_venue(cue) -> str | None:
    """The outlet the words were given to, from the cue verb's dependents.

    Handles "told X", "shared with X", "said on X", "speaking to X", "in an interview
    with X", "in an X interview", "as reported by X" and "according to X" (where X names
    an outlet), and "a source who spoke with X" as the cue's subject.
    """
    if cue is None:
        return None
    lemma = cue.lemma_.lower()
    found = None
    if lemma == "tell":
        found = _first(_venue_of(ch) for ch in cue.children if ch.dep_ in ("dative", "dobj"))
    preps = cues.VENUE_PREPS.get(lemma, ())
    for ch in cue.children:
        if found is None and ch.dep_ == "prep" and ch.lower_ in preps:
            # "said on X": a broadcast only ("said on Capitol Hill" names a place)
            of = _broadcast_of if ch.lower_ == "on" else _venue_of
            found = _first(of(ob) for ob in ch.children if ob.dep_ == "pobj")
            if found is None and not any(ob.dep_ == "pobj" for ob in ch.children):
                found = _title_after(ch) or _possessor_after(ch)
    found = found or _venue_noun(cue) or _reported_by(cue)
    if found is None and cue.dep_ in ("advcl", "conj", "xcomp") and cue.head.i != cue.i:
        # "spoke to X about it, saying ...": the verb the participle goes with
        head = cue.head
        if head.lemma_.lower() in _VENUE_VERBS:
            found = find_venue(head)
    if found is None and cue.lower_ == "saying":
        # "X quoted Y (as) saying ...": X printed Y's words
        up = cue.head
        for _ in range(3):
            if up.lemma_.lower() == "quote":
                subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
                found = _venue_of(subj) if subj is not None else None
                break
            up = up.head
    if found is None and cue.lower_ == "according":
        found = according_venue(cue)
    if found is None:
        # "A said B, according to X" / "According to X, A said B": X reported the words
        found = _first(according_venue(ch) for ch in cue.children if ch.lower_ == "according")
    if found is None:
        # "said a source who spoke with X"
        subj = next((ch for ch in cue.children if ch.dep_ == "nsubj"), None)
        found = _relative_venue(subj) if subj is not None else None
    if found is None:
        # "a source said, echoing what an insider told X": the words were given to X
        for ch in cue.children:
            if ch.dep_ == "advcl" and ch.lemma_.lower() in _ECHO_VERBS:
                told = [t for t in ch.subtree if t.lemma_.lower() in _VENUE_VERBS and t != ch]
                found = _first(find_venue(t) for t in told)
                break
    return found


# Participles by which a speaker's words are said to repeat earlier ones ("echoing what
# an insider told X").
_ECHO_VERBS = frozenset({"echo", "repeat", "mirror"})


# Verbs whose dependents can name the venue.
_VENUE_VERBS = frozenset(cues.VENUE_PREPS) | {"tell"}


def _first(found):
    return next((v for v in found if v is not None), None)


# Venue nouns whose modifier is the outlet ("in a KBR interview"); "a White House
# statement" names its author instead, "the X conversation" a topic.
_OUTLET_MODIFIED_NOUNS = frozenset(["interview", "podcast"])


def _venue_noun(cue) -> str | None:
    """'in an interview with X', 'in a statement to X', 'in an X interview' in the cue's
    sentence."""
    sent = cue.sent
    for i in positions_between(_lemma_positions(cue.doc, cues.VENUE_NOUNS), sent.start, sent.end):
        t = cue.doc[i]
        if t.dep_ != "pobj":
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("with", "to"):
                for ob in p.children:
                    if ob.dep_ == "pobj" and (v := _venue_of(ob)) is not None:
                        return v
        if t.lemma_.lower() in _OUTLET_MODIFIED_NOUNS and t.head.lower_ in ("in", "during", "on"):
            for m in t.lefts:
                if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN" and _outlet_like(m):
                    return venue_name(m)
    return None


def _reported_by(cue) -> str | None:
    """'As first reported by X, "..." a source said': the outlet named in a passive
    "as" clause on the cue or on its complement."""
    for head in (cue, *(c for c in cue.children if c.dep_ == "ccomp")):
        for cl in head.children:
            if cl.dep_ != "advcl" or not any(m.lower_ == "as" for m in cl.children):
                continue
            for agent in cl.children:
                if agent.dep_ == "agent":
                    ob = next((o for o in agent.children if o.dep_ == "pobj"), None)
                    if ob is None:
                        continue
                    # the one a report is "reported by" reports: any name there is an
                    # outlet ("as noted by Jane Doe" names a person)
                    reported = cl.lemma_.lower() in cues.REPORT_VERBS and ob.pos_ == "PROPN"
                    v = _venue_of(ob) or (venue_name(ob) if reported else None)
                    if v is not None:
                        return v
    return None


def according_venue(according) -> str | None:
    """The outlet of 'according to X', or of 'according to a source who spoke with X'."""
    doc = according.doc
    to = doc[according.i + 1] if according.i + 1 < len(doc) else None
    if to is None or to.lower_ != "to":
        return None
    for ob in to.children:
        if ob.dep_ == "pobj":
            if ob.pos_ == "PROPN" and (v := _venue_of(ob)) is not None:
                return v
            if (v := _relative_venue(ob)) is not None:
                return v
    return None


def _relative_venue(noun) -> str | None:
    """'a source who spoke with X', 'an insider who told X': the venue of a relative
    clause on the speaker's noun."""
    rels = (r for r in noun.children if r.dep_ == "relcl" and r.lemma_.lower() in _VENUE_VERBS)
    return _first(find_venue(r) for r in rels)


def _venue_of(tok) -> str | None:
    """The outlet named by a word where words are given ("told X", "spoke with X"), if it
    names one: an outlet, an outlet's person or show ("X's Jane Doe", "X's Today show"),
    or a name the article never gives a person (see ``_unknown_name``), also after a
    noun for an outlet ("the website X", "the paper X")."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.OUTLET_DESCRIPTIONS:
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and _outlet_like(named):
            return venue_name(named)
    for p in tok.children:
        if p.dep_ == "poss" and p.pos_ == "PROPN" and _outlet_like(p):
            return venue_name(p)
    if tok.pos_ == "PROPN" and any(
        t.dep_ == "compound" and t.pos_ == "NOUN" and t.text.islower() for t in tok.lefts
    ):
        # "told reporters Acme was ...": the parser joined the one told to a name ("told the
        # AFP news agency" is a common noun with the name before it, a venue)
        return None
    return venue_name(tok) if _outlet_like(tok) else None


def _outlet_like(tok) -> bool:
    return _is_outlet(tok) or _unknown_name(tok)


def _broadcast_of(tok) -> str | None:
    """The outlet of 'said on X's show' or 'said on X News': a possessor that names an
    outlet, or a name with an outlet word or in capitals."""
    before = [tok.doc[i] for i in doc_index(tok.doc).subtree(tok) if i <= tok.i]
    for p in before:  # "X's show", "X's Morning show"
        if p.dep_ == "poss" and p.pos_ == "PROPN" and _outlet_like(p):
            return venue_name(p)
    name = venue_name(tok)
    if _is_outlet(tok) and ({t.lower_ for t in before} & cues.OUTLET_WORDS or name.isupper()):
        return name
    return None


# Entity types that are not outlets, whatever a venue position suggests.
_NOT_OUTLET_ENTS = frozenset(
    ["GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "EVENT"]
)


def _unknown_name(tok) -> bool:
    """Whether a word that receives the words ("told X", "spoke with X") is a name the
    article never gives a person: a capitalised word inside the sentence (NER often
    calls a one-word title such as a magazine a person, or a plural noun) whose words
    are in none of the article's full person names. A person told something is named in
    full at least once ("Jane Doe", later "Doe"), an outlet by its title alone."""
    if tok.i == tok.sent.start or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    if tok.ent_type_ in _NOT_OUTLET_ENTS or tok.lower_ in cues.PERSON_PRONOUNS | cues.KIN_WORDS:
        return False
    if tok.lower_ in cues.NOT_OUTLET_HEADS:
        return False  # "told Congress", "told the Senate"
    name = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    if tok.ent_type_ == "PERSON" and len(name) > 1:
        return False
    if any(t.dep_ in ("det", "poss") for t in tok.lefts):
        return False  # "the Senator", "his Mom"
    if _title_case(tok.sent):
        return False  # a headline capitalises every word
    return not any(t.text in _person_words(tok.doc) for t in name)


def _title_case(sent) -> bool:
    """Whether most words of a sentence are capitalised (a headline), once per sentence."""
    memo = doc_index(sent.doc).memo
    key = ("title case", sent.start)
    if key not in memo:
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        caps = sum(t.text[:1].isupper() for t in words)
        memo[key] = len(words) >= 3 and caps * 3 >= len(words) * 2
    return memo[key]


def _person_words(doc) -> frozenset[str]:
    """The words of the article's multi-word person names, built once per document."""
    memo = doc_index(doc).memo
    if "person words" not in memo:
        memo["person words"] = frozenset(
            w for _, name in _known_names(doc) for w in _strip_possessive(name).split()
        )
    return memo["person words"]


def _title_after(prep) -> str | None:
    """'revealed to In Focus that': a prepositional phrase the parser left without an
    object, followed by capitalised words that open with a word which is not a name (a
    title's "In", "Us"): the words of the title."""
    doc = prep.doc
    run = []
    for t in doc[prep.i + 1 : prep.sent.end]:
        if not t.text[:1].isupper() or not t.is_alpha:
            break
        run.append(t)
    if len(run) < 2 or run[0].pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in run):
        return None
    return doc[run[0].i : run[-1].i + 1].text


def _possessor_after(prep) -> str | None:
    """'said on X's Today show that': a prepositional phrase the parser left without an
    object, right before an outlet's possessive name."""
    doc = prep.doc
    nxt = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ != "poss" or nxt.pos_ != "PROPN" or not _outlet_like(nxt):
        return None
    return venue_name(nxt)


def venue_name(tok) -> str:
    """The name of the outlet ``tok`` heads: its proper-noun modifiers before it ("the
    Harbor Gazette" -> "Harbor Gazette"), and a conjunct joined by "&" ("Home & Garden")."""
    subtree = [tok.doc[i] for i in doc_index(tok.doc).subtree(tok)]
    toks = [t for t in subtree if t.i <= tok.i and (t.pos_ == "PROPN" or t.dep_ == "compound")]
    toks = toks or [tok]
    lo, hi = min(t.i for t in toks), tok.i
    if tok.pos_ == "NOUN" and tok.text.islower() and toks[-1].i < tok.i:
        # "the X show", "the X news agency": the outlet is X
        hi = next((t.i for t in reversed(toks) if t.text[:1].isupper()), toks[-1].i)
    amp = any(c.dep_ == "cc" and c.text == "&" for c in tok.children)
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if conj is not None and (amp or conj.lower_ in cues.BODY_NOUNS):
        # "Home & Garden"; "the National Oceanic and Atmospheric Administration": one
        # body's name, where "Reuters and the AP" are two outlets
        hi = conj.i
    if tok.pos_ == "PROPN":
        hi = _name_of_tail(tok, hi)
    doc = tok.doc
    while lo + 1 < hi and doc[lo].lower_ in _DAY_NAMES and doc[lo + 1].lower_ in ("'s", "’s"):
        lo += 2  # "on Sunday's Meet the Press": the day is not the show's name
    return doc[lo : hi + 1].text


_DAY_NAMES = frozenset(w for w in WEEKDAYS if len(w) > 3)


def _name_of_tail(tok, hi: int) -> int:
    """The end of a name that goes on with "of" or "for" and capitalised words ("Center
    for Responsive Politics", "Department of Homeland Security"), else ``hi``."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("of", "for") or c.i != hi + 1:
            continue
        end = c.right_edge.i
        words = doc[c.i + 1 : end + 1]
        if (
            len(words)
            and all(
                t.text[:1].isupper() or t.lower_ in ("and", "&", "of", "the", "for") for t in words
            )
            and words[-1].text[:1].isupper()
        ):
            return end
    return hi


def is_relayed(cue, venue: str | None, article: Article) -> bool:
    """Whether the words were given to another outlet, or earlier, not to this article."""
    own = (article.outlet or "").casefold().strip()
    if venue is not None and venue.casefold().strip() != own:
        return True
    if cue is None:
        return False
    if cue.tag_ not in ("VBD", "VBN"):
        return False
    # once per sentence: a long sentence holds many cues
    sent = cue.sent
    memo = doc_index(cue.doc).memo
    if ("relay marker", sent.start) not in memo:
        low = sent.text.lower()
        memo["relay marker", sent.start] = any(m in low for m in cues.RELAY_MARKERS)
    return memo["relay marker", sent.start]
