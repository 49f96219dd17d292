"""The candidate record every rule builds, and the token helpers all rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from whosaid.extract import cues
from whosaid.extract.fastparse import UNPARSED_TAG

# Double quotation marks that would show a gap holds another quotation.
_QUOTES = '"\u201c\u201d'

_WORD = re.compile(r"\w+")

# Dashes that, standing free between words, set off an aside.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})

# Opening marks that may stand between a colon or dash and the quotation it sets off.
_OPENING_MARKS = " " + _QUOTES + "'`\u2018"


def _set_off_mark(text: str, lo: int, hi: int) -> int | None:
    """Where the colon, or the free-standing dash, that ends ``text[lo:hi]`` (opening
    quotation marks aside) stands, as an offset from ``lo``: 'X declared A: "B'. None
    when the text ends on neither."""
    lead = text[lo:hi].rstrip(_OPENING_MARKS)
    if lead.endswith(":"):
        return len(lead) - 1
    mark = lead.rfind(" ") + 1
    return mark if lead[mark:] in _DASHES else None


# Punctuation that opens a closing aside: "..., a former player", "... -- a metaphor".
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--"})

# Nouns that name a statement ("claim", "report", "warnings", "demands").
_STATEMENT_NOUNS = cues.CUE_NOUNS | cues.MORE_CUE_NOUNS

# Speech verbs whose direct object is the one spoken to ("told me", "assured voters").
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "notify", "assure", "advise", "remind", "warn"})

# Pronouns that stand for a person or group holding a view ("his plans", "by them").
_PERSONAL_PRONOUNS = cues.PERSONAL_PRONOUNS_ALL

# Penn tags of wh-words that open an embedded question ("why", "what", "who", "which").
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})

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


def _parsed_sents(doc):
    """The sentences of ``doc`` that were parsed: not the flat, untagged ones the fast
    path leaves unparsed."""
    for sent in doc.sents:
        if not (sent[0].tag_ == UNPARSED_TAG and sent.root.i == sent.start):
            yield sent


def _tok_span(toks) -> tuple[int, int]:
    toks = list(toks)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


# Verbs that give something a name: their participle after a noun ("a fund called X",
# "a box labeled X") is passive.
_NAMING_VERBS = frozenset({"call", "label", "name", "dub", "title", "term", "nickname", "brand"})

# Verbs of putting a question to someone: their past participle's subject is the one
# asked ("Asked about the plan, X said ...").
_ASKING_VERBS = frozenset({"ask", "question", "quiz", "press"})

# Verbs that raise the subject of the verb after them: "X appeared to suggest ...".
_RAISING_VERBS = frozenset({"appear", "seem"})

# Finite verb tags that always have a subject of their own.
_FINITE_PRESENT_PAST = frozenset({"VBD", "VBP", "VBZ"})

# A dateline or run-in heading opening a paragraph: "WASHINGTON ― ", "SALEM, Ore. -- ",
# "BRUSSELS (AP) - ", "NEW RULES — ": capitals, maybe a state, then a free dash.
_DATELINE_PLACE = r"[A-Z][A-Z.'\u2019 ]*[A-Z.](?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?"
_DATELINE_DASH = r" +(?:--|[-\u2013\u2014\u2015]) +"
_DATELINE = re.compile(_DATELINE_PLACE + r"(?: \([A-Za-z]+\))?" + _DATELINE_DASH)
# A wire dateline with its agency: "LIMA (AP) - ", "SAN JOSE, Calif. (Wire) -- ".
_CREDITED_DATELINE = re.compile(_DATELINE_PLACE + r" \([A-Za-z]+\)" + _DATELINE_DASH)

# Conjunctions that open a sentence to link it to the one before ("But the bridge ...").
_SENTENCE_CONJUNCTIONS = frozenset({"but", "and", "yet"})


# Nouns that measure a stretch of time ("for some time", "for years", "in a while").
_STRETCH_WORDS = _TIME_WORDS | {"decade", "while"}


def _time_phrase(prep) -> bool:
    """A preposition whose object is a stretch of time ("known for some time", "for
    years"): how long, not what about."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _STRETCH_WORDS for c in prep.children)


def _to_infinitive(verb) -> bool:
    """Whether a verb is a "to" infinitive ("to respond", "to be seen")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children)


def _prep_gerund(verb) -> bool:
    """Whether a verb is a gerund after a preposition ("by saying", "without knowing")."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp"


def _verbal(tok) -> bool:
    """A verb, or a word the tagger took for a noun but the parser uses as a verb
    ("Trump claims that ..." or "X blasts Y for Z" tagged NNS with a subject and a clause
    or an object)."""
    pos = tok.pos_
    if pos in ("VERB", "AUX"):
        return True
    if pos == "NOUN" and tok.tag_ == "NNS":
        deps = {c.dep_ for c in tok.children}
        return "nsubj" in deps and ("ccomp" in deps or "dobj" in deps)
    return False


# What can stand before the particle of a phrasal cue ("point", "fire"): ``_phrasal``
# looks at a verb's children only for these (it runs on most verbs).
_PHRASAL_STEMS = frozenset(p[:i] for p in cues.PHRASAL_CUES for i in range(len(p)) if p[i] == " ")


def _phrasal(tok, lemma: str) -> bool:
    """A phrasal verb of saying: "pointed out that ...", "fired back that ..."."""
    if lemma not in _PHRASAL_STEMS:
        return False
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


def _renamed(c: _Cand | None, method: str) -> _Cand | None:
    if c is not None:
        c.method = method
    return c


_QUOTE_TOKENS = frozenset(['"', "\u201c", "\u201d", "''", "``"])

# Longest subject phrase (tokens) opening the cue clause right after a quotation:
# a title, a name and a party label ("Rep. Ann B. Roe (D-Ohio)") or a description.
MAX_SUBJECT_PHRASE = 16

# Verbs that can open a headline's report ("X Blasts Y", "X Calls On Y To Z").
_HEADLINE_VERBS = (
    cues.OBJECT_VERBS | cues.SPEECH_VERBS | frozenset(cues.PREP_CUES) | cues.INTENTION_VERBS
)
