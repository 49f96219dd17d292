"""Ages and dated life events about people, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whosaid.extract.dates import find_timexes
from whosaid.extract.facts import find_facts
from whosaid.model import Article

PUB = date(2024, 1, 27)


def _facts(nlp, text: str, published: date | None = PUB):
    a = Article(id="t", text=text, published=published)
    return find_facts(nlp(text), a, find_timexes(text, published))


# (text, subject, kind, lo, hi, stated)
FACTS = [
    # "Name, 42,"
    (
        "Maria Keller, 42, opened the new bakery on Main Street.",
        "Maria Keller", "born", "1981-01-28", "1982-01-27", "42",
    ),
    # a company's acronym and a title before the name are not the person's name
    (
        "ACME CEO Maria Keller, 42, opened the new plant on Main Street.",
        "Maria Keller", "born", "1981-01-28", "1982-01-27", "42",
    ),
    # age at the end of the sentence
    (
        "The mayor thanked the volunteer Tomas Berg, 25.",
        "Tomas Berg", "born", "1998-01-28", "1999-01-27", "25",
    ),
    # "42-year-old Name"
    (
        "Police said 42-year-old Dana Whitlock was arrested at home.",
        "Dana Whitlock", "born", "1981-01-28", "1982-01-27", "42",
    ),
    # age, role noun, then the name
    (
        "She lives with her 12-year-old son Oskar in a small flat.",
        "Oskar", "born", "2011-01-28", "2012-01-27", "12",
    ),
    # "... named Name"
    (
        "It was a 31-year-old painter named Lena Vogt who won.",
        "Lena Vogt", "born", "1992-01-28", "1993-01-27", "31",
    ),
    # a definite description resolved to the subject of the previous sentence
    (
        "Rita Moreno opened the festival on Friday. Later the veteran actress, 92, "
        "signed autographs for an hour.",
        "Rita Moreno", "born", "1931-01-28", "1932-01-27", "92",
    ),
    # an appositive with an age: "Name, a 42-year-old (Welsh) geologist"
    (
        "Tomas Hale, a 53-year-old geologist, led the survey.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    (
        "Tomas Hale, a 53-year-old Welsh geologist, led the survey.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    (
        "Ronan Pike, a 49-year-old oysterman, lost his boat.",
        "Ronan Pike", "born", "1974-01-28", "1975-01-27", "49",
    ),
    (
        '"It will pass," said Kira Vann, a 30-year-old kayaker from the coast.',
        "Kira Vann", "born", "1993-01-28", "1994-01-27", "30",
    ),
    (
        "Mira Lott, the 38-year-old daughter of two teachers, ran for office.",
        "Mira Lott", "born", "1985-01-28", "1986-01-27", "38",
    ),
    # "Name, of Town, a 39-year-old nurse": the person, not the town
    (
        '"It will pass," said Ivo Marten, of Brightwater, a 39-year-old registered nurse.',
        "Ivo Marten", "born", "1984-01-28", "1985-01-27", "39",
    ),
    # "42-year old Name", "42 year old Name"
    (
        "59-year old Edda Lorne lost her boat.",
        "Edda Lorne", "born", "1964-01-28", "1965-01-27", "59",
    ),
    (
        "59 year old Edda Lorne lost her boat.",
        "Edda Lorne", "born", "1964-01-28", "1965-01-27", "59",
    ),
    # a predicative age: "Name, who is 42 (years old),", "Name is 42."
    (
        "Tomas Hale, who is 53, led the survey.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    (
        "Tomas Hale, who is 53 years old, led the survey.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    (
        "Tomas Hale is 53.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    (
        "Tomas Hale is 53, his lawyer said.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    (
        "The survey was led by Tomas Hale. Hale is 53.",
        "Tomas Hale", "born", "1970-01-28", "1971-01-27", "53",
    ),
    # "Name (42)"
    (
        "Witnesses named the driver as Karl Epp (58) from the north.",
        "Karl Epp", "born", "1965-01-28", "1966-01-27", "58",
    ),
    # birth year stated outright
    (
        "Ines Dahl, who was born in 1990, leads the team.",
        "Ines Dahl", "born", "1990-01-01", "1990-12-31", "1990",
    ),
    # a dated event in a relative clause
    (
        "The band toured with Paul Ames, who married the singer in 2011.",
        "Paul Ames", "married", "2011-01-01", "2011-12-31", "2011",
    ),
    # a dated event with a month
    (
        "Anna Lind divorced the banker in June 2019.",
        "Anna Lind", "divorced", "2019-06-01", "2019-06-30", "June 2019",
    ),
    # a duration of a state: when it began
    (
        "After 11 years of marriage, Greta Holm and Ivan Holm are now separated.",
        "Greta Holm", "married", "2012-01-28", "2013-01-27", "11 years of marriage",
    ),
    (
        "Greta Holm has been married for 11 years.",
        "Greta Holm", "married", "2012-01-28", "2013-01-27", "11 years",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "kind", "lo", "hi", "stated"), FACTS)
def test_fact(nlp, text, subject, kind, lo, hi, stated):
    facts = _facts(nlp, text)
    got = [(f.subject, f.kind, f.lo.isoformat(), f.hi.isoformat(), f.stated) for f in facts]
    assert (subject, kind, lo, hi, stated) in got
    for f in facts:
        assert text[f.span.start : f.span.end] == f.span.text
        assert f.article_id == "t"


def test_both_people_of_a_conjoined_subject(nlp):
    facts = _facts(nlp, "After 11 years of marriage, Greta Holm and Ivan Holm are now separated.")
    assert {f.subject for f in facts if f.kind == "married"} == {"Greta Holm", "Ivan Holm"}


# Sentences where the evidence is too weak: no fact rather than a guess.
NO_FACT = [
    # a possessive description ("her spouse") is another person than the one in focus
    "Rita Moreno smiled. She thanked her longtime spouse, 46, for coming.",
    # a description with no named subject before it
    "The veteran actress, 92, signed autographs.",
    # numbers that are not ages
    "The council met on Tuesday, 14 members voted, 3 abstained.",
    "Prices rose in Paris, 2019, by a large margin.",
    # the couple is not a named person
    "The couple married in 2011.",
    # nor is a group or a company; a company's number is a count
    "About 9,000 Canadians died in 2009, the report said.",
    "Rigs run by Orvik Oil & Gas (2) were shut.",
    "Tamsin Holdings, 40, bid for the yard.",
    # "N-year-old" things beside a name: the age is not the person's
    "Tomas Hale defended a 53-year-old law.",
    "Tomas Hale lives in the 40-year-old building.",
    "Tomas Hale runs a 10-year-old program.",
    # a relative's age: the son is not named, and it is not the father's
    "Tomas Hale took his 12-year-old son fishing.",
    "Tomas Hale's 12-year-old son arrived.",
    "Tomas Hale, his 12-year-old son, arrived.",
    "Tomas Hale, whose son is 12, arrived.",
    "Tomas Hale pointed to his son, who is 15.",
    # nor when the son's given name follows: "who" is about "son", and a one-word name
    # would be matched to another article's person of that name
    "Tomas Hale pointed to his son Theo, who is 15.",
    # "who is 42" after a description: no name to give the age to
    "Tomas Hale thanked the geologist, who is 53.",
    # an appositive with an age about an organisation, a town or a ship
    "Harlow, a 53-year-old company based in Leeds, hired staff.",
    "Gullane Marine, a 53-year-old shipyard, hired staff.",
    "Port Ellery, a 90-year-old town, flooded.",
    "The Sea Lark, a 30-year-old trawler, sank.",
    "Harlow Bank is 53.",
    # after "the wife of Name" the age may be the wife's
    "The wife of Ivo Marten, a 40-year-old nurse, spoke.",
    # numbers in quotation marks are words or labels, not ages
    'The sign read: Tomas Hale is "53".',
    'Tomas Hale, a "53-year-old geologist" in the play, bowed.',
    # a past age dates nothing; a negated, approximate or measured number is no age
    "Tomas Hale was 53 when he retired.",
    "Tomas Hale, who was 53, led the survey.",
    "Tomas Hale is not 53.",
    "Tomas Hale is about 53.",
    "Tomas Hale is 53 percent sure.",
]


@pytest.mark.parametrize("text", NO_FACT)
def test_no_fact(nlp, text):
    assert [(f.subject, f.kind, f.stated) for f in _facts(nlp, text)] == []


def test_no_publication_date_no_age_range(nlp):
    text = "Maria Keller, 42, opened the bakery. Anna Lind divorced the banker in June 2019."
    facts = _facts(nlp, text, published=None)
    assert [f.kind for f in facts] == ["divorced"]  # an absolute date needs no anchor


def test_one_word_subject_takes_the_full_name_the_article_writes(nlp):
    facts = _facts(nlp, "Pop singer Nora Vance toured Europe. Vance, 34, said little.")
    assert [(f.subject, f.stated) for f in facts] == [("Nora Vance", "34")]


def test_one_word_subject_that_fits_two_names_stays_as_written(nlp):
    text = "Nora Vance and Ada Vance arrived. Vance, 34, spoke first."
    assert [f.subject for f in _facts(nlp, text)] == ["Vance"]


def test_one_word_subject_before_the_full_name_keeps_its_own_age(nlp):
    # the surname comes first with an age of its own: another person than "Ilse Brandt"
    text = "Brandt, 45, and his wife Ilse Brandt, 41, married in 1990."
    facts = [(f.subject, f.stated) for f in _facts(nlp, text) if f.kind == "born"]
    assert facts == [("Brandt", "45"), ("Ilse Brandt", "41")]


def test_the_spouse_named_as_object_gets_the_marriage_too(nlp):
    facts = _facts(nlp, "Elias Brandt married Nora Vance in 2016 in Lyon.")
    assert {(f.subject, f.kind, str(f.lo)) for f in facts} == {
        ("Elias Brandt", "married", "2016-01-01"),
        ("Nora Vance", "married", "2016-01-01"),
    }


def test_a_name_with_a_generational_suffix_absorbs_no_short_name(nlp):
    text = "Omar Lind Sr., whose 38-year-old son, Omar, is missing, spoke to reporters."
    facts = _facts(nlp, text)
    assert [f.subject for f in facts if f.stated == "38"] == ["Omar"]


def test_a_pronoun_subject_of_a_dated_event_is_the_person_just_named(nlp):
    text = "Mara Quist is filming in Spain. She married Leo Brandt in 2011, friends say."
    assert {(f.subject, f.kind, str(f.lo), f.stated) for f in _facts(nlp, text)} == {
        ("Mara Quist", "married", "2011-01-01", "2011"),
        ("Leo Brandt", "married", "2011-01-01", "2011"),
    }
    # no one named before the pronoun: no fact
    assert _facts(nlp, "She married Leo Brandt in 2011.") == []
