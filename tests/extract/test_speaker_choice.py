"""Which words are the speaker mention: never inside the quotation, never a heading line."""

from __future__ import annotations

import pytest

from extracting import quote_with as _by
from extracting import quotes_in as _quotes


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # a noun phrase inside the quotation parsed as the verb's subject
        (
            "\u201cOur budget is a disaster. Complete disaster mode,\u201d said Maria Olsen,"
            " a retired accountant from the town.",
            "Complete disaster mode",
            "Maria Olsen, a retired accountant from the town",
        ),
        # a "who/which" clause set off by dashes is an aside, not part of who spoke
        (
            "The senator -- who has clashed with the governor over the budget for months"
            " -- said she would vote against the plan.",
            "vote against the plan",
            "The senator",
        ),
        (
            "The documentary \u2015 which draws on the letters of miners and their"
            " families, among others \u2015 explains the long decline of the coal towns.",
            "decline of the coal towns",
            "The documentary",
        ),
        # a relative clause reporting words of its own is not part of who spoke ...
        (
            "\u201cThe numbers simply do not add up,\u201d said Ms. Lund, who stressed"
            " that the plan would also raise fees for small shops.",
            "numbers simply do not add up",
            "Ms. Lund",
        ),
        (
            "The Harbor Gazette, which first said it would ignore the race, said it would"
            " now cover the campaign daily.",
            "cover the campaign daily",
            "The Harbor Gazette",
        ),
        # ... one that only describes a named speaker is
        (
            "Ann Lund, who heads the county board, said the plan would raise fees.",
            "raise fees",
            "Ann Lund, who heads the county board",
        ),
        # ... but one on a definite description ("the lawmaker") says more about a
        # speaker already introduced, and is not
        (
            "The former mayor, who dropped her own bid for the council last year, noted"
            " that voters want a new face.",
            "voters want a new face",
            "The former mayor",
        ),
        # a list of verb phrases the parser read as a clause reported by the second verb:
        # the first phrase's subject says all of them
        (
            "Lund further summed up the council as \u201creckless,\u201d denounced its budget"
            " and said the mayor should not even be allowed to run again.",
            "allowed to run again",
            "Lund",
        ),
        (
            'She pledged to be "the most careful steward the harbor ever had" and cast doubt'
            " on the official deficit of 4.9 million, suggested that the real deficit could"
            " be as high as 42 million.",
            "as high as 42 million",
            "She",
        ),
        # a second speech verb the parser hung on the clause the first reports goes on
        # reporting the first verb's subject
        (
            "Lund said the harbor board had begun counting the ballots and added that the"
            " result would come on Friday.",
            "result would come on Friday",
            "Lund",
        ),
        # a dateline the parser took into the subject is not part of who spoke
        (
            "BRUSSELS - European ministers said on Monday that they would back broad new"
            " defense efforts.",
            "broad new defense efforts",
            "European ministers",
        ),
        (
            "ORLANDO, Fla. (Reuters) - President Ann Lund met survivors of the flood and"
            " relatives of the 49 people killed on Thursday and said the state must act to"
            " control the river.",
            "control the river",
            "President Ann Lund",
        ),
        # the subject of a verb whose object is a speech noun voices, weighs or rejects
        # its that-clause ...
        (
            "As he has before, Lund on Friday played down the idea that she had struck a"
            " major deal with the harbor board.",
            "struck a major deal",
            "Lund",
        ),
        (
            "Farmers never bought the idea that a new dam could possibly save the valley money.",
            "save the valley money",
            "Farmers",
        ),
        # "when contacted by X" after the subject is the occasion, not part of who
        (
            "Lund\u2019s office, when contacted by the gazette, said the former mayor could"
            " not recall the dinner.",
            "could not recall the dinner",
            "Lund\u2019s office",
        ),
        # "X was willing / more likely to say": the adjective's subject says it
        (
            "Farmers in the valley were more likely to say the dam still has a chance to"
            " pass, despite the cost.",
            "still has a chance",
            "Farmers in the valley",
        ),
        (
            "Though Lund was not willing to say for certain who her first choice for harbor"
            " master would be, she did offer her opinion.",
            "first choice",
            "Lund",
        ),
        # a quotation closed right against the name is not part of the mention
        (
            "\u201cThe plan will never pass the council, whatever the mayor says,\u201dLund"
            " said on Monday.",
            "never pass the council",
            "Lund",
        ),
        # a bracket the mention would leave open is cut
        (
            "The harbor levy won 54 percent of the vote on Tuesday, according to exit polls"
            " (a wide margin, but smaller than in the last vote).",
            "harbor levy won",
            "exit polls",
        ),
        # a time phrase the parser hung on the subject tells when, not who ...
        (
            "On that point, Brannigan Sunday night recounted an interaction with the mayor.",
            "an interaction with the mayor",
            "Brannigan",
        ),
        # ... one inside a clause about the speaker stays
        (
            "Ann Lund, who has clashed with the board this week, said the plan would raise fees.",
            "raise fees",
            "Ann Lund, who has clashed with the board this week",
        ),
        # a dateline and a time-stamp line parsed into the subject
        (
            "Weekly Roundup (all times local):\n\n4 p.m.\n\n"
            "Mayor Tom Berg is once again questioning the cost of the stadium.",
            "cost of the stadium",
            "Mayor Tom Berg",
        ),
        # a participle the parser hung inside the reported clause reports the matrix
        # speaker's act, not the pronoun's
        (
            "Senator Ruth Alvarez told reporters that she believes the state must do more"
            ' for nurses, saying that "hospitals are short of staff."',
            "short of staff",
            "Senator Ruth Alvarez",
        ),
        # ... also for a conjoined cue the parser hung on the reported clause
        (
            "Senator Vale said he would order a full review of the budget and warned"
            " against any more delays in the vote.",
            "more delays",
            "Senator Vale",
        ),
        (
            "The Harbor Board said it would fight the new fee in court and warned the"
            " council against any delay.",
            "against any delay",
            "The Harbor Board",
        ),
        (
            "Governor Lenk said the state would formally leave the compact by March and"
            " suggested that it would quit the water board as well.",
            "quit the water board",
            "Governor Lenk",
        ),
        # ... and over a reported subject that cannot speak
        (
            "Trade analysts said rising costs have hurt the port, citing the long strike at"
            " the docks last spring.",
            "the long strike",
            "Trade analysts",
        ),
        # a stance whose words end before "according to X": X is the source
        (
            "Ruiz and Marsh are essentially tied going into the final week, according to a"
            " county survey.",
            "essentially tied",
            "a county survey",
        ),
        # "according to a speech X gave": X, the author of what is cited
        (
            "The rule is meant to protect small farms, according to a speech Governor Lenk"
            " gave at the state fair in August.",
            "protect small farms",
            "Governor Lenk",
        ),
        # ... also when the phrase's own sentence was claimed by the quote before it
        (
            "The mayor issued a statement saying that the county should open the dam"
            ' "at once." Ruiz plans to tour the valley on Sunday, according to an aide.',
            "tour the valley",
            "an aide",
        ),
        # "find it hard to ...": the adjective's "it" is no one; the finder is the subject
        (
            "Ruiz will also find it difficult to repeat her attacks on the council.",
            "the council",
            "Ruiz",
        ),
        # a participle on a pronoun: "one saying ..."
        (
            "The forum filled with angry posts, including one saying that the mayor should"
            " resign at once.",
            "should resign",
            "one",
        ),
        # "her answer was to say ...": the owner of the answer says it
        (
            "Asked how she would fix the bridge, her only answer was to say she would ask"
            " the state for money.",
            "ask the state for money",
            "her",
        ),
        # a participle on "a string of tweets" reports the words of who posted them
        (
            "Hours later, Mayor Ruiz fired off a string of tweets attacking the council for"
            " the delay.",
            "the council for the delay",
            "Mayor Ruiz",
        ),
        # a participle on the occasion the speaker spoke at reports the speaker's words
        (
            '"The harbor will reopen by June," the mayor said at a press briefing announcing'
            " that the city would borrow the money.",
            "would borrow the money",
            "the mayor",
        ),
        # ... but a fronted "In a statement announcing ..." is the statement's (PolNeAR)
        (
            "In a statement announcing the merger, the union called the deal a victory for"
            " its members.",
            "the merger",
            "a statement",
        ),
        # a bracketed clause after the name is the writer's aside
        (
            '"The levy will hurt small farms all over the valley," said Ms. Okafor (a point'
            " repeated by every grower we met).",
            "hurt small farms",
            "Ms. Okafor",
        ),
        # a gerund after "a recording of X" has X for its subject, not the clause's
        (
            'The spot ends with video of Mayor Ruiz saying during the debate, "That makes me'
            ' the best choice."',
            "the best choice",
            "Mayor Ruiz",
        ),
        # ... but only a recording: the board did not write the parents' letter
        (
            "Parents sent a letter to the board of directors urging the members to wait.",
            "the members to wait",
            "Parents",
        ),
        # a quoted title in the mention keeps its closing mark
        (
            'Ann Roe, author of the book "Low Tide," said the harbor was badly run.',
            "the harbor was badly run",
            'Ann Roe, author of the book "Low Tide,"',
        ),
    ],
)
def test_mention_outside_quotation_and_heading(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention
    assert q.speaker.mention.start >= q.content.end or q.speaker.mention.end <= q.content.start


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # a clause ending in a colon presents the quotation as its subject's words
        (
            "The mayor had only one answer for the protesters: "
            "\u201cWe will not raise taxes on working families this year.\u201d",
            "raise taxes",
            "The mayor",
        ),
        # a quoted phrase in a headline: the headline's subject before its verb
        (
            "Mayor Ruiz Speaks \u2018Plainly To Young Voters\u2019 After Bridge Vote.\n\n"
            "Ana Ruiz spoke on Friday.",
            "Young Voters",
            "Mayor Ruiz",
        ),
        # ... or, with no verb, the words up to the first name
        (
            "Sarah Okafor On Taxes: \u2018We Cannot Keep Raising Them Every Year.\u2019\n\n"
            "She spoke on Friday in the city.",
            "Keep Raising",
            "Sarah Okafor",
        ),
        # the subject of the last clause before the colon, not of the sentence
        (
            "My aunt got so angry on the drive home that I had to change my story:"
            " \u201cI was only joking about the car, honestly, I promise.\u201d",
            "only joking",
            "I",
        ),
        # an inverted subject after a quotation, parsed as the verb's object
        (
            "\u201cIf the mayor does win the district, it will be by a margin as close as last"
            " time,\u201d said one county official.\n\n"
            "\u201cIt\u2019s the governor\u2019s race to lose at this point,\u201d added"
            " another county official.",
            "race to lose",
            "another county official",
        ),
        # a quotation closed by a nested one ("...,\u2019\u201d") before its speech tag
        (
            "The board met on Monday.\n\n"
            "\u201cShe said that \u2018I know the difference between winning and losing, and I"
            " want the seat so I\u2019m going to do everything I can to help,\u2019\u201d Rep."
            " Ann Roe (D-Wash.) said.\n\nRep. Tom Lee said more.",
            "want the seat",
            "Rep. Ann Roe (D-Wash.)",
        ),
        # an inverted "Said Name:" the parser leaves without a subject
        (
            "Analysts expect the tariff to raise prices. Said Ellis: \u201cI don\u2019t think"
            " the council cares at all about the harbor.\u201d",
            "cares at all",
            "Ellis",
        ),
        # "\u201c...\u201d \u2015 Name" closing the paragraph, past a quotation inside
        (
            "Readers wrote in after the debate.\n\n"
            "\u201cI would rather live in what he calls \u201cchaos\u201d than in his idea of"
            " order.\u201d \u2015 Greta Lund\n\nThe letters keep coming.",
            "rather live",
            "Greta Lund",
        ),
        # a bare quotation continuing the speaker of the quote before it in its paragraph
        (
            "\u201cWe are completely broke,\u201d Omar Haddad said on the radio show"
            " \u201cMorning Desk.\u201d \u201cThe clinic will close in March unless the state"
            " steps in with real funding.\u201d",
            "clinic will close",
            "Omar Haddad",
        ),
        # a short sentence whose speech verb has no words of its own introduces the
        # quotation after it, in the same paragraph or the next
        (
            "The professor agreed. \u201cMainstream voters are running out of time.\u201d",
            "running out of time",
            "The professor",
        ),
        (
            "Howard continued his remarks.\n\n\u201cEight years ago she was the favorite,"
            " and then a fellow came along.\u201d",
            "she was the favorite",
            "Howard",
        ),
        # a quotation inside a sentence whose lead-in has no cue: the subject of the last
        # clause before it
        (
            "Rushing into the lunch, Senator Ann Roe of Ohio called over her shoulder,"
            " \u201cThe plan will pass this week, no matter what they say.\u201d",
            "plan will pass",
            "Senator Ann Roe of Ohio",
        ),
        (
            "I spent the whole evening working out how to turn down the offer without"
            " saying, \u201cYour idea is the worst one I have heard all year.\u201d",
            "worst one",
            "I",
        ),
        (
            "The campaign manager released a memo titled \u201cThe Numbers Behind Our Lead"
            " In Ohio.\u201d",
            "Numbers Behind",
            "The campaign manager",
        ),
        # ... of a passive clause, its agent, or with none its subject
        (
            "The senator was pressed by a student in the front row, \u201cWhy did you vote"
            " against the school budget last spring?\u201d",
            "school budget",
            "a student in the front row",
        ),
        (
            "Applicants are required to answer: \u201cWhere did you live before you moved to"
            " this state?\u201d",
            "moved to this state",
            "Applicants",
        ),
    ],
)
def test_uncued_quotation_speaker_from_context(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a quotation naming the noun before it is a title, no one's words
        (
            "She once appeared in the comedy \u201cThe Last Train To Nowhere At All\u201d on"
            " cable.",
            "Last Train",
        ),
        # a lead-in holding other quotations may be their clause, not this one's
        (
            "He had small parts in \u201cThe Quiet Year,\u201d \u201cRiver Town\u201d and"
            " \u201cA Long Night In The Old City Hall,\u201d before he ran for office.",
            "Long Night",
        ),
    ],
)
def test_quoted_title_after_a_lead_in_has_no_speaker(nlp, text, inside):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is None


def test_uncued_quotation_not_continued_past_another_subject(nlp):
    text = (
        "\u201cWe are completely broke,\u201d Omar Haddad said on the radio show"
        " \u201cMorning Desk.\u201d His deputy Rita Moss said otherwise."
        " \u201cThe clinic will stay open through the summer whatever happens.\u201d"
    )
    q = _by(_quotes(nlp, text), "stay open")
    # the deputy's sentence introduces the quotation after it
    assert q.speaker is not None and q.speaker.mention.text == "His deputy Rita Moss"


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # the parser ends the sentence at "?"; the next clause is subject + cue verb
        (
            "The rally ran late.\n\n\u201cWho could have imagined, a year ago, that we would"
            " fill this arena tonight?\u201d Mayor Tom Berg said, looking out at the crowd.",
            "fill this arena",
            "Mayor Tom Berg",
        ),
        (
            "\u201cYou work long hours. You pay your rent. So why does the landlord pay"
            " nothing?\u201d a narrator in the union\u2019s new ad asks.",
            "landlord pay nothing",
            "a narrator in the union\u2019s new ad",
        ),
        # a quotation closed by a comma is followed by its speech tag, whatever the verb
        (
            "\u201cWe ought to open the depot again and get going. This is nonsense,\u201d"
            " he went on.",
            "This is nonsense",
            "he",
        ),
        (
            "\u201cThe harbor will always be ours,\u201d an angry minister retaliated.",
            "harbor will always be ours",
            "an angry minister",
        ),
    ],
)
def test_cue_clause_after_quotation(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # the occasion of the words is not part of a name
        ("Ann Roe in a radio interview said the plan would fail.", "plan would fail", "Ann Roe"),
        # a title's full stop does not end the sentence inside the name
        (
            "\u201cWe were never told,\u201d said Air Force 1st Lt. Ann Lee. She left.",
            "never told",
            "Air Force 1st Lt. Ann Lee",
        ),
        (
            "\u201cWe left,\u201d said Army Capt. Rosa Delgado.",
            "We left",
            "Army Capt. Rosa Delgado",
        ),
        ("In Cairo, Pres. Lopez claimed a new era had begun.", "new era", "Pres. Lopez"),
        # nor is an emphatic pronoun
        ("Lena Park herself said the server was a mistake.", "server was a mistake", "Lena Park"),
    ],
)
def test_mention_without_occasion_or_emphasis(nlp, text, inside, mention):
    assert _by(_quotes(nlp, text), inside).speaker.mention.text == mention


def test_introducing_sentence_with_words_of_its_own_is_not_the_speech_tag(nlp):
    text = "The professor said the vote was close. \u201cMainstream voters are tired.\u201d"
    assert all(q.method != "intro" for q in _quotes(nlp, text))


def test_speech_tag_needs_a_closing_comma(nlp):
    # a full stop closes the quotation: the next sentence is not its speech tag
    text = "\u201cThe harbor will always be ours.\u201d The minister retaliated."
    q = _by(_quotes(nlp, text), "harbor will always be ours")
    assert q.speaker is None


def test_next_sentence_with_its_own_content_is_not_the_cue(nlp):
    text = (
        "\u201cThe bridge will be finished by spring.\u201d"
        " Mayor Tom Berg said the budget was approved on Monday."
    )
    q = _by(_quotes(nlp, text), "finished by spring")
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # the author of the statement, not the statement
        (
            "The city council issued a statement calling the storm response a disgrace.",
            "storm response",
            "The city council",
        ),
        # a relative clause on a newspaper piece the subject ran reports the paper's words
        (
            "The Harbor Gazette recently ran a piece that noted the tunnel plan would"
            " cost twice as much as promised.",
            "tunnel plan",
            "The Harbor Gazette",
        ),
        (
            "The Valley Courier ran an article last week that said the mayor had misled voters.",
            "misled voters",
            "The Valley Courier",
        ),
        # a participle chained to a verb whose parsed subject is a heading line
        (
            "Weekly Roundup (all times local):\n\n4 p.m.\n\nMayor Tom Berg is once again"
            " questioning the cost of the stadium, urging voters to reject the deal.",
            "reject the deal",
            "Mayor Tom Berg",
        ),
        # a participle after an inverted subject tells the occasion, not who
        (
            "\u201cWe will not give up,\u201d said Maria Lopez, a nurse, pointing at the crowd.",
            "will not give up",
            "Maria Lopez, a nurse",
        ),
        (
            "\u201cThese people know how to use words,\u201d said Lindqvist, speaking of"
            " politicians, \u201cand they leave themselves room.\u201d",
            "use words",
            "Lindqvist",
        ),
        # a verb coordinated with a passive one shares its surface subject
        (
            "The mayor was pressed into an apology and said that his words had been misread.",
            "his words had been misread",
            "The mayor",
        ),
    ],
)
def test_source_of_participle_cues(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


def test_gerund_after_preposition_takes_the_clause_subject(nlp):
    text = (
        "The governor answered the critics by saying that the budget was balanced"
        " for the first time in a decade."
    )
    q = _by(_quotes(nlp, text), "budget was balanced")
    assert q.speaker is not None
    assert q.speaker.mention.text == "The governor"


def test_expletive_it_is_no_speaker(nlp):
    # ("It goes without saying that ..." reports nothing at all: see test_quote_classes)
    text = "It came down to admitting that the new bridge will take years to build."
    q = _by(_quotes(nlp, text), "new bridge")
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # a phrase about a dated thing is part of who
        (
            "A report from the 2019 audit found that the county overpaid its contractors.",
            "overpaid",
            "A report from the 2019 audit",
        ),
        # a time phrase tells when, not who
        (
            "A survey from last spring found that most residents want a new library.",
            "new library",
            "A survey",
        ),
    ],
)
def test_time_phrases_in_the_mention(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            "A union representing bus drivers endorsed the mayor for a second term on"
            " Friday, another example of labor rallying behind her.",
            "the mayor",
            "A union representing bus drivers",
        ),
        (
            "A majority of residents expect the council to approve the plan,"
            " 54 percent to 31 percent.",
            "approve the plan",
            "A majority of residents",
        ),
    ],
)
def test_mention_stops_at_the_cue_verb(nlp, text, inside, mention):
    """An apposition the parser hung on the subject never pulls the cue into it."""
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # a fronted gerund phrase takes the subject of the main clause, even a passive one
        (
            "After saying that the old bridge was unsafe, the mayor was driven across it"
            " by reporters.",
            "bridge was unsafe",
            "the mayor",
        ),
        # a raising verb over a verb of saying: the subject is the sayer
        (
            "The senator appeared to suggest that the tax cut would pay for itself"
            " within five years.",
            "pay for itself",
            "The senator",
        ),
        # the agent of a passive cue is its source
        (
            "The agency had questioned the driver, after being warned by the port authority"
            " that he was a risk, but still did nothing.",
            "he was a risk",
            "the port authority",
        ),
    ],
)
def test_implicit_subjects(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


def test_participle_continues_the_reporting_verb_before_it(nlp):
    """The parser hangs "going on to say" on a clause of the quotation; the speaker is
    the subject of the reporting verb just before it."""
    text = (
        '"We do not want to go back to a time when you have the old mill, the big fight,'
        " what's the fight, the zoning issue again we're bringing that up, is insane,\""
        ' Ruiz said, going on to say that the town has spent "decades fighting about roads'
        " and bridges and all that stuff, to have that fight again, young voters do not"
        ' want to see that."'
    )
    q = _by(_quotes(nlp, text), "the town has spent")
    assert q.speaker is not None
    assert q.speaker.mention.text == "Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "Despite union warnings that the plant would close, she signed the deal.",
        "The mayor was dogged by charges that she had misused the fund.",
    ],
)
def test_speech_noun_before_or_under_a_passive_verb_has_no_speaker(nlp, text):
    q = _by(_quotes(nlp, text), "that")
    assert q.speaker is None


def test_naming_participle_names_no_speaker(nlp):
    # "a charity called X": the charity did not call itself anything (with a proper name
    # as X it is only the charity's name, and nothing is reported: test_quote_classes)
    text = "The money went to a charity called the best hope for the harbor last year."
    q = _by(_quotes(nlp, text), "best hope")
    assert q.content.text == "the best hope for the harbor"
    assert q.speaker is None


def test_received_stance_has_no_speaker(nlp):
    # "X faced criticism for ...": X is the target, the critics go unnamed
    text = "The mayor has faced sharp criticism for failing to fix the bridge."
    q = _by(_quotes(nlp, text), "failing to fix")
    assert q.cue.text == "criticism"
    assert q.speaker is None


def test_participle_clause_after_the_name_leaves_the_mention(nlp):
    # the parser may hang "appearing ..." on the name as an adverbial clause, not only
    # as a modifier: either way it tells the occasion, not who
    from spacy.tokens import Doc

    from whosaid.extract.quotes.subjects import _subject_span

    words = ["Marsh", ",", "appearing", "after", "Ruiz", ",", "cited", "delays", "."]
    heads = [6, 0, 0, 2, 3, 0, 6, 6, 6]
    deps = ["nsubj", "punct", "advcl", "prep", "pobj", "punct", "ROOT", "dobj", "punct"]
    tags = ["NNP", ",", "VBG", "IN", "NNP", ",", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    s, e = _subject_span(doc[0], doc[6], doc.text)
    assert doc.text[s:e] == "Marsh"


def test_verb_list_hung_on_the_first_object_shares_the_subject(nlp):
    # "The panel rejected the claims, ruled Lee eligible and ordered that ...": the parser
    # hangs "ruled" on "claims" as a reduced relative; "ordered" still shares the subject
    from spacy.tokens import Doc

    from whosaid.extract.quotes.subjects import _subject

    words = ["The", "panel", "rejected", "the", "claims", ",", "ruled", "Lee", "eligible"]
    words += ["and", "ordered", "that", "he", "stay"]
    heads = [1, 2, 2, 4, 2, 4, 4, 6, 6, 6, 6, 13, 13, 10]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "acl", "dobj", "oprd", "cc"]
    deps += ["conj", "mark", "nsubj", "ccomp"]
    tags = ["DT", "NN", "VBD", "DT", "NNS", ",", "VBN", "NNP", "JJ", "CC", "VBD", "IN", "PRP"]
    tags += ["VB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _subject(doc[10]).text == "panel"


def test_listed_subjects_make_one_mention(nlp):
    # "The union, parents and pastors have asked ...": the parser may make the head of
    # the list before the comma another subject of the verb; the mention is the list
    from spacy.tokens import Doc

    from whosaid.extract.quotes.subjects import _subject, _subject_span

    words = ["The", "union", ",", "parents", "and", "pastors", "have", "asked", "that"]
    heads = [1, 7, 7, 7, 3, 3, 7, 7, 7]
    deps = ["det", "nsubj", "punct", "nsubj", "cc", "conj", "aux", "ROOT", "mark"]
    tags = ["DT", "NN", ",", "NNS", "CC", "NNS", "VBP", "VBN", "IN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _subject(doc[7]).text == "parents"
    s, e = _subject_span(doc[3], doc[7], doc.text)
    assert doc.text[s:e] == "The union , parents and pastors"


def test_nearer_of_two_subjects_is_the_verbs_own(nlp):
    # "His promises notwithstanding, analysts agree ...": a fronted phrase the parser
    # also made a subject
    from spacy.tokens import Doc

    from whosaid.extract.quotes.subjects import _subject, _subject_span

    words = ["His", "promises", "notwithstanding", ",", "analysts", "agree", "that"]
    heads = [1, 5, 1, 5, 5, 5, 5]
    deps = ["poss", "nsubj", "advmod", "punct", "nsubj", "ROOT", "mark"]
    tags = ["PRP$", "NNS", "RB", ",", "NNS", "VBP", "IN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    subj = _subject(doc[5])
    assert subj.text == "analysts"
    s, e = _subject_span(subj, doc[5], doc.text)
    assert doc.text[s:e] == "analysts"


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the long campaign had been hard for Ms. Lund, Mr. Berg said:"
        " \u201cOf course. She wanted to win.\u201d",
        "Lund had said, \u201cWe will see,\u201d when asked whether she would campaign"
        " for other candidates.",
    ],
)
def test_the_one_asked_is_not_the_source_of_the_question(nlp, text):
    # the asker goes unnamed: PolNeAR gives such a question no source
    q = _by(_quotes(nlp, text), "whether")
    assert q.speaker is None


def test_the_agent_of_a_passive_ask_is_the_source(nlp):
    text = "Lund was asked by host Tim Berg whether the plan would work."
    q = _by(_quotes(nlp, text), "plan would work")
    assert q.speaker is not None
    assert q.speaker.mention.text == "host Tim Berg"


@pytest.mark.parametrize(
    "text",
    [
        "''They were professionals, but also competitors,'' William B. Lund, Governor"
        " Roe's former chief of staff, said of their time in the statehouse.",
        "People close to the governor said the mere mention of the senator's name could"
        " make him angry.\n\n''They were professionals, but also competitors,'' William B."
        " Lund, Governor Roe's former chief of staff, said of their time in the"
        " statehouse. ''They'd do the dance.''",
    ],
)
def test_name_phrase_between_quotation_and_verb_is_the_subject(nlp, text):
    # the parser hangs the name phrase on the quotation (conj/appos) and leaves the verb
    # without a subject
    q = _by(_quotes(nlp, text), "professionals")
    assert q.speaker is not None
    assert q.speaker.mention.text == "William B. Lund, Governor Roe's former chief of staff"


def test_long_listed_subject_after_the_quotation_with_the_mark_hung_on_it(nlp):
    # the parser hangs the closing mark on the subject phrase; it still starts the tag
    text = (
        "The panel was split.\n\n"
        '"We can only wonder if the intent is to reopen the door for fraud, allowing'
        ' politicians like the mayor . . . to steal the election," state Senate leader Ann'
        " Berger and House Speaker Tom Moore, both Republicans, said in a statement."
    )
    q = _by(_quotes(nlp, text), "only wonder")
    assert q.speaker is not None
    assert q.speaker.mention.text == (
        "state Senate leader Ann Berger and House Speaker Tom Moore, both Republicans"
    )


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            "Two boxes sent to the archive have been moved to a locked room, Ada M. Pryce,"
            " the deputy for records, wrote in a memo to the board.",
            "moved to a locked room",
            "Ada M. Pryce, the deputy for records",
        ),
        (
            "Voters are tired of the fight over the harbor, says Tom Reyes, a pollster in Toledo.",
            "tired of the fight",
            "Tom Reyes, a pollster in Toledo",
        ),
        (
            "In an interview with radio hosts Joe Banks and Mia Stone, the Democratic"
            " candidate stated that the mayor's \u201cdivisive\u201d remarks do not"
            " \u201cfit with what I thought I knew about him.\u201d",
            "divisive",
            "the Democratic candidate",
        ),
        (
            "In addition to the mayor, two members of the council from the harbor ward, Ann"
            " Ros and Carl Dunn, have said they will not back the plan.",
            "will not back the plan",
            "two members of the council from the harbor ward, Ann Ros and Carl Dunn",
        ),
    ],
)
def test_name_set_off_by_commas_next_to_an_unquoted_report(nlp, text, inside, mention):
    # without quotation marks the parser hangs the name on the reported clause or on a
    # fronted phrase (as an apposition), or reads the inverted name as a later clause's
    # subject
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            "The long stalemate has led the local columnist Ann Berg to fear that the deal"
            " would collapse.",
            "deal would collapse",
            "the local columnist Ann Berg",
        ),
        (
            "The collapse of the treaty also left many smaller nations feeling that they"
            " faced no threat.",
            "faced no threat",
            "many smaller nations",
        ),
        (
            "It could blunt the council's demands, prompting them to focus on narrower"
            " issues such as wages.",
            "narrower issues",
            "them",
        ),
        (
            "The long closures of the bridge have left 40 percent of voters saying the"
            " city is getting worse.",
            "city is getting worse",
            "40 percent of voters",
        ),
        (
            "But the depth of her silence on major questions has left many Democrats,"
            " including her donors, wondering what she actually thinks.",
            "what she actually thinks",
            "many Democrats, including her donors",
        ),
        (
            "The mayor left the Harbor Party, saying it had given up on the port.",
            "given up on the port",
            "The mayor",
        ),
    ],
)
def test_object_control_the_object_is_the_subject(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


def test_conjoined_verb_after_reported_pronoun_takes_the_reporting_noun(nlp):
    # "promised" hangs on "regretted" inside the reported clause; "she" repeats the judge
    text = "The judge said she regretted her remarks and promised to stay out of it in the future."
    q = _by(_quotes(nlp, text), "stay out of it")
    assert q.speaker is not None
    assert q.speaker.mention.text == "The judge"


def test_a_perfect_asked_keeps_its_shared_subject(nlp):
    text = "Lund criticized the plan and has asked whether the vote could be delayed."
    q = _by(_quotes(nlp, text), "vote could be delayed")
    assert q.speaker is not None
    assert q.speaker.mention.text == "Lund"


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            "A federal lawsuit was filed in 2012 challenging the city's surveillance of"
            " churches and alleging that police used the plaintiffs' faith as a proxy for"
            " crime.",
            "police used",
            "A federal lawsuit",
        ),
        (
            "On the recording, Berg can be heard shouting to the officers that the man was"
            " unarmed.",
            "man was unarmed",
            "Berg",
        ),
    ],
)
def test_participle_on_a_passive_clause_takes_its_subject(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


def test_inverted_subject_parsed_into_a_clause(nlp):
    # '"...," said the woman, who ...': the parser hung the noun phrase after the verb on
    # a later clause; it is still the speaker
    text = (
        '"One man came in and said maybe we should close the shop for good," said the '
        "woman, who like many of her neighbors wants the market to stay open."
    )
    q = _by(_quotes(nlp, text), "close the shop")
    assert q.speaker is not None
    assert q.speaker.mention.text.startswith("the woman")


def test_charges_faced_are_not_the_subjects(nlp):
    # ... but one who faces charges is their target, not their source
    q = _by(
        _quotes(nlp, "The mayor faced charges that she had misused the harbor funds."), "misused"
    )
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            "It is important to note that the court has ruled only on emergency filings by"
            " the towns.",
            "ruled only on emergency filings",
        ),
        (
            "It's hard not to wonder whether the harbor board isn't looking a little"
            " enviously at the other towns.",
            "looking a little enviously",
        ),
    ],
)
def test_extraposed_it_is_no_speaker(nlp, text, inside):
    # "it is ADJ to note/wonder": the "it" stands for the infinitive, no one is named
    assert _by(_quotes(nlp, text), inside).speaker is None


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            "Companies including Acme are taking pains to say they are not endorsing anyone.",
            "not endorsing anyone",
            "Companies including Acme",
        ),
        ("Two leaders made an effort to paint the mayor as weak.", "mayor as weak", "Two leaders"),
        (
            "They were spurred by the mayor's initial failure to denounce the violent groups.",
            "violent groups",
            "the mayor's",
        ),
        (
            "The retired judge is reading the bylaws again in order to determine his"
            " favorite option.",
            "favorite option",
            "The retired judge",
        ),
    ],
)
def test_who_has_the_plan_or_effort_is_the_speaker(nlp, text, inside, mention):
    # an infinitive on a noun of intent or effort: whoever has it, not the noun
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        # a participle on something made (a memo, a cover): its maker, found as any
        # verb's subject is (here through "felt compelled to issue")
        (
            "The union chief felt compelled last year to issue a memo instructing the locals"
            " to hold off on their own endorsements.",
            "hold off",
            "The union chief",
        ),
        (
            'The feud prompted the tabloid to run a cover saying "Go home, Mayor!"',
            "Go home",
            "the tabloid",
        ),
        # a participle after "X said," goes on reporting X, wherever the parser hung it
        (
            '"Too much anger," she said, blaming some of it on the mayor.',
            "on the mayor",
            "she",
        ),
        (
            '"We will keep going, but there will be other voices as well," he said, not even'
            " suggesting the mayor could lead the party for four years.",
            "lead the party",
            "he",
        ),
    ],
)
def test_speaker_of_a_participle_on_a_made_thing_or_after_said(nlp, text, inside, mention):
    q = _by(_quotes(nlp, text), inside)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention


def test_mention_stops_before_a_relative_clause_quoting_its_own_words():
    from whosaid.extract.quotes.subjects import _tidy_mention

    text = 'the Harbor Incident Centre, which said: "This video shows the larger leak'
    s, e = _tidy_mention(text, 0, len(text))
    assert text[s:e] == "the Harbor Incident Centre"
