"""Provenance of hand-built quote groups: first printing, credit, staleness, drift."""

from __future__ import annotations

from dataclasses import replace

import pytest

from records import article, extraction, link, occurrence, quote
from whosaid.assess import STALE_AFTER_DAYS, assess, assess_link
from whosaid.assess.provenance import standings
from whosaid.report.dossier import first_label

WORDS = "The band has been rehearsing in secret since the spring tour ended."


def _group(later_days: str = "2021-09-30"):
    a = article("early", f"A roadie told Loudwire Daily: “{WORDS}”", "2021-06-01", "Riff Report")
    b = article("late", f"“{WORDS}” a second insider revealed.", later_days, "Glossy")
    qa = quote(
        a,
        WORDS,
        speaker="A roadie",
        anonymous=True,
        descriptor="roadie",
        venue="Loudwire Daily",
        relayed=True,
    )
    qb = quote(
        b, WORDS, speaker="a second insider", anonymous=True, descriptor="insider", ordinal=2
    )
    xa, xb = extraction(a, qa), extraction(b, qb)
    return link(occurrence(xa, qa, credited=True), occurrence(xb, qb, credited=False))


def test_first_printing_credit_and_uncredited_reuse():
    p = assess_link(_group())
    assert p.first_article == "early"
    assert p.credited_venue == "Loudwire Daily"
    assert p.uncredited == ("late",)
    assert p.stale_days == {"late": 121}
    assert p.independent_origins == 1
    text = " ".join(p.notes)
    assert "Glossy (2021-09-30) prints “The band has been rehearsing" in text
    assert (
        "without credit, as its own “a second insider”, 121 days after Riff Report (2021-06-01)"
        in text
    )
    assert "printed it crediting Loudwire Daily: old words re-served as news." in text
    assert "“A roadie” → “a second insider”" in text


def test_fresh_reuse_is_not_called_stale():
    p = assess_link(_group(later_days="2021-06-03"))
    assert p.stale_days == {"late": 2}
    assert STALE_AFTER_DAYS > 2
    assert not any("re-served" in n for n in p.notes)


def test_a_same_day_reuse_claims_no_order():
    p = assess_link(_group(later_days="2021-06-01"))
    assert p.stale_days == {"late": 0} and p.uncredited == ("late",)
    (note,) = [n for n in p.notes if "without credit" in n]
    assert "the same day as Riff Report (2021-06-01) printed it" in note
    assert " after " not in note


def test_two_credited_outlets_count_as_two_origins_and_are_flagged():
    a = article("a", f"“{WORDS}” a source told Paper One.", "2021-06-01")
    b = article("b", f"“{WORDS}” a source told Paper Two.", "2021-06-02")
    qa = quote(a, WORDS, speaker="a source", anonymous=True, venue="Paper One")
    qb = quote(b, WORDS, speaker="a source", anonymous=True, venue="Paper Two")
    p = assess_link(
        link(occurrence(extraction(a, qa), qa, True), occurrence(extraction(b, qb), qb, True))
    )
    assert p.independent_origins == 2
    assert p.uncredited == ()
    assert any("credited to different outlets: Paper One, Paper Two" in n for n in p.notes)


def test_groups_with_uncredited_reuse_sort_first():
    a = article("a", f"“{WORDS}” said Jo Park.", "2021-06-01")
    b = article("b", f"“{WORDS}” said Jo Park.", "2021-06-02")
    qa = quote(a, WORDS, name="Jo Park", speaker="Jo Park")
    qb = quote(b, WORDS, name="Jo Park", speaker="Jo Park")
    clean = link(occurrence(extraction(a, qa), qa, True), occurrence(extraction(b, qb), qb, True))
    ranked = assess([clean, _group()])
    assert [p.first_article for p in ranked] == ["early", "a"]


@pytest.mark.parametrize("seed", range(30))
def test_speaker_drift_keeps_the_forms_the_pairwise_test_keeps(seed):
    """Random short and long forms over a few letters, so that many contain others: the
    same speakers, in the same order, as testing each against every kept form."""
    import random

    from whosaid.assess.provenance import _distinct_speakers

    rnd = random.Random(seed)
    names = [
        None
        if rnd.random() < 0.1
        else "".join(rnd.choice("abA ") for _ in range(rnd.randrange(0, 9)))
        for _ in range(rnd.randrange(0, 120))
    ]
    expected: list[str] = []
    for name in names:
        low = (name or "").lower()
        if low and not any(low in s.lower() or s.lower() in low for s in expected):
            expected.append(name)
    assert _distinct_speakers(names) == expected


def test_an_outlet_reprinting_its_own_words_is_not_uncredited_reuse():
    """The words' own outlet printing them again (its name written with another case or
    "the") is a reprint: listed apart, noted only when stale; another outlet's copy,
    even one whose name is a short form of it, still counts."""
    a = article("one", f"“{WORDS}” the drummer said.", "2021-06-01", "The Evening Lantern")
    b = article("two", f"Recap: “{WORDS}”", "2021-08-15", "the evening lantern")
    c = article("three", f"“{WORDS}” an insider said.", "2021-06-03", "Glossy")
    d = article("four", f"Throwback: “{WORDS}”", "2021-06-05", "Glossy")
    e = article("five", f"“{WORDS}” a fan wrote.", "2021-06-07", "The Lantern")
    order = (a, c, d, e, b)
    unnamed = {c: "an insider", e: "a fan"}
    qs = [
        quote(x, WORDS, speaker=unnamed[x], anonymous=True) if x in unnamed else quote(x, WORDS)
        for x in order
    ]
    occ = [occurrence(extraction(x, q), q, credited=x is a) for x, q in zip(order, qs, strict=True)]
    p = assess_link(link(*occ))
    assert p.uncredited == ("three", "five")
    assert p.reprints == ("four", "two")
    text = " ".join(p.notes)
    assert "Glossy (2021-06-03) prints" in text and "without credit" in text
    assert "Glossy (2021-06-05)" not in text  # a fresh reprint is not news
    assert (
        "the evening lantern (2021-08-15) prints “The band has been rehearsing in secret since the"
        " spring tour ended.” again, 75 days after The Evening Lantern (2021-06-01) printed"
        " it first: old words re-served as news." in text
    )
    # an outlet reprinting its own words that another outlet printed first
    g = article("zero", f"“{WORDS}” the drummer said.", "2021-05-20", "Glossy")
    order = (g, a, b)
    occ = [occurrence(extraction(x, quote(x, WORDS)), quote(x, WORDS)) for x in order]
    occ = [replace(o, credited=False) for o in occ]
    (note,) = [n for n in assess_link(link(*occ)).notes if "again" in n]
    assert note.startswith("the evening lantern (2021-08-15) prints “The band")
    assert (
        "again (after The Evening Lantern (2021-06-01)), 87 days after Glossy (2021-05-20)"
        " printed it first" in note
    )


def test_a_pronoun_for_a_named_speaker_is_no_drift():
    a = article("n1", f"“{WORDS}” Mara Quist said.", "2021-06-01", "Riff Report")
    b = article("n2", f"Speaking later, she said: “{WORDS}”", "2021-06-02", "Glossy")
    qa, qb = (
        quote(a, WORDS, speaker="Mara Quist", name="Mara Quist"),
        quote(b, WORDS, speaker="she"),
    )
    p = assess_link(
        link(occurrence(extraction(a, qa), qa, True), occurrence(extraction(b, qb), qb, True))
    )
    assert not any("described differently" in n for n in p.notes)


def _printings(second_speaker: dict, day: str = "2021-06-04", venue: str | None = None):
    """The same words named by a drummer (first) and printed later by another outlet,
    whose speaker is ``second_speaker`` (``quote`` keyword arguments)."""
    told = f" told {venue}" if venue else " said"
    a = article("a", f"“{WORDS}” the drummer{told}.", "2021-06-01", "Riff Report")
    b = article("b", f"“{WORDS}” {second_speaker.get('speaker', '')} added.", day, "Glossy")
    qa = quote(a, WORDS, speaker="the drummer", venue=venue, relayed=bool(venue))
    qb = quote(b, WORDS, **second_speaker)
    return link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb))


def test_a_printing_with_no_speaker_found_is_unattributed_not_uncredited():
    """The extractor missing a speaker (a transcript's label, a name it did not read) is
    no evidence of copying: the printing is listed as unattributed, no note accuses it."""
    for speaker in ({}, {"speaker": "I"}, {"speaker": "We"}):
        p = assess_link(_printings(speaker))
        assert p.uncredited == ()
        assert standings(p)[1] == "unattributed"
        assert not any("without credit" in n for n in p.notes)


def test_an_unnamed_source_of_its_own_on_a_later_day_is_uncredited_reuse():
    p = assess_link(_printings({"speaker": "an insider", "anonymous": True}))
    assert p.uncredited == ("b",) and standings(p)[1] == "uncredited"
    (note,) = [n for n in p.notes if "without credit" in n]
    assert "as its own “an insider”, 3 days after Riff Report (2021-06-01)" in note
    p = assess_link(_printings({"speaker": "an insider", "anonymous": True}, day="2021-06-02"))
    assert "1 day after" in " ".join(p.notes)


def test_the_same_day_names_no_first_printing_unless_a_venue_was_left_out():
    """Two outlets printing the words the same day: either may be first, so neither is
    accused, and the first printing is shown as one of two. If the other printing names
    the venue the words were given to and this one gives them to its own insider, it
    left out the credit whatever the order."""
    p = assess_link(_printings({"speaker": "an insider", "anonymous": True}, day="2021-06-01"))
    assert p.uncredited == () and p.first_tied == ("b",)
    assert standings(p)[1] == "same day"
    assert first_label(None, "Riff Report", len(p.first_tied)) == "first of 2 the same day"
    p = assess_link(
        _printings({"speaker": "an insider", "anonymous": True}, day="2021-06-01", venue="Mix FM")
    )
    assert p.uncredited == ("b",) and p.credited_venue == "Mix FM"


def test_a_note_quotes_the_words_the_accused_printing_printed():
    """A printing that carries only part of the group's words is quoted with its own part,
    never with words it did not print."""
    a = article("a", f"“{WORDS} We start again in May.” the drummer said.", "2021-06-01", "Riff")
    b = article("b", f"“{WORDS}” an insider said.", "2021-07-01", "Glossy")
    qa = quote(a, f"{WORDS} We start again in May.", speaker="the drummer")
    qb = quote(b, WORDS, speaker="an insider", anonymous=True)
    p = assess_link(link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb)))
    (note,) = [n for n in p.notes if "without credit" in n]
    assert "May" not in note and "spring tour ended." in note


def test_a_fuller_name_or_a_description_on_record_is_no_drift():
    """ "Henry Waxman" and "Henry A. Waxman" are one person, and "the company" for a named
    firm is a description on record: neither is a speaker described differently. An
    unnamed source described anew still is."""

    def drift(*speakers):
        occ = []
        for i, (sp, anonymous) in enumerate(speakers):
            a = article(f"x{i}", f"“{WORDS}” {sp} said.", f"2021-06-0{i + 1}", f"Outlet {i}")
            q = quote(a, WORDS, speaker=sp, anonymous=anonymous)
            occ.append(occurrence(extraction(a, q), q))
        notes = assess_link(link(*occ)).notes
        return [n for n in notes if "described differently" in n or "different people" in n]

    assert drift(("Cole Vance", False), ("Cole B. Vance", False)) == []
    assert drift(("Harbor Oil", False), ("The company", False)) == []
    assert drift(("a second source", True), ("a second insider", True)) == [
        "the speaker of “The band has been rehearsing in secret since the spring…” is"
        " described differently: “a second source” → “a second insider”"
    ]
    (two,) = drift(("Cole Vance", False), ("Dana Vance", False))
    assert two.endswith("is given to different people: Cole Vance, Dana Vance")
    (bodies,) = drift(("Acme", False), ("Harbor Oil", False))  # no person's full name
    assert "described differently: “Acme” → “Harbor Oil”" in bodies


def test_unnamed_officials_announcing_something_are_on_record():
    """ "officials announced" is a public statement: a later printing of it is no
    uncredited reuse, where "officials said" may be the article's own sources."""
    a = article("a", f"“{WORDS}” the drummer said.", "2021-06-01", "Riff Report")
    qa = quote(a, WORDS, speaker="the drummer")
    for cue, accused in (("announced", False), ("said", True)):
        b = article("b", f"“{WORDS}” officials {cue}.", "2021-06-09", "Glossy")
        qb = quote(b, WORDS, speaker="officials", anonymous=True, cue=cue)
        p = assess_link(link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb)))
        assert (p.uncredited == ("b",)) is accused, cue


def _interview(later: dict, day: str = "2021-06-04", outlet: str = "Glossy", before: str = ""):
    """The drummer's words given to Mix FM and printed by Riff Report, then printed by
    ``outlet`` on ``day`` after ``before``, with the second quote's ``later`` keyword
    arguments; assessed with the articles' texts."""
    a = article("a", f"“{WORDS}” the drummer told Mix FM.", "2021-06-01", "Riff Report")
    b = article("b", f"{before}“{WORDS}” {later['speaker']} said.", day, outlet)
    qa = quote(a, WORDS, speaker="the drummer", venue="Mix FM", relayed=True)
    qb = quote(b, WORDS, **later)
    lk = link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb))
    return assess_link(lk, text_of={"a": a.text, "b": b.text}.get)


def test_a_later_printing_that_names_the_speaker_but_not_the_venue_dropped_it():
    p = _interview({"speaker": "the drummer"})
    assert p.venue_dropped == ("b",) and p.uncredited == ()
    assert standings(p) == ["credited", "venue dropped"]
    lk = p.link
    assert assess_link(lk).venue_dropped == ()  # without the texts, no one is accused
    (note,) = [n for n in p.notes if "without naming" in n]
    assert "Glossy (2021-06-04) prints “The band has been rehearsing" in note
    assert "from “the drummer”, 3 days after Riff Report (2021-06-01) printed it" in note
    assert note.endswith("without naming Mix FM, where the words were given.")


@pytest.mark.parametrize(
    ("later", "day", "outlet", "before"),
    [
        ({"speaker": "the drummer", "venue": "Mix FM"}, "2021-06-04", "Glossy", ""),  # credits it
        ({"speaker": "the drummer"}, "2021-06-01", "Glossy", ""),  # the same day: order unknown
        ({"speaker": "the drummer"}, "2021-06-04", "Mix FM", ""),  # the venue's own printing
        ({"speaker": "the drummer", "venue": "Radio Nine"}, "2021-06-04", "Glossy", ""),
        ({"speaker": "the bassist"}, "2021-06-04", "Glossy", ""),  # not the same person
        # the venue named in the sentence before the quotation
        ({"speaker": "the drummer"}, "2021-06-04", "Glossy", "He spoke to Mix FM on Monday. "),
    ],
)
def test_no_venue_dropped_when_credited_the_same_day_by_the_venue_or_given_twice(
    later, day, outlet, before
):
    p = _interview(later, day, outlet, before)
    assert p.venue_dropped == ()
    assert "venue dropped" not in standings(p)


def test_notes_shorten_words_at_a_word_boundary():
    from whosaid.assess.provenance import shorten

    words = "the interior secretary said the moratorium would stay in place for months"
    assert shorten(words, 40) == "the interior secretary said the…"
    assert shorten(words, 200) == words
    assert shorten("x" * 50, 10) == "x" * 9 + "…"  # no space near: cut where it must


def test_a_venue_of_generic_words_only_is_still_the_credited_venue():
    """'told News': a name whose words are all generic matches no outlet, itself
    included; the group keeps it as written (a store's relink once crashed on it)."""
    a = article("a", f"“{WORDS}” the drummer told News.", "2021-06-01", "Riff Report")
    b = article("b", f"“{WORDS}” an insider said.", "2021-06-04", "Glossy")
    qa = quote(a, WORDS, speaker="the drummer", venue="News", relayed=True)
    qb = quote(b, WORDS, speaker="an insider", anonymous=True)
    p = assess_link(link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb)))
    assert p.credited_venue == "News" and p.uncredited == ("b",)


def _chain(third: str, third_speaker: str = "an insider", day: str = "2021-06-20"):
    """Three printings linked in a chain: Riff Report's long quote, Glossy's printing of
    it from the drummer a week later, and Pop Daily's ``third`` from ``third_speaker``."""
    long_words = f"{WORDS} We start again in May with a new record."
    a = article("a", f"“{long_words}” the drummer said.", "2021-06-01", "Riff Report")
    b = article("b", f"“{long_words}” the drummer said.", "2021-06-08", "Glossy")
    c = article("c", f"“{third}” {third_speaker} said.", day, "Pop Daily")
    qa = quote(a, long_words, speaker="the drummer")
    qb = quote(b, long_words, speaker="the drummer")
    qc = quote(c, third, speaker=third_speaker, anonymous=True)
    occ = [occurrence(extraction(x, q), q) for x, q in ((a, qa), (b, qb), (c, qc))]
    return link(*occ), {"a": a.text, "b": b.text, "c": c.text}


def test_no_accusation_without_enough_words_shared_with_an_earlier_printing():
    """A group chains: a printing may share with the earlier ones no more than a stock
    phrase. Copying is claimed only on COPIED_WORDS words in common, in order."""
    from whosaid.assess.provenance import COPIED_WORDS

    assert COPIED_WORDS == 12
    shared = "the spring tour ended. We start again in May with a"  # 11 words
    lk, _ = _chain(f"Right after {shared} smile, they say.")
    p = assess_link(lk)
    assert p.uncredited == () and standings(p)[2] == "unattributed"
    lk, _ = _chain(f"Right after {shared} new record, they say.")  # 12 and more
    assert assess_link(lk).uncredited == ("c",)


def test_an_accusation_names_the_printing_the_words_were_copied_from():
    """The note names the earliest printing that shares the run, and counts the days
    from it; a printing that gives the words to the same unnamed source is not said to
    make that source its own."""
    lk, _ = _chain(WORDS)
    (note,) = [n for n in assess_link(lk).notes if "without credit" in n]
    assert "19 days after Riff Report (2021-06-01) printed it" in note
    occ = list(lk.occurrences)
    occ[0] = replace(occ[0], speaker="an insider", credited=False, own_source=True)
    (note,) = [n for n in assess_link(link(*occ)).notes if "without credit" in n]
    assert "as its own" not in note and note.endswith("both from “an insider”.")


@pytest.mark.parametrize(
    ("credit", "accused"),
    [
        ("", True),
        (" (Riff Report)", False),  # names the outlet it copied
        (" A reader told Riff Report as much.", False),
        ("\nPhotograph: Jo Ray/Riff Report", True),  # a photo credit is no credit
    ],
)
def test_an_article_that_credits_the_earlier_outlet_is_not_accused(credit, accused):
    lk, texts = _chain(WORDS)
    texts["c"] += credit
    p = assess_link(lk, text_of=texts.get)
    assert (p.uncredited == ("c",)) is accused


@pytest.mark.parametrize(
    ("first", "dropped"),
    [
        ("“{w}” the drummer told Mix FM.", True),
        ("“{w}” the drummer said, according to Mix FM.", False),  # Mix FM reported it
        ("“{w}” the drummer said in a statement obtained by Mix FM.", False),
    ],
)
def test_only_a_venue_the_words_were_given_to_can_be_dropped(first, dropped):
    """ "told Mix FM" gives the words to Mix FM; "according to Mix FM" or a statement
    "obtained by" it names who reported them, which a later printing need not repeat."""
    a = article("a", first.format(w=WORDS), "2021-06-01", "Riff Report")
    b = article("b", f"“{WORDS}” the drummer said.", "2021-06-04", "Glossy")
    qa = quote(a, WORDS, speaker="the drummer", venue="Mix FM", relayed=True)
    qb = quote(b, WORDS, speaker="the drummer")
    lk = link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb))
    p = assess_link(lk, text_of={"a": a.text, "b": b.text}.get)
    assert (p.venue_dropped == ("b",)) is dropped


def test_an_edited_copy_is_still_a_copy():
    """ "They are" retyped "They're" breaks the longest run of identical words in two, but
    the words matched in order (``align.matched_words``) stay above the bar."""
    from whosaid.link.align import matched_words
    from whosaid.link.normalize import normalize_words

    first = "Lena and Jo have been living apart since March. They are trying to keep it quiet"
    later = "Lena and Jo have been living apart since March. They're trying to keep it quiet"
    assert matched_words(normalize_words(first), normalize_words(later)) == 9 + 5
    a = article("a", f"“{first}” a source said.", "2021-06-01", "Riff Report")
    b = article("b", f"“{later}” a second insider said.", "2021-07-01", "Glossy")
    qa = quote(a, first, speaker="a source", anonymous=True)
    qb = quote(b, later, speaker="a second insider", anonymous=True, ordinal=2)
    p = assess_link(link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb)))
    assert p.uncredited == ("b",)


def test_a_note_tells_a_venue_the_words_were_given_to_from_their_reporter():
    """ "crediting Mix FM" when the earlier printing says the words were given to Mix FM;
    "as Mix FM's report" when it names Mix FM only as their reporter."""
    for first, said in (
        ("“{w}” an insider told Mix FM.", "printed it crediting Mix FM"),
        ("“{w}” an insider said, according to Mix FM.", "printed it as Mix FM's report"),
    ):
        a = article("a", first.format(w=WORDS), "2021-06-01", "Riff Report")
        b = article("b", f"“{WORDS}” a second insider said.", "2021-06-04", "Glossy")
        qa = quote(a, WORDS, speaker="an insider", anonymous=True, venue="Mix FM", relayed=True)
        qb = quote(b, WORDS, speaker="a second insider", anonymous=True, ordinal=2)
        lk = link(occurrence(extraction(a, qa), qa), occurrence(extraction(b, qb), qb))
        (note,) = [
            n
            for n in assess_link(lk, text_of={"a": a.text, "b": b.text}.get).notes
            if "without credit" in n
        ]
        assert said in note, note
