"""Further cue-verb classes and constructions, each with its own ``method``; sentences
written for these tests."""

from __future__ import annotations

import json

import pytest
from spacy.tokens import Doc

from extracting import quote_with
from extracting import quotes_in as _quotes
from whosaid.extract.quotes import find_quotes
from whosaid.extract.quotes.spans import _fronted_wh
from whosaid.model import Article

# (text, content, speaker mention or None, cue, method)
CLASSES = [
    # "as" clause: the clause it modifies is what was said
    (
        "As the auditor pointed out, the city has never balanced its budget.",
        "the city has never balanced its budget",
        "the auditor",
        "pointed",
        "as-clause",
    ),
    (
        "The harbor will flood every spring, as the engineer put it.",
        "The harbor will flood every spring",
        "the engineer",
        "put",
        "as-clause",
    ),
    # a passive "as" clause: the source is its "by" agent
    (
        "As reported by the county gazette, the old mill will close in the spring.",
        "the old mill will close in the spring",
        "the county gazette",
        "reported",
        "as-clause",
    ),
    # agentless passive of a judgment verb: no named source
    (
        "The coach has been widely criticized for benching his best striker.",
        "The coach has been widely criticized for benching his best striker",
        None,
        "criticized",
        "passive-bare",
    ),
    # verbs that make a text or information public
    (
        "The ferry company published a timetable that cuts the night service.",
        "a timetable that cuts the night service",
        "The ferry company",
        "published",
        "presentation",
    ),
    # verbs of examining and weighing
    (
        "The panel examined the governor's spending on private flights.",
        "the governor's spending on private flights",
        "The panel",
        "examined",
        "scrutiny",
    ),
    # attitude ("admire") verbs
    (
        "The farmer despises the new irrigation rules.",
        "the new irrigation rules",
        "The farmer",
        "despises",
        "attitude",
    ),
    # evidence verbs with a study or poll as subject
    (
        "A new survey shows a sharp drop in trust among young voters.",
        "a sharp drop in trust among young voters",
        "A new survey",
        "shows",
        "evidence",
    ),
    # verdict verbs with a clause
    (
        "The tribunal ruled that the dismissal of the nurses was unlawful.",
        "that the dismissal of the nurses was unlawful",
        "The tribunal",
        "ruled",
        "clause",
    ),
    # "want" verbs with an infinitive
    (
        "The union would like to renegotiate the pension agreement.",
        "to renegotiate the pension agreement",
        "The union",
        "like",
        "desire",
    ),
    # a fronted participle shares the clause's subject
    (
        "Citing the rising cost of fuel, the mayor cancelled the parade.",
        "the rising cost of fuel",
        "the mayor",
        "Citing",
        "gerund",
    ),
    # further speech nouns with a that-clause, "N is that", and topic nouns
    (
        "Despite official pronouncements that the mine was safe, families left the valley.",
        "that the mine was safe",
        None,
        "pronouncements",
        "noun-that",
    ),
    # the subject voicing it (a noun of people: "politicians")
    (
        "Local politicians and ordinary citizens raised concern that smugglers, who claimed"
        " the boats, are moving goods through the harbor.",
        "that smugglers, who claimed the boats, are moving goods through the harbor",
        "Local politicians and ordinary citizens",
        "concern",
        "noun-that",
    ),
    (
        "The minister's bet is that prices will fall before the election.",
        "that prices will fall before the election",
        "The minister's",
        "bet is",
        "noun-is",
    ),
    # a noun framing an issue raised, with no holder named
    (
        "The key question is whether the council will approve the harbor budget.",
        "whether the council will approve the harbor budget",
        None,
        "question is",
        "noun-is",
    ),
    (
        "The council's claims about the cleanup of the bay were exaggerated.",
        "the cleanup of the bay",
        "The council's",
        "claims",
        "noun-topic",
    ),
    # "want" verbs with an object
    (
        "Most farmers want subsidies that reward careful use of water.",
        "subsidies that reward careful use of water",
        "Most farmers",
        "want",
        "desire",
    ),
    # a phrasal verb of saying with an object
    (
        "The governor laid out a plan for cheaper ferries.",
        "a plan for cheaper ferries",
        "The governor",
        "laid",
        "phrasal",
    ),
    (
        "The mayor quickly brushed off the criticism.",
        "the criticism",
        "The mayor",
        "brushed",
        "phrasal",
    ),
    # naming or listing something as a choice, a favorite or a reason
    (
        "The senator named the harbor tunnel as her top priority.",
        "the harbor tunnel as her top priority",
        "The senator",
        "named",
        "object",
    ),
    (
        "The report lists three reasons for the delay.",
        "three reasons for the delay",
        "The report",
        "lists",
        "object",
    ),
    # a stance participle the parser made a passive verb
    (
        "The mayor was troubled by the council's handling of the budget.",
        "the council's handling of the budget",
        "The mayor",
        "troubled by",
        "adjective",
    ),
    # persuading: the belief urged, held by the one persuaded in the passive
    (
        "The mayor is convinced that the pier will reopen next year.",
        "that the pier will reopen next year",
        "The mayor",
        "convinced",
        "clause",
    ),
    (
        "Most fishermen were convinced that the dam would ruin the river.",
        "that the dam would ruin the river",
        "Most fishermen",
        "convinced",
        "clause",
    ),
    # judging and attributing verbs take what they judge or credit
    (
        "Officials attributed the delay to a shortage of ballots.",
        "the delay to a shortage of ballots",
        "Officials",
        "attributed",
        "object",
    ),
    (
        "The senator assailed the mayor for closing the pier.",
        "the mayor for closing the pier",
        "The senator",
        "assailed",
        "object",
    ),
    # stance verbs with a prepositional object: what they balk at, side with, yield to
    (
        "The senator pounced on the mayor's remarks about the harbor.",
        "the mayor's remarks about the harbor",
        "The senator",
        "pounced on",
        "prep",
    ),
    (
        "The mayor spoke out against the plan to close the harbor.",
        "the plan to close the harbor",
        "The mayor",
        "spoke out against",
        "prep",
    ),
    (
        "The mayor won the race by talking about the harbor and the new ferry.",
        "the harbor and the new ferry",
        "The mayor",
        "talking about",
        "prep",
    ),
    (
        "The union balked at the new terms of the contract.",
        "the new terms of the contract",
        "The union",
        "balked at",
        "prep",
    ),
    (
        "The governor bristled at the repeated questions about the harbor deal.",
        "the repeated questions about the harbor deal",
        "The governor",
        "bristled at",
        "prep",
    ),
    # the plea names the charge, the preposition hung on "guilty"
    (
        "The former treasurer pleaded guilty to a charge of misusing harbor funds.",
        "a charge of misusing harbor funds",
        "The former treasurer",
        "pleaded guilty to",
        "prep",
    ),
    (
        "The two mayors sparred over the cost of the new ferry.",
        "the cost of the new ferry",
        "The two mayors",
        "sparred over",
        "prep",
    ),
    (
        "The court sided with the fishermen of the northern coast.",
        "the fishermen of the northern coast",
        "The court",
        "sided with",
        "prep",
    ),
    # a verb of declaring a judgment ("deem") has the judged thing and the judgment
    (
        "The review board deemed the harbor contract a waste of money.",
        "the harbor contract a waste of money",
        "The review board",
        "deemed",
        "object",
    ),
    # what a speaker refers to is what the words are about
    (
        '"We cannot wait," the mayor said, referring to the flood barrier on the east bank.',
        "the flood barrier on the east bank",
        "the mayor",
        "referring to",
        "prep",
    ),
    (
        "The senator finally acquiesced to the demand for a recount.",
        "the demand for a recount",
        "The senator",
        "acquiesced to",
        "prep",
    ),
    # verbs of rebutting and heralding take what they answer or proclaim
    (
        "The senator rebutted the council's charge of waste.",
        "the council's charge of waste",
        "The senator",
        "rebutted",
        "object",
    ),
    (
        "The governor heralded the new treaty as a turning point.",
        "the new treaty as a turning point",
        "The governor",
        "heralded",
        "object",
    ),
    # verbs of official decision
    (
        "The assembly repealed the tax on bicycles.",
        "the tax on bicycles",
        "The assembly",
        "repealed",
        "decision",
    ),
    # "began by praising X"
    (
        "The senator began by praising the volunteers who cleared the river.",
        "the volunteers who cleared the river",
        "The senator",
        "praising",
        "gerund",
    ),
    # a stance received from someone: the receiver is the content, the giver the source
    (
        "The harbor plan drew sharp criticism from the fishermen's union.",
        "The harbor plan",
        "the fishermen's union",
        "drew sharp criticism",
        "passive",
    ),
    (
        "Ramos has the full support of the county party.",
        "Ramos",
        "the county party",
        "has the full support",
        "passive",
    ),
    # a gerund after a preposition takes the subject of the clause it modifies
    (
        "The union devoted the rally to attacking the harbor plan.",
        "the harbor plan",
        "The union",
        "attacking",
        "gerund",
    ),
    # ... after any preposition, and through the object noun an "of" phrase completes
    (
        "Since announcing the new tariff, the minister has lost support among farmers.",
        "the new tariff",
        "the minister",
        "announcing",
        "gerund",
    ),
    # ... with the object's "as" predicate, as for a finite verb
    (
        "After deriding the old council as a club of cronies, Ramos won the seat.",
        "the old council as a club of cronies",
        "Ramos",
        "deriding",
        "gerund",
    ),
    (
        "The senator took the unusual step of criticizing the court's ruling.",
        "the court's ruling",
        "The senator",
        "criticizing",
        "gerund",
    ),
    (
        "The mayor has a long history of blaming the press for his defeats.",
        "the press for his defeats",
        "The mayor",
        "blaming",
        "object",
    ),
    # a participle on "those" (or on people): they do it
    (
        "The rally drew those backing the harbor plan.",
        "the harbor plan",
        "those",
        "backing",
        "object",
    ),
    # verbs of ordering and asking: the one asked and the act asked for
    (
        "The mayor told her staff to find a way to cut the budget without the council.",
        "her staff to find a way to cut the budget without the council",
        "The mayor",
        "told",
        "directive",
    ),
    (
        "Two senators implored the governor to drop the plan.",
        "the governor to drop the plan",
        "Two senators",
        "implored",
        "directive",
    ),
    # a poll's finding: the clause or noun its "in" phrase modifies
    (
        "In the latest Ledger poll, Ramos led Ortiz by 5 points among likely voters.",
        "Ramos led Ortiz by 5 points among likely voters.",
        "the latest Ledger poll",
        "In",
        "poll",
    ),
    (
        "Despite the praise, she did not receive a bump in one of the first polls.",
        "she did not receive a bump",
        "one of the first polls",
        "in",
        "poll",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "cue", "method"), CLASSES)
def test_cue_classes(nlp, text, content, speaker, cue, method):
    qs = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert len(qs) == 1, [(q.method, q.content.text) for q in _quotes(nlp, text)]
    q = qs[0]
    assert q.method == method
    assert q.cue is not None and q.cue.text == cue
    if speaker is None:
        assert q.speaker is None
    else:
        assert q.speaker.mention.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a handover, not a statement
        "The hospital released the patient on Friday.",
        # "enjoy" meaning "have"
        "The mayor enjoyed broad support among shop owners.",
        # trying is an effort, not a stance
        "The crew tried to restart the engine twice.",
        # a factive verb of proof
        "The tests proved that the water was safe.",
        # a directive verb with no one asked: the subject's own wish, not an order
        "The witness asked to remain anonymous.",
        # a case passed on to someone is no reference
        "The complaint was referred to the county prosecutor in May.",
        "The clerk referred all questions to the county office.",
        # a participle on a noun judges the noun; no one is named who judged it
        "The new levies, labeled unfair in the press, were dropped.",
        "A courier accused of smuggling was released on Monday.",
    ],
)
def test_not_a_cue_class(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            'Marchers filling the square chanted "No more cuts!" until midnight.',
            "No more cuts!",
            "chanted",
        ),
        ('They circled the plaza while chanting, "Whose streets?"', "Whose streets?", "chanting"),
        ('On the chart, a nurse had typed "no fever."', "no fever.", "typed"),
    ],
)
def test_short_quotation_after_a_verb_of_uttering(nlp, text, content, cue):
    # a chanted, sung or typed quotation counts however short it is
    qs = _quotes(nlp, text)
    assert [(q.method, q.content.text, q.cue.text) for q in qs] == [("quote-cue", content, cue)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Lund interjected, \u201cLadies and gentlemen, the next mayor of this town.\u201d",
            "Ladies and gentlemen, the next mayor of this town.",
            "Lund",
        ),
        (
            "The governor clashed with the senator during the hearing, chiding him,"
            " \u201cWhat difference does it make to the farmers at this point?\u201d",
            "What difference does it make to the farmers at this point?",
            "The governor",
        ),
    ],
)
def test_quotation_after_a_verb_of_speaking_manner(nlp, text, content, speaker):
    # breaking in, rebuking, the manner of speaking: the verb's subject says the words
    qs = _quotes(nlp, text)
    assert [(q.method, q.content.text, q.speaker.mention.text) for q in qs] == [
        ("quote-cue", content, speaker)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\u201cIf the council wants to keep the harbor, it should pay for the dredging,"
            " and soon,\u201d the editorial read.",
            "the editorial",
        ),
        (
            '"Today, the town is one of the leading ports in the region, and has been working'
            ' closely with its neighbors on all fronts," the fishermen state in the white paper,'
            " which was shared with the council on Thursday.",
            "the fishermen",
        ),
    ],
)
def test_tag_verb_the_tagger_took_for_a_noun(nlp, text, speaker):
    # "read" and "state" after a quotation and its comma are the tag's verb all the same
    qs = _quotes(nlp, text)
    assert [(q.method, q.speaker.mention.text) for q in qs] == [("quote-cue", speaker)]


def test_noun_after_a_quotation_in_a_phrase_is_no_tag(nlp):
    qs = _quotes(nlp, "\u201cWe will win the harbor vote,\u201d in the words of the state.")
    assert [q.speaker for q in qs if q.method == "quote-cue"] == []


def test_two_word_quotation_with_its_cue(nlp):
    # a short exchange: two words and the closing punctuation, then the speaker and verb
    qs = _quotes(nlp, '"Still counting?" she said, and the clerk shrugged.')
    assert [(q.method, q.content.text, q.cue.text) for q in qs] == [
        ("quote-cue", "Still counting?", "said")
    ]


def test_short_quotation_after_another_verb_is_not_speech(nlp):
    assert _quotes(nlp, 'The mayor toured the "new" bridge on Monday.') == []


def test_attribution_between_pieces_of_a_split_quotation(nlp):
    # the speaker's own participle keeps its content; the pieces still join
    text = (
        '"The river is finally clean," said Ana Reyes, speaking of the old mill town. '
        '"It took us twenty years."'
    )
    got = {(q.method, q.content.text) for q in _quotes(nlp, text)}
    assert ("prep", "the old mill town") in got
    assert any(m == "ccomp" and c.endswith("It took us twenty years.") for m, c in got)


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # the speaker's next report, chained on after a closing quotation
        (
            'The coach told the paper that the referee "made a terrible call which was '
            'unfair," adding, "He cost us the game \u2026 he cost us everything we worked for '
            'this year."',
            {
                'that the referee "made a terrible call which was unfair,"',
                "He cost us the game \u2026 he cost us everything we worked for this year.",
            },
        ),
        # a report in the speaker's description between two pieces of a quotation
        (
            '"The port is safe again," said Ann Roe, who said the water tests were clean. '
            '"We checked every single pier."',
            {
                'The port is safe again," said Ann Roe, who said the water tests were clean. '
                '"We checked every single pier.',
                "the water tests were clean",
            },
        ),
        # a quotation closed by its cue after a colon: the words before are another report
        (
            "At the town hall, the mayor insisted the harbor had been mismanaged: "
            '"The board hid the repair bills for years," she said.',
            {"the harbor had been mismanaged", "The board hid the repair bills for years"},
        ),
        (
            "After the storm, the mayor declared the need for patience and calm: "
            '"Nobody should go down to the harbor tonight," she said.',
            {"the need for patience and calm", "Nobody should go down to the harbor tonight"},
        ),
    ],
)
def test_report_beside_a_quotation_is_its_own(nlp, text, contents):
    assert {q.content.text for q in _quotes(nlp, text)} == contents


def test_cue_verb_inside_a_quotation_stays_in_the_content(nlp):
    # "tell" inside the marks is the speaker's word, not a new report by the writer's subject
    text = (
        'The ad shows a farmer who promises that Ruiz won\'t "raise your taxes" or "tell '
        'you where to fish."'
    )
    assert [q.content.text for q in _quotes(nlp, text)] == [
        'that Ruiz won\'t "raise your taxes" or "tell you where to fish."'
    ]


def test_relative_clause_between_pieces_of_a_split_quotation(nlp):
    # what the speaker's description says is no attribution of its own
    text = (
        '"The river is finally clean," said Ana Reyes, who has long criticized the mill '
        'owners. "It took us twenty years."'
    )
    assert [q.method for q in _quotes(nlp, text)] == ["ccomp"]


def _parsed(nlp, rows) -> Doc:
    """A Doc with the parse given in ``rows`` (word, head, dep, tag, pos, lemma, space):
    a misparse seen on real news, written out so the test does not hang on the model."""
    words, heads, deps, tags, pos, lemmas, spaces = (list(x) for x in zip(*rows, strict=True))
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
    )


def test_participle_hung_on_the_reported_clause(nlp):
    # 'Ann told us that Bo had a plan, adding, he lost the vote; he lost every seat.'
    # as the parser may read it: "adding" hangs on "had" (the clause Ann reports), the
    # second "he lost" on "told"; the report ends at the participle, which is Ann's own
    rows = [
        ("Ann", 1, "nsubj", "NNP", "PROPN", "Ann", True),
        ("told", 1, "ROOT", "VBD", "VERB", "tell", True),
        ("us", 1, "dative", "PRP", "PRON", "we", True),
        ("that", 5, "mark", "IN", "SCONJ", "that", True),
        ("Bo", 5, "nsubj", "NNP", "PROPN", "Bo", True),
        ("had", 1, "ccomp", "VBD", "VERB", "have", True),
        ("a", 7, "det", "DT", "DET", "a", True),
        ("plan", 5, "dobj", "NN", "NOUN", "plan", False),
        (",", 5, "punct", ",", "PUNCT", ",", True),
        ("adding", 5, "advcl", "VBG", "VERB", "add", False),
        (",", 9, "punct", ",", "PUNCT", ",", True),
        ("he", 12, "nsubj", "PRP", "PRON", "he", True),
        ("lost", 9, "ccomp", "VBD", "VERB", "lose", True),
        ("the", 14, "det", "DT", "DET", "the", True),
        ("vote", 12, "dobj", "NN", "NOUN", "vote", False),
        (";", 1, "punct", ":", "PUNCT", ";", True),
        ("he", 17, "nsubj", "PRP", "PRON", "he", True),
        ("lost", 1, "ccomp", "VBD", "VERB", "lose", True),
        ("every", 19, "det", "DT", "DET", "every", True),
        ("seat", 17, "dobj", "NN", "NOUN", "seat", False),
        (".", 1, "punct", ".", "PUNCT", ".", False),
    ]
    doc = _parsed(nlp, rows)
    got = [
        (q.cue.text, q.speaker.mention.text, q.content.text)
        for q in find_quotes(doc, Article(id="t", text=doc.text))
    ]
    assert got == [("told", "Ann", "that Bo had a plan"), ("adding", "Ann", "he lost the vote")]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # the parser hangs the clause before the colon on the closing cue
        (
            "At the harbor meeting, the mayor declared an end to the dredging plan: "
            '"We will not pour another cent into the mud," she said.',
            [
                ("declared", "an end to the dredging plan"),
                ("said", "We will not pour another cent into the mud"),
            ],
        ),
        (
            "After the vote, Ms. Okafor insisted that the council had been misled: "
            '"Nobody read the report," she claimed.',
            [
                ("insisted", "that the council had been misled"),
                ("claimed", "Nobody read the report"),
            ],
        ),
        # a quotation set off by dashes inside the sentence
        (
            'The engineer suggested the bridge had been badly built - "It was never safe," '
            "the engineer said twice - and urged a full inspection.",
            [
                ("suggested", "the bridge had been badly built"),
                ("said", "It was never safe"),
                ("urged", "a full inspection"),
            ],
        ),
    ],
)
def test_quotation_set_off_before_its_closing_cue(nlp, text, reports):
    # the clause before the colon or dash is its speaker's own report, the quotation the
    # closing cue's
    assert [(q.cue.text, q.content.text) for q in _quotes(nlp, text)] == reports


def test_writer_clause_before_a_set_off_quotation(nlp):
    # the writer's clause before the colon is not part of what the closing cue reports
    text = 'The message was simple: "Go home and vote," she said.'
    assert [q.content.text for q in _quotes(nlp, text)] == ["Go home and vote"]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a quotation broken off with a comma resumes after the attribution
        (
            '"Nobody trusts the harbor board anymore, not even its members," the mayor, on '
            'her radio show. "It has to be rebuilt from the ground up."',
            [
                'Nobody trusts the harbor board anymore, not even its members," the mayor, on '
                'her radio show. "It has to be rebuilt from the ground up.'
            ],
        ),
        # one that ended its sentence stays apart
        (
            '"Nobody trusts the harbor board anymore, not even its members." The mayor, on '
            'her radio show. "It has to be rebuilt from the ground up."',
            [
                "Nobody trusts the harbor board anymore, not even its members.",
                "It has to be rebuilt from the ground up.",
            ],
        ),
    ],
)
def test_quotation_resumed_after_an_attribution(nlp, text, contents):
    assert [q.content.text for q in _quotes(nlp, text)] == contents


def test_noun_of_eagerness_with_an_infinitive(nlp):
    text = "The speech showed the mayor's eagerness to win back young voters."
    q = next(q for q in _quotes(nlp, text) if q.method == "noun")
    assert q.content.text == "to win back young voters"
    assert q.cue.text == "eagerness"


def test_stance_adjective_toward_a_named_person(nlp):
    # one word is content enough when it names someone
    text = "Hale has been critical of Ramos since they both ran in the primary."
    qs = [(q.method, q.content.text, q.cue.text) for q in _quotes(nlp, text)]
    assert qs == [("adjective", "Ramos", "critical of")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # adjectives of feeling toward something, each with its own preposition
        (
            "The harbor pilots are wary of the new dredging plan.",
            [("the new dredging plan", "wary of", "The harbor pilots")],
        ),
        (
            "Most shop owners were pleased with the outcome of the vote.",
            [("the outcome of the vote", "pleased with", "Most shop owners")],
        ),
        (
            "The council is open to raising the parking fees.",
            [("raising the parking fees", "open to", "The council")],
        ),
        # "open to" a noun phrase is no stance
        ("The museum is open to the public on Sundays.", []),
    ],
)
def test_stance_adjective_with_its_preposition(nlp, text, found):
    qs = _quotes(nlp, text)
    assert [(q.content.text, q.cue.text, q.speaker.mention.text) for q in qs] == found


def test_reportative_adverb(nlp):
    # hearsay: the clause from its subject on, with no named source
    text = "Lund was arrested after he allegedly hid the funds in a shed behind the school."
    q = next(q for q in _quotes(nlp, text) if q.method == "reportative")
    assert q.content.text == "he allegedly hid the funds in a shed behind the school"
    assert q.cue.text == "allegedly"
    assert q.speaker is None


def test_reportative_clause_with_a_closing_tag(nlp):
    # "X allegedly did Y, the gazette reported": the tag names the source
    text = (
        "Lund, 51, who is married to a harbor board member, allegedly sent the board's plans"
        " to a developer, the county gazette reported."
    )
    q = quote_with(_quotes(nlp, text), "sent the board")
    assert (q.method, q.speaker.mention.text) == ("ccomp", "the county gazette")


def test_inference_adverb_is_not_reportative(nlp):
    text = "Lund apparently hid the funds in a shed behind the school."
    assert all(q.method != "reportative" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "By Lund's own admission, his filings in most years are far thicker than the summary.",
            "his filings in most years are far thicker than the summary.",
            "Lund's",
        ),
        (
            "Only local farmers are welcome in his eyes.",
            "Only local farmers are welcome",
            "his eyes",
        ),
        (
            "About 300 acres have been damaged by the new road, by one estimate.",
            "About 300 acres have been damaged by the new road",
            "one estimate",
        ),
    ],
)
def test_perspective_phrase(nlp, text, content, source):
    q = next(q for q in _quotes(nlp, text) if q.method == "perspective")
    assert q.content.text == content
    assert q.speaker.mention.text == source


def test_idiom_with_a_perspective_noun_is_no_attribution(nlp):
    assert _quotes(nlp, "In other words, the seat was safely his from the start.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Two aides spoke to the newspaper on condition of anonymity.",
        "Several officials spoke on the condition of anonymity because talks continue.",
    ],
)
def test_terms_of_speaking_are_no_topic(nlp, text):
    # the terms on which something was said, not what it was about
    assert all(q.method != "prep" for q in _quotes(nlp, text))


def test_record_as_a_topic_is_kept(nlp):
    text = "The senator spoke at length about his voting record on trade."
    q = next(q for q in _quotes(nlp, text) if q.method == "prep")
    assert q.content.text == "his voting record on trade"


def test_cognition_verb_with_what_it_is_about(nlp):
    text = "By May, party leaders were wondering about his ability to finish the race."
    q = next(q for q in _quotes(nlp, text) if q.method == "prep")
    assert q.content.text == "his ability to finish the race"
    assert q.cue.text == "wondering about"


def test_poll_headline(nlp):
    # "Poll: ..." in the headline is a poll's finding, though "Poll" is no speaker label
    text = "Poll: Ramos and Ortiz in dead heat before the forum.\n\nBoth campaigns are busy."
    q = next(q for q in _quotes(nlp, text) if q.method == "poll")
    assert q.content.text == "Ramos and Ortiz in dead heat before the forum."
    assert q.speaker.mention.text == "Poll"


@pytest.mark.parametrize(
    "text",
    [
        "The governor has climbed steadily in the polls since the spring debate.",
        "The former mayor is still trailing his rival in national polls this month.",
    ],
)
def test_standing_in_polls_in_general_is_no_poll_finding(nlp, text):
    # "rose in the polls": the candidate's standing, not the finding of one poll
    assert all(q.method != "poll" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause describes its noun
        "The mayor never mentioned Ruiz, who trailed in every poll.",
        "These are the members of the panel, not all of whom took part in this survey:",
        # the phrase belongs to a noun before it, not to the clause after it
        "Her five-point lead over Ruiz in a Ledger poll last month has evaporated.",
        # a question's wh-word is no one's view
        "Who in their right mind would have paid that much for a ferry ticket?",
    ],
)
def test_framing_phrase_inside_another_clause_frames_nothing(nlp, text):
    assert all(q.method not in ("poll", "perspective") for q in _quotes(nlp, text))


def test_fronted_plural_poll_still_frames_its_clause(nlp):
    text = "In exit polls, most voters in both counties were worried about the economy."
    q = next(q for q in _quotes(nlp, text) if q.method == "poll")
    assert q.content.text.startswith("most voters in both counties were worried")


def test_poll_with_a_cue_verb_keeps_the_verbs_content(nlp):
    # "In a survey, most said X": the survey frames a cue verb whose clause is the content
    qs = _quotes(nlp, "In a new survey, most parents said the schools should reopen.")
    assert [(q.method, q.content.text) for q in qs] == [("ccomp", "the schools should reopen")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In a new survey, 62 percent of parents said the schools should reopen.",
            "62 percent of parents said the schools should reopen",
        ),
        (
            "Some 40 percent of parents in the county survey said the schools should reopen.",
            "Some 40 percent of parents in the county survey said the schools should reopen",
        ),
    ],
)
def test_share_polled_saying_is_the_polls_finding(nlp, text, content):
    # a counted share of those polled: what they said is the poll's finding
    qs = _quotes(nlp, text)
    assert [(q.method, q.content.text) for q in qs] == [("poll", content)]
    assert "survey" in qs[0].speaker.mention.text


def test_causal_as_is_not_an_as_clause(nlp):
    # "as" meaning "because": the verb has its own clause, the main clause is not its content
    text = "The market stayed calm, as traders believed that the strike would end soon."
    methods = {q.method for q in _quotes(nlp, text)}
    assert "as-clause" not in methods
    assert any(q.content.text.startswith("that the strike") for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a planned or possible decision records no stance
        "The new board could repeal the parking rules next spring.",
        "The governor is promising to lift the ban on night fishing.",
        "Their efforts to enact a sugar tax failed in committee.",
    ],
)
def test_unrealised_decision_is_not_a_decision(nlp, text):
    assert "decision" not in {q.method for q in _quotes(nlp, text)}


def test_realised_decision_with_do_support(nlp):
    text = "The council did approve a new budget for the harbor."
    assert any(q.method == "decision" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "content", "method"),
    [
        # an embedded question the parser hung on the verb as an adverbial clause
        (
            "Officials have not said when the ferry service will resume.",
            "when the ferry service will resume",
            "question",
        ),
        # a negated modal before an embedded question: a refusal to answer, not an idiom
        (
            "The coach would not say whether his captain would play on Sunday.",
            "whether his captain would play on Sunday",
            "ccomp",
        ),
        (
            "The landlord could not explain why the rent had doubled.",
            "why the rent had doubled",
            "ccomp",
        ),
        # the "if" question after the one asked is what was asked, not the addressee
        (
            "I asked Bernie Sanders if he would ever endorse the mayor.",
            "if he would ever endorse the mayor",
            "asked",
        ),
    ],
)
def test_embedded_questions(nlp, text, content, method):
    qs = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert [q.method for q in qs] == [method], [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        # the idiom "can't say (that) A" stays out
        "Frankly, we can't say we were surprised by the verdict.",
        # a time clause after a verb that is not one of asking or telling
        "The choir sang when the mayor arrived at the square.",
    ],
)
def test_not_an_embedded_question(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker", "method"),
    [
        # a perception verb used as a verb of regarding: object + "as" predicate
        (
            "Many residents see the new bridge as a waste of money.",
            "the new bridge as a waste of money",
            "Many residents",
            "regard",
        ),
        # a prepositional stance verb whose short object has an "as" predicate
        (
            "The senator has gone after the governor as a reckless spender.",
            "the governor as a reckless spender",
            "The senator",
            "prep-as",
        ),
    ],
)
def test_regard_as(nlp, text, content, speaker, method):
    qs = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert [q.method for q in qs] == [method], [q.content.text for q in _quotes(nlp, text)]
    assert qs[0].speaker.mention.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        # perception, not regarding
        "We saw the parade from the balcony on Sunday.",
    ],
)
def test_not_regard(nlp, text):
    methods = {q.method for q in _quotes(nlp, text)}
    assert "regard" not in methods


@pytest.mark.parametrize(
    "text",
    [
        # a verb of knowing or thinking with a bare noun phrase: a thing known or handled
        "The new treasurer knows the budget rules better than anyone.",
        "Marla Quint would assume office in January.",
        "Engineers tried to figure ways to cut the cost of the tunnel.",
        "The inspector understood the stakes of the vote.",
    ],
)
def test_cognition_verb_with_bare_object(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Do you back the new harbor plan? Tell us in the comments.",
        "Would you oppose a tax on second homes?",
    ],
)
def test_question_to_the_reader_holds_no_view(nlp, text):
    # the writer asks the reader; nobody has taken the stance the verb names
    assert all(q.method != "object" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Marta Diaz, a lawyer who backs the mayor, spoke at the hearing on Tuesday.",
        "The agency that approves building permits has a new director.",
        "Ben Ortiz, the professor who is challenging the mayor, opened an office downtown.",
    ],
)
def test_present_relative_clause_describes_its_noun(nlp, text):
    # what the noun habitually does, not a stance taken on an occasion
    assert _quotes(nlp, text) == []


def test_past_relative_clause_keeps_its_stance(nlp):
    text = "Marta Diaz, who criticized the harbor plan as a waste of money, spoke on Tuesday."
    qs = _quotes(nlp, text)
    assert [(q.method, q.content.text) for q in qs] == [
        ("object", "the harbor plan as a waste of money")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The council proposed a new tax, but the mayor rejected that.",
            [("object", "a new tax"), ("object", "that")],
        ),
        ("The mayor said it.", []),
        ("She denied this.", []),
    ],
)
def test_stance_verb_with_a_pronoun_object(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


def test_gerund_object_parsed_as_a_clause(nlp):
    qs = _quotes(nlp, "Most senators support lowering the age for jury service.")
    assert [(q.method, q.content.text) for q in qs] == [
        ("object", "lowering the age for jury service")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Her view is shared by most of the council.", [("passive", "Her view")]),
        ("Many fishermen shared their concerns about the new dam.", [("object", "the new dam")]),
        # a thing shared is no view
        ("The two towns share a border and a school.", []),
        ("The mayor shared the stage with the governor.", []),
    ],
)
def test_sharing_a_view(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a demand or an apology names its object in a word or two
        ("The mayor apologized for the remarks.", [("prep", "the remarks")]),
        ("The protesters called for change.", [("prep", "change")]),
        # other prepositional cues need a longer object
        ("The mayor pointed to the pier.", []),
    ],
)
def test_short_prepositional_objects(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a poll's share reports what those polled said, however short the object
        (
            "Among likely voters, 41 percent would vote for Ramos.",
            [("prep", "Ramos", "41 percent")],
        ),
        (
            "Two-thirds of those surveyed would vote against the levy.",
            [("prep", "the levy", "Two-thirds of those surveyed")],
        ),
        # one ballot cast is no view
        ("The senator voted for the bill.", []),
    ],
)
def test_poll_share_votes(nlp, text, found):
    got = [(q.method, q.content.text, q.speaker.mention.text) for q in _quotes(nlp, text)]
    assert got == found


def test_embracing_a_view_is_a_stance(nlp):
    qs = _quotes(nlp, "The new mayor has embraced the council's plan for a wider harbor.")
    assert [(q.method, q.content.text) for q in qs] == [
        ("object", "the council's plan for a wider harbor")
    ]


def test_stance_of_you_outside_a_question_is_kept(nlp):
    qs = _quotes(nlp, "You criticized the harbor plan as a waste of money.")
    assert [q.method for q in qs] == ["object"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # with a clause of its own, an "as" predicate or a feeling, the object is a view
        (
            "The fishermen recognize the danger that the new dam poses to the river.",
            "the danger that the new dam poses to the river",
        ),
        ("Councilman Ortiz sensed anger among the tenants.", "anger among the tenants"),
        ("Most experts believe this possibility to be slight.", "this possibility to be slight"),
        # verbs of fearing, doubting and expecting keep their object
        ("The governor fears a backlash from rural voters.", "a backlash from rural voters"),
        (
            "The port authority expects a record season for cruise ships.",
            "a record season for cruise ships",
        ),
    ],
)
def test_cognition_verb_with_view_object(nlp, text, content):
    assert [(q.content.text, q.method) for q in _quotes(nlp, text)] == [(content, "object")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a stance noun's short phrase names a topic in passing
        ("Councilwoman Reyes is a fierce critic of the port authority.", []),
        ("Mayor Hollis has made no secret of his disdain for bike lanes.", []),
        # a longer one is the view held
        (
            "Councilwoman Reyes is a fierce critic of the port authority's plan to dredge "
            "the harbor.",
            ["the port authority's plan to dredge the harbor"],
        ),
        (
            "Mayor Hollis has made no secret of his disdain for the bike lanes on Market Street.",
            ["the bike lanes on Market Street"],
        ),
        # a short one that names the target is still the view held, a date is not
        ("The councilman has toned down his criticism of Mayor Hollis.", ["Mayor Hollis"]),
        ("The governor's attacks on him grew sharper.", ["him"]),
        ("His remarks on Saturday were brief.", []),
        ("Ramos has long been a supporter of Ortiz.", ["Ortiz"]),
        (
            "The senator has been a firm supporter of the treaty and of closer trade with "
            "its members.",
            ["the treaty and of closer trade with its members"],
        ),
        # nouns that make a cue with a light verb
        (
            "Most residents had an unfavorable opinion of the mayor's plan to close the library.",
            ["the mayor's plan to close the library"],
        ),
        (
            "Before the vote, the governor sounded a hopeful note about the plan to rebuild "
            "the bridge.",
            ["the plan to rebuild the bridge"],
        ),
        # a plural light-verb noun whose lemma is no cue ("word", "feeling")
        ("Councilwoman Reyes did not have kind words for Mayor Hollis.", ["Mayor Hollis"]),
        (
            "Many voters have mixed feelings about the new marina on the north shore.",
            ["the new marina on the north shore"],
        ),
    ],
)
def test_stance_noun_topic_length(nlp, text, found):
    assert [q.content.text for q in _quotes(nlp, text) if q.method == "noun"] == found


@pytest.mark.parametrize(
    "text",
    [
        "Immigration officials are reviewing the visa records of every applicant.",
        "Prosecutors investigating the fire at the depot have interviewed forty people.",
    ],
)
def test_examination_under_way_is_no_judgement(nlp, text):
    assert all(q.method != "scrutiny" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a show featuring someone, a sign lifted, a step urged, a readiness to act
        "The harbor festival featured a brass band from the naval academy.",
        "The runner lifted a hand-painted sign of her own at the finish line.",
        "The panel did not recommend any charges against the two clerks.",
        "The new coach said nothing, but he is willing to work long hours.",
    ],
)
def test_words_that_mostly_report_no_stance(nlp, text):
    methods = {q.method for q in _quotes(nlp, text)}
    assert not methods & {"presentation", "decision", "object", "adjective"}


@pytest.mark.parametrize(
    "text",
    [
        "The council's efforts to reopen the old bridge to traffic have stalled again.",
        "Her attempt to win back the rural districts in the north fell short in May.",
    ],
)
def test_noun_of_trying_is_no_stance(nlp, text):
    # an effort or attempt is an act, as the verbs of trying are, not a stance
    assert all(q.method != "noun" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two single-quoted words in a headline: a label, not a saying
        ("Senator Calls Budget Deal a 'Total Disaster' as Talks Stall", []),
        ("Mayor Vows 'We Will Rebuild the Pier' After Storm", ["We Will Rebuild the Pier"]),
        # quoted words running on into the headline are a name there, not a saying
        ("Harbor Board Hires 'A Small Army' Of Divers Before Storm", []),
        ("Right Before 'Market Day Three' the Mayor Got Bad News", []),
    ],
)
def test_headline_quote_length(nlp, text, found):
    assert [q.content.text for q in _quotes(nlp, text) if q.method == "headline"] == found


def test_headline_quotation_finishing_a_clause_after_a_colon(nlp):
    # "Name: A, 'B'": the clause after the colon, quotation and all, is the content
    text = (
        "Mayor Roe: Close The Old Bridge, \u2018Start Over Next Year.\u2019\n\n"
        "The mayor spoke on Monday."
    )
    found = [q.content.text for q in _quotes(nlp, text) if q.method == "headline"]
    assert found == ["Close The Old Bridge, \u2018Start Over Next Year."]


def test_headline_quotation_with_its_tag_after(nlp):
    # "'...,' Name Tells Y": the title-case words before the verb after the quotation;
    # the quotation finishes the headline's clause, which is the content
    text = (
        "Ferries Are \u2018The Lifeblood Of The Coast,\u2019 Ann Lund Tells Harbor Board.\n\n"
        "The harbor board met on Monday to discuss the ferry budget."
    )
    q = next(q for q in _quotes(nlp, text) if q.method == "headline")
    assert (q.content.text, q.speaker.mention.text, q.cue.text) == (
        "Ferries Are \u2018The Lifeblood Of The Coast",
        "Ann Lund",
        "Tells",
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a stance verb in the infinitive under another verb: an act tried, not done
        ("Senator Vale tried to question the harbor contracts.", []),
        ("The mayor is attempting to push a bill on rent control.", []),
        # done, begun, or intended under an intention verb (its own rule)
        ("Senator Vale questioned the harbor contracts.", [("object", "the harbor contracts")]),
        (
            "Councilman Ortiz began to question the harbor contracts.",
            [("object", "the harbor contracts")],
        ),
        (
            "After the vote, the senator went on to attack the governor.",
            [("object", "the governor")],
        ),
        ("The union was quick to condemn the new contract.", [("object", "the new contract")]),
        ("The union was swift to condemn the new contract.", [("object", "the new contract")]),
        (
            "The council plans to question the harbor contracts.",
            [("xcomp", "to question the harbor contracts")],
        ),
    ],
)
def test_stance_verb_under_another_verb(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize("adj", ["quick", "swift"])
def test_timing_adjective_subject_speaks(nlp, adj):
    # "X was quick/swift to deny Y": the adjective's subject says Y, as with any other
    # cue under a control adjective ("X was eager to say Y")
    text = f"The union was {adj} to deny that it had broken the strike rules."
    (q,) = _quotes(nlp, text)
    assert q.content.text == "that it had broken the strike rules"
    assert q.speaker.mention.text == "The union"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a naming participle gives the noun's name
        ("The bridge crosses a creek called Otter Run near the old mill.", []),
        ("The fund paid for a program called Bright Start in three counties.", []),
        # calling someone something is a view
        ("A columnist called the mayor a coward.", ["the mayor a coward"]),
    ],
)
def test_naming_participle(nlp, text, found):
    assert [q.content.text for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a negated act on no particular thing: nothing endorsed, nothing announced
        ("The teachers union has not endorsed a candidate.", []),
        ("The harbor board did not announce a successor on Monday.", []),
        # a named object, or a plain act, is still a stance
        (
            "The teachers union has not endorsed Mayor Vale.",
            [("object", "Mayor Vale")],
        ),
        ("The teachers union endorsed a candidate.", [("object", "a candidate")]),
    ],
)
def test_negated_indefinite_object(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the terms on which a source speaks are not an intention of theirs
        ("A nurse who worked at the clinic and who did not want to be named left.", False),
        ("The driver did not want to be quoted by name because of the feud.", False),
        (
            "One of two guards who saw the fire but didn't want to speak on the record "
            "for fear of reprisal said it was awful.",
            False,
        ),
        # an intention to name someone is one
        ("The mayor wants to name a new harbor master by Friday.", True),
    ],
)
def test_anonymity_terms_are_no_intention(nlp, text, found):
    assert any(q.method == "xcomp" for q in _quotes(nlp, text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "and criticized X" is the senator's next act, not part of what was promised
        (
            "The senator promised to fight the tax and criticized the bill.",
            [("xcomp", "to fight the tax"), ("object", "the bill")],
        ),
        (
            "He offered to pay the fine and apologized to the court.",
            [("xcomp", "to pay the fine")],
        ),
        # a free-standing dash opens the writer's comment
        (
            "Ruiz is pledging to take his campaign to the convention floor -- even as "
            "Mayor Harlow closed in on the votes needed to win.",
            [("xcomp", "to take his campaign to the convention floor")],
        ),
        # bare verbs after the infinitive are more of the intention
        (
            "The mayor plans to widen the road, plant trees and build a bridge.",
            [("xcomp", "to widen the road, plant trees and build a bridge")],
        ),
    ],
)
def test_intention_ends(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    "text",
    [
        # a poll's share of support is a figure, not a stance taken
        "Ramos has 5 percent support from young voters.",
        # the stance's own owner is named: no one gave it
        "Ramos had his strongest support from young voters.",
    ],
)
def test_received_stance_not_taken(nlp, text):
    assert all(q.method != "passive" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Voters had no way of knowing the mayor's plan for the harbor.",
        "Instead of praising the harbor plan, the council delayed the vote.",
    ],
)
def test_gerund_of_an_act_not_done(nlp, text):
    assert all(q.method not in ("gerund", "object") for q in _quotes(nlp, text))


def test_gerund_after_for_has_another_doer(nlp):
    # "assailed Y for supporting X": Y supported X, not the subject
    text = "Critics assailed the mayor for supporting the new tariffs."
    assert all(q.content.text != "the new tariffs" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # an imperative addresses the reader: nobody is reported
        "Now tell us the new toll is fair to commuters.",
        "Go further and ask whether the council would approve the same deal for a stranger.",
        # a modal passive states a demand, not anyone's judgment
        "The harbor debt must be addressed with a new levy on cruise ships.",
    ],
)
def test_imperative_and_modal_passive(nlp, text):
    assert _quotes(nlp, text) == []


def test_reported_and_judged_still_found(nlp):
    told = _quotes(nlp, "Councilman Ortiz told reporters the new toll is fair to commuters.")
    assert [(q.method, q.content.text) for q in told] == [
        ("ccomp", "the new toll is fair to commuters")
    ]
    judged = _quotes(nlp, "The mayor has been criticized for closing the harbor.")
    assert [(q.method, q.content.text) for q in judged] == [
        ("passive-bare", "The mayor has been criticized for closing the harbor")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "On Monday, the closure of the ferry line was announced.",
            "the closure of the ferry line",
        ),
        ("A request for a second count has since been denied.", "A request for a second count"),
        ("The harbor fees were questioned and then quietly dropped.", None),
    ],
)
def test_agentless_passive_of_a_cue_reports_its_subject(nlp, text, content):
    """A main-clause passive of a cue verb with nothing after it: its subject is what
    was said or known, from no named source ("question" is a verb of asking, whose passive
    subject is the one asked, so it is left out)."""
    found = [(q.method, q.content.text, q.speaker) for q in _quotes(nlp, text)]
    assert found == ([("passive-subject", content, None)] if content else [])


@pytest.mark.parametrize(
    "text",
    [
        # negated: nothing was said; the one addressed; a subordinate clause's background
        "Details of the ferry deal have not been disclosed.",
        "No date for the vote was announced.",
        "The mayor was warned about the flooding.",
        "The council adjourned before the results were announced.",
        # a standing, not a report
        "The two ferry lines are tied at nine percent.",
        # an observation: what was seen or found is nobody's words
        "Several oiled pelicans were seen near the harbor.",
        "Only small traces of fuel were found.",
    ],
)
def test_agentless_passive_without_a_report(nlp, text):
    assert all(q.method != "passive-subject" for q in _quotes(nlp, text))


def test_a_passive_subject_holding_a_quotation_leaves_it_to_its_speaker(nlp):
    text = 'Ada Brill, who angered many by saying "I would do it all again," has been criticised.'
    (q,) = _quotes(nlp, text)
    assert q.content.text == "I would do it all again"
    assert q.speaker.name == "Ada Brill"
    # a quoted word or two is no saying: the subject is still reported
    text = 'Jo Park, a self-styled "citizen" reporter and talk-show host, was named last week.'
    (q,) = _quotes(nlp, text)
    assert q.method == "passive-subject" and q.content.text.startswith("Jo Park")


@pytest.mark.parametrize(
    "text",
    [
        # a denied act and a condition report nobody's words or views
        "It goes without saying that the ferry schedule needs work.",
        "Assuming that the levy passes, the ferry would run all winter.",
    ],
)
def test_without_and_conditional_participle(nlp, text):
    assert _quotes(nlp, text) == []


def test_without_leaves_other_cues(nlp):
    text = "Nobody can judge the plan without knowing how much the ferry would cost."
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == [("scrutiny", "the plan")]
    text = "Councilman Ortiz left the hearing, saying that the ferry schedule needs work."
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == [
        ("ccomp", "that the ferry schedule needs work")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a verb of putting, keeping or making with a bare noun phrase handles a thing
        ("The county added a second ferry to the winter schedule.", []),
        ("The harbor board maintains a fleet of six tugboats.", []),
        ("Most residents cast a ballot before noon.", []),
        # with a clause or an "as" predicate it reports a view
        (
            "The mayor added that the ferry would run all winter.",
            [("ccomp", "that the ferry would run all winter")],
        ),
        (
            "The mayor cast the levy as a burden on fishermen.",
            [("object", "the levy as a burden on fishermen")],
        ),
        (
            "The governor maintains that the levee is safe.",
            [("ccomp", "that the levee is safe")],
        ),
    ],
)
def test_clausal_sense_verbs(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a "who" clause of wanting or studying says what kind of person its noun is
        ("Voters who want to keep the old bridge rallied on Sunday.", []),
        ("The mayor, who wants to rebuild the harbor, met the council.", []),
        ("The panel included Dana Pell, who studies the tax policies of small towns.", []),
        # the same verbs in a main clause still report the wish or the study
        (
            "The mayor wants to rebuild the harbor by next spring.",
            [("xcomp", "to rebuild the harbor by next spring")],
        ),
        (
            "Dana Pell studies the tax policies of small towns.",
            [("scrutiny", "the tax policies of small towns")],
        ),
        # a stance verb in a "who" clause still reports the stance
        (
            "The senator, who criticized the tariff plan, left early.",
            [("object", "the tariff plan")],
        ),
    ],
)
def test_who_clause_describing_a_person(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a vote is a ballot cast; referring to a thing says what the words were about
        ("The senator referred to the harbor plan during the hearing.", ["the harbor plan"]),
        ("Most council members voted against the new harbor budget.", []),
        # speaking about it still reports what was said
        ("The senator spoke about the harbor plan during the hearing.", ["the harbor plan"]),
        # coming out against it takes a stand
        ("The union came out against the new harbor tax.", ["the new harbor tax"]),
    ],
)
def test_referring_and_voting_are_not_statements(nlp, text, found):
    assert [q.content.text for q in _quotes(nlp, text)] == found


def test_closing_cue_the_parser_did_not_link(nlp):
    # the parser hangs the inverted "said" on the first clause: the cue closes the
    # sentence after a comma, and the sentence before the comma is the content
    text = (
        "In the old mill town, the paper plant is still running, but it is under heavy "
        "pressure from cheap imports, said the firm's finance director, Jane Roe."
    )
    q = _quotes(nlp, text)[0]
    assert (q.method, q.cue.text, q.speaker.mention.text) == (
        "trailing",
        "said",
        "the firm's finance director, Jane Roe",
    )
    assert q.content.text.endswith("under heavy pressure from cheap imports")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # records that "show" close the sentence, their name parsed as compounds of the verb
        (
            "In all, the harbor committee raised $12million, Federal Election Commission "
            "records show.",
            "In all, the harbor committee raised $12million",
            "Federal Election Commission records",
        ),
        # a modifier the parser hung apart from the noun
        (
            "That is why the mayor had to lend her campaign thousands of dollars last month, "
            "fundraising documents show.",
            "That is why the mayor had to lend her campaign thousands of dollars last month",
            "fundraising documents",
        ),
    ],
)
def test_closing_records_show(nlp, text, content, source):
    q = next(q for q in _quotes(nlp, text) if q.method == "trailing")
    assert (q.content.text, q.speaker.mention.text) == (content, source)


@pytest.mark.parametrize(
    "text",
    [
        # a participle of the writer's, and a verb describing a noun, close no report
        "The council passed the harbor budget on Monday, ending a long dispute.",
        "The crowd shouted a slogan at the rally, a phrase the mayor later repeated.",
    ],
)
def test_no_closing_cue(nlp, text):
    assert all(q.method != "trailing" for q in _quotes(nlp, text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the question asked, with the asker as source
        (
            "The reporter asked the senator if he would support the harbor tax.",
            "if he would support the harbor tax",
            "The reporter",
        ),
        # ... also where the parser hangs the "if" clause on the main verb after it
        (
            "When I asked the senator if she planned to run, she shook her head.",
            "if she planned to run",
            "I",
        ),
        # of one asked: what about, or what to do; the asker goes unnamed
        (
            "At a meeting on Monday, the mayor was asked about the plan to close the library.",
            "the plan to close the library",
            None,
        ),
        (
            "The council has been asked to release the minutes of the meeting.",
            "to release the minutes of the meeting",
            None,
        ),
        # "about" phrases joined to the first stay with it
        (
            "The mayor was asked about the budget and not about the strike.",
            "the budget and not about the strike",
            None,
        ),
        # the "if" clause the parser hung on a later verb is still what was asked
        (
            "She then met Lund, who smiled when asked in March if he would back the levy.",
            "if he would back the levy",
            None,
        ),
        # of one asked for or about something, or asked a question: that, not the one asked
        (
            "The union asked the Supreme Court for a quick ruling.",
            "for a quick ruling",
            "The union",
        ),
        ("The host questioned Lund about the budget gap.", "the budget gap", "The host"),
        (
            "The moderator asked the two rivals a simple question: Who will win the final?",
            "a simple question: Who will win the final",
            "The moderator",
        ),
    ],
)
def test_what_was_asked(nlp, text, content, speaker):
    (q,) = [q for q in _quotes(nlp, text) if q.method == "asked"]
    assert q.content.text == content
    assert (q.speaker and q.speaker.mention.text) == speaker


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an agentless passive of regarding: a common view of its subject, no source
        (
            "The new mayor is widely seen as a reformer.",
            ["The new mayor is widely seen as a reformer"],
        ),
        (
            "The harbor plan is considered one of the boldest in the region.",
            ["The harbor plan is considered one of the boldest in the region"],
        ),
        (
            "The judge is known for her strict rulings.",
            ["The judge is known for her strict rulings"],
        ),
        # a sight, and a span of time, are no view
        ("Four officers are seen gathered around a car on the street.", []),
        ("It has been known for some time that the bridge was unsafe.", []),
        ("The danger has been known for decades to the people who live there.", []),
    ],
)
def test_regarded_passive(nlp, text, found):
    # the impersonal rule reads "seen/known/viewed as" first; the rest are bare passives
    regarded = ("passive-bare", "impersonal")
    assert [q.content.text for q in _quotes(nlp, text) if q.method in regarded] == found


def test_negated_framing_noun_is_no_view(nlp):
    text = "The question was not whether the bridge would close but when."
    assert [q for q in _quotes(nlp, text) if q.method == "noun-is"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an aim or a decision with an infinitive of an act
        (
            "The mayor is looking to smooth over the dispute with the port workers.",
            [("xcomp", "to smooth over the dispute with the port workers")],
        ),
        ("The board voted to endorse the harbor plan.", [("xcomp", "to endorse the harbor plan")]),
        # "looks to be" is a seeming
        ("The storm looks to be the worst in a decade.", []),
    ],
)
def test_aim_verbs_with_an_infinitive(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a finding that places someone: the named object and the standing given
        (
            "A harbor survey last week showed Ramos in third at 11 percent.",
            "Ramos in third at 11 percent",
            "A harbor survey",
        ),
        (
            "Despite polls showing her well behind, the mayor campaigned hard.",
            "her well behind",
            "polls",
        ),
    ],
)
def test_evidence_of_standing(nlp, text, content, source):
    (q,) = [q for q in _quotes(nlp, text) if q.method == "evidence"]
    assert (q.content.text, q.speaker.mention.text) == (content, source)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked about the harbor plan, most residents said yes.", "yes"),
        ("The senator said no to the bridge tax.", "no to the bridge tax"),
        # the answer repeated
        ("Asked again, the harbor master said yes, yes, yes, and laughed.", "yes, yes, yes"),
    ],
)
def test_answer_yes_or_no(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a title-case headline: the cue verb read in order, its object up to an adjunct
        (
            "Harbor Mayor Slams Port Authority Over Dredging Plan.\n\nThe mayor spoke on Monday.",
            [("Port Authority", "Slams", "Harbor Mayor")],
        ),
        (
            "Senator Calls On Governor To Resign.\n\nThe senator spoke on Monday.",
            [("Governor To Resign", "Calls On", "Senator")],
        ),
        # a plural noun before a verb is no cue
        ("Tourist Shows Draw Crowds To The Harbor.\n\nMore boats came.", []),
        # a cue's base form after a plural subject; "as a" gives the object a predicate
        (
            "Local Unions Blast Mayor As A Reckless Spender.\n\nThey met.",
            [("Mayor As A Reckless Spender", "Blast", "Local Unions")],
        ),
        # a plural noun before a word that is a noun itself ("Report Is ...") is no cue
        ("Delegates Leave After Rules Report Is Read.\n\nThey met.", []),
        # a further cue after a comma shares the subject
        (
            "Harbor Mayor Slams Port Authority, Urges Dredging Delay.\n\nThe mayor spoke.",
            [
                ("Port Authority", "Slams", "Harbor Mayor"),
                ("Dredging Delay", "Urges", "Harbor Mayor"),
            ],
        ),
    ],
)
def test_headline_cue(nlp, text, found):
    qs = [q for q in _quotes(nlp, text) if q.method == "headline-cue"]
    assert [(q.content.text, q.cue.text, q.speaker.mention.text) for q in qs] == found


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a clause after a cue of the further classes, which its own rules leave out
        (
            "The auditors criticized the mayor, but did not recommend that he face any charges.",
            "that he face any charges",
            "recommend",
        ),
        (
            "The council member now wants the harbor director removed from the board.",
            "the harbor director removed from the board",
            "wants",
        ),
    ],
)
def test_clause_after_a_further_cue(nlp, text, content, cue):
    qs = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert [q.cue.text for q in qs] == [cue]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a headline crediting a kind of source
        (
            "Report: Harbor mayor to resign next month.\n\nThe mayor has not commented.",
            [("label", "Harbor mayor to resign next month.")],
        ),
        # a title before a colon credits no one
        ("Stealth Over Health: The new harbor clinic opens.\n\nThe clinic opened on Monday.", []),
        # nor does a wire's running-story label
        (
            "The Latest: Harbor clinic opening delayed.\n\nThe Latest on the clinic, in order.",
            [],
        ),
    ],
)
def test_headline_source_label(nlp, text, found):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == found


def test_as_clause_on_a_misparsed_root(nlp):
    # the parser makes "ferries" the root and hangs the "as" clause on it
    text = "However, as the auditor has reported, ferries that have run late lost money every year."
    qs = [(q.method, q.content.text) for q in _quotes(nlp, text)]
    assert qs == [("as-clause", "ferries that have run late lost money every year")]


def test_as_clause_under_a_headline_keeps_to_its_paragraph(nlp):
    # the headline has no full stop, so the parser runs it and the line under it into one
    # sentence: the content is the clause after the "as" clause, not the headline too
    text = (
        "Trouble at the harbor board\n"
        "As the Coastline Courier reported on Monday, the harbor board has lost its chair."
    )
    qs = [(q.method, q.content.text) for q in _quotes(nlp, text)]
    assert ("as-clause", "the harbor board has lost its chair") in qs
    assert not any("reported on Monday" in content for _, content in qs)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The council suggested four other dates, one of them on a weekend, which the "
            "mayor had previously said was unacceptable.",
            "said",
            "which the mayor had previously said was unacceptable",
        ),
        (
            "The pier that the council says will close next year is popular with anglers.",
            "says",
            "that the council says will close next year",
        ),
    ],
)
def test_relative_pronoun_opens_the_reported_clause(nlp, text, cue, content):
    # "which/that" is the subject of the clause reported, so the content starts with it
    qs = [q.content.text for q in _quotes(nlp, text) if q.cue.text == cue]
    assert qs == [content]


def test_fronted_relative_before_a_cue_without_subject(nlp):
    # "the pump that Acme hopes will ...", "Acme" parsed as part of "hopes": the
    # relative pronoun is found before the cue's own words
    words = ["the", "pump", "that", "Acme", "hopes", "will", "work"]
    heads = [1, 1, 6, 4, 1, 6, 4]
    deps = ["det", "ROOT", "nsubj", "compound", "relcl", "aux", "ccomp"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    wh = _fronted_wh(doc[4])
    assert wh is not None and wh.i == 2


def test_fronted_clause_of_time_is_no_complement(nlp):
    # the parser hangs "after ..." on the later cue as its complement: a clause of time,
    # not what was urged
    text = (
        "Rubio opposes the new law, but - after a court ruling made it legal nationwide - "
        "he urged voters to obey the decision."
    )
    found = [q.content.text for q in _quotes(nlp, text)]
    assert "voters to obey the decision" in found
    assert not any(c.startswith("after") for c in found)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Moving from alarmed to angry, the council's leaders sent the mayor an "
            "unmistakable message: he is hurting the city and must stop.",
            "he is hurting the city and must stop.",
            "the council's leaders",
        ),
    ],
)
def test_words_after_a_speech_noun_and_colon(nlp, text, content, speaker):
    q = next(q for q in _quotes(nlp, text) if q.method == "noun-colon")
    assert (q.content.text, q.speaker.mention.text) == (content, speaker)


def test_headline_words_about_its_subject_take_the_body_speaker(nlp):
    # "X Is '...'": quoted words describing the subject, not the subject's saying; the
    # body quote that holds them (words left out, as headlines do) names the speaker
    text = (
        "Mara Quist Is 'Finally Moving On' After Split: 'She Gave It Everything'\n"
        "Mara Quist is ready for a new chapter, friends say.\n"
        '"She is finally moving on from the marriage," a close friend told reporters. '
        '"She really gave it everything she had," the friend added.'
    )
    heads = [q for q in _quotes(nlp, text) if q.method == "headline"]
    assert [q.content.text for q in heads] == ["Finally Moving On", "She Gave It Everything"]
    for q in heads:
        assert q.speaker.anonymous and q.speaker.descriptor == "friend"
        assert q.speaker.name is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a pro-form after a verb of saying or thinking stands for what was said
        ("In March, 41 percent of the dockworkers said the same.", "the same"),
        ("Only 12 percent said the same of the harbor master.", "the same of the harbor master"),
        ("The ferry captain said as much in a radio interview.", "as much"),
        ("The harbor master does not think so.", "so"),
    ],
)
def test_pro_form_content(nlp, text, content):
    assert [(q.method, q.content.text) for q in _quotes(nlp, text)] == [("same", content)]


@pytest.mark.parametrize(
    "text",
    [
        # an adverb or an object, not a pro-form
        "What the mayor has said so far is little.",
        "The two mayors saw the same thing at the pier.",
    ],
)
def test_no_pro_form_content(nlp, text):
    assert all(q.method != "same" for q in _quotes(nlp, text))


def test_parenthetical_report_after_a_headline_drops_the_dateline(nlp):
    # the parse runs the headline into the first sentence; the content starts in the
    # cue's paragraph, after the dateline
    text = (
        "Harbor Deficit to Grow.\n\n"
        "PORTVILLE -- A two-year run of harbor surpluses will end this year, the county "
        "auditor said on Tuesday, and the fund will be short by spring."
    )
    q = next(q for q in _quotes(nlp, text) if q.method == "parenthetical")
    assert q.content.text.startswith("A two-year run of harbor surpluses")


def _dev_article(shared, prefix: str) -> str:
    """The text of the PolNeAR dev article whose id starts with ``prefix`` (read at test
    time, never copied into the repository)."""
    path = shared / "eval" / "polnear" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"PolNeAR dev not found at {path}")
    with path.open(encoding="utf-8") as f:
        return next(d["text"] for d in map(json.loads, f) if d["id"].startswith(prefix))


def test_cue_set_off_after_a_quoted_paragraph(nlp, shared):
    # A real dev article: the parser hangs a set-off "A, X said, until B." on the
    # quotation that closes the paragraph before. That quotation is not the content; the
    # sentence around the cue is (PolNeAR gives it both sides of the cue).
    text = _dev_article(shared, "nyt_2016-10-02_a-curi")
    found = [
        q
        for q in _quotes(nlp, text)
        if q.method == "parenthetical"
        and text[q.content.start - 2 : q.content.start] == "\n\n"
        and text[: q.content.start].rstrip().endswith('"')
    ]
    assert found
    assert all(q.content.start < q.cue.start < q.content.end for q in found)


def test_saying_at_one_end_of_a_range(nlp):
    # "from saying A to doing B": B is the range's other end, not what was said
    text = (
        "The radio show let the mayor say whatever he wanted, from saying that he feels "
        "as fit as a young sailor to boasting about his new boat."
    )
    q = next(q for q in _quotes(nlp, text) if q.cue.text == "saying")
    assert q.content.text == "that he feels as fit as a young sailor"


def test_second_quotation_after_a_gerund_cue_is_its_own(nlp):
    # '"A," X told them before asking, "B"': B is what the asking said, not A's second piece
    text = '"We can win this," Roe told the crowd before asking them, "Are you with me?"'
    got = [(q.cue.text, q.content.text) for q in _quotes(nlp, text)]
    assert got == [("told", "We can win this"), ("asking", "Are you with me?")]


def test_clause_before_a_cue_with_its_own_object_is_not_its_content(nlp, shared):
    # A real dev article: "A: X declared B." The parser hangs the writer's clause A on
    # "declared", whose own object B is what X declared; A is not X's words.
    text = _dev_article(shared, "usa-today_2016-09-22_der")
    declared = [q for q in _quotes(nlp, text) if q.cue and q.cue.text == "declared"]
    assert declared
    assert all(q.content.start > q.cue.start for q in declared)


def test_second_act_hung_on_the_object_ends_it(nlp):
    # 'He called it "shameful" and called on leaders to stop.': the parser hangs the
    # second "called" on the adjective; it is his next act, not part of what he called it
    doc = _parsed(
        nlp,
        [
            ("He", 1, "nsubj", "PRP", "PRON", "he", True),
            ("called", 1, "ROOT", "VBD", "VERB", "call", True),
            ("it", 1, "dobj", "PRP", "PRON", "it", True),
            ('"', 4, "punct", "``", "PUNCT", '"', False),
            ("shameful", 1, "oprd", "JJ", "ADJ", "shameful", False),
            ('"', 4, "punct", "''", "PUNCT", '"', True),
            ("and", 4, "cc", "CC", "CCONJ", "and", True),
            ("called", 4, "conj", "VBD", "VERB", "call", True),
            ("on", 7, "prep", "IN", "ADP", "on", True),
            ("leaders", 8, "pobj", "NNS", "NOUN", "leader", True),
            ("to", 11, "aux", "TO", "PART", "to", True),
            ("stop", 7, "xcomp", "VB", "VERB", "stop", False),
            (".", 1, "punct", ".", "PUNCT", ".", False),
        ],
    )
    called = [q for q in find_quotes(doc, Article(id="t", text=doc.text)) if q.cue.start == 3]
    assert [q.content.text for q in called] == ['it "shameful"']


def test_closing_judging_participle_is_its_own_report(nlp):
    # "..., deeming them X" is the speaker's verdict, reported apart from the clause
    text = (
        "The harbor master said that he threw away forty old permits last winter, "
        "deeming them worthless."
    )
    got = {q.cue.text: q.content.text for q in _quotes(nlp, text)}
    assert got["said"] == "that he threw away forty old permits last winter"
    assert got["deeming"] == "them worthless"


def test_second_as_predicate_stays_in_the_view(nlp):
    # "Most sailors see the fees as a burden and as rules that hurt them.": the parser
    # hangs the second "as" on the verb; it is a second predicate of the same view
    doc = _parsed(
        nlp,
        [
            ("Most", 1, "amod", "JJS", "ADJ", "most", True),
            ("sailors", 2, "nsubj", "NNS", "NOUN", "sailor", True),
            ("see", 2, "ROOT", "VBP", "VERB", "see", True),
            ("the", 4, "det", "DT", "DET", "the", True),
            ("fees", 2, "dobj", "NNS", "NOUN", "fee", True),
            ("as", 2, "prep", "IN", "ADP", "as", True),
            ("a", 7, "det", "DT", "DET", "a", True),
            ("burden", 5, "pobj", "NN", "NOUN", "burden", True),
            ("and", 2, "cc", "CC", "CCONJ", "and", True),
            ("as", 2, "conj", "IN", "ADP", "as", True),
            ("rules", 9, "pobj", "NNS", "NOUN", "rule", True),
            ("that", 12, "nsubj", "WDT", "PRON", "that", True),
            ("hurt", 10, "relcl", "VBP", "VERB", "hurt", True),
            ("them", 12, "dobj", "PRP", "PRON", "they", False),
            (".", 2, "punct", ".", "PUNCT", ".", False),
        ],
    )
    found = [q.content.text for q in find_quotes(doc, Article(id="t", text=doc.text))]
    assert found == ["the fees as a burden and as rules that hurt them"]
