"""Provenance of linked quotes: who printed them first, who credited whom, how stale.

For each :class:`~whosaid.model.QuoteLink` (the same words in several articles, oldest
first) this stage decides:

1. the *first printing*: the earliest occurrence in the collection;
2. the *credited venue*: the outlet the earliest crediting occurrence names (the words'
   origin outside the collection, when a relay says "told the Gazette");
3. *uncredited reuse*: an occurrence by another outlet that gives the words to an unnamed
   source of its own or to hearsay ("a second insider", ``Occurrence.own_source``),
   shares ``COPIED_WORDS`` words in order with an earlier printing by another outlet
   (the one it copied: a group chains, and the first printing may share only a stock
   phrase with it), and either came out on a later day than that printing or left out
   the venue the words were given to ("told the Gazette" in another printing); with the
   articles' texts, one that names that outlet or the venue anywhere outside a photo
   credit ("(Reuters)" after the paragraph) credits it. A printing with no
   speaker found is not accused (the extractor may have missed a transcript's label or
   a named speaker), nor is one that came out the same day as the first (who printed
   first is unknown); both are *unattributed*. An outlet printing words it printed
   before (``names.repeat_outlets``) is reprinting, not copying, and is listed apart
   (``reprints``), with a note when the words are stale. Other outlets' printings of the
   first day are ``first_tied``: the first printing is one of them;
   A printing on a later day that names the same person as an earlier printing it
   shares words with, but not the outlet that printing says the words were
   given to ("X told the Gazette" there, "X said" here; not "according to the Gazette"
   or a wire dateline, which name who reported the words; one such venue in the group;
   the outlet's name nowhere in the article) *dropped the venue* (``venue_dropped``):
   the speaker is credited, the outlet that got the words is not;
4. *staleness*: how many days old the words were when each later article printed them;
5. *descriptor drift*: an anonymous speaker described differently across printings
   ("a second source" → "a second insider"), or the words given to two different named
   people;
6. *independent origins*: how many distinct origins the printings claim. Copies collapse
   into one; two different credited venues for the same words count as two and are
   flagged, since the same words rarely reach two outlets independently. Short forms of
   one outlet ("the Lantern", "The Daily Lantern") are one venue (``names.same_outlet``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from whosaid.link.align import EVIDENCE_WORDS, matched_words
from whosaid.link.normalize import normalize_words
from whosaid.model import Occurrence, Provenance, QuoteLink
from whosaid.names import (
    WIRE_AGENCIES,
    canonical_outlets,
    names_outlet,
    outlet_words,
    person_parts,
    repeat_outlets,
    same_outlet,
    same_person,
)

# Words re-served this many days after their first printing are called stale. A news
# cycle is about a week; a month-old quote presented as news is the case users care about.
STALE_AFTER_DAYS = 30
# A printing is accused of copying only if it shares enough words, in order, with an
# earlier printing by another outlet, the one it is said to have copied
# (``align.matched_words``: blocks of 2+ words, so "They are" retyped "They're" costs one
# word, not the run). A group chains (A shares words with B, B with C): C may share with
# the group's first printing no more than a stock phrase ("hold the company
# accountable"). Uncredited reuse needs as many words as the link stage takes for the
# same words without any rarity (``align.EVIDENCE_WORDS``, 12: stock phrases of one story
# run to 10 words); a dropped venue, where both printings name the same speaker too, 8.
# On the 1,460-article corpus every one of the 27 'uncredited' flags was read: 16 were
# wrong, 13 of them chains or stock phrases.
COPIED_WORDS = EVIDENCE_WORDS
SAME_SPEAKER_WORDS = 8
# Earlier printings an accused printing is compared with, oldest first (a wire quote's
# group may hold thousands of printings; a copy's source is among the first).
MAX_SOURCES = 200
# How far around a printing's words (characters) its article is read for the outlet the
# words were given to ("...,” she told the Gazette on Monday.").
GIVEN_WINDOW = 300
# An outlet named as the words' reporter, not as the one they were given to: "according
# to X", a document "obtained by X", a wire dateline's "(AP)".
_REPORTED_BY = re.compile(
    r"(?i:\b(?:according to|obtained by|seen by|reviewed by)\b)[^.;\n]{0,60}"
    r"|\((?:" + "|".join(WIRE_AGENCIES) + r")\)"
)
# Photo credits ("Photograph: Jo Ray/AP", "Jo Ray/Reuters"): an agency named there is
# not the words' credit.
_PHOTO_CREDIT = re.compile(
    r"(?i:\b(?:photograph|photo|picture|image)s?(?: credit)?\s*:)[^\n]{0,80}"
    r"|\b[\w.-]+/(?=[A-Z])[\w.-]+"
)


Labeler = Callable[[str], str | None]

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
# A person's name as a speaker form: two to four capitalised words ("Jo Park", "Carl-Henric
# Svanberg", "Thad W. Allen"), not a body ("BP", "NOAA") or a headline.
_PERSON_NAME = re.compile(r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]*){1,3}")
# A speaker given by a description rather than a name ("the company", "its spokesman").
_DESCRIPTION = re.compile(r"(?i)(?:the|a|an|its|his|her|their|our)\s")


def _labeler(name_of: Labeler | None) -> Callable[[Occurrence], str]:
    def label(o: Occurrence) -> str:
        day = o.published.isoformat() if o.published else "undated"
        name = (name_of(o.article_id) if name_of else None) or o.outlet or o.article_id
        return f"{name} ({day})"

    return label


def count(n: int, noun: str) -> str:
    """ "1 quote", "3 quotes": ``n`` and the noun, plural unless ``n`` is 1."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def days(n: int) -> str:
    """ "1 day", "3 days"."""
    return count(n, "day")


def standings(p: Provenance) -> list[str]:
    """How each occurrence of ``p``'s group stands, in order: "credited" (it names a
    venue or a speaker on record), "venue dropped" (it names the speaker on record but
    not the outlet the words were given to), "first" (the first printing, naming no
    source),
    "reprint" (its outlet printed the words before), "uncredited" (see the module
    docstring), "same day" (another outlet's printing of the first day) or
    "unattributed" (it names no source, but nothing shows it copied). One pass with sets:
    a wire quote's group has an occurrence per article."""
    reprints, uncredited, tied = set(p.reprints), set(p.uncredited), set(p.first_tied)
    dropped = set(p.venue_dropped)
    out = []
    for i, o in enumerate(p.link.occurrences):
        if o.article_id in dropped:
            out.append("venue dropped")
        elif o.credited:
            out.append("credited")
        elif i == 0:
            out.append("first")
        elif o.article_id in reprints:
            out.append("reprint")
        elif o.article_id in uncredited:
            out.append("uncredited")
        else:
            out.append("same day" if o.article_id in tied else "unattributed")
    return out


def shorten(text: str | None, limit: int = 80) -> str:
    """``text`` on one line, at most ``limit`` characters: cut at a word boundary when one
    is near (in the last third), with a closing ellipsis."""
    if not text:
        return ""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if text[limit - 1] != " " and space >= limit * 2 // 3:
        head = head[:space]  # not "the interior secreta…"
    return head.rstrip(" …,;:") + "…"


def assess_link(
    link: QuoteLink, name_of: Labeler | None = None, text_of: Labeler | None = None
) -> Provenance:
    """Assess one group of linked occurrences; see the module docstring for the steps.

    Args:
        link: the group, oldest occurrence first.
        name_of: how notes name an article, given its id (default: outlet, else id).
        text_of: an article's text, given its id: a printing that names the venue
            anywhere (the sentence before the quotation, say) did not drop it. Without
            it no printing is said to drop the venue.
    """
    _label = _labeler(name_of)
    occ = link.occurrences
    first = occ[0]
    credited_venue = next((o.venue for o in occ if o.credited and o.venue), None)
    if credited_venue is not None:
        # its fullest form in the group ("The Daily Lantern", not "the Lantern")
        credited_venue = max(
            (o.venue for o in occ if o.venue and same_outlet(o.venue, credited_venue)),
            key=len,
            default=credited_venue,  # a name of generic words only ("News") matches none
        )
    notes: list[str] = []

    again = repeat_outlets(o.outlet for o in occ)
    reprints = tuple(o.article_id for o, r in zip(occ, again, strict=True) if r)
    tied = tuple(
        o.article_id
        for o, r in zip(occ[1:], again[1:], strict=True)
        if not r and first.published and o.published == first.published
    )
    stale: dict[str, int] = {}
    for o in occ[1:]:
        if o.published and first.published:
            stale[o.article_id] = (o.published - first.published).days

    # a venue that is the printing outlet itself credits no one (link.cluster.attribution)
    venues = canonical_outlets([o.venue for o in occ if o.venue and o.credited])
    copied = _sources(occ)
    # texts are read only for a printing a rule is about to accuse, each article once (the
    # web app reads them from the store; a wire quote's group may have thousands)
    read = functools.cache(lambda aid: text_of(aid) or "") if text_of is not None else None
    uncredited = []
    dropped = []
    for i, (o, r) in enumerate(zip(occ[1:], again[1:], strict=True), start=1):
        age = stale.get(o.article_id)
        if r:
            if not o.credited and age is not None and age >= STALE_AFTER_DAYS:
                # "again" is after its own outlet's earlier printing, which may not be the
                # group's first
                key = outlet_words(o.outlet or "")
                own = next(e for e in occ[:i] if outlet_words(e.outlet or "") == key)
                before = "" if own is first else f" (after {_label(own)})"
                notes.append(
                    f"{_label(o)} prints “{shorten(o.span.text)}” again{before}, {days(age)}"
                    f" after {_label(first)} printed it first: old words re-served as news."
                )
            continue
        left_out = credited_venue is not None and not same_outlet(credited_venue, o.outlet)
        if (
            o.credited
            and not o.venue
            and left_out
            and len(venues) == 1
            and read is not None
            and not names_outlet(read(o.article_id), credited_venue)
        ):
            # the earlier printing it copied, which gave the same person's words to the venue
            src = next(
                (
                    e
                    for e in copied(i, SAME_SPEAKER_WORDS)
                    if e.venue
                    and e.credited
                    and _days(e, o) > 0
                    and same_person(o.speaker, e.speaker)
                    and _given_to(read(e.article_id), e, e.venue)
                ),
                None,
            )
            if src is not None:
                dropped.append(o.article_id)
                notes.append(
                    f"{_label(o)} prints “{shorten(o.span.text)}” from “{o.speaker}”,"
                    f" {days(_days(src, o))} after {_label(src)} printed it, without naming"
                    f" {credited_venue}, where the words were given."
                )
                continue
        if not o.own_source:
            continue
        src = next((e for e in copied(i, COPIED_WORDS) if left_out or _days(e, o) > 0), None)
        if src is None or (
            read is not None and _credits(read(o.article_id), credited_venue, src.outlet)
        ):
            continue
        uncredited.append(o.article_id)
        note = f"{_label(o)} prints “{shorten(o.span.text)}” without credit"
        # the source it copied gave the words to the same unnamed source: not its own
        both = bool(o.speaker and src.speaker and o.speaker.lower() == src.speaker.lower())
        if o.speaker and not both:
            note += f", as its own “{o.speaker}”"
        # the same day, or a date unknown, says nothing of who printed first
        gap = _days(src, o) if src.published and o.published else None
        when = f", {days(gap)} after" if gap else ", the same day as" if gap == 0 else ", as"
        note += f"{when} {_label(src)} printed it"
        if src.venue and not same_outlet(src.venue, src.outlet):
            # a venue named near the words only as their reporter (a wire dateline,
            # "according to X") did not get the words: that printing passed on its report
            reported = read is not None and not _given_to(read(src.article_id), src, src.venue)
            note += f" as {src.venue}'s report" if reported else f" crediting {src.venue}"
        elif left_out and not same_outlet(credited_venue, src.outlet):
            note += f" (words given to {credited_venue})"
        if both:
            note += f", both from “{o.speaker}”"
        if gap is not None and gap >= STALE_AFTER_DAYS:
            note += ": old words re-served as news"
        notes.append(note + ".")

    # A short form of the same name ("Marsh" in "Lena Marsh") is not a drift, nor is a
    # pronoun ("he" for the name another printing gives)
    # nor is a description on record ("the company" for "Acme"), nor a fuller form of a
    # name ("Henry A. Waxman"); an unnamed source described anew is
    speakers = _distinct_speakers(
        o.speaker
        for o in occ
        if (o.speaker or "").lower() not in _PRONOUNS
        and (o.own_source or o.venue or not _DESCRIPTION.match(o.speaker or ""))
    )
    speakers = _distinct_people(speakers)
    if len(speakers) > 1:
        words = f"“{shorten(link.text, 60)}”"
        named = [s for s in speakers if _PERSON_NAME.fullmatch(s) and not _DESCRIPTION.match(s)]
        if len(named) > 1:
            # not one speaker described anew but two people: a misattribution, or a link
            # of two people's words
            notes.append(f"{words} is given to different people: " + ", ".join(named))
        else:
            notes.append(
                f"the speaker of {words} is described differently: "
                + " → ".join(f"“{s}”" for s in speakers)
            )

    if len(venues) > 1:
        notes.append("the same words are credited to different outlets: " + ", ".join(venues))

    return Provenance(
        link=link,
        first_article=first.article_id,
        first_published=first.published,
        credited_venue=credited_venue,
        uncredited=tuple(uncredited),
        venue_dropped=tuple(dropped),
        first_tied=tied,
        reprints=reprints,
        stale_days=stale,
        independent_origins=max(1, len(venues)),
        notes=tuple(notes),
    )


def _days(a: Occurrence, b: Occurrence) -> int:
    """Days from printing ``a`` to printing ``b`` (0 when a date is unknown)."""
    return (b.published - a.published).days if a.published and b.published else 0


def _sources(occ: tuple[Occurrence, ...]) -> Callable[[int, int], Iterator[Occurrence]]:
    """``copied(i, n)``: the printings before ``occ[i]`` (at most ``MAX_SOURCES``), by
    other outlets, that share ``n`` words with it in order (``align.matched_words``),
    oldest first: those it may have copied."""
    words: dict[int, tuple[list[str], Counter[str]]] = {}

    def words_of(i: int) -> tuple[list[str], Counter[str]]:
        got = words.get(i)
        if got is None:
            w = normalize_words(occ[i].span.text)
            got = words[i] = (w, Counter(w))
        return got

    def copied(i: int, n: int) -> Iterator[Occurrence]:
        o, (mine, bag) = occ[i], words_of(i)
        for k in range(min(i, MAX_SOURCES) if len(mine) >= n else 0):
            e = occ[k]
            if same_outlet(e.outlet, o.outlet):
                continue
            theirs, their_bag = words_of(k)
            # the words in common, in any order, bound those matched in order
            if (bag & their_bag).total() >= n and matched_words(mine, theirs) >= n:
                yield e

    return copied


def _given_to(text: str, o: Occurrence, venue: str) -> bool:
    """Whether the article of printing ``o`` (``text``) names ``venue`` near its words
    other than as their reporter: the words were given to it ("he told the Gazette",
    "said on Radio Ledger"), not reported by it ("according to the Gazette", a wire
    dateline's "(AP)")."""
    near = text[max(0, o.span.start - GIVEN_WINDOW) : o.span.end + GIVEN_WINDOW]
    return names_outlet(_REPORTED_BY.sub(" ", near), venue)


def _credits(text: str, *outlets: str | None) -> bool:
    """Whether an article's ``text`` names one of ``outlets`` outside its photo credits
    (``names.names_outlet``): "(Reuters)" after a paragraph, "told the Gazette", "according
    to the Gazette" all credit it."""
    text = _PHOTO_CREDIT.sub(" ", text)
    return any(names_outlet(text, o) for o in outlets if o)


def _distinct_people(names: list[str]) -> list[str]:
    """``names`` less each one that ``names.same_person`` matches with one before it. Two
    names of one person share the last word of their person parts, so each is tested
    against the earlier names of that word only, not against every earlier name."""
    earlier: dict[str, list[str]] = {}
    out = []
    for name in names:
        parts = person_parts(name)
        same_last = earlier.setdefault(parts[-1], []) if parts else []
        if not any(same_person(name, t) for t in same_last):
            out.append(name)
        same_last.append(name)
    return out


def _distinct_speakers(names: Iterable[str | None]) -> list[str]:
    """The speakers in order, leaving out each one whose lower-case form contains, or is
    contained in, the form of one kept before it.

    The same as testing each against every kept form, found through an index of
    3-letter pieces: a wire quote printed by 8,000 articles that each name the speaker
    their own way took 8.4 s that way. A form seen before is decided once: it was kept,
    or was left out for a form that stays kept.
    """
    out: list[str] = []
    kept: set[str] = set()
    short: list[str] = []  # kept forms under 3 letters, tested one by one
    having: dict[str, list[str]] = {}  # piece -> kept forms that contain it
    keyed: dict[str, list[str]] = {}  # piece -> kept forms filed under it (one piece each)
    seen: set[str] = set()
    for name in names:
        low = (name or "").lower()
        if not low or low in seen:
            continue
        seen.add(low)
        pieces = {low[i : i + 3] for i in range(len(low) - 2)}
        # a kept form inside this one: it is filed under one of its pieces, all of which
        # are pieces of this one
        inside = any(k in low for k in short) or any(
            k in low for g in pieces for k in keyed.get(g, ())
        )
        # this form inside a kept one: every kept form holding its rarest piece
        if not inside and pieces:
            rarest = min(pieces, key=lambda g: len(having.get(g, ())))
            inside = any(low in k for k in having.get(rarest, ()))
        elif not inside:
            inside = any(low in k for k in kept)
        if inside:
            continue
        out.append(name)  # type: ignore[arg-type]
        kept.add(low)
        if not pieces:
            short.append(low)
            continue
        for g in pieces:
            having.setdefault(g, []).append(low)
        keyed.setdefault(min(pieces, key=lambda g: len(having[g])), []).append(low)
    return out


def assess(
    links: Iterable[QuoteLink], name_of: Labeler | None = None, text_of: Labeler | None = None
) -> list[Provenance]:
    """Assess every quote group (``assess_link``); groups with uncredited reuse first."""
    out = [assess_link(link, name_of, text_of) for link in links]
    out.sort(key=lambda p: (-len(p.uncredited), -max(p.stale_days.values(), default=0)))
    return out
