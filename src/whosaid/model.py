"""Typed records shared by every pipeline stage.

All records are frozen, slotted, keyword-only dataclasses. Offsets are Python ``str``
indices into ``Article.text``, end exclusive (``shared/eval/CONTRACT.md``). Unknown is
``None``, never ``""``. spaCy objects never appear here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from whosaid.names import same_outlet


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A piece of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build a span of ``text`` between two offsets."""
        return cls(start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One dated news article, as ingested."""

    id: str
    text: str
    published: date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # file (and line / record) it was read from

    @property
    def content_hash(self) -> str:
        """Hash of the text and the metadata that change its meaning (dedup key)."""
        h = hashlib.sha256()
        for part in (self.text, str(self.published), self.outlet or "", self.title or ""):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who a quote is attributed to, as far as the article says.

    ``mention`` is the local mention ("a second insider", "he"); ``name`` the resolved
    person or organisation, if the article names one. Anonymous speakers carry a
    ``descriptor`` ("insider", "source") and maybe an ``ordinal`` (2 for "a second
    insider"); ``ref`` numbers distinct speakers within one article, so "the insider"
    and "an insider" share it when they are the same one.
    """

    mention: Span | None = None
    name: str | None = None
    anonymous: bool = False
    descriptor: str | None = None
    ordinal: int | None = None
    group: bool = False
    ref: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex:
    """A TIMEX3 expression resolved against the publication date."""

    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # 2023-06, 2024-W04, P3M, PRESENT_REF; None when it cannot be resolved
    mod: str | None = None  # BEFORE, AFTER, START, APPROX ...

    def to_dict(self) -> dict[str, Any]:
        d = self.span.to_dict()
        d.update(type=self.type, value=self.value)
        if self.mod:
            d["mod"] = self.mod
        return d


# Extraction methods (see ``extract.quotes``): words someone said, wrote or stated as
# their view, and a stance, plan or act attributed to someone ("X criticized the plan").
# PolNeAR counts both as attributions; readers of a dossier want to tell them apart.
SPEECH_METHODS = frozenset(
    {
        "ccomp",
        "quote-cue",
        "quote",
        "dash",
        "continued",
        "colon",
        "intro",
        "trailing",
        "asked",
        "parenthetical",
        "linear",
        "according",
        "label",
        "noun-colon",
        "headline",
        "as-clause",
        "clause",
        "question",
        "directive",
        "reportative",
        "same",
    }
)
STANCE_METHODS = frozenset(
    {
        "object",
        "headline-cue",
        "xcomp",
        "noun",
        "prep",
        "adjective",
        "impersonal",
        "passive",
        "passive-bare",
        "passive-subject",
        "presentation",
        "scrutiny",
        "decision",
        "attitude",
        "desire",
        "evidence",
        "poll",
        "perspective",
        "phrasal",
        "gerund",
        "noun-that",
        "noun-is",
        "noun-topic",
        "regard",
        "prep-as",
    }
)


_CLOSING_MARKS = frozenset('"\u201d')
_OPENING_MARKS = frozenset('"\u201c')


def quoted_words(text: str) -> str:
    """The words inside the quotation marks of a direct quote's content, pieces joined by
    an ellipsis.

    A content starts inside a quotation (its opening mark is left out), so a quotation
    split by its cue reads ``A," she said. "B`` and gives ``A … B``; words after the
    last closing mark ("..., a source claimed of the singer") are dropped. Text that does
    not start inside a quotation (its first curly mark opens one) is returned as it is.
    """
    pieces: list[str] = []
    inside, start = True, 0
    for i, ch in enumerate(text):
        if inside and ch in _CLOSING_MARKS:
            pieces.append(text[start:i])
            inside = False
        elif not inside and ch in _OPENING_MARKS:
            inside, start = True, i + 1
        elif inside and ch == "\u201c" and not pieces:
            return text  # an opening mark first: the content is not a quotation's inside
    if not pieces:
        return text
    if inside:
        pieces.append(text[start:])
    parts = [p.strip().rstrip(",").strip() for p in pieces]
    return " … ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """Words attributed to a speaker in one article.

    ``method`` names the extraction strategy that found it (see ``extract.quotes``);
    ``relayed`` is true when the article passes on words given to another outlet
    ("told the Harbour Gazette at the time"), rather than its own reporting; an outlet
    that is the speaker ("X reported that ...") is the venue too (``speaker_is_outlet``).
    ``said_at`` is the
    best estimate of when the words were said: a TIMEX3 value for a point ("2022-05-14",
    "2023-03"), ``start/end`` for an interval, ``../YYYY-MM-DD`` for "on or before"
    (the default: no later than publication), or None when nothing is known.
    """

    article_id: str
    content: Span
    cue: Span | None = None
    speaker: Speaker | None = None
    venue: str | None = None
    direct: bool = True
    relayed: bool = False
    method: str | None = None
    said_at: str | None = None

    @property
    def words(self) -> str:
        """The words to show: for a direct quote, those inside its quotation marks
        (``quoted_words``), else the content text."""
        return quoted_words(self.content.text) if self.direct else self.content.text

    @property
    def anonymous(self) -> bool:
        return bool(self.speaker and self.speaker.anonymous)

    @property
    def speaker_is_outlet(self) -> bool:
        """Whether the speaker is the outlet the words appeared in ("X reported that",
        "according to X"), not a person: its name is the venue."""
        sp = self.speaker
        return bool(sp and sp.name and same_outlet(sp.name, self.venue))

    @property
    def kind(self) -> str:
        """``"speech"`` for words said or written (quotes, reported speech, beliefs
        stated), ``"stance"`` for a stance, plan or act attributed to the speaker ("X
        criticized the plan", "X plans to ..."), by ``method``."""
        return "stance" if self.method in STANCE_METHODS else "speech"

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT output fields, plus a few extra ones the scorers ignore."""
        sp = self.speaker
        return {
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": sp.mention.to_dict() if sp and sp.mention else None,
            "speaker_name": sp.name if sp else None,
            "anonymous": self.anonymous,
            "descriptor": sp.descriptor if sp else None,
            "ordinal": sp.ordinal if sp else None,
            "venue": self.venue,
            "direct": self.direct,
            "relayed": self.relayed,
            "method": self.method,
            "said_at": self.said_at,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A stated fact about a person: an age, or the year something happened.

    ``lo``/``hi`` bound the range of days the fact implies (birth dates for an age, the
    start of a state for "after 11 years of marriage"); articles are compared on them.
    """

    article_id: str
    subject: str  # person's name as written in the article
    kind: str  # born | married | divorced | separated | engaged | died
    span: Span
    lo: date | None = None
    hi: date | None = None
    stated: str | None = None  # the fact as stated: "42", "in 2011", "11 years of marriage"


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """Everything extracted from one article, or the reason it was skipped."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    facts: tuple[Fact, ...] = ()
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.article.id,
            "quotes": [q.to_dict() for q in self.quotes],
            "timexes": [t.to_dict() for t in self.timexes],
        }
        if self.error:
            d["error"] = self.error
        return d


@dataclass(frozen=True, slots=True, kw_only=True)
class Occurrence:
    """One appearance of a linked quote in one article.

    ``credited``: the printing names where the words came from (a venue other than its
    own outlet, or a speaker on record). ``own_source``: it gives them to an unnamed
    source of its own or to hearsay ("a second insider", "someone", "reports"), the
    form that can be uncredited reuse. Neither: no speaker was found (or only an
    unresolved "I"/"we"), so nothing can be said about credit.
    """

    article_id: str
    span: Span
    published: date | None
    outlet: str | None = None
    speaker: str | None = None
    venue: str | None = None
    credited: bool = False
    relayed: bool = False
    own_source: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.article_id,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "speaker": self.speaker,
            "venue": self.venue,
            "credited": self.credited,
            "own_source": self.own_source,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteLink:
    """A group of occurrences of the same words in two or more articles, oldest first."""

    text: str
    occurrences: tuple[Occurrence, ...]
    key: str | None = None

    @property
    def origin(self) -> Occurrence:
        return self.occurrences[0]

    def to_dict(self) -> dict[str, Any]:
        o = self.origin
        return {
            "text": self.text,
            "origin": {"id": o.article_id, "venue": o.venue, "published": o.to_dict()["published"]},
            "occurrences": [x.to_dict() for x in self.occurrences],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """What the assess stage concludes about one quote group."""

    link: QuoteLink
    first_article: str
    first_published: date | None
    credited_venue: str | None
    uncredited: tuple[str, ...] = ()  # article ids that print the words without credit
    # article ids that name the speaker on record but not the outlet the words were given to
    venue_dropped: tuple[str, ...] = ()
    first_tied: tuple[str, ...] = ()  # other outlets' article ids printing them the first day
    reprints: tuple[str, ...] = ()  # article ids reprinting their outlet's earlier printing
    stale_days: dict[str, int] = field(default_factory=dict)  # article id -> age of the words
    independent_origins: int = 1
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input that could not be used, and why: reported, never silently dropped."""

    source: str  # "feed.jsonl:17", "page.html", "-"
    reason: str
    id: str | None = None  # the document's id, when it could still be read

    def __str__(self) -> str:
        # Reasons from the readers already name the file ("line 3 of feed.jsonl: ...").
        name = self.source.rsplit("/", 1)[-1].split(":", 1)[0]
        return self.reason if name and name in self.reason else f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One reported statement made in two or more articles, in any wording.

    ``occurrences`` holds one unit per article, oldest first; ``score`` is the mean
    similarity of the pairs of occurrences that were scored. ``origins`` (the number of
    independent origins), ``origin_keys`` (per occurrence, the origin it counts under)
    and ``copy_of`` (per occurrence, the index of an earlier occurrence whose words it
    reprints, else None) are filled by ``whosaid.assess.claims``; None until then.
    """

    text: str
    occurrences: tuple[Occurrence, ...]
    score: float
    key: str | None = None
    origins: int | None = None
    origin_keys: tuple[str, ...] | None = None
    copy_of: tuple[int | None, ...] | None = None

    @property
    def articles(self) -> int:
        return len({o.article_id for o in self.occurrences})

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "score": round(self.score, 3),
            "origins": self.origins,
            "occurrences": [
                {
                    **o.to_dict(),
                    "origin": (self.origin_keys[i] if self.origin_keys else None),
                    "copy_of": (self.copy_of[i] if self.copy_of else None),
                }
                for i, o in enumerate(self.occurrences)
            ],
        }
