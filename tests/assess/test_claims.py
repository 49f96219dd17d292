"""Independent origins of claims: copies, shared venues, one outlet, one speaker count once."""

from __future__ import annotations

import pytest

from records import article, extraction, quote
from whosaid.assess.claims import SAME_SPEAKER_ONE_ORIGIN, assess_claims, count_origins
from whosaid.link import link_quotes
from whosaid.link.claims import group_claims

OWN = "the drummer has quit the band after the spring tour ended in March"
REWORDED = "the drummer quit the band once the March spring tour had ended"
# Unrelated statements so that IDF weights are not all equal.
BACKGROUND = [
    "The harbour authority will dredge the northern channel before the autumn storms",
    "Ticket prices for the regional rail network are frozen until next January",
    "The museum reopens its east wing with a collection of medieval maps",
    "Farmers expect a smaller wheat harvest after the dry spring",
]


def _x(aid: str, day: str, outlet: str, words: str, **speaker):
    cue = speaker.pop("cue", "a source said")
    a = article(aid, f"{words}, {cue}.", day, outlet)
    return extraction(a, quote(a, words, **speaker))


def _claim(*xs):
    bg = article("bg", " ".join(s + "." for s in BACKGROUND), "2022-01-01", "Background")
    xs = (*xs, extraction(bg, *(quote(bg, s) for s in BACKGROUND)))
    links = link_quotes(xs)
    (claim,) = group_claims(xs, links, embed=False)
    return claim, links


ANON = {"speaker": "a source", "anonymous": True, "descriptor": "source"}


def test_two_copies_of_one_outlets_words_plus_one_own_report_are_two_origins():
    claim, links = _claim(
        _x("a", "2022-04-01", "Riff Report", OWN, **ANON),
        _x("b", "2022-04-02", "Glossy", OWN, **ANON),  # the same words, no credit
        _x("c", "2022-04-03", "Daily Lantern", REWORDED, **ANON),  # its own source
    )
    assert len(links) == 1  # a and b: the same words
    assert [o.article_id for o in claim.occurrences] == ["a", "b", "c"]
    assert count_origins(claim, links) == 2
    (done,) = assess_claims([claim], links)
    assert done.origins == 2
    assert done.copy_of == (None, 0, None)
    assert done.origin_keys[0] == done.origin_keys[1] != done.origin_keys[2]
    # without the links, nothing says b copied a: three outlets, three origins
    assert count_origins(claim, []) == 3


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # credits the outlet that printed the claim first ("told the Riff Report")
        ({"outlet": "Glossy", "venue": "the Riff Report"}, 1),
        # the same outlet again, in other words
        ({"outlet": "Riff Report"}, 1),
        # another outlet, its own anonymous source
        ({"outlet": "Glossy"}, 2),
        # two outlets crediting two different venues
        ({"outlet": "Glossy", "venue": "Weekly Beat"}, 2),
    ],
)
def test_venue_and_outlet_collapse(second, expected):
    venue = second.get("venue")
    claim, links = _claim(
        _x("a", "2022-04-01", "Riff Report", OWN, **ANON),
        _x("b", "2022-04-02", second["outlet"], REWORDED, venue=venue, **ANON),
    )
    assert links == []
    assert count_origins(claim, links) == expected


def test_a_later_claim_from_reports_passes_on_the_first_not_a_new_origin():
    claim, links = _claim(
        _x("a", "2022-04-01", "Riff Report", OWN, **ANON),
        _x("b", "2022-04-02", "Glossy", REWORDED, speaker="reports", cue="reports claimed"),
    )
    assert count_origins(claim, links) == 1
    # an outlet's own anonymous source is a new origin (see test_venue_and_outlet_collapse)
    claim, links = _claim(
        _x("a", "2022-04-01", "Riff Report", OWN, **ANON),
        _x("b", "2022-04-02", "Glossy", REWORDED, **ANON),
    )
    assert count_origins(claim, links) == 2


def test_relayed_claim_is_marked_as_a_copy_of_the_outlet_it_credits():
    claim, links = _claim(
        _x("a", "2022-04-01", "Riff Report", OWN, **ANON),
        _x("b", "2022-04-02", "Glossy", REWORDED, venue="Riff Report", **ANON),
    )
    (done,) = assess_claims([claim], links)
    assert done.copy_of == (None, 0)
    assert done.origin_keys == ("outlet:Riff Report", "outlet:Riff Report")


def test_a_named_speaker_on_record_is_one_origin_across_outlets():
    claim, links = _claim(
        _x(
            "a",
            "2022-04-01",
            "Riff Report",
            OWN,
            name="Kim Abel",
            speaker="Kim Abel",
            cue="Kim Abel said",
        ),
        _x(
            "b",
            "2022-04-02",
            "Glossy",
            REWORDED,
            name="Kim Abel",
            speaker="Kim Abel",
            cue="Kim Abel said",
        ),
    )
    assert SAME_SPEAKER_ONE_ORIGIN
    assert count_origins(claim, links) == 1


def test_a_report_the_article_points_at_is_on_record_and_no_speaker_key():
    """ "the report said" quotes a document the article named: on record, not hearsay
    (reports, a report); and two articles' "the report" may be two reports, so the
    description does not make them one origin as a name on record does."""
    from whosaid.link.cluster import cites_reports

    assert cites_reports("reports") and cites_reports("a news report")
    assert not cites_reports("the report") and not cites_reports("the board's final report")
    claim, links = _claim(
        _x("a", "2022-04-01", "Riff Report", OWN, speaker="the report", cue="the report said"),
        _x("b", "2022-04-02", "Glossy", REWORDED, speaker="the report", cue="the report said"),
    )
    assert all(o.credited for o in claim.occurrences)
    assert count_origins(claim, links) == 2
