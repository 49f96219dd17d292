"""The dossier built from hand-made records, in every format; untrusted text stays inert."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from records import article, extraction, link, occurrence, quote, span_of
from whosaid.assess import assess
from whosaid.errors import InputError
from whosaid.model import Fact, Span, Timex
from whosaid.report import build_dossier, render_dossier

WORDS = "We are taking a break from touring to spend time with family."


def _story():
    a = article(
        "a1",
        f"Singer Mo Reyes, 29, spoke on Friday. “{WORDS}” a source told Gig Weekly.",
        "2022-05-09",
        "Daily Drum",
        title="Reyes pauses tour",
    )
    b = article(
        "b1",
        f"“{WORDS}” an insider revealed. Reyes, 33, was not available.",
        "2022-11-20",
        "Pop Planet",
    )
    qa = quote(
        a,
        WORDS,
        speaker="a source",
        anonymous=True,
        descriptor="source",
        venue="Gig Weekly",
        relayed=True,
        said_at="2022-05-06",
    )
    qb = quote(b, WORDS, speaker="an insider", anonymous=True, descriptor="insider")
    fa = Fact(
        article_id="a1",
        subject="Mo Reyes",
        kind="born",
        span=Span.of(a.text, 15, 17),
        lo=date(1992, 5, 10),
        hi=date(1993, 5, 9),
        stated="29",
    )
    i = b.text.index("33")
    fb = Fact(
        article_id="b1",
        subject="Reyes",
        kind="born",
        span=Span.of(b.text, i, i + 2),
        lo=date(1988, 11, 21),
        hi=date(1989, 11, 20),
        stated="33",
    )
    t = Timex(span=span_friday(a.text), type="DATE", value="2022-05-06")
    xa = extraction(a, qa, facts=[fa])
    xa = type(xa)(article=a, quotes=(qa,), timexes=(t,), facts=(fa,))
    xb = extraction(b, qb, facts=[fb])
    lk = link(occurrence(xa, qa, True), occurrence(xb, qb, False))
    return [xa, xb], assess([lk]), [(fa, fb)]


def span_friday(text):
    i = text.index("Friday")
    return Span.of(text, i, i + 6)


@pytest.fixture()
def dossier():
    xs, prov, conflicts = _story()
    return build_dossier(xs, prov, conflicts)


def test_summary_and_findings(dossier):
    s = dossier["summary"]
    assert (
        s["articles"],
        s["quotes"],
        s["anonymous_quotes"],
        s["groups"],
        s["uncredited_reuses"],
    ) == (2, 2, 2, 1, 1)
    assert s["first"] == "2022-05-09" and s["last"] == "2022-11-20"
    assert any(
        "Pop Planet (2022-11-20) prints “We are taking a break" in f and "195 days after" in f
        for f in dossier["findings"]
    )
    assert dossier["conflicts"][0]["a"]["stated"] == "29"
    assert [q["group"] for q in dossier["quotes"]] == [1, 1]


def test_timeline_orders_said_before_published(dossier):
    kinds = [(e["date"], e["kind"]) for e in dossier["timeline"]]
    assert kinds[0] == ("2022-05-06", "said")
    assert ("2022-05-09", "published") in kinds and ("2022-11-20", "published") in kinds
    assert kinds == sorted(kinds, key=lambda k: (k[0], k[1] != "published"))


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Rain closed the pier on Friday. Crews cleared it.", "Rain closed the pier on Friday."),
        ("Crews cleared it. Rain closed the pier on Friday.", "Rain closed the pier on Friday."),
        ("Crews cleared it.\nRain closed the pier on Friday", "Rain closed the pier on Friday"),
    ],
)
def test_a_mentioned_date_shows_its_whole_sentence(text, sentence):
    a = article("p1", text, "2022-05-09", "Daily Drum")
    x = type(extraction(a))(
        article=a, timexes=(Timex(span=span_friday(text), type="DATE", value="2022-05-06"),)
    )
    (mentioned,) = [e for e in build_dossier([x])["timeline"] if e["kind"] == "mentioned"]
    assert mentioned["text"] == sentence


@pytest.mark.parametrize("fmt", ["table", "md", "json", "html"])
def test_every_format_names_the_uncredited_reuse(dossier, fmt):
    out = render_dossier(dossier, fmt)
    assert "Pop Planet" in out
    assert "taking a break from touring" in out
    if fmt == "json":
        assert json.loads(out)["summary"]["uncredited_reuses"] == 1
    elif fmt in ("table", "md"):
        assert "uncredited" in out.lower()


def test_text_and_markdown_summaries_say_the_same_counts(dossier):
    table = render_dossier(dossier, "table", width=400).splitlines()[1]
    md = render_dossier(dossier, "md").splitlines()[2]
    assert md.replace(" · ", ", ") == table.rstrip(".")
    assert "2 named outlets" in md
    assert "1 uncredited reuse ·" in md


def test_unknown_format_is_an_input_error(dossier):
    with pytest.raises(InputError, match="unknown dossier format 'pdf'"):
        render_dossier(dossier, "pdf")


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.handlers = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k == "href":
                self.hrefs.append(v)
            if k.startswith("on"):
                self.handlers.append(k)


def test_html_escapes_untrusted_article_text():
    evil = "<script>alert(1)</script>"
    text = (
        f"{evil} “<img src=x onerror=alert(2)> is <b>bold</b> and long enough words here,” "
        "a source said. <a href='javascript:alert(3)'>x</a>"
    )
    a = article(
        "e1", text, "2022-01-01", outlet="<i>Outlet</i>", title=evil, url="javascript:alert(4)"
    )
    q = quote(
        a,
        "<img src=x onerror=alert(2)> is <b>bold</b> and long enough words here,",
        speaker="a source",
        anonymous=True,
    )
    html = render_dossier(build_dossier([extraction(a, q)]), "html")
    scan = _Scan()
    scan.feed(html)
    assert "script" not in scan.tags and "img" not in scan.tags and "i" not in scan.tags
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert scan.handlers == []
    assert not any(h.lower().startswith("javascript") for h in scan.hrefs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http" not in "".join(scan.hrefs)


def test_html_is_self_contained(dossier):
    html = render_dossier(dossier, "html")
    assert "<script" not in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    assert "<svg" in html and "stroke-dasharray" in html  # uncredited edge drawn dashed


def test_markdown_keeps_untrusted_article_text_inert():
    # A Markdown dossier is read through a renderer, which passes raw HTML and links on.
    words = "<img src=x onerror=alert(2)> see [this](javascript:alert(3)) and a \\| pipe,"
    text = f"“{words}” a source said. <script>alert(1)</script>"
    a = article("m1", text, "2022-01-01", outlet="<i>Outlet</i>", title="<b>t</b>")
    q = quote(a, words, speaker="a source", anonymous=True)
    md = render_dossier(build_dossier([extraction(a, q)], title="<script>x</script>"), "md")
    html = MarkdownIt("commonmark").enable("table").render(md)
    scan = _Scan()
    scan.feed(html)
    assert {"script", "img", "i", "b", "a"}.isdisjoint(scan.tags), scan.tags
    assert scan.handlers == [] and scan.hrefs == []
    # Every row of the quotes table keeps its seven cells; the words read as written.
    table = html.split("Who said what")[1].split("</table>")[0]
    assert [row.count("<td") for row in table.split("<tr>")[2:]] == [7]
    assert "[this](javascript:alert(3)) and a \\| pipe" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_table_prints_rich_markup_in_articles_as_written():
    text = "“We were [/laughs] just [bold]kidding[/bold] around, honestly,” a source said."
    a = article("m1", text, "2022-01-01", outlet="[red]Outlet[/red]", title="[/t] title")
    q = quote(
        a,
        "We were [/laughs] just [bold]kidding[/bold] around, honestly,",
        speaker="a source",
        anonymous=True,
    )
    q2 = type(q)(article_id=q.article_id, content=q.content, speaker=q.speaker, direct=False)
    out = render_dossier(build_dossier([extraction(a, q2)], title="[/x] story"), "table", width=200)
    assert "[/x] story" in out and "[red]Outlet[/red]" in out
    assert "[/laughs] just [bold]kidding[/bold]" in out
    assert "[reported]" in out


def test_a_quotation_split_by_its_cue_shows_its_words_only(nlp):
    """The extractor joins '"A," she said. "B."' into one content; readers see 'A … B'."""
    from whosaid.extract import extract_articles

    text = (
        "The ferry will run again in May. “We rebuilt the ramp from the ground up,” the "
        "harbour master, Ines Obi, told the Gull on Monday. “Nothing was left of the old one.”"
    )
    a = article("s1", text, "2023-04-02", "Tern Times")
    (x,) = extract_articles([a])
    d = build_dossier([x])
    (q,) = [q for q in d["quotes"] if q["direct"]]
    assert q["text"] == "We rebuilt the ramp from the ground up … Nothing was left of the old one."
    assert text[q["start"] : q["end"]].count("told the Gull") == 1  # the span still covers both
    md = render_dossier(d, "md")
    assert "We rebuilt the ramp from the ground up … Nothing was left" in md
    assert "Ines Obi, told" not in md.split("## Who said what")[1].split("##")[0]


@pytest.mark.parametrize("seed", range(30))
def test_segments_match_testing_every_span_for_every_piece(seed):
    """Nested, overlapping, empty, inverted and out-of-range spans: the same pieces as
    the obvious loop over every span for every piece."""
    import random

    from whosaid.report.dossier import segments

    rnd = random.Random(seed)
    text = "".join(rnd.choice("ab. \\n") for _ in range(rnd.randrange(0, 80)))
    n = len(text)
    spans = [
        (rnd.randrange(-5, n + 6), rnd.randrange(-5, n + 6), rnd.choice(("quote", "speaker", "x")))
        for _ in range(rnd.randrange(0, 25))
    ]
    clamped = [(max(0, min(s, n)), max(0, min(e, n)), k) for s, e, k in spans]
    bounds = sorted({0, n, *(s for s, _, _ in clamped), *(e for _, e, _ in clamped)})
    expected = [
        {
            "text": text[lo:hi],
            "kinds": tuple(sorted({k for s, e, k in clamped if s <= lo and hi <= e})),
            "start": lo,
        }
        for lo, hi in zip(bounds, bounds[1:], strict=False)
        if lo != hi
    ]
    assert segments(text, spans) == expected


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_an_outlet_reprinting_its_own_words_is_shown_as_a_reprint(fmt):
    """The same outlet printing the words again is a grey "reprint", in every format, and
    is not counted among the uncredited reuses."""
    a = article("r1", f"“{WORDS}” the singer said.", "2022-05-09", "Daily Drum")
    b = article("r2", f"Looking back: “{WORDS}”", "2022-06-20", "Daily Drum")
    qa, qb = quote(a, WORDS), quote(b, WORDS)
    xa, xb = extraction(a, qa), extraction(b, qb)
    d = build_dossier([xa, xb], assess([link(occurrence(xa, qa, True), occurrence(xb, qb, False))]))
    assert d["summary"]["uncredited_reuses"] == 0
    assert [o["credit"] for o in d["groups"][0]["occurrences"]] == ["credited", "reprint"]
    out = render_dossier(d, fmt)
    if fmt == "html":
        assert '<span class="tag reprint">reprint</span>' in out and ">uncredited<" not in out
        assert 'class="edge reprint"' in out and "stroke-dasharray" not in out
    else:
        assert "reprint" in out
        assert "uncredited" not in out.lower().replace("uncredited reuses", "")


def test_an_outlet_that_reported_the_words_is_not_a_person():
    text = (
        "Glimmer reported that the mill would close by spring. "
        "Ana Ruiz said the workers had not been told about it."
    )
    a = article("o1", text, "2022-03-01", "Daily Drum")
    by_outlet = quote(
        a,
        "that the mill would close by spring",
        speaker="Glimmer",
        name="Glimmer",
        venue="Glimmer",
        relayed=True,
    )
    by_person = quote(a, "the workers had not been told", speaker="Ana Ruiz", name="Ana Ruiz")
    assert by_outlet.speaker_is_outlet and not by_person.speaker_is_outlet
    d = build_dossier([extraction(a, by_outlet, by_person)])
    assert [p["name"] for p in d["people"]] == ["Ana Ruiz"]
    assert [q["speaker_is_outlet"] for q in d["quotes"]] == [True, False]


def test_a_quote_holding_two_groups_words_names_both():
    one, two = "The pier will reopen in June.", "The fares will not change."
    a = article("p1", f"“{one} {two}” the harbour master said.", "2022-05-01", "Coast Post")
    b = article("p2", f"“{one}” a source said.", "2022-05-02", "Bay News")
    c = article("p3", f"“{two}” an aide said.", "2022-05-03", "Gull Daily")
    qa = quote(a, f"{one} {two}")
    qb, qc = quote(b, one), quote(c, two)
    xa, xb, xc = extraction(a, qa), extraction(b, qb), extraction(c, qc)
    # each group's occurrence in the first article starts inside its one long quote
    oa1 = occurrence(xa, qa, True)
    oa2 = replace(oa1, span=span_of(a.text, two))
    links = [link(oa1, occurrence(xb, qb, False)), link(oa2, occurrence(xc, qc, False))]
    d = build_dossier([xa, xb, xc], assess(links))
    (row,) = [q for q in d["quotes"] if q["article_id"] == "p1"]
    assert row["groups"] == [1, 2] and row["group"] == 1
    assert "| 1, 2 |" in render_dossier(d, "md")


def test_findings_listed_once_in_order():
    # Two quotes, each printed by both outlets with a different speaker: each group notes
    # it, naming its words, and the findings list each note once, in order.
    one, two = "We will pay for every barrel of it.", "The well will be capped by June."
    a = article("h1", f"Mr Hayward said: “{one}” Mr Hayward added: “{two}”", "2010-05-01", "Wire")
    b = article("h2", f"“{one}” said Ivo Brandt. “{two}” Ivo Brandt said.", "2010-05-02", "Echo")
    qa1 = quote(a, one, speaker="Mr Hayward", name="Mr Hayward")
    qa2 = quote(a, two, speaker="Mr Hayward", name="Mr Hayward")
    qb1 = quote(b, one, speaker="Ivo Brandt", name="Ivo Brandt")
    qb2 = quote(b, two, speaker="Ivo Brandt", name="Ivo Brandt")
    xa, xb = extraction(a, qa1, qa2), extraction(b, qb1, qb2)
    prov = assess(
        [
            link(occurrence(xa, qa1, True), occurrence(xb, qb1, True)),
            link(occurrence(xa, qa2, True), occurrence(xb, qb2, True)),
        ]
    )
    notes = [n for p in prov for n in p.notes]
    drift = [n for n in notes if "is given to different people" in n]
    assert drift == [
        f"“{one}” is given to different people: Mr Hayward, Ivo Brandt",
        f"“{two}” is given to different people: Mr Hayward, Ivo Brandt",
    ]
    findings = build_dossier([xa, xb], prov + prov, [])["findings"]
    assert findings == list(dict.fromkeys(notes))


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_control_characters_and_bidi_overrides_in_articles_are_not_shown(fmt):
    """A terminal escape in a title or quote cannot drive the reader's terminal, and a
    right-to-left override cannot reverse the dossier's own words after it."""
    words = "We rebuilt the pier \x1b[2J\x1b]8;;http://x.example\x07 and \u202eit held fine,"
    text = f"“{words}” a source said."
    a = article("c1", text, "2022-01-01", outlet="Echo\x1b[31m", title="Pier \u202eworks")
    q = quote(a, words, speaker="a source", anonymous=True)
    out = render_dossier(build_dossier([extraction(a, q)]), fmt)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "it held fine" in out and "Echo" in out
    if fmt != "html":  # markdown and the table show where a control character was
        assert "\ufffd" in out


def test_markdown_emphasis_in_articles_renders_as_written():
    words = "the *whole* town and the __harbour__ voted ~~no~~ again,"
    a = article("e1", f"“{words}” a source said.", "2022-01-01", outlet="Copy **News**")
    q = quote(a, words, speaker="a source", anonymous=True)
    md = render_dossier(build_dossier([extraction(a, q)]), "md")
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    assert "<em>" not in html and "<strong>" not in html and "<s>" not in html
    assert "the *whole* town and the __harbour__ voted ~~no~~ again" in html


@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_a_reuse_one_day_later_reads_one_day(fmt):
    a = article("d1", f"“{WORDS}” a source told Gig Weekly.", "2022-05-09", "Daily Drum")
    b = article("d2", f"“{WORDS}” an insider said.", "2022-05-10", "Pop Planet")
    qa = quote(a, WORDS, speaker="a source", anonymous=True, venue="Gig Weekly", relayed=True)
    qb = quote(b, WORDS, speaker="an insider", anonymous=True)
    xa, xb = extraction(a, qa), extraction(b, qb)
    out = render_dossier(
        build_dossier([xa, xb], assess([link(occurrence(xa, qa), occurrence(xb, qb))])), fmt
    )
    assert "+1 day" in out and "+1 days" not in out and "1 days" not in out


@pytest.mark.parametrize("fmt", ["table", "md", "json", "html"])
def test_every_format_shows_a_printing_that_drops_the_venue(fmt):
    a = article("v1", f"“{WORDS}” Mo Reyes told Gig Weekly.", "2022-05-09", "Daily Drum")
    b = article("v2", f"“{WORDS}” Mo Reyes said.", "2022-05-20", "Pop Planet")
    qa = quote(a, WORDS, speaker="Mo Reyes", venue="Gig Weekly", relayed=True)
    qb = quote(b, WORDS, speaker="Mo Reyes")
    xa, xb = extraction(a, qa), extraction(b, qb)
    lk = link(occurrence(xa, qa), occurrence(xb, qb))
    d = build_dossier([xa, xb], assess([lk], text_of={"v1": a.text, "v2": b.text}.get))
    assert d["summary"]["venues_dropped"] == 1 and d["summary"]["uncredited_reuses"] == 0
    out = render_dossier(d, fmt)
    if fmt == "json":
        (g,) = json.loads(out)["groups"]
        assert g["venue_dropped"] == ["v2"]
        assert [o["credit"] for o in g["occurrences"]] == ["credited", "venue dropped"]
    else:
        assert "venue dropped" in out or "venue-dropped" in out
        assert "1 printing that drops the venue" in " ".join(out.split()) or fmt == "html"
        assert "without naming Gig Weekly, where the words were given" in out


def test_articles_of_one_outlet_without_titles_are_told_apart_by_id():
    a = article("bbc-1", f"“{WORDS}” a source said.", "2022-05-09", "BBC")
    b = article("bbc-2", f"“{WORDS}” an insider said.", "2022-05-10", "BBC")
    c = article("pp-1", "Nothing was said.", "2022-05-11", "Pop Planet")
    d = build_dossier([extraction(a), extraction(b), extraction(c)])
    assert [r["label"] for r in d["articles"]] == ["BBC (bbc-1)", "BBC (bbc-2)", "Pop Planet"]
    md = render_dossier(d, "md")
    assert "BBC (bbc-1)" in md and "BBC (bbc-2)" in md
