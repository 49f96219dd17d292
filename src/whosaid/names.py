"""Comparing names as articles write them: outlets ("The Daily Lantern", "the Lantern")
and people ("Benjamin Okafor", "Ben Okafor", "Mr. Okafor", "Okafor").

Shared by every stage, like ``model``: pure functions on strings, no dependencies.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping

_WORD = re.compile(r"[^\W_]+")
# Words that do not tell two outlets apart on their own.
_GENERIC = frozenset({"the", "a", "an", "of", "magazine", "newspaper", "news", "online", "com"})


# Agencies known by their full name and their initials: one outlet either way.
_AGENCY_NAMES = {
    "associated press": "ap",
    "the associated press": "ap",
    "agence france presse": "afp",
    "agence france-presse": "afp",
    "united press international": "upi",
}


@functools.lru_cache(maxsize=1 << 14)
def _outlet_parts(name: str) -> tuple[frozenset[str], str | None]:
    """The distinctive words of an outlet name and the last of them (the name's head);
    a web address's name is one word ("FoxNews.com" and "Fox News" are "foxnews")."""
    low = name.lower().strip()
    low = _AGENCY_NAMES.get(low, low)
    words = _WORD.findall(low)
    if low.endswith((".com", ".co.uk", ".org", ".net")) and len(words) > 1:
        return frozenset({words[0]}), words[0]
    words = [w for w in words if w not in _GENERIC]
    return frozenset(words), (words[-1] if words else None)


def _joined(name: str) -> str:
    """An outlet name's words run together, as a web address writes them."""
    return "".join(w for w in _WORD.findall(name.lower()) if w not in ("the", "a", "an"))


def outlet_words(name: str) -> frozenset[str]:
    """The distinctive lower-case words of an outlet name (articles and 'the' dropped)."""
    return _outlet_parts(name)[0]


def names_outlet(text: str, outlet: str) -> bool:
    """Whether ``text`` names ``outlet`` anywhere: its name without "the" or a possessive
    before it ("Sky News" for "Britain's Sky News"), an agency's other name ("AP",
    "Associated Press"), or "the" and the name's last word ("the Gazette")."""
    name = re.sub(r"^(?:the\s+|\w+['\u2019]s\s+)", "", outlet.strip(), flags=re.IGNORECASE)
    low = name.lower()
    forms = {name, *(k for k, v in _AGENCY_NAMES.items() if v == low)}
    if low in _AGENCY_NAMES:
        forms.add(_AGENCY_NAMES[low])
    if any(re.search(r"\b" + re.escape(f) + r"\b", text, re.IGNORECASE) for f in forms if f):
        return True
    # a short form, as same_outlet takes it ("the Gazette" for "Harbour Gazette"): the
    # name's last distinctive word, capitalised, after "the"
    head = _outlet_parts(outlet)[1]
    return (
        head is not None
        and re.search(r"\b[Tt]he " + re.escape(head.title()) + r"\b", text) is not None
    )


# News agencies whose dateline makes a story theirs, as written between its parentheses
# ("WASHINGTON (AP) --", "HOUSTON, April 29 (Reuters) -"): another outlet printing the
# story prints the agency's copy.
WIRE_AGENCIES = ("AP", "Reuters", "AFP", "UPI", "Bloomberg", "dpa", "Xinhua")
_DATELINE = re.compile(
    r"\b[A-Z]{3,}[^()\n]{0,40}\((" + "|".join(WIRE_AGENCIES) + r")\)\s*(?:--|[-\u2013\u2014])\s"
)
# How far into a text a dateline is looked for (a headline and a standfirst may come first).
DATELINE_CHARS = 600


def wire_agency(text: str) -> str | None:
    """The agency of a wire story's dateline near the start of ``text`` ("EMPIRE, La.
    (AP) -- ..." gives "AP"), or None. A photo credit ("... on Monday. (AP)") has no dash
    after it and is not a dateline."""
    m = _DATELINE.search(text, 0, DATELINE_CHARS)
    return m.group(1) if m else None


def same_outlet(a: str | None, b: str | None) -> bool:
    """True when two outlet names plausibly name the same outlet.

    Equal after normalisation, or one is a short form of the other ("the Lantern" and
    "The Daily Lantern"): every distinctive word of the shorter is in the longer, and the
    shorter keeps the longer's last word (the head of the name), so "Pop Weekly" and
    "Starwatch Weekly" stay apart.
    """
    if not a or not b:
        return False
    (wa, la), (wb, lb) = _outlet_parts(a), _outlet_parts(b)
    if (len(wa) == 1 and la == _joined(b)) or (len(wb) == 1 and lb == _joined(a)):
        return True  # "FoxNews.com" and "Fox News"
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    (ws, _), (wl, head) = ((wa, la), (wb, lb)) if len(wa) < len(wb) else ((wb, lb), (wa, la))
    return ws <= wl and head in ws and len(ws) < len(wl)


# Names with more distinctive words than this are matched by scanning, not by subsets.
_MAX_SUBSET_WORDS = 10


class _OutletIndex:
    """Outlet names kept so far, found again by the words ``same_outlet`` needs shared.

    A shorter name's words are all in the longer name, among them the longer's head
    word. So a name ``n`` can only match a kept name holding n's rarest word (n is the
    shorter or they are equal) or one whose words are a subset of n's that holds n's head
    (n is the longer). Either set is small, where comparing with every kept name made
    grouping the outlets of a widely copied quote quadratic.
    """

    def __init__(self) -> None:
        self.by_word: dict[str, list[str]] = {}
        self.by_words: dict[frozenset[str], list[str]] = {}

    def add(self, name: str) -> None:
        words, _ = _outlet_parts(name)
        for w in words | {_joined(name)}:  # the joined form finds "FoxNews.com"
            self.by_word.setdefault(w, []).append(name)
        self.by_words.setdefault(words, []).append(name)

    def matches(self, name: str) -> list[str]:
        """Kept names that ``same_outlet`` says are ``name``'s outlet (in no set order)."""
        words, head = _outlet_parts(name)
        if not words:
            return []
        cands = set(min((self.by_word.get(w, ()) for w in words), key=len))
        cands.update(self.by_word.get(_joined(name), ()))
        if len(words) > _MAX_SUBSET_WORDS:
            cands.update(self.by_word.get(head, ()))
        else:
            rest = sorted(words - {head})
            for mask in range(1 << len(rest)):
                sub = frozenset([head, *(w for i, w in enumerate(rest) if mask >> i & 1)])
                cands.update(self.by_words.get(sub, ()))
        return [o for o in cands if same_outlet(name, o)]


def canonical_outlets(names: Iterable[str]) -> list[str]:
    """Merge names that ``same_outlet`` says are one outlet; keep the longest of each."""
    return sorted(_kept_outlets(names)[0])


def _kept_outlets(names: Iterable[str]) -> tuple[list[str], _OutletIndex]:
    """The names ``canonical_outlets`` keeps, in the order kept, and their index."""
    out: list[str] = []
    index = _OutletIndex()
    # longest first; ties in alphabetical order, so the result does not hang on set order
    for n in sorted(set(names), key=lambda s: (-len(s), s)):
        if not index.matches(n):
            out.append(n)
            index.add(n)
    return out, index


def outlet_of(names: Iterable[str]) -> dict[str, str]:
    """``{name: its outlet's name in canonical_outlets(names)}`` for every name given: the
    first canonical name (in sorted order) that is the name or ``same_outlet`` with it."""
    names = set(names)
    kept, index = _kept_outlets(names)
    rank = {c: i for i, c in enumerate(sorted(kept))}
    # two canonical names never match each other, so a canonical name is its own outlet
    return {
        n: n if n in rank else min(index.matches(n), key=rank.__getitem__, default=n) for n in names
    }


def repeat_outlets(outlets: Iterable[str | None]) -> list[bool]:
    """For each outlet in order, whether the same outlet came earlier: its own reprint of
    words it printed before, not a copy of someone else's. Article outlets are metadata,
    written one way per source, so the names must be equal up to case, punctuation and
    "the" (``outlet_words``); a short form is not enough here, since "The Times" and
    "The New York Times" are two newspapers."""
    out: list[bool] = []
    seen: set[frozenset[str] | str] = set()
    for name in outlets:
        if not name:
            out.append(False)
            continue
        key = outlet_words(name) or name.casefold()
        out.append(key in seen)
        seen.add(key)
    return out


# -- people ------------------------------------------------------------------------------

# Titles and honorifics that come before a name and do not tell two people apart.
_TITLE_WORDS = """
    mr mrs ms miss mx dr prof sir dame lord lady rev fr sen senator rep representative
    gov governor president vice pres secretary gen general col lt capt sgt judge justice
    chief mayor minister prime chancellor king queen prince princess pope saint st
    former late the
    executive officer ceo director chairman chairwoman chair spokesman spokeswoman
    spokesperson admiral adm rear commander commissioner sheriff ambassador deputy
    acting assistant attorney coach bishop rabbi cardinal councilman councilwoman
    councillor councilor commandant speaker vp congressman congresswoman assemblyman
    assemblywoman superintendent petty class
"""
_TITLES = frozenset(_TITLE_WORDS.split())
# Generational suffixes: "Karl Smith Sr." stands beside a relative of the same name.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words after a name that are not its surname ("Martin Luther King Jr.", "BP Plc").
_SUFFIXES = GENERATIONS | {"phd", "md", "esq", "plc", "inc", "corp", "ltd", "llc"}
# Common English short forms of given names whose spelling is not a prefix of the full
# name ("Bill" for William); prefixes ("Ben", "Chris", "Alex") are matched by rule.
NICKNAMES: dict[str, frozenset[str]] = {
    k: frozenset(v.split())
    for k, v in {
        "william": "bill billy will willie liam",
        "robert": "bob bobby rob robbie bert",
        "richard": "dick rick ricky rich richie",
        "james": "jim jimmy jamie",
        "john": "jack johnny",
        "margaret": "maggie meg peggy marge greta",
        "elizabeth": "liz lizzie beth betty betsy eliza libby",
        "katherine": "kate katie kathy kat kay",
        "catherine": "kate katie cathy cat",
        "edward": "ed eddie ted teddy ned",
        "theodore": "ted teddy theo",
        "charles": "chuck charlie chas",
        "michael": "mike mikey mick",
        "anthony": "tony",
        "joseph": "joe joey",
        "thomas": "tom tommy",
        "henry": "hank harry",
        "harold": "hal harry",
        "lawrence": "larry",
        "laurence": "larry",
        "peter": "pete",
        "stephen": "steve",
        "steven": "steve",
        "nicholas": "nick nicky",
        "patricia": "pat patty trish",
        "patrick": "pat paddy",
        "susan": "sue susie",
        "rebecca": "becky becca",
        "deborah": "deb debbie",
        "jennifer": "jen jenny",
        "christopher": "chris kit",
        "alexander": "alex sasha",
        "alexandra": "alex sandra",
        "daniel": "dan danny",
        "david": "dave",
        "donald": "don donnie",
        "ronald": "ron ronnie",
        "samuel": "sam sammy",
        "benjamin": "ben benji benny",
        "timothy": "tim timmy",
        "matthew": "matt",
        "andrew": "andy drew",
        "gregory": "greg",
        "jonathan": "jon",
        "victoria": "vicky tori",
        "abigail": "abby",
        "frederick": "fred freddie",
        "francis": "frank",
        "eugene": "gene",
        "kenneth": "ken kenny",
        "leonard": "len lenny leo",
        "raymond": "ray",
        "gerald": "gerry jerry",
        "jeffrey": "jeff",
        "philip": "phil",
        "phillip": "phil",
    }.items()
}
_NAME_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-'\u2019][^\W\d_]+)*\.?")


@functools.lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    """Case- and accent-folded words of a name ("Élise" -> "elise"), possessive 's dropped."""
    folded = name if name.isascii() else unicodedata.normalize("NFKD", name)
    if not folded.isascii():
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = [w.rstrip(".").replace("\u2019", "'") for w in _NAME_WORD.findall(folded.casefold())]
    return tuple(w[:-2] if w.endswith("'s") else w for w in words)


def person_parts(name: str) -> tuple[str, ...]:
    """The folded words of a person's name without titles or suffixes.

    ``person_parts("Sen. Benjamin A. Okafor Jr.")`` is ``("benjamin", "a", "okafor")``.
    """
    words = list(_name_words(name))
    while words and words[0] in _TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


def generation(name: str) -> str | None:
    """The generational suffix of a name ("jr" for "Karl Smith Jr."), or None."""
    words = _name_words(name)
    return words[-1] if len(words) > 1 and words[-1] in GENERATIONS else None


def _same_given(a: str, b: str) -> bool:
    """'Ben' ~ 'Benjamin', 'Bill' ~ 'William', 'B' ~ 'Benjamin'; not 'Anna' ~ 'Andrew'."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1:
        return long_.startswith(short)  # an initial
    if len(short) >= 3 and long_.startswith(short):
        return True
    return short in NICKNAMES.get(long_, ()) or long_ in NICKNAMES.get(short, ())


def same_person(a: str | None, b: str | None) -> bool:
    """True when two written names can name the same person.

    Same surname (last word) and, when both give a first name, compatible first names
    (equal, an initial, a prefix of three letters or more, or a common short form), and
    no two different generations ("Sr." and "Jr."). A surname alone ("Okafor",
    "Mr. Okafor") matches any name with that surname; choosing between several people of
    one surname is ``canonical_people``'s job.
    """
    pa, pb = person_parts(a or ""), person_parts(b or "")
    if not pa or not pb or pa[-1] != pb[-1]:
        return False
    ga, gb = generation(a or ""), generation(b or "")
    if ga and gb and ga != gb:
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    return _same_given(pa[0], pb[0])


# Last words that make a "name" a company's, whatever NER says ("Fitch Ratings").
COMPANY_WORDS = frozenset(
    [
        "co",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "llc",
        "plc",
        "group",
        "company",
        "holdings",
        "ratings",
        "partners",
    ]
)


def goes_by(short: str, full: str) -> bool:
    """Whether a lone given name can be what a person named ``full`` goes by: "Rosalind",
    "Ros" or "Rosa" for "Rosalind Vance" (see ``_same_given``), not a title form ("Mr
    Vance" is a surname's) nor an initial."""
    words = _name_words(short)
    parts = person_parts(full)
    if len(words) != 1 or words[0] in _TITLES or len(parts) < 2 or parts[-1] in COMPANY_WORDS:
        return False
    # the lone name is the given name or a short form of it, never longer ("Matthews"
    # is not what Matthew Weaver goes by), and the full name's is no initial
    return 2 <= len(words[0]) <= len(parts[0]) and _same_given(words[0], parts[0])


def group_full_names(full: Iterable[str]) -> list[list[str]]:
    """Group full names (two words or more) into people, in the order given.

    A name joins the one person all of whose names ``same_person`` accepts; it starts a new
    person when none or several fit (an initial two people share: "A. Hart"). Only the
    people of the name's surname are compared, since ``same_person`` needs it, so the
    work grows with the names, not with their square (``benchmarks/bench_names.py``).
    """
    people: list[list[str]] = []
    by_surname: dict[str, list[list[str]]] = {}
    for n in full:
        kin = by_surname.setdefault(person_parts(n)[-1], [])
        fits = [g for g in kin if all(same_person(n, m) for m in g)]
        if len(fits) == 1:
            fits[0].append(n)
        else:
            people.append([n])
            kin.append(people[-1])
    return people


# A bare surname ("Marsh", "Mr. Marsh") fitting several people goes to the one who has
# this share of the written full names of that surname: "Obama" beside 184 quotes of
# "Barack Obama" and a stray "Prez Obama" is Barack Obama, while two relatives quoted
# about as often keep it apart.
DOMINANT_SHARE = 0.75


def canonical_people(names: Iterable[str] | Mapping[str, int]) -> dict[str, str]:
    """Map every written name to one name per person, across articles.

    Full names (two words or more) that ``same_person`` joins form one person, named by
    their fullest form ("Benjamin Okafor" for "Ben Okafor" too). A single word (a
    surname, "Mr. Okafor", or a given name, "Lena") joins the one person whose surname or
    given name it is. When it fits several, a surname joins the person whose full names
    are written at least ``DOMINANT_SHARE`` of the times any of them is; otherwise it
    stays as written ("Hart" beside "Anna Hart" and "William Hart" quoted alike), as it
    does when it fits none or only a person with a generational suffix ("Karl Smith
    Sr." implies another Karl Smith); forms of such a word that differ only in a title or
    a company's legal form ("BP", "BP Plc") are one, named by the most written. Accents
    and case are folded ("Élise Brun" is "Elise Brun").

    Args:
        names: written names, repeated as often as written, or ``{name: times written}``.

    Returns:
        ``{written name: canonical name}`` for every distinct name given.
    """
    counts: dict[str, int] = {}
    for n, k in names.items() if isinstance(names, Mapping) else ((n, 1) for n in names):
        if n and n.strip():
            counts[n] = counts.get(n, 0) + k
    full = sorted(
        (n for n in counts if len(person_parts(n)) >= 2),
        key=lambda n: (-len(person_parts(n)), -counts[n], -len(n), n),
    )
    people = group_full_names(full)
    out: dict[str, str] = {}
    # word -> (the person's name or None for a namesake, times written, is the surname)
    by_word: dict[str, list[tuple[str | None, int, bool]]] = {}
    for group in people:
        # the fullest form ("Benjamin A. Okafor" over "Ben Okafor"), then the most
        # written, then the one without a title
        best = max(
            group,
            key=lambda n: (len(person_parts(n)), len("".join(person_parts(n))), counts[n], -len(n)),
        )
        for n in group:
            out[n] = best
        parts = person_parts(best)
        # a namesake's short form may be either relative: it fits, so it stays apart; a
        # name with a "/" is a photo credit glued onto one ("Jo Ray/Agency ACME"), no
        # one a bare "ACME" could be
        owner = (
            None
            if "/" in best or any(generation(n) for n in group) or any(map(_is_body, group))
            else best
        )
        written = sum(counts[n] for n in group)
        for w in {parts[0], parts[-1]}:
            by_word.setdefault(w, []).append((owner, written, w == parts[-1]))
    alone: dict[tuple[str, ...], list[str]] = {}
    for n in counts:
        if n in out:
            continue
        parts = person_parts(n)
        owner = _owner(by_word.get(parts[0], [])) if len(parts) == 1 else None
        if owner:
            out[n] = owner
        else:
            alone.setdefault(parts, []).append(n)
    for parts, written in alone.items():
        # one word written several ways ("BP", "BP Plc", "Mr. Lund"): the most written
        best = min(written, key=lambda n: (-counts[n], len(n), n)) if parts else None
        for n in written:
            out[n] = best or n
    return out


# Last words of the names of bodies, not people: a lone word of such a name is not that
# body ("House" is not "The White House").
_BODY_WORDS = COMPANY_WORDS | frozenset(
    [
        "house",
        "senate",
        "congress",
        "parliament",
        "department",
        "ministry",
        "agency",
        "committee",
        "council",
        "commission",
        "service",
        "bureau",
        "office",
        "authority",
        "board",
        "party",
        "court",
        "administration",
        "institute",
        "university",
        "association",
    ]
)


def _is_body(name: str) -> bool:
    """Whether a name that NER took for a person's names a body ("The White House")."""
    words = _name_words(name)
    return bool(words) and (words[0] == "the" or words[-1] in _BODY_WORDS)


def _owner(fits: list[tuple[str | None, int, bool]]) -> str | None:
    """The person a single word names among the people it fits (``canonical_people``)."""
    if len(fits) == 1:
        return fits[0][0]
    if not fits:
        return None
    owner, written, surname = max(fits, key=lambda f: f[1])
    total = sum(f[1] for f in fits)
    return owner if surname and total and written >= DOMINANT_SHARE * total else None
