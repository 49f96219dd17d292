"""Speaker resolution, continuity, venues and relaying; then the real seed articles."""

from __future__ import annotations

import pytest

from extracting import quote_with as _by
from extracting import quotes_in as _quotes
from whosaid.config import Settings
from whosaid.extract import extract_articles
from whosaid.extract.quotes import find_quotes
from whosaid.model import Article

# (text, words of the content, mention, anonymous, descriptor, ordinal, group)
MENTIONS = [
    (
        '"The couple is done," a source said.',
        "couple is done",
        "a source",
        True,
        "source",
        None,
        False,
    ),
    (
        '"They split in May," a second insider added.',
        "split in May",
        "a second insider",
        True,
        "insider",
        2,
        False,
    ),
    (
        '"He moved out," a third friend revealed.',
        "moved out",
        "a third friend",
        True,
        "friend",
        3,
        False,
    ),
    (
        "Sources close to the singer said the tour is cancelled.",
        "the tour is cancelled",
        "Sources close to the singer",
        True,
        "source",
        None,
        True,
    ),
    (
        '"It was a long night," said Helena Morrow.',
        "long night",
        "Helena Morrow",
        False,
        None,
        None,
        False,
    ),
    (
        "White House officials said the meeting went well.",
        "the meeting went well",
        "White House officials",
        True,
        "official",
        None,
        True,
    ),
    # an unnamed person is an anonymous speaker; a document or a thing is not
    (
        "A bystander said the van was speeding.",
        "the van was speeding",
        "A bystander",
        True,
        "bystander",
        None,
        False,
    ),
    (
        "Another child said the bus was late.",
        "the bus was late",
        "Another child",
        True,
        "child",
        None,
        False,
    ),
    (
        "A new report found that the pier was unsafe.",
        "the pier was unsafe",
        "A new report",
        False,
        None,
        None,
        False,
    ),
    # a live page's time stamp or a photo credit glued before the mention is not part of it
    (
        "10:17 PM A spokesman for the port said the ferries would run again on Monday.",
        "the ferries would run again on Monday",
        "A spokesman for the port",
        True,
        "spokesman",
        None,
        False,
    ),
    (
        "April 30 - An aide to the mayor said the pier would reopen in May.",
        "the pier would reopen in May",
        "An aide to the mayor",
        True,
        "aide",
        None,
        False,
    ),
    (
        "Jo Ray/AP A dock worker claims the crew was told to keep loading the ships.",
        "the crew was told to keep loading the ships",
        "A dock worker",
        True,
        "worker",
        None,
        False,
    ),
    # someone unnamed who works for a named body does not speak for it as a spokesperson
    (
        "A Harbor Oil engineer said the well had failed a pressure test.",
        "the well had failed a pressure test",
        "A Harbor Oil engineer",
        True,
        "engineer",
        None,
        False,
    ),
    (
        "A House committee said the plan was flawed.",
        "the plan was flawed",
        "A House committee",
        False,
        None,
        None,
        False,
    ),
    # a body is on record, however unnamed: a court's ruling, a panel's finding
    (
        "A federal appeals court ruled that the harbor ban was lawful.",
        "the harbor ban was lawful",
        "A federal appeals court",
        False,
        None,
        None,
        False,
    ),
    (
        "A state panel found that the ferry operator had cut corners.",
        "the ferry operator had cut corners",
        "A state panel",
        False,
        None,
        None,
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "inside", "mention", "anonymous", "descriptor", "ordinal", "group"), MENTIONS
)
def test_mentions(nlp, text, inside, mention, anonymous, descriptor, ordinal, group):
    sp = _by(_quotes(nlp, text), inside).speaker
    assert sp.mention.text == mention
    assert sp.anonymous is anonymous
    assert sp.descriptor == descriptor
    assert sp.ordinal == ordinal
    assert sp.group is group


def test_continuity_of_anonymous_speakers(nlp):
    text = (
        '"The wedding is off," an insider said. '
        '"They argued for weeks," the insider added. '
        '"Nobody was surprised," a second insider claimed. '
        '"It was a relief," the insider noted. '
        '"I saw it coming," another source said.'
    )
    qs = _quotes(nlp, text)
    refs = [
        _by(qs, w).speaker.ref
        for w in ("wedding is off", "argued", "Nobody", "relief", "saw it coming")
    ]
    assert refs[0] == refs[1]  # "the insider" continues "an insider"
    assert refs[2] != refs[0]  # "a second insider" is someone else
    assert refs[3] == refs[2]  # "the insider" = the most recent insider
    assert refs[4] not in refs[:4]  # "another source" is new
    assert _by(qs, "Nobody").speaker.ordinal == 2


# (text, words of the content, the speaker's name): names NER glued a caption's credit
# or an acronym onto are cut to the speaker's own, and do not take in the plain name
GLUED_NAMES = [
    (
        "The rig burned for days. Photograph: Dana Quill/Newswire ACME said on Monday that"
        " the well was sealed. ACME said the leak had stopped.",
        "the leak had stopped",
        "ACME",
    ),
    (
        "The rig burned for days. Photograph: Dana Quill/Newswire ACME said on Monday that"
        " the well was sealed.",
        "the well was sealed",
        "ACME",
    ),
    (
        "Shares in ACME fell after a downgrade by Fitch ACME said on Monday that the well"
        " was sealed.",
        "the well was sealed",
        "ACME",
    ),
    (
        "The boat sits in the Gulf of Mexico. XQ Tarrow Drilling Corp., which owns a quarter"
        " of the well, said the company had been reckless.",
        "the company had been reckless",
        "Tarrow Drilling Corp.",
    ),
    # an acronym the article uses again, a company suffix and a generation stay
    ("ACME America said the well was sealed. ACME said it would pay.", "the well", "ACME America"),
    ("Royal Tarrow Shell PLC said the well was sealed.", "the well", "Royal Tarrow Shell PLC"),
    ("Henry Ford III said the well was sealed.", "the well", "Henry Ford III"),
]


@pytest.mark.parametrize(("text", "inside", "name"), GLUED_NAMES)
def test_credits_and_acronyms_glued_onto_a_name_are_cut_off(nlp, text, inside, name):
    assert _by(_quotes(nlp, text), inside).speaker.name == name


# (text, words of the content, name, anonymous, descriptor)
SPOKESPEOPLE = [
    # a spokesperson for a named body is on the record for it: the body is the speaker
    ("A spokeswoman for Larkfield Mills said the mill would close.", "the mill", "Larkfield Mills", False, "spokeswoman"),
    ("A Larkfield Mills spokesman said the mill would close.", "the mill", "Larkfield Mills", False, "spokesman"),
    ("A Harbor Council spokesperson said the pier would close.", "the pier", "Harbor Council", False, "spokesperson"),
    ("A representative of the Tarn Authority said the pier would close.", "the pier", "Tarn Authority", False, "representative"),
    ("Larkfield Mills' press secretary said the mill would close.", "the mill", "Larkfield Mills", False, "press secretary"),
    # every word before the noun names the body, not only the proper noun
    ("A Harbor police spokesman said two protesters were held.", "two protesters", "Harbor police", False, "spokesman"),
    # no body named: an unnamed source, as before
    ("A spokesman said the mill would close.", "the mill", None, True, "spokesman"),
    ("A company spokeswoman said the mill would close.", "the mill", None, True, "spokeswoman"),
    ("A spokesman for the firm said the mill would close.", "the mill", None, True, "spokesman"),
    # a former one, or one speaking without the body's leave: an unnamed source
    ("A former Larkfield Mills spokesman said the mill ignored warnings.", "the mill", None, True, "spokesman"),
    ("A Larkfield Mills spokesman, who spoke on condition of anonymity, said the mill would close.", "the mill", None, True, "spokesman"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "inside", "name", "anonymous", "descriptor"), SPOKESPEOPLE)
def test_a_spokesperson_for_a_named_body_speaks_for_it(
    nlp, text, inside, name, anonymous, descriptor
):
    sp = _by(_quotes(nlp, text), inside).speaker
    assert (sp.name, sp.anonymous, sp.descriptor) == (name, anonymous, descriptor)


def test_the_spokeswoman_after_one_for_a_body_is_that_body(nlp):
    text = (
        "Larkfield Mills said on Monday that wages would be paid. A spokeswoman for Larkfield"
        " Mills said the mill would close. The spokeswoman added that the site would be sold."
    )
    qs = _quotes(nlp, text)
    said, named, later = (_by(qs, w).speaker for w in ("wages", "the mill", "the site"))
    assert said.name == named.name == later.name == "Larkfield Mills"
    assert said.ref == named.ref == later.ref
    assert not later.anonymous and later.descriptor == "spokeswoman"


def test_another_alone_is_a_new_anonymous_speaker(nlp):
    text = 'One source said the talks failed, while another claimed, "they never really started."'
    q = _by(_quotes(nlp, text), "never really started")
    assert q.speaker.mention.text == "another"
    assert q.speaker.anonymous is True
    assert q.speaker.descriptor == "source"


@pytest.mark.parametrize(
    ("text", "inside", "name"),
    [
        # pronoun -> the subject of the previous sentence
        (
            "Daniel Okafor won the race on Sunday. He said the course was brutal.",
            "the course was brutal",
            "Daniel Okafor",
        ),
        # short surname -> full name mentioned earlier
        (
            "Priya Raman opened the clinic in May. Raman said the waiting list is long.",
            "waiting list is long",
            "Priya Raman",
        ),
        # an outlet's correspondent named in apposition: the person, not the outlet
        (
            "Markets fell on Monday. The Gazette's business correspondent, David Miller, says"
            " the bank will act soon.",
            "the bank will act soon",
            "David Miller",
        ),
        # a name after "a spokesman for X," that the parser hangs on X
        (
            '"We will pay every claim," a spokesman for Acme, John Curry, said on Monday.',
            "We will pay every claim",
            "John Curry",
        ),
        # a surname, and a title with it, -> the full name, not the title form nearby
        (
            'Tony Brisk spoke first. "We will rebuild," Brisk said. '
            "Mr Brisk added that the pier would reopen in June.",
            "We will rebuild",
            "Tony Brisk",
        ),
        (
            'Tony Brisk spoke first. "We will rebuild," Brisk said. '
            "Mr Brisk added that the pier would reopen in June.",
            "the pier would reopen",
            "Tony Brisk",
        ),
        # a surname the tagger reads as a plural noun -> the full name mentioned earlier
        (
            "Kara Bristles, the ferry operator, spoke on Sunday. "
            '"I would not say the dam has failed yet," Bristles said.',
            "the dam has failed yet",
            "Kara Bristles",
        ),
        # description -> person introduced with the same noun
        (
            "Choreographer Lucas Ferrand staged the show. The choreographer said the cast was superb.",
            "the cast was superb",
            "Lucas Ferrand",
        ),
        # relative pronoun -> its antecedent
        ("Mara Quist, who said the fund was empty, resigned.", "the fund was empty", "Mara Quist"),
        (
            "The board met Brennock Mills, which said the plant would close.",
            "the plant would close",
            "Brennock Mills",
        ),
        # an honorific that contradicts the pronoun -> no name
        (
            "Mr. Hal Brody spoke after the vote. She said the count was wrong.",
            "the count was wrong",
            None,
        ),
        # no evidence -> no name
        ("The weather turned cold. She said the roads were icy.", "the roads were icy", None),
        # an unnamed "ally" who is named after the noun is that person
        (
            "Another Vance ally, Harbor Secretary Tom Vilby, said the plan would pass.",
            "the plan would pass",
            "Tom Vilby",
        ),
        ("An Acme spokesman said the plant would close.", "the plant would close", "Acme"),
        # a body named with a name inside its name: all of it ("White" of "White House")
        (
            "The cuts led to the spill, the White House oil spill commission says in its report.",
            "The cuts led to the spill",
            "White House oil spill commission",
        ),
    ],
)
def test_name_resolution(nlp, text, inside, name):
    assert _by(_quotes(nlp, text), inside).speaker.name == name


@pytest.mark.parametrize(
    ("text", "inside", "venue", "relayed"),
    [
        ('"We are fine," a source told the Morning Herald.', "We are fine", "Morning Herald", True),
        (
            "An insider shared with Celebrity Weekly that the pair had split.",
            "the pair had split",
            "Celebrity Weekly",
            True,
        ),
        (
            "In an interview with the Coast Gazette, Ana Ruiz said the mill would close.",
            "the mill would close",
            "Coast Gazette",
            True,
        ),
        ('"We are fine," a source told reporters.', "We are fine", None, False),
        ('"We are fine," a source told us at the time.', "We are fine", None, True),
        ('"We are fine," a source told the Metro Times.', "We are fine", "Metro Times", False),
        # a newspaper's short name, which NER may take for a person's
        ('"We will rebuild the pier," Berg told the Gazette.', "rebuild the pier", "Gazette", True),
        # bodies that are no outlet: the words were given to them, not published there
        ("Ana Ruiz told Congress that the mill was safe.", "the mill was safe", None, False),
        ("The slick grew overnight, according to the Coast Guard.", "The slick grew", None, False),
    ],
)
def test_venue_and_relayed(nlp, text, inside, venue, relayed):
    q = _by(_quotes(nlp, text, outlet="Metro Times"), inside)
    assert q.venue == venue
    assert q.relayed is relayed


# Outlets NER does not call an organisation, and venue phrasings: outlets named by
# position, title words or an outlet's possessive (names invented for the tests).
OUTLET_VENUES = [
    ('"We are taking a break," a friend of the singer told KTV.', "taking a break", "KTV"),
    ('"The pumps failed," an engineer told the HPA news agency.', "pumps failed", "HPA"),
    (
        '"They argue all the time," an insider told Starlight Online.',
        "argue all the time",
        "Starlight Online",
    ),
    ("A neighbor revealed to In Focus that the pair had reconciled.", "reconciled", "In Focus"),
    ("Mayor Ivo Brandt told WXN's Dana Cole that the budget would pass.", "budget", "WXN"),
    ("Rosa Linde said in an interview with Glimmer that she had retired.", "retired", "Glimmer"),
    ('"I enjoyed every minute," Rosa Linde told Glimmer.', "every minute", "Glimmer"),
    ("The engagement is off, according to a source who spoke with Folks.", "engagement", "Folks"),
    ("In a KBR interview, Tom Varga dismissed the claims as gossip.", "claims", "KBR"),
    ('"She is heartbroken," a pal tells Home & Garden.', "heartbroken", "Home & Garden"),
    (
        'The actor spoke to Glimmer Weekly about the divorce, saying "it was hard on us."',
        "hard on us",
        "Glimmer Weekly",
    ),
]


@pytest.mark.parametrize("fast", [False, True])
def test_outlets_named_by_their_position_are_venues(nlp, fast):
    # --fast runs NER only on chunks with a venue trigger: these must all have one
    articles = [Article(id=str(i), text=t) for i, (t, _, _) in enumerate(OUTLET_VENUES)]
    done = list(extract_articles(articles, Settings(fast=fast)))
    for x, (_, inside, venue) in zip(done, OUTLET_VENUES, strict=True):
        q = _by(x.quotes, inside)
        assert (q.venue, q.relayed) == (venue, True), x.article.text


def test_said_on_a_show_names_its_outlet(nlp):
    q = _by(
        _quotes(nlp, "The governor said on KBR's Morning show that schools would reopen."),
        "schools",
    )
    assert q.venue.startswith("KBR")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # an outlet as the speaker of a report is the venue too (marked as an outlet)
        ("Glimmer reported that the singer had moved to the coast.", "Glimmer"),
        ("The Harbor Gazette said the mill would close in the spring.", "Harbor Gazette"),
        # a person reporting, and an organisation making a statement, are not outlets
        ("Ana Ruiz reported that the mill would close in the spring.", None),
        ("Acme Corp said the mill would close in the spring.", None),
        # a newsroom's idiom: "X can reveal"
        ("Glimmer can reveal that the singer had moved to the coast.", "Glimmer"),
        # not a body or a person who has learned something, nor one who revealed it
        ("Congress has learned that the mill would close in the spring.", None),
        ("Ana Ruiz has learned that the mill would close in the spring.", None),
        ("Ana Ruiz revealed that the mill would close in the spring.", None),
    ],
)
def test_an_outlet_speaker_is_the_venue(nlp, text, venue):
    (q,) = _quotes(nlp, text)
    assert q.venue == venue
    assert q.speaker_is_outlet is (venue is not None)


@pytest.mark.parametrize(
    ("fast", "opening"),
    [
        (False, "Singer Nora Quill and her husband Benjamin Castell left the gala early."),
        # --fast parses only sentences that can hold a quote: there the names must be in one
        (True, "Singer Nora Quill said her husband Benjamin Castell left the gala early."),
    ],
)
def test_a_given_name_after_the_full_name_is_that_person(fast, opening):
    text = (
        f'{opening} "It was a long year," Nora said. "We are fine," Ben told reporters. '
        '"No comment," Mr. Castell added.'
    )
    (x,) = extract_articles([Article(id="t", text=text)], Settings(fast=fast))
    names = {q.content.text: q.speaker.name for q in x.quotes}
    assert names["It was a long year"] == "Nora Quill"
    assert names["We are fine"] == "Benjamin Castell"
    assert names["No comment"] == "Benjamin Castell"


def test_a_pronoun_after_an_unnamed_source_goes_on_with_it(nlp):
    text = (
        'An insider told the Pulse: "The two have not spoken in weeks." '
        'She added: "Nobody expects a reunion." '
        'Council leaders Ada Moss and Rui Tan broke with the mayor. "The plan was wrong," they said.'
    )
    first, second, third = _quotes(nlp, text)
    assert second.speaker.mention.text == "She"
    assert second.anonymous and second.speaker.descriptor == "insider"
    assert second.speaker.ref == first.speaker.ref
    assert third.speaker.mention.text == "they" and not third.anonymous


@pytest.mark.parametrize(
    "text",
    [
        "A Larkfield Mills engineer who asked not to be named said the cement had failed.",
        "An official, who spoke on condition of anonymity, said the talks had stalled.",
    ],
)
def test_a_speaker_unnamed_by_request_is_anonymous_not_the_body(nlp, text):
    (q,) = _quotes(nlp, text)
    assert q.anonymous and q.speaker.name is None


def test_a_pronoun_after_someone_named_since_the_source_is_not_the_source(nlp):
    text = (
        "A source close to the firm told the Pulse that Ray Dunmore would step down."
        ' His wife, Maureen, has stayed in town. She told friends: "We are fine."'
    )
    q = _by(_quotes(nlp, text), "We are fine")
    assert q.speaker.mention.text == "She" and not q.anonymous


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('"The pier is safe," Carol Vance said. Her deputy was more careful. He said the'
         " repairs would take a year.", "repairs"),
        ('"We will pay," said Robert Quill, in an interview with Dana Fox on Monday. She'
         " said later that he had dodged her questions.", "dodged"),
    ],
)  # fmt: skip
def test_he_or_she_is_not_a_person_whose_given_name_is_the_other_sex(nlp, text, inside):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker.name not in ("Carol Vance", "Robert Quill")


def test_he_after_a_named_speaker_is_that_speaker_not_an_earlier_subject(nlp):
    # NER leaves the bare surname untagged here, so the only subject it tags in the window
    # is the earlier one
    text = (
        "Cal Barrow apologised to the fishermen on Thursday. Vice President Tom Reeve called"
        ' the remarks outrageous. "I apologize for the term I used," Barrow said. He added:'
        ' "I regret the impact of my words."'
    )
    q = _by(_quotes(nlp, text), "I regret")
    assert q.speaker.mention.text == "He" and q.speaker.name == "Cal Barrow"


@pytest.mark.parametrize(
    "text",
    [
        'Nora Quill arrived late. "It was a long year," Sam said.',
        # two people go by it
        'Nora Quill met Nora Vale at the pier. "It was a long year," Nora said.',
        # a person the article describes by the given name alone
        "Sam Reid, the actor, toured the pier. Sam, a local fisherman who gave no surname,"
        ' stayed ashore. "It was a long year," Sam said.',
    ],
)
def test_a_given_name_no_one_person_was_named_with_stays_as_written(nlp, text):
    q = _by(_quotes(nlp, text), "long year")
    assert q.speaker.name in ("Sam", "Nora")


@pytest.mark.parametrize("fast", [False, True])
def test_as_reported_by_before_reported_speech_names_the_venue_not_the_speaker(fast):
    text = "As first reported by the Bugle, Jo Doe said the mill would close in May."
    (x,) = extract_articles([Article(id="t", text=text)], Settings(fast=fast))
    (q,) = x.quotes
    assert q.content.text == "the mill would close in May"
    assert (q.speaker.name, q.venue, q.relayed) == ("Jo Doe", "Bugle", True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Harbor Gazette quoted Jo Doe as saying the mill would close.", "Jo Doe"),
        ("The Harbor Gazette quoted a source saying the mill would close.", "a source"),
        ("The Harbor Gazette quoted a worker as saying that the mill would close.", "a worker"),
    ],
)
def test_an_outlet_quoting_someone_is_the_venue_of_their_words(nlp, text, speaker):
    (q,) = _quotes(nlp, text)
    assert q.content.text.endswith("the mill would close")
    assert q.speaker.mention.text == speaker
    assert (q.venue, q.relayed) == ("Harbor Gazette", True)


@pytest.mark.parametrize("fast", [False, True])
def test_as_reported_by_names_the_venue_not_the_words(nlp, fast):
    text = 'As first reported by the Harbor Gazette, "they are doing great," a source said.'
    (x,) = extract_articles([Article(id="t", text=text)], Settings(fast=fast))
    (q,) = x.quotes
    assert q.content.text == "they are doing great"
    assert q.speaker.mention.text == "a source"
    assert (q.venue, q.direct, q.relayed) == ("Harbor Gazette", True, True)


def test_as_said_before_stays_in_the_words(nlp):
    # an "as" clause with a subject inside the quotation is part of what was said
    text = 'The mayor said: "As I said in May, the budget will not grow this year."'
    assert _quotes(nlp, text)[0].content.text.startswith("As I said in May")


@pytest.mark.parametrize(
    "text",
    [
        # a person named in full earlier, a place, a date, a family word
        'Ana Ruiz met Jon Bell in May. "It went well," Ana Ruiz told Bell.',
        "The mayor said on Capitol Hill that taxes would rise.",
        "The mayor said on Monday that taxes would rise.",
        '"We are ready," she told Mom.',
        '"I would," Melanie said to the TV.',
        "In a White House statement, officials said the talks would resume.",
        # the one told, joined by the parser to the name that opens what was said
        "Admiral Ray Moss told reporters Acme was ahead of schedule.",
        # a person something was noted by; only what is "reported by" a name is an outlet's
        'As noted by Jane Orr, "the plant is safe," a source said.',
    ],
)
def test_people_places_and_dates_are_not_venues(nlp, text):
    assert [q.venue for q in _quotes(nlp, text)] == [None]


def _seed(nlp, seeds, prefix: str):
    path = next(seeds.glob(prefix + "*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, find_quotes(nlp(text), Article(id=path.stem, text=text))


def test_seed_gossip_article(nlp, seeds):
    text, qs = _seed(nlp, seeds, "000")
    assert all(q.content.text == text[q.content.start : q.content.end] for q in qs)
    second = [q for q in qs if q.speaker and q.speaker.ordinal == 2]
    assert second and all(q.venue is None and not q.relayed for q in second)
    assert second[0].speaker.descriptor == "insider" and second[0].speaker.anonymous
    # "the insider" after "a second insider" is that second insider
    later = [q for q in qs if q.content.start > second[0].content.start and q.speaker]
    nxt = next(q for q in later if q.speaker.mention.text.lower() == "the insider")
    assert nxt.speaker.ref == second[0].speaker.ref
    # headline single quotes
    assert any(q.method == "headline" for q in qs)
    # the named claim inside reported speech is attributed to the named person
    named = [q for q in qs if q.speaker and q.speaker.name and not q.speaker.anonymous]
    assert named and not named[0].direct
    # split quotes come out as one quote each, with a cue
    assert all(q.cue is not None for q in qs if q.method != "headline")


def test_seed_blog_article(nlp, seeds):
    text, qs = _seed(nlp, seeds, "004")
    second = [q for q in qs if q.speaker and q.speaker.ordinal == 2]
    assert second, "a second source"
    assert all(q.relayed and q.venue for q in second)
    assert second[0].speaker.descriptor == "source"
    # the colon-introduced quotation after "A second source ... told <outlet> ...:"
    colon = [q for q in second if q.direct]
    assert colon and colon[0].speaker.mention.text.lower().startswith("a second source")
    # the first source told another outlet "at the time": relayed with a venue
    first = next(q for q in qs if q.speaker and q.speaker.mention.text == "A source")
    assert first.relayed and first.venue and first.venue != second[0].venue
    assert first.speaker.ref != second[0].speaker.ref


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Freight rates rose, according to the Journal of Commerce.", "Journal of Commerce"),
        ('"It is safe," the captain told the Harbor Gazette on Monday.', "Harbor Gazette"),
        # a body that is no outlet speaks for itself: its words, no venue
        ("Spending rose sharply, according to the Center for Responsive Politics.", None),
        (
            "Officials said the leak was slowing, according to the Department of Homeland Security.",
            None,
        ),
    ],
)
def test_a_venue_name_goes_on_with_of_or_for(nlp, text, venue):
    assert [q.venue for q in _quotes(nlp, text)] == [venue]


def test_the_printing_outlet_speaking_is_an_outlet_not_a_person(nlp):
    from whosaid.extract.quotes import find_quotes
    from whosaid.model import Article

    text = "Lena Marsh is finally ready to move on, Glimmerline can reveal."
    (q,) = find_quotes(nlp(text), Article(id="t", text=text, outlet="Glimmerline"))
    assert (q.speaker.name, q.venue, q.speaker_is_outlet) == ("Glimmerline", "Glimmerline", True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title noun with the name set off after it is that person
        (
            "The chief of the harbor police, Admiral Jo Parkin, said on Sunday that the"
            " pier was safe.",
            "Admiral Jo Parkin",
        ),
        ("Another delegate on the ferry board, Dale Pruett, said he was undecided.", "Dale Pruett"),
    ],
)
def test_a_noun_with_a_name_set_off_after_it_is_that_person(nlp, text, name):
    (q,) = [q for q in _quotes(nlp, text) if q.method == "ccomp"]
    assert q.speaker.name == name
