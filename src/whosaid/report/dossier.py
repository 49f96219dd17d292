"""The story dossier: one data structure, rendered as a table, JSON, Markdown or HTML.

``build_dossier`` turns extractions, quote groups and fact conflicts into a plain dict
(the JSON format *is* that dict), so every renderer, the CLI and the web app read the
same thing. Article text is untrusted: the HTML renderer autoescapes everything.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from whosaid.assess.provenance import count, days, shorten, standings
from whosaid.errors import InputError
from whosaid.model import Article, Claim, Extraction, Fact, Provenance, Quote
from whosaid.names import canonical_people, same_outlet

FORMATS = ("table", "json", "md", "html")
# Longest quote text shown in a table cell before it is cut with an ellipsis.
CELL_CHARS = 110
# A claim printed by this many articles from one origin is an echo worth a finding.
CLAIM_ECHO_ARTICLES = 3
# Timexes shown on the timeline must resolve to at least a year-month, or they say
# nothing a reader can place ("PRESENT_REF", "P3M").
_TIMELINE_MIN_VALUE_LEN = 7


def article_label(a: Article, limit: int = 60) -> str:
    """How an article is named to a reader: its outlet, else its title, else its id."""
    if a.outlet:
        return a.outlet
    if a.title:
        return a.title if len(a.title) <= limit else a.title[: limit - 1].rstrip() + "…"
    return a.id


def distinct_labels(articles: Iterable[Article]) -> dict[str, str]:
    """``article_label`` of each article by id, with the id after it where two articles
    would share a label ("BBC (bbc-0523-2090)": a corpus without titles names most
    articles by their outlet alone)."""
    base = {a.id: article_label(a) for a in articles}
    n = Counter(base.values())
    return {
        i: f"{label} ({i})" if n[label] > 1 and label != i else label for i, label in base.items()
    }


def speaker_label(q: Quote) -> str | None:
    """Readable speaker: the name if resolved, else the mention ("a second insider")."""
    sp = q.speaker
    if sp is None:
        return None
    if sp.name and not sp.anonymous:
        return sp.name
    if sp.mention:
        return sp.mention.text
    return sp.descriptor


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _quote_row(
    q: Quote, a: Article, group_of: dict[tuple[str, int], list[int]], label: str | None = None
) -> dict[str, Any]:
    groups = group_of.get((a.id, q.content.start), [])
    sp = q.speaker
    return {
        "article_id": a.id,
        "article": label or article_label(a),
        "published": _iso(a.published),
        "text": q.words,
        "start": q.content.start,
        "end": q.content.end,
        "speaker": speaker_label(q),
        "speaker_mention": sp.mention.text if sp and sp.mention else None,
        "speaker_name": sp.name if sp else None,
        "anonymous": q.anonymous,
        "speaker_is_outlet": q.speaker_is_outlet,
        "descriptor": sp.descriptor if sp else None,
        "ordinal": sp.ordinal if sp else None,
        "speaker_ref": sp.ref if sp else None,
        "venue": q.venue,
        "cue": q.cue.text if q.cue else None,
        "direct": q.direct,
        "relayed": q.relayed,
        "said_at": q.said_at,
        "method": q.method,
        "kind": q.kind,
        "group": groups[0] if groups else None,  # the first of ``groups``
        "groups": groups,  # every quote group with words of this quote
    }


def quote_rows(
    extractions: Iterable[Extraction], people: dict[str, str]
) -> Iterator[dict[str, Any]]:
    """A dossier's ``quotes`` rows without groups, one at a time (``build_dossier`` of
    extractions in date order holds every article; ``whosaid quotes`` streams these).

    Args:
        extractions: articles in the dossier's order (date, then id); failed ones skipped.
        people: ``canonical_people`` of the named speakers' names (``person`` of a row).
    """
    for x in extractions:
        if x.error:
            continue
        for q in x.quotes:
            row = _quote_row(q, x.article, {})
            row["person"] = people[row["speaker_name"]] if _is_person(row) else None
            yield row


def named_speakers(extractions: Iterable[Extraction]) -> Iterator[str]:
    """The names that ``_people`` groups: each named, not anonymous quote's speaker name."""
    for x in extractions:
        if not x.error:
            for q in x.quotes:
                if q.speaker and q.speaker.name and not q.anonymous and not q.speaker_is_outlet:
                    yield q.speaker.name


def _is_person(row: dict[str, Any]) -> bool:
    """A quote row whose speaker is a named person: not anonymous, not an outlet."""
    return bool(row["speaker_name"]) and not row["anonymous"] and not row["speaker_is_outlet"]


def _people(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Named speakers, one row per person across articles (``names.canonical_people``),
    most quoted first; sets each quote row's ``person``."""
    for q in quotes:
        q["person"] = None
    named = [q for q in quotes if _is_person(q)]
    canon = canonical_people(q["speaker_name"] for q in named)
    rows: dict[str, dict[str, Any]] = {}
    for q in named:
        person = q["person"] = canon[q["speaker_name"]]
        r = rows.setdefault(
            person,
            {"name": person, "aliases": set(), "quotes": 0, "articles": set(), "outlets": set()},
        )
        r["aliases"].add(q["speaker_name"])
        r["quotes"] += 1
        r["articles"].add(q["article_id"])
        r["outlets"].add(q["article"])
    out = [
        {
            "name": r["name"],
            "aliases": sorted(r["aliases"] - {r["name"]}),
            "quotes": r["quotes"],
            "articles": len(r["articles"]),
            "outlets": sorted(r["outlets"]),
        }
        for r in rows.values()
    ]
    out.sort(key=lambda r: (-r["quotes"], r["name"]))
    return out


def _fact_row(f: Fact, articles: dict[str, Article], labels: dict[str, str]) -> dict[str, Any]:
    a = articles.get(f.article_id)
    return {
        "article_id": f.article_id,
        "article": labels.get(f.article_id, f.article_id),
        "published": _iso(a.published) if a else None,
        "subject": f.subject,
        "kind": f.kind,
        "stated": f.stated or f.span.text,
        "text": f.span.text,
        "start": f.span.start,
        "end": f.span.end,
        "lo": _iso(f.lo),
        "hi": _iso(f.hi),
    }


def build_dossier(
    extractions: Sequence[Extraction],
    provenance: Sequence[Provenance] = (),
    conflicts: Iterable[tuple[Fact, Fact]] = (),
    *,
    claims: Sequence[Claim] = (),
    title: str | None = None,
) -> dict[str, Any]:
    """Assemble the dossier of a set of articles.

    Args:
        extractions: one per article (failed ones are listed, not analysed).
        provenance: assessed quote groups (``whosaid.assess.assess``).
        conflicts: pairs of facts that disagree (``whosaid.assess.facts.fact_conflicts``).
        claims: statements made in several articles, with their independent origins
            (``whosaid.assess.claims.assess_claims``).
        title: a heading; defaults to a description of the set.

    Returns:
        A JSON-serialisable dict: ``summary``, ``findings``, ``articles``, ``quotes``,
        ``groups``, ``claims``, ``people``, ``timeline``, ``conflicts``, ``failed``.
    """
    ok = [x for x in extractions if not x.error]
    ok.sort(key=lambda x: (x.article.published or date.max, x.article.id))
    articles = {x.article.id: x.article for x in ok}
    labels = distinct_labels(articles.values())
    quotes_of = {x.article.id: x.quotes for x in ok}

    # Groups are numbered in provenance order (most uncredited reuse first).
    group_of: dict[tuple[str, int], list[int]] = {}
    groups = []
    findings: list[str] = []
    for gid, p in enumerate(provenance, start=1):
        occs = []
        for o, credit in zip(p.link.occurrences, standings(p), strict=True):
            a = articles.get(o.article_id)
            occs.append(
                {
                    "article_id": o.article_id,
                    "article": labels[a.id] if a else (o.outlet or o.article_id),
                    "published": _iso(o.published),
                    "outlet": o.outlet,
                    "text": o.span.text,
                    "start": o.span.start,
                    "end": o.span.end,
                    "speaker": o.speaker,
                    "venue": o.venue,
                    "credited": o.credited,
                    "credit": credit,
                    "relayed": o.relayed,
                    "age_days": p.stale_days.get(o.article_id, 0),
                }
            )
        # Map each quote that contains an occurrence to its group, for the quote cards.
        for o in p.link.occurrences:
            for q in quotes_of.get(o.article_id, ()):
                if q.content.start <= o.span.start < q.content.end:
                    held = group_of.setdefault((o.article_id, q.content.start), [])
                    if gid not in held:
                        held.append(gid)
        groups.append(
            {
                "id": gid,
                "text": p.link.text,
                "first_article": p.first_article,
                "first_published": _iso(p.first_published),
                "credited_venue": p.credited_venue,
                "uncredited": list(p.uncredited),
                "venue_dropped": list(p.venue_dropped),
                "first_tied": list(p.first_tied),
                "independent_origins": p.independent_origins,
                "notes": list(p.notes),
                "occurrences": occs,
            }
        )
        findings.extend(p.notes)

    quotes = [
        _quote_row(q, x.article, group_of, labels[x.article.id]) for x in ok for q in x.quotes
    ]
    people = _people(quotes)

    art_rows = []
    for x in ok:
        a = x.article
        n = len(x.quotes)
        anon = sum(q.anonymous for q in x.quotes)
        art_rows.append(
            {
                "id": a.id,
                "label": labels[a.id],
                "title": a.title,
                "outlet": a.outlet,
                "url": a.url,
                "published": _iso(a.published),
                "quotes": n,
                "anonymous": anon,
                "anonymous_share": round(anon / n, 3) if n else None,
                "text": a.text,
                "spans": sorted(
                    [
                        {"start": q.content.start, "end": q.content.end, "kind": "quote"}
                        for q in x.quotes
                    ]
                    + [
                        {
                            "start": q.speaker.mention.start,
                            "end": q.speaker.mention.end,
                            "kind": "speaker",
                        }
                        for q in x.quotes
                        if q.speaker and q.speaker.mention
                    ],
                    key=lambda s: (s["start"], -s["end"]),
                ),
            }
        )

    timeline = []
    for x in ok:
        a = x.article
        if a.published:
            timeline.append(
                {
                    "date": a.published.isoformat(),
                    "kind": "published",
                    "article_id": a.id,
                    "article": labels[a.id],
                    "text": a.title or labels[a.id],
                    "start": None,
                    "end": None,
                }
            )
        for q in x.quotes:
            if q.said_at and q.said_at[:1].isdigit() and q.said_at[:10] != _iso(a.published):
                timeline.append(
                    {
                        "date": q.said_at,
                        "kind": "said",
                        "article_id": a.id,
                        "article": labels[a.id],
                        "text": q.words,
                        "start": q.content.start,
                        "end": q.content.end,
                    }
                )
        for t in x.timexes:
            v = t.value or ""
            if (
                t.type == "DATE"
                and v[:4].isdigit()
                and len(v) >= _TIMELINE_MIN_VALUE_LEN
                and v[:10] != _iso(a.published)
            ):
                timeline.append(
                    {
                        "date": v,
                        "kind": "mentioned",
                        "article_id": a.id,
                        "article": labels[a.id],
                        "text": _sentence_around(a.text, t.span.start, t.span.end),
                        "start": t.span.start,
                        "end": t.span.end,
                    }
                )
    timeline.sort(
        key=lambda e: (timex_day(e["date"]) or date.max, e["kind"] != "published", e["date"])
    )

    conflict_rows = [
        {
            "subject": f1.subject,
            "kind": f1.kind,
            "a": _fact_row(f1, articles, labels),
            "b": _fact_row(f2, articles, labels),
        }
        for f1, f2 in conflicts
    ]
    for c in conflict_rows:
        findings.append(
            f"{c['subject']}: {c['a']['article']} says “{c['a']['text']}” but "
            f"{c['b']['article']} says “{c['b']['text']}” ({c['kind']} {c['a']['lo']}…{c['a']['hi']} "
            f"vs {c['b']['lo']}…{c['b']['hi']})."
        )

    claim_rows = []
    for c in sorted(claims, key=lambda c: (-c.articles, -(c.origins or 0), c.text)):
        row = c.to_dict()
        for o in row["occurrences"]:
            a = articles.get(o["id"])
            o["article"] = labels[a.id] if a else (o["outlet"] or o["id"])
        row["articles"] = c.articles
        claim_rows.append(row)
        if c.origins == 1 and c.articles >= CLAIM_ECHO_ARTICLES:
            findings.append(
                f"“{cut(c.text, 100)}”: claimed in {c.articles} articles, all from one origin."
            )

    n_quotes = len(quotes)
    n_anon = sum(q["anonymous"] for q in quotes)
    dates = [a.published for a in articles.values() if a.published]
    outlets = Counter(a.outlet for a in articles.values() if a.outlet)
    summary = {
        "articles": len(ok),
        "failed": len(extractions) - len(ok),
        "outlets": sorted(outlets),
        "first": _iso(min(dates)) if dates else None,
        "last": _iso(max(dates)) if dates else None,
        "quotes": n_quotes,
        "anonymous_quotes": n_anon,
        "anonymous_share": round(n_anon / n_quotes, 3) if n_quotes else None,
        "groups": len(groups),
        "uncredited_reuses": sum(len(g["uncredited"]) for g in groups),
        "venues_dropped": sum(len(g["venue_dropped"]) for g in groups),
        "conflicts": len(conflict_rows),
        "claims": len(claim_rows),
        "claims_single_origin": sum(1 for c in claim_rows if c["origins"] == 1),
    }
    if title is None:
        span = f"{summary['first']} to {summary['last']}" if dates else "undated"
        title = f"Dossier of {len(ok)} article{'s' if len(ok) != 1 else ''}, {span}"
    return {
        "title": title,
        "summary": summary,
        # two groups (or conflicts) can give the same line: "speaker described
        # differently: 'Mr Pruett' -> 'Dale Pruett'" once per quote he said
        "findings": list(dict.fromkeys(findings)),
        "articles": art_rows,
        "quotes": quotes,
        "groups": groups,
        "claims": claim_rows,
        "people": people,
        "timeline": timeline,
        "conflicts": conflict_rows,
        "failed": [{"id": x.article.id, "error": x.error} for x in extractions if x.error],
    }


def timex_day(value: str | None) -> date | None:
    """The first day a TIMEX3-like value can mean: "2023" → 2023-01-01, "2024-W04" → its
    Monday, "2022-03-01/2022-05-14" → 2022-03-01, "../2022-05-14" → 2022-05-14."""
    if not value:
        return None
    start, _, end = value.partition("/")
    v = end if start == ".." else start
    try:
        if len(v) >= 8 and v[4:6] == "-W" and v[6:8].isdigit():
            return date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
        parts = v[:10].split("-")
        if not parts[0].isdigit() or len(parts[0]) != 4:
            return None
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
        return date(int(parts[0]), month, day)
    except ValueError:
        return None


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Cut ``text`` where a span starts or ends, for highlighting.

    Args:
        text: the article text.
        spans: ``(start, end, kind)`` triples, kinds such as "quote" and "speaker";
            spans may nest or overlap.

    Returns:
        ``{"text", "kinds", "start"}`` pieces covering ``text`` in order; ``kinds`` is the
        sorted tuple of the kinds of every span covering the piece.
    """
    n = len(text)
    spans = [(max(0, min(s, n)), max(0, min(e, n)), k) for s, e, k in spans]
    bounds = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    # A piece [lo, hi) between two bounds lies inside a span exactly when the span starts
    # at or before lo and ends after it, so one sweep over the bounds keeps the covering
    # kinds (testing every span for every piece took 0.7 s for an article of 2,000 quotes).
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for s, e, k in spans:
        if s < e:
            opens.setdefault(s, []).append(k)
            closes.setdefault(e, []).append(k)
    covering: Counter[str] = Counter()
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        covering.subtract(closes.get(lo, ()))
        covering.update(opens.get(lo, ()))
        kinds = tuple(sorted(k for k, c in covering.items() if c > 0))
        out.append({"text": text[lo:hi], "kinds": kinds, "start": lo})
    return out


def _sentence_around(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence (or line) holding ``text[start:end]``, cut to ``limit`` characters."""
    stop = text.rfind(". ", 0, start)
    # No ". " before it: the sentence starts the text (rfind's -1 + 2 would cut a letter).
    lo = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, start) + 1)
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    hi = min(hi_candidates) + 1 if hi_candidates else len(text)
    s = text[lo:hi].strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


def first_label(venue: str | None, outlet: str | None, tied: int = 0) -> str:
    """How a group's first printing is shown: "first", and the outlet it names as the
    words' venue ("first, credits X"), unless that is the printing outlet itself; with
    ``tied`` other outlets printing the words the same day, which was first is unknown
    ("first of 3 the same day")."""
    label = f"first of {tied + 1} the same day" if tied else "first"
    if venue and not same_outlet(venue, outlet):
        return f"{label}, credits {venue}"
    return label


def standing_label(group: dict, o: dict, uncredited: str = "uncredited") -> str:
    """An occurrence's standing as a report shows it: ``first_label`` for the group's
    first printing (it credits no one before it), else its credit, with "uncredited" as
    the format writes it (``uncredited``)."""
    if o is group["occurrences"][0]:
        return first_label(o["venue"], o["outlet"], len(group["first_tied"]))
    return uncredited if o["credit"] == "uncredited" else o["credit"]


def cut(s: str | None, n: int = CELL_CHARS) -> str:
    """``s`` on one line, shortened to ``n`` characters (``assess.provenance.shorten``)."""
    return shorten(s, n)


# Characters article text is never shown with: control characters (C0 but tab and line
# breaks, DEL, C1: a terminal's escape sequences) become U+FFFD; bidi embeddings,
# overrides and isolates are dropped, so a quote cannot reverse the words around it.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_UNSHOWN = re.compile(f"{_CONTROLS.pattern}|{_BIDI.pattern}")


def shown(text: str) -> str:
    """``text`` as the text and Markdown renderings, the CLI tables and every HTML page
    show it: without control characters or bidi overrides (see ``_CONTROLS``)."""
    if not _UNSHOWN.search(text):  # nearly every value: one pass, not two
        return text
    return _BIDI.sub("", _CONTROLS.sub("\ufffd", text))


def render_dossier(dossier: dict[str, Any], fmt: str = "table", *, width: int = 140) -> str:
    """Render a dossier dict as ``table`` (plain-text tables), ``json``, ``md`` or ``html``.

    Raises:
        InputError: unknown format.
    """
    if fmt == "json":
        return json.dumps(dossier, ensure_ascii=False, indent=2)
    if fmt == "md":
        return shown(_markdown(dossier))
    if fmt == "html":
        from whosaid.report.html import render_html

        return render_html(dossier)
    if fmt == "table":
        return shown(_table(dossier, width=width))
    raise InputError(f"unknown dossier format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _mark(q: dict[str, Any]) -> str:
    """How a quote row is labelled: a stance ("criticized the plan"), reported speech, or
    nothing for the speaker's own words."""
    return "[stance] " if q.get("kind") == "stance" else "" if q["direct"] else "[reported] "


def _speaker_cell(q: dict[str, Any]) -> str:
    s = q["speaker"] or "—"
    if q["anonymous"]:
        s += " (anon.)"
    return s


def summary_parts(s: dict[str, Any]) -> list[str]:
    """The dossier's one-line summary as phrases ("4 articles", "3 uncredited reuses"),
    shared by the text and Markdown renderings; a count that is ``None`` was not made
    (a trace of some words has no quote count, a listing of quotes no groups)."""
    parts = []
    if s["quotes"] is not None:
        share = f"{s['anonymous_share']:.0%}" if s["anonymous_share"] is not None else "n/a"
        parts += [
            count(s["articles"], "article"),
            count(len(s["outlets"]), "named outlet"),
            f"{count(s['quotes'], 'quote')} ({s['anonymous_quotes']} anonymous, {share})",
        ]
    if s["groups"] is not None:
        parts += [
            count(s["groups"], "quote group") + " across articles",
            count(s["uncredited_reuses"], "uncredited reuse"),
        ]
        if n := s["venues_dropped"]:
            parts.append(f"{n} printing{'s that drop' if n > 1 else ' that drops'} the venue")
    if s["conflicts"] is not None:
        parts.append(count(s["conflicts"], "fact conflict"))
    if s["claims"] is not None:
        parts.append(
            f"{count(s['claims'], 'claim')} in several articles"
            f" ({s['claims_single_origin']} with one origin)"
        )
    return parts


def _table(d: dict[str, Any], *, width: int) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def row(*cells: str | None) -> list[Text]:
        # Article text is data, never Rich markup: "[/laughs]" must print as written.
        return [Text(c or "") for c in cells]

    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=False, color_system=None, highlight=False)
    con.print(Text(d["title"], style="bold"))
    con.print(", ".join(summary_parts(d["summary"])) + ".", markup=False)
    if d["findings"]:
        con.print("\n[b]Findings[/b]")
        for f in d["findings"]:
            con.print(f" • {f}", markup=False)

    if d["articles"]:
        t = Table(title="Articles", title_justify="left", expand=False)
        for c in ("published", "article", "quotes", "anonymous"):
            t.add_column(c)
        for a in d["articles"]:
            share = f"{a['anonymous']} ({a['anonymous_share']:.0%})" if a["quotes"] else "0"
            t.add_row(*row(a["published"] or "—", cut(a["label"], 60), str(a["quotes"]), share))
        con.print()
        con.print(t)

    linked = d["summary"]["groups"] is not None  # a listing of quotes has no group column
    t = Table(title="Who said what", title_justify="left", show_lines=False)
    for c, kw in (
        ("published", {"no_wrap": True}),
        ("article", {"max_width": 22}),
        ("speaker", {"max_width": 26}),
        ("venue", {"max_width": 18}),
        ("cue", {"max_width": 10}),
        ("quote", {"ratio": 1}),
        *([("grp", {"no_wrap": True})] if linked else []),
    ):
        t.add_column(c, **kw)
    for q in d["quotes"]:
        venue = q["venue"] or ""
        if q["relayed"]:
            venue = (venue + " (relayed)").strip()
        cells = [
            q["published"] or "—",
            q["article"],
            _speaker_cell(q),
            venue,
            q["cue"] or "",
            _mark(q) + cut(q["text"]),
        ]
        t.add_row(*row(*cells, *([", ".join(map(str, q["groups"]))] if linked else [])))
    if d["quotes"]:
        con.print()
        con.print(t)

    if d["groups"]:
        con.print("\n[b]Quotes printed in more than one article[/b]")
        for g in d["groups"]:
            con.print(f"\n [{g['id']}] “{cut(g['text'], 150)}”", markup=False)
            for o in g["occurrences"]:
                credit = standing_label(g, o, "UNCREDITED")
                age = f", +{days(o['age_days'])}" if o["age_days"] else ""
                con.print(
                    f"     {o['published'] or '—'}  {o['article']}: {o['speaker'] or '—'}"
                    f"{' → ' + o['venue'] if o['venue'] else ''} [{credit}{age}]",
                    markup=False,
                )

    if d.get("claims"):
        t = Table(title="Claims made in more than one article", title_justify="left")
        for c, kw in (
            ("articles", {"no_wrap": True}),
            ("origins", {"no_wrap": True}),
            ("claim", {"ratio": 1}),
            ("printed by", {"max_width": 40}),
        ):
            t.add_column(c, **kw)
        for c in d["claims"]:
            by = ", ".join(dict.fromkeys(o["article"] for o in c["occurrences"]))
            t.add_row(
                *row(str(c["articles"]), str(c["origins"] or "?"), cut(c["text"]), cut(by, 80))
            )
        con.print()
        con.print(t)

    if d.get("people"):
        t = Table(title="Named speakers", title_justify="left")
        for c, kw in (
            ("person", {"max_width": 32}),
            ("quotes", {"no_wrap": True}),
            ("articles", {"no_wrap": True}),
            ("also written", {"ratio": 1}),
        ):
            t.add_column(c, **kw)
        for p in d["people"]:
            t.add_row(
                *row(p["name"], str(p["quotes"]), str(p["articles"]), ", ".join(p["aliases"]))
            )
        con.print()
        con.print(t)

    if d["timeline"]:
        t = Table(title="Timeline", title_justify="left")
        for c, kw in (
            ("date", {"no_wrap": True}),
            ("what", {}),
            ("article", {"max_width": 24}),
            ("text", {"ratio": 1}),
        ):
            t.add_column(c, **kw)
        for e in d["timeline"]:
            t.add_row(*row(e["date"], e["kind"], e["article"], cut(e["text"])))
        con.print()
        con.print(t)

    if d["conflicts"]:
        t = Table(title="Facts that disagree", title_justify="left")
        for c in ("person", "fact", "one article says", "another says"):
            t.add_column(c)
        for c in d["conflicts"]:
            a, b = c["a"], c["b"]
            t.add_row(
                *row(
                    c["subject"],
                    c["kind"],
                    f"{a['article']} ({a['published']}): “{a['text']}”",
                    f"{b['article']} ({b['published']}): “{b['text']}”",
                )
            )
        con.print()
        con.print(t)
    if d["failed"]:
        con.print("\n[b]Not analysed[/b]")
        for f in d["failed"]:
            con.print(f" • {f['id']}: {f['error']}", markup=False)
    return buf.getvalue()


# Characters that make Markdown out of text: raw HTML, links, code spans, table cells.
_MD_SPECIAL = re.compile(r"([\\`\[\]<>|*_~])")


def _md_cell(s: Any) -> str:
    """Untrusted text as Markdown that renders as written: no raw HTML, links, code
    spans or cell breaks (the backslash is escaped too, so ``\\|`` cannot undo one)."""
    return _MD_SPECIAL.sub(r"\\\1", str(s if s is not None else "")).replace("\n", " ")


def _markdown(d: dict[str, Any]) -> str:
    s = d["summary"]
    out = [f"# {_md_cell(d['title'])}", ""]
    out.append(" · ".join(summary_parts(s)))
    if d["findings"]:
        out += ["", "## Findings", ""] + [f"- {_md_cell(f)}" for f in d["findings"]]
    if d["articles"]:
        out += [
            "",
            "## Articles",
            "",
            "| published | article | quotes | anonymous |",
            "|---|---|---:|---:|",
        ]
    for a in d["articles"]:
        out.append(
            f"| {a['published'] or '—'} | {_md_cell(a['label'])} | {a['quotes']} | {a['anonymous']} |"
        )
    linked = s["groups"] is not None  # a listing of quotes has no group column
    if d["quotes"]:
        out += [
            "",
            "## Who said what",
            "",
            "| published | article | speaker | venue | cue | quote |"
            + (" group |" if linked else ""),
            "|---|---|---|---|---|---|" + ("---|" if linked else ""),
        ]
    for q in d["quotes"]:
        venue = (q["venue"] or "") + (" (relayed)" if q["relayed"] else "")
        group = f" {', '.join(map(str, q['groups']))} |" if linked else ""
        out.append(
            f"| {q['published'] or '—'} | {_md_cell(q['article'])} | {_md_cell(_speaker_cell(q))} | {_md_cell(venue)} "
            f"| {_md_cell(q['cue'])} | {_md_cell(_mark(q) + cut(q['text']))} |{group}"
        )
    if d["groups"]:
        out += ["", "## Quotes printed in more than one article"]
        for g in d["groups"]:
            out += ["", f"**[{g['id']}]** “{_md_cell(cut(g['text'], 200))}”", ""]
            for o in g["occurrences"]:
                credit = standing_label(g, o, "**uncredited**")
                out.append(
                    f"- {o['published'] or '—'} {_md_cell(o['article'])}: {_md_cell(o['speaker'] or '—')}"
                    f"{' → ' + _md_cell(o['venue']) if o['venue'] else ''} ({credit}"
                    f"{', +' + days(o['age_days']) if o['age_days'] else ''})"
                )
    if d.get("claims"):
        out += [
            "",
            "## Claims made in more than one article",
            "",
            "| articles | origins | claim | printed by |",
            "|---:|---:|---|---|",
        ]
        for c in d["claims"]:
            by = ", ".join(dict.fromkeys(o["article"] for o in c["occurrences"]))
            out.append(
                f"| {c['articles']} | {c['origins'] or '?'} | {_md_cell(cut(c['text']))} | {_md_cell(by)} |"
            )
    if d.get("people"):
        out += [
            "",
            "## Named speakers",
            "",
            "| person | quotes | articles | also written |",
            "|---|---:|---:|---|",
        ]
        for p in d["people"]:
            out.append(
                f"| {_md_cell(p['name'])} | {p['quotes']} | {p['articles']} | {_md_cell(', '.join(p['aliases']))} |"
            )
    if d["timeline"]:
        out += ["", "## Timeline", "", "| date | what | article | text |", "|---|---|---|---|"]
        for e in d["timeline"]:
            out.append(
                f"| {e['date']} | {e['kind']} | {_md_cell(e['article'])} | {_md_cell(cut(e['text']))} |"
            )
    if d["conflicts"]:
        out += [
            "",
            "## Facts that disagree",
            "",
            "| person | fact | one article says | another says |",
            "|---|---|---|---|",
        ]
        for c in d["conflicts"]:
            a, b = c["a"], c["b"]
            out.append(
                f"| {_md_cell(c['subject'])} | {c['kind']} | {_md_cell(a['article'])}: “{_md_cell(a['text'])}” "
                f"| {_md_cell(b['article'])}: “{_md_cell(b['text'])}” |"
            )
    if d["failed"]:
        out += ["", "## Not analysed", ""] + [
            f"- {_md_cell(f['id'])}: {_md_cell(f['error'])}" for f in d["failed"]
        ]
    return "\n".join(out) + "\n"
