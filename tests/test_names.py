"""Names as articles write them: outlets and people."""

from __future__ import annotations

import pytest

from whosaid.names import (
    canonical_outlets,
    canonical_people,
    goes_by,
    group_full_names,
    names_outlet,
    outlet_of,
    same_outlet,
    same_person,
    wire_agency,
)


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("The Harbour Gazette", "the Gazette", True),
        ("Harbour Gazette", "The Harbour Gazette", True),
        ("PAGE TWELVE", "Page Twelve", True),
        ("Pop Weekly", "Starwatch Weekly", False),
        ("The Gazette", "The Herald", False),
        ("Harbour Gazette", "Harbour", False),  # the head word "Gazette" is missing
        (None, "The Herald", False),
        ("The", "The Herald", False),
        # an agency by initials and full name; an outlet and its web address
        ("AP", "The Associated Press", True),
        ("AFP", "Agence France-Presse", True),
        ("HarbourGazette.com", "The Harbour Gazette", True),
        ("harbourgazette.com", "Harbour Post", False),
        ("AP", "Reuters", False),
    ],
)
def test_same_outlet(a, b, same):
    assert same_outlet(a, b) is same
    assert same_outlet(b, a) is same


def test_canonical_outlets_keeps_the_longest_name():
    assert canonical_outlets(["the Gazette", "Harbour Gazette", "The Herald", "Herald"]) == [
        "Harbour Gazette",
        "The Herald",
    ]


# -- people ------------------------------------------------------------------------------


def test_canonical_outlets_ties_do_not_hang_on_input_order():
    # "Gazette" fits both equally long names; the alphabetically first one keeps it
    names = ["Harbour Gazette", "Hill Gazette", "Harbor Gazette", "the Gazette"]
    groups = {tuple(canonical_outlets(names[::step])) for step in (1, -1)}
    assert groups == {("Harbor Gazette", "Harbour Gazette", "Hill Gazette")}


def test_outlet_of_maps_every_name_to_its_outlet():
    names = ["The Daily Lantern", "the Lantern", "Lantern", "Pop Weekly", "Starwatch Weekly"]
    assert outlet_of(names) == {
        "The Daily Lantern": "The Daily Lantern",
        "the Lantern": "The Daily Lantern",
        "Lantern": "The Daily Lantern",
        "Pop Weekly": "Pop Weekly",
        "Starwatch Weekly": "Starwatch Weekly",
    }


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Benjamin Okafor", "Ben Okafor", True),  # a prefix of three letters or more
        ("Sen. Benjamin Okafor", "Okafor", True),  # a surname alone, titles dropped
        ("Mr. Okafor", "Benjamin Okafor Jr.", True),
        ("William Hart", "Bill Hart", True),  # a common short form
        ("B. Okafor", "Benjamin Okafor", True),  # an initial
        ("Okafor's", "Benjamin Okafor", True),
        ("Anna Hart", "William Hart", False),
        ("Anna Hart", "Andrew Hart", False),
        ("Benjamin Okafor", "Benjamin Oduya", False),
        ("Okafor", None, False),
        ("Dr.", "Benjamin Okafor", False),
    ],
)
def test_same_person(a, b, same):
    assert same_person(a, b) is same
    assert same_person(b, a) is same


@pytest.mark.parametrize(
    "short,full,fits",
    [
        ("Benjamin", "Benjamin Okafor", True),
        ("Ben", "Sen. Benjamin Okafor", True),  # a prefix, titles dropped
        ("Bill", "William Hart", True),  # a common short form
        ("Bennett", "Ben Okafor", False),  # longer than the given name
        ("Mr. Okafor", "Benjamin Okafor", False),  # a title form is a surname's
        ("B", "Benjamin Okafor", False),  # an initial
        ("Anna", "Andrew Hart", False),
        ("Fitch", "Fitch Ratings", False),  # a company's name
        ("Okafor", "Okafor", False),  # no given name to go by
    ],
)
def test_goes_by(short, full, fits):
    assert goes_by(short, full) is fits


def test_a_lone_word_of_a_bodys_name_is_not_that_body():
    out = canonical_people({"The Harbor House": 3, "Harbor House": 1, "House": 4})
    assert out["Harbor House"] == "The Harbor House"
    assert out["House"] == "House"


def test_canonical_people_joins_forms_across_articles_under_the_fullest():
    written = ["Ben Okafor", "Mr. Okafor", "Benjamin Okafor", "Okafor", "Ben Okafor", "Ines Obi"]
    canon = canonical_people(written)
    assert {canon[n] for n in ("Ben Okafor", "Mr. Okafor", "Benjamin Okafor", "Okafor")} == {
        "Benjamin Okafor"
    }
    assert canon["Ines Obi"] == "Ines Obi"


def test_canonical_people_leaves_a_shared_surname_or_initial_alone():
    canon = canonical_people(
        ["Anna Hart", "Andrew Hart", "Hart", "A. Hart", "Bill Hart", "William Hart"]
    )
    assert canon["Anna Hart"] == "Anna Hart" and canon["Andrew Hart"] == "Andrew Hart"
    assert canon["Bill Hart"] == "William Hart"
    assert canon["Hart"] == "Hart"  # three Harts: which one is unknown
    assert canon["A. Hart"] == "A. Hart"  # Anna or Andrew


# (names in the set, name, the other names it must be one person with)
ONE_PERSON = [
    (["Natalia Orsk", "Orsk", "Natalia"], "Orsk", {"Natalia Orsk", "Natalia"}),
    (["Mr. Orsk", "Natalia Orsk"], "Mr. Orsk", {"Natalia Orsk"}),
    (["Élise Brun", "Elise Brun"], "Élise Brun", {"Elise Brun"}),  # accents folded
    # two full names end in "Orsk": "Orsk" stays on its own
    (["Natalia Orsk", "Piotr Orsk", "Orsk"], "Orsk", set()),
    # a namesake father and son: "Piotr" may be either, and the two are two people
    (["Piotr Orsk Sr.", "Piotr"], "Piotr", set()),
    (["Piotr Orsk Sr.", "Piotr Orsk Jr.", "Orsk"], "Piotr Orsk Sr.", set()),
]


@pytest.mark.parametrize(("names", "name", "same"), ONE_PERSON)
def test_canonical_people_short_forms_and_namesakes(names, name, same):
    canon = canonical_people(names)
    assert {n for n in names if n != name and canon[n] == canon[name]} == same


def test_a_bare_surname_joins_the_person_who_dominates_it():
    # one Orsk written far more than a stray misreading of his name
    canon = canonical_people(["Natalia Orsk"] * 12 + ["Mrs Orsk", "Orsk", "Nat Orsk", "Prez Orsk"])
    assert canon["Orsk"] == canon["Mrs Orsk"] == "Natalia Orsk"
    assert canon["Prez Orsk"] == "Prez Orsk"  # a full name is still its own person
    # counts may be given as a mapping (a store's quotes per name)
    canon = canonical_people({"Natalia Orsk": 40, "Piotr Orsk": 3, "Orsk": 9})
    assert canon["Orsk"] == "Natalia Orsk"


def test_a_photo_credit_name_takes_in_no_bare_name():
    # "Jo Ray/Agency ACME" is a caption's credit glued onto the next sentence's subject
    assert canonical_people(["Jo Ray/Agency ACME", "ACME"])["ACME"] == "ACME"


@pytest.mark.parametrize(
    "written",
    [
        {"Natalia Orsk": 6, "Piotr Orsk": 4, "Orsk": 5},  # two relatives quoted alike
        {"Natalia Orsk": 7, "Piotr Orsk": 3, "Orsk": 5},  # 70%: not enough
        {"Orsk Vale": 30, "Piotr Orsk": 3, "Orsk": 5},  # the big one's given name
        {"Piotr Orsk Sr.": 30, "Natalia Orsk": 1, "Orsk": 5},  # a namesake: either Piotr
    ],
)
def test_a_bare_surname_stays_apart_when_no_one_dominates_it(written):
    assert canonical_people(written)["Orsk"] == "Orsk"


def test_group_full_names_keeps_order_and_compares_within_a_surname():
    full = ["Benjamin Okafor", "Anna Hart", "Ben Okafor", "Andrew Hart", "A. Hart", "Anna Okafor"]
    # "A. Hart" fits both Harts, so it stands alone; "Anna Okafor" is no Benjamin
    assert group_full_names(full) == [
        ["Benjamin Okafor", "Ben Okafor"],
        ["Anna Hart"],
        ["Andrew Hart"],
        ["A. Hart"],
        ["Anna Okafor"],
    ]


def test_one_person_across_articles_in_store_web_and_dossier(tmp_path, nlp):
    """Three invented articles name one person three ways; every view shows one person."""
    import json

    from whosaid import api
    from whosaid.report.dossier import build_dossier
    from whosaid.store import Store
    from whosaid.web.views import speaker

    rows = [
        (
            "a",
            "2023-04-02",
            "The Gull",
            "Benjamin Okafor, the harbour engineer, said the wall would hold through winter.",
        ),
        (
            "b",
            "2023-04-05",
            "Tern Times",
            '"We tested every stone twice," Ben Okafor told reporters on the quay.',
        ),
        (
            "c",
            "2023-04-09",
            "Pelican Post",
            "The repairs are finished. Okafor said the ferry could sail again next month.",
        ),
    ]
    src = tmp_path / "harbour.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "published": d, "outlet": o, "text": t}) + "\n"
            for i, d, o, t in rows
        )
    )
    with Store(str(tmp_path / "s.db")) as store:
        api.ingest([src], store)
        named = [s for s in store.speakers() if s["name"]]
        assert [(s["name"], s["aliases"], s["quotes"], s["articles"]) for s in named] == [
            ("Benjamin Okafor", ["Ben Okafor", "Okafor"], 3, 3)
        ]
        assert named[0]["outlets"] == ["Pelican Post", "Tern Times", "The Gull"]
        page = speaker(store, name="Ben Okafor")
        assert [q["article"]["id"] for q in page["quotes"]] == ["a", "b", "c"]  # by date
        assert page["aliases"] == ["Benjamin Okafor", "Okafor"]
        d = build_dossier(list(store.extractions()))
    assert d["people"] == [
        {
            "name": "Benjamin Okafor",
            "aliases": ["Ben Okafor", "Okafor"],
            "quotes": 3,
            "articles": 3,
            "outlets": ["Pelican Post", "Tern Times", "The Gull"],
        }
    ]
    assert {q["person"] for q in d["quotes"]} == {"Benjamin Okafor"}


def test_repeat_outlets_marks_the_same_outlet_seen_before():
    from whosaid.names import repeat_outlets

    outlets = ["The Daily Lantern", "Pop Weekly", None, "the daily lantern", "The Times"]
    outlets += ["The New York Times", None, "pop weekly", "The News", "The News", "Daily Lantern"]
    assert repeat_outlets(outlets) == [
        False, False, False, True, False, False, False, True, False, True, True,
    ]  # fmt: skip


def test_job_titles_before_a_name_do_not_make_another_person():
    from whosaid.names import canonical_people

    names = ["Lena Marsh", "Executive Lena Marsh", "Mr Marsh", "Rear Adm Ola Brandt", "Brandt"]
    names += ["Admiral Ola Brandt", "Spokesman Ken Ode", "Ken Ode", "Commandant Ola Brandt"]
    names += ["Councilman Rui Paz", "Rui Paz", "Paz"]
    canon = canonical_people(names)
    assert {canon[n] for n in names[:3]} == {"Lena Marsh"}
    assert {canon[n] for n in names[3:6]} == {"Admiral Ola Brandt"}  # the shorter title
    assert canon["Spokesman Ken Ode"] == "Ken Ode"
    assert canon["Commandant Ola Brandt"] == canon["Brandt"]
    assert {canon[n] for n in names[-3:]} == {"Rui Paz"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Ferry strike ends. PORT ELLEN, Scotland (AP) -- Crews went back on Monday.", "AP"),
        ("DUNMORE, April 9 (Reuters) - The pier reopened.", "Reuters"),
        ("KELSO (AFP) \u2014 The river fell.", "AFP"),
        # a photo credit is no dateline
        ("A crane lifts the hull on Monday. (AP). KELSO -- Work resumed.", None),
        ("The harbour, officials said (Reuters). It reopened.", None),
        # only near the start: a dateline quoted deep in a story is not the story's
        ("x" * 700 + " KELSO (AP) -- The river fell.", None),
    ],
)
def test_wire_agency_reads_a_dateline(text, agency):
    assert wire_agency(text) == agency


def test_canonical_outlets_merges_initials_and_web_addresses():
    assert canonical_outlets(
        ["AP", "Associated Press", "HarbourGazette.com", "Harbour Gazette", "Reuters"]
    ) == ["Associated Press", "HarbourGazette.com", "Reuters"]


@pytest.mark.parametrize(
    ("text", "outlet", "named"),
    [
        ("Berg told the Gazette on Friday.", "Harbour Gazette", True),
        ("Berg said so on Friday.", "Harbour Gazette", False),
        ("He told The Associated Press.", "AP", True),
        ("as reported by AP.", "Associated Press", True),
        ("He said so on Sky News.", "Britain's Sky News", True),
        ("He said the gazette was late.", "Harbour Gazette", False),
    ],
)
def test_names_outlet(text, outlet, named):
    assert names_outlet(text, outlet) is named


def test_one_word_written_with_a_title_or_a_legal_form_is_one_name():
    people = canonical_people(
        {"Acme": 5, "Acme Plc": 2, "Harbor Oil Ltd": 1, "Mr. Lund": 1, "Lund": 2}
    )
    assert people["Acme Plc"] == people["Acme"] == "Acme"
    assert people["Mr. Lund"] == "Lund"
    assert people["Harbor Oil Ltd"] == "Harbor Oil Ltd"  # two words: a name of its own
