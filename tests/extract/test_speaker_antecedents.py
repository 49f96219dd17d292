"""Who a pronoun, a possessive or a name in a speaker mention stands for, and mentions
that name no one: addressees, possessors, quoted titles, time stamps and numbers."""

from __future__ import annotations

import pytest

from extracting import quote_with as _by
from extracting import quotes_in as _quotes


def _name(nlp, text: str, inside: str) -> str | None:
    sp = _by(_quotes(nlp, text), inside).speaker
    return sp.name if sp is not None else None


def test_subject_pronoun_is_not_the_one_its_verb_addresses(nlp):
    # "he told Kemp": whoever "he" is, he is not Kemp, the last named speaker
    text = (
        "Moments later, Dale Kemp began his remarks, saying that the spill \u201cnever"
        " should have happened\u201d. Before Kemp's testimony, lawmakers accused him of"
        " being oblivious. Some of the sharpest criticism came from Rep. Ray Olds, D-Ohio."
        " \u201cWe are not small people. But we wish to get our lives back,\u201d he told Kemp."
    )
    assert _name(nlp, text, "small people") is None
    # ... also when the quotation goes on after the cue, so that its content spans it
    text += " \u201cI'm sure you'll get your life back, with a golden parachute.\u201d"
    assert _name(nlp, text, "small people") is None


def test_name_in_the_verb_phrase_leaves_the_other_candidate(nlp):
    # "he continued his assault on Mr. Voss": of the two men named as subjects before,
    # only the one not inside the verb phrase remains
    text = (
        "Mr. Voss also praised his brother's faith and argued for a nominee who can win."
        " The former governor spoke hours after Mr. Ruland, who leads the polls, held a"
        " news conference in which he continued his assault on Mr. Voss, mocking his"
        " famous speech on the war."
    )
    assert _name(nlp, text, "famous speech") == "Ruland"


def test_fronted_phrase_is_outside_the_pronouns_reach(nlp):
    # "In Sherwin's speech ..., she cited ...": a phrase before the subject may name her
    text = (
        "The video shows Wendy Sherwin, a former envoy, outlining how diplomacy changed."
        " \u201cNow we have phones, and it has changed the way diplomacy is done,\u201d"
        " Sherwin said in the video. In Sherwin's speech to the guild, she cited a visit"
        " to the summit in which the envoys used phones to trade draft language."
    )
    assert _name(nlp, text, "visit to the summit") == "Wendy Sherwin"


def test_appositive_not_possessor_names_the_speaker(nlp):
    # NER may call the appositive an organisation and the possessor a person; the
    # speaker is the one in apposition to the head noun, never its possessor
    from spacy.tokens import Doc

    from whosaid.extract.speakers import _name_of

    words = ["Mayor", "Jo", "Ray", "'s", "aide", ",", "Al", "Ode", ",", "condemned", "it"]
    heads = [2, 2, 4, 2, 9, 4, 7, 4, 4, 9, 9]
    deps = ["compound", "compound", "poss", "case", "nsubj", "punct", "compound", "appos"]
    deps += ["punct", "ROOT", "dobj"]
    tags = ["NNP", "NNP", "NNP", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "PRP"]
    pos = ["PROPN", "PROPN", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    pos += ["VERB", "PRON"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    assert _name_of(doc[4], doc[0:8]) == "Al Ode"


def test_name_of_a_thing_in_quotation_marks_is_no_antecedent(nlp):
    text = (
        "As fans vented their anger online, an Acme spokesman defended Kemp, saying he"
        " took a break so he could watch his 52-foot yacht \u201cBob\u201d take part."
        " \u201cHe's spending a few hours with his family. I'm sure that everyone would"
        " understand that,\u201d he added."
    )
    assert _name(nlp, text, "few hours with his family") != "Bob"


def test_quoted_name_is_recognised(nlp):
    from spacy.tokens import Doc

    from whosaid.extract.speakers import _quoted_name

    words = ["his", "yacht", "\u201c", "Sea", "Wren", ",", "\u201d", "won", "and", "Bo", "lost"]
    deps = ["poss", "nsubj", "punct", "compound", "appos", "punct", "punct", "ROOT", "cc"]
    deps += ["nsubj", "conj"]
    heads = [1, 7, 4, 4, 1, 4, 4, 7, 7, 10, 7]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _quoted_name(doc[4])
    assert not _quoted_name(doc[9])


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a live blog's time stamp the parser made the clause's subject
        (
            "\u201cMaybe we need to have Acme involved a lot less, with anything to do with"
            " our citizens.\u201d 2.23 pm ET: Well that takes the prize for most bizarre"
            " statement of the day the remarks by Republican congressman Jon Vale of Ohio,"
            " whose district borders on the lake, to Acme's Lena Marsh: \u201cIn our town,"
            " we do things differently. In the old days, we just hand you the keys and ask"
            " you to leave.\u201d Congressman Vale is a farmer.",
            "hand you the keys",
        ),
        # a bare number (four of the plans) is no one who speaks
        (
            "Four talked about the need to protect walruses, which, as Rep. Jon Vale dryly"
            " noted, \u201chave not lived here for 3 million years.\u201d",
            "need to protect walruses",
        ),
    ],
)
def test_time_stamp_or_number_is_no_speaker(nlp, text, inside):
    assert _by(_quotes(nlp, text), inside).speaker is None


def test_number_word_alone_but_not_a_name_in_capitals(nlp):
    # the tagger may take a transcript's name in capitals for a number: still a speaker
    text = (
        "TAPPER: How do you think he will be able to heal the divides?\n\n"
        "FALLIN: Well, I think the whole nation needs to work together."
    )
    sp = _by(_quotes(nlp, text), "whole nation").speaker
    assert sp is not None and sp.mention.text == "FALLIN"


def test_representative_of_a_place_speaks_for_no_body(nlp):
    text = (
        "A Republican U.S. representative apologized to Acme CEO Tom Reed on Thursday,"
        " saying Acme was victim of a White House \u201cshakedown\u201d by having to set up"
        " a fund."
    )
    sp = _by(_quotes(nlp, text), "victim of a White House").speaker
    assert sp.mention.text == "A Republican U.S. representative"
    assert sp.name is None
    assert _name(nlp, "An Acme representative said the plan was sound.", "plan") == "Acme"


def test_wire_dateline_after_a_time_stamp_is_not_the_mention(nlp):
    text = (
        "LIMA | Mon Jun 7, 2010 4:10 pm EDT LIMA (Wire) - Acme Plc Chief Executive Tom"
        " Reed said on Thursday the spill in the bay was preventable."
    )
    sp = _by(_quotes(nlp, text), "preventable").speaker
    assert sp.mention.text == "Acme Plc Chief Executive Tom Reed"
    assert sp.name == "Tom Reed"


@pytest.mark.parametrize(
    ("text", "inside", "name"),
    [
        # a possessive stands for its clause's subject
        (
            "Rep. Jon Vale spoke at the hearing on Thursday. Although Vale later retracted"
            " his suggestion that Acme was the victim of a \u201cshakedown\u201d, the"
            " episode hurt.",
            "victim of a",
            "Jon Vale",
        ),
        # ... also when the tagger took that subject's surname for a noun
        (
            "Ben Sanders spoke. Rosa Dale smiled and lifted a sign. The primary ended three"
            " weeks ago. Sanders himself, who wasn\u2019t present at the rally, has toned"
            " down his criticism of Ann Cole, shifting his focus to the fall.",
            "Ann Cole",
            "Ben Sanders",
        ),
    ],
)
def test_possessive_pronoun_speaker(nlp, text, inside, name):
    assert _name(nlp, text, inside) == name


def test_possessive_with_another_person_before_it_stays_unresolved(nlp):
    text = (
        "More importantly, Dana Lusk pledged that the firm would repair the damage. For"
        " Ortega, his aim was to show that the claims were being treated with top priority."
    )
    quotes = _quotes(nlp, text)
    aims = [q for q in quotes if q.speaker is not None and q.speaker.mention.text == "his"]
    assert all(q.speaker.name is None for q in aims)


def test_quotation_after_another_speakers_sentence_is_that_speakers(nlp):
    text = (
        "\u201cIt was their plan. They should have known from the start,\u201d he said."
        " Acme spokesman Len Dorsey on Sunday told the Wire that he did not believe the"
        " company had erred. \u201cWe've always said we would deal with whatever came, and"
        " that's what we're doing. We've mounted the biggest response in history.\u201d"
        " The hearing ended on Monday."
    )
    quotes = _quotes(nlp, text)
    first = _by(quotes, "their plan")
    assert "deal with whatever came" not in first.content.text
    assert _by(quotes, "deal with whatever came").speaker.name == "Len Dorsey"


def test_quotation_after_a_he_sentence_goes_on_with_the_speaker(nlp):
    text = (
        "\u201cWe've had problems with intrusions from abroad,\u201d Vale said after meeting"
        " the envoy. He didn't suggest retaliation. \u201cOur goal is not to suddenly"
        " duplicate a cycle of escalation but rather to start instituting some norms.\u201d"
        " The talks ended."
    )
    q = _by(_quotes(nlp, text), "intrusions from abroad")
    assert "instituting some norms" in q.content.text
