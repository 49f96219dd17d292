"""Stated facts about people: ages and the years of life events, as checkable date ranges.

``find_facts`` reads the spaCy parse of one article and returns :class:`~whosaid.model.Fact`
records whose ``lo``/``hi`` bound a date, so articles can be compared
(``assess.facts.fact_conflicts``):

1. **Ages.** "Lena Marsh, 34," / "Ivy, 7, and Wren, 4" / "Ada Brook (25)" /
   "42-year-old Name" (or "42-year old Name") / "12-year-old son Theo" / "a 25-year-old
   model named Name" / "Name, a 42-year-old (Welsh) geologist" / "Name, who is 42 (years
   old)," / "Name is 42." An age
   ``a`` stated on publication date ``p`` means born between ``p - (a + 1) years + 1 day``
   and ``p - a years`` (kind ``born``). A definite description with an age ("the Oscar-
   winning star, 42,") is resolved to the person who was the subject of one of the previous
   sentences, if one was; a possessive one ("her spouse, 46") is skipped: output less
   rather than guess. An appositive with an age ("Name, a 42-year-old geologist") counts
   only when its head noun names a person (``_person_noun``), so "Name, a 40-year-old
   tanker" (a ship) and "Name, a 90-year-old firm" give nothing, nor does "Name, his
   12-year-old son" (the son's age). "Name is 42." counts only for a name the model labels
   a person, and "Name, who is 42," only with "who"; both in the present tense only ("was
   42 when ..." dates nothing).
2. **Dated events.** A life-event verb ("married", "wed", "divorced", "separated",
   "engaged", "born", "died") with an absolute DATE timex in its own clause ("married ... in
   2011"): the range the timex covers (2011-01-01 ... 2011-12-31). A subject "he" or "she"
   stands for the name that was a subject in the sentences just before.
3. **Durations of a state.** "after 11 years of marriage", "married for 11 years", "her
   11-year marriage": the state began between ``p - (n + 1) years + 1 day`` and
   ``p - n years``.

A couple's event names both partners: "Name married Name2 in 2016" and "engaged to Name2"
give the fact for each of them.

The subject is the person's name as written (a proper-noun chain); a one-word name
("Marsh, 34,") becomes the full name the article writes out elsewhere ("Lena Marsh") when
exactly one fits. spaCy's entity labels are not trusted alone: the small English model
often labels first names as ORG or GPE, so a name is a run of capitalised proper nouns
that is not a date, time or number entity.
Without a publication date, ages and durations give no range and are skipped.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from whosaid.extract import cues
from whosaid.extract.docindex import doc_index
from whosaid.model import Article, Fact, Span, Timex
from whosaid.names import COMPANY_WORDS as NAME_COMPANY_WORDS
from whosaid.names import canonical_people

log = logging.getLogger("whosaid")

# A subject within this many characters of the evidence is included in the fact's span.
NEAR_CHARS = 120
# Highest age taken as an age: "Name, 130," is more likely a count or a page.
MAX_AGE = 119
# Longest run of proper nouns taken as one person's full name ("Maria de la Cruz" has four
# words; longer runs are titles or headlines).
MAX_NAME_WORDS = 4
# How many sentences back a definite description ("the star, 42,") may look for the person
# it stands for: the previous sentence or two in news prose.
DESCRIPTION_LOOKBACK = 3
# Nouns that describe a person; a definite description with one of them as head can stand
# for a named person ("the Oscar-winning star"). General English, not from any article.
PERSON_NOUNS = frozenset({
    "star", "actress", "actor", "singer", "rapper", "musician", "model", "activist",
    "director", "producer", "writer", "author", "journalist", "reporter", "host", "presenter",
    "comedian", "dancer", "choreographer", "performer", "artist", "designer", "athlete",
    "player", "coach", "footballer", "politician", "president", "senator", "minister",
    "governor", "mayor", "lawmaker", "candidate", "leader", "chief", "executive", "ceo",
    "founder", "businessman", "businesswoman", "billionaire", "entrepreneur", "alum", "alumna",
    "veteran", "spokesman", "spokeswoman", "spokesperson", "officer", "judge", "lawyer",
    "attorney", "doctor", "scientist", "professor", "teacher", "student", "mother", "father",
    "mom", "dad", "son", "daughter", "wife", "husband", "spouse", "partner", "boyfriend",
    "girlfriend", "fiance", "fiancee", "widow", "widower", "brother", "sister", "heir",
    "heiress", "prince", "princess", "king", "queen", "duke", "duchess", "celebrity",
    "personality", "influencer", "icon", "legend", "newcomer", "winner", "nominee", "chef",
})  # fmt: skip
# More nouns that name a person, for an appositive with an age ("Name, a 42-year-old
# nurse"), beside PERSON_NOUNS and the suffixes of PERSON_SUFFIXES. General English, not
# from any article; nouns that also name things ("guide", "agent", "operator",
# "regulator") are left out.
MORE_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "guy", "lady", "gentleman", "child", "kid", "teen",
    "teenager", "toddler", "baby", "infant", "youngster", "adult", "resident", "native",
    "citizen", "local", "immigrant", "worker", "employee", "engineer", "manager", "captain",
    "nurse", "waiter", "waitress", "architect", "contractor", "owner", "grandmother",
    "grandfather", "grandson", "granddaughter", "grandma", "grandpa", "grandparent", "parent",
    "mum", "nephew", "niece", "cousin", "uncle", "aunt", "stepson", "stepdaughter",
    "stepfather", "stepmother", "twin", "orphan", "bride", "groom", "mechanic", "welder",
    "deckhand", "roughneck", "farmer", "rancher", "trucker", "driver", "pilot", "soldier",
    "sailor", "marine", "sergeant", "lieutenant", "colonel", "firefighter", "paramedic",
    "surgeon", "dentist", "officer", "detective", "deputy", "sheriff", "trooper",
    "consultant", "accountant", "banker", "broker", "trader", "clerk", "cashier",
    "bartender", "cook", "baker", "butcher", "carpenter", "plumber", "painter",
    "photographer", "filmmaker", "editor", "poet", "playwright", "composer", "volunteer",
    "organizer", "advocate", "protester", "retiree", "pensioner", "homeowner", "landlord",
    "tenant", "shopkeeper", "merchant", "vendor", "administrator", "supervisor",
    "inspector", "researcher", "lecturer", "instructor", "tutor", "pupil", "graduate",
    "undergraduate", "priest", "pastor", "reverend", "rabbi", "imam", "nun", "monk",
    "bishop", "victim", "survivor", "suspect", "defendant", "plaintiff", "witness",
    "inmate", "prisoner", "convict", "patient", "friend", "neighbor", "neighbour",
    "colleague", "roommate", "classmate", "boss", "aide", "staffer", "assistant",
    "intern", "apprentice", "trainee", "recruit", "rookie", "legislator", "diplomat",
    "ambassador", "official", "bureaucrat", "retailer", "grandchild", "father-in-law",
})  # fmt: skip
# Endings of nouns that name a person ("oysterman", "geologist", "technician"); "-er" and
# "-or" ("kayaker", "surveyor") also name things ("tanker", "reactor"), so they count only
# beside a name the model labels a person (PERSON_IF_NAMED_SUFFIXES).
PERSON_SUFFIXES = ("man", "woman", "person", "ist", "ian")
PERSON_IF_NAMED_SUFFIXES = ("er", "or")
# Last words of a company's name ("Acme Corp", "Gulf Oil"), lower case: the suffixes every
# stage knows (``names.COMPANY_WORDS``) and the industries a firm is named after; general
# English, not from any article.
COMPANY_WORDS = NAME_COMPANY_WORDS | frozenset({
    "oil", "gas", "energy", "petroleum", "bank", "airlines", "resources", "industries",
    "technologies", "systems", "services", "enterprises",
})  # fmt: skip
# Life-event verb lemmas and the Fact kind they give.
EVENT_VERBS = {
    "marry": "married", "wed": "married", "divorce": "divorced", "separate": "separated",
    "split": "separated", "engage": "engaged", "bear": "born", "die": "died",
}  # fmt: skip
# Prepositions that attach a date to an event verb ("in 2011", "on June 1", "since 2012").
EVENT_PREPS = {"in", "on", "during", "since", "back"}
# Prepositions that introduce the other partner of a couple's event ("engaged to Name",
# "split from Name"); married and divorced take a direct object instead.
SPOUSE_PREPS = {"engaged": ("to",), "separated": ("from",), "married": ("to",)}
# Nouns naming a state whose length may be given ("11 years of marriage").
STATE_NOUNS = {"marriage": "married", "wedlock": "married"}
_NON_NAME_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}
# "42-year-old", "42-year old", "42 year old" ending at "old" (attributive: one year);
# not the last digits of a longer number ("10,042-year-old")
_AGE_ADJ = re.compile(r"(?<![\d,.])(\d{1,3})[- ]year[- ]old$")
# What may follow a predicative age ("is 42", "is 42 years old"): the end of the clause.
_AGE_PRED_END = re.compile(r"(?: years old)?(?:[,;.)](?!\d)|\s*$)")
_ABS_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_YEARS = re.compile(r"P(\d+)Y")


def _years_before(d: date, n: int) -> date:
    """``d`` moved back ``n`` years (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year - n)
    except ValueError:
        return d.replace(year=d.year - n, day=28)


def _range_before(p: date, n: int) -> tuple[date, date]:
    """Start dates of something ``n`` whole years old on ``p``: (p - n - 1 y + 1 d, p - n y)."""
    return _years_before(p, n + 1) + timedelta(days=1), _years_before(p, n)


def _value_range(value: str | None) -> tuple[date, date] | None:
    """The days an absolute DATE value covers ("2011" -> 2011-01-01 ... 2011-12-31)."""
    m = _ABS_DATE.fullmatch(value or "")
    if not m:
        return None
    y = int(m[1])
    if m[3]:
        d = date(y, int(m[2]), int(m[3]))
        return d, d
    if m[2]:
        mo = int(m[2])
        end = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
        return date(y, mo, 1), end
    return date(y, 1, 1), date(y, 12, 31)


def _is_name_token(tok) -> bool:
    # a plural proper noun or a nationality is a group ("60,000 Americans will die")
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.ent_type_ not in _NON_NAME_LABELS
        and tok.is_alpha
        and tok.tag_ != "NNPS"
        and tok.ent_type_ != "NORP"
    )


def _organisation(chain, head) -> bool:
    """Whether a proper-noun chain names a company, not a person: it is joined by "&"
    ("Oil & Gas"), ends in a company word ("Acme Corp"), or holds an acronym the model
    labels an organisation ("ATP Oil"). A company's number is a count, not an age."""
    if any(c.dep_ == "cc" and c.text == "&" for c in head.children) or (
        head.dep_ == "conj" and any(c.text == "&" for c in head.head.children)
    ):
        return True
    if chain[-1].lower_.rstrip(".") in COMPANY_WORDS:
        return True
    if head.ent_type_ == "PERSON":
        return False  # "ACME CEO Dale Pruett, 53,": the company's acronym is his title's
    return any(t.ent_type_ == "ORG" and len(t.text) > 1 and t.text.isupper() for t in chain)


def _name_span(tok) -> tuple[int, int] | None:
    """Character span of the proper-noun chain whose head is ``tok`` ("Ada Brook")."""
    if not _is_name_token(tok):
        return None
    first = tok
    # walk left over compound proper nouns attached to the head
    while first.i > 0:
        prev = first.nbor(-1)
        if prev.dep_ == "compound" and prev.head.i in (tok.i, first.i) and _is_name_token(prev):
            first = prev
        else:
            break
    if _organisation(tok.doc[first.i : tok.i + 1], tok):
        return None
    if tok.ent_type_ == "PERSON":
        # "ACME CEO Dale Pruett": the person's name, not the title words before it
        while first.i < tok.i and first.ent_type_ != "PERSON":
            first = first.nbor(1)
    return first.idx, tok.idx + len(tok.text)


def _names_of(tok) -> list[tuple[int, int]]:
    """Names of a subject token and its conjuncts ("Lena and Julian")."""
    out = []
    for t in [tok, *tok.conjuncts]:
        sp = _name_span(t)
        if sp:
            out.append(sp)
    return out


def _subject_of(verb):
    """The subject token of ``verb``; for a relative clause, the noun it modifies."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
        return verb.head
    if verb.dep_ == "conj":
        return _subject_of(verb.head)
    return None


def _clause_verb(tok):
    """The nearest verb (or auxiliary root) above ``tok``."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return None


def _recent_subject(doc, sent_start: int):
    """The name that was a sentence subject in one of the previous few sentences."""
    start = sent_start
    for _ in range(DESCRIPTION_LOOKBACK):  # Token.sent, not Doc.sents: no whole-doc pass
        if start <= 0:
            break
        s = doc[start - 1].sent
        start = s.start
        for t in s:
            if t.dep_ in ("nsubj", "nsubjpass") and _name_span(t):
                return _name_span(t)
    return None


def _age_subject(num, doc) -> tuple[tuple[int, int], int] | None:
    """Who an appositive age ("X, 42,") is about, and where the statement starts.

    Returns None when the evidence is weak.
    """
    head = num.head
    if head.i == num.i:
        return None
    sp = _name_span(head)
    if sp:
        return sp, sp[0]
    if head.pos_ != "NOUN" or head.lower_ not in PERSON_NOUNS:
        return None
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None  # "her spouse, 46": another person than the one in focus; skip
    who = _recent_subject(doc, head.sent.start)
    return (who, head.left_edge.idx) if who else None


def _age_before_name(old_tok) -> tuple[int, int] | None:
    """Name an "N-year-old" modifies: "42-year-old Name", "12-year-old son Theo", "... named X"."""
    x = old_tok.head
    for _ in range(3):
        sp = _name_span(x)
        if sp:
            return sp
        if x.dep_ == "compound" and _name_span(x.head):
            return _name_span(x.head)
        for c in x.children:
            if c.dep_ == "appos" and _name_span(c):
                return _name_span(c)
            if c.dep_ == "acl" and c.lower_ in ("named", "called"):
                for cc in c.children:
                    if cc.dep_ in ("oprd", "dobj", "attr", "appos") and _name_span(cc):
                        return _name_span(cc)
        if x.dep_ in ("nmod", "amod", "compound") and x.head.pos_ in ("NOUN", "PROPN"):
            x = x.head
            continue
        break
    return None


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether quotation marks hug ``text[start:end]`` ('"42"', "'42-year-old'"): a
    number quoted as a word or a label, not an age stated in the writer's voice."""
    return text[start - 1 : start] in cues.QUOTE_MARKS or text[end : end + 1] in cues.QUOTE_MARKS


def _person_noun(noun, name) -> bool:
    """Whether the head noun of an appositive names a person ("geologist", "oysterman")."""
    low = noun.lower_
    if low in PERSON_NOUNS or low in MORE_PERSON_NOUNS:
        return True
    if noun.tag_ != "NN" or not noun.is_alpha or len(low) < 5:
        return False  # a plural is a group ("a 40-year-old brothers"); "list" ends in -ist
    if low.endswith(PERSON_SUFFIXES) and not low.endswith("list"):
        return True
    return low.endswith(PERSON_IF_NAMED_SUFFIXES) and name.ent_type_ == "PERSON"


def _age_appositive(old_tok) -> tuple[int, int] | None:
    """Name an appositive with an age is about: "Name, a 42-year-old (British) geologist".

    Only "a"/"an"/"the" may introduce it ("Name, his 12-year-old son" is the son's age),
    its head must name a person (``_person_noun``), and the name must not take "the" (a
    ship or a building: "the Ocean Star, a 30-year-old tanker"). After a prepositional
    object the appositive is about the person the preposition follows ("Name, of Town, a
    39-year-old nurse"), if that is a name, else about no one ("the wife of Name, a
    40-year-old nurse" may be the wife's age).
    """
    noun = old_tok.head
    if old_tok.dep_ != "amod" or noun.dep_ != "appos":
        return None
    name = noun.head
    if name.dep_ == "pobj":
        prep = name.head
        if prep.lower_ not in ("of", "from") or prep.dep_ != "prep" or prep.head.pos_ != "PROPN":
            return None
        if name.doc.text[prep.idx - 2 : prep.idx] != ", ":
            return None
        name = prep.head
    sp = _name_span(name)
    if sp is None or any(c.dep_ == "det" for c in name.children):
        return None
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if len(dets) != 1 or dets[0].lower_ not in ("a", "an", "the"):
        return None
    return sp if _person_noun(noun, name) else None


def _age_predicate(num) -> tuple[tuple[int, int], int] | None:
    """Name a predicative age is about ("Name is 42.", "Name, who is 42 years old,"), and
    where the statement's last token ends.

    Present tense "is" only, no negation and nothing modifying the number ("is about 42");
    the subject is a name the model labels a person (``_named_person``), or the name a
    "who" clause follows.
    """
    x, last = num, num
    if num.dep_ == "nummod" and num.head.lower_ == "years" and num.head.dep_ == "npadvmod":
        x = last = num.head.head  # "42 years old"
        if x.lower_ != "old":
            return None
    if x.dep_ not in ("attr", "acomp") or any(True for _ in num.children):
        return None
    verb = x.head
    if verb.lower_ != "is" or any(c.dep_ == "neg" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ == "who" and verb.dep_ == "relcl":
        name = verb.head  # "Name, who is 42,": the clause must follow the name itself
    elif verb.dep_ in ("ROOT", "ccomp") and _named_person(subj):
        name = subj  # "Name is 42.", "Name is 42, his lawyer said."
    else:
        return None
    sp = _name_span(name)
    return (sp, last.idx + len(last.text)) if sp else None


def _named_person(tok) -> bool:
    """Whether the model labels ``tok`` a person here, or labelled a name that ends in the
    same word earlier ("Lena Marsh ... Marsh is 34.")."""
    if tok.ent_type_ == "PERSON":
        return True
    return any(e.label_ == "PERSON" and e[-1].text == tok.text
               for e in tok.doc.ents if e.end <= tok.i)  # fmt: skip


def _fact(article: Article, text: str, subj: tuple[int, int], kind: str, at: tuple[int, int],
          lo: date, hi: date, stated: str, *, union: bool = True) -> Fact:  # fmt: skip
    """A fact whose span covers the statement: the subject (when near) and the evidence."""
    near = union and max(subj[0], at[0]) - min(subj[1], at[1]) < NEAR_CHARS
    s = min(subj[0], at[0]) if near else at[0]
    e = max(subj[1], at[1]) if near else at[1]
    return Fact(
        article_id=article.id,
        subject=text[subj[0] : subj[1]],
        kind=kind,
        span=Span.of(text, s, e),
        lo=lo,
        hi=hi,
        stated=stated,
    )


def _ages(doc, article: Article) -> list[Fact]:
    text = article.text
    p = article.published
    out: list[Fact] = []
    if p is None:
        return out
    for tok in doc:
        subj = None
        age = None
        at = None
        # "Name, 42," / "Name (42)"
        if tok.like_num and tok.text.isdigit() and 0 < int(tok.text) <= MAX_AGE:
            before = text[max(0, tok.idx - 2) : tok.idx]
            after = text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 2]
            comma = before == ", " and (after[:1] in (",", ".", ";", ")", "") or after == " a")
            paren = before.endswith("(") and after.startswith(")")
            if (comma or paren) and not re.match(r"[,.]\d", after):
                found = _age_subject(tok, doc)
                subj, start = found if found else (None, tok.idx)
                if subj is None and tok.i >= 2 and (paren or tok.dep_ != "appos"):
                    subj = _name_span(doc[tok.i - 2])
                    start = subj[0] if subj else start
                age, at = int(tok.text), (start, tok.idx + len(tok.text))
            # "Name is 42.", "Name, who is 42 years old,"
            elif (
                _AGE_PRED_END.match(text, tok.idx + len(tok.text))
                and not _quoted(text, tok.idx, tok.idx + len(tok.text))
                and (pred := _age_predicate(tok))
            ):
                subj = pred[0]
                age, at = int(tok.text), (subj[0], pred[1])
        # "42-year-old Name", "Name, a 42-year-old geologist"
        elif tok.lower_ == "old" and tok.i >= 2:
            end = tok.idx + 3
            m = _AGE_ADJ.search(text[max(0, tok.idx - 10) : end])
            if m and 0 < int(m[1]) <= MAX_AGE and not _quoted(text, end - len(m[0]), end):
                age = int(m[1])
                at = (end - len(m[0]), end)
                subj = _age_before_name(tok)
                if subj is None and (subj := _age_appositive(tok)):
                    at = (subj[0], end)
        if subj and age is not None and at:
            lo, hi = _range_before(p, age)
            described = not (subj[0] <= at[0] < subj[1] + 3 or at[0] <= subj[0] < at[1] + 60)
            out.append(
                _fact(article, text, subj, "born", at, lo, hi, str(age), union=not described)
            )
    return out


def _timex_at(timexes: list[Timex], start: int, end: int) -> Timex | None:
    for t in timexes:
        if t.span.start < end and start < t.span.end:
            return t
    return None


def _spouses(verb, kind: str) -> list[tuple[int, int]]:
    """The other partner named by a couple's verb: "married Name", "engaged to Name"."""
    out = []
    for c in verb.children:
        if c.dep_ == "dobj" and kind in ("married", "divorced"):
            out += _names_of(c)
        elif c.dep_ == "prep" and c.lower_ in SPOUSE_PREPS.get(kind, ()):
            for g in c.children:
                if g.dep_ == "pobj":
                    out += _names_of(g)
    return out


def _events(doc, article: Article, timexes: list[Timex]) -> list[Fact]:
    text = article.text
    out: list[Fact] = []
    # the event verbs' positions from the index: a Token per word of the article cost
    # ~5% of extract_one (cProfile, 400 corpus articles)
    index = doc_index(doc)
    for i in sorted(i for lemma in EVENT_VERBS for i in index.lemma_positions(lemma)):
        verb = doc[i]
        kind = EVENT_VERBS.get(verb.lemma_.lower())
        if kind is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        if kind == "born" and verb.lower_ != "born":
            continue
        subj = _subject_of(verb)
        if subj is None:
            continue
        names = _names_of(subj)
        if not names and subj.lower_ in ("he", "she"):
            # "X is filming in Spain. She married Y in 2011": the person the sentences
            # before were about, as for a definite description with an age
            who = _recent_subject(doc, subj.sent.start)
            names = [who] if who else []
        if not names:
            continue
        names += _spouses(verb, kind)
        for c in verb.children:
            targets = []
            if c.dep_ == "prep" and c.lower_ in EVENT_PREPS:
                targets = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE":
                targets = [c]
            for g in targets:
                t = _timex_at(timexes, g.idx, g.idx + len(g.text))
                if t is None:
                    continue
                if t.type == "DATE" and (rng := _value_range(t.value)):
                    for n in names:
                        out.append(_fact(article, text, n, kind, (t.span.start, t.span.end),
                                         rng[0], rng[1], t.span.text))  # fmt: skip
                elif t.type == "DURATION" and kind == "married" and c.lower_ == "for":
                    out.extend(_state_facts(article, names, t, kind))
            # "married for 11 years" (prep "for" is not an event preposition)
            if c.dep_ == "prep" and c.lower_ == "for" and kind == "married":
                for g in c.children:
                    t = _timex_at(timexes, g.idx, g.idx + len(g.text))
                    if t is not None and t.type == "DURATION":
                        out.extend(_state_facts(article, names, t, kind))
    return out


def _state_facts(article: Article, names, t: Timex, kind: str) -> list[Fact]:
    p = article.published
    m = _YEARS.fullmatch(t.value or "")
    if p is None or not m:
        return []
    lo, hi = _range_before(p, int(m[1]))
    text = article.text
    return [_fact(article, text, n, kind, (t.span.start, t.span.end), lo, hi, t.span.text)
            for n in names]  # fmt: skip


def _state_durations(doc, article: Article, timexes: list[Timex]) -> list[Fact]:
    """ "after 11 years of marriage", "her 11-year marriage" -> when the state began."""
    text = article.text
    out: list[Fact] = []
    for t in timexes:
        if t.type != "DURATION":
            continue
        m = re.match(r"\s+of\s+(\w+)|[\s-]+(\w+)", text[t.span.end : t.span.end + 20])
        noun = (m[1] or m[2]).lower() if m else None
        kind = STATE_NOUNS.get(noun or "")
        if kind is None:
            continue
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is None:
            continue
        names: list[tuple[int, int]] = []
        noun_tok = next((x for x in doc[span.end : span.end + 3] if x.lower_ == noun), None)
        if noun_tok is not None:
            for c in noun_tok.children:
                if c.dep_ == "poss":
                    names = _names_of(c)
        if not names:
            verb = _clause_verb(span.root)
            subj = _subject_of(verb) if verb is not None else None
            names = _names_of(subj) if subj is not None else []
        stated = text[t.span.start : t.span.end + (m.end() if m else 0)]
        for f in _state_facts(article, names, t, kind):
            out.append(Fact(article_id=f.article_id, subject=f.subject, kind=f.kind,
                            span=f.span, lo=f.lo, hi=f.hi, stated=stated))  # fmt: skip
    return out


def _fold(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in re.findall(r"[^\W\d_]+", name))


def _full_names(doc) -> dict[tuple[str, ...], tuple[str, int]]:
    """Names of two to four words the article writes out ("Lena Marsh"), by folded words,
    with the offset of their first mention."""
    out: dict[tuple[str, ...], tuple[str, int]] = {}
    text = doc.text  # Doc.text is rebuilt from the tokens on every access
    for tok in doc:
        if tok.dep_ == "compound" and _is_name_token(tok.head):
            continue  # not the head of its chain
        sp = _name_span(tok)
        if sp is None:
            continue
        name = text[sp[0] : sp[1]]
        words = _fold(name)
        if 2 <= len(words) <= MAX_NAME_WORDS:
            out.setdefault(words, (name, sp[0]))
    return out


def _resolve_short_names(facts: list[Fact], doc) -> list[Fact]:
    """Give a one-word subject ("Marsh", "Lena") the full name the article writes out.

    Only when exactly one person named in full before the fact fits that word
    (``names.canonical_people``): a word that fits two names ("Marsh" beside "Lena Marsh"
    and "Tom Marsh") stays as written, and so does one that comes before the full name
    it fits: news names a person in full first, so "Smith, 45, and his wife Anna Smith,
    41" gives "Smith" an age of his own, not Anna Smith's.
    """
    short = {f.subject for f in facts if len(_fold(f.subject)) == 1}
    if not short:
        return facts
    full = sorted(_full_names(doc).values(), key=lambda x: x[1])
    out = []
    for f in facts:
        if f.subject in short:
            k = bisect_left(full, f.span.start, key=lambda x: x[1])
            canon = canonical_people([*(name for name, _ in full[:k]), f.subject])
            f = replace(f, subject=canon[f.subject])
        out.append(f)
    return out


def find_facts(doc, article: Article, timexes: list[Timex]) -> list[Fact]:
    """Return ages and dated life events stated about named people in one article.

    A one-word subject ("Marsh, 34,") is given the full name the article writes out
    elsewhere ("Lena Marsh") when exactly one full name fits it.

    Args:
        doc: spaCy ``Doc`` of ``article.text`` (full pipeline: parser and NER).
        article: the article; ``published`` anchors ages and durations.
        timexes: ``find_timexes(article.text, article.published)``.

    Returns:
        Facts in text order, at most one per (subject, kind, span).
    """
    facts = _ages(doc, article) + _events(doc, article, timexes)
    facts += _state_durations(doc, article, timexes)
    facts = _resolve_short_names(facts, doc)
    seen = set()
    out = []
    for f in sorted(facts, key=lambda f: (f.span.start, f.span.end, f.kind)):
        key = (f.subject, f.kind, f.lo, f.hi)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
