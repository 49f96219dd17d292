"""Self-contained HTML dossier: inline CSS, SVG drawn in Python, no scripts, no CDN.

Everything from an article goes through Jinja's autoescaping; URLs are only linked when
their scheme is http(s), so a ``javascript:`` link in untrusted metadata stays text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from whosaid.assess.provenance import days
from whosaid.report.dossier import segments, shown, timex_day

# Geometry of the two SVG figures, in px.
_W, _PAD, _ROW = 900, 40, 34
# a later printing's standing (assess.provenance.standings), best to worst
_CREDIT_RANK = ("credited", "reprint", "same day", "unattributed", "venue dropped", "uncredited")


def jinja_env(package: str) -> Environment:
    """A Jinja environment over ``package``'s templates that escapes everything."""
    env = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        # every value a template prints, before escaping: no control characters or bidi
        # overrides from article text (dossier.shown)
        finalize=_shown,
    )
    env.filters["days"] = days  # "1 day", "3 days"
    return env


def _shown(value: Any) -> Any:
    if isinstance(value, Markup):  # already escaped markup: keep it markup
        return Markup(shown(str(value)))
    return shown(value) if isinstance(value, str) else value


def _env() -> Environment:
    env = jinja_env("whosaid.report")
    env.filters["pct"] = lambda v: "n/a" if v is None else f"{v:.0%}"
    env.filters["safe_url"] = safe_url
    return env


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL, else None (never a ``javascript:`` link)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _x_scale(days: list[date]):
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    return lambda d: _PAD + (_W - 2 * _PAD) * (d - lo).days / span


def _timeline_figure(d: dict[str, Any]) -> dict[str, Any] | None:
    events = [(e, timex_day(e["date"])) for e in d["timeline"]]
    events = [(e, day) for e, day in events if day]
    if not events:
        return None
    x = _x_scale([day for _, day in events])
    lanes = {"published": 0, "said": 1, "mentioned": 2}
    marks = [
        {
            "x": round(x(day), 1),
            "y": 30 + lanes.get(e["kind"], 2) * _ROW,
            "kind": e["kind"],
            "label": f"{e['date']} · {e['article']}: {e['text']}",
        }
        for e, day in events
    ]
    days = sorted({day for _, day in events})
    ticks = [{"x": round(x(day), 1), "label": day.isoformat()} for day in (days[0], days[-1])]
    return {
        "w": _W,
        "h": 30 + 3 * _ROW + 20,
        "marks": marks,
        "ticks": ticks,
        "lanes": [{"y": 30 + i * _ROW, "name": n} for n, i in lanes.items()],
    }


def _graph_figure(d: dict[str, Any]) -> dict[str, Any] | None:
    """Who copied whom: articles on a time axis, an edge from first printing to each reuse."""
    if not d["groups"]:
        return None
    # one pass over the occurrences: testing each article against all of them took 2.5 s
    # for a wire quote in 8,000 articles (benchmarks/bench_scale.py)
    printed = {o["article_id"] for g in d["groups"] for o in g["occurrences"]}
    return _graph_of(d, [a["id"] for a in d["articles"] if a["id"] in printed])


def _graph_of(d: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """The graph of ``_graph_figure`` over the articles ``ids`` (those that printed a
    group's words, in the dossier's order)."""
    arts = {a["id"]: a for a in d["articles"]}
    days = [timex_day(arts[i]["published"]) or date.min for i in ids]
    known = [x for x in days if x != date.min] or [date(2000, 1, 1)]
    x = _x_scale(known)
    nodes = {}
    for row, (i, day) in enumerate(sorted(zip(ids, days, strict=True), key=lambda p: (p[1], p[0]))):
        nodes[i] = {
            "id": i,
            "x": round(x(day) if day != date.min else _PAD, 1),
            "y": 40 + row * _ROW * 1.4,
            "label": f"{arts[i]['label']} ({arts[i]['published'] or 'undated'})",
        }
    edges = {}
    for g in d["groups"]:
        first = g["occurrences"][0]["article_id"]
        for o in g["occurrences"][1:]:
            key = (first, o["article_id"])
            e = edges.setdefault(
                key,
                {
                    "a": nodes[first],
                    "b": nodes[o["article_id"]],
                    "credit": "credited",
                    "groups": [],
                },
            )
            # the edge is as bad as its worst printing (a reprint of an outlet's own words
            # copied no one)
            e["credit"] = max(e["credit"], o["credit"], key=_CREDIT_RANK.index)
            e["groups"].append(f"{g['id']} ({o['credit']})")
    sources = []
    for g in d["groups"]:
        v = g["occurrences"][0]["venue"]
        if v:
            sources.append({"venue": v, "node": nodes[g["occurrences"][0]["article_id"]]})
    uniq = {(s["venue"], s["node"]["id"]): s for s in sources}
    return {
        "w": _W + 260,
        "h": 60 + len(nodes) * _ROW * 1.4,
        "nodes": list(nodes.values()),
        "edges": list(edges.values()),
        "sources": list(uniq.values()),
    }


def _segments(a: dict[str, Any]) -> list[dict[str, Any]]:
    """An article's text in plain, quote and speaker pieces (spans may nest)."""
    pieces = segments(a["text"], ((sp["start"], sp["end"], sp["kind"]) for sp in a["spans"]))
    return [{"kind": " ".join(p["kinds"]), "text": p["text"]} for p in pieces]


def render_html(d: dict[str, Any]) -> str:
    """Render the dossier dict as one self-contained HTML page."""
    articles = [dict(a, segments=_segments(a)) for a in d["articles"]]
    return (
        _env()
        .get_template("dossier.html.j2")
        .render(d=d, articles=articles, timeline=_timeline_figure(d), graph=_graph_figure(d))
    )
