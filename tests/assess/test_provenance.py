"""Provenance of hand-built quote groups: first printing, credit, staleness, drift."""

from __future__ import annotations

import pytest

from records import article, extraction, link, occurrence, quote
from whosaid.assess import STALE_AFTER_DAYS, assess, assess_link

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
    qs = [quote(x, WORDS) for x in order]
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
        " it: old words re-served as news." in text
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
