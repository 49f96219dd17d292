"""Cross-article quote links: normalisation, alignment rules, grouping, contract shape."""

from __future__ import annotations

import io
import pickle
import re
import zipfile
from array import array
from datetime import date

import numpy as np
import pytest

from whosaid.config import Settings
from whosaid.link import QuoteIndex, link_quotes, normalize_words
from whosaid.link.align import align_units
from whosaid.link.cluster import STATE_MAGIC
from whosaid.link.normalize import tokenize
from whosaid.model import Article, Extraction, Quote, Span, Speaker

# -- helpers: build Extractions by hand from text written for these tests ----------------


def make(
    aid: str,
    text: str,
    quotes: list[str | dict],
    published: str | None = "2024-03-01",
    outlet: str | None = None,
) -> Extraction:
    """An Extraction whose quotes are the first occurrences of the given substrings.

    A quote is a string, or a dict with ``text`` and optional ``speaker``, ``name``,
    ``anonymous``, ``venue``, ``relayed``.
    """
    art = Article(
        id=aid,
        text=text,
        published=date.fromisoformat(published) if published else None,
        outlet=outlet,
    )
    out = []
    for q in quotes:
        spec = {"text": q} if isinstance(q, str) else q
        start = text.index(spec["text"])
        speaker = None
        if "speaker" in spec or "name" in spec:
            mention = spec.get("speaker")
            m_span = (
                Span.of(text, text.index(mention), text.index(mention) + len(mention))
                if mention
                else None
            )
            speaker = Speaker(
                mention=m_span, name=spec.get("name"), anonymous=spec.get("anonymous", False)
            )
        out.append(
            Quote(
                article_id=aid,
                content=Span.of(text, start, start + len(spec["text"])),
                speaker=speaker,
                venue=spec.get("venue"),
                relayed=spec.get("relayed", False),
            )
        )
    return Extraction(article=art, quotes=tuple(out))


def quoted(aid: str, text: str, **kw) -> Extraction:
    """An Extraction with every double-quoted span of ``text`` as a quote."""
    spans = [m.group(1) for m in re.finditer(r'["“]([^"“”]+)["”]', text)]
    return make(aid, text, spans, **kw)


Q1 = "The water in the bay is clearer than it has been for a decade, and the fish are back"
Q2 = "We will keep the ferry running every morning until the new bridge opens next spring"


# -- normalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They’ve SAID no.", ["theyve", "said", "no"]),
        ("They've said no", ["theyve", "said", "no"]),
        ("“It’s over,” she said.", ["its", "over", "she", "said"]),
        ('"It\'s over," she said!', ["its", "over", "she", "said"]),
        (
            "The mayor’s plan — short-lived — failed...",
            ["the", "mayors", "plan", "short-lived", "failed"],
        ),
        ("‘on the outs’", ["on", "the", "outs"]),
        ("Costs rose to $5.2m in 2023", ["costs", "rose", "to", "5.2m", "in", "2023"]),
        ("", []),
    ],
)
def test_normalize_words(text, expected):
    assert normalize_words(text) == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("One two three. Four five!", [0, 0, 0, 1, 1]),
        ("one two, three four", [0, 0, 0, 0]),
        ('one two," she added. "three four', [0, 0, 1, 1, 2, 2]),
        ("one; two: three", [0, 1, 2]),
    ],
)
def test_tokenize_units(text, units):
    words, starts, ends, got = tokenize(text)
    assert got == units
    assert [text[s:e].lower().replace("'", "") for s, e in zip(starts, ends, strict=True)] == words


# -- edited reuse -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edited", "kind"),
    [
        (Q1, "verbatim"),
        (Q1.replace("’", "'").upper(), "case"),
        ("The water in the bay is clearer than it has been for a decade", "cut end"),
        (
            "The water in the bay is clearer than it has been for years, and the fish are back",
            "changed word",
        ),
        (
            "The water in the bay is much clearer than it has been for a decade, and the fish are back",
            "inserted word",
        ),
        ("The water in the bay is clearer than it has been, and the fish are back", "cut middle"),
    ],
)
def test_edited_reuse_links(edited, kind):
    a = make("a", f"“{Q1},” the harbour master said.", [Q1], published="2024-03-01")
    b = make("b", f'A local official said "{edited}" on Monday.', [edited], published="2024-03-04")
    links = link_quotes([a, b])
    assert len(links) == 1, kind
    ids = [o.article_id for o in links[0].occurrences]
    assert ids == ["a", "b"]
    occ_b = links[0].occurrences[1]
    assert b.article.text[occ_b.span.start : occ_b.span.end] == occ_b.span.text
    # the aligned span is inside the quote and covers most of it
    assert len(occ_b.span.text) >= 0.6 * len(edited)


@pytest.mark.parametrize(
    ("other", "why"),
    [
        ("The water in the harbour is warm", "4 shared words: too few"),
        (
            "We believe the fish are back in the river, the water in the bay is not",
            "scattered phrases",
        ),
        (Q2, "different words"),
    ],
)
def test_unrelated_quotes_do_not_link(other, why):
    a = make("a", f"“{Q1},” she said.", [Q1])
    b = make("b", f"“{other},” he said.", [other])
    assert link_quotes([a, b]) == [], why


def test_no_self_links_and_same_outlet_links():
    text = f"“{Q1},” she said. Later she repeated: “{Q1}.”"
    a = make("a", text, [Q1, {"text": Q1}], outlet="Harbour Times")
    # the same article repeating its own quote is no link; nothing in, nothing out
    assert link_quotes([a]) == []
    assert link_quotes([]) == []
    b = make("b", f"“{Q1}.”", [Q1], outlet="Harbour Times")
    links = link_quotes([a, b])
    assert len(links) == 1
    assert [o.article_id for o in links[0].occurrences] == ["a", "b"]


# -- fragments, splits and merges -------------------------------------------------------


def test_fragment_joins_link_but_never_links_alone():
    long_q = "After the storm they tried to save the old pier but the town is now on the rocks"
    a = quoted("a", f"“{long_q},” a resident said.", published="2024-01-10")
    b = quoted("b", f'Residents said "{long_q}."', published="2024-01-12")
    c = quoted("c", "The project is “on the rocks” now.", published="2024-01-15")
    links = link_quotes([c, b, a])
    assert len(links) == 1
    occ = {o.article_id: o for o in links[0].occurrences}
    assert set(occ) == {"a", "b", "c"}
    assert occ["c"].span.text == "on the rocks"
    assert links[0].text == long_q  # canonical wording is not the fragment
    # two fragments alone are no link
    d = quoted("d", "It is “on the rocks” again.", published="2024-01-16")
    assert link_quotes([c, d]) == []


def test_split_and_merged_quotes_link_piece_by_piece():
    x = "The pier will be rebuilt with stone from the old quarry on the hill"
    y = "Nobody in the village wants to see another summer without boats"
    merged = f"“{x},” the mayor said. “{y}.”"
    a = make("a", merged, [merged[1:-2]], published="2024-02-01")  # one span over the cue
    b = quoted("b", f"“{y},” she added. Earlier: “{x}.”", published="2024-02-03")
    links = link_quotes([a, b])
    assert len(links) == 2
    texts = sorted(lk.text for lk in links)
    assert texts == sorted([x, y])
    for lk in links:
        assert [o.article_id for o in lk.occurrences] == ["a", "b"]


def test_passage_with_cut_sentence_is_one_link():
    s1 = "The ferry has run every morning for forty years without a break"
    s2 = "It is late."
    s3 = "We will not let the council close it while the bridge is still unfinished"
    a = quoted("a", f"“{s1}. {s2} {s3}.”", published="2024-05-01")
    b = quoted("b", f"“{s1}. {s3}.”", published="2024-05-02")
    links = link_quotes([a, b])
    assert len(links) == 1
    assert links[0].occurrences[1].span.text == f"{s1}. {s3}"


# -- dates, credit, incrementality ------------------------------------------------------


def test_chronological_origin_and_canonical_text():
    later = make("z-later", f"“{Q1}!”", [Q1], published="2024-06-02")
    curly = Q1.replace("it has", "it’s")
    first = make("m-first", f"“{curly}.”", [curly], published="2024-06-01")
    same_day = make("a-same-day", f"“{Q1}.”", [Q1], published="2024-06-02")
    undated = make("undated", f"“{Q1}.”", [Q1], published=None)
    links = link_quotes([later, undated, same_day, first])
    assert len(links) == 1
    assert [o.article_id for o in links[0].occurrences] == [
        "m-first",
        "a-same-day",
        "z-later",
        "undated",
    ]
    assert links[0].origin.article_id == "m-first"
    assert links[0].text == first.quotes[0].content.text


@pytest.mark.parametrize(
    ("spec", "credited"),
    [
        ({"venue": "Harbour Radio"}, True),
        ({"speaker": "Ann Lee", "name": "Ann Lee"}, True),
        # a speaker on record the article describes but does not name
        ({"speaker": "the ferry company"}, True),
        # a third-person pronoun stands for someone on record the article named, even
        # unresolved; "someone" and "we" name no one
        ({"speaker": "it"}, True),
        ({"speaker": "he"}, True),
        ({"speaker": "they"}, True),
        ({"speaker": "someone"}, False),
        ({"speaker": "we"}, False),
        # a pronoun that goes on from an unnamed source is that source's
        ({"speaker": "she", "anonymous": True}, False),
        # hearsay with no name in it is no origin
        ({"speaker": "reports"}, False),
        ({"speaker": "a news report"}, False),
        ({"speaker": "a source", "anonymous": True}, False),
        (
            {"speaker": "a source", "anonymous": True, "venue": "Harbour Radio", "relayed": True},
            True,
        ),
        ({}, False),
    ],
)
def test_credited_flags(spec, credited):
    text_b = (
        f"“{Q1},” a source told Harbour Radio. Ann Lee agreed; the ferry company and it did;"
        " he did, reports say, and a news report; they, someone, we and she did."
    )
    a = make("a", f"“{Q1}.”", [Q1], published="2024-01-01")
    b = make("b", text_b, [{"text": Q1, **spec}], published="2024-01-02")
    (link,) = link_quotes([a, b])
    occ = link.occurrences[1]
    assert occ.credited is credited
    assert occ.venue == spec.get("venue")
    assert occ.relayed is spec.get("relayed", False)
    assert occ.speaker == (spec.get("name") or spec.get("speaker"))
    assert link.occurrences[0].credited is False


def test_incremental_add_equals_batch():
    exs = [
        make("d1", f"“{Q1}.” “{Q2}.”", [Q1, Q2], published="2024-01-01"),
        make("d2", f"“{Q1}.”", [Q1], published="2024-01-02"),
        make("d3", f"Later: “{Q2},” he said.", [Q2], published="2024-01-03"),
        quoted(
            "d4",
            "They say the bay is “clearer than it has been for a decade”.",
            published="2024-01-04",
        ),
        make(
            "d5",
            f"“{Q2.replace('every', 'each')}.”",
            [Q2.replace("every", "each")],
            published="2024-01-05",
        ),
    ]
    batch = [lk.to_dict() for lk in link_quotes(exs)]
    index = QuoteIndex()
    index.add(exs[0])
    assert index.groups() == []
    index.add(exs[1])
    index.add(exs[2])
    mid = index.groups()
    assert len(mid) == 2
    verified = index.pairs_verified
    index.add(exs[3])
    index.add(exs[4])
    assert [lk.to_dict() for lk in index.groups()] == batch
    # the second flush verified only the new quotes' pairs (2 each), not the old ones again
    assert index.pairs_verified - verified == 4
    assert {len(lk["occurrences"]) for lk in batch} == {3}


# -- saving the index -------------------------------------------------------------------


def _stream() -> list[Extraction]:
    """Articles with reuses, edits, a fragment, speakers, venues and a quote-less one."""
    return [
        make("d1", f"“{Q1}.” “{Q2}.”", [Q1, Q2], published="2024-01-01", outlet="Bay News"),
        make(
            "d2",
            f"“{Q1},” Ann Lee told Harbour Radio.",
            [{"text": Q1, "speaker": "Ann Lee", "name": "Ann Lee", "venue": "Harbour Radio"}],
            published=None,
        ),
        make("empty", "No quotes here.", [], published="2024-01-02"),
        make("d3", f"Later: “{Q2},” he said.", [Q2], published="2024-01-03"),
        quoted(
            "d4",
            "They say the bay is “clearer than it has been for a decade” and “the fish are back”.",
        ),
        make(
            "d5",
            f"“{Q2.replace('every', 'each')},” an aide said, relaying it.",
            [{"text": Q2.replace("every", "each"), "speaker": "an aide", "relayed": True}],
            published="2024-01-05",
        ),
    ]


def _state(index: QuoteIndex) -> dict:
    """Every attribute of ``index`` as plain values, typed and in order (dicts too)."""

    def plain(v):
        if isinstance(v, np.ndarray):
            return ("ndarray", v.dtype.str, v.tolist())
        if isinstance(v, array):
            return ("array", v.typecode, v.tolist())
        if isinstance(v, dict):
            return (type(v).__name__, [(k, plain(x)) for k, x in v.items()])
        if hasattr(v, "__dict__") and not isinstance(v, Settings):
            return (type(v).__name__, {k: plain(x) for k, x in vars(v).items()})
        return (type(v).__name__, v)

    state = {k: plain(v) for k, v in vars(index).items()}
    state["_pool"] = index._pool  # interning cache: its order is of no consequence
    return state


@pytest.mark.parametrize("flushed", [False, True])
@pytest.mark.parametrize("cut", range(7))
def test_saved_index_loads_exactly_and_links_on_as_never_saved(cut, flushed):
    exs = _stream()
    kept, loaded = QuoteIndex(), None
    kept.add_all(exs[:cut])
    if flushed:
        kept.groups()
    loaded = QuoteIndex.from_bytes(kept.to_bytes())
    assert _state(loaded) == _state(kept)
    for e in exs[cut:]:
        kept.add(e)
        loaded.add(e)
    assert loaded.groups() == kept.groups()
    assert loaded.groups() == link_quotes(exs)
    assert _state(loaded) == _state(kept)


def test_saved_index_keeps_min_link_words():
    index = QuoteIndex(Settings(min_link_words=6))
    loaded = QuoteIndex.from_bytes(index.to_bytes())
    assert loaded.settings.min_link_words == 6


def _rezip(blob: bytes, compression: int = zipfile.ZIP_STORED, drop: str = "") -> bytes:
    src = zipfile.ZipFile(io.BytesIO(blob[len(STATE_MAGIC) :]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            if info.filename != drop:
                dst.writestr(info.filename, src.read(info))
    return STATE_MAGIC + out.getvalue()


def _flip(blob: bytes, at: int) -> bytes:
    return blob[:at] + bytes([blob[at] ^ 1]) + blob[at + 1 :]


def _with_cycle() -> QuoteIndex:
    index = QuoteIndex()
    index.add_all(_stream())
    index.groups()
    a, b = list(index._parent)[:2]
    index._parent[a], index._parent[b] = b, a  # a loop would hang _find
    return index


@pytest.mark.parametrize(
    ("make_blob", "why"),
    [
        (lambda good: pickle.dumps(QuoteIndex()), "a pickle (earlier versions)"),
        (lambda good: b"whosaid QuoteIndex 0\n" + good[len(STATE_MAGIC) :], "another version"),
        (lambda good: good[: len(good) // 2], "truncated"),
        (lambda good: _flip(good, good.index(Q2.encode()) + 9), "one bit flipped in a text"),
        (lambda good: _flip(good, len(good) - 300), "one bit flipped in the zip directory"),
        (lambda good: STATE_MAGIC + b"\x93NUMPY not a zip", "a lone .npy"),
        (lambda good: _rezip(good, drop="q_art.npy"), "an array missing"),
        (lambda good: _rezip(good, zipfile.ZIP_DEFLATED), "compressed (a zip bomb)"),
        (lambda good: _with_cycle().to_bytes(), "a union-find loop"),
    ],
)
def test_unreadable_saved_index_raises_value_error(make_blob, why):
    index = QuoteIndex()
    index.add_all(_stream())
    index.groups()
    good = index.to_bytes()
    QuoteIndex.from_bytes(_rezip(good))  # the rezipping alone breaks nothing
    with pytest.raises(ValueError, match="QuoteIndex|inconsistent"):
        QuoteIndex.from_bytes(make_blob(good))


def test_contract_shape():
    a = make(
        "a",
        f"“{Q1},” Ann Lee told Harbour Radio.",
        [{"text": Q1, "venue": "Harbour Radio"}],
        outlet="Bay News",
    )
    b = make("b", f"“{Q1}.”", [Q1], published="2024-03-09")
    (d,) = [lk.to_dict() for lk in link_quotes([a, b])]
    assert set(d) >= {"text", "origin", "occurrences"}
    assert d["origin"]["id"] == "a" and d["origin"]["venue"] == "Harbour Radio"
    for o in d["occurrences"]:
        assert set(o) >= {"id", "start", "end", "published", "speaker", "venue", "credited"}
        assert isinstance(o["start"], int) and isinstance(o["end"], int) and o["start"] < o["end"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", o["published"])
    assert [o["credited"] for o in d["occurrences"]] == [True, False]


# -- the seed articles ------------------------------------------------------------------


def _seed_extraction(path) -> Extraction:
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ", raw)
    assert m, path
    text = raw[m.end() :]
    return quoted(path.stem, text, published=m.group(1))


def test_seed_articles(seeds):
    exs = [_seed_extraction(p) for p in sorted(seeds.glob("*.txt"))]
    assert len(exs) == 2
    later = max(exs, key=lambda e: e.article.published)
    earlier = min(exs, key=lambda e: e.article.published)
    links = link_quotes(exs)
    # the later article's two adjacent quotes link to the earlier one's two quotes
    assert len(links) == 2
    for lk in links:
        assert [o.article_id for o in lk.occurrences] == [earlier.article.id, later.article.id]
        assert lk.text == lk.occurrences[0].span.text
        for o, e in zip(lk.occurrences, (earlier, later), strict=True):
            assert e.article.text[o.span.start : o.span.end] == o.span.text
    words = sorted(len(normalize_words(lk.text)) for lk in links)
    assert words[0] >= 15
    # the earlier article's 3-word fragment: it joins the group whose words contain it
    # (shown with a copy of the later article, as the earlier article is in the group
    # anyway), and with the later article alone it makes no group of its own
    frags = tuple(q for q in earlier.quotes if len(normalize_words(q.content.text)) == 3)
    assert frags
    frag_only = Extraction(article=earlier.article, quotes=frags)
    copy = Extraction(
        article=Article(id="copy", text=later.article.text, published=later.article.published),
        quotes=later.quotes,
    )
    assert link_quotes([frag_only, later]) == []
    joined = [
        lk
        for lk in link_quotes([frag_only, later, copy])
        if lk.origin.article_id == earlier.article.id
    ]
    assert len(joined) == 1
    frag_words = " ".join(normalize_words(joined[0].origin.span.text))
    assert len(frag_words.split()) == 3
    assert frag_words in " ".join(normalize_words(joined[0].text))
    assert joined[0].text != joined[0].origin.span.text


# -- alignment rules --------------------------------------------------------------------

COMMON = frozenset(["the", "of", "to", "in", "a", "and", "is", "gulf", "oil", "response"])


@pytest.mark.parametrize(
    ("a", "b", "common", "linked"),
    [
        (
            "the response to the gulf oil spill was slow",
            "the response to the gulf oil",
            frozenset(),
            True,
        ),
        # six matched words, none outside the common words
        (
            "we saw the response to the gulf oil today",
            "the response to the gulf oil",
            COMMON,
            False,
        ),
        (
            "the response to the deepwater horizon leak",
            "the response to the deepwater horizon",
            COMMON,
            True,
        ),
        ("a b c d e", "x y z", frozenset(), False),
    ],
)
def test_align_needs_content_words(a, b, common, linked):
    wa, wb = normalize_words(a), normalize_words(b)
    got = align_units(wa, [0] * len(wa), wb, [0] * len(wb), 4, common=common)
    assert bool([m for m in got if m.kind == "strong"]) is linked


def test_link_keys_are_unique():
    exs = [
        make("a", f"“{Q1}.” “{Q2}.”", [Q1, Q2], published="2024-01-01"),
        make("b", f"“{Q2}.” “{Q1}.”", [Q2, Q1], published="2024-01-02"),
    ]
    links = link_quotes(exs)
    assert len(links) == 2
    assert len({lk.key for lk in links}) == 2


def test_article_added_twice_is_ignored(caplog):
    a = make("a", f"“{Q1}.”", [Q1])
    index = QuoteIndex()
    index.add(a)
    with caplog.at_level("WARNING", logger="whosaid"):
        index.add(a)
    assert "added twice" in caplog.text
    assert index.groups() == []
    assert len(index) == 1 and index.n_articles == 1


def test_min_link_words_setting():
    settings = Settings(min_link_words=6)
    short = "the fish are back"  # 4 words: links alone by default, not with 6
    longer = "the fish are back in the bay"  # 7 words
    a = make("a", f"“{Q1}.”", [Q1], published="2024-01-01")
    b = make("b", f"“{Q1}.”", [Q1], published="2024-01-02")
    c = make("c", f"They said “{short}”.", [short], published="2024-01-03")
    assert len(link_quotes([a, c])) == 1
    assert link_quotes([a, c], settings) == []
    # with a link there anyway, the short quote joins it
    (link,) = link_quotes([a, b, c], settings)
    assert [o.article_id for o in link.occurrences] == ["a", "b", "c"]
    d = make("d", f"They said “{longer}”.", [longer], published="2024-01-04")
    assert link_quotes([d, c], settings) == []


def test_an_outlet_naming_itself_as_the_venue_credits_no_one():
    """'an insider told Harbour Radio' printed by Harbour Radio claims the words as its
    own exclusive; the same words told to another outlet credit that outlet."""
    text_b = f"“{Q1},” a source told Harbour Radio."
    spec = {"text": Q1, "speaker": "a source", "anonymous": True, "venue": "Harbour Radio"}
    a = make("a", f"“{Q1}.”", [Q1], published="2024-01-01", outlet="Gull Post")
    for outlet, credited in (("Harbour Radio", False), ("Bay Times", True)):
        b = make("b", text_b, [spec], published="2024-01-02", outlet=outlet)
        (link,) = link_quotes([a, b])
        assert link.occurrences[1].credited is credited


def test_a_headlines_quoted_words_are_not_linked():
    """A headline's few quoted words are its body's quote cut down: the body quote links,
    the headline's words ("Ready to Move On") would link a stock phrase."""
    from dataclasses import replace

    a = make("a", f"“{Q1}.”", [Q1], published="2024-01-01")
    b = make("b", f"“{Q1}.”", [Q1], published="2024-01-02")
    assert len(link_quotes([a, b])) == 1
    head = replace(b, quotes=tuple(replace(q, method="headline") for q in b.quotes))
    assert link_quotes([a, head]) == []


def test_an_agency_story_printed_by_another_outlet_credits_the_agency():
    """A story under an agency's dateline ("KELSO (AP) --") printed by another outlet
    gives its words to the agency: credited, with the agency as venue, so it is no
    uncredited reuse, and the agency's words count as one origin however many outlets
    carry them or credit the agency."""
    from whosaid.assess import assess_link

    words = "We will keep the ferry running until the new pier is ready"
    a = make(
        "agency-copy",
        f"Ferry stays. KELSO (AP) -- “{words},” the harbour master said.",
        [{"text": words, "speaker": "the harbour master"}],
        "2024-03-01",
        "Evening Star",
    )
    b = make(
        "credits-agency",
        f"“{words},” the harbour master told AP.",
        [{"text": words, "speaker": "the harbour master", "venue": "AP"}],
        "2024-03-02",
        "Morning Post",
    )
    c = make(
        "own-source",
        f"“{words},” an insider said.",
        [{"text": words, "speaker": "an insider", "anonymous": True}],
        "2024-03-09",
        "Gossip Daily",
    )
    (lk,) = link_quotes([a, b, c])
    first = lk.occurrences[0]
    assert (first.article_id, first.venue, first.credited, first.own_source) == (
        "agency-copy",
        "AP",
        True,
        False,
    )
    p = assess_link(lk)
    assert p.credited_venue == "AP" and p.independent_origins == 1
    assert p.uncredited == ("own-source",)
