"""TIMEX3 recognition and normalisation, and when quoted words were said.

``find_timexes`` is a pure-Python rule tagger (no spaCy): the ordered regex table in
``extract.timex_rules`` proposes candidates, the longest non-overlapping ones are kept
(ties go to the earlier rule), and a resolver per rule gives the TIMEX3 type, value and
mod. The approach is HeidelTime's (Strötgen & Gertz 2013, "Multilingual and cross-domain
temporal tagging", LRE 47): rules for extent, news-style resolution of relative
expressions against the document creation time, and a reference time that follows the
last absolute date for anaphoric ones ("a year earlier", "that day"). Off-the-shelf
libraries were measured first (``benchmarks/timex_libraries.md``); none gives TIMEX3
types or coarse values, so the rules are ours.

Conventions (TimeML / TempEval-3):

* Bare weekdays resolve to the most recent such day on or before publication, unless the
  clause has a future cue ("will", "scheduled" ...), then to the next one.
* Bare months resolve to the most recent such month not after publication (future cue:
  the next one). Month-day without a year takes the year that puts it nearest publication.
* "at the time" / "then" are anaphoric and not tagged (TE3 annotators left almost all of
  them out); ``assign_said_at`` reads them itself.
* "former" is not tagged: TimeML treats it as an adjective of the noun, not a time, and
  tagging it costs precision on the TE3 training set. "formerly", "recently" are PAST_REF.
* Without a publication date, relative expressions get value ``None``; absolute ones
  keep their value, and a month-day without a year gets ``XXXX-MM-DD``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, timedelta

from whosaid.extract import timex_rules as R
from whosaid.model import Article, Quote, Span, Timex

log = logging.getLogger("whosaid")

# Prepositions that a rule may have used as left context but that TimeML leaves out.
_LEFT_TRIM = re.compile(r"^(?:for|over|in|by|at|around the|on)\s+", re.I)
# How far around a bare weekday / month to look for a future cue, in characters: one
# clause of news prose (the median TE3 sentence is ~150 characters).
CUE_WINDOW = 80


# ---- calendar helpers ------------------------------------------------------------------
def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _num(word: str | None) -> float | None:
    """Number from digits or English words; None for vague quantities ("several")."""
    if word is None:
        return None
    w = word.lower().replace("-", " ").strip()
    if w in R.VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    m = re.fullmatch(r"(\d+) 1/2", w)
    if m:
        return int(m.group(1)) + 0.5
    if w in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[w]
    parts = w.split()
    if parts and all(p in R.NUMBER_WORDS for p in parts):
        return sum(R.NUMBER_WORDS[p] for p in parts)
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _duration(n: float | None, unit: str) -> str:
    """ISO 8601 duration for ``n`` units ("P3M", "PT5H", "PXY" when n is vague)."""
    u = unit.lower().rstrip("s")
    letter, mult, is_time = R.UNITS.get(u, ("X", 1, False))
    if n is None:
        num = "X"
    elif n != int(n) and letter in ("Y", "D", "H"):
        # half units: 2 1/2 years -> P2Y6M, 1.5 hours -> PT1H30M
        sub = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60)}[letter]
        whole = int(n)
        frac = round((n - whole) * sub[1])
        pre = "PT" if is_time or letter == "D" and whole == 0 else "P"
        head = f"{whole}{letter}" if whole else ""
        if letter == "D":
            return f"P{head}T{frac}H" if whole else f"PT{frac}H"
        return f"{pre}{head}{frac}{sub[0]}"
    else:
        num = _fmt_num(n * mult)
    return ("PT" if is_time else "P") + num + letter


def _month_of(name: str) -> int:
    return R.MONTHS[name.lower().rstrip(".")]


def _weekday_of(name: str) -> int:
    return R.WEEKDAYS[name.lower().rstrip(".")]


def _future_cue(text: str, start: int, end: int) -> bool:
    """True if the clause around [start, end) speaks of the future."""
    lo = max(0, start - CUE_WINDOW)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind('"'), left.rfind("“"))
    if cut >= 0:
        left = left[cut + 1 :]
    right = text[end : end + 30]
    cut = min((i for i in (right.find(". "), right.find("\n")) if i >= 0), default=len(right))
    right = right[:cut]
    return bool(R.FUTURE_CUES.search(left) or re.match(r"\s*(?:will|is due|are due)\b", right))


def _resolve_weekday(wd: int, pub: date, rel: str | None, future: bool) -> date:
    rel = (rel or "").lower()
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if rel in ("last", "this past", "the previous"):
        return pub - timedelta(days=back or 7)
    if rel in ("next", "this coming", "coming", "the following", "the next"):
        return pub + timedelta(days=fwd or 7)
    if future:
        return pub + timedelta(days=fwd)
    return pub - timedelta(days=back)


def _nearest_year(pub: date, month: int, day: int) -> int:
    best = pub.year
    best_gap = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            gap = abs((date(y, month, day) - pub).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus 1991)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    d = date(y, month, 1)
    d += timedelta(days=(wd - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _mod_of(word: str | None) -> str | None:
    if not word:
        return None
    return R.MODS.get(word.lower().strip()) or R.MODS.get(word.lower().strip().rstrip("-"))


# ---- resolution context ----------------------------------------------------------------
class _Ctx:
    """Per-document state: publication date and the last absolute reference time."""

    def __init__(self, text: str, pub: date | None) -> None:
        self.text = text
        self.pub = pub
        self.anchor: str | None = None  # last DATE value of day/month/quarter/year grain
        self.quarter_context = False  # the document talks in fiscal quarters


Result = tuple[str, str | None, str | None]  # type, value, mod


def _r_clock(m: re.Match[str], c: _Ctx) -> Result | None:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    if h > 12 or mi > 59:
        return None
    ampm = m["ampm"].lower()
    if ampm.startswith("p") and h != 12:
        h += 12
    elif ampm.startswith("a") and h == 12:
        h = 0
    day = _day_for(m, c)
    hm = f"T{h:02d}:{mi:02d}"
    return "TIME", (day + hm if day else None), _mod_of(m["mod"])


def _day_for(m: re.Match[str], c: _Ctx) -> str | None:
    """The date a clock time or time of day belongs to (named day, else publication)."""
    gd = m.groupdict()
    if gd.get("month") and gd.get("day"):
        mo, d = _month_of(m["month"]), int(m["day"])
        if gd.get("year"):
            return f"{int(m['year']):04d}-{mo:02d}-{d:02d}"
        if c.pub is None:
            return f"XXXX-{mo:02d}-{d:02d}"
        return f"{_nearest_year(c.pub, mo, d):04d}-{mo:02d}-{d:02d}"
    if c.pub is None:
        return None
    wd = gd.get("wd")
    if wd:
        w = wd.lower()
        if w in ("today", "yesterday", "tomorrow"):
            off = {"today": 0, "yesterday": -1, "tomorrow": 1}[w]
            return (c.pub + timedelta(days=off)).isoformat()
        fut = _future_cue(c.text, m.start(), m.end())
        return _resolve_weekday(_weekday_of(wd), c.pub, None, fut).isoformat()
    return c.pub.isoformat()


def _r_noon(m: re.Match[str], c: _Ctx) -> Result | None:
    day = _day_for(m, c)
    hm = "T24:00" if m["word"].lower() == "midnight" else "T12:00"
    return "TIME", (day + hm if day else None), None


def _r_month_day(m: re.Match[str], c: _Ctx) -> Result | None:
    mo, d = _month_of(m["month"]), int(m["day"])
    if not 1 <= d <= 31:
        return None
    if m["year"]:
        y = int(m["year"])
    elif c.pub is None:
        return "DATE", f"XXXX-{mo:02d}-{d:02d}", None
    else:
        y = _nearest_year(c.pub, mo, d)
    try:
        v = date(y, mo, d).isoformat()
    except ValueError:
        return None
    gd = m.groupdict()
    return "DATE", v, _mod_of(gd.get("mod"))


def _r_numeric_date(m: re.Match[str], c: _Ctx) -> Result | None:
    y = int(m["year"])
    if y < 100:
        y += 1900 if y > 30 else 2000
    try:
        return "DATE", date(y, int(m["m"]), int(m["d"])).isoformat(), None
    except ValueError:
        return None


def _r_month_year(m: re.Match[str], c: _Ctx) -> Result | None:
    return "DATE", _ym(int(m["year"]), _month_of(m["month"])), _mod_of(m["mod"])


def _r_month_rel(m: re.Match[str], c: _Ctx) -> Result | None:
    name = m["month"]
    rel = (m["rel"] or "").lower()
    mod = _mod_of(m["mod"])
    # "May" is also a modal verb and "March" a noun/verb: bare, they need a cue that a
    # date is meant (a preposition before, or a modifier / relative word).
    if not (rel or m["mod"] or m["yrel"]):
        before = c.text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(r"\b(?:in|since|until|till|by|of|during|from|through|to|before|after|"
                         r"early|late|mid|last|next|between|and|or|until|on)\s*$", before):
            if name.rstrip(".").lower() in ("may", "march", "mar"):
                return None
        if name.endswith(".") is False and len(name) <= 4 and name.lower() not in ("june", "july"):
            # abbreviations without a day ("Aug") are rare alone and often something else
            return None
    mo = _month_of(name)
    if c.pub is None:
        if m["yrel"] or rel:
            return "DATE", None, mod
        return "DATE", f"XXXX-{mo:02d}", mod
    py, pm = c.pub.year, c.pub.month
    if m["yrel"]:
        y = py + {"last year": -1, "this year": 0, "next year": 1}[m["yrel"].lower()]
    elif rel in ("last", "this past"):
        y = py if mo < pm else py - 1
    elif rel in ("next", "this coming", "the coming"):
        y = py if mo > pm else py + 1
    elif rel == "this":
        y = py
    elif _future_cue(c.text, m.start(), m.end()):
        y = py if mo >= pm else py + 1
    else:
        y = py if mo <= pm else py - 1
    return "DATE", _ym(y, mo), mod


def _r_holiday(m: re.Match[str], c: _Ctx) -> Result | None:
    name = m["name"].lower()
    rel = (m["rel"] or "").lower()

    def on(y: int) -> date | None:
        if name.startswith("thanksgiving"):
            return _nth_weekday(y, 11, 3, 4)
        if name.startswith("easter"):
            return _easter(y)
        if name == "election day":  # US: Tuesday after the first Monday of November
            return _nth_weekday(y, 11, 0, 1) + timedelta(days=1)
        md = R.HOLIDAYS.get(name)
        return date(y, *md) if md else None

    if m["year"]:
        d = on(int(m["year"]))
    elif c.pub is None:
        return "DATE", None, None
    else:
        this = on(c.pub.year)
        if this is None:
            return None
        if rel in ("last", "this past"):
            d = this if this < c.pub else on(c.pub.year - 1)
        elif rel in ("next", "this coming") or _future_cue(c.text, m.start(), m.end()):
            d = this if this >= c.pub else on(c.pub.year + 1)
        else:
            # nearest occurrence: news speaks of the holiday just past or just ahead
            prev, nxt = on(c.pub.year - 1), on(c.pub.year + 1)
            d = min((prev, this, nxt), key=lambda x: abs((x - c.pub).days))
    return ("DATE", d.isoformat(), None) if d else None


def _r_weekday(m: re.Match[str], c: _Ctx) -> Result | None:
    wd = _weekday_of(m["wd"])
    tod = R.TIMES_OF_DAY.get((m["tod"] or "").lower().rstrip("s"))
    if m["plural"] or (m["tod"] or "").lower().endswith("s") and m["tod"].lower() != "mornings":
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{tod}" if tod else ""), None
    if (m["rel"] or "").lower() == "that":
        return None
    if c.pub is None:
        return ("TIME" if tod else "DATE"), None, _mod_of(m["mod"])
    d = _resolve_weekday(wd, c.pub, m["rel"], _future_cue(c.text, m.start(), m.end()))
    v = d.isoformat()
    if tod:
        return "TIME", f"{v}T{tod}", _mod_of(m["mod"])
    return "DATE", v, _mod_of(m["mod"])


def _r_relday(m: re.Match[str], c: _Ctx) -> Result | None:
    word = m["word"].lower()
    tod = R.TIMES_OF_DAY.get((m["tod"] or "").lower())
    if word == "tonight":
        tod = "NI"
    if c.pub is None:
        return ("TIME" if tod else "DATE"), None, _mod_of(m["mod"])
    off = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
           "the day before yesterday": -2, "the day after tomorrow": 2}[word]  # fmt: skip
    v = (c.pub + timedelta(days=off)).isoformat()
    if tod:
        return "TIME", f"{v}T{tod}", _mod_of(m["mod"])
    return "DATE", v, _mod_of(m["mod"])


def _r_this_tod(m: re.Match[str], c: _Ctx) -> Result | None:
    tod = R.TIMES_OF_DAY[m["tod"].lower()]
    if c.pub is None:
        return "TIME", None, _mod_of(m["mod"])
    rel = m["rel"].lower()
    off = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
    if rel == "last" and tod != "NI":
        return None  # "last morning" is not an expression
    return "TIME", f"{(c.pub + timedelta(days=off)).isoformat()}T{tod}", _mod_of(m["mod"])


def _r_quarter(m: re.Match[str], c: _Ctx) -> Result | None:
    n = R.ORDINALS[m["ord"].lower()]
    half = m["unit"].lower() == "half"
    if half and n > 2:
        return None
    letter = "H" if half else "Q"
    if m["plural"]:
        return "SET", f"XXXX-{letter}{n}", None
    c.quarter_context = c.quarter_context or not half
    det = (m["det"] or "").lower()
    y: int | None = None
    if m["year"] and m["year"].lower() != "year":
        y = int(m["year"])
    elif m["pyear"]:
        y = int(m["pyear"])
    elif det.startswith("last year"):
        y = c.pub.year - 1 if c.pub else None
    elif det.startswith("next year"):
        y = c.pub.year + 1 if c.pub else None
    elif c.pub is not None:
        y = c.pub.year
        adj = (m["adj"] or "").lower()
        if "year-ago" in m.group(0).lower() or "year-earlier" in m.group(0).lower():
            y -= 1
        elif not half and n - _quarter(c.pub) >= 3 and "current" not in adj:
            y -= 1  # "the fourth quarter" in a January article: the one just ended
    if y is None:
        return "DATE", None, None
    return "DATE", f"{y:04d}-{letter}{n}", None


def _last_quarter(c: _Ctx) -> tuple[int, int] | None:
    """The quarter a business article means by "the quarter": the last one reported."""
    if c.anchor and re.fullmatch(r"\d{4}-Q\d", c.anchor):
        return int(c.anchor[:4]), int(c.anchor[-1])
    if c.pub is None:
        return None
    q = _quarter(c.pub) - 1
    return (c.pub.year, q) if q else (c.pub.year - 1, 4)


def _r_the_quarter(m: re.Match[str], c: _Ctx) -> Result | None:
    unit = m["unit"].lower()
    adj = (m["adj"] or "").lower()
    det = m["det"].lower()
    ago = m["ago"] or "year-ago" in m.group(0).lower() or "year-earlier" in m.group(0).lower()
    if unit == "period" and not (adj or ago or c.quarter_context):
        return None
    if unit == "quarter":
        c.quarter_context = True
    if det in ("last", "next"):
        if c.pub is None:
            return "DATE", None, None
        y, q = c.pub.year, _quarter(c.pub) + (1 if det == "next" else -1)
        y, q = (y - 1, 4) if q == 0 else (y + 1, 1) if q == 5 else (y, q)
        return "DATE", f"{y:04d}-Q{q}", None
    if "current" in adj or det == "this":
        if c.pub is None:
            return "DATE", None, None
        return "DATE", f"{c.pub.year:04d}-Q{_quarter(c.pub)}", None
    lq = _last_quarter(c)
    if lq is None:
        return "DATE", None, None
    y, q = lq
    if ago:
        y -= 1
    return "DATE", f"{y:04d}-Q{q}", None


def _r_year_ago_adj(m: re.Match[str], c: _Ctx) -> Result | None:
    if c.quarter_context:
        lq = _last_quarter(c)
        if lq:
            return "DATE", f"{lq[0] - 1:04d}-Q{lq[1]}", None
    if c.pub is None:
        return "DATE", None, None
    return "DATE", f"{c.pub.year - 1:04d}", None


def _r_decade(m: re.Match[str], c: _Ctx) -> Result | None:
    if m["dec"]:
        v = m["dec"][:3]
    elif m["d2"]:
        v = ("19" if int(m["d2"]) > 20 else "20") + m["d2"][0]
    else:
        v = "19" + str(R.DECADE_WORDS[m["word"].lower()])
    if not (m["det"] or m["mod"] or m["dec"]):
        return None
    return "DATE", v, _mod_of(m["mod"])


def _r_century(m: re.Match[str], c: _Ctx) -> Result | None:
    o = m["ord"].lower()
    n = R.ORDINALS.get(o) or int(re.match(r"\d+", o).group(0))
    return "DATE", f"{n - 1:02d}", _mod_of(m["mod"])


def _r_season(m: re.Match[str], c: _Ctx) -> Result | None:
    s = R.SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    mod = _mod_of(m["mod"]) or _mod_of(rel.replace("the ", "")) if rel.startswith("the ") else _mod_of(m["mod"])
    # "fall" and "spring" are also verbs / nouns: alone they need a determiner or a year.
    if not (rel or m["year"] or m["mod"]) and s in ("FA", "SP"):
        return None
    if rel == "that":
        return None
    if m["year"]:
        return "DATE", f"{int(m['year']):04d}-{s}", mod
    if c.pub is None:
        return "DATE", None, mod
    order = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
    cur = {12: 4, 1: 4, 2: 4, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}[c.pub.month]
    y = c.pub.year
    if rel in ("last", "this past"):
        y = y if order[s] < cur else y - 1
    elif rel in ("next", "this coming", "the coming"):
        y = y if order[s] > cur else y + 1
    elif rel in ("", "the", "the early", "the late") and order[s] > cur and not _future_cue(
        c.text, m.start(), m.end()
    ):
        y -= 1
    return "DATE", f"{y:04d}-{s}", mod


def _r_year(m: re.Match[str], c: _Ctx) -> Result | None:
    y = m["year"]
    left = c.text[max(0, m.start() - 2) : m.start()]
    right = c.text[m.end() : m.end() + 12]
    if re.match(r"\s?(?:[a-z]+ )?(?:percent|per cent|%)", right) or left.endswith(("$", "#", "No")):
        return None
    # A count, not a year: "1990 people" / "2000 troops" (a year is rarely followed by a plural
    # noun directly; "1990 levels" is the exception kept by requiring common count nouns).
    if re.match(r"\s(?:people|troops|men|women|soldiers|workers|jobs|shares|units|votes|"
                r"feet|miles|meters|tons|acres|pounds|dollars|euros|employees|members|"
                r"residents|cases|deaths|copies|homes|cars)\b", right):
        return None
    mod_word = (m["mod"] or "").lower()
    after = (m["after"] or "").lower()
    mod = _mod_of(mod_word)
    if mod_word in ("post-",):
        mod = "AFTER"
    elif mod_word == "pre-":
        mod = "BEFORE"
    elif mod_word in ("around", "about"):
        mod = "APPROX"
    if after in ("or later", "and beyond", "onwards"):
        mod = "ON_OR_AFTER"
    elif after == "or earlier":
        mod = "ON_OR_BEFORE"
    return "DATE", y, mod


def _r_rel_unit(m: re.Match[str], c: _Ctx) -> Result | None:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    mod = _mod_of(m["mod"])
    if m["mod"] and m["mod"].lower() == "sometime":
        mod = None
    if m["orso"]:
        mod = "APPROX"
    if rel in ("the past", "the last", "past", "the next", "the coming", "coming") and unit != "weekend":
        if rel in ("the next", "the coming", "coming") and unit in ("day", "week", "month", "year"):
            pass
        return "DURATION", _duration(1, unit), mod
    if rel == "the":
        if unit == "weekend":
            return _weekend(c, 0, mod)
        if unit in ("year", "month", "week") and m["adj"]:
            return "DATE", _unit_value(c, unit, 0), mod
        return None  # "the year", "the day": too often not a time expression
    if rel == "that" or rel == "that same" or rel == "the same":
        return _anchored(c, unit, 0, mod)
    if rel in ("the following", "the next"):
        return _anchored(c, unit, 1, mod)
    if rel in ("the previous", "the preceding"):
        return _anchored(c, unit, -1, mod)
    if unit == "day":
        return None
    off = {"last": -1, "previous": -1, "this": 0, "current": 0, "the current": 0, "next": 1,
           "past": -1}.get(rel)  # fmt: skip
    if off is None:
        return None
    if unit == "weekend":
        return _weekend(c, off, mod)
    return "DATE", _unit_value(c, unit, off), mod


def _weekend(c: _Ctx, off: int, mod: str | None) -> Result:
    if c.pub is None:
        return "DATE", None, mod
    d = c.pub + timedelta(weeks=off)
    if off == 0 and c.pub.weekday() < 4 and not _future_cue(c.text, 0, 0):
        d = c.pub - timedelta(weeks=1)  # "the weekend" in a midweek story: the one just past
    return "DATE", _week(d) + "-WE", mod


def _unit_value(c: _Ctx, unit: str, off: int) -> str | None:
    """Value of the calendar unit ``off`` steps from publication (this week, last year)."""
    p = c.pub
    if p is None:
        return None
    if unit == "week":
        return _week(p + timedelta(weeks=off))
    if unit == "month":
        return _ym(*_shift_month(p.year, p.month, off))
    if unit == "year":
        return f"{p.year + off:04d}"
    if unit == "decade":
        return f"{(p.year // 10 + off):03d}"
    if unit == "century":
        return f"{(p.year // 100 + off):02d}"
    if unit == "quarter":
        y, q = p.year, _quarter(p) + off
        while q < 1:
            y, q = y - 1, q + 4
        while q > 4:
            y, q = y + 1, q - 4
        return f"{y:04d}-Q{q}"
    if unit == "day":
        return (p + timedelta(days=off)).isoformat()
    return None


def _anchored(c: _Ctx, unit: str, off: int, mod: str | None) -> Result | None:
    """"that year", "the following day": relative to the last absolute date mentioned."""
    a = c.anchor
    if a is None:
        return "DATE", None, mod
    try:
        if unit == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", a):
            return "DATE", (date.fromisoformat(a) + timedelta(days=off)).isoformat(), mod
        if unit == "year":
            return "DATE", f"{int(a[:4]) + off:04d}", mod
        if unit == "month" and re.match(r"\d{4}-\d\d", a):
            return "DATE", _ym(*_shift_month(int(a[:4]), int(a[5:7]), off)), mod
        if unit == "week" and re.fullmatch(r"\d{4}-\d\d-\d\d", a):
            return "DATE", _week(date.fromisoformat(a) + timedelta(weeks=off)), mod
    except ValueError:
        return "DATE", None, mod
    return "DATE", None, mod


def _r_year_end(m: re.Match[str], c: _Ctx) -> Result | None:
    w = m["word"].lower()
    mod = "APPROX" if (m["mod"] or "").lower() in ("around", "about") else "END"
    if c.pub is None:
        return "DATE", None, mod
    if "month" in w:
        return "DATE", _ym(c.pub.year, c.pub.month), mod
    return "DATE", f"{c.pub.year:04d}", mod


def _r_ago(m: re.Match[str], c: _Ctx) -> Result | None:
    n = _num(m["num"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    direction = m["dir"].lower()
    mod = _mod_of(m["mod"]) or ("APPROX" if m["orso"] else None)
    if direction in ("before", "after"):
        # "two years after the war": TimeML tags the duration; the anchor is an event.
        t, v, _ = ("DURATION", _duration(n, unit), None)
        return t, v, mod
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if n is None:
        return "DATE", ("PAST_REF" if sign < 0 else "FUTURE_REF"), mod
    base = c.pub
    if direction in ("earlier", "later") and c.anchor and re.fullmatch(r"\d{4}(-Q\d)?", c.anchor):
        # "a year earlier" in an earnings story compares with the quarter just named
        if unit == "year" and "-Q" in c.anchor:
            y = int(c.anchor[:4]) + sign * int(n)
            return "DATE", f"{y:04d}{c.anchor[4:]}", mod
    if base is None:
        return "DATE", None, mod
    if unit == "year" and c.quarter_context and direction in ("ago", "earlier") and n == 1:
        lq = _last_quarter(c)
        if lq:
            return "DATE", f"{lq[0] - 1:04d}-Q{lq[1]}", mod
    k = sign * n
    if unit in ("year", "decade", "century"):
        mult = {"year": 1, "decade": 10, "century": 100}[unit]
        return "DATE", f"{base.year + int(k * mult):04d}", mod
    if unit == "month":
        return "DATE", _ym(*_shift_month(base.year, base.month, int(k))), mod
    if unit == "quarter":
        return "DATE", _unit_value(c, "quarter", int(k)), mod
    if unit in ("week", "weekend"):
        return "DATE", _week(base + timedelta(weeks=k)), mod
    if unit in ("day", "night"):
        return "DATE", (base + timedelta(days=k)).isoformat(), mod
    if unit == "hour":
        return "TIME", None, mod
    return "DATE", base.isoformat(), mod


def _r_duration(m: re.Match[str], c: _Ctx) -> Result | None:
    unit = m["unit"].lower()
    det = (m["det"] or "").lower()
    numw = m["num"].lower()
    if numw in ("a", "an") and m["unit"].endswith("s"):
        return None
    if numw in ("the",):
        return None
    n = _num(m["num"])
    if m["numb"]:  # "12 to 18 months", "two or three years": a range is vague
        n = None
    mod = _mod_of(m["mod"]) or ("APPROX" if m["orso"] else None)
    plural = unit.endswith("s") and unit != "centuries" or unit == "centuries"
    if n is not None and n == 1 and plural and numw not in ("1",):
        pass
    if m["old"]:
        return "DURATION", _duration(n, unit), None
    if numw in ("a", "an") and not (det or m["mod"] or m["adj"]):
        # "a year" after a price or a count is a frequency: "$5 a year", "twice a year"
        before = c.text[max(0, m.start() - 15) : m.start()].lower()
        if re.search(r"(?:\d|once|twice|times|percent|%|cents?|dollars?)\s*$", before):
            return "SET", _duration(1, unit), None
    return "DURATION", _duration(n, unit), mod


def _r_vague_plural(m: re.Match[str], c: _Ctx) -> Result | None:
    det = m["det"].lower()
    unit = m["unit"].lower()
    if det in ("the", "the early", "the final") and unit not in ("years",):
        return None
    if det == "recent" and unit == "years":
        return "DATE", "PAST_REF", None
    return "DURATION", _duration(None, unit), None


def _r_set(m: re.Match[str], c: _Ctx) -> Result | None:
    u = m["unit"].lower().rstrip("s")
    q = m["q"].lower()
    k = m["num"]
    if u in {w.lower() for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}:
        return "SET", f"XXXX-WXX-{_weekday_of(u) + 1}", None
    if u in R.TIMES_OF_DAY:
        return "SET", f"XXXX-XX-XXT{R.TIMES_OF_DAY[u]}", None
    if u in R.SEASONS:
        return "SET", f"XXXX-{R.SEASONS[u]}", None
    if u == "night":
        return "SET", "XXXX-XX-XXTNI", None
    n = 2 if (k or "").lower() == "other" else (_num(k) if k else 1)
    if q == "once every" and n is None:
        n = 1
    return "SET", _duration(n, u), None


def _r_set_adv(m: re.Match[str], c: _Ctx) -> Result | None:
    w = m["word"].lower()
    v = {"daily": "P1D", "every day": "P1D", "everyday": "P1D", "weekly": "P1W",
         "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
         "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W", "quarterly": "P3M",
         "semiannually": "P6M"}[w]  # fmt: skip
    return "SET", v, None


def _r_ref(m: re.Match[str], c: _Ctx) -> Result | None:
    w = m["word"].lower()
    if w in ("right now", "just now", "now", "nowadays", "currently", "these days", "at present",
             "at the moment", "at this time", "presently", "current", "the present"):  # fmt: skip
        if w == "current":
            right = c.text[m.end() : m.end() + 12].lower()
            left = c.text[max(0, m.start() - 4) : m.start()].lower()
            # "current account", "the current" as a noun, "electric current": not a time
            if re.match(r"\s(?:account|affairs|events|of|and)\b", right) or not right.startswith(" ") or left.endswith("the "):
                return None
        if w == "now":
            right = c.text[m.end() : m.end() + 3]
            if right.startswith("-"):
                return None
        return "DATE", "PRESENT_REF", None
    if w in ("the near future", "the foreseeable future", "the distant future", "the future",
             "in future", "future", "the near term", "the short term", "the long term",
             "a later date", "as soon as possible", "soon", "shortly"):  # fmt: skip
        if w == "future":
            right = c.text[m.end() : m.end() + 14].lower()
            if not re.match(r"\s(?:years|quarters|months|weeks|periods?|dates?)\b", right):
                return None
        if w in ("soon", "shortly"):
            left = c.text[max(0, m.start() - 3) : m.start()].lower()
            right = c.text[m.end() : m.end() + 6].lower()
            if left.endswith("as ") or right.startswith((" after", " before", " as")):
                return None
        return "DATE", "FUTURE_REF", None
    if w == "recent":
        right = c.text[m.end() : m.end() + 12].lower()
        if not re.match(r"\s[a-z]", right) or re.match(r"\s(?:years|months|weeks|days)\b", right):
            return None
    return "DATE", "PAST_REF", None


RESOLVERS = {
    name[3:]: fn for name, fn in globals().items() if name.startswith("_r_") and callable(fn)
}


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str], R.Rule]]:
    out = []
    for prio, rule in enumerate(R.RULES):
        for m in rule.pattern.finditer(text):
            s, e = m.span()
            # trailing sentence dot belongs to the sentence, unless part of an abbreviation
            while e > s and text[e - 1] in " ,":
                e -= 1
            out.append((s, e, prio, m, rule))
    return out


def find_timexes(text: str, published: date | None) -> list[Timex]:
    """Return TIMEX3 expressions in ``text``, resolved against ``published``.

    Args:
        text: the article body.
        published: publication date, the only anchor for relative expressions; when
            ``None`` they get value ``None`` (never today's date).

    Returns:
        Timexes in text order, non-overlapping, with TIMEX3 type (DATE, TIME, DURATION,
        SET), value (``2023-06``, ``2024-W04``, ``P3M``, ``PRESENT_REF`` ...) and mod.
    """
    cands = _candidates(text)
    cands.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, prio, m, rule in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append((s, e, m, rule))
    chosen.sort(key=lambda x: x[0])
    ctx = _Ctx(text, published)
    out: list[Timex] = []
    for s, e, m, rule in chosen:
        res = RESOLVERS[rule.resolver](m, ctx)
        if res is None:
            continue
        typ, value, mod = res
        lt = _LEFT_TRIM.match(text[s:e])
        if lt and rule.resolver in ("vague_plural",):
            s += lt.end()
        # a sentence-final abbreviation dot ("Aug. 7.") is kept only when the date ends in it
        if e - s > 1 and text[e - 1] == "." and not re.search(r"(?:[A-Z][a-z]{1,3}|[ap]\.m)\.$", text[s:e]):
            e -= 1
        if s >= e:
            continue
        out.append(Timex(span=Span.of(text, s, e), type=typ, value=value, mod=mod))
        if typ == "DATE" and value and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?|-Q\d)?", value):
            ctx.anchor = value
    return out


# ---- said-at ---------------------------------------------------------------------------
# How far before an attribution cue a governing timex may sit ("On Monday, an insider
# shared ..."): one sentence of news prose.
SAID_AT_WINDOW = 200
_AT_THE_TIME = re.compile(r"\b(?:at the time|then|back then|at that time|that day)\b", re.I)
_POINT_VALUE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d|-Q\d|-(?:SP|SU|FA|WI))?(?:T\w+)?")


def _interval_end(value: str) -> str:
    """Last day a DATE value covers, for closing an interval ("2023-03" -> "2023-03-31")."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d).*", value)
    if m:
        return value[:10]
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        y, mo = _shift_month(int(m[1]), int(m[2]), 1)
        return (date(y, mo, 1) - timedelta(days=1)).isoformat()
    return value


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("! ", 0, pos),
             text.rfind("? ", 0, pos))  # fmt: skip
    hi_c = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return lo + 1, (min(hi_c) if hi_c else len(text))


def assign_said_at(quotes: list[Quote], timexes: list[Timex], article: Article) -> list[Quote]:
    """Return ``quotes`` with ``said_at``: the best estimate of when the words were said.

    Representation (a string, TIMEX3-compatible):

    * a point: a TIMEX3 DATE/TIME value (``2023-08-07``, ``2023-03``, ``2023-W31``);
    * an interval: ISO 8601 ``start/end`` (``2023-03-01/2023-08-07``), used for an upper
      bound ("said on or before publication": ``/2023-08-07``, open start) and for relayed
      words whose time is only known to lie between an event and publication;
    * ``None``: nothing is known (no publication date and no cue).

    Steps, first that applies wins:

    1. a DATE/TIME timex in the attribution sentence, outside the quoted words and before
       or at the cue ("On Monday, an insider shared ...", "told X in March");
    2. a relayed quote (``quote.relayed``) with "at the time" / "then": the last dated
       timex before the quote in the text (the event being discussed), as an interval
       from it to publication when it is a month or coarser; else an interval ending at
       publication;
    3. otherwise the publication date as an upper bound, ``/YYYY-MM-DD``.

    Args:
        quotes: quotes of ``article``.
        timexes: ``find_timexes(article.text, article.published)``.
        article: the article.

    Returns:
        New ``Quote`` records (``dataclasses.replace``), same order.
    """
    text = article.text
    pub = article.published
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.value
             and _POINT_VALUE.fullmatch(t.value)]  # fmt: skip
    out = []
    for q in quotes:
        anchor = q.cue.start if q.cue else (q.speaker.mention.start if q.speaker and q.speaker.mention else q.content.start)
        s_lo, s_hi = _sentence_bounds(text, anchor)
        # the attribution may sit in the sentence before a block quote that follows it
        if q.content.start >= anchor:
            s_hi = max(s_hi, anchor)
        in_quote = range(q.content.start, q.content.end)
        gov = [t for t in dated if s_lo <= t.span.start < s_hi
               and t.span.start not in in_quote and t.span.start <= max(anchor, s_lo) + 60]  # fmt: skip
        said: str | None = None
        if gov:
            # nearest to the cue
            said = min(gov, key=lambda t: abs(t.span.start - anchor)).value
        else:
            attrib = text[s_lo:s_hi]
            if q.relayed and _AT_THE_TIME.search(attrib):
                before = [t for t in dated if t.span.end <= s_lo and t.span.start >= s_lo - 2000
                          and re.fullmatch(r"\d{4}(-\d\d){0,2}", t.value)]  # fmt: skip
                if before:
                    v = before[-1].value
                    said = v if len(v) == 10 or pub is None else f"{v[:10] if len(v) == 10 else _first_day(v)}/{pub.isoformat()}"
                elif pub is not None:
                    said = f"/{pub.isoformat()}"
            elif pub is not None:
                said = f"/{pub.isoformat()}"
        out.append(replace(q, said_at=said))
    return out


def _first_day(value: str) -> str:
    if len(value) == 4:
        return f"{value}-01-01"
    if len(value) == 7:
        return f"{value}-01"
    return value
