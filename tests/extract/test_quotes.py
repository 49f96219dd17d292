"""Quotation and reported-speech extraction on sentences written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extracting import quote_with
from extracting import quotes_in as _quotes
from records import CONTRACT_QUOTE_FIELDS
from whosaid.extract.quotes import find_quotation_spans, find_quotes
from whosaid.extract.quotes.core import _Cand
from whosaid.extract.quotes.quoted import _drop_dangling_tail, _ends_in_quotation
from whosaid.model import Article, Quote, Span


def _one(nlp, text: str, contains: str):
    return quote_with(_quotes(nlp, text), contains)


# (text, words inside the content, expected speaker mention, cue, direct)
CONSTRUCTIONS = [
    # direct quote, straight marks, cue after
    (
        '"We will rebuild the bridge by spring," the mayor said.',
        "rebuild the bridge",
        "the mayor",
        "said",
        True,
    ),
    # curly marks, inverted cue
    (
        "\u201cThe budget is balanced at last,\u201d said Maria Keller.",
        "budget is balanced",
        "Maria Keller",
        "said",
        True,
    ),
    # cue before, colon
    (
        'The coach told reporters: "We played our best game of the year."',
        "played our best",
        "The coach",
        "told",
        True,
    ),
    # reported speech with "that"
    (
        "The governor said that the new road would open in March.",
        "that the new road would open",
        "The governor",
        "said",
        False,
    ),
    # reported speech without "that"
    (
        "Officials said the factory will close next year.",
        "the factory will close",
        "Officials",
        "said",
        False,
    ),
    # content before the cue, unquoted
    (
        "The plant will reopen after repairs, a company spokesman said.",
        "The plant will reopen",
        "a company spokesman",
        "said",
        False,
    ),
    # according to
    (
        "According to the report, crime fell sharply in the city last year.",
        "crime fell sharply",
        "the report",
        "According to",
        False,
    ),
    # beliefs and intentions
    (
        "The senator believes the bill will pass easily this week.",
        "the bill will pass",
        "The senator",
        "believes",
        False,
    ),
    (
        "The company plans to hire two hundred new workers.",
        "to hire two hundred",
        "The company",
        "plans",
        False,
    ),
    # relative clause subject
    (
        "Tom Baker, who said the deal was unfair, left the talks.",
        "the deal was unfair",
        "who",
        "said",
        False,
    ),
    # a two-sentence quotation whose second sentence the parser makes a subject of the
    # cue verb; the subject is the phrase after the closing mark
    (
        '"She would be a fine judge. One of the sharpest minds in the state," '
        "Rep. Dana K. Morrow (D-Ore.) said in a phone interview.",
        "sharpest minds",
        "Rep. Dana K. Morrow (D-Ore.)",
        "said",
        True,
    ),
    # a speech noun's maker in a "from"/"by" phrase
    (
        "Work began after warnings from doctors that the water was unsafe.",
        "the water was unsafe",
        "doctors",
        "warnings",
        False,
    ),
    # "X condemned what Y called Z": the free relative is X's object, so X's content
    (
        'The mayor condemned what he called a "shameful stunt" by the council.',
        "shameful stunt",
        "The mayor",
        "condemned",
        False,
    ),
    # ... but a wh-word that is not the cue's own object stands for part of the
    # reported words: the cue's subject keeps them
    (
        "Critics doubt what Marsh says his tax plan would do for workers.",
        "his tax plan would do",
        "Marsh",
        "says",
        False,
    ),
    # a reduced relative clause: the finite cue's subject is the noun right before it
    (
        "Her budget falls well short of the 300 nurses doctors say the clinic requires.",
        "the clinic requires",
        "doctors",
        "say",
        False,
    ),
    # a speech noun in the prepositional phrase after a verb: the verb's subject
    (
        "The residents persisted in arguments that the landlord had broken the lease.",
        "had broken the lease",
        "The residents",
        "arguments",
        False,
    ),
    # "X seized on Y's claim that ...": the claim is the attribution, not the seizing
    (
        "The fact checkers seized on Ruiz's claim that crime had doubled in the city this year.",
        "crime had doubled",
        "Ruiz's",
        "claim",
        False,
    ),
    # a name compounded with a speech noun made the statement
    (
        "The governor is seizing upon a Daily Ledger report that Marsh lost millions in 1998.",
        "Marsh lost millions",
        "Daily Ledger",
        "report",
        False,
    ),
    # relative "that"/"which": the mention is the pronoun (PolNeAR marks the local
    # mention, as it does for "who")
    (
        "The farm was bought by a dairy company that said the barns would reopen soon.",
        "the barns would reopen",
        "that",
        "said",
        False,
    ),
    # ... unless it stands for something a person produced: then the producer
    (
        "Governor Lenk released a letter from her physician that says she is in good health.",
        "she is in good health",
        "Governor Lenk",
        "says",
        False,
    ),
    # quoted fragment inside reported speech
    (
        'The minister claimed the plan "was never meant to last" after all.',
        "was never meant to last",
        "The minister",
        "claimed",
        False,
    ),
    # call for
    (
        "The union called for an immediate end to the strike.",
        "an immediate end",
        "The union",
        "called for",
        False,
    ),
    # the parser ends the sentence at the closing mark; the cue is the next, bare sentence
    (
        "\u201cDoes anybody here know what the plan of the party is?\u201d Ruiz asked. "
        "\u201cNeither do I.\u201d",
        "Neither do I",
        "Ruiz",
        "asked",
        True,
    ),
    # a participle clause after the name tells the occasion, not who
    (
        "The mayor, speaking at a rally on the pier, said the ferry would resume service.",
        "ferry would resume",
        "The mayor",
        "said",
        False,
    ),
]


@pytest.mark.parametrize(("text", "inside", "speaker", "cue", "direct"), CONSTRUCTIONS)
def test_constructions(nlp, text, inside, speaker, cue, direct):
    q = _one(nlp, text, inside)
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == speaker
    assert q.cue is not None and q.cue.text == cue
    assert q.direct is direct
    assert q.content.text == text[q.content.start : q.content.end]
    assert not q.content.text.startswith(('"', "\u201c"))


# (text, words of the content, speaker mention, cue, method)
MORE_FORMS = [
    # "made (it) clear that": the subject of "make" states the clause
    (
        "The governor made it clear that she would veto the new budget.",
        "that she would veto the new budget",
        "The governor",
        "made it clear",
        "adjective",
    ),
    # a stance adjective under "seem/appear": the raised subject holds the stance
    (
        "The mayor did not seem to be worried about the protest outside city hall.",
        "the protest outside city hall",
        "The mayor",
        "worried about",  # an adjective's cue runs to its preposition
        "adjective",
    ),
    # one with its own preposition ("pleased with"), not an impersonal "X seemed ..."
    (
        "The club's owners seemed pleased with the new stadium plans.",
        "the new stadium plans",
        "The club's owners",
        "pleased with",
        "adjective",
    ),
    (
        "The farmers seemed hopeful that the rain would come before the harvest.",
        "that the rain would come before the harvest",
        "The farmers",
        "hopeful",
        "adjective",
    ),
    # a stance verb under "seem/appear": the raised subject holds the stance
    (
        "In the interview the governor seemed to confirm the rumors about his health.",
        "the rumors about his health",
        "the governor",
        "confirm",
        "object",
    ),
    (
        "The company's claim that sales had doubled in a year drew scorn from analysts.",
        "that sales had doubled",
        "The company's",
        "claim",
        "noun",
    ),
    (
        "Kellerman: Tax Plan Would Hurt Small Farms Most\n\nSenator Kellerman spoke on Monday.",
        "Tax Plan Would Hurt Small Farms Most",
        "Kellerman",
        ":",
        "label",
    ),
    (
        "HOST: Welcome back to the program, we have a lot to cover.\nGUEST: Thanks for having me.",
        "Welcome back to the program",
        "HOST",
        ":",
        "label",
    ),
    (
        "The museum, the director said, will reopen its west wing in the spring.",
        "will reopen its west wing",
        "the director",
        "said",
        "parenthetical",
    ),
    (
        "\u201dWe stayed because the town needed us.\u201d \u2015 Ana Vidal\n",
        "We stayed because the town needed us",
        "Ana Vidal",
        "\u2015",
        "dash",
    ),
]


MORE_FORMS += [
    (
        "Many growers are afraid that the new tariff will close their markets.",
        "the new tariff will close",
        "Many growers",
        "afraid",
        "adjective",
    ),
    (
        "The mayor has long been a fierce critic of the stadium deal with the team owners.",
        "the stadium deal with the team owners",
        "The mayor",
        "critic",
        "noun",
    ),
]


@pytest.mark.parametrize(("text", "inside", "speaker", "cue", "method"), MORE_FORMS)
def test_more_forms(nlp, text, inside, speaker, cue, method):
    q = _one(nlp, text, inside)
    assert q.method == method
    assert q.speaker.mention.text == speaker
    assert q.cue.text == cue


def test_split_quote_is_one_quote_with_one_speaker(nlp):
    text = (
        '"The storm knocked out power to half the town," the engineer explained. '
        '"Crews will work through the night to restore it."'
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    q = qs[0]
    assert q.content.text.startswith("The storm") and q.content.text.endswith("restore it.")
    assert q.speaker.mention.text == "the engineer"


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            '"Safety," said Ann Grimm, a retired nurse. "Safety for the whole town, everybody."',
            "whole town",
            "Ann Grimm, a retired nurse",
        ),
        ('The hall grew loud. "Out!" the protesters chanted.', "Out!", "the protesters"),
    ],
)
def test_one_word_quotation_opening_its_sentence_is_quoted(nlp, text, inside, mention):
    # a one-word quotation that opens its sentence before a cue is a saying of its own
    # (and the first piece of a split quote), not a title inside a sentence
    q = _one(nlp, text, inside)
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # a short quotation right after its cue and a comma is a sentence of its own
        ('The anchor, who was off camera, then asked, "Really?"', "Really?", "asked"),
        # the cue's own adjuncts, however long, stand between it and the quotation
        (
            "Then there was the harbor master, Tom Berg, who lamented on Friday in an "
            'interview with the Harbor Weekly news editor Ann Lee, "We have spent twenty '
            'years ignoring the old port."',
            "We have spent twenty years ignoring the old port.",
            "lamented",
        ),
        # a wh-word fronted before the cue opens the content, as in a reported clause
        (
            "The club hired Ruiz, whom the coach describes as having \"a scout's eye and a "
            "teacher's patience.\"",
            "whom the coach describes as having \"a scout's eye and a teacher's patience.\"",
            "describes",
        ),
    ],
)
def test_cue_before_its_quotation(nlp, text, content, cue):
    q = _one(nlp, text, content)
    assert q.content.text == content
    assert (q.method, q.cue.text) == ("quote-cue", cue)


def test_clause_ending_in_quotation_joins_the_next_one(nlp):
    # 'A "a," X said. "B"': the reported clause ends in a quotation the next one resumes
    text = (
        'The summit accomplished "too little," he added on Monday. "Without changing '
        'policies on trade and farming, the region risks a lot."'
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    assert qs[0].content.text.startswith("The summit")
    assert qs[0].content.text.endswith('risks a lot."')


def test_quotation_paragraph_continues_partly_quoted_content(nlp):
    """A content that ends in a quotation goes on in a paragraph that is all quotation."""
    text = (
        'Most residents called the levy "a fair deal for the town, at least for now," '
        'the clerk said.\n\n"We will know much more after the vote in the spring."'
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    assert qs[0].content.text.startswith("Most residents")
    assert qs[0].content.text.endswith('in the spring."')
    assert qs[0].speaker.mention.text == "the clerk"


def test_split_quote_across_a_quoted_title(nlp):
    """A show's title quoted in the cue clause does not stop the quotation going on."""
    text = (
        '"We will rebuild the old bridge by spring," the mayor told "Morning Desk" on '
        'Monday. "It will take two more years to finish the road."'
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    assert qs[0].content.text.startswith("We will") and qs[0].content.text.endswith("road.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a title of capitalised words with small words between them, after the cue
        (
            '"Being a parent is my real job," Ruiz said on the podcast "Life at the Top."',
            "Being a parent is my real job",
        ),
        # ... and one between marks of two apostrophes
        (
            "''It is nonsense,'' Mr. Ruiz said on ABC's ''Meet the Mayor.''",
            "It is nonsense",
        ),
    ],
)
def test_quoted_title_after_the_cue_is_no_quotation(nlp, text, content):
    assert [q.content.text for q in _quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # the cue clause ends in a title, and the quotation goes on after it
        (
            '"The bridge will be rebuilt by spring," the mayor said on "Morning Desk With '
            'Ann Lee." "It will take two more years to finish the road."',
            "The bridge",
            "the road.",
        ),
        # a long description of the speaker before the quotation's next paragraph
        (
            '"The audit shows how loosely the port was run," said Ann Roe, a Democratic '
            "member of the state senate from the coast who chairs the committee on ports, "
            "harbors and shipping.\n"
            '"The board\'s attempt to hide it from the auditors is a serious offense."',
            "The audit",
            "serious offense.",
        ),
        # a second piece the parser left to the cue with no clause of its own
        (
            '"If your own neighbors vote against the harbor and nobody in the town speaks up '
            'for you," the fisherman said, "that is even worse."',
            "If your own",
            "even worse.",
        ),
    ],
)
def test_split_quote_joins_across_its_cue_clause(nlp, text, first, last):
    qs = _quotes(nlp, text)
    assert len(qs) == 1, [(q.method, q.content.text) for q in qs]
    assert qs[0].content.text.startswith(first) and qs[0].content.text.endswith(last)


def test_quotation_paragraph_with_double_apostrophes_continues(nlp):
    """Marks written as two apostrophes close a paragraph that goes on with the quote."""
    text = (
        "''People want answers,'' the mayor said. ''And it is hard for them to judge. "
        "Are we just promising too much?\n\n''That is why I wrote down what I will do. "
        "I think that is new.''\n\nThe plan has put her ahead."
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    assert qs[0].content.text.endswith("I think that is new.")


@pytest.mark.parametrize(
    ("text", "inside", "mention"),
    [
        (
            'Both senators reject the plan. Warren: "Our goal is not to delay the bill but to'
            ' kill it." Graham: "The point is to stop the bill."',
            "delay the bill",
            "Warren",
        ),
        (
            'Both senators reject the plan. Warren: "Our goal is not to delay the bill but to'
            ' kill it." Graham: "The point is to stop the bill."',
            "The point",
            "Graham",
        ),
        (
            'Former governor Mary Jones:"We learned that from the council and its analysis of'
            ' the records." She left.',
            "We learned",
            "Former governor Mary Jones",
        ),
        # a live blog: the name labels the answer, not the cue of the question before it
        (
            "Senator Ann Ruiz of Ohio questioned Dale Pruett, the chief of the company. Ruiz"
            " asks: \u201cDid you approve the design?\u201d Pruett: \u201cI did not approve"
            " that design myself.\u201d",
            "I did not approve",
            "Pruett",
        ),
        # a time stamp before the label is not part of the name
        (
            "Dale Pruett took questions all day. 5.33 pm: Pruett: \u201cWe drill hundreds of"
            " wells around the world every year.\u201d",
            "We drill hundreds",
            "Pruett",
        ),
    ],
)
def test_name_alone_before_a_colon_labels_the_quotation(nlp, text, inside, mention):
    # positions set side by side, a transcript: the name before the colon is the speaker
    q = _one(nlp, text, inside)
    assert q.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "HOST: Why not meet them halfway?\n"
            "MILLER: This is a man who said he would never raise taxes. Now he is raising them.",
            "This is a man who said he would never raise taxes. Now he is raising them.",
        ),
        (
            "HOST: What happened to the promise?\n"
            "KEANE: Honestly, I believe that this is the hardest job in the county.",
            "Honestly, I believe that this is the hardest job in the county.",
        ),
        (  # a transcript's label with party and state
            "HOST: Are the pumps working?\n"
            "SEN. JO PIKE, D-OHIO: It is clear to me that nobody checked the pumps at all.",
            "It is clear to me that nobody checked the pumps at all.",
        ),
        (
            "Ortega: Mayor Must Decide If He Wants a Second Term\n\n"
            "Council member Luis Ortega spoke on Monday.",
            "Mayor Must Decide If He Wants a Second Term",
        ),
    ],
)
def test_a_labelled_line_is_the_speakers_whole(nlp, text, line):
    # a cue inside the line reports within the labelled speaker's words: the line is one
    # quote, not split at the inner cue
    qs = _quotes(nlp, text)
    q = quote_with(qs, line[:20])
    assert q.method == "label"
    assert q.content.text == line
    others = [x.content for x in qs if x is not q]
    assert all(c.end <= q.content.start or c.start >= q.content.end for c in others)


def test_a_surname_label_the_tagger_took_for_a_noun_names_the_speaker(nlp):
    """'... preventable?" Hayward: "..."': the tagger reads a surname opening a sentence
    as a common noun; as a label before a quotation it is still the person named in full
    earlier, not the asker of the question before it."""
    text = (
        "Representative Joe Barton grilled Dale Hayward on the spill. Barton asks: \u201cDo"
        " you agree that this accident was preventable?\u201d Hayward: \u201cI believe that"
        " all accidents are preventable, absolutely.\u201d"
    )
    q = _one(nlp, text, "all accidents")
    assert (q.speaker.mention.text, q.speaker.name) == ("Hayward", "Dale Hayward")


def test_transcript_labels_in_capitals_name_the_people_named_in_full(nlp):
    """'ROE: ...' after 'Mayor Ann Roe': the label is her (whatever the tagger made of the
    word), 'MCBRIDE' is spelled as the article spells her, and a role ('MODERATOR')
    names no one."""
    text = (
        "Debate night at the harbor\n\n"
        "Mayor Ann Roe and councilman Dale Pruett met on Tuesday for their only debate.\n\n"
        "ROE: The harbor budget is balanced for the first time in ten years.\n\n"
        "PRUETT: That is only because the ferry fares went up twice.\n\n"
        "MODERATOR: Thank you both.\n\n"
        "MCBRIDE: I run the ferry, and the fares had to go up.\n\n"
        "Kay McBride, who runs the ferry line, spoke from the audience.\n"
    )
    qs = _quotes(nlp, text)
    names = {q.content.text[:12]: q.speaker.name if q.speaker else None for q in qs}
    assert names["The harbor b"] == "Ann Roe"
    assert names["That is only"] == "Dale Pruett"
    assert names["Thank you bo"] is None
    assert names["I run the fe"] == "Kay McBride"


def test_a_surname_opening_a_sentence_is_the_person_named_in_full(nlp):
    """'Banks said ...' after 'Senator Ada Banks': the tagger reads a surname that is also
    a common word, opening a sentence, as a noun; it is still her. A common noun there
    is no one."""
    q = _one(
        nlp,
        "Senator Ada Banks spoke at the dock on Monday. Banks said the pier would reopen.",
        "the pier would reopen",
    )
    assert (q.speaker.mention.text, q.speaker.name) == ("Banks", "Ada Banks")
    q = _one(
        nlp,
        "The mayor met Orla Quist on Monday. Officials said the pier would reopen.",
        "the pier would reopen",
    )
    assert (q.speaker.mention.text, q.speaker.name) == ("Officials", None)


@pytest.mark.parametrize(
    ("text", "inside", "name", "venue"),
    [
        # "the paper" goes on about the outlet named before: its words, not hearsay
        (
            "London's Daily Courier reported on Sunday that the firm planned a sale. The"
            " paper said the firm would raise ten billion dollars.",
            "would raise",
            "Daily Courier",
            "Daily Courier",
        ),
        # "the website X": the outlet is X
        (
            "In an interview with the website Glimmer, he said: \u201cWe will not close the"
            " pier this year.\u201d",
            "close the pier",
            None,
            "Glimmer",
        ),
    ],
)
def test_an_outlet_described_by_a_common_noun(nlp, text, inside, name, venue):
    q = _one(nlp, text, inside)
    assert (q.speaker.name, q.venue) == (name, venue)


def test_a_quotation_ending_its_sentence_is_not_a_later_cues_content(nlp):
    """'"A," X told Y. "B." Officials were told C ..., an official told Z': B goes on
    with X's words; the later cue reports C, not the quotation before its sentence."""
    text = (
        "What reached the beach is \u201cmostly a thin film,\u201d harbour pilot Ana Ruiz"
        " told the Harbor Gazette. \u201cThere is no thick oil anywhere on the sand.\u201d"
        " Officials were first told on Tuesday night about the film near the pier, and it"
        " was confirmed on Wednesday, a port official told the Tern Times."
    )
    qs = _quotes(nlp, text)
    thick = quote_with(qs, "There is no thick oil")
    assert thick.speaker.name == "Ana Ruiz"
    later = next(q for q in qs if q.venue == "Tern Times")
    assert later.content.text.startswith("Officials were first told")


def test_a_transcript_without_line_breaks_is_read_turn_by_turn(nlp):
    """Pages that lose their line breaks print a transcript as one paragraph: each
    all-caps label after a sentence's end opens a turn that runs to the next label."""
    text = (
        "From the evening show. LENA ROSS, HOST: Tonight the pumps failed again on the river."
        " SEN. JO PIKE, D-OHIO: It is clear to me that nobody checked the pumps at all."
        " ROSS: Will you call the company to a hearing? PIKE: We will, and he told me so"
        " himself last week."
    )
    turns = [
        (q.speaker.mention.text, q.content.text) for q in _quotes(nlp, text) if q.method == "label"
    ]
    assert turns == [
        ("LENA ROSS", "Tonight the pumps failed again on the river."),
        ("SEN. JO PIKE", "It is clear to me that nobody checked the pumps at all."),
        ("ROSS", "Will you call the company to a hearing?"),
        ("PIKE", "We will, and he told me so himself last week."),
    ]
    # one or two capitalised words before a colon in running text are no transcript
    assert not [
        q
        for q in _quotes(nlp, "The sign read. NOTICE: The bridge is shut today.")
        if q.method == "label"
    ]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ('Residents called it "a fair deal," the clerk said.', True),
        ('Residents called it "a fair deal\u2026," the clerk said.', True),
        ("Residents called it \u201ca fair deal.\u201d", True),
        # an opening mark after the content starts a quotation; it ends none
        ("Residents called it a fair deal,\u201cthe clerk said.", False),
        ("Residents called it a fair deal, the clerk said.", False),
    ],
)
def test_ends_in_quotation(text, ends):
    # one test serves the quotation paragraph that goes on with a content and the
    # quotation that resumes a reported clause
    assert _ends_in_quotation(text, text.index("deal") + 4) is ends


def test_colon_on_previous_paragraph(nlp):
    text = (
        "The band had split, fans feared. A roadie told the Evening Courier at the time:\n\n"
        "\u201cThey are taking a break and will be back on tour next summer.\u201d"
    )
    q = _one(nlp, text, "taking a break")
    assert q.method == "colon"
    assert q.speaker.mention.text == "A roadie"
    assert q.speaker.name is None  # an unnamed roadie is not resolved to anyone
    assert q.venue == "Evening Courier"
    assert q.relayed is True
    assert q.direct is True


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the cue's paragraph ends on a colon: the next paragraph is what was said
        (
            "The agency said in a statement:\n\n"
            "The program will end in June because its funding ran out.",
            "The program will end in June because its funding ran out",
        ),
        # a cut marked with an ellipsis between the colon and the words
        (
            "The mayor wrote:\n\n\u2026the city will not raise taxes on residents this year.",
            "the city will not raise taxes on residents this year",
        ),
        # no colon: the parser joined the next paragraph to the cue, but it is narration
        ("The governor replied, \u201cNo.\u201d\n\nCriticism of the answer spread quickly.", None),
    ],
)
def test_next_paragraph_is_content_only_after_a_colon(nlp, text, content):
    colon = [q.content.text for q in _quotes(nlp, text) if q.method == "colon"]
    assert colon == ([content] if content else [])


def test_words_said_according_to_an_outlet_keep_their_speaker_and_are_relayed(nlp):
    # the outlet reported what she said: she is the speaker, the outlet the venue
    text = (
        '"We will not sign this deal," Maria Keller said, according to the Harbor Gazette. '
        "She left early."
    )
    q = _one(nlp, text, "not sign this deal")
    assert q.speaker.mention.text == "Maria Keller"
    assert q.venue == "Harbor Gazette"
    assert q.relayed is True


@pytest.mark.parametrize(
    ("text", "inside", "mention", "venue"),
    [
        # an outlet reporting what someone said: the words are hers, given to the outlet
        (
            'According to Glimmer, Rosa Linde said "we are very happy together."',
            "very happy together",
            "Rosa Linde",
            "Glimmer",
        ),
        (
            "According to the Harbor Gazette, Maria Keller said that she would not sign.",
            "would not sign",
            "Maria Keller",
            "Harbor Gazette",
        ),
        # a person's account of what someone said stays the account of that person
        (
            "According to an aide, Maria Keller said that she would not sign.",
            "Maria Keller said",
            "an aide",
            None,
        ),
    ],
)
def test_according_to_an_outlet_before_a_speech_verb(nlp, text, inside, mention, venue):
    q = _one(nlp, text, inside)
    assert q.speaker.mention.text == mention
    assert q.venue == venue


@pytest.mark.parametrize(
    ("text", "content", "venue"),
    [
        # the parser takes "show" for a verb, or hangs the clause on it as a noun
        (
            "The governor said on KBR's Today show that schools would reopen.",
            "that schools would reopen",
            "KBR",
        ),
        (
            "Rosa Linde said on KTV's Today show that she had retired.",
            "that she had retired",
            "KTV",
        ),
        (
            "The mayor said on WXN's Sunday show that the bridge would close.",
            "that the bridge would close",
            "WXN",
        ),
        # the day a show aired is not part of its name
        (
            "The senator told Sunday's Harbor Gazette: “We will vote it down.”",
            "We will vote it down.",
            "Harbor Gazette",
        ),
    ],
)
def test_said_on_a_show_that(nlp, text, content, venue):
    (q,) = _quotes(nlp, text)
    assert (q.content.text, q.venue) == (content, venue)


def test_according_to_takes_the_clause_not_a_trailing_participle(nlp):
    text = (
        "The city signed a contract, according to the labor board, taking a first step "
        "toward ending the long and bitter strike by the transit workers."
    )
    q = next(q for q in _quotes(nlp, text) if q.method == "according")
    assert q.content.text == "The city signed a contract"


@pytest.mark.parametrize(
    ("text", "attested", "reported"),
    [
        (
            "Turnout fell sharply in the county this year, with two million fewer voters "
            "casting ballots in the spring primaries, according to the state election board.",
            "with two million fewer voters casting ballots in the spring primaries",
            None,
        ),
        (
            "The campaign announced on Monday that it hired Ann Roe, who has long opposed the "
            "new harbor tax, according to the Harbor Gazette.",
            "who has long opposed the new harbor tax",
            "that it hired Ann Roe",
        ),
        (
            "The mayor says the new budget can still close the gap in school funding, which "
            "stood at 40 million dollars last year, according to the city auditor.",
            "which stood at 40 million dollars last year",
            "the new budget can still close the gap in school funding",
        ),
    ],
)
def test_according_to_after_an_added_phrase_sources_that_phrase(nlp, text, attested, reported):
    # a "with" phrase or a "which/who" clause set off right before a closing "according
    # to" is what the source attests; the clause before it (and a report in it) is not
    qs = _quotes(nlp, text)
    assert next(q for q in qs if q.method == "according").content.text == attested
    if reported is not None:
        assert next(q for q in qs if q.method == "ccomp").content.text == reported


def test_according_to_after_a_subject_clause_takes_the_sentence(nlp):
    # "which backed the mayor" describes the subject before the verb: the whole sentence
    text = (
        "The Harbor Fund, which backed the mayor, spent at least 300,000 dollars on radio "
        "ads in the spring, according to the state election board."
    )
    q = next(q for q in _quotes(nlp, text) if q.method == "according")
    assert q.content.text.startswith("The Harbor Fund, which backed the mayor, spent")


def test_words_said_according_to_a_person_keep_their_speaker(nlp):
    text = '"We will not sign this deal," Maria Keller said, according to an aide.'
    q = _one(nlp, text, "not sign this deal")
    assert q.speaker.mention.text == "Maria Keller"
    assert q.venue is None


def test_quote_paragraph_continues_previous_speaker(nlp):
    # PolNeAR annotates a quotation paragraph that goes on with the quote before it as one
    # content of two pieces; the scorer ignores the gap, so one span covers both
    text = (
        '"The harvest was the worst in a decade," the farmer said.\n\n'
        '"We lost nearly everything in the floods this spring and the insurance will not pay."'
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    q = qs[0]
    assert q.content.text.startswith("The harvest") and q.content.text.endswith("will not pay.")
    assert q.speaker.mention.text == "the farmer"


def test_quote_paragraph_left_open_continues_previous_speaker(nlp):
    # a quotation paragraph with no closing mark (the quote goes on in the next one) is
    # all quotation too
    text = (
        '"The harvest was the worst in a decade," the farmer said.\n\n'
        '"We lost nearly everything in the floods this spring. The insurance will not pay.\n\n'
        '"That is why we are selling the farm."'
    )
    qs = _quotes(nlp, text)
    assert len(qs) == 1
    q = qs[0]
    assert q.content.text.startswith("The harvest") and q.content.text.endswith("the farm.")
    assert q.speaker.mention.text == "the farmer"


def test_left_open_paragraph_with_inner_curly_quotes_continues(nlp):
    # straight marks around each paragraph of a statement, curly ones around phrases
    # inside it: the inner marks neither close the quotation nor stop it going on
    text = (
        "The council met on Monday.\n\nThe mayor stated:\n\n"
        '"The board is not about \u201cfair play\u201d any more. It is about fees and'
        " the rights of owners.\n\n"
        '"The latest case is the suit over its \u201cParking Rule,\u201d which lets owners'
        " decide who parks where.\n\n"
        '"We will stop them at the door."\n\nThe rule took effect in March.'
    )
    q = _one(nlp, text, "fair play")
    assert q.content.text.endswith("at the door.")
    assert q.speaker.mention.text == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        'The mayor issued a statement, "Last night our city was hit by a storm and we will '
        'rebuild."',
        'The mayor issued the following statement:\n\n"Last night our city was hit by a storm '
        'and we will rebuild."',
    ],
)
def test_statement_followed_by_its_words(nlp, text):
    # the quotation after "issued a statement" is what was said, not the noun "statement"
    q = _one(nlp, text, "Last night")
    assert q.content.text == "Last night our city was hit by a storm and we will rebuild."
    assert q.cue.text == "issued"
    assert q.speaker.mention.text == "The mayor"


def test_title_with_a_byline_is_no_saying(nlp):
    # a newsletter's list of pieces: the quoted words are a headline, the byline its writer
    text = (
        'HARBOR NEWS - "The old ferry terminal will close at the end of the year," by the '
        "Courier's Ann Lee: http://example.com/ferry.\n\nMore news follows."
    )
    assert _quotes(nlp, text) == []


def test_excerpt_after_a_byline_is_no_saying(nlp):
    # the quotation after the byline excerpts the piece; nobody is quoted
    text = (
        'HARBOR NEWS - "Ferry terminal to close," by the Courier\'s Ann Lee: "The old ferry '
        'terminal on Water Street will close at the end of the year after decades of use."'
    )
    assert _quotes(nlp, text) == []


def test_dash_attribution(nlp):
    text = "\u201cNever give up on the people you love.\u201d \u2014 Grace Holloway\n"
    q = _one(nlp, text, "Never give up")
    assert q.method == "dash"
    assert q.speaker.mention.text == "Grace Holloway"
    assert q.speaker.name == "Grace Holloway"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Singer Is 'Done With Touring' After Long Year: 'I Need a Rest' Now",
            ["Done With Touring", "I Need a Rest"],
        ),
        (
            "The Chef's Secret: 'Butter Makes Everything Better' Says Expert",
            ["Butter Makes Everything Better"],
        ),
        ("Nobody's Fault But Mine", []),
    ],
)
def test_headline_single_quotes(text, expected):
    spans = find_quotation_spans(text)
    assert [text[s:e] for s, e, _ in spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ("\u201cOne,\u201d she said, \u201ctwo.\u201d", ["One,", "two."]),
        (
            '"An open quote runs to the end of its paragraph\nNext line',
            ["An open quote runs to the end of its paragraph"],
        ),
        (
            # curly marks inside a straight-quoted quotation quote a phrase within it
            'He said: "The board is not about \u201cfair play\u201d now. It is about fees."',
            ["The board is not about \u201cfair play\u201d now. It is about fees."],
        ),
        (
            # an inner curly mark left open ends with the straight quotation around it: the
            # next curly quotation closes at its own mark
            'He spoke of "fair \u201cplay and more," she said. \u201cWe will win,\u201d he said.',
            ["fair \u201cplay and more,", "We will win,"],
        ),
    ],
)
def test_quotation_spans(text, expected):
    assert [text[s:e] for s, e, _ in find_quotation_spans(text)] == expected


def test_scare_quotes_are_not_quotes(nlp):
    text = 'The so-called "miracle diet" has been popular this winter in several cities.'
    assert _quotes(nlp, text) == []


def test_negated_modal_is_not_a_report(nlp):
    text = "We can't say we are surprised by the result of the vote."
    assert _quotes(nlp, text) == []


def test_quotes_in_text_order_and_contract_fields(nlp):
    text = (
        "The mayor said the budget was tight. "
        '"We will cope," a city official told the Daily Ledger. '
        "Residents fear that taxes will rise."
    )
    qs = _quotes(nlp, text, outlet="Metro Times")
    assert [q.content.start for q in qs] == sorted(q.content.start for q in qs)
    d = qs[1].to_dict()
    assert set(d) >= CONTRACT_QUOTE_FIELDS
    assert d["venue"] == "Daily Ledger"
    assert d["anonymous"] is True and d["descriptor"] == "official"


def test_polnear_floor(shared, tmp_path):
    """A handful of PolNeAR dev documents score above a floor (regression gate)."""
    pn = shared / "eval" / "polnear"
    if not (pn / "dev.jsonl").is_file():
        pytest.skip("PolNeAR dev set not found")
    from whosaid.extract import extract_articles
    from whosaid.model import Article as A

    docs = [json.loads(line) for line in (pn / "dev.jsonl").open(encoding="utf-8")][:6]
    keep = {d["id"] for d in docs}
    pred = tmp_path / "pred.jsonl"
    gold = tmp_path / "gold.jsonl"
    arts = (A(id=d["id"], text=d["text"], outlet=d.get("outlet")) for d in docs)
    pred.write_text("".join(json.dumps(x.to_dict()) + "\n" for x in extract_articles(arts)))
    gold.write_text(
        "".join(
            line
            for line in (pn / "dev.gold.jsonl").open(encoding="utf-8")
            if json.loads(line)["id"] in keep
        )
    )
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score_attribution.py"),
            str(gold),
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    score = json.loads(next(line for line in out.stdout.splitlines() if line.startswith("{")))
    assert score["content_partial"]["f1"] >= 0.5
    assert score["source_e2e"]["f1"] >= 0.4


def test_selective_parse_finds_the_same_quotes(nlp):
    """The fast path parses only sentences with quotes or cue verbs; offsets stay exact."""
    from whosaid.extract.fastparse import parse_articles, select_chunks

    text = (
        "The river rose overnight in the valley towns.\n\n"
        "Farmers moved cattle to higher ground before dawn.\n\n"
        '"We have never seen water this high," the county engineer said. '
        '"The levee held, but only just."\n\n'
        "Officials said the schools would stay closed until Monday."
    )
    article = Article(id="t", text=text)
    chunks = select_chunks(text)
    assert sum(e - s for s, e in chunks) < len(text)  # something was skipped
    (doc, same), *_ = list(parse_articles(nlp, [article]))
    assert same is article and doc.text == text
    fast = find_quotes(doc, article)
    full = find_quotes(nlp(text), article)
    assert [(q.content.start, q.content.end) for q in fast] == [
        (q.content.start, q.content.end) for q in full
    ]
    assert [q.speaker.mention.text for q in fast] == ["the county engineer", "Officials"]


# (text, the exact content expected, speaker mention or None, method): content extents
# of constructions PolNeAR annotates as one attribution
CONTENT_EXTENTS = [
    # a quotation split by its cue and a participle clause: one content
    (
        '"Every time you raise rates," the governor said, looking at the chart, '
        '"families pay more."',
        'Every time you raise rates," the governor said, looking at the chart, "families pay more.',
        "the governor",
        "quote-cue",
    ),
    # a split quotation whose speaker description has a stance verb of its own
    (
        '"These are hard days," said Lena Ortiz, a nurse who has criticized the hospital '
        'board for years. "I doubt the new plan will work at all."',
        'These are hard days," said Lena Ortiz, a nurse who has criticized the hospital '
        'board for years. "I doubt the new plan will work at all.',
        "Lena Ortiz, a nurse who has criticized the hospital board for years",
        "ccomp",
    ),
    # bare verbs coordinated with an intention's infinitive
    (
        "She wants to widen the road, plant trees and build a new bridge.",
        "to widen the road, plant trees and build a new bridge",
        "She",
        "xcomp",
    ),
    # what follows a quotation closed inside the reported clause goes on with it
    (
        'Her lawyer wrote that such a request was "futile," because if there were more '
        "records, the county, not Ruiz, now holds them.",
        'that such a request was "futile," because if there were more records, the county, '
        "not Ruiz, now holds them",
        "Her lawyer",
        "ccomp",
    ),
    # a contrasting clause hung on the cue verb
    (
        "The clerk added that she had filed the papers on time, but the court lost them.",
        "that she had filed the papers on time, but the court lost them",
        "The clerk",
        "ccomp",
    ),
    # a clause before the cue that belongs to an earlier verb: the clause after is its own
    (
        "While he accepted rain was a big factor, Dorsey also observed two late changes "
        "cost the team the match.",
        "two late changes cost the team the match",
        "Dorsey",
        "ccomp",
    ),
    # ... and when the earlier verb is a cue, that clause is its content
    (
        "While he admitted rain was a big factor, Dorsey also observed two late changes "
        "cost the team the match.",
        "rain was a big factor",
        "he",
        "ccomp",
    ),
    # a complement the parser hung on a fronted adjunct as an adverbial clause
    (
        "Ramos said after the forum he would not accept the union's backing.",
        "he would not accept the union's backing",
        "Ramos",
        "ccomp",
    ),
    # the one told, however described, lies between the cue and its "that"
    (
        'He often told one of his young students on a regular basis that "patience wins."',
        'that "patience wins."',
        "He",
        "ccomp",
    ),
    # a parenthetical cue with its own adjunct: the whole sentence
    (
        "The bakery was profitable, the owner said in a letter, until the rent doubled.",
        "The bakery was profitable, the owner said in a letter, until the rent doubled.",
        "the owner",
        "parenthetical",
    ),
    # ... and with the one spoken to
    (
        "The real risk, the engineer told me on Friday, lies in the old pipes.",
        "The real risk, the engineer told me on Friday, lies in the old pipes.",
        "the engineer",
        "parenthetical",
    ),
    # ... and with a verb of belief, as a verb of saying
    (
        "The new tax, many economists believe, will slow hiring in the region.",
        "The new tax, many economists believe, will slow hiring in the region.",
        "many economists",
        "parenthetical",
    ),
    # ... but a quotation after the cue is the whole content
    (
        'Asked to describe the device, Lund said, "Not going to go into that."',
        "Not going to go into that.",
        "Lund",
        "quote-cue",
    ),
    # ... unless a short frame opens the sentence: it goes with the quotation
    (
        'Of course, the coach said, "We never doubted the new players."',
        'Of course, the coach said, "We never doubted the new players."',
        "the coach",
        "ccomp",
    ),
    (
        'Sooner or later, the mayor told reporters, "the bridge will have to close."',
        'Sooner or later, the mayor told reporters, "the bridge will have to close."',
        "the mayor",
        "ccomp",
    ),
    # ... but not a date or a scene-setting clause
    (
        'On Monday, the coach said, "We never doubted the new players."',
        "We never doubted the new players.",
        "the coach",
        "ccomp",
    ),
    # ... a condition, however long, states when the quoted words hold
    (
        'If the council approves the budget next week, the mayor said, "We will open the '
        'library on Sundays."',
        'If the council approves the budget next week, the mayor said, "We will open the '
        'library on Sundays."',
        "the mayor",
        "ccomp",
    ),
    # ... and a quotation opening in lower case goes on with the sentence before the cue
    (
        'While ticket sales have doubled since spring, the director said, "the hall is '
        'still half empty on weekdays."',
        'While ticket sales have doubled since spring, the director said, "the hall is '
        'still half empty on weekdays."',
        "the director",
        "ccomp",
    ),
    # ... from the relative clause that ends at the cue
    (
        "The club sold its two best players, which is a decision, the coach said, "
        '"we had planned for a long time."',
        'which is a decision, the coach said, "we had planned for a long time."',
        "the coach",
        "quote-cue",
    ),
    # ... and with a gerund subject after the cue (not the speaker's participle)
    (
        "Though the first move was smooth, he said, replacing the chair would be harder.",
        "Though the first move was smooth, he said, replacing the chair would be harder.",
        "he",
        "parenthetical",
    ),
    # a closing apposition is not part of the content
    (
        "The coach said he did not trust the referee, a former player of the rival club.",
        "he did not trust the referee",
        "The coach",
        "ccomp",
    ),
    # ... but not one that narrows what came before
    (
        "The union said the strike has hurt some customers, particularly those who cannot "
        "wait for repairs.",
        "the strike has hurt some customers, particularly those who cannot wait for repairs",
        "The union",
        "ccomp",
    ),
    (
        "The coach said he would pick a younger captain than Ms. Ruiz, then 35.",
        "he would pick a younger captain than Ms. Ruiz, then 35",
        "The coach",
        "ccomp",
    ),
    # a quotation closing on a comma that the sentence goes on from stays in; one followed
    # by a clause of its own ends the content
    (
        'The coach said "the team has been too slow," a reference to the loss in March.',
        'the team has been too slow," a reference to the loss in March',
        "The coach",
        "ccomp",
    ),
    (
        'She said, "That was the first time in years," when the mayor asked her about it.',
        "That was the first time in years",
        "She",
        "ccomp",
    ),
    # a closing aside goes after a name alone too
    (
        "The mayor has avoided directly criticizing Okafor, a former ally of the governor.",
        "Okafor",
        "The mayor",
        "object",
    ),
    # ... nor a place's state or country
    (
        "The senator said she had bought a house in Portland, Oregon.",
        "she had bought a house in Portland, Oregon",
        "The senator",
        "ccomp",
    ),
    # ... but a name in apposition says who is meant
    (
        "The coach criticized the decision to bench his best defender, Tom Okafor.",
        "the decision to bench his best defender, Tom Okafor",
        "The coach",
        "object",
    ),
    # judgment verb (Levin 33) with its object and predicate
    (
        "The senator derided the bill as a gift to lobbyists.",
        "the bill as a gift to lobbyists",
        "The senator",
        "object",
    ),
    # a bare stance noun makes a light-verb cue: its object is the content
    (
        "A little-known group claimed responsibility for the blackout.",
        "the blackout",
        "A little-known group",
        "object",
    ),
    (
        "Several mayors offered praise for the new transit plan.",
        "the new transit plan",
        "Several mayors",
        "object",
    ),
    (
        "The governor said almost nothing about the new tax.",
        "the new tax",
        "The governor",
        "object",
    ),
    # the alternative set against the object goes with it
    (
        "The council faulted the mayor for staying home instead of visiting the flooded towns.",
        "the mayor for staying home instead of visiting the flooded towns",
        "The council",
        "object",
    ),
    # a verb of charging: the one charged and the charge
    (
        "Critics accused Mayor Lopez of ignoring the flood warnings.",
        "Mayor Lopez of ignoring the flood warnings",
        "Critics",
        "object",
    ),
    (
        "Residents blamed the council for the closure of the library.",
        "the council for the closure of the library",
        "Residents",
        "object",
    ),
    # a noun of stance and its topic
    (
        "The union raised questions about the safety of the new machines.",
        "the safety of the new machines",
        "The union",
        "noun",
    ),
    # an open question or dispute raised by no one named: the embedded question
    (
        "There are questions about whether the bridge can carry heavy trucks.",
        "whether the bridge can carry heavy trucks",
        None,
        "noun",
    ),
    (
        "The disagreement over how the money should be spent has split the council.",
        "how the money should be spent",
        None,
        "noun",
    ),
    # attributions with no source
    (
        "It was clear that the council would approve the budget.",
        "that the council would approve the budget",
        None,
        "impersonal",
    ),
    (
        "The mayor seems to have changed her mind about the new tax.",
        "The mayor seems to have changed her mind about the new tax",
        None,
        "impersonal",
    ),
    # "seem" with an adjective the parser took for an object predicate, and seeming by
    # the senses ("looks", "sounds")
    (
        "Despite the storm, the harbor economy seemed immune to all but the largest shocks.",
        "the harbor economy seemed immune to all but the largest shocks",
        None,
        "impersonal",
    ),
    # a raised subject and its predicate, without the writer's closing aside
    (
        "The factory is expected to close next month, when its owners move the work abroad.",
        "The factory is expected to close next month",
        None,
        "impersonal",
    ),
    # a closing adverbial clause of any kind, with a quotation in it too
    (
        "The company is expected to cut jobs this year, partly owing to the slump in orders.",
        "The company is expected to cut jobs this year",
        None,
        "impersonal",
    ),
    (
        'The senator appeared to back the plan on Monday, when he told reporters that "the '
        'votes are there."',
        "The senator appeared to back the plan on Monday",
        None,
        "impersonal",
    ),
    (
        "The old bridge looks much weaker than the new one.",
        "The old bridge looks much weaker than the new one",
        None,
        "impersonal",
    ),
    (
        "The old bridge is expected to carry more trucks -- a burden it was never built for.",
        "The old bridge is expected to carry more trucks",
        None,
        "impersonal",
    ),
    (
        "After the long campaign, the weary voters seemed thoroughly fatigued.",
        "the weary voters seemed thoroughly fatigued",
        None,
        "impersonal",
    ),
    # "so cold that ...": the result clause is the writer's
    (
        "To the visitors the old stone house seemed so cold that they kept their coats on.",
        "the old stone house seemed so cold",
        None,
        "impersonal",
    ),
    (
        "The new stadium is widely considered one of the finest in the country.",
        "The new stadium is widely considered one of the finest in the country",
        None,
        "impersonal",
    ),
    # a phrase the parser hung on the raising verb still closes the predicate
    (
        "And it is why the governor appeared to end his bid owing roughly $200,000 more "
        "than he had in cash.",
        "the governor appeared to end his bid owing roughly $200,000 more than he had in cash",
        None,
        "impersonal",
    ),
    (
        "The coach was widely viewed as the reason for the loss earlier this season.",
        "The coach was widely viewed as the reason for the loss earlier this season",
        None,
        "impersonal",
    ),
    # a copular verb of perception with an adjective: an impression, held by no one named
    (
        "By now the old mayor looks much weaker than his rivals.",
        "the old mayor looks much weaker than his rivals",
        None,
        "impersonal",
    ),
    # a passive of asking: the topic put to someone, by no one named (method asked)
    (
        "At the forum the senator was asked about the closing of the rural hospitals.",
        "the closing of the rural hospitals",
        None,
        "asked",
    ),
    (
        "The guests were asked to leave the hall before midnight.",
        "to leave the hall before midnight",
        None,
        "asked",
    ),
    # the raised subject of a verb of agreeing is in the content, not the source
    (
        "Most of the big investors seem to agree.",
        "Most of the big investors seem to agree",
        None,
        "impersonal",
    ),
    (
        "While the storm raged and the roads flooded, the rescue team appeared paralyzed.",
        "the rescue team appeared paralyzed",
        None,
        "impersonal",
    ),
    # a free relative "what" as the raised subject
    (
        "Inside the box lay what appeared to be a letter from the old mayor.",
        "what appeared to be a letter from the old mayor",
        None,
        "impersonal",
    ),
    # the parser's pieces of the predicate hung on the raising verb stay in
    (
        "For years the small town seemed immune to all but the worst storms.",
        "the small town seemed immune to all but the worst storms",
        None,
        "impersonal",
    ),
    (
        "The mayor is increasingly seen as a manager of the city more than a leader.",
        "The mayor is increasingly seen as a manager of the city more than a leader",
        None,
        "impersonal",
    ),
    (
        "Term limits might seem profoundly anti-democratic to some voters.",
        "Term limits might seem profoundly anti-democratic to some voters",
        None,
        "impersonal",
    ),
    # a reduced passive of repute: the noun and the view of it
    (
        "The mayor hired a firm regarded as the best builder of bridges in the region.",
        "a firm regarded as the best builder of bridges in the region",
        None,
        "impersonal",
    ),
    # "there/it" as the raised subject, "seem like", a perfect "had seemed"
    (
        "At the small casino there seems to be more interest in cards than in the election.",
        "there seems to be more interest in cards than in the election",
        None,
        "impersonal",
    ),
    (
        "After the third delay, it seemed like an impossible task for the crew.",
        "it seemed like an impossible task for the crew",
        None,
        "impersonal",
    ),
    (
        "The young senator had appeared to be gaining ground in the northern counties.",
        "The young senator had appeared to be gaining ground in the northern counties",
        None,
        "impersonal",
    ),
    # a passive of regarding or repute: the view of its subject, held by no one named
    (
        "The new library is widely seen as a gift to the students of the town.",
        "The new library is widely seen as a gift to the students of the town",
        None,
        "impersonal",
    ),
    (
        "The old judge was known for his harsh sentences in drug cases.",
        "The old judge was known for his harsh sentences in drug cases",
        None,
        "impersonal",
    ),
    (
        "The head baker was said to be furious with the new hygiene rules.",
        "The head baker was said to be furious with the new hygiene rules",
        None,
        "impersonal",
    ),
    # a clause the parser hung on the cue across a semicolon is not what was said
    (
        "The meeting ended early; the treasurer says the accounts will be audited next month.",
        "the accounts will be audited next month",
        "the treasurer",
        "ccomp",
    ),
    # object-control verb: the one urged is part of the content
    (
        "The coach urged parents to volunteer at the games.",
        "parents to volunteer at the games",
        "The coach",
        "xcomp",
    ),
    # a closing participle clause is the writer's, not part of what was said
    (
        "The analysts said prices would keep rising, citing the drought in the south.",
        "prices would keep rising",
        "The analysts",
        "ccomp",
    ),
    # a passive stance verb: the subject is the content, the "by" agent the source
    (
        "The new budget was endorsed by the teachers union on Monday.",
        "The new budget",
        "the teachers union",
        "passive",
    ),
    # a reaction verb with its prepositional object
    (
        "The governor focused on the rising cost of rural hospitals.",
        "the rising cost of rural hospitals",
        "The governor",
        "prep",
    ),
    # a passive belief with no source
    (
        "The rebels are not thought to be capable of holding the city.",
        "The rebels are not thought to be capable of holding the city",
        None,
        "impersonal",
    ),
    # naming: "call X Y" with a pronoun or a predicate-parsed name
    (
        "The coach called him a coward for leaving the team.",
        "him a coward for leaving the team",
        "The coach",
        "object",
    ),
    (
        "One of the neighbors called Hale a fraud, a bully and a liar.",
        "Hale a fraud, a bully and a liar",
        "One of the neighbors",
        "object",
    ),
    # "called for" a clause rather than a noun
    (
        "The auditor called for the bonuses to be returned by the directors.",
        "the bonuses to be returned by the directors",
        "The auditor",
        "prep",
    ),
    # a relative clause the parser hung on the verb after "pointed to X" goes with X
    (
        "Ruiz pointed to the nine different times Harlow has laid out a harbor plan "
        "before the council.",
        "the nine different times Harlow has laid out a harbor plan before the council",
        "Ruiz",
        "prep",
    ),
    # a closing apposition after the preposition's object is the writer's aside
    (
        "Ruiz went after Harlow's harbor record, an especially sore point for her.",
        "Harlow's harbor record",
        "Ruiz",
        "prep",
    ),
    # "according to" stays within its paragraph
    (
        '"Rents have doubled," she wrote.\n\nAbout two million renters live in the region, '
        "according to state figures.",
        "About two million renters live in the region",
        "state figures",
        "according",
    ),
    # an "according to" phrase inside a clause: the words before it go with the content
    (
        "Fundraising, according to the campaign, has surged in the past month.",
        "Fundraising, according to the campaign, has surged in the past month.",
        "the campaign",
        "according",
    ),
    (
        "The implication, according to two aides, is that the mayor knew about the leak.",
        "The implication, according to two aides, is that the mayor knew about the leak.",
        "two aides",
        "according",
    ),
    # a short frame before a parenthetical cue, in a sentence the parser ran on from the
    # paragraph before
    (
        "The panel said a court should settle the matter \u2014 \u201cso that all voters know "
        "once and for all the meaning of \u2018resident.\u2019\u201d\n\nThat, the panel said, "
        "\u201cwould be helpful in ending the dispute.\u201d",
        "That, the panel said, \u201cwould be helpful in ending the dispute.\u201d",
        "the panel",
        "quote-cue",
    ),
    # a clause the parser swallowed into the "according to" source
    (
        "According to radio host Dale Brenner, the move reeks of panic and desperation.",
        "the move reeks of panic and desperation.",
        "radio host Dale Brenner",
        "according",
    ),
    # a prepositional complement right after the object completes it
    (
        "The mayor offered some blunt advice to the new council members.",
        "some blunt advice to the new council members",
        "The mayor",
        "object",
    ),
    # an opening piece before the cue, when the parser also hangs the next paragraph's
    # quotation on the same cue
    (
        "''Hopefully,'' the mayor said, ''this bridge can help us reach each other, and more "
        "importantly trade with each other.''\n\n''Perhaps it can help a farmer understand the "
        "worries of a shopkeeper in Millbrook,'' Ms. Varga said.",
        "Hopefully,'' the mayor said, ''this bridge can help us reach each other, and more "
        "importantly trade with each other.",
        "the mayor",
        # (the one-word opening piece is itself a quotation with a cue, joined to the rest)
        "quote-cue",
    ),
    # a gerund or a bare verb cannot be coordinated with a finite or perfect cue: a
    # parse that does so still continues the content
    (
        "The mayor has mentioned cheaper bus fares and forcing landlords to repair their "
        "buildings.",
        "cheaper bus fares and forcing landlords to repair their buildings",
        "The mayor",
        "object",
    ),
    (
        "The mayor declined to name the contractor or even publicly admit any mistakes.",
        "to name the contractor or even publicly admit any mistakes",
        "The mayor",
        "xcomp",
    ),
    # a noun of saying with a that-clause under a prepositional cue: the clause is the
    # content, and the claim is its owner's, not the critics' (PolNeAR)
    (
        "Critics seized on the mayor's claim that the old bridge was perfectly safe.",
        "that the old bridge was perfectly safe",
        "the mayor's",
        "noun",
    ),
    # an intention whose infinitive is a cue verb with a clause: the clause is the content
    (
        "The senators wanted to know who had approved the secret payments to the contractor.",
        "who had approved the secret payments to the contractor",
        "The senators",
        "ccomp",
    ),
    # "X appeared to suggest that Y": the inner cue's clause is the content, and a clitic
    # with a curly apostrophe ("don\u2019t") that the tokenizer split off stays in it
    (
        "Later the mayor appeared to suggest that farmers who sell early are not as smart as "
        "those who don\u2019t.",
        "that farmers who sell early are not as smart as those who don\u2019t",
        "the mayor",
        "ccomp",
    ),
    # a "___" rule after the paragraph, parsed as more objects of the cue, is not content
    (
        "Supporters of the mayor have also questioned the health of Senator Moss, who is 81."
        "\n\n___.",
        "the health of Senator Moss",
        "Supporters of the mayor",
        "object",
    ),
    (
        "Rival coach Dana Hill had mocked the complaint, saying anybody who complains about "
        "the wind \u201cis not having a good season.\u201d\n\n___.",
        "the complaint",
        "Rival coach Dana Hill",
        "object",
    ),
    # "to" with a personal pronoun after the object names the one told, not the words
    (
        "Later the mayor mentioned the new budget to us.",
        "the new budget",
        "the mayor",
        "object",
    ),
    # "from"/"by" after a noun object modify the noun, even when parsed onto the verb
    (
        "The mayor cited her endorsements from forty local pastors on Tuesday.",
        "her endorsements from forty local pastors",
        "The mayor",
        "object",
    ),
    (
        "The coach criticized rude behavior by the visiting fans during the match.",
        "rude behavior by the visiting fans",
        "The coach",
        "object",
    ),
    # so does "in" ("the largest deficit in nine years"); "in" an occasion still goes
    (
        "The treasurer reported the largest deficit in nine years.",
        "the largest deficit in nine years",
        "The treasurer",
        "object",
    ),
    (
        "The commissioner mocked the photo in question on Friday.",
        "the photo in question",
        "The commissioner",
        "object",
    ),
    # ", including X" gives examples of the content's last noun, wherever it is attached
    (
        "And he railed against the corrupting influence of big donors, including the one "
        "backing Smith that raised more than $5 million.",
        "the corrupting influence of big donors, including the one backing Smith that raised "
        "more than $5 million",
        "he",
        "prep",
    ),
    # a closing ", compared to X" stays in the content too
    (
        "The watchdog rated 40% of the mayor's claims as false, compared to 12% of his "
        "rival's claims.",
        "40% of the mayor's claims as false, compared to 12% of his rival's claims",
        "The watchdog",
        "object",
    ),
    (
        "Most of the senator's statements were rated as mostly true, compared to only 20% of "
        "the governor's statements.",
        "Most of the senator's statements were rated as mostly true, compared to only 20% of "
        "the governor's statements",
        None,
        "passive-bare",
    ),
    # a date on the cue verb tells when the words were given; a bare year may date the
    # object's own event
    (
        "The union first endorsed the new mayor in early June.",
        "the new mayor",
        "The union",
        "object",
    ),
    # also after a one-word object
    (
        "The union endorsed Ruiz in late May.",
        "Ruiz",
        "The union",
        "object",
    ),
    (
        "The senator will endorse Ruiz in coming weeks.",
        "Ruiz",
        "The senator",
        "object",
    ),
    (
        "The senator opposed a similar bill in 2009.",
        "a similar bill in 2009",
        "The senator",
        "object",
    ),
    # ... also when the parser hangs it on a name as the object
    (
        "The nurses union endorsed Ramirez in February and campaigned for her.",
        "Ramirez",
        "The nurses union",
        "object",
    ),
    # ... and a date on a verb inside the content dates the reported event
    (
        "The senator cited a report that two boats were seized near the harbor on Monday.",
        "a report that two boats were seized near the harbor on Monday",
        "The senator",
        "object",
    ),
    # a closing medium ("on Twitter", "on social media") tells where the words appeared
    (
        "The senator criticized the new tax plan on Twitter.",
        "the new tax plan",
        "The senator",
        "object",
    ),
    (
        "The mayor mocked Ruiz on Twitter.",
        "Ruiz",
        "The mayor",
        "object",
    ),
    (
        "Ms. Varga was also dubbed the clear winner on social media Tuesday night.",
        "Ms. Varga was also dubbed the clear winner",
        None,
        "passive-bare",
    ),
    # an object noun of saying or feeling with a that-clause: the clause is the content
    (
        "The farmers' union expressed concern that the new canal would drain their wells.",
        "that the new canal would drain their wells",
        "The farmers' union",
        "object",
    ),
    (
        "The mayor repeated her message that the city needs more buses.",
        "that the city needs more buses",
        "The mayor",
        "object",
    ),
    # a piece put out with a participle of saying on it: the participle's words
    (
        "The league issued a statement praising the referees for their calm handling of the final.",
        "the referees for their calm handling of the final",
        "The league",
        "presentation",
    ),
    # ... or an infinitive or "on" phrase on it: what follows
    (
        "The governor unveiled a proposal to repair the state's aging bridges and roads.",
        "to repair the state's aging bridges and roads",
        "The governor",
        "presentation",
    ),
    (
        "The league issued a statement on the referees' handling of the final.",
        "the referees' handling of the final",
        "The league",
        "presentation",
    ),
    # someone's statement held up as a thing is the object whole, noun and all
    (
        "The minister rejected the notion that the reform had failed.",
        "the notion that the reform had failed",
        "The minister",
        "object",
    ),
    # a topic the writer frames before the reported words is not part of them
    (
        "As for the budget, the new plan will cost too much, the mayor said.",
        "the new plan will cost too much",
        "the mayor",
        "ccomp",
    ),
    (
        "Details aside, the proposal offers a clear alternative to the old plan, analysts said.",
        "the proposal offers a clear alternative to the old plan",
        "analysts",
        "ccomp",
    ),
    # the reported clause's subject, parsed as the cue verb's object, opens the content
    (
        "The mayor promised her entire housing program would be paid for through a new tax.",
        "her entire housing program would be paid for through a new tax",
        "The mayor",
        "ccomp",
    ),
    (
        "Local leaders hoped the meeting, requested by the union, would end the strike.",
        "the meeting, requested by the union, would end the strike",
        "Local leaders",
        "ccomp",
    ),
    # "according to X" content stops where the parser ran its sentence into a quotation
    (
        "According to the network, the show drew its largest audience in six years. "
        "\u201cIt was a record night for us,\u201d the producer said.",
        "the show drew its largest audience in six years",
        "the network",
        "according",
    ),
    # a phrase after a colon spells out the content's last words ...
    (
        "The mayor said she had met two of the suspects: Tom Vale and Ann Roe.",
        "she had met two of the suspects: Tom Vale and Ann Roe",
        "The mayor",
        "ccomp",
    ),
    # ... but a sentence after it is the writer's own
    (
        "The mayor said turnout would fall sharply: A survey this week found most voters "
        "planned to stay home.",
        "turnout would fall sharply",
        "The mayor",
        "ccomp",
    ),
    # a quotation finishing the writer's clause, its cue right after: the whole clause
    (
        'The board cannot say that "from its own records," the auditor added.',
        'The board cannot say that "from its own records,"',
        "the auditor",
        "quote-cue",
    ),
    # "X said A, whereas Y noted B": the other speaker's report ends the content
    (
        "The mayor argued that the budget was sound, whereas the auditor noted that it had "
        "a large gap.",
        "that the budget was sound",
        "The mayor",
        "ccomp",
    ),
    (
        "The mayor argued that the budget was sound, whereas the auditor noted that it had "
        "a large gap.",
        "that it had a large gap",
        "the auditor",
        "ccomp",
    ),
    # a "to" infinitive on the reported clause is its purpose, not a new report
    (
        "The inspector wrote that the landlord gave the tenants a full week to respond to "
        "the notice.",
        "that the landlord gave the tenants a full week to respond to the notice",
        "The inspector",
        "ccomp",
    ),
    (
        "The mayor said that she drove to the capital to ask the governor about the bridge.",
        "that she drove to the capital to ask the governor about the bridge",
        "The mayor",
        "ccomp",
    ),
    # a fronted "which" that is the reported clause's subject opens the content
    (
        "The lease, which he estimates will not expire for another ten years, is cheap.",
        "which he estimates will not expire for another ten years",
        "he",
        "ccomp",
    ),
    # a dateline opening the paragraph is not part of the content
    (
        "MILLBROOK, Ore. \u2015 The new dam will flood three villages, engineers warned on Monday.",
        "The new dam will flood three villages",
        "engineers",
        "ccomp",
    ),
    (
        "BRUSSELS (AP) \u2014 The summit failed to reach a deal on fishing quotas, the "
        "ministers said.",
        "The summit failed to reach a deal on fishing quotas",
        "the ministers",
        "ccomp",
    ),
    # a closing past participle on the last noun is an aside, like an apposition
    (
        "The governor praised an ambitious new plan for the northern valleys, known as the "
        "Green Corridor.",
        "an ambitious new plan for the northern valleys",
        "The governor",
        "object",
    ),
    # a quotation earlier in the content does not keep the writer's closing aside ...
    (
        "The mayor said the old bridge was \u201cunsafe\u201d for heavy trucks, which angered "
        "the haulers.",
        "the old bridge was \u201cunsafe\u201d for heavy trucks",
        "The mayor",
        "ccomp",
    ),
    # ... nor does a comma the writer closed inside the quotation ("unsafe," which ...)
    (
        "The mayor said the old bridge was \u201cunsafe,\u201d which angered the haulers.",
        "the old bridge was \u201cunsafe,\u201d",
        "The mayor",
        "ccomp",
    ),
    # a closing concession that reports words of its own is another report ...
    (
        "The mayor said the new bridge would open in May, although the builders have "
        "warned that every deadline so far was missed.",
        "the new bridge would open in May",
        "The mayor",
        "ccomp",
    ),
    # ... one that reports nothing may be the speaker's own qualification, and stays
    (
        "The mayor said the new bridge would open in May, though perhaps a week late.",
        "the new bridge would open in May, though perhaps a week late",
        "The mayor",
        "ccomp",
    ),
    # ... but a quotation inside the aside goes with the content
    (
        "The council said it had put up a new sign at the station, which reads, "
        "\u201cWelcome home to Millbrook.\u201d",
        "it had put up a new sign at the station, which reads, \u201cWelcome home to Millbrook.\u201d",
        "The council",
        "ccomp",
    ),
    # a quotation that stops mid-sentence: the writer's words after it finish the content
    (
        'But, he said, "nobody from the agency ever called us" and no letter came either.',
        'But, he said, "nobody from the agency ever called us" and no letter came either',
        "he",
        "quote-cue",
    ),
    (
        "The crowd chanted \u201cOpen the gates\u201d and \u201cLet us in.\u201d",
        "Open the gates\u201d and \u201cLet us in",
        "The crowd",
        "quote-cue",
    ),
    # the reported clause's subject, which the parser hung on the cue verb, starts it
    (
        "About half of the farmers said life for the next generation would be harder than "
        "life today.",
        "life for the next generation would be harder than life today",
        "About half of the farmers",
        "ccomp",
    ),
    (
        "Several donors said their circles of friends, mostly bankers until a decade ago, "
        "were now made up of teachers.",
        "their circles of friends, mostly bankers until a decade ago, were now made up of teachers",
        "Several donors",
        "ccomp",
    ),
    (
        "The judge said just because the harm was not visible did not mean it was not real.",
        "just because the harm was not visible did not mean it was not real",
        "The judge",
        "ccomp",
    ),
    # a short quoted title beside the content is not widened into it
    (
        'The governor went on to say in an interview on WXYZ\u2019s "Morning Desk" that the '
        "mayor was up to the task of running the port.",
        "that the mayor was up to the task of running the port",
        "The governor",
        "ccomp",
    ),
    # a closing participle in a reported clause goes on with the clause's own event ...
    (
        "Economists said the new tax will raise prices, pushing many small shops out of business.",
        "the new tax will raise prices, pushing many small shops out of business",
        "Economists",
        "ccomp",
    ),
    # ... unless it reports words of its own
    (
        "The union said the plant would close in June, citing a letter from the owners.",
        "the plant would close in June",
        "The union",
        "ccomp",
    ),
    # a split quotation whose first piece ends in a nested quotation (\u2019\u201d)
    (
        "Ruth Calder denied the charge. \u201cYou say you \u2018did your best, and it was the "
        "weather that failed,\u2019\u201d Calder said. \u201cThat is not leadership at all, it "
        "is an excuse.\u201d",
        "You say you \u2018did your best, and it was the weather that failed,\u2019\u201d Calder "
        "said. \u201cThat is not leadership at all, it is an excuse.",
        "Calder",
        "quote-cue",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker", "method"), CONTENT_EXTENTS)
def test_content_extents(nlp, text, content, speaker, method):
    qs = [q for q in _quotes(nlp, text) if q.content.text == content]
    assert len(qs) == 1, [(q.method, q.content.text) for q in _quotes(nlp, text)]
    q = qs[0]
    assert q.method == method
    if speaker is None:
        assert q.speaker is None
    else:
        assert q.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a thing, not a person, "raises concern": no holder of a view
        (
            "Photos of the sick fish raised concern about the long-term effects of the spill.",
            "the long-term effects of the spill",
        ),
        # a short quoted title in the cue clause is no quotation of its own
        (
            "The unions have the kind of grip on the council that the builders have on the "
            "mayor,\u201d said Ann Roe, author of \u201cThe Harbor Years,\u201d a history of "
            "the port.",
            "The Harbor Years",
        ),
        # "X said, adding ...": the participle is a new clause, not the rest of the content
        (
            "Taxes will rise, the senator said, adding that the plan was badly flawed.",
            "Taxes will rise, the senator said, adding that the plan was badly flawed.",
        ),
        # a participle or a relative clause between commas is no parenthetical cue
        (
            "But even after Ruiz, responding to a surging Harlow, dropped her objection, "
            "the council kept stalling.",
            "But even after Ruiz, responding to a surging Harlow, dropped her objection, "
            "the council kept stalling.",
        ),
        (
            "Ruiz, who through his office declined to comment, was born in Salem and "
            "studied law in Ohio.",
            "Ruiz, who through his office declined to comment, was born in Salem and "
            "studied law in Ohio.",
        ),
    ],
)
def test_not_attributed(nlp, text, content):
    assert content not in [q.content.text for q in _quotes(nlp, text)]


# (reported clause as cut by the parser, expected content after the tail is dropped)
DANGLING_TAILS = [
    ("the reforms were not complete, and", "the reforms were not complete"),
    ("the ferry would be late \u2014 and", "the ferry would be late"),
    ("to close the pool or", "to close the pool"),
    ("the rent and the fees would rise", "the rent and the fees would rise"),
]


@pytest.mark.parametrize(("clause", "expected"), DANGLING_TAILS)
def test_dangling_coordinator_dropped(clause, expected):
    text = "The envoy said " + clause + " the next day."
    start = len("The envoy said ")
    cand = _Cand(start=start, end=start + len(clause), method="ccomp")
    _drop_dangling_tail(text, cand)
    assert text[cand.start : cand.end] == expected


def test_every_method_in_the_source_is_classed():
    """Every method name the rules can record (``method=`` keywords, ``_make``'s third
    argument, ``_renamed``'s second), in any module of the quotes package, is in
    ``SPEECH_METHODS`` or ``STANCE_METHODS``."""
    import ast
    import pathlib

    from whosaid.extract import quotes
    from whosaid.model import SPEECH_METHODS, STANCE_METHODS

    names = set()
    sources = sorted(pathlib.Path(quotes.__file__).parent.glob("*.py"))
    assert len(sources) > 1, "the rules live in the quotes package's modules"
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in sources]
    for node in (n for tree in trees for n in ast.walk(tree)):
        if not isinstance(node, ast.Call):
            continue
        args = [k.value for k in node.keywords if k.arg == "method"]
        fn = getattr(node.func, "id", None)
        if fn == "_make" and len(node.args) > 2:
            args.append(node.args[2])
        if fn == "_renamed" and len(node.args) > 1:
            args.append(node.args[1])
        names |= {a.value for a in args if isinstance(a, ast.Constant)}
    assert {"ccomp", "object", "quote"} <= names
    assert names <= SPEECH_METHODS | STANCE_METHODS, names - SPEECH_METHODS - STANCE_METHODS


def test_every_method_is_speech_or_stance(nlp, shared):
    """Each extraction method is classed as words said or as a stance (``Quote.kind``),
    so dossiers can tell "X said ..." from "X criticized ..."; checked on real news."""
    import json

    from whosaid.model import SPEECH_METHODS, STANCE_METHODS

    assert not SPEECH_METHODS & STANCE_METHODS
    path = shared / "eval" / "polnear" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"PolNeAR dev not found at {path}")
    seen = set()
    with path.open(encoding="utf-8") as f:
        for line in list(f)[:30]:
            d = json.loads(line)
            article = Article(id=d["id"], text=d["text"])
            seen |= {q.method for q in find_quotes(nlp(d["text"]), article)}
    assert seen <= SPEECH_METHODS | STANCE_METHODS
    assert "ccomp" in seen and "object" in seen
    object_quote = Quote(article_id="x", content=Span.of("abc", 0, 3), method="object")
    assert object_quote.kind == "stance"
    assert Quote(article_id="x", content=Span.of("abc", 0, 3), method="ccomp").kind == "speech"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "X said A and Y complained B": a conjoined cue with its own subject is a new report
        (
            "The coach said the team had trained hard and the players complained that the "
            "schedule was unfair.",
            "the team had trained hard",
        ),
    ],
)
def test_content_ends_before_new_speaker(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a fronted wh-word standing for part of the words opens the content
        (
            "The storm flattened what the mayor called the oldest barn in the county.",
            "what the mayor called the oldest barn in the county",
        ),
        (
            "Voters see a gap between what the governor says her budget would do and how "
            "analysts say it would work.",
            "what the governor says her budget would do",
        ),
        (
            "Voters see a gap between what the governor says her budget would do and how "
            "analysts say it would work.",
            "how analysts say it would work",
        ),
        # a wh-word governed by a preposition is not part of the words
        ("She bought the house, to which she said she would retire.", "she would retire"),
        # a relative "who/that" filling a role in the reported clause opens it too
        (
            "The boat was sunk by a gang who the coast guard says is tied to the smugglers.",
            "who the coast guard says is tied to the smugglers",
        ),
        (
            "The leak was larger than the small amount of oil that engineers said they "
            "found on the beach.",
            "that engineers said they found on the beach",
        ),
    ],
)
def test_fronted_wh_content(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an object naming a feeling: what the feeling is about is the content
        ("The farmers expressed deep concern about the new water rules.", "the new water rules"),
        ("The mayor repeated his attacks on the transit board.", "the transit board"),
        ("The pastor expressed astonishment at the size of the crowd.", "the size of the crowd"),
        # ... also when the parser hangs the phrase on the verb
        ("The senator cast doubt on the official jobless figures.", "the official jobless figures"),
        (
            "The coach did offer his opinion on who should start in the final.",
            "who should start in the final",
        ),
        # a coordinated feeling phrase stays whole
        (
            "The union expressed anger and distrust of the new owners.",
            "anger and distrust of the new owners",
        ),
    ],
)
def test_feeling_object_topic(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a free-standing dash after the object opens the writer's aside
        (
            "The mayor denounced the budget as a gift to developers - a charge the council "
            "rejected.",
            "the budget as a gift to developers",
        ),
        # a closing "when" clause on the last noun is the writer's aside too
        (
            "The mayor criticized the budget passed in March, when the council met for the "
            "last time.",
            "the budget passed in March",
        ),
        # a hyphen inside a word is no dash
        (
            "The critics praised the well-known author for her courage.",
            "the well-known author for her courage",
        ),
    ],
)
def test_object_dash_aside(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a closing phrase naming the occasion or medium belongs to the cue
        (
            "The senator denounced the merger as a disaster in an email to donors.",
            "the merger as a disaster",
        ),
        # also right after a one-word object, and in a written or spoken piece
        (
            "The columnist attacked Harlow in a scathing column.",
            "Harlow",
        ),
        (
            "The governor criticized the plan in his remarks to the union.",
            "the plan",
        ),
        (
            "The judge rejected that argument in a ruling released on Monday.",
            "that argument",
        ),
        (
            "The governor criticized the new tax plan in the second debate.",
            "the new tax plan",
        ),
        # inside a relative clause it tells that clause's occasion
        (
            "The author criticized the official who spoke during the forum.",
            "the official who spoke during the forum",
        ),
    ],
)
def test_object_occasion(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quoted fragment closing the content mid-clause: the sentence goes on with it
        (
            'The mayor called the toll "a mistake" because few drivers use the bridge.',
            'the toll "a mistake" because few drivers use the bridge',
        ),
        (
            'The union called the offer "an insult" after the talks collapsed.',
            'the offer "an insult" after the talks collapsed',
        ),
        (
            'The coach has been called the "wizard of the north" for his unusual tactics.',
            'The coach has been called the "wizard of the north" for his unusual tactics',
        ),
        # not after a comma, nor into an occasion of the words or a coordinated report
        (
            'The mayor called the toll "a mistake," because few drivers use the bridge.',
            'the toll "a mistake,"',
        ),
        ('The senator called the plan "a disgrace" on his radio show.', 'the plan "a disgrace"'),
        (
            'The mayor called the toll "a mistake" and said he would repeal it.',
            'the toll "a mistake"',
        ),
    ],
)
def test_content_goes_on_past_a_quoted_fragment(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a closing apposition or "who" clause goes after a one-word object too
        ("A local group backed Harlow, the former harbor master.", "Harlow"),
        ("The mayor never mentioned Ruiz, who lost the race by ten points.", "Ruiz"),
        # a closing margin of a vote or poll is not the stance
        ("Older voters favored Ruiz 46 percent to 32 percent.", "Ruiz"),
        ("Voters under 30 backed Harlow 61% to 35%.", "Harlow"),
        # a noun the parser coordinated with the cue verb joins the object
        (
            'Ortiz questioned Ruiz\'s "harbor values" and his readiness to lead.',
            'Ruiz\'s "harbor values" and his readiness to lead',
        ),
        # a place's state is no aside
        (
            "The senator praised the new port in Tulsa, Oklahoma.",
            "the new port in Tulsa, Oklahoma",
        ),
        ("The mayor praised the old mill in Salem, Ore.", "the old mill in Salem, Ore."),
        # "as" with an adjective is the object's predicate
        (
            "Most voters view Mrs. Ruiz as vastly more prepared for the job.",
            "Mrs. Ruiz as vastly more prepared for the job",
        ),
        (
            "The report described the harbor crew as highly skilled.",
            "the harbor crew as highly skilled",
        ),
        # a list after a colon spells out the object
        (
            "Ruiz has repeated many of the pledges he has been making for months: "
            "rebuilding the pier and cutting taxes.",
            "many of the pledges he has been making for months: rebuilding the pier and "
            "cutting taxes",
        ),
        # after a verb of talking over, "with" names the other party
        ("Ms. Ruiz avoids discussing the election with her mother.", "the election"),
        (
            "The widow discussed the harbor dispute with radio host Ann Lee on Thursday.",
            "the harbor dispute",
        ),
        # a list the parser took for an apposition stays whole
        (
            "The senator thanked his parents, his siblings and his staff.",
            "his parents, his siblings and his staff",
        ),
    ],
)
def test_object_closing_pieces(nlp, text, content):
    assert [q.content.text for q in _quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an intention's closing aside ("which ...", "focusing on ...") is the writer's
        (
            "The council plans to widen the old bridge, which carries most of the traffic.",
            "to widen the old bridge",
        ),
        (
            "The union wants to recruit 2,000 nurses, focusing on rural clinics.",
            "to recruit 2,000 nurses",
        ),
        # but the time of the intended act is part of it
        (
            "The governor plans to visit the flooded towns on Sunday.",
            "to visit the flooded towns on Sunday",
        ),
    ],
)
def test_intention_extent(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


def test_next_paragraph_is_no_complement_of_a_cue_with_an_object(nlp):
    # the parser hangs the next paragraph's quotation on "described" as its complement;
    # the cue's own object in its paragraph is what it reports
    text = (
        "The mayor, recalling long lunches with the governor, described himself as her "
        "''budget whisperer.''\n\n''She'd look at me and ask, 'What did he mean by that?' '' "
        "he said."
    )
    q = next(q for q in _quotes(nlp, text) if q.cue.text == "described")
    assert q.content.text.startswith("himself as her")


def test_that_clause_hung_on_an_adjunct_noun(nlp):
    text = (
        "On Thursday the mayor expanded on her plans for the harbor, warning residents on "
        "social media and in interviews that the river could easily flood the lower town."
    )
    q = next(q for q in _quotes(nlp, text) if q.cue.text == "warning")
    assert q.content.text == "that the river could easily flood the lower town"


def test_particle_prepositions_come_first(nlp):
    # "lash out at X": the preposition after the particle, not the particle
    text = (
        "The pollster lashed out at what he characterized as an increasingly nasty "
        "campaign, advising the senator to stick to the issues."
    )
    q = next(q for q in _quotes(nlp, text) if q.cue.text.startswith("lashed"))
    assert q.content.text == "what he characterized as an increasingly nasty campaign"


def test_prep_listed_first_wins(nlp):
    # "on" names the medium here; "about" what was said
    text = "Reyes spoke on the radio Saturday about her race and her views on taxes."
    assert "her race and her views on taxes" in [q.content.text for q in _quotes(nlp, text)]


def test_prep_dash_aside(nlp):
    text = "The mayor called for a ban on plastic bags -- a measure the grocers fiercely oppose."
    assert "a ban on plastic bags" in [q.content.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comma-set connective opening unquoted words is the writer's
        (
            "However, the new dam will take years to finish, the engineers said.",
            "the new dam will take years to finish",
        ),
        (
            "In fact, the bridge will stay closed until May, officials said.",
            "the bridge will stay closed until May",
        ),
        # inside a quotation it is the speaker's
        ('"However, we will not give up," the coach said.', "However, we will not give up"),
    ],
)
def test_leading_connective(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


def test_short_opening_piece_joins_quote(nlp):
    # a short opening piece running on into the cue ("X," she said, "Y") belongs to Y
    text = '"My worry," the mayor said, "is that the river will flood again this spring."'
    contents = [q.content.text for q in _quotes(nlp, text)]
    assert contents == [
        'My worry," the mayor said, "is that the river will flood again this spring.'
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an "of" phrase after the closing cue says what the words are about
        (
            "\u201cIt was a long night,\u201d the mayor said of the council\u2019s budget vote.",
            "It was a long night,\u201d the mayor said of the council\u2019s budget vote",
        ),
        # ... but a bare name only tells whom they were about
        ("\u201cHe is a very good man,\u201d she said of Lee.", "He is a very good man"),
    ],
)
def test_said_of_topic(nlp, text, content):
    assert content in [q.content.text for q in _quotes(nlp, text)]


def test_quotation_finishing_the_complement_starts_with_it(nlp):
    # a quotation that ends the cue's clause starts the content where the clause starts
    text = (
        'While not everything Lee says is true, Ortiz said Lee is "telling his fans what '
        'they want."'
    )
    assert 'Lee is "telling his fans what they want."' in [
        q.content.text for q in _quotes(nlp, text)
    ]


def test_quoted_word_inside_sentence_is_not_opening_piece(nlp):
    # a word quoted inside the sentence before the cue is not the quotation's first piece
    text = (
        "The host teased the young \u201creporter,\u201d saying, "
        "\u201cShe writes whatever she is told!\u201d"
    )
    assert [q.content.text for q in _quotes(nlp, text)] == ["She writes whatever she is told!"]


@pytest.mark.parametrize(
    "text,content",
    [
        # a sentence-opening conjunction links the writer's sentences: not reported words
        (
            "The ferry stopped in March. But the new bridge, the mayor said, would stay open "
            "all winter.",
            "the new bridge, the mayor said, would stay open all winter",
        ),
        (
            "Prices rose again. As it stands, the plan will fail, according to the auditors.",
            "the plan will fail",
        ),
        # with only a connective before a parenthetical cue, the words follow the cue
        (
            "Still, the coach said, the players must rest before the final.",
            "the players must rest before the final",
        ),
        (
            "And, she admitted, the plan had flaws from the very start.",
            "the plan had flaws from the very start",
        ),
        (
            "Yet, as Ms. Varga observed, the council had never voted on the plan.",
            "the council had never voted on the plan",
        ),
    ],
)
def test_sentence_connective_is_not_content(nlp, text, content):
    quotes = find_quotes(nlp(text), Article(id="t", text=text))
    assert content in [q.content.text.rstrip(".") for q in quotes]


def _reparsed(nlp, text: str, word: str, head: str):
    """``text`` parsed, with ``word`` re-attached to ``head`` as a conjunct: a parser
    error seen in news prose, rebuilt so the rule that repairs it can be tested."""
    from spacy.tokens import Doc

    doc = nlp(text)
    words = [t.text for t in doc]
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    i, h = words.index(word), words.index(head)
    heads[i], deps[i] = h, "conj"
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=heads,
        deps=deps,
    )


def test_bare_verb_conjunct_hung_on_the_cue_stays_in_content(nlp):
    """'X said she wanted to A and shake B': a bare "shake" cannot be coordinated with
    "said", so a parse that hangs it there still keeps it in the content."""
    text = "The mayor said she wanted to visit the farmers and shake their hands at the fair."
    doc = _reparsed(nlp, text, "shake", "said")
    assert next(t for t in doc if t.text == "shake").head.text == "said"
    (q,) = find_quotes(doc, Article(id="t", text=text))
    assert q.content.text == "she wanted to visit the farmers and shake their hands at the fair"


@pytest.mark.parametrize(
    "text",
    [
        # an open question is no one's view
        "It was unclear whether the council would approve the new budget.",
        "It is not clear how the city will pay for the new bridge.",
        "It is still unclear exactly how the city will pay for the new bridge.",
        "The company looked to expand its business in southern Asia.",
        # a reduced passive names, and one of seeing reports a sight
        "The singer, also known as Lark, played three long sets at the county fair.",
        "Two of the officers were seen leaving the building through a side door.",
    ],
)
def test_impersonal_open_question(nlp, text):
    assert _quotes(nlp, text) == []


def test_looking_at_is_not_seeming(nlp):
    assert _quotes(nlp, "The mayor looked at the harbor budget again on Monday.") == []


def test_plural_noun_tag_with_subject_and_object_is_a_verb(nlp):
    """'Harbor PAC blasts mayor for ...': a headline verb the tagger took for a plural
    noun (NNS) still has the parser's subject and object, so it is read as the cue."""
    from spacy.tokens import Doc

    text = "Harbor PAC blasts mayor for skipping the debate."
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == "blasts")
    tags = [t.tag_ for t in doc]
    pos = [t.pos_ for t in doc]
    tags[k], pos[k] = "NNS", "NOUN"
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=tags,
        pos=pos,
        lemmas=[t.lemma_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
    )
    (q,) = find_quotes(doc, Article(id="t", text=text))
    assert (q.method, q.cue.text, q.content.text) == (
        "object",
        "blasts",
        "mayor for skipping the debate",
    )


def test_feeling_topic_hung_on_the_verb_after_the_object(nlp):
    # the parser hangs "at stories ..." on "citing", after the object "anger": the topic
    # is the content (this once left an empty content and raised IndexError)
    text = "The mayor has barred several papers from the hall, citing her anger at stories about the budget."
    q = _one(nlp, text, "stories about the budget")
    assert q.content.text == "stories about the budget"
    assert q.cue.text == "citing"


def test_headline_quote_the_headline_goes_on_from_stays_alone(nlp):
    # after a kicker's colon, a quoted phrase followed by more headline is the phrase only
    text = "WATCH: Ana Ruiz 'Ready to Go Home' From Paris\nRuiz left the city on Monday."
    q = _one(nlp, text, "Ready to Go Home")
    assert q.content.text == "Ready to Go Home"


def test_a_reported_content_opening_a_quotation_keeps_its_closing_mark(nlp):
    text = 'A friend told reporters that "she has been furious for weeks and wants out." Later.'
    (q,) = _quotes(nlp, text)
    assert q.content.text == 'that "she has been furious for weeks and wants out."'


def test_readers_comments_under_an_article_give_no_quotes():
    """What readers wrote under an article, and the news they paste there, is not the
    article's reporting: nothing after the first of two comment headers is a quote."""
    from whosaid.config import Settings
    from whosaid.extract import comments_start, extract_articles
    from whosaid.model import Article

    story = "The harbor will reopen in May, the mayor said on Monday.\n"
    comments = (
        "At 1:35 pm on 28 May 2021, DockWatcher wrote:\n"
        "“The mayor said the same thing last year,” a neighbour told me.\n"
        "At 19:55 1st Jun 2021, PierFan22 wrote:\n"
        "Officials said the ferries would run again by June.\n"
    )
    assert comments_start(story) == len(story)
    assert comments_start(story + comments) == len(story)
    one = comments.split("At 19:55")[0]  # a single header may be a story's own words
    assert comments_start(story + one) == len(story + one)
    (x,) = extract_articles([Article(id="c", text=story + comments)], Settings())
    assert [q.content.text for q in x.quotes] == ["The harbor will reopen in May"]


def test_cue_closed_by_a_colon_introduces_what_follows(nlp):
    # '"A," X said. "B." She went on to say: "C"': B continues A; the colon's cue takes C
    text = (
        "\u201cThe ferry will run late,\u201d Ramos said about the schedule. \u201cIt will run "
        "late all winter. That is what we face.\u201d She went on to say:\n\n"
        '"Nobody on the board has a better plan."'
    )
    found = [(q.method, q.content.text) for q in _quotes(nlp, text)]
    assert [m for m, c in found if c.startswith("It will run late")] == []
    assert any(c.startswith("The ferry will run late") and c.endswith("we face.") for _, c in found)
    assert ("colon", "Nobody on the board has a better plan.") in found


def test_according_to_after_a_speech_tag_credits_the_quotation(nlp):
    # '"A?" Roe said at a rally, according to X': the speech tag is no content of X's
    text = (
        "\u201cIs the ferry a priority for them because it is an election year?\u201d "
        "Ramos said at a news conference, according to the Harbour Gazette."
    )
    found = [(q.method, q.content.text, q.venue) for q in _quotes(nlp, text)]
    assert found == [
        (
            "quote-cue",
            "Is the ferry a priority for them because it is an election year?",
            "Harbour Gazette",
        )
    ]
